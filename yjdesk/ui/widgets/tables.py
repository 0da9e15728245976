"""The one way a list is shown: a read-only, row-selecting table over a table model.

:class:`RowsView` wraps :class:`~yjdesk.ui.table_models.rows.RowsTableModel` in a sort proxy;
Enter or a double-click emits ``opened(key)``; ``lazy``: a long list whose words cost is
worded a cell at a time, as it is shown. Main columns fit at 1280 px without a
horizontal scroll bar: the stretch column takes the spare width and elides, the others fit
their contents.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from yjdesk.ui.table_models.rows import Column, KeyRole, RowsSortProxy, RowsTableModel, SortRole

#: How many rows a ``lazy`` view's columns are sized from.
LAZY_SIZED_ROWS = 200


class RowsView(QTableView):
    """A list of rows: ``set_rows(rows)``, ``current_key()``, ``select_key(key)``;
    ``opened(key)`` on Enter or double-click."""

    opened = Signal(object)

    def __init__(self, columns: Sequence[Column[Any]], name: str, accessible: str, *,
                 key: Any = None, sortable: bool = True, lazy: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = RowsTableModel(columns, key, lazy=lazy)
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
        if lazy:
            # a long list's columns are sized from its first rows, not Qt's 1,000 (each
            # worded, on the UI thread): its rows are alike, and a wider cell further down
            # is elided with its tooltip
            header.setResizeContentsPrecision(LAZY_SIZED_ROWS)
        if sortable:
            self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order the rows came in
        self.doubleClicked.connect(self._open_index)
        #: Said inside the empty list ("No return produced yet"), so an empty list never
        #: looks like one that failed to load.
        self.empty_text = ""

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.empty_text and self.proxy.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(12, 12, -12, -12)
            painter.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.end()

    # --- rows -------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows``, keeping the selected row selected if it is still there."""
        key = self.current_key()
        self.model_.set_rows(rows)
        if key is not None:
            self.select_key(key)
        self.viewport().update()

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
