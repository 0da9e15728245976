"""Issue 12 defects in the window around the pages: locking, the home page, settings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD, TODAY
from tests.ui.conftest import make_ctx, wait_idle
from tests.ui.test_issue12_court import listed_report
from tests.ui.test_shell import make_window
from tests.unit.test_assessment_helpers import add_disposal, make_user
from yjdesk.models.org import Role
from yjdesk.sync.state import Account, write_account
from yjdesk.ui.context import AppContext
from yjdesk.ui.main_window import MainWindow
from yjdesk.ui.settings_dialog import open_settings
from yjdesk.ui.table_models.caseload import CaseloadTableModel


def _lock_and_unlock(qtbot: QtBot, ctx: AppContext, window: MainWindow) -> None:
    window.lock()
    assert window.locked
    window.lock_screen.password.setText(PASSWORD)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=20_000)
    wait_idle(qtbot, ctx)


@pytest.mark.parametrize("page", ["my_week", "sync"])
def test_unlock_returns_to_the_page_that_was_locked(qtbot: QtBot, ctx: AppContext,
                                                    page: str) -> None:
    window = make_window(qtbot, ctx, idle_ms=600_000)
    window.open_page(page)
    wait_idle(qtbot, ctx)
    assert window.current_page_key == page
    _lock_and_unlock(qtbot, ctx, window)
    assert window.current_page_key == page
    assert window.nav.currentRow() == window.page_keys.index(page)
    window.close()
    wait_idle(qtbot, ctx)


def test_unlock_returns_to_the_record_and_tab_that_were_locked(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    window = make_window(qtbot, ctx, idle_ms=600_000)
    view = window.open_child(child_id, "casework_plan")
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None)
    wait_idle(qtbot, ctx)
    assert view.current_tab_key() == "casework_plan"
    _lock_and_unlock(qtbot, ctx, window)
    again = window.child_view
    assert again is not None and again.child_id == child_id
    qtbot.waitUntil(lambda: again.record is not None)
    wait_idle(qtbot, ctx)
    assert window.current_page_key == "child"
    assert again.current_tab_key() == "casework_plan"
    window.close()
    wait_idle(qtbot, ctx)


def test_unlock_returns_to_the_page_even_after_a_record_was_opened(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    window = make_window(qtbot, ctx, idle_ms=600_000)
    view = window.open_child(child_id, "family")
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None)
    window.open_page("my_week")  # the record stays open behind the page
    wait_idle(qtbot, ctx)
    assert window.current_page_key == "my_week"
    _lock_and_unlock(qtbot, ctx, window)
    assert window.current_page_key == "my_week"
    window.close()
    wait_idle(qtbot, ctx)


def test_a_court_officers_home_page_is_their_court_work(qtbot: QtBot, store, uow, actor,
                                                       child_id: str) -> None:
    with uow() as u:
        add_disposal(u.session, child_id)  # the practitioner has assessments etc. due
        officer = make_user(u.session, actor.team_id, Role.COURT_OFFICER, "colin", "Colin")
    listed_report(uow(officer), child_id, TODAY + dt.timedelta(days=4))
    octx = make_ctx(store, officer)
    try:
        window = make_window(qtbot, octx, idle_ms=600_000)
        assert window.nav.item(0).text() == "Court work"
        assert window.caseload.header.title.text() == "Court work"
        qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 1)
        page = window.caseload
        qtbot.waitUntil(lambda: page.model.rows[0].next_due is not None)
        due = page.model.rows[0].next_due
        assert due is not None and due.kind.startswith("psr"), due
        # worked by deadline: the list is sorted by what falls due first
        header = page.table.horizontalHeader()
        assert header.sortIndicatorSection() == CaseloadTableModel.NEXT_DUE
        window.close()
        wait_idle(qtbot, octx)
    finally:
        octx.tasks.shutdown()
    # the practitioner's own home page stays their caseload, with their items
    pctx = make_ctx(store, actor)
    try:
        window = make_window(qtbot, pctx, idle_ms=600_000)
        assert window.nav.item(0).text() == "My caseload"
        window.close()
        wait_idle(qtbot, pctx)
    finally:
        pctx.tasks.shutdown()


def test_settings_show_the_server_in_use_and_real_plurals(qtbot: QtBot, ctx: AppContext) -> None:
    write_account(ctx.store.paths, Account("https://sync.blackpool.gov.uk", "pat", "dev-1"))
    window = make_window(qtbot, ctx, idle_ms=600_000)
    dialog = open_settings(window)
    assert dialog is not None
    assert "example" not in dialog.server_url.placeholderText()
    assert "https://sync.blackpool.gov.uk" in dialog.in_use.text()
    assert dialog.in_use.isVisibleTo(dialog)
    dialog.idle_minutes.setValue(1)
    assert dialog.idle_minutes.text() == "1 minute"
    dialog.idle_minutes.setValue(5)
    assert dialog.idle_minutes.text() == "5 minutes"
    dialog.reject()
    window.close()
    wait_idle(qtbot, ctx)
