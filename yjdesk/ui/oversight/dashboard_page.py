"""The team manager's dashboard: one row per practitioner and one for the team. Clicking a
figure (or moving to it with the arrow keys) lists the children behind it; opening a child
shows the part of their record the figure is about, and "Back" returns here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QSplitter, QWidget

from yjdesk.models.org import Role
from yjdesk.services.oversight import dashboard as svc
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import PageHeader, page_layout, secondary_button, styled_label
from yjdesk.ui.design.tokens import Type
from yjdesk.ui.due_words import due_text
from yjdesk.ui.i18n import QT_TR_NOOP, fill, long_date, tr
from yjdesk.ui.live import LiveData
from yjdesk.ui.messages import error_text
from yjdesk.ui.oversight.common import ChildList
from yjdesk.ui.table_models.rows import Column, KeyRole
from yjdesk.ui.widgets.lifetime import alive
from yjdesk.ui.widgets.tables import RowsView

#: The part of a child's record each figure is about (the tab opened from it).
MEASURE_TABS = {"caseload": "", "assessments_overdue": "assessments",
                "assessments_due_soon": "assessments", "countersign": "assessments",
                "reviews_due": "casework_reviews", "not_seen": "casework_contacts",
                "safeguarding": "casework_contacts", "actions_overdue": "oversight"}
#: Figures that are not a problem when above zero (shown plain, not bold).
NEUTRAL = ("caseload", "assessments_due_soon")


Row = tuple[str, str]  # (practitioner key, name)


def _reason(line: svc.ChildLine, today: dt.date) -> str:
    """Why the child is on the list, in the person's language: the due item in words, the
    dashboard's own word ("In custody"), or the record's own words (a safeguarding item's
    summary, as written)."""
    if line.due is not None:
        return due_text(line.due, today)
    return tr(line.reason) if line.reason in svc.REASONS else line.reason


class TeamDashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: svc.Dashboard | None = None
        outer = page_layout(self)
        self.header = PageHeader(tr("Team dashboard"), tr("Loading..."))
        self.heading = self.header.title
        self.heading.setObjectName("dashboardHeading")
        self.team = QComboBox()
        self.team.setObjectName("dashboardTeam")
        self.team.setAccessibleName(tr("Team"))
        self.team.addItem(tr("All teams"), None)
        self.team.setVisible(ctx.actor.role != Role.TEAM_MANAGER)
        self.team.currentIndexChanged.connect(lambda _i: self.reload())
        self.header.add_action(self.team)
        self.header.add_action(secondary_button(tr("&Refresh"), self.reload,
                                                name="dashboardRefresh"))
        outer.addWidget(self.header)
        self.hint = styled_label(tr(
            "Click a figure, or move to it with the arrow keys, to list the children behind "
            "it. Double-click a child, or press Enter, to open their record."), Type.CAPTION,
            wrap=True, name="dashboardHint")
        outer.addWidget(self.hint)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = RowsView(self._columns(), "dashboardTable",
                              tr("Team figures: a row per practitioner"), key=lambda r: r[0],
                              sortable=False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.selectionModel().currentChanged.connect(
            lambda current, _previous: self._drill_index(current))
        self.table.activated.connect(self._drill_index)
        split.addWidget(self.table)
        self.children_list = ChildList(ctx, "dashboardChildren")
        split.addWidget(self.children_list)
        split.setSizes([300, 400])
        outer.addWidget(split, 1)
        self._teams_loaded = False
        self.measure: str | None = None
        self.live = LiveData(ctx, self, None, self._show, query=self._query,
                             on_failure=self._failed)
        self.reload()

    def _columns(self) -> list[Column[Row]]:
        # (titles as written: the table translates its headings)
        columns: list[Column[Row]] = [
            Column(QT_TR_NOOP("Practitioner"), lambda r: r[1], stretch=True)]
        for measure, title in svc.MEASURES:
            columns.append(Column(title, self._count_of(measure), two_lines=True,
                                  align=Qt.AlignmentFlag.AlignCenter,
                                  tip=self._tip_of(measure, title)))
        return columns

    def _count_of(self, measure: str) -> Callable[[Row], str]:
        return lambda r: str(self.board.count(measure, r[0])) if self.board else ""

    def _tip_of(self, measure: str, title: str) -> Callable[[Row], str]:
        return lambda r: fill(tr("%1: %2. Click to list the children."), tr(title), r[1])

    @property
    def loading(self) -> bool:
        return self.live.loading

    def reload(self) -> None:
        self.live.reload()

    def _query(self) -> Callable[[UnitOfWork], tuple[svc.Dashboard, list[tuple[str, str]]]]:
        team_id = self.team.currentData() if self._teams_loaded else None
        today = self.ctx.today()

        def work(uow: UnitOfWork) -> tuple[svc.Dashboard, list[tuple[str, str]]]:
            return svc.build(uow.session, today, team_id), svc.teams(uow.session)

        return work

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            self.header.set_summary(fill(tr("The dashboard could not be loaded: %1"),
                                         error_text(exc)))

    def _show(self, result: tuple[svc.Dashboard, list[tuple[str, str]]]) -> None:
        board, teams = result
        if not self._teams_loaded:
            self.team.blockSignals(True)
            for team_id, name in teams:
                self.team.addItem(name, team_id)
            self.team.blockSignals(False)
            self._teams_loaded = True
        self.board = board
        team = tr(board.team_name) if board.own_title else board.team_name
        self.header.set_summary(fill(tr("%1 - %2"), team, long_date(board.today)))
        rows: list[Row] = [(svc.TEAM, tr("Whole team"))]
        rows += [(key, name or tr("Unallocated")) for key, name in board.practitioners.items()]
        self.table.model_.set_rows(rows)
        if self.measure is not None:  # keep the open list current
            self._drill_index(self.table.currentIndex())

    def text(self, row: int, column: int) -> str:
        return self.table.text(row, column)

    def _drill_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.drill(index.row(), index.column())

    def drill(self, row: int, column: int) -> None:
        """List the children behind one figure."""
        if self.board is None or column == 0 or not 0 <= row < self.table.row_count():
            return
        who = self.table.proxy.index(row, 0).data(KeyRole)
        measure = svc.MEASURES[column - 1][0]
        name = self.table.text(row, 0)  # (in words already)
        self.measure = measure
        lines = self.board.children(measure, who)
        unallocated = tr("Unallocated")
        self.children_list.show_children(
            fill(tr("%1 - %2"), tr(svc.measure_title(measure)), name),
            [(c.child_id, c.name, c.case_number, c.practitioner or unallocated,
              _reason(c, self.board.today)) for c in lines],
            tab=MEASURE_TABS.get(measure, ""))

    def figure(self, practitioner: str, measure: str) -> Any:
        """The figure shown for ``practitioner`` (a name) and ``measure`` (for tests)."""
        column = 1 + [m for m, _ in svc.MEASURES].index(measure)
        for r in range(self.table.row_count()):
            if self.table.text(r, 0) == practitioner:
                return self.table.text(r, column)
        return None
