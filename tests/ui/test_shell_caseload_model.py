"""The caseload table model and its search/sort proxy."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import TODAY, child_input
from tests.ui.conftest import wait_idle
from yjdesk.models import Child
from yjdesk.services import justice
from yjdesk.services.caseload import CaseloadRow, caseload, matches, name_order
from yjdesk.services.children import create_child
from yjdesk.services.due import DueItem, DueState
from yjdesk.ui.caseload_page import CaseloadPage
from yjdesk.ui.design import apply_theme
from yjdesk.ui.design.tokens import Tone, tone_colour
from yjdesk.ui.due_words import due_label, due_text
from yjdesk.ui.table_models.caseload import (
    CaseloadFilterProxy,
    CaseloadTableModel,
    RowRole,
    SortRole,
)


def row(n: int, name: str, age: int, due: DueItem | None = None, pnc: str = "") -> CaseloadRow:
    case = f"YJ-{n:06d}"
    return CaseloadRow(str(n), name, case, dt.date(2026 - age, 1, 1), age, "Referral order",
                       "referral_order", "Pat Practitioner", None, due,
                       f"{name} {case} {pnc}".lower().strip())


ROWS = [
    row(1, "Amelia Brown", 9, DueItem(DueState.UPCOMING, dt.date(2026, 12, 30), "Order ends")),
    row(2, "Callum Walker", 15, DueItem(DueState.OVERDUE, dt.date(2026, 11, 10), "Order ends")),
    row(3, "Zara Khan", 12, None, "2010/0123456X"),
    row(4, "Ava Walker", 17, DueItem(DueState.DUE_SOON, dt.date(2026, 11, 22), "Order ends")),
]


@pytest.fixture
def models(qtmodeltester, qapp):  # (a palette and pixmaps need the application)
    model = CaseloadTableModel(lambda: TODAY)
    model.set_rows(ROWS)
    proxy = CaseloadFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def test_models_pass_qtmodeltester(qtmodeltester, models) -> None:
    model, proxy = models
    qtmodeltester.check(model, force_py=True)
    proxy.set_query("walker")
    qtmodeltester.check(proxy, force_py=True)


def test_a_due_item_in_words_reads_as_it_always_has(qtbot) -> None:
    """The view words the service's parts of a due item; in English exactly as the service
    wrote them before ("Order ends - overdue by 10 days", "Not seen since 07 Jul")."""
    today = dt.date(2026, 11, 20)

    def item(due: dt.date, label: str = "Order ends", since: dt.date | None = None) -> DueItem:
        return DueItem(DueState.OVERDUE, due, label, "", since)

    assert due_text(item(dt.date(2026, 11, 10)), today) == "Order ends - overdue by 10 days"
    assert due_text(item(dt.date(2026, 11, 19)), today) == "Order ends - overdue by 1 day"
    assert due_text(item(today), today) == "Order ends - due today"
    assert due_text(item(dt.date(2026, 12, 7)), today) == "Order ends - due 07 Dec 2026"
    for day in (dt.date(2026, 1, 1) + dt.timedelta(days=n) for n in range(0, 365, 17)):
        assert due_text(item(day), dt.date(2025, 12, 1)) == f"Order ends - due {day:%d %b %Y}"
    seen = dt.date(2026, 7, 7)
    assert due_label(item(today, "Not seen since %1", seen)) == "Not seen since 07 Jul"
    assert due_label(item(today, "Not seen yet")) == "Not seen yet"
    assert due_text(item(dt.date(2026, 11, 1), "Not seen since %1", seen), today) == \
        "Not seen since 07 Jul - overdue by 19 days"


def test_display_and_roles(models) -> None:
    model, _proxy = models
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Name", "Case number", "Age", "Disposal", "Case manager", "Next due"]
    r = model.row_of("2")
    assert model.index(r, 5).data() == "Order ends - overdue by 10 days"
    overdue = model.index(r, 5).data(Qt.ItemDataRole.ForegroundRole).color()
    assert overdue == tone_colour(Tone.OVERDUE, QApplication.palette())
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet = app.palette(), app.styleSheet()
    try:  # in dark mode the overdue colour is the dark palette's (readable on dark rows)
        apply_theme(app, "dark")
        dark = model.index(r, 5).data(Qt.ItemDataRole.ForegroundRole).color()
        assert dark == tone_colour(Tone.OVERDUE, app.palette()) and dark != overdue
    finally:
        app.setPalette(palette)
        app.setStyleSheet(sheet)
    assert model.index(r, 0).data(RowRole).child_id == "2"
    assert model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "Callum Walker, born 01/01/2011")
    assert model.index(r, 2).data(SortRole) == 15


def test_sorting_uses_real_values(models) -> None:
    _model, proxy = models
    proxy.sort(CaseloadTableModel.AGE, Qt.SortOrder.AscendingOrder)
    assert [proxy.row_at(i).age for i in range(4)] == [9, 12, 15, 17]  # not "12" < "9"
    proxy.sort(CaseloadTableModel.NEXT_DUE, Qt.SortOrder.AscendingOrder)
    assert [proxy.row_at(i).child_id for i in range(4)] == ["2", "4", "1", "3"]
    proxy.sort(CaseloadTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert proxy.row_at(0).name == "Zara Khan"


def test_a_held_index_follows_its_child_when_the_rows_change_order(models) -> None:
    """The selection and current row are persistent indexes: re-sorting, or the due column
    filled in (which re-sorts a table ordered by it), moves each with its child."""
    from PySide6.QtCore import QPersistentModelIndex

    model, _proxy = models
    held = {cid: QPersistentModelIndex(model.index(model.row_of(cid), 1))
            for cid in ("1", "2", "3", "4")}
    model.sort(CaseloadTableModel.AGE, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(i).age for i in range(4)] == [17, 15, 12, 9]
    assert {cid: (i.row(), i.column()) for cid, i in held.items()} == {
        cid: (model.row_of(cid), 1) for cid in held}
    model.sort(CaseloadTableModel.NEXT_DUE, Qt.SortOrder.AscendingOrder)
    model.set_due({"3": DueItem(DueState.OVERDUE, dt.date(2026, 10, 1), "Review")})
    assert model.row_at(0).child_id == "3"
    assert {cid: model.row_at(i.row()).child_id for cid, i in held.items()} == {
        cid: cid for cid in held}


def test_rows_that_come_in_name_order_are_shown_in_the_tables_order(models) -> None:
    """Rows already in the caseload's order (as its query returns them) are not sorted again
    while the table is by name; in any other order of the table they are."""
    model, proxy = models
    ordered = sorted(ROWS, key=name_order)
    model.set_rows(list(reversed(ordered)))
    model.set_rows(ordered, in_name_order=True)
    assert [model.row_at(i).name for i in range(4)] == [
        "Amelia Brown", "Ava Walker", "Callum Walker", "Zara Khan"]
    assert model.row_of("2") == 2 and model.row_at(model.row_of("3")).child_id == "3"
    assert model.index(model.row_of("2"), 5).data() == "Order ends - overdue by 10 days"
    proxy.sort(CaseloadTableModel.AGE, Qt.SortOrder.AscendingOrder)
    model.set_rows(ordered, in_name_order=True)  # the table is by age: they are sorted
    assert [proxy.row_at(i).age for i in range(4)] == [9, 12, 15, 17]
    proxy.sort(CaseloadTableModel.NAME, Qt.SortOrder.DescendingOrder)
    model.set_rows(ordered, in_name_order=True)  # by name, descending: sorted too
    assert proxy.row_at(0).name == "Zara Khan"


def test_search_matches_the_service_rule_while_typing(models) -> None:
    model, proxy = models
    for query in ("w", "wa", "walk", "walker", "walker ava", "yj-00000", "2010/01", "zz", ""):
        proxy.set_query(query)
        expected = {r.child_id for r in ROWS if matches(r, query)}
        got = {proxy.row_at(i).child_id for i in range(proxy.rowCount())}
        assert got == expected, query
    proxy.set_query("walker")
    proxy.sort(CaseloadTableModel.AGE, Qt.SortOrder.DescendingOrder)  # re-sorted, same hits
    assert [proxy.row_at(i).name for i in range(proxy.rowCount())] == ["Ava Walker",
                                                                       "Callum Walker"]
    model.set_rows([*ROWS, row(5, "Leo Walker", 11)])  # a reload keeps the search
    assert proxy.rowCount() == 3


def test_page_loads_on_the_worker_and_counts(qtbot, ctx, uow) -> None:
    with uow() as u:
        for given, family in (("Aisha", "Begum"), ("Tom", "Begum"), ("Ivy", "Stone")):
            create_child(u.session, child_input(given_name=given, family_name=family,
                                                preferred_name=None), TODAY)
        other = create_child(u.session, child_input(given_name="Ned", family_name="Field",
                                                    preferred_name=None), TODAY)
        justice.add_disposal(u.session, other.id, justice.DisposalInput(
            "referral_order", TODAY - dt.timedelta(days=300), TODAY - dt.timedelta(days=300),
            TODAY - dt.timedelta(days=2)))
    page = CaseloadPage(ctx)
    qtbot.addWidget(page)
    page.reload()
    wait_idle(qtbot, ctx)
    assert page.count.text() == "4 children"
    assert not page.scope.isVisibleTo(page)  # practitioners have no team toggle
    qtbot.keyClicks(page.search, "begum")
    assert page.count.text() == "2 of 4 children"
    page.search.clear()
    with uow() as u:
        rows = caseload(u.session, ctx.actor, TODAY)
    ned = next(r for r in rows if r.name == "Ned Field")
    assert ned.next_due is not None
    i = page.model.row_of(ned.child_id)
    assert page.model.index(i, 3).data() == "Referral order"
    assert page.model.index(i, 4).data() == "Pat Practitioner"
    assert page.model.index(i, 5).data() == due_text(ned.next_due, TODAY)
    assert "overdue" in page.model.index(i, 5).data()
    ivy = next(r for r in rows if r.name == "Ivy Stone")
    assert page.model.index(page.model.row_of(ivy.child_id), 3).data() == "No current disposal"
    with uow() as u:  # her case closed: nobody is her case manager
        u.session.info["sync_apply"] = True  # (a manager's change, pulled)
        u.session.get(Child, ivy.child_id).case_manager_id = None
    page.reload()
    wait_idle(qtbot, ctx)
    assert page.model.index(page.model.row_of(ivy.child_id), 4).data() == "Unallocated"


def test_managers_switch_between_mine_and_the_whole_team(qtbot, store, uow, child_id) -> None:
    from tests.ui.conftest import make_ctx
    from yjdesk.models.org import Role
    from yjdesk.services import profile

    with store.session() as s, s.begin():
        manager = profile.create_owner(s, profile.FirstRun(
            username="robin", display_name="Robin Manager", role=Role.TEAM_MANAGER,
            team_name="North Team", team_code="NORTH"))
    ctx = make_ctx(store, manager)
    failures: list[BaseException] = []
    ctx.tasks.default_failure = failures.append
    try:
        page = CaseloadPage(ctx)
        qtbot.addWidget(page)
        page.reload()
        wait_idle(qtbot, ctx)
        assert page.scope.isVisibleTo(page)
        assert page.count.text() == "1 child"  # the practitioner's child, team view
        page.scope.setCurrentIndex(page.scope.findData(True))  # "Mine only"
        wait_idle(qtbot, ctx)
        assert page.count.text() == "0 children"
    finally:
        ctx.tasks.shutdown()
    assert not failures


def test_typing_shows_exactly_what_the_plain_filter_finds(qtbot, ctx, uow) -> None:
    """The page's search (the proxy narrowing its previous hits as the query grows, the
    model's trimmed data path) shows exactly the rows :func:`matches` accepts, in the
    table's order, at every keystroke: typed, deleted and retyped, across a re-sort, on
    names with accents, apostrophes, hyphens, other scripts and a dotted capital I (whose
    lower case is two characters)."""
    names = [("Zo\u00eb", "O'Brien", "2019/0000001A"), ("Zoe", "Obrien", None),
             ("Si\u00e2n", "Lloyd-Jones", None), ("Ffion", "ap Rhys", "2020/0000002B"),
             ("\u5c0f\u9f8d", "\u674e", None), ("\u00c5sa", "\u00d8deg\u00e5rd", None),
             ("\u0130lkay", "G\u00fcne\u015f", None), ("Jean-Luc", "D'Arcy", None),
             ("Ma\u00eblle", "Le Gall", None), ("Lloyd", "Jones", None)]
    with uow() as u:
        for given, family, pnc in names:
            create_child(u.session, child_input(given_name=given, family_name=family,
                                                preferred_name=None, pnc_number=pnc), TODAY)
    page = CaseloadPage(ctx)
    qtbot.addWidget(page)
    page.reload()
    wait_idle(qtbot, ctx)
    assert page.model.rowCount() == len(names)

    chosen: list[str] = []  # the child selected before typing (kept while it matches)

    def check() -> None:
        text = page.search.text()
        shown = [page.proxy.row_at(i).child_id for i in range(page.proxy.rowCount())]
        assert shown == [r.child_id for r in page.model.rows if matches(r, text)], text
        if chosen and chosen[0] in shown:
            assert page.selected_child_id() == chosen[0], text
            assert page.table.currentIndex().row() == shown.index(chosen[0]), text

    def type_(text: str) -> None:
        for ch in text:
            page.search.setText(page.search.text() + ch)  # textChanged, as a keystroke
            check()

    def delete(n: int) -> None:
        for _ in range(n):
            page.search.backspace()
            check()

    type_("zo\u00eb o'b")
    delete(5)
    type_(" obr")
    delete(20)
    sian = next(r.child_id for r in page.model.rows if r.name == "Si\u00e2n Lloyd-Jones")
    page.select_child(sian)
    chosen.append(sian)
    type_("lloyd-j")
    page.proxy.sort(CaseloadTableModel.AGE, Qt.SortOrder.DescendingOrder)  # a new order
    check()
    delete(2)
    type_(" jones")
    page.proxy.sort(CaseloadTableModel.NAME, Qt.SortOrder.AscendingOrder)
    check()
    delete(12)
    assert page.selected_child_id() == sian
    chosen.clear()
    page.search.clear()
    type_("\u5c0f\u9f8d \u674e")
    page.search.clear()
    type_("\u0130lk")
    page.search.clear()
    type_("\u00f8de")
    page.search.clear()
    type_("d'a")
    page.proxy.sort(CaseloadTableModel.AGE, Qt.SortOrder.DescendingOrder)
    check()
    delete(2)
    type_("ma\u00ebl  le")  # two spaces: the words are the same
    page.search.clear()
    type_("2019/00")
    page.search.clear()
    type_("ZOE")
    assert page.proxy.rowCount() == 2  # case and accents folded: Zoe and Zo\u00eb
    page.search.clear()
    type_("sian llo")  # typed without the circumflex
    assert [page.proxy.row_at(0).name] == ["Si\u00e2n Lloyd-Jones"]
    page.search.clear()
    type_("gunes")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    type_("jones")
    assert page.proxy.rowCount() == 2
