"""The case workers' sections of the "Court orders" tab: the enforcement ledger, custody and
resettlement, requirement delivery and the transition to adult probation."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from yjdesk.models.base import not_deleted
from yjdesk.models.org import Role
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import date_text
from yjdesk.services.justice import disposals
from yjdesk.services.orders import enforcement as enf
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.casework.common import text_box
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import Type, secondary_button, styled_label
from yjdesk.ui.i18n import QT_TR_NOOP, QT_TRANSLATE_NOOP, fill, tr
from yjdesk.ui.messages import error_text
from yjdesk.ui.table_models.rows import cell_columns
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import ChoiceCombo, DateField, IntField, translated
from yjdesk.ui.widgets.tables import RowsView

MANAGERS = frozenset({Role.TEAM_MANAGER, Role.SERVICE_MANAGER})


def load_sections(uow: UnitOfWork, child_id: str, today: dt.date) -> dict[str, Any]:
    """The sections' rows in words, in the person's language: the code lists' labels and
    the services' words (enforcement steps, delivery kinds) are in the translation file
    (i18n_domain)."""
    s = uow.session
    kinds = codelist("disposal_type")
    orders = [d for d in disposals(s, child_id) if d.category == "court"
              and d.outcome == "ongoing"]
    label = {d.id: fill(tr("%1 from %2"), tr(kinds.label(d.disposal_type)),
                        date_text(d.start_date))
             for d in disposals(s, child_id)}
    signed_off, awaiting = tr("signed off"), tr("awaiting a manager")
    ledger: list[tuple[str, tuple[str, ...]]] = []
    for d in disposals(s, child_id):
        for step in enf.ledger(s, d.id):
            ledger.append((step.id, (
                label[d.id], date_text(step.step_date),
                tr(enf.KIND_WORDS.get(step.kind, step.kind)),
                f"{date_text(step.failure_date)}: {step.failure}",
                date_text(step.warned_period_end, "-"),
                signed_off if step.signed_off_by else (
                    awaiting if step.kind == "exceptional_reason" else ""),
                step.court_decision or "")))
    out: dict[str, Any] = {"orders": [(d.id, label[d.id]) for d in orders],
                           "ledger": ledger}
    from sqlalchemy import select

    from yjdesk.models.justice import DisposalRequirement
    from yjdesk.models.orders import RequirementDelivery
    from yjdesk.services.orders.delivery import HOURS, KIND_WORDS, balances

    labels = codelist("requirement")
    lines: list[tuple[str, tuple[str, ...]]] = []
    for line, code in s.execute(
            select(RequirementDelivery, DisposalRequirement.requirement_code)
            .join(DisposalRequirement,
                  DisposalRequirement.id == RequirementDelivery.requirement_id)
            .where(RequirementDelivery.child_id == child_id,
                   not_deleted(RequirementDelivery))
            .order_by(RequirementDelivery.delivered_on.desc())):
        lines.append((line.id, (date_text(line.delivered_on), tr(labels.label(code)),
                                tr(KIND_WORDS.get(line.kind, line.kind)), str(line.quantity),
                                line.reported_by or "", line.detail or "")))
    out["delivery_lines"] = lines
    rows = []
    for b in balances(s, {child_id}, ongoing_only=False):
        ordered = "-" if b.required is None else fill(
            tr("%1 hours") if b.code in HOURS else tr("%1 days"), b.required)
        rows.append((b.requirement_id, (
            tr(b.label), ordered,
            str(b.done) if b.required is not None else "-",
            str(b.remaining) if b.remaining is not None else "-",
            date_text(b.due_by, "-"), str(b.violations))))
    out["delivery"] = rows
    from yjdesk.ui.orders.custody_section import load_custody

    out.update(load_custody(uow, child_id))
    from yjdesk.ui.orders.transition_section import load_transition

    out.update(load_transition(uow, child_id, today))
    return out


class DeliveryDialog(FormDialog):
    """Delivery recorded against a requirement."""

    def __init__(self, ctx: AppContext, requirements: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        from yjdesk.services.orders.delivery import KIND_WORDS

        super().__init__(ctx, tr("Record delivery"), parent, save_text=tr("Record"),
                         intro=tr("Hours worked, activity days, sessions attended, or a curfew / "
                               "monitoring violation reported by the provider."))
        f = self.form
        self.requirement = f.add_field("requirement_id", tr("Requirement"),
                                       ChoiceCombo(requirements, allow_empty=False)).widget
        self.day = f.add_field("delivered_on", tr("Date"), DateField(tr("Date"))).widget
        self.day.set_date(ctx.today())
        self.kind = f.add_field("kind", tr("What"),
                                ChoiceCombo(translated(KIND_WORDS.items()))).widget
        self.quantity = f.add_field("quantity", tr("Hours / days"), IntField(tr("Quantity"), 1, 999)
                                    ).widget
        self.quantity.setText("1")
        self.reported_by = f.add_field("reported_by", tr("Reported by"), QLineEdit()).widget
        self.detail = f.add_field("detail", tr("Detail"), text_box("detail", 2)).widget

    def job(self) -> Job:
        from yjdesk.services.orders.delivery import DeliveryInput, record_delivery

        rid = self.requirement.value()
        data = DeliveryInput(self.day.date(), self.kind.value() or "", self.quantity.value(),
                             self.reported_by.text(), self.detail.toPlainText())
        today = self.ctx.today()

        def work(uow: UnitOfWork) -> str:
            if not rid:
                from yjdesk.errors import ValidationError

                raise ValidationError({"requirement_id": QT_TRANSLATE_NOOP(
                    "", "Choose the requirement.")})  # (translated where shown)
            return record_delivery(uow.session, rid, data, today).id
        return work


class StepDialog(FormDialog):
    """A line of an order's enforcement ledger."""

    def __init__(self, ctx: AppContext, orders: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Record enforcement"), parent, scroll=True, save_text=tr("Record"),
                         intro=tr("A YRO allows at most two warnings in a warned period of 12 "
                               "months from each warning; the next unacceptable failure "
                               "needs breach action, or an exceptional reason a manager "
                               "signs off. A referral order goes back to the panel."))
        f = self.form
        self.order = f.add_field("disposal_id", tr("Order"), ChoiceCombo(orders)).widget
        self.kind = f.add_field("kind", tr("What was done"),
                                ChoiceCombo(translated(enf.KIND_WORDS.items()))).widget
        self.failure_date = f.add_field("failure_date", tr("Failure on"),
                                        DateField(tr("Failure date"))).widget
        self.failure = f.add_field("failure", tr("The failure"), text_box("failure", 2)).widget
        self.step_date = f.add_field("step_date", tr("Date"), DateField(tr("Date"))).widget
        self.step_date.set_date(ctx.today())
        self.reason = f.add_field("reason", tr("Exceptional reason"), text_box("reason", 2)).widget

    def job(self) -> Job:
        disposal_id = self.order.value()
        data = enf.StepInput(self.kind.value() or "", self.failure_date.date(),
                             self.failure.toPlainText(), self.step_date.date(),
                             self.reason.toPlainText())
        today = self.ctx.today()

        def work(uow: UnitOfWork) -> str:
            if not disposal_id:
                from yjdesk.errors import ValidationError

                raise ValidationError({"disposal_id": QT_TRANSLATE_NOOP(
                    "", "Choose the order.")})  # (translated where shown)
            return enf.record_step(uow.session, disposal_id, data, today).id
        return work


