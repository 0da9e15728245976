"""The one way a list is shown: a read-only, row-selecting table over a table model.

:class:`RowsView` wraps :class:`~yjdesk.ui.table_models.rows.RowsTableModel` in a sort proxy;
Enter or a double-click emits ``opened(key)``. Main columns fit at 1280 px without a
horizontal scroll bar: the stretch column takes the spare width and elides, the others fit
their contents.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from yjdesk.ui.i18n import tr
from yjdesk.ui.table_models.rows import Column, KeyRole, RowsSortProxy, RowsTableModel, SortRole


class RowsView(QTableView):
    """A list of rows: ``set_rows(rows)``, ``current_key()``, ``select_key(key)``;
    ``opened(key)`` on Enter or double-click."""

    opened = Signal(object)

    def __init__(self, columns: Sequence[Column[Any]], name: str, accessible: str, *,
                 key: Any = None, sortable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = RowsTableModel(columns, key)
        self.proxy = RowsSortProxy(self)
        self.proxy.setSourceModel(self.model_)
        self.proxy.setSortRole(SortRole)
        self.setModel(self.proxy)
        self.setObjectName(name)
        self.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        self.setAccessibleName(accessible)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setSortingEnabled(sortable)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        stretch = [i for i, c in enumerate(columns) if c.stretch] or [len(columns) - 1]
        for i in range(len(columns)):
            mode = (QHeaderView.ResizeMode.Stretch if i in stretch
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(i, mode)
        if sortable:
            self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order the rows came in
        self.doubleClicked.connect(self._open_index)

    # --- rows -------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows``, keeping the selected row selected if it is still there."""
        key = self.current_key()
        self.model_.set_rows(rows)
        if key is not None:
            self.select_key(key)

    @property
    def rows(self) -> list[Any]:
        return self.model_.rows

    def row_count(self) -> int:
        return self.proxy.rowCount()

    def key_at(self, row: int) -> Any:
        """The key of the row shown at ``row`` (in the order shown), or None."""
        index = self.proxy.index(row, 0)
        return index.data(KeyRole) if index.isValid() else None

    def current_key(self) -> Any:
        index = self.currentIndex()
        return index.data(KeyRole) if index.isValid() else None

    def current_row(self) -> Any:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.model_.row_at(self.proxy.mapToSource(index).row())

    def select_key(self, key: Any) -> bool:
        source = self.model_.row_of(key)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model_.index(source, 0))
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def select_first(self) -> None:
        if self.proxy.rowCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(self.proxy.index(0, 0))

    def text(self, row: int, column: int) -> str:
        """What the person reads in a cell (in the order shown)."""
        return str(self.proxy.index(row, column).data() or "")

    def texts(self) -> list[list[str]]:
        """Every row's words, in the order shown."""
        return [[self.text(r, c) for c in range(self.proxy.columnCount())]
                for r in range(self.row_count())]

    # --- opening ----------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(index.data(KeyRole))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


def fill_table(t: QTableWidget, rows: Sequence[Sequence[str]],
               keys: Sequence[Any] | None = None) -> None:
    """Fill a plain table widget with text cells (the key of each row on its first cell)."""
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            if c == 0 and keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            t.setItem(r, c, item)


def make_table(headers: Sequence[str], name: str,
               stretch: Sequence[int] = ()) -> QTableWidget:
    """A read-only table; ``stretch`` columns (long text) share the spare width and are
    shortened with "..." (the whole text is in the tooltip), so it never scrolls sideways;
    without them the last column takes the spare width."""
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
    t.setAccessibleName(name)
    t.setHorizontalHeaderLabels([tr(h) for h in headers])
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(not stretch)
    for column in stretch:
        t.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    if stretch:
        t.setWordWrap(False)
        t.setTextElideMode(Qt.TextElideMode.ElideRight)
    return t


def selected_key(t: QTableWidget, row: int | None = None) -> Any:
    """The key :func:`fill_table` put on ``row`` (default: the current row), or None."""
    r = t.currentRow() if row is None else row
    item = t.item(r, 0) if r >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None
