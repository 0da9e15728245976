"""The home page ("My caseload", "Court work", "Team caseload"): search-as-you-type over
every child on this laptop, each with their most urgent item for the person signed in."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from yjdesk.models.org import Role
from yjdesk.services.caseload import CaseloadRow, can_see_team, caseload, due_items
from yjdesk.services.due import DueItem
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import PageHeader, page_layout, primary_button
from yjdesk.ui.i18n import QT_TR_NOOP, counted, fill, tr
from yjdesk.ui.live import LiveData
from yjdesk.ui.table_models.caseload import CaseloadFilterProxy, CaseloadTableModel

HOME_TITLES = {
    Role.COURT_OFFICER: QT_TR_NOOP("Court work"),
    Role.TEAM_MANAGER: QT_TR_NOOP("Team caseload"),
    Role.SERVICE_MANAGER: QT_TR_NOOP("Service caseload"),
}


def home_title(role: Role) -> str:
    """The first page's name for ``role``: what its list holds for that person."""
    return tr(HOME_TITLES.get(role, QT_TR_NOOP("My caseload")))


class CaseloadTableView(QTableView):
    """The table; Enter opens the selected child."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class CaseloadPage(QWidget):
    """Search box, mine/team toggle, count, "New child" and the table."""

    new_child_requested = Signal()
    loaded = Signal(int)
    #: The next-due column has been filled in (number of children with something due).
    due_loaded = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CaseloadTableModel(ctx.today, self)
        self.proxy = CaseloadFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.header = PageHeader(home_title(ctx.actor.role), "Loading...")
        self.count = self.header.summary
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search by name, case number or PNC"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search.setAccessibleName(tr("Search the caseload"))
        self.search.textChanged.connect(self._search)
        top.addWidget(self.search, 1)
        self.scope = QComboBox()
        self.scope.addItem(tr("Whole team"), False)
        self.scope.addItem(tr("Mine only"), True)
        self.scope.setAccessibleName(tr("Whose children"))
        self.team_view = can_see_team(ctx.actor)
        self.scope.setVisible(self.team_view)
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        top.addWidget(self.scope)
        self.new_button = primary_button(tr("New child"), self.new_child_requested.emit,
                                         name="newChild", tip=tr("Add a child (Ctrl+N)"))
        self.header.add_action(self.new_button)

        self.table = CaseloadTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # a court officer's list is worked by deadline (a report overdue comes first)
        self.table.sortByColumn(CaseloadTableModel.NEXT_DUE
                                if ctx.actor.role == Role.COURT_OFFICER
                                else CaseloadTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(tr("Caseload"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for col, width in ((0, 200), (1, 105), (2, 50), (3, 210), (4, 160)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.activated_row.connect(self.open_row)

        box = page_layout(self)
        box.addWidget(self.header)
        box.addLayout(top)
        box.addWidget(self.table, 1)

        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._to_table)
        self.search.returnPressed.connect(self._open_first_if_single)
        self.live = LiveData(ctx, self, None, self._loaded, query=self._query,
                             on_failure=self._load_failed)

    # --- loading ----------------------------------------------------------------------------

    @property
    def mine_only(self) -> bool:
        return bool(self.scope.currentData()) if self.team_view else False

    @property
    def paused(self) -> bool:
        """While the window is locked the page holds no rows and ignores changes."""
        return self.live.paused

    def reload(self) -> None:
        """Fetch the caseload on the database worker (a reload already running is redone)."""
        self.live.reload()

    def _query(self) -> Callable[[UnitOfWork], list[CaseloadRow]]:
        actor, today, mine = self.ctx.actor, self.ctx.today(), self.mine_only
        return lambda uow: caseload(uow.session, actor, today, mine_only=mine, with_due=False)

    def _load_due(self, child_ids: list[str]) -> None:
        """Second step: each child's next due item, after the list is already showing."""
        today, role = self.ctx.today(), self.ctx.actor.role

        def fetch(uow: UnitOfWork) -> tuple[dict[str, DueItem], frozenset[str]]:
            return due_items(uow.session, child_ids, today, role), uow.tables_read

        self.ctx.tasks.run_db(fetch, self._due_loaded, self._load_failed,
                              origin=self.live)

    def _due_loaded(self, result: tuple[dict[str, DueItem], frozenset[str]]) -> None:
        if not shiboken6.isValid(self) or self.paused:
            return
        due, tables = result
        self.live.watch(tables)  # a change to what makes an item due reloads the page
        self.model.set_due(due)
        self.due_loaded.emit(len(due))

    def _loaded(self, rows: list[CaseloadRow]) -> None:
        selected = self.selected_child_id()
        self.model.set_rows(rows, in_name_order=True)  # (caseload() returns them so)
        self.proxy.set_query("")
        self.proxy.set_query(self.search.text())
        self._update_count()
        if selected:
            self.select_child(selected)
        self.loaded.emit(len(rows))
        self._load_due([r.child_id for r in rows])

    def _load_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.count.setText(tr("Not loaded"))
        self.ctx.tasks.default_failure(exc)

    # --- searching and opening ----------------------------------------------------------------

    def _search(self, text: str) -> None:
        selected = self.selected_child_id()
        self.proxy.set_query(text)  # resets the table: keep the selected child if it matches
        if selected:
            self.select_child(selected)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(counted(total, tr("%n child"), tr("%n children")))
        else:
            self.count.setText(fill(counted(total, tr("%1 of %n child"),
                                            tr("%1 of %n children")), f"{shown:,}"))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _to_table(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _open_first_if_single(self) -> None:
        if self.proxy.rowCount() == 1:
            self.open_row(0)
        else:
            self._to_table()

    def open_row(self, proxy_row: int) -> None:
        if 0 <= proxy_row < self.proxy.rowCount():
            self.ctx.events.open_child.emit(self.proxy.row_at(proxy_row).child_id, "")

    def open_selected(self) -> bool:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_row(index.row())
            return True
        return False

    def selected_child_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()).child_id if index.isValid() else None

    def select_child(self, child_id: str) -> None:
        source_row = self.model.row_of(child_id)
        if source_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def pause(self) -> None:
        """Forget the rows and ignore changes until :meth:`resume` (the window is locked)."""
        self.live.pause()
        self.model.set_rows([])
        self.count.setText("")

    def resume(self) -> None:
        self.live.resume()
