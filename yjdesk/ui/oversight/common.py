"""Small shared pieces of the oversight screens: tables, a period picker, the children list
behind a figure (double-click or Enter opens the child)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from yjdesk.ui.context import AppContext
from yjdesk.ui.i18n import QT_TR_NOOP, counted, fill, tr
from yjdesk.ui.table_models.rows import Column, KeyRole
from yjdesk.ui.widgets.forms import DateField
from yjdesk.ui.widgets.tables import RowsView


class PeriodPicker(QWidget):
    """From / to dates, defaulting to the last complete financial year (April-March), or
    with ``to_date`` to this financial year so far (work still being done)."""

    def __init__(self, today: dt.date, parent: QWidget | None = None, *,
                 to_date: bool = False) -> None:
        super().__init__(parent)
        first = today.year - 1 if today.month >= 4 else today.year - 2
        if to_date:
            first += 1
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.start = DateField(tr("Period start"))
        self.start.setObjectName("periodStart")
        self.start.set_date(dt.date(first, 4, 1))
        self.end = DateField(tr("Period end"))
        self.end.setObjectName("periodEnd")
        self.end.setAccessibleName(tr("Period end"))
        self.start.setAccessibleName(tr("Period start"))
        self.end.set_date(today if to_date else dt.date(first + 1, 3, 31))
        lay.addWidget(QLabel(tr("&From")))
        lay.itemAt(0).widget().setBuddy(self.start)  # type: ignore[union-attr]
        lay.addWidget(self.start)
        lay.addWidget(QLabel(tr("to")))
        lay.addWidget(self.end)

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        return self.start.date(), self.end.date()

    def error(self) -> str | None:
        return self.start.error() or self.end.error()


ChildLineRow = tuple[str, str, str, str, str]  # child id, name, case no., manager, why

CHILD_COLUMNS: tuple[Column[ChildLineRow], ...] = (
    Column(QT_TR_NOOP("Child"), lambda r: r[1]),
    Column(QT_TR_NOOP("Case no."), lambda r: r[2]),
    Column(QT_TR_NOOP("Case manager"), lambda r: r[3]),
    Column(QT_TR_NOOP("Why"), lambda r: r[4], stretch=True),
)


class ChildList(QWidget):
    """The children behind a figure. Double-click or Enter opens the child's record, on
    the tab the figure is about."""

    opened = Signal(str)

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tab = ""
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(tr("Choose a figure to see the children behind it."))
        self.title.setObjectName(f"{name}Title")
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.table = RowsView(CHILD_COLUMNS, name, tr("Children behind the figure"),
                              key=lambda r: r[0])
        self.table.opened.connect(lambda key: self._open(str(key)))
        lay.addWidget(self.table, 1)

    def show_children(self, title: str, rows: Sequence[ChildLineRow], tab: str = "") -> None:
        """``title`` (translated by the caller: it may hold a name); ``rows``: (child_id,
        name, case number, case manager, reason), in words."""
        self.tab = tab
        self.title.setText(fill(counted(len(rows), tr("%1: %n child"), tr("%1: %n children")),
                                title))
        self.table.set_rows(list(rows))

    def open_row(self, row: int) -> None:
        key = self.table.proxy.index(row, 0).data(KeyRole)
        if key:
            self._open(str(key))

    def _open(self, child_id: str) -> None:
        self.opened.emit(child_id)
        self.ctx.events.open_child.emit(child_id, self.tab)
