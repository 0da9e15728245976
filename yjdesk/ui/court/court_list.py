"""The court list: today's or this week's hearings with the status of each one's report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from yjdesk.models.org import Role
from yjdesk.services.codes import codelist
from yjdesk.services.court.hearings import CourtListRow, court_list, week_bounds
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.court.child_tab import fill, make_table
from yjdesk.ui.live import LiveData

STATUS_LABELS = {"sent": "Sent", **dict(codelist("psr_status").choices())}


class CourtListPage(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[CourtListRow] = []
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("<h2>Court list</h2>"))
        self.today_button = QRadioButton("Today")
        self.week_button = QRadioButton("This week")
        self.week_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.today_button)
        group.addButton(self.week_button)
        self.mine = QCheckBox("Only my hearings")
        self.mine.setChecked(ctx.actor.role == Role.COURT_OFFICER)
        for w in (self.today_button, self.week_button, self.mine):
            top.addWidget(w)
        top.addStretch(1)
        self.count = QLabel()
        top.addWidget(self.count)
        lay.addLayout(top)
        self.table = make_table(["Date", "Time", "Court", "Child", "Date of birth", "Hearing",
                                 "Report", "Report status", "Outcome"], "courtList")
        lay.addWidget(self.table, 1)
        self.table.doubleClicked.connect(self._open)
        for w in (self.today_button, self.week_button, self.mine):
            w.toggled.connect(lambda _=False: self.reload())
        self.live = LiveData(ctx, self, None, self._show, query=self._query)
        self.reload()

    def _query(self) -> Callable[[UnitOfWork], list[CourtListRow]]:
        today = self.ctx.today()
        start, end = (today, today) if self.today_button.isChecked() else week_bounds(today)
        officer = self.ctx.actor.user_id if self.mine.isChecked() else None
        return lambda uow: court_list(uow.session, start, end, officer_id=officer)

    def reload(self) -> None:
        self.live.reload()

    def _show(self, rows: list[CourtListRow]) -> None:
        self.rows = rows
        types, kinds = codelist("hearing_type"), codelist("psr_kind")
        outcomes = codelist("hearing_outcome")
        fill(self.table, [(
            f"{r.hearing_date:%a %d/%m}", r.hearing_time or "", r.court_name, r.child_name,
            f"{r.date_of_birth:%d/%m/%Y}", types.label(r.hearing_type),
            kinds.label(r.psr_kind) if r.psr_kind else "No report",
            STATUS_LABELS.get(r.report_status or "", "") if r.report_status else "-",
            outcomes.label(r.outcome) if r.outcome else "") for r in rows])
        self.count.setText(f"{len(rows)} hearing{'s' if len(rows) != 1 else ''}")
        self.loaded.emit()

    def _open(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.ctx.events.open_child.emit(self.rows[row].child_id, "court")
