"""One table model for every list of plain rows (after Vorta's ``archive_table_model``).

A screen declares its columns once::

    COLUMNS = (Column("Date", lambda r: date_text(r.day), sort=lambda r: r.day),
               Column("Child", lambda r: r.child_name, stretch=True),
               Column("Status", lambda r: r.status_words, tone=lambda r: r.tone))
    model = RowsTableModel(COLUMNS, key=lambda r: r.id)
    model.set_rows(rows)

Rows are plain data (dataclasses, named tuples) made on the database worker, never ORM
objects. A column with ``tone`` shows the status icon and colour beside its words.

A model words every cell when its rows are set; a ``lazy`` one words a cell when Qt first
asks for it (shown, its tooltip, sorted by) and keeps it: for a long list whose words
cost (the YJB return's 50,000 problems, each translated and filled in), which the UI
thread would otherwise word all at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from yjdesk.ui.design.icons import status_icon
from yjdesk.ui.design.tokens import Tone, tone_colour
from yjdesk.ui.i18n import tr

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

#: The row's key (``key(row)``), on every cell.
KeyRole = Qt.ItemDataRole.UserRole + 1
#: The value a column sorts by.
SortRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]
    #: The status tone of the cell (icon + colour beside the words), if any.
    tone: Callable[[T], Tone | None] | None = None
    #: What the column sorts by (default: its text).
    sort: Callable[[T], Any] | None = None
    #: This column takes the spare width (long text); others fit their contents.
    stretch: bool = False
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    #: Extra words for the tooltip (default: the cell's text).
    tip: Callable[[T], str] | None = None
    #: The (translated) heading on two lines, so that a long one keeps its column narrow.
    two_lines: bool = False


def two_lines(title: str) -> str:
    """``title`` on two lines of about the same length (one word stays one line)."""
    words = title.split()
    if len(words) < 2:
        return title
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i]))
                                                       - len(" ".join(words[i:]))))
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])


#: A row already in words with its key: ``(key, cells)``.
KeyedCells = tuple[Any, Sequence[str]]


def _cell(i: int) -> Callable[[KeyedCells], str]:
    return lambda row: row[1][i]


def cell_columns(titles: Sequence[str], stretch: Sequence[int] = ()
                 ) -> tuple[Column[KeyedCells], ...]:
    """Columns over rows made in words on the database worker, ``(key, cells)`` (key them
    with ``key=lambda r: r[0]``); ``titles`` marked with ``QT_TR_NOOP``."""
    return tuple(Column(title, _cell(i), stretch=i in stretch)
                 for i, title in enumerate(titles))


class RowsTableModel(QAbstractTableModel, Generic[T]):
    """Read-only rows with declared columns; ``row_at(i)``, ``row_of(key)``. ``lazy``: each
    cell is worded when first asked for, not every cell when the rows are set."""

    def __init__(self, columns: Sequence[Column[T]], key: Callable[[T], Any] | None = None,
                 parent: QObject | None = None, *, lazy: bool = False) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.key = key or (lambda row: row)
        self.lazy = lazy
        self.rows: list[T] = []
        self._text: list[list[str]] = []
        #: A lazy model's cells worded so far, by (row, column).
        self._worded: dict[tuple[int, int], str] = {}

    # --- data -------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._worded = {}
        self._text = [] if self.lazy else [[c.text(r) for c in self.columns]
                                           for r in self.rows]
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self.rows[row]

    def row_of(self, key: Any) -> int:
        return next((i for i, r in enumerate(self.rows) if self.key(r) == key), -1)

    def text_at(self, row: int, column: int) -> str:
        if not self.lazy:
            return self._text[row][column]
        text = self._worded.get((row, column))
        if text is None:
            text = self._worded[row, column] = self.columns[column].text(self.rows[row])
        return text

    def sort_value(self, row: int, column: int) -> Any:
        """What ``column`` sorts ``row`` by: its ``sort`` value (a date, a tuple ...) or its
        words. :class:`RowsSortProxy` compares these as Python values: Qt cannot compare a
        Python date or tuple handed to it through a role, and would leave the rows unsorted."""
        col = self.columns[column]
        return col.sort(self.rows[row]) if col.sort else self.text_at(row, column)

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(self.columns) and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = self.columns[section]
            heading = tr(column.title)
            return two_lines(heading) if column.two_lines else heading
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows) or \
                index.column() >= len(self.columns):
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text_at(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tip(row) if col.tip else self.text_at(index.row(), index.column()) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return col.align
        if role == KeyRole:
            return self.key(row)
        if role == SortRole:
            return col.sort(row) if col.sort else self.text_at(index.row(), index.column())
        if col.tone is not None and role in (Qt.ItemDataRole.DecorationRole,
                                              Qt.ItemDataRole.ForegroundRole):
            tone = col.tone(row)
            if tone is None:
                return None
            if role == Qt.ItemDataRole.DecorationRole:
                return status_icon(tone)
            app = QApplication.instance()
            palette = app.palette() if isinstance(app, QApplication) else QPalette()
            return QBrush(tone_colour(tone, palette))
        return None


class RowsSortProxy(QSortFilterProxyModel):
    """Sorts a :class:`RowsTableModel` by each column's Python sort value (None first)."""

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RowsTableModel):
            return super().lessThan(left, right)
        a = model.sort_value(left.row(), left.column())
        b = model.sort_value(right.row(), right.column())
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:  # values of different kinds: by their words
            return str(a) < str(b)
