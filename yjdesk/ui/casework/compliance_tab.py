"""The Compliance tab: non-compliance, warnings, alternatives, compliance panel, breach."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from yjdesk.models.casework import ComplianceRecord
from yjdesk.services.casework import compliance as svc
from yjdesk.services.casework.compliance import ComplianceInput
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import date_text
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.casework.common import LoadingTab, text_box
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import Tone, fit_to_screen
from yjdesk.ui.i18n import QT_TR_NOOP, counted, tr
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.view_data import snapshots
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import ChoiceCombo, CodeCombo, DateField, translated
from yjdesk.ui.widgets.tables import RowsView

NEEDED = [(True, QT_TR_NOOP("Yes")), (False, QT_TR_NOOP("No"))]


class ComplianceDialog(FormDialog):
    def __init__(self, ctx: AppContext, child_id: str, row: ComplianceRecord | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Non-compliance and enforcement"), parent, scroll=True,
                         intro=tr("When enforcement was needed but not taken, give the reason."))
        fit_to_screen(self, 720, 700)
        self.child_id, self.record_id = child_id, row.id if row else None
        f = self.form
        self.date = DateField(tr("Date"))
        self.kind = CodeCombo("non_compliance")
        self.detail = text_box("detail", 2)
        self.needed = ChoiceCombo(translated(NEEDED), empty_text=tr("(not decided)"))
        self.action = CodeCombo("compliance_action")
        self.reason = text_box("reason_not_taken", 2)
        self.alternatives = text_box("alternatives_tried", 2)
        self.panel_date = DateField(tr("Panel date"))
        self.panel_outcome = text_box("panel_outcome", 2)
        self.breach_date = DateField(tr("Breach date"))
        self.breach_outcome = text_box("breach_outcome", 2)
        for name, label, w in (
                ("event_date", tr("Date"), self.date), ("kind", tr("What happened"), self.kind),
                ("detail", tr("Detail"), self.detail),
                ("enforcement_needed", tr("Enforcement needed?"), self.needed),
                ("action", tr("Action taken"), self.action),
                ("reason_not_taken", tr("Why not taken"), self.reason),
                ("alternatives_tried", tr("Alternatives tried"), self.alternatives),
                ("panel_date", tr("Compliance panel date"), self.panel_date),
                ("panel_outcome", tr("Panel outcome"), self.panel_outcome),
                ("breach_date", tr("Breach proceedings began"), self.breach_date),
                ("breach_outcome", tr("Breach outcome /\nrecommendation"), self.breach_outcome)):
            f.add_field(name, label, w)
        if row is not None:
            self._fill(svc.as_input(row))
        else:
            self.date.set_date(ctx.today())

    def _fill(self, d: ComplianceInput) -> None:
        self.date.set_date(d.event_date)
        self.kind.set_code(d.kind)
        self.detail.setPlainText(d.detail or "")
        self.needed.set_value(d.enforcement_needed)
        self.action.set_code(d.action)
        self.reason.setPlainText(d.reason_not_taken or "")
        self.alternatives.setPlainText(d.alternatives_tried or "")
        self.panel_date.set_date(d.panel_date)
        self.panel_outcome.setPlainText(d.panel_outcome or "")
        self.breach_date.set_date(d.breach_date)
        self.breach_outcome.setPlainText(d.breach_outcome or "")
        self.disposal_id = d.disposal_id

    def job(self) -> Job:
        data = ComplianceInput(
            event_date=self.date.date(), kind=self.kind.code() or "",
            detail=self.detail.toPlainText(), disposal_id=getattr(self, "disposal_id", None),
            enforcement_needed=self.needed.value(), action=self.action.code(),
            reason_not_taken=self.reason.toPlainText(),
            alternatives_tried=self.alternatives.toPlainText(),
            panel_date=self.panel_date.date(), panel_outcome=self.panel_outcome.toPlainText(),
            breach_date=self.breach_date.date(),
            breach_outcome=self.breach_outcome.toPlainText())
        child_id, today, rid = self.child_id, self.ctx.today(), self.record_id
        return lambda uow: svc.record(uow.session, child_id, data, today, rid)



NEEDED_WORDS = {None: QT_TR_NOOP("Not decided"), True: QT_TR_NOOP("Yes"),
                False: QT_TR_NOOP("No")}
COMPLIANCE_COLUMNS: tuple[Column[ComplianceRecord], ...] = (
    Column(QT_TR_NOOP("Date"), lambda r: date_text(r.event_date), sort=lambda r: r.event_date),
    Column(QT_TR_NOOP("What"), lambda r: tr(codelist("non_compliance").label(r.kind)),
           stretch=True),
    Column(QT_TR_NOOP("Needed?"), lambda r: tr(NEEDED_WORDS[r.enforcement_needed]),
           tone=lambda r: Tone.DUE_SOON if r.enforcement_needed is None else None),
    Column(QT_TR_NOOP("Action"), lambda r: tr(codelist("compliance_action").label(r.action))),
    Column(QT_TR_NOOP("Panel"), lambda r: date_text(r.panel_date)),
    Column(QT_TR_NOOP("Breach"), lambda r: date_text(r.breach_date)),
    Column(QT_TR_NOOP("Reason not taken"), lambda r: r.reason_not_taken or "", stretch=True),
)


class ComplianceTab(LoadingTab):

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, child_id, parent)
        self.add_button(tr("Record &non-compliance..."), self.new_record, "newCompliance")
        self.add_button(tr("&Decide / update..."), self.edit_selected, "editCompliance")
        self.buttons.addStretch(1)
        self.table = RowsView(COMPLIANCE_COLUMNS, "complianceTable",
                              tr("Non-compliance episodes"), key=lambda r: r.id)
        self.table.opened.connect(lambda _key: self.edit_selected())
        self.layout_.addWidget(self.table, 1)
        self.dialog: ComplianceDialog | None = None
        self.reload()

    def fetch(self, uow: UnitOfWork) -> list[ComplianceRecord]:
        return snapshots(svc.records(uow.session, self.child_id))

    @property
    def rows(self) -> list[ComplianceRecord]:
        return self.table.rows

    def show_data(self, data: list[ComplianceRecord]) -> None:
        self.table.set_rows(data)
        pending = sum(1 for r in data if r.enforcement_needed is None)
        self.message.setText(counted(
            pending, tr("%n episode waiting for an enforcement decision"),
            tr("%n episodes waiting for an enforcement decision")) if pending else
            tr("No non-compliance recorded.") if not data else
            tr("Every episode has an enforcement decision."))

    def new_record(self) -> ComplianceDialog:
        self.dialog = ComplianceDialog(self.ctx, self.child_id, None, self)
        self.dialog.open()
        return self.dialog

    def edit_selected(self) -> ComplianceDialog | None:
        row = self.table.current_row()
        if row is None:
            return None
        self.dialog = ComplianceDialog(self.ctx, self.child_id, row, self)
        self.dialog.open()
        return self.dialog
