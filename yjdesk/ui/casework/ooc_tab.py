"""The Out of court tab: Youth Disposal / joint decision panel decisions and outcomes."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TypeVar

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSplitter, QTextBrowser, QWidget

from yjdesk.models.casework import OocCondition, OocDecision
from yjdesk.services.casework import ooc as svc
from yjdesk.services.casework.ooc import ConditionInput, OocInput
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import date_text
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.casework.common import LoadingTab, text_box
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import Tone
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.view_data import snapshot, snapshots
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import CodeCombo, DateField
from yjdesk.ui.widgets.tables import RowsView

D = TypeVar("D", bound=FormDialog)


class DecisionDialog(FormDialog):
    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "Out-of-court panel decision", parent, scroll=True,
                         intro="One condition a line; start a line with * for a mandatory "
                               "condition (others are voluntary).")
        self.resize(760, 760)
        self.child_id = child_id
        f = self.form
        self.referral = DateField("Referral date")
        self.screening = text_box("screening_summary", 3)
        self.panel = DateField("Panel date")
        self.decision = CodeCombo("ooc_decision")
        self.rationale = text_box("rationale", 3)
        self.conditions = text_box("conditions", 3)
        self.end = DateField("Disposal end")
        self.delivered = DateField("Date delivered")
        self.delivered_by = QLineEdit()
        self.child_ok = QCheckBox("The child understood the implications")
        self.parent_ok = QCheckBox("The parent or carer understood the implications")
        self.make_disposal = QCheckBox("Record the disposal on the child's record")
        self.make_disposal.setChecked(True)
        for name, label, w in (
                ("referral_date", "Referral date", self.referral),
                ("screening_summary", "Screening summary", self.screening),
                ("panel_date", "Panel date", self.panel),
                ("decision", "Decision", self.decision),
                ("rationale", "Rationale", self.rationale),
                ("conditions", "Conditions", self.conditions),
                ("disposal_end_date", "Disposal ends", self.end),
                ("delivered_date", "Date delivered", self.delivered),
                ("delivered_by", "Delivered by", self.delivered_by),
                ("child_understood", "", self.child_ok),
                ("parent_understood", "", self.parent_ok),
                ("create_disposal", "", self.make_disposal)):
            f.add_field(name, label, w)

    def job(self) -> Job:
        conditions = [ConditionInput(line.strip().lstrip("*").strip(),
                                     line.strip().startswith("*"))
                      for line in self.conditions.toPlainText().splitlines() if line.strip()]
        data = OocInput(
            referral_date=self.referral.date(), screening_summary=self.screening.toPlainText(),
            panel_date=self.panel.date(), decision=self.decision.code() or "",
            rationale=self.rationale.toPlainText(), conditions=conditions,
            delivered_date=self.delivered.date(), delivered_by=self.delivered_by.text(),
            child_understood=self.child_ok.isChecked(),
            parent_understood=self.parent_ok.isChecked(),
            create_disposal=self.make_disposal.isChecked(), disposal_end_date=self.end.date())
        child_id, today = self.child_id, self.ctx.today()
        return lambda uow: svc.record_decision(uow.session, child_id, data, today)



class DeliveryDialog(FormDialog):
    def __init__(self, ctx: AppContext, decision: OocDecision,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, "Disposal delivered", parent)
        self.decision = decision
        self.date = DateField("Date delivered")
        self.date.set_date(ctx.today())
        self.by = QLineEdit()
        self.child_ok = QCheckBox("The child understood the implications")
        self.parent_ok = QCheckBox("The parent or carer understood the implications")
        self.form.add_field("delivered_date", "Date delivered", self.date)
        self.form.add_field("delivered_by", "Delivered by", self.by)
        self.form.add_field("child_understood", "", self.child_ok)
        self.form.add_field("parent_understood", "", self.parent_ok)

    def job(self) -> Job:
        args = (self.decision.id, self.date.date(), self.by.text(), self.child_ok.isChecked(),
                self.parent_ok.isChecked(), self.ctx.today())
        return lambda uow: svc.record_delivery(uow.session, *args)



class OutcomeDialog(FormDialog):
    def __init__(self, ctx: AppContext, decision: OocDecision,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, "Outcome on completion", parent)
        self.decision = decision
        self.outcome = CodeCombo("ooc_outcome")
        self.date = DateField("Outcome date")
        self.date.set_date(ctx.today())
        self.form.add_field("outcome", "Outcome", self.outcome)
        self.form.add_field("outcome_date", "Date", self.date)

    def job(self) -> Job:
        args = (self.decision.id, self.outcome.code() or "", self.date.date(), self.ctx.today())
        return lambda uow: svc.record_outcome(uow.session, *args)



@dataclass
class DecisionRow:
    decision: OocDecision
    conditions: list[OocCondition]


def describe(row: DecisionRow) -> str:
    d = row.decision
    conds = "".join(f"<li>{escape(c.description)} "
                    f"({'mandatory' if c.mandatory else 'voluntary'})</li>"
                    for c in row.conditions) or "<li>None</li>"
    understood = ("Yes" if d.child_understood and d.parent_understood else "Not confirmed")
    return (f"<h3>{escape(codelist('ooc_decision').label(d.decision))} - panel "
            f"{date_text(d.panel_date)}</h3><p>Referred {date_text(d.referral_date)}</p>"
            f"<p><b>Screening</b><br>{escape(d.screening_summary)}</p>"
            f"<p><b>Rationale</b><br>{escape(d.rationale)}</p><p><b>Conditions</b></p>"
            f"<ul>{conds}</ul><p><b>Delivered</b> {date_text(d.delivered_date, 'not yet')} "
            f"{escape(('by ' + d.delivered_by) if d.delivered_by else '')}<br>"
            f"<b>Child and parent/carer understood the implications:</b> {understood}<br>"
            f"<b>Outcome:</b> {escape(codelist('ooc_outcome').label(d.outcome) or 'open')} "
            f"{date_text(d.outcome_date)}</p>")


OOC_COLUMNS: tuple[Column[DecisionRow], ...] = (
    Column("Panel", lambda r: date_text(r.decision.panel_date),
           sort=lambda r: r.decision.panel_date),
    Column("Decision", lambda r: codelist("ooc_decision").label(r.decision.decision),
           stretch=True),
    Column("Delivered", lambda r: date_text(r.decision.delivered_date)),
    Column("Outcome", lambda r: codelist("ooc_outcome").label(r.decision.outcome) or "Open",
           tone=lambda r: Tone.DONE if r.decision.outcome else None),
)


class OocTab(LoadingTab):

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, child_id, parent)
        self.add_button("Record panel &decision...", self.new_decision, "newDecision")
        self.add_button("Record de&livery...", self.delivery, "recordDelivery")
        self.add_button("Record &outcome...", self.outcome, "recordOutcome")
        self.buttons.addStretch(1)
        split = QSplitter()
        self.table = RowsView(OOC_COLUMNS, "oocTable", "Out-of-court decisions",
                              key=lambda r: r.decision.id)
        self.detail = QTextBrowser()
        self.detail.setObjectName("oocDetail")
        self.detail.setAccessibleName("The chosen decision")
        split.addWidget(self.table)
        split.addWidget(self.detail)
        self.layout_.addWidget(split, 1)
        self.dialog: FormDialog | None = None
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show())
        self.reload()

    def fetch(self, uow: UnitOfWork) -> list[DecisionRow]:
        return [DecisionRow(snapshot(d), snapshots(svc.conditions(uow.session, d.id)))
                for d in svc.decisions(uow.session, self.child_id)]

    @property
    def rows(self) -> list[DecisionRow]:
        return self.table.rows

    def show_data(self, data: list[DecisionRow]) -> None:
        self.table.set_rows(data)
        self.table.select_first()
        self._show()

    def _selected(self) -> DecisionRow | None:
        row = self.table.current_row()
        return row if isinstance(row, DecisionRow) else None

    def _show(self) -> None:
        row = self._selected()
        self.detail.setHtml(describe(row) if row else "<p>No out-of-court decisions.</p>")

    def _open(self, dialog: D) -> D:
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_decision(self) -> DecisionDialog:
        return self._open(DecisionDialog(self.ctx, self.child_id, self))

    def delivery(self) -> DeliveryDialog | None:
        row = self._selected()
        return self._open(DeliveryDialog(self.ctx, row.decision, self)) if row else None

    def outcome(self) -> OutcomeDialog | None:
        row = self._selected()
        return self._open(OutcomeDialog(self.ctx, row.decision, self)) if row else None


__all__ = ["DecisionDialog", "DeliveryDialog", "OocTab", "OutcomeDialog"]
