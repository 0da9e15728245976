"""The court report editor keeps what the author typed: closing it (Esc, the close box, sign
out) saves the draft, and text typed while a save runs is not replaced by the reload."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.ui.conftest import make_ctx, wait_idle
from tests.ui.test_court_ui import _user
from tests.ui.test_shell import make_window
from yjdesk.models.org import Role
from yjdesk.services.court import psr as ps
from yjdesk.services.court.hearings import HearingInput, create_hearing
from yjdesk.services.justice import OffenceInput, add_offence
from yjdesk.ui.context import AppContext
from yjdesk.ui.court.child_tab import ChildCourtTab
from yjdesk.ui.court.report_editor import ReportEditor
from yjdesk.ui.widgets.lifetime import alive

TEXT = "Jay lives with his nan since the fire and sleeps on the sofa."


@pytest.fixture
def officer_ctx(qtbot, store, uow, actor) -> Iterator[AppContext]:
    officer = _user(uow, actor, "colin", "Colin Hughes", Role.COURT_OFFICER)
    c = make_ctx(store, officer)
    errors: list[BaseException] = []
    c.tasks.default_failure = errors.append
    yield c
    c.tasks.shutdown()
    assert not errors, errors


@pytest.fixture
def psr_id(officer_ctx: AppContext, child_id: str) -> str:
    with officer_ctx.uow() as u:
        offence = add_offence(u.session, child_id, OffenceInput(
            dt.date(2026, 9, 1), "robbery", description="Phone taken"), TODAY)
        hearing = create_hearing(u.session, child_id, HearingInput(
            "blackpool_youth", TODAY + dt.timedelta(days=10), "adjourned_for_report",
            hearing_time="10:00", offence_ids=[offence.id]), TODAY)
        return ps.request_report(u.session, hearing.id, requested_on=TODAY).id


def _open(qtbot: QtBot, ctx: AppContext, psr_id: str) -> ReportEditor:
    editor = ReportEditor(ctx, psr_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.state is not None)
    wait_idle(qtbot, ctx)
    return editor


def _stored(ctx: AppContext, psr_id: str) -> str | None:
    with ctx.uow() as u:
        return ps.get_psr(u.session, psr_id).circumstances


def _deliver_deletes() -> None:
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("how", ["close", "escape"])
def test_closing_the_editor_saves_what_was_typed(
        qtbot: QtBot, officer_ctx: AppContext, psr_id: str, how: str) -> None:
    editor = _open(qtbot, officer_ctx, psr_id)
    editor.fields["circumstances"].setPlainText(TEXT)
    editor.close() if how == "close" else editor.reject()
    wait_idle(qtbot, officer_ctx)
    _deliver_deletes()
    wait_idle(qtbot, officer_ctx)
    assert _stored(officer_ctx, psr_id) == TEXT


def test_text_typed_while_a_save_runs_is_not_replaced_by_the_reload(
        qtbot: QtBot, officer_ctx: AppContext, psr_id: str) -> None:
    editor = _open(qtbot, officer_ctx, psr_id)
    gate = threading.Event()
    officer_ctx.tasks.run_db(lambda _uow: gate.wait(30))  # the worker is busy
    editor.fields["circumstances"].setPlainText("First words")
    editor.save()
    editor.fields["circumstances"].setPlainText(TEXT)  # typing goes on
    gate.set()
    wait_idle(qtbot, officer_ctx)
    wait_idle(qtbot, officer_ctx)
    assert editor.fields["circumstances"].toPlainText() == TEXT
    editor.close()
    wait_idle(qtbot, officer_ctx)
    wait_idle(qtbot, officer_ctx)
    assert _stored(officer_ctx, psr_id) == TEXT


def test_signing_out_saves_an_open_report(
        qtbot: QtBot, officer_ctx: AppContext, psr_id: str, child_id: str) -> None:
    window = make_window(qtbot, officer_ctx, idle_ms=600_000)
    officer_ctx.events.open_child.emit(child_id, "court")
    view = window.child_view
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None)
    wait_idle(qtbot, officer_ctx)
    tab = next(iter(view.findChildren(ChildCourtTab)))
    editor = tab.open_report(psr_id)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.state is not None)
    wait_idle(qtbot, officer_ctx)
    editor.fields["circumstances"].setPlainText(TEXT)
    window.close_child()  # Back: the report stays open
    _deliver_deletes()
    assert alive(editor) and editor.fields["circumstances"].toPlainText() == TEXT
    window.close()  # sign out
    _deliver_deletes()
    wait_idle(qtbot, officer_ctx)
    assert _stored(officer_ctx, psr_id) == TEXT


def test_the_report_autosaves_while_typed_and_leaves_the_cursor_alone(
        qtbot: QtBot, officer_ctx: AppContext, psr_id: str, monkeypatch) -> None:
    from yjdesk.ui.court import report_editor

    monkeypatch.setattr(report_editor, "AUTOSAVE_MS", 200)
    editor = _open(qtbot, officer_ctx, psr_id)
    box = editor.fields["circumstances"]
    box.setFocus()
    qtbot.keyClicks(box, TEXT)
    # the app is killed now: what was typed a few seconds ago is on disk already
    qtbot.waitUntil(lambda: _stored(officer_ctx, psr_id) == TEXT, timeout=20_000)
    wait_idle(qtbot, officer_ctx)
    assert box.textCursor().position() == len(TEXT)  # no reload moved it
    qtbot.keyClicks(box, " More.")
    assert box.toPlainText() == TEXT + " More."
    editor.close()
    wait_idle(qtbot, officer_ctx)
    wait_idle(qtbot, officer_ctx)
    assert _stored(officer_ctx, psr_id) == TEXT + " More."


def test_closing_while_a_save_of_the_same_section_runs_is_not_taken_for_a_colleague_s_edit(
        qtbot: QtBot, officer_ctx: AppContext, psr_id: str) -> None:
    editor = _open(qtbot, officer_ctx, psr_id)
    gate = threading.Event()
    officer_ctx.tasks.run_db(lambda _uow: gate.wait(30))  # the worker is busy
    editor.fields["circumstances"].setPlainText("First words")
    editor.save()
    editor.fields["circumstances"].setPlainText(TEXT)  # typing goes on, then Esc
    editor.reject()
    gate.set()
    wait_idle(qtbot, officer_ctx)
    wait_idle(qtbot, officer_ctx)
    assert not editor.form.errors()
    assert _stored(officer_ctx, psr_id) == TEXT
    assert not editor.isVisible()
