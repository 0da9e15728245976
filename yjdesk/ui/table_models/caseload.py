"""The caseload table: a thin Qt adapter over :class:`~yjdesk.services.caseload.CaseloadRow`.

Sorting happens in Python on precomputed keys (the proxy passes ``sort`` down to the source
model), and filtering applies the rule of :func:`yjdesk.services.caseload.matches` in one
Python loop per keystroke, the proxy keeping the list of visible rows itself, so typing into
the search box stays fast on 20,000 rows.

The rows carry the disposal's label in English (the code list's) and None for no current
disposal or no case manager: the model says them in the person's language when a cell is
shown or sorted (:meth:`CaseloadTableModel.shown`), each distinct label translated once.
The next due item is worded the same way (``ui.due_words``: "Order ends - overdue by 10
days") when its cell is shown, each distinct item once a load (a small dict: the view asks
for the rows on screen, not 20,000 texts up front).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from yjdesk.services.caseload import CaseloadRow, name_order, search_text
from yjdesk.services.due import DueItem, DueState
from yjdesk.services.humanise import date_text
from yjdesk.ui.design.icons import status_icon
from yjdesk.ui.design.tokens import Tone, tone_colour
from yjdesk.ui.due_words import due_text
from yjdesk.ui.i18n import QT_TRANSLATE_NOOP, fill, tr, tr_or

Index = QModelIndex | QPersistentModelIndex

#: The value a column sorts by (numbers and dates, not their text).
SortRole = Qt.ItemDataRole.UserRole + 1
#: The whole :class:`CaseloadRow`.
RowRole = Qt.ItemDataRole.UserRole + 2
#: The child's id.
ChildIdRole = Qt.ItemDataRole.UserRole + 3

#: Roles as plain ints, and those :meth:`CaseloadTableModel.value` answers (looking up a
#: Qt enum member costs more than the rest of a ``data()`` call; a view asks ~2,000 times a
#: repaint).
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_ANSWERED = frozenset(int(r.value) if hasattr(r, "value") else int(r) for r in (
    Qt.ItemDataRole.DisplayRole, SortRole, RowRole, ChildIdRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole))

#: The design system's tone of each due state (colour and icon follow the palette in use).
TONES = {DueState.OVERDUE: Tone.OVERDUE, DueState.DUE_SOON: Tone.DUE_SOON}
_FAR_FUTURE = dt.date.max


def _due_key(row: CaseloadRow) -> tuple[int, dt.date]:
    if row.next_due is None:
        return (9, _FAR_FUTURE)
    return (int(row.next_due.state), row.next_due.due)


class CaseloadTableModel(QAbstractTableModel):
    """Rows of the caseload; columns name, case number, age, disposal, case manager, next due."""

    NAME, CASE_NUMBER, AGE, DISPOSAL, CASE_MANAGER, NEXT_DUE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("", "Name"),
        QT_TRANSLATE_NOOP("", "Case number"),
        QT_TRANSLATE_NOOP("", "Age"),
        QT_TRANSLATE_NOOP("", "Disposal"),
        QT_TRANSLATE_NOOP("", "Case manager"),
        QT_TRANSLATE_NOOP("", "Next due"),
    )
    # the words for a row's None: no current disposal, no case manager
    NO_DISPOSAL = QT_TRANSLATE_NOOP("", "No current disposal")
    UNALLOCATED = QT_TRANSLATE_NOOP("", "Unallocated")
    # the name's tooltip: the child's name and date of birth
    BORN = QT_TRANSLATE_NOOP("", "%1, born %2")

    def __init__(self, today: Callable[[], dt.date] = dt.date.today,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.rows: list[CaseloadRow] = []
        #: Each child's row (:meth:`row_of`), made when first asked after a change of order.
        self._where: dict[str, int] | None = None
        self._where_of: list[CaseloadRow] | None = None
        #: Each due item in words, for the day they were worded on (:meth:`_due`).
        self._due_words: dict[DueItem, str] = {}
        self._due_day: dt.date | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._palette_key: int | None = None
        self._brushes: dict[DueState, QBrush] = {}
        self._icons: dict[DueState, QIcon] = {}
        self._sort: tuple[int, Qt.SortOrder] = (self.NAME, Qt.SortOrder.AscendingOrder)
        #: Each disposal label as shown (None: no current disposal), and the word for no
        #: case manager: translated when first shown after a load, not once a row.
        self._disposals: dict[str | None, str] = {}
        self._unallocated = ""
        self._forget_words()

    # --- data -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[CaseloadRow], *, in_name_order: bool = False) -> None:
        """Show ``rows`` in the table's order. ``in_name_order``: they come in
        :func:`~yjdesk.services.caseload.name_order` (as the caseload's query returns them),
        so in the table's first order, by name ascending, they are not sorted again on the
        UI thread (20,000 keys on a cold start; the sort is stable, so the order is the
        same)."""
        self.beginResetModel()
        self.rows = list(rows)
        self._forget_words()
        if in_name_order and self._sort == (self.NAME, Qt.SortOrder.AscendingOrder):
            self._where = None
        else:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def set_due(self, due: dict[str, DueItem]) -> None:
        """Fill in the next-due column (the second step of loading) without a reset."""
        if not self.rows:
            return

        def fill() -> None:
            self.rows = [r._replace(next_due=due.get(r.child_id)) for r in self.rows]
            self._sort_rows(*self._sort)
        self._reorder(fill)

    def _reorder(self, change: Callable[[], None]) -> None:
        """Run ``change`` (which may put the rows in another order) as a layout change:
        every persistent index (the selection, the current row) follows its child."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self.rows[i.row()].child_id, i.column()) for i in old]
        change()
        self.changePersistentIndexList(
            old, [self.index(self.row_of(cid), c) for cid, c in old_ids])
        self.layoutChanged.emit()

    def _forget_words(self) -> None:
        """Translate the words afresh (at every load: the language in use is the one the
        rows are shown in), and the due items for the day it is then."""
        self._disposals = {None: tr(self.NO_DISPOSAL)}
        self._unallocated = tr(self.UNALLOCATED)
        self._due_words = {}
        self._due_day = self.today()

    def _due(self, item: DueItem | None) -> str:
        """The due item in words on the day of the load (or of the last sort), in the
        person's language; worded once per distinct item."""
        if item is None:
            return ""
        shown = self._due_words.get(item)
        if shown is None:
            assert self._due_day is not None
            shown = self._due_words[item] = due_text(item, self._due_day)
        return shown

    def _disposal(self, label: str | None) -> str:
        """The disposal's label in the person's language (the code lists' labels are in
        the translation file); translated once per distinct label."""
        shown = self._disposals.get(label)
        if shown is None:
            shown = self._disposals[label] = tr_or(label, self._disposals[None])
        return shown

    def shown(self, row: CaseloadRow, col: int) -> str:
        """The text of ``row``'s cell in column ``col`` as the table shows it."""
        if col == _DISPOSAL_COLUMN:
            return self._disposal(row.disposal)
        if col == _MANAGER_COLUMN:
            return row.case_manager or self._unallocated
        if col == _AGE_COLUMN:
            return str(row[_AGE_FIELD])
        if col == _DUE_COLUMN:
            return self._due(row.next_due)
        return str(row[_SHOWN[col]])

    def row_at(self, row: int) -> CaseloadRow:
        return self.rows[row]

    def row_of(self, child_id: str) -> int:
        """The row of ``child_id`` (-1: not here). The caseload page asks at every
        keystroke while a child is selected: a map made once for each order of the rows
        (every change of order goes through :meth:`_sort_rows`), not a scan of 20,000."""
        rows = self.rows
        where = self._where
        if where is None or self._where_of is not rows or len(where) != len(rows):
            where = self._where = {r.child_id: n for n, r in enumerate(rows)}
            self._where_of = rows
        i = where.get(child_id, -1)
        if i >= 0 and rows[i].child_id != child_id:  # a row replaced in place: look again
            self._where = None
            return self.row_of(child_id)
        return i

    def _styled(self) -> None:
        """Brushes and icons for the palette in use (rebuilt when it changes: dark mode)."""
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else QPalette()
        if palette.cacheKey() != self._palette_key:
            self._palette_key = palette.cacheKey()
            self._brushes = {s: QBrush(tone_colour(t, palette)) for s, t in TONES.items()}
            self._icons = {s: status_icon(t, palette) for s, t in TONES.items()
                           } if isinstance(app, QApplication) else {}  # (pixmaps need one)

    def _brush(self, state: DueState) -> QBrush | None:
        self._styled()
        return self._brushes.get(state)

    def _icon(self, state: DueState) -> QIcon | None:
        self._styled()
        return self._icons.get(state)

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return tr(self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.value(index.row(), index.column(), role)

    def value(self, i: int, col: int, role: int) -> Any:
        """:meth:`data` of row ``i`` (the proxy calls this without making an index).

        A repaint asks seven roles of each cell on screen (about 1,100 calls while typing
        into the search box), so the text comes first and the roles are compared as ints:
        no Qt enum is looked up on this path."""
        if role == _DISPLAY:
            if col == _DUE_COLUMN:
                return self._due(self.rows[i].next_due)
            if col == _AGE_COLUMN:
                return str(self.rows[i][_AGE_FIELD])
            if col == _DISPOSAL_COLUMN:
                return self._disposal(self.rows[i].disposal)
            if col == _MANAGER_COLUMN:
                return self.rows[i].case_manager or self._unallocated
            return self.rows[i][_SHOWN[col]]
        if role not in _ANSWERED:  # most roles a view asks for while painting
            return None
        row = self.rows[i]
        if role == SortRole:
            return self._sort_value(row, col)
        if role == RowRole:
            return row
        if role == ChildIdRole:
            return row.child_id
        if col == _DUE_COLUMN and row.next_due is not None:
            state = row.next_due.state
            if role == _FOREGROUND:
                return self._brush(state)
            elif role == _FONT and state == DueState.OVERDUE:
                return self._bold
            elif role == _DECORATION and state != DueState.UPCOMING:
                return self._icon(state)
            elif role == _TOOLTIP:
                return self._due(row.next_due)
        if role == _ALIGNMENT and col == _AGE_COLUMN:
            return _RIGHT
        if role == _TOOLTIP and col == self.NAME:
            return fill(tr(self.BORN), row.name, date_text(row.date_of_birth))
        return None

    def _sort_value(self, row: CaseloadRow, col: int) -> Any:
        if col == self.AGE:
            return row.age
        if col == self.NEXT_DUE:
            state, due = _due_key(row)
            return due.toordinal() + state * 10_000_000
        return self.shown(row, col).lower()  # a text column: what it shows (:meth:`value`)

    # --- sorting: on real values, in one Python sort ---------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self._reorder(lambda: self._sort_rows(column, order))

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._sort = (column, order)
        self._where = None
        key: Callable[[CaseloadRow], Any]
        if column == self.AGE:
            def key(r: CaseloadRow) -> Any:
                return (r.age, name_order(r))
        elif column == self.NEXT_DUE:
            def key(r: CaseloadRow) -> Any:
                return (*_due_key(r), name_order(r))
        elif column == self.NAME:  # the order every load starts in: one cheap key a row
            key = name_order
        else:
            def key(r: CaseloadRow) -> Any:
                return (self._sort_value(r, column), name_order(r))
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        day = self.today()
        if day != self._due_day:  # past midnight: "due today" is "overdue by 1 day" now
            self._due_words, self._due_day = {}, day


_DUE_COLUMN = CaseloadTableModel.NEXT_DUE
_AGE_COLUMN = CaseloadTableModel.AGE
_DISPOSAL_COLUMN = CaseloadTableModel.DISPOSAL
_MANAGER_COLUMN = CaseloadTableModel.CASE_MANAGER
_AGE_FIELD = CaseloadRow._fields.index("age")
#: The row's field each column shows as it is (the age is shown as text, the due item,
#: the disposal and the case manager in words: ``shown``).
_SHOWN = tuple(CaseloadRow._fields.index(field) if field else -1 for field in (
    "name", "case_number", "", "", "", ""))
_COLUMNS = len(CaseloadTableModel.HEADERS)


def _matching(haystacks: Sequence[str], candidates: Iterable[int], query: str) -> list[int]:
    """The positions (of ``candidates``, in order) whose haystacks the query matches.

    Same rule as :func:`~yjdesk.services.caseload.matches` (every word of the query is in
    the row's haystack), with the query split once instead of once per row; a test checks
    the two agree.
    """
    words = query.split()  # folded already (search_text)
    if len(words) == 1:
        word = words[0]
        if isinstance(candidates, range) and candidates == range(len(haystacks)):
            return [i for i, h in enumerate(haystacks) if word in h]
        return [i for i in candidates if word in haystacks[i]]
    return [i for i in candidates if all(w in haystacks[i] for w in words)]


class CaseloadFilterProxy(QAbstractProxyModel):
    """Filters by the search box (every word must match) and sorts via the source model.

    A :class:`QSortFilterProxyModel` asks a Python ``filterAcceptsRow`` once per source row
    on every keystroke (20,000 calls across the Qt boundary). This proxy instead keeps the
    list of visible source rows itself: :meth:`set_query` runs the filter in one Python loop
    (only over the previous hits when the query grows by typing) and resets the proxy, so Qt
    then touches only the rows on screen. Sorting is passed down to the source model; the
    visible rows follow its new order.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        #: Source rows shown, in source order (None: all of them, proxy row = source row).
        self._visible: list[int] | None = None
        self._saved: list[tuple[QModelIndex, str, int]] = []
        self._source: CaseloadTableModel | None = None
        #: The source rows' search text, in source order.
        self._haystacks: list[str] = []
        self._haystacks_of: Sequence[CaseloadRow] | None = None

    # --- wiring to the source model -----------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # type: ignore[override]
        assert isinstance(model, CaseloadTableModel)
        old = self.sourceModel()
        self.beginResetModel()
        if old is not None:
            old.modelAboutToBeReset.disconnect(self._source_about_to_reset)
            old.modelReset.disconnect(self._source_reset)
            old.layoutAboutToBeChanged.disconnect(self._source_layout_about_to_change)
            old.layoutChanged.disconnect(self._source_layout_changed)
            old.dataChanged.disconnect(self._source_data_changed)
            old.rowsInserted.disconnect(self._source_rows_changed)
            old.rowsRemoved.disconnect(self._source_rows_changed)
        super().setSourceModel(model)
        self._source = model
        model.modelAboutToBeReset.connect(self._source_about_to_reset)
        model.modelReset.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(self._source_layout_about_to_change)
        model.layoutChanged.connect(self._source_layout_changed)
        model.dataChanged.connect(self._source_data_changed)
        model.rowsInserted.connect(self._source_rows_changed)
        model.rowsRemoved.connect(self._source_rows_changed)
        self._refilter(model.rows)
        self.endResetModel()

    def _model(self) -> CaseloadTableModel:
        assert self._source is not None
        return self._source

    def _source_about_to_reset(self) -> None:
        self.beginResetModel()

    def _source_reset(self) -> None:
        self._refilter(self._model().rows)
        self.endResetModel()

    def _source_rows_changed(self, *_args: object) -> None:
        # The source model resets rather than inserting or removing; be correct anyway.
        self.beginResetModel()
        self._refilter(self._model().rows)
        self.endResetModel()

    def _source_layout_about_to_change(self, *_args: object) -> None:
        self.layoutAboutToBeChanged.emit()
        rows = self._model().rows
        self._saved = []
        for index in self.persistentIndexList():
            source = self._source_row(index.row())
            if source is not None:
                self._saved.append((index, rows[source].child_id, index.column()))

    def _source_layout_changed(self, *_args: object) -> None:
        rows = self._model().rows
        self._refilter(rows)
        where = {r.child_id: n for n, r in enumerate(rows)}
        old = [p for p, _cid, _col in self._saved]
        new = []
        for _p, child_id, col in self._saved:
            source = where.get(child_id)
            row = self._proxy_row(source) if source is not None else None
            new.append(self.index(row, col) if row is not None else QModelIndex())
        self.changePersistentIndexList(old, new)
        self._saved = []
        self.layoutChanged.emit()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                             roles: list[int] | None = None) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, top_left.column()),
                                  self.index(self.rowCount() - 1, bottom_right.column()),
                                  roles or [])

    # --- the filter ---------------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        query = " ".join(search_text(text).split())
        if query == self._query:
            return
        rows = self._model().rows
        narrowing = bool(self._query) and query.startswith(self._query) \
            and self._visible is not None
        self.beginResetModel()
        self._query = query
        if narrowing and self._visible is not None:
            self._set_visible(_matching(self._haystacks, self._visible, query))
        else:
            # the haystacks change only with the rows (reset, re-sort), not per keystroke
            self._refilter(rows, same_rows=rows is self._haystacks_of
                           and len(rows) == len(self._haystacks))
        self.endResetModel()

    def _refilter(self, rows: Sequence[CaseloadRow], *, same_rows: bool = False) -> None:
        """Recompute the visible rows for the current query (after a reset or a re-sort)."""
        if not same_rows:
            self._haystacks = [r.haystack for r in rows]
            self._haystacks_of = rows
        if not self._query:
            self._visible = None
            return
        self._set_visible(_matching(self._haystacks, range(len(rows)), self._query))

    def _set_visible(self, visible: list[int]) -> None:
        self._visible = visible

    def _source_row(self, proxy_row: int) -> int | None:
        if self._visible is None:
            return proxy_row if 0 <= proxy_row < len(self._model().rows) else None
        return self._visible[proxy_row] if 0 <= proxy_row < len(self._visible) else None

    def _proxy_row(self, source_row: int) -> int | None:
        if self._visible is None:
            return source_row if 0 <= source_row < len(self._model().rows) else None
        # the visible rows are in source order: found by bisection (a keystroke that keeps
        # the selected child asks once; a map of 20,000 rows took longer to make)
        visible = self._visible
        n = bisect_left(visible, source_row)
        return n if n < len(visible) and visible[n] == source_row else None

    # --- QAbstractProxyModel ----------------------------------------------------------------

    # (A view calls these about a hundred times a repaint: the source model is read as the
    # Python attribute it is, not asked through Qt.)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if self._source is None or parent.isValid():
            return 0
        return len(self._source.rows) if self._visible is None else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if self._source is None or parent.isValid():
            return 0
        return _COLUMNS

    def index(self, row: int, column: int,
              parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if (0 <= column < _COLUMNS and 0 <= row < self.rowCount()
                and not parent.isValid()):
            return self.createIndex(row, column)
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def sibling(self, row: int, column: int, idx: Index) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.rowCount() > 0

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if not proxy_index.isValid() or self.sourceModel() is None:
            return QModelIndex()
        source = self._source_row(proxy_index.row())
        if source is None:
            return QModelIndex()
        return self._model().index(source, proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_row(source_index.row())
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        source = self._source
        if source is None or role not in _ANSWERED:
            return None
        row = index.row()  # -1 for an invalid index
        visible = self._visible
        if visible is None:
            if not 0 <= row < len(source.rows):
                return None
        elif 0 <= row < len(visible):
            row = visible[row]
        else:
            return None
        return source.value(row, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.sourceModel() is None:
            return None
        return self._model().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.sourceModel() is not None and column >= 0:
            self._model().sort(column, order)

    def row_at(self, proxy_row: int) -> CaseloadRow:
        source = self._source_row(proxy_row)
        if source is None:
            raise IndexError(proxy_row)
        return self._model().rows[source]
