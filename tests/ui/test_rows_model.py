"""The one table model every list uses (``RowsTableModel``) and its view (``RowsView``):
checked by Qt's own model tester, as the caseload's model is, and read back as a person
would use the list (sorting, the selection kept across a reload, Enter opens a row)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QIcon
from pytestqt.qtbot import QtBot

from yjdesk.ui.design.tokens import Tone
from yjdesk.ui.table_models.rows import Column, KeyRole, RowsSortProxy, RowsTableModel, SortRole
from yjdesk.ui.widgets.tables import RowsView


@dataclass(frozen=True)
class Meeting:
    id: str
    day: dt.date
    child: str
    late: bool


ROWS = [Meeting("m1", dt.date(2026, 11, 20), "Nora Northam", False),
        Meeting("m2", dt.date(2026, 10, 2), "Sid Southey", True),
        Meeting("m3", dt.date(2026, 12, 1), "Ada Avery", False)]

COLUMNS: tuple[Column[Meeting], ...] = (
    Column("Date", lambda m: m.day.strftime("%d %b %Y"), sort=lambda m: m.day),
    Column("Child", lambda m: m.child, stretch=True),
    Column("Status", lambda m: "Late" if m.late else "On time",
           tone=lambda m: Tone.OVERDUE if m.late else None,
           tip=lambda m: f"Meeting {m.id}"))


def test_the_rows_model_passes_qts_model_tester(qtmodeltester, qapp) -> None:
    model = RowsTableModel(COLUMNS, key=lambda m: m.id)
    model.set_rows(ROWS)
    qtmodeltester.check(model, force_py=True)
    source = RowsTableModel(COLUMNS, key=lambda m: m.id)
    proxy = RowsSortProxy()
    proxy.setSourceModel(source)
    qtmodeltester.check(proxy, force_py=True)  # empty, then filled, sorted and shrunk
    source.set_rows(ROWS)
    proxy.sort(0)
    assert [proxy.index(r, 1).data() for r in range(3)] == [
        "Sid Southey", "Nora Northam", "Ada Avery"]  # by date, not by the words
    source.set_rows(ROWS[:1])
    assert proxy.rowCount() == 1


def test_roles_give_the_words_key_sort_value_and_status(qapp) -> None:
    model = RowsTableModel(COLUMNS, key=lambda m: m.id)
    model.set_rows(ROWS)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Child"
    late = model.index(1, 2)
    assert late.data() == "Late"
    assert late.data(KeyRole) == "m2"
    assert late.data(Qt.ItemDataRole.ToolTipRole) == "Meeting m2"
    assert isinstance(late.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert isinstance(late.data(Qt.ItemDataRole.ForegroundRole), QBrush)
    on_time = model.index(0, 2)
    assert on_time.data(Qt.ItemDataRole.DecorationRole) is None  # no tone, no icon
    assert model.index(0, 0).data(SortRole) == dt.date(2026, 11, 20)  # the date, not words
    assert model.index(0, 1).data(SortRole) == "Nora Northam"
    assert model.row_of("m3") == 2 and model.row_of("gone") == -1
    assert model.row_at(2) is ROWS[2]


def test_the_view_sorts_keeps_the_selection_and_opens_on_enter(qtbot: QtBot) -> None:
    view = RowsView(COLUMNS, "meetings", "Meetings", key=lambda m: m.id)
    qtbot.addWidget(view)
    view.set_rows(ROWS)
    assert [view.text(r, 1) for r in range(view.row_count())] == [
        "Nora Northam", "Sid Southey", "Ada Avery"]  # the order the rows came in
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by date, not by the words
    assert [view.text(r, 1) for r in range(view.row_count())] == [
        "Sid Southey", "Nora Northam", "Ada Avery"]
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [view.text(r, 1) for r in range(view.row_count())] == [
        "Ada Avery", "Nora Northam", "Sid Southey"]
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert view.select_key("m1")
    view.set_rows([ROWS[2], ROWS[0]])  # a reload: Sid's row went
    assert view.current_key() == "m1" and view.current_row() is ROWS[0]
    assert view.row_count() == 2
    view.show()
    view.setFocus()
    with qtbot.waitSignal(view.opened) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == ["m1"]


def test_a_lazy_model_words_a_cell_only_when_asked_and_once(qtmodeltester, qapp) -> None:
    """A long list's costly words (the YJB return's problems) are worded when Qt asks for
    a cell (shown, its tooltip, sorted by), not for every row when the rows are set; a
    cell is worded once."""
    asked: list[str] = []

    def child(m: Meeting) -> str:
        asked.append(m.id)
        return m.child

    columns = (COLUMNS[0], Column("Child", child, stretch=True), COLUMNS[2])
    model = RowsTableModel(columns, key=lambda m: m.id, lazy=True)
    model.set_rows(ROWS)
    assert asked == []
    assert model.index(1, 1).data() == "Sid Southey" and asked == ["m2"]
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "Sid Southey"
    assert model.text_at(1, 1) == "Sid Southey" and asked == ["m2"]     # kept
    assert model.index(0, 2).data() == "On time" and asked == ["m2"]
    proxy = RowsSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(1)
    assert [proxy.index(r, 1).data() for r in range(3)] == [
        "Ada Avery", "Nora Northam", "Sid Southey"]
    assert sorted(asked) == ["m1", "m2", "m3"]
    model.set_rows(ROWS[:1])                                            # new rows: anew
    assert model.index(0, 1).data() == "Nora Northam" and asked.count("m1") == 2
    qtmodeltester.check(model, force_py=True)
