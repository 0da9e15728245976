"""Transition to adult probation in the "Court orders" tab."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from yjdesk.models.child import Child
from yjdesk.services.humanise import date_text
from yjdesk.services.orders import transition as plans
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.casework.common import text_box
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import Type, secondary_button, styled_label
from yjdesk.ui.i18n import fill, tr
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import ChoiceCombo, DateField, translated

FIELDS = ("eligibility_reason", "needs", "strengths", "probation_must_know", "child_views",
          "introductions", "info_shared", "review_outcome")


def load_transition(uow: UnitOfWork, child_id: str, day: dt.date) -> dict[str, Any]:
    s = uow.session
    child = s.get(Child, child_id)
    if child is None:
        return {}
    plan = plans.plan_for(s, child_id)
    flags: list[str] = []
    end = plans._latest_end(s, child_id)
    if plans.needs_transition(child.date_of_birth, end, day):
        flags.append(fill(tr("Transition planning due: the order runs past the 18th birthday "
                             "(planning from %1, 17 years 6 months by this service's "
                             "policy)."), date_text(plans.planning_from(child.date_of_birth))))
    if plans.looked_after_at_17(child, day):
        flags.append(tr("Looked after and 17: plan leaving-care support with the transition."))
    values: dict[str, Any] = {}
    if plan is not None:
        values = {name: getattr(plan, name) for name in plans.TransitionInput.__dataclass_fields__}
        done = [tr("Transition plan recorded")]
        if plan.info_handover_on:
            done.append(fill(tr("information handed over %1"),
                             date_text(plan.info_handover_on)))
        if plan.transfer_date:
            done.append(fill(tr("transferred %1 (%2)"), date_text(plan.transfer_date),
                             tr(plans.TRANSFER_TYPES.get(plan.transfer_type or "", ""))))
        flags.append("; ".join(done) + ".")
        for label, text in ((tr("Needs"), plan.needs),
                            (tr("Probation must know"), plan.probation_must_know),
                            (tr("The child's views"), plan.child_views)):
            if text:
                flags.append(f"{label}: {text}")
    return {"transition": {"flags": flags, "values": values}}


class TransitionDialog(FormDialog):
    def __init__(self, ctx: AppContext, child_id: str, values: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Transition to adult probation"), parent, scroll=True,
                         save_text=tr("Save plan"),
                         intro=tr("Share all relevant information with probation before the "
                               "transfer, with the child's views; plan phased introductions. "
                               "Transfer criteria and protocol timescales were not found in "
                               "national guidance: record why the child does or does not "
                               "transfer."))
        self.child_id = child_id
        f = self.form
        self.eligible = f.add_field("eligible", "", QCheckBox(tr("Transfers to probation"))).widget
        self.eligible.setChecked(values.get("eligible", True))
        self.boxes: dict[str, Any] = {}
        labels = {
            "eligibility_reason": tr("Why (or why not)"),
            "needs": tr("Needs"),
            "strengths": tr("Strengths"),
            "probation_must_know": tr("What probation must know"),
            "child_views": tr("The child's views"),
            "introductions": tr("Phased introductions"),
            "info_shared": tr("Information handed over"),
            "review_outcome": tr("How the transition went"),
        }
        for name in FIELDS:
            box = f.add_field(name, labels[name], text_box(name, 2)).widget
            box.setPlainText(values.get(name) or "")
            self.boxes[name] = box
        self.contact = f.add_field("probation_contact", tr("Probation contact"), QLineEdit()).widget
        self.contact.setText(values.get("probation_contact") or "")
        self.dates: dict[str, DateField] = {}
        for name, label in (
            ("info_handover_on", tr("Handed over on")),
            ("transfer_date", tr("Transfer date")),
            ("reviewed_on", tr("Reviewed on")),
        ):
            field = f.add_field(name, label, DateField(label)).widget
            field.set_date(values.get(name))
            self.dates[name] = field
        self.kind = f.add_field("transfer_type", tr("Transfer type"),
                                ChoiceCombo(translated(plans.TRANSFER_TYPES.items()))).widget
        self.kind.set_value(values.get("transfer_type"))

    def job(self) -> Job:
        data = plans.TransitionInput(
            eligible=self.eligible.isChecked(),
            probation_contact=self.contact.text(), transfer_type=self.kind.value(),
            info_handover_on=self.dates["info_handover_on"].date(),
            transfer_date=self.dates["transfer_date"].date(),
            reviewed_on=self.dates["reviewed_on"].date(),
            **{n: self.boxes[n].toPlainText() for n in FIELDS})
        child_id, today = self.child_id, self.ctx.today()
        return lambda uow: plans.save_plan(uow.session, child_id, data, today).id


class TransitionSection(QWidget):
    def __init__(self, sections: Any) -> None:
        super().__init__()
        self.ctx: AppContext = sections.ctx
        self.child_id: str = sections.tab.child_id
        self.values: dict[str, Any] = {}
        self.dialog: FormDialog | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(styled_label(tr("Transition to adult probation"), Type.HEADING))
        self.summary = QLabel(tr("No transition work due."))
        self.summary.setObjectName("transitionSummary")
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(secondary_button(tr("Transition plan..."), self.edit, name="transition_plan"))
        row.addStretch(1)
        box.addLayout(row)

    def show_data(self, extra: dict[str, Any]) -> None:
        info = extra.get("transition") or {}
        self.values = info.get("values") or {}
        self.summary.setText(" ".join(info.get("flags") or []) or tr("No transition work due."))

    def edit(self) -> FormDialog:
        self.dialog = TransitionDialog(self.ctx, self.child_id, self.values, self)
        self.dialog.open()
        return self.dialog
