"""The "Court" tab of a child's record: hearings, outcomes and court reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from yjdesk.models.base import not_deleted
from yjdesk.models.org import UserAccount
from yjdesk.services.codes import codelist
from yjdesk.services.court import hearings as hs
from yjdesk.services.court import psr as ps
from yjdesk.services.humanise import date_text
from yjdesk.services.justice import disposals
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.court.dialogs import HearingDialog, OutcomeDialog, RequestReportDialog
from yjdesk.ui.court.report_editor import ReportEditor
from yjdesk.ui.i18n import QT_TR_NOOP, fill, tr
from yjdesk.ui.live import LiveData
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.view_data import offence_choices
from yjdesk.ui.widgets.tables import RowsView

REFRESH_ON = frozenset({"court_hearing", "psr", "offence", "disposal"})


@dataclass(frozen=True)
class HearingRow:
    id: str
    date: dt.date
    text: tuple[str, ...]
    has_outcome: bool


@dataclass(frozen=True)
class ReportRow:
    id: str
    text: tuple[str, ...]


@dataclass(frozen=True)
class CourtData:
    hearings: list[HearingRow]
    reports: list[ReportRow]
    offences: list[tuple[str, str]]
    officers: list[tuple[str, str]]
    #: The child's ongoing court orders (a hearing may revoke, vary or extend one).
    orders: list[tuple[str, str]] = field(default_factory=list)


def load(uow: UnitOfWork, child_id: str) -> CourtData:
    """The child's hearings and reports in words, in the person's language (the code lists'
    labels are in the translation file: i18n_domain)."""
    s = uow.session
    types, outcomes = codelist("hearing_type"), codelist("hearing_outcome")
    remands, kinds = codelist("remand_type"), codelist("psr_kind")
    statuses = codelist("psr_status")
    hearing_rows = []
    when: dict[str, str] = {}
    for h in hs.hearings_for_child(s, child_id):
        outcome = tr(outcomes.label(h.outcome) if h.outcome else codelist(
            "hearing_status").label(h.status))
        if h.remand_type:
            outcome = fill(tr("%1 (%2)"), outcome, tr(remands.label(h.remand_type)))
        when[h.id] = f"{date_text(h.hearing_date)} {h.court_name}"
        hearing_rows.append(HearingRow(h.id, h.hearing_date, (
            date_text(h.hearing_date), h.hearing_time or "", h.court_name,
            tr(types.label(h.hearing_type)), outcome, h.legal_representative or ""),
            h.outcome is not None))
    report_rows = [ReportRow(r.id, (tr(kinds.label(r.kind)), when.get(r.hearing_id, ""),
                                    date_text(r.due_date), tr(statuses.label(r.status))))
                   for r in ps.reports_for_child(s, child_id)]
    choices = offence_choices(s, child_id)
    officers = [(u.id, u.display_name) for u in s.scalars(
        select(UserAccount).where(UserAccount.active.is_(True), not_deleted(UserAccount))
        .order_by(UserAccount.display_name))]
    kinds_of = codelist("disposal_type")
    orders = [(d.id, fill(tr("%1 from %2"), tr(kinds_of.label(d.disposal_type)),
                          date_text(d.start_date)))
              for d in disposals(s, child_id)
              if d.category == "court" and d.outcome == "ongoing"]
    return CourtData(hearing_rows, report_rows, choices, officers, orders)


def _hearing_cell(i: int) -> Callable[[HearingRow], str]:
    return lambda row: row.text[i]


def _report_cell(i: int) -> Callable[[ReportRow], str]:
    return lambda row: row.text[i]


HEARING_COLUMNS: tuple[Column[HearingRow], ...] = (
    Column(QT_TR_NOOP("Date"), _hearing_cell(0), sort=lambda h: h.date),
    *(Column(title, _hearing_cell(i)) for i, title in enumerate((
        QT_TR_NOOP("Time"), QT_TR_NOOP("Court"), QT_TR_NOOP("Type"),
        QT_TR_NOOP("Outcome / status"), QT_TR_NOOP("Legal representative")), start=1)),
)
REPORT_COLUMNS: tuple[Column[ReportRow], ...] = tuple(
    Column(title, _report_cell(i)) for i, title in enumerate((
        QT_TR_NOOP("Report"), QT_TR_NOOP("Hearing"), QT_TR_NOOP("Due"), QT_TR_NOOP("Status"))))


class ChildCourtTab(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child_id = child_id
        self.data: CourtData | None = None
        self.editor: ReportEditor | None = None
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(tr("<b>Hearings</b>")))
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add hearing..."))
        self.outcome_button = QPushButton(tr("Record outcome..."))
        self.psr_button = QPushButton(tr("Request PSR..."))
        self.stand_down_button = QPushButton(tr("Stand-down report..."))
        for b in (self.add_button, self.outcome_button, self.psr_button,
                  self.stand_down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.hearings = RowsView(HEARING_COLUMNS, "hearings", tr("Hearings"),
                                 key=lambda h: h.id)
        lay.addWidget(self.hearings, 2)
        lay.addWidget(QLabel(tr("<b>Court reports</b>")))
        self.reports = RowsView(REPORT_COLUMNS, "reports", tr("Reports for the court"),
                                key=lambda r: r.id)
        lay.addWidget(self.reports, 1)
        self.open_button = QPushButton(tr("Open report..."))
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        lay.addLayout(open_row)
        self.add_button.clicked.connect(self.add_hearing)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.psr_button.clicked.connect(lambda: self.request_report("psr"))
        self.stand_down_button.clicked.connect(lambda: self.request_report("stand_down"))
        # clicked(bool) must not arrive as the report id
        self.open_button.clicked.connect(lambda _checked=False: self.open_report())
        self.reports.opened.connect(lambda psr_id: self.open_report(str(psr_id)))
        self.live = LiveData(ctx, self, lambda uow: load(uow, child_id), self._show,
                             child_id=child_id)
        self.reload()

    def reload(self) -> None:
        self.live.reload()

    def _show(self, data: CourtData) -> None:
        self.data = data
        self.hearings.set_rows(data.hearings)
        self.reports.set_rows(data.reports)
        self.loaded.emit()

    def selected_hearing(self) -> HearingRow | None:
        if self.data is None or not self.data.hearings:
            return None
        chosen: HearingRow | None = self.hearings.current_row()
        return chosen or self.data.hearings[0]

    def add_hearing(self) -> HearingDialog:
        dialog = HearingDialog(self.ctx, self.child_id, self.data.offences if self.data else [],
                               self)
        dialog.open()
        return dialog

    def record_outcome(self) -> OutcomeDialog | None:
        hearing = self.selected_hearing()
        if hearing is None or self.data is None:
            return None
        dialog = OutcomeDialog(self.ctx, hearing.id, self.data.officers, self,
                               orders=self.data.orders)
        dialog.open()
        return dialog

    def request_report(self, kind: str) -> RequestReportDialog | None:
        hearing = self.selected_hearing()
        if hearing is None:
            return None
        dialog = RequestReportDialog(self.ctx, hearing.id, hearing.date, kind, self)
        dialog.open()
        return dialog

    def open_report(self, psr_id: str | None = None) -> ReportEditor | None:
        if psr_id is None:
            if self.data is None or not self.data.reports:
                return None
            chosen: ReportRow | None = self.reports.current_row()
            psr_id = (chosen or self.data.reports[0]).id
        self.editor = ReportEditor(self.ctx, psr_id, self)
        self.editor.changed.connect(self.reload)
        self.editor.show()
        return self.editor
