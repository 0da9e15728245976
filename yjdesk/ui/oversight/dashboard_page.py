"""The team manager's dashboard: one row per practitioner and one for the team; activating
a figure lists the children behind it, and a child in that list opens their record."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yjdesk.models.org import Role
from yjdesk.services.oversight import dashboard as svc
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.live import LiveData
from yjdesk.ui.oversight.common import ChildList, make_table
from yjdesk.ui.widgets.lifetime import alive


class TeamDashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: svc.Dashboard | None = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel("Team dashboard")
        self.heading.setObjectName("dashboardHeading")
        top.addWidget(self.heading, 1)
        self.team = QComboBox()
        self.team.setObjectName("dashboardTeam")
        self.team.setAccessibleName("Team")
        self.team.addItem("All teams", None)
        self.team.setVisible(ctx.actor.role != Role.TEAM_MANAGER)
        self.team.currentIndexChanged.connect(lambda _i: self.reload())
        top.addWidget(self.team)
        refresh = QPushButton("&Refresh")
        refresh.setObjectName("dashboardRefresh")
        refresh.clicked.connect(self.reload)
        top.addWidget(refresh)
        outer.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = make_table(["Practitioner"] + [t for _, t in svc.MEASURES],
                                "dashboardTable")
        self.table.setSelectionBehavior(self.table.SelectionBehavior.SelectItems)
        self.table.cellActivated.connect(self.drill)
        self.table.cellDoubleClicked.connect(self.drill)
        split.addWidget(self.table)
        self.children_list = ChildList(ctx, "dashboardChildren")
        split.addWidget(self.children_list)
        outer.addWidget(split, 1)
        self._teams_loaded = False
        self.live = LiveData(ctx, self, None, self._show, query=self._query,
                             on_failure=self._failed)
        self.reload()

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
            self.heading.setText(f"The dashboard could not be loaded: {exc}")

    def _show(self, result: tuple[svc.Dashboard, list[tuple[str, str]]]) -> None:
        board, teams = result
        if not self._teams_loaded:
            self.team.blockSignals(True)
            for team_id, name in teams:
                self.team.addItem(name, team_id)
            self.team.blockSignals(False)
            self._teams_loaded = True
        self.board = board
        self.heading.setText(f"Team dashboard - {board.team_name} - "
                             f"{board.today:%d/%m/%Y}")
        keys = [svc.TEAM, *board.practitioners]
        self.table.setRowCount(len(keys))
        for r, key in enumerate(keys):
            name = "Whole team" if key == svc.TEAM else board.practitioners[key]
            first = QTableWidgetItem(name)
            first.setData(Qt.ItemDataRole.UserRole, key)
            self.table.setItem(r, 0, first)
            for c, measure in enumerate(svc.measures(), start=1):
                n = board.count(measure, key)
                item = QTableWidgetItem(str(n))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(Qt.ItemDataRole.UserRole, measure)
                item.setToolTip(f"{svc.measure_title(measure)}: {name}. Press Enter to list "
                                "the children.")
                if n and measure not in ("caseload", "assessments_due_soon"):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)

    def drill(self, row: int, column: int) -> None:
        """List the children behind one figure."""
        if self.board is None or column == 0:
            return
        who = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        measure = self.table.item(row, column).data(Qt.ItemDataRole.UserRole)
        name = self.table.item(row, 0).text()
        lines = self.board.children(measure, who)
        self.children_list.show_children(
            f"{svc.measure_title(measure)} - {name}",
            [(c.child_id, c.name, c.case_number, c.practitioner, c.reason) for c in lines])
