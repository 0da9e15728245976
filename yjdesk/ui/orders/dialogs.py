"""Dialogs of the "Court orders" tab: referral order panels, contract, extension, referral
back."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from yjdesk.services.orders import referral as ro
from yjdesk.ui.casework.common import text_box
from yjdesk.ui.context import AppContext
from yjdesk.ui.i18n import fill, tr
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import ChoiceCombo, DateField, IntField, translated


class PanelDialog(FormDialog):
    """Record a youth offender panel meeting as held."""

    def __init__(self, ctx: AppContext, panel_id: str, title: str, parent_ordered: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, fill(tr("Record the %1"), title.lower()), parent, scroll=True,
                         save_text=tr("Record panel"),
                         intro=tr("Every panel meets with at least one YJS member and two "
                                  "community volunteers (one name a line).")
                               + (" " + tr("The court ordered a parent to attend.")
                                  if parent_ordered else ""))
        self.panel_id = panel_id
        f = self.form
        self.held_on = f.add_field("held_on", tr("Met on"), DateField(tr("Met on"))).widget
        self.held_on.set_date(ctx.today())
        self.yjs = f.add_field(
            "yjs_members", tr("YJS members"), text_box("yjs_members", 2)
        ).widget
        self.volunteers = f.add_field("volunteers", tr("Community volunteers"),
                                      text_box("volunteers", 3)).widget
        self.attendees = f.add_field("attendees", tr("Who else attended"),
                                     text_box("attendees", 2)).widget
        self.child = f.add_field("child_attended", "", QCheckBox(tr("The child attended"))).widget
        self.child.setChecked(True)
        self.parent_ = f.add_field("parent_attended", "",
                                   QCheckBox(tr("A parent or guardian attended"))).widget
        self.outcome = f.add_field("outcome", tr("What the panel decided"),
                                   ChoiceCombo(translated(ro.PANEL_OUTCOMES.items()))).widget
        self.notes = f.add_field("notes", tr("Notes"), text_box("notes", 3)).widget

    def job(self) -> Job:
        data = ro.PanelInput(
            held_on=self.held_on.date(), yjs_members=self.yjs.toPlainText(),
            volunteers=self.volunteers.toPlainText(), outcome=self.outcome.value(),
            attendees=self.attendees.toPlainText(), child_attended=self.child.isChecked(),
            parent_attended=self.parent_.isChecked(), notes=self.notes.toPlainText())
        panel_id, today = self.panel_id, self.ctx.today()
        return lambda uow: ro.record_panel(uow.session, panel_id, data, today).id


class ContractDialog(FormDialog):
    """The contract's terms: a new version (the first, or a variation)."""

    def __init__(self, ctx: AppContext, order_id: str, parent: QWidget | None = None,
                 reparation: str = "", activities: str = "") -> None:
        super().__init__(ctx, tr("Contract terms"), parent, save_text=tr("Save terms"),
                         intro=tr("Write the terms in plain words the child understands: the "
                               "child gets a copy. One term a line."))
        self.order_id = order_id
        f = self.form
        self.reparation = f.add_field("reparation", tr("Reparation"),
                                      text_box("reparation", 3)).widget
        self.reparation.setPlainText(reparation)
        self.activities = f.add_field("activities", tr("Activities"),
                                      text_box("activities", 3)).widget
        self.activities.setPlainText(activities)
        self.other = f.add_field(
            "other_terms", tr("Other terms"), text_box("other_terms", 2)
        ).widget

    def job(self) -> Job:
        data = ro.ContractInput(self.reparation.toPlainText(), self.activities.toPlainText(),
                                self.other.toPlainText())
        order_id = self.order_id
        return lambda uow: ro.draft_contract(uow.session, order_id, data).id


class SignDialog(FormDialog):
    """The child and a panel member sign the contract: the compliance period starts."""

    def __init__(self, ctx: AppContext, contract_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Sign the contract"), parent, save_text=tr("Record signatures"),
                         intro=tr("The order's compliance period runs from the day the contract "
                               "is signed, not the court date."))
        self.contract_id = contract_id
        f = self.form
        self.signed_on = f.add_field("signed_on", tr("Signed on"),
                                     DateField(tr("Signed on"))).widget
        self.signed_on.set_date(ctx.today())
        self.member = f.add_field("panel_member_name", tr("Panel member who signed"),
                                  QLineEdit()).widget
        self.child = f.add_field("signed_by_child", "",
                                 QCheckBox(tr("The child signed the contract"))).widget

    def job(self) -> Job:
        contract_id, day, member = self.contract_id, self.signed_on.date(), self.member.text()
        child, today = self.child.isChecked(), self.ctx.today()
        return lambda uow: ro.sign_contract(uow.session, contract_id, day, member, child,
                                            today).id


class ExtendDialog(FormDialog):
    def __init__(self, ctx: AppContext, order_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Extend the compliance period"), parent, save_text=tr("Extend"),
                         intro=tr("On the panel's written report the court may extend the "
                               "period by up to 3 months (12 months in total)."))
        self.order_id = order_id
        f = self.form
        self.months = f.add_field("months", tr("Months"), IntField(tr("Months"), 1, 12)).widget
        self.court_date = f.add_field("court_date", tr("Court's decision"),
                                      DateField(tr("Court date"))).widget
        self.court_date.set_date(ctx.today())
        self.present = f.add_field("child_present", "",
                                   QCheckBox(tr("The child was present in court"))).widget
        self.present.setChecked(True)

    def job(self) -> Job:
        order_id, months, day = self.order_id, self.months.value(), self.court_date.date()
        present = self.present.isChecked()
        return lambda uow: ro.extend(uow.session, order_id, months, day, present).id


class ReferBackDialog(FormDialog):
    def __init__(self, ctx: AppContext, order_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Refer back to court"), parent, save_text=tr("Refer back"),
                         intro=tr("The panel sends the court its written report."))
        self.order_id = order_id
        f = self.form
        self.report = f.add_field("referral_report", tr("The panel's report"),
                                  text_box("referral_report", 6)).widget
        self.day = f.add_field("referred_back_on", tr("Referred on"), DateField(tr("Date"))).widget
        self.day.set_date(ctx.today())

    def job(self) -> Job:
        order_id, report, day = self.order_id, self.report.toPlainText(), self.day.date()
        return lambda uow: ro.refer_back(uow.session, order_id, report, day).id
