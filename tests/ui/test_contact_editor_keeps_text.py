"""An open ACORNS editor keeps what was typed whatever happens around it: the record it
was opened from closing, the window closing (sign out), a close while an earlier autosave
is still on the database worker, a save that fails as the editor closes."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from tests.ui.conftest import wait_idle
from tests.ui.test_shell import make_window
from yjdesk.services.casework import contacts as svc
from yjdesk.ui.casework.contact_editor import ContactEditor
from yjdesk.ui.casework.contacts_tab import ContactsTab
from yjdesk.ui.context import AppContext
from yjdesk.ui.error_dialog import ErrorDialog
from yjdesk.ui.widgets.lifetime import alive

TEXT = "Talked about the arrest at the skate park"


def _editor_from_contacts_tab(qtbot: QtBot, ctx: AppContext, child_id: str):
    window = make_window(qtbot, ctx, idle_ms=600_000)
    ctx.events.open_child.emit(child_id, "contacts")
    view = window.child_view
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None)
    tab = next(iter(view.findChildren(ContactsTab)))
    editor = tab.new_contact()
    assert isinstance(editor, ContactEditor)
    qtbot.waitUntil(lambda: editor.loaded)
    editor.timer.stop()  # no autosave: only what the app does on the way out can save it
    return window, editor


def _deliver_deletes() -> None:
    """Run the deleteLater()s the event loop would run next."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _draft_aims(ctx: AppContext, child_id: str) -> list[str | None]:
    with ctx.uow() as u:
        return [d.aim for d in svc.my_drafts(u.session, child_id)]


def test_going_back_from_the_record_keeps_the_open_editor_and_its_text(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    window, editor = _editor_from_contacts_tab(qtbot, ctx, child_id)
    editor.texts["aim"].setPlainText(TEXT)
    window.close_child()  # "Back": the record (and its Contacts tab) goes
    _deliver_deletes()
    wait_idle(qtbot, ctx)
    assert alive(editor), "the editor the person was typing in vanished"
    assert editor.texts["aim"].toPlainText() == TEXT
    editor.close()
    wait_idle(qtbot, ctx)
    assert _draft_aims(ctx, child_id) == [TEXT]


def test_closing_the_window_saves_the_open_editor_s_text(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    window, editor = _editor_from_contacts_tab(qtbot, ctx, child_id)
    editor.texts["aim"].setPlainText(TEXT)
    window.close()  # sign out / quit close the main window
    _deliver_deletes()
    wait_idle(qtbot, ctx)
    assert _draft_aims(ctx, child_id) == [TEXT]


def test_text_typed_while_an_autosave_runs_is_saved_when_the_editor_closes(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    _window, editor = _editor_from_contacts_tab(qtbot, ctx, child_id)
    gate = threading.Event()
    ctx.tasks.run_db(lambda _uow: gate.wait(30))  # the worker is busy (a pull page, say)
    editor.texts["aim"].setPlainText("First words")
    editor.save_draft()  # the autosave is queued behind it
    assert editor.saving
    editor.texts["aim"].setPlainText(TEXT)  # typing goes on...
    editor.close()  # ...and the person closes the editor
    gate.set()
    _deliver_deletes()
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: not ctx.tasks.busy)
    assert _draft_aims(ctx, child_id) == [TEXT]


def test_a_full_disk_as_the_editor_closes_keeps_it_open_with_the_text_and_says_so(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    _window, editor = _editor_from_contacts_tab(qtbot, ctx, child_id)
    engine = ctx.store.engine

    def full(dbapi_conn, _record) -> None:  # the file cannot grow past its size
        size = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {size}")

    event.listen(engine, "connect", full)
    engine.dispose()
    try:
        editor.texts["aim"].setPlainText(TEXT)
        editor.texts["content"].setPlainText("A long account of the session. " * 400)
        editor.close()
        wait_idle(qtbot, ctx)
        _deliver_deletes()
        assert alive(editor) and editor.isVisible(), "the editor closed on a failed save"
        assert editor.texts["aim"].toPlainText() == TEXT
        assert editor.status.text().startswith("Not saved")
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, ErrorDialog) and w.isVisible()]
        said = " ".join(label.text() for d in shown for label in d.findChildren(QLabel))
        assert "The disk is full: free some space and try again" in said
        for dialog in shown:
            dialog.close()
    finally:
        event.remove(engine, "connect", full)
        engine.dispose()
    editor.close()  # room again: the draft is saved and the editor closes
    wait_idle(qtbot, ctx)
    _deliver_deletes()
    assert not alive(editor) or not editor.isVisible()
    assert _draft_aims(ctx, child_id) == [TEXT]


def test_a_draft_whose_save_failed_is_saved_whole_by_the_next_save(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    """The disk fills during an autosave of a draft that is already stored; once there is
    room the next save stores the text the failed one could not (not the older text)."""
    _window, editor = _editor_from_contacts_tab(qtbot, ctx, child_id)
    editor.texts["aim"].setPlainText("First words")
    editor.save_draft()
    wait_idle(qtbot, ctx)
    assert _draft_aims(ctx, child_id) == ["First words"]
    engine = ctx.store.engine

    def full(dbapi_conn, _record) -> None:
        size = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {size}")

    event.listen(engine, "connect", full)
    engine.dispose()
    try:
        editor.texts["aim"].setPlainText(TEXT)
        editor.texts["content"].setPlainText("A long account of the session. " * 400)
        editor.save_draft()
        wait_idle(qtbot, ctx)
        assert editor.status.text().startswith("Not saved") and editor.dirty
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, ErrorDialog):
                dialog.close()
    finally:
        event.remove(engine, "connect", full)
        engine.dispose()
    editor.save_draft()
    wait_idle(qtbot, ctx)
    assert _draft_aims(ctx, child_id) == [TEXT]
    editor.close()
    wait_idle(qtbot, ctx)
