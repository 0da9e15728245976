"""Issue 12 defects on the court screens, as a court officer meets them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.ui.conftest import wait_idle
from yjdesk.services.court import hearings as hs
from yjdesk.services.court import psr as ps
from yjdesk.services.justice import OffenceInput, add_offence
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.court.child_tab import ChildCourtTab
from yjdesk.ui.court.court_list import CourtListPage
from yjdesk.ui.error_dialog import ErrorDialog


def listed_report(uow: UnitOfWork, child_id: str, day: dt.date) -> tuple[str, str]:
    """A hearing on ``day`` with a PSR requested for it: (hearing id, report id)."""
    with uow as u:
        offence = add_offence(u.session, child_id, OffenceInput(
            dt.date(2026, 9, 1), "robbery", description="Phone taken"), TODAY).id
        hearing = hs.create_hearing(u.session, child_id, hs.HearingInput(
            "blackpool_youth", day, "adjourned_for_report", "10:00",
            offence_ids=[offence]), TODAY).id
        report = ps.request_report(u.session, hearing, requested_on=TODAY).id
    return hearing, report


def test_open_report_button_opens_the_selected_report(qtbot: QtBot, ctx: AppContext,
                                                      child_id: str, uow) -> None:
    _hearing, report = listed_report(uow(), child_id, TODAY + dt.timedelta(days=7))
    tab = ChildCourtTab(ctx, child_id)
    qtbot.addWidget(tab)
    tab.show()
    wait_idle(qtbot, ctx)
    assert tab.reports.row_count() == 1
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    editor = tab.editor
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.psr_id == report
    assert editor.state is not None and editor.state.psr_id == report
    assert not [w for w in editor.findChildren(ErrorDialog) if w.isVisible()]


def test_on_a_friday_the_court_list_shows_mondays_hearings(qtbot: QtBot, ctx: AppContext,
                                                          child_id: str, uow) -> None:
    assert TODAY.weekday() == 4  # the tests' fixed day is a Friday
    monday = TODAY + dt.timedelta(days=3)
    listed_report(uow(), child_id, monday)
    page = CourtListPage(ctx)
    qtbot.addWidget(page)
    page.mine.setChecked(False)
    wait_idle(qtbot, ctx)
    assert page.table.row_count() == 1
    assert page.table.text(0, 0).startswith("Mon 23/11/2026")
    assert "1 hearing," in page.header.summary.text()
    page.set_range("today")
    wait_idle(qtbot, ctx)
    assert page.table.row_count() == 0
    assert page.empty.isVisibleTo(page)
    page.set_range("next_week")
    wait_idle(qtbot, ctx)
    assert page.table.row_count() == 1


def test_the_court_list_says_its_codes_in_the_person_s_language(
        qtbot: QtBot, ctx: AppContext, child_id: str, uow) -> None:
    """The hearing's type, the report's kind and status (code lists' labels) and an
    outcome are shown through the translation, each once; in English as before."""
    from tests.ui.test_translatable import _pseudo_locale
    from yjdesk.ui.tour import MARK_CLOSE, MARK_OPEN, listed_sources

    hearing, _report = listed_report(uow(), child_id, TODAY + dt.timedelta(days=3))
    with uow() as u:
        hs.get_hearing(u.session, hearing).outcome = "adjourned"

    def cells() -> list[str]:
        page = CourtListPage(ctx)
        qtbot.addWidget(page)
        page.mine.setChecked(False)
        wait_idle(qtbot, ctx)
        assert page.table.row_count() == 1
        return [page.table.text(0, c) for c in (4, 5, 6)]

    assert cells() == ["Adjourned for report", "Pre-sentence report: Requested",
                       "Adjourned"]

    def said(text: str) -> str:
        return f"{MARK_OPEN}{text}{MARK_CLOSE}"

    with _pseudo_locale() as pseudo:
        shown = cells()
    assert shown == [said("Adjourned for report"), said(
        f"{said('Pre-sentence report')}: {said('Requested')}"), said("Adjourned")]
    asked = {"Adjourned for report", "%1: %2", "Pre-sentence report", "Requested",
             "Adjourned"}
    assert asked <= pseudo.sources
    assert sorted(asked - listed_sources()) == []