class CourtDecisionDialog(FormDialog):
    """What the court decided on breach action or a licence / supervision breach."""

    def __init__(self, ctx: AppContext, step_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("The court's decision"), parent, save_text=tr("Record"),
                         intro=tr("For a DTO supervision breach the court may order further "
                               "detention or supervision (each at most 3 months, or to the "
                               "end of the term if sooner) or a fine."))
        self.step_id = step_id
        self.decision = self.form.add_field("court_decision", tr("The court decided"),
                                            text_box("court_decision", 3)).widget

    def job(self) -> Job:
        step_id, text = self.step_id, self.decision.toPlainText()
        return lambda uow: enf.record_court_decision(uow.session, step_id, text).id


class OrderSections(QWidget):
    def __init__(self, tab: Any) -> None:
        super().__init__()
        self.tab = tab
        self.ctx: AppContext = tab.ctx
        self.data: dict[str, Any] = {}
        self.dialog: FormDialog | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(styled_label(tr("Enforcement ledger"), Type.HEADING))
        self.ledger = RowsView(cell_columns((
            QT_TR_NOOP("Order"), QT_TR_NOOP("Date"), QT_TR_NOOP("What was done"),
            QT_TR_NOOP("Failure"), QT_TR_NOOP("Warned period ends"), QT_TR_NOOP("Sign-off"),
            QT_TR_NOOP("Court decided"))), "enforcementLedger", tr("Enforcement ledger"),
            key=lambda r: r[0], sortable=False)
        self.box.addWidget(self.ledger)
        row = QHBoxLayout()
        row.addWidget(secondary_button(tr("Record enforcement..."), self.record_step,
                                       name="ledger_record"))
        self.sign_off = secondary_button(tr("Sign off exceptional reason"), self.sign_off_reason,
                                         name="ledger_sign_off")
        self.sign_off.setVisible(self.ctx.actor.role in MANAGERS)
        row.addWidget(self.sign_off)
        row.addWidget(secondary_button(tr("Court's decision..."), self.court_decision,
                                       name="ledger_court"))
        row.addStretch(1)
        self.box.addLayout(row)
        self.ledger_message = QLabel()
        self.ledger_message.setWordWrap(True)
        self.box.addWidget(self.ledger_message)
        self.delivery_box = QWidget()
        dbox = QVBoxLayout(self.delivery_box)
        dbox.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(self.delivery_box)
        dbox.addWidget(styled_label(tr("Requirements delivered"), Type.HEADING))
        self.delivery = RowsView(cell_columns((
            QT_TR_NOOP("Requirement"), QT_TR_NOOP("Ordered"), QT_TR_NOOP("Done"),
            QT_TR_NOOP("Left"), QT_TR_NOOP("Due by"), QT_TR_NOOP("Violations"))),
            "requirementDelivery", tr("Requirements delivered"), key=lambda r: r[0],
            sortable=False)
        dbox.addWidget(self.delivery)
        self.delivery_lines = RowsView(cell_columns((
            QT_TR_NOOP("Date"), QT_TR_NOOP("Requirement"), QT_TR_NOOP("What"),
            QT_TR_NOOP("Quantity"), QT_TR_NOOP("Reported by"), QT_TR_NOOP("Detail"))),
            "deliveryLines", tr("Delivery recorded"), key=lambda r: r[0], sortable=False)
        dbox.addWidget(self.delivery_lines)
        row2 = QHBoxLayout()
        row2.addWidget(secondary_button(tr("Record delivery..."), self.record_delivery,
                                        name="delivery_record"))
        row2.addStretch(1)
        dbox.addLayout(row2)
        from yjdesk.ui.orders.custody_section import CustodySection
        from yjdesk.ui.orders.transition_section import TransitionSection

        self.custody = CustodySection(self)
        self.box.addWidget(self.custody)
        self.transition = TransitionSection(self)
        self.box.addWidget(self.transition)

    def show_data(self, extra: dict[str, Any]) -> None:
        self.data = extra
        ledger = extra.get("ledger", [])
        self.ledger.set_rows(ledger)
        delivery = extra.get("delivery", [])
        self.delivery.set_rows(delivery)
        lines = extra.get("delivery_lines", [])
        self.delivery_lines.set_rows(lines)
        self.delivery_box.setVisible(bool(delivery or lines))
        self.custody.show_data(extra)
        self.transition.show_data(extra)

    def record_delivery(self) -> FormDialog:
        choices = [(i, c[0]) for i, c in self.data.get("delivery", [])]
        self.dialog = DeliveryDialog(self.ctx, choices, self)
        self.dialog.open()
        return self.dialog

    def record_step(self) -> FormDialog:
        self.dialog = StepDialog(self.ctx, self.data.get("orders", []), self)
        self.dialog.open()
        return self.dialog

    def court_decision(self) -> FormDialog | None:
        step_id = self.ledger.current_key()
        if not step_id:
            self.ledger_message.setText(tr("Choose the breach the court has decided on."))
            return None
        self.dialog = CourtDecisionDialog(self.ctx, step_id, self)
        self.dialog.open()
        return self.dialog

    def sign_off_reason(self) -> None:
        step_id = self.ledger.current_key()
        if not step_id:
            self.ledger_message.setText(tr("Choose the exceptional reason to sign off."))
            return

        def failed(exc: BaseException) -> None:
            self.ledger_message.setText(error_text(exc))

        self.ctx.tasks.run_db(lambda uow: enf.sign_off_exception(uow.session, step_id).id,
                              lambda _r: self.ledger_message.setText(tr("Signed off.")), failed)
