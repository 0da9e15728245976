"""The caseload table: a thin Qt adapter over :class:`~yjdesk.services.caseload.CaseloadRow`.

Sorting happens in Python on precomputed keys (the proxy passes ``sort`` down to the source
model), and filtering asks :func:`yjdesk.services.caseload.matches` with the query split once
per keystroke, so typing into the search box stays fast on 20,000 rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from yjdesk.services.caseload import CaseloadRow, matches
from yjdesk.services.due import DueItem, DueState

Index = QModelIndex | QPersistentModelIndex

#: The value a column sorts by (numbers and dates, not their text).
SortRole = Qt.ItemDataRole.UserRole + 1
#: The whole :class:`CaseloadRow`.
RowRole = Qt.ItemDataRole.UserRole + 2
#: The child's id.
ChildIdRole = Qt.ItemDataRole.UserRole + 3

OVERDUE_COLOUR = QColor("#b00020")
DUE_SOON_COLOUR = QColor("#8a5300")
_FAR_FUTURE = dt.date.max


def _due_key(row: CaseloadRow) -> tuple[int, dt.date]:
    if row.next_due is None:
        return (9, _FAR_FUTURE)
    return (int(row.next_due.state), row.next_due.due)


class CaseloadTableModel(QAbstractTableModel):
    """Rows of the caseload; columns name, case number, age, disposal, case manager, next due."""

    NAME, CASE_NUMBER, AGE, DISPOSAL, CASE_MANAGER, NEXT_DUE = range(6)
    HEADERS = ("Name", "Case number", "Age", "Disposal", "Case manager", "Next due")

    def __init__(self, today: Callable[[], dt.date] = dt.date.today,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.rows: list[CaseloadRow] = []
        self._due_text: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_brush = QBrush(OVERDUE_COLOUR)
        self._soon_brush = QBrush(DUE_SOON_COLOUR)
        self._icons: dict[DueState, QIcon] = {}
        self._sort: tuple[int, Qt.SortOrder] = (self.NAME, Qt.SortOrder.AscendingOrder)

    # --- data -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[CaseloadRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._sort_rows(*self._sort)
        self.endResetModel()

    def set_due(self, due: dict[str, DueItem]) -> None:
        """Fill in the next-due column (the second step of loading) without a reset."""
        if not self.rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self.rows[i.row()].child_id, i.column()) for i in old]
        self.rows = [replace(r, next_due=due.get(r.child_id)) for r in self.rows]
        self._sort_rows(*self._sort)
        where = {r.child_id: n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            old, [self.index(where[cid], c) for cid, c in old_ids])
        self.layoutChanged.emit()

    def _refresh_due_text(self) -> None:
        today = self.today()
        self._due_text = [r.next_due.describe(today) if r.next_due else "" for r in self.rows]

    def row_at(self, row: int) -> CaseloadRow:
        return self.rows[row]

    def row_of(self, child_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.child_id == child_id), -1)

    def _icon(self, state: DueState) -> QIcon:
        icon = self._icons.get(state)
        if icon is None:
            pixmap = (QStyle.StandardPixmap.SP_MessageBoxWarning if state == DueState.OVERDUE
                      else QStyle.StandardPixmap.SP_MessageBoxInformation)
            icon = QApplication.style().standardIcon(pixmap)
            self._icons[state] = icon
        return icon

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return self.HEADERS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col, index.row())
        if role == SortRole:
            return self._sort_value(row, col)
        if role == RowRole:
            return row
        if role == ChildIdRole:
            return row.child_id
        if col == self.NEXT_DUE and row.next_due is not None:
            state = row.next_due.state
            if role == Qt.ItemDataRole.ForegroundRole:
                if state == DueState.OVERDUE:
                    return self._overdue_brush
                if state == DueState.DUE_SOON:
                    return self._soon_brush
            elif role == Qt.ItemDataRole.FontRole and state == DueState.OVERDUE:
                return self._bold
            elif role == Qt.ItemDataRole.DecorationRole and state != DueState.UPCOMING:
                return self._icon(state)
            elif role == Qt.ItemDataRole.ToolTipRole:
                return self._due_text[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME:
            return f"{row.name}, born {row.date_of_birth:%d/%m/%Y}"
        return None

    def _display(self, row: CaseloadRow, col: int, i: int) -> str:
        if col == self.NAME:
            return row.name
        if col == self.CASE_NUMBER:
            return row.case_number
        if col == self.AGE:
            return str(row.age)
        if col == self.DISPOSAL:
            return row.disposal
        if col == self.CASE_MANAGER:
            return row.case_manager
        if col == self.NEXT_DUE:
            return self._due_text[i]
        return ""

    def _sort_value(self, row: CaseloadRow, col: int) -> Any:
        if col == self.AGE:
            return row.age
        if col == self.NEXT_DUE:
            state, due = _due_key(row)
            return due.toordinal() + state * 10_000_000
        return self._display(row, col, 0).lower()

    # --- sorting: on real values, in one Python sort ---------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self.rows[i.row()].child_id, i.column()) for i in old]
        self._sort_rows(column, order)
        where = {r.child_id: n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            old, [self.index(where[cid], c) for cid, c in old_ids])
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._sort = (column, order)
        key: Callable[[CaseloadRow], Any]
        if column == self.AGE:
            def key(r: CaseloadRow) -> Any:
                return (r.age, r.name.lower())
        elif column == self.NEXT_DUE:
            def key(r: CaseloadRow) -> Any:
                return (*_due_key(r), r.name.lower())
        else:
            def key(r: CaseloadRow) -> Any:
                return (self._sort_value(r, column), r.name.lower())
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._refresh_due_text()


def _matching(rows: Sequence[CaseloadRow], query: str) -> list[CaseloadRow]:
    """The rows :func:`~yjdesk.services.caseload.matches` accepts, in one tight loop.

    Same rule as ``matches`` (every word of the query is in the row's haystack), with the
    query split once instead of once per row; a test checks the two agree.
    """
    words = query.lower().split()
    if len(words) == 1:
        word = words[0]
        return [r for r in rows if word in r.haystack]
    return [r for r in rows if all(w in r.haystack for w in words)]


class CaseloadFilterProxy(QSortFilterProxyModel):
    """Filters by the search box (every word must match) and sorts via the source model.

    :meth:`set_query` runs :func:`~yjdesk.services.caseload.matches` once per row in one
    Python loop (only over the previous hits when the query grows by typing), so the proxy's
    per-row callback is a set lookup. Rows the loop has not seen (after a reload) are
    matched directly.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._hits: list[CaseloadRow] = []
        self._hit_ids: set[int] | None = None
        self._rows: list[CaseloadRow] = []
        self.setSortRole(SortRole)

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # type: ignore[override]
        old = self.sourceModel()
        if old is not None:
            old.modelAboutToBeReset.disconnect(self._forget)
            old.rowsInserted.disconnect(self._forget)
            old.rowsRemoved.disconnect(self._forget)
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._forget)
        model.rowsInserted.connect(self._forget)
        model.rowsRemoved.connect(self._forget)

    def _forget(self, *_args: object) -> None:
        self._hit_ids = None
        self._hits = []
        self._rows = []

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        query = " ".join(text.lower().split())
        if query == self._query:
            return
        model = self.sourceModel()
        assert isinstance(model, CaseloadTableModel)
        narrowing = bool(self._query) and query.startswith(self._query) \
            and self._hit_ids is not None
        candidates = self._hits if narrowing else model.rows
        self.beginFilterChange()
        self._query = query
        if query:
            self._hits = _matching(candidates, query)
            self._hit_ids = {id(r) for r in self._hits}
            self._rows = model.rows
        else:
            self._forget()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._query:
            return True
        if self._hit_ids is not None:
            return id(self._rows[source_row]) in self._hit_ids
        return matches(self.sourceModel().rows[source_row], self._query)  # type: ignore[attr-defined]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, CaseloadTableModel) and column >= 0:
            model.sort(column, order)
        else:
            super().sort(column, order)

    def row_at(self, proxy_row: int) -> CaseloadRow:
        source = self.mapToSource(self.index(proxy_row, 0))
        model = self.sourceModel()
        assert isinstance(model, CaseloadTableModel)
        return model.rows[source.row()]
