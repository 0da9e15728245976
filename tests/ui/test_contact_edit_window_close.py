"""A final contact record corrected by its author inside the edit window: a correction is
saved only by "Save changes", so closing the editor must not throw it away unasked.

The person closing it (close box, Close, Esc) is asked "Save your changes to this record?"
(Save / Discard / Cancel): discarding is their deliberate choice. With nobody to ask, the
correction is kept: the idle lock hides the editor and shows it again as typed; sign out or
quit (the window goes with the session) saves it as "Save changes" would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.ui.conftest import wait_idle
from tests.ui.test_shell import make_window
from yjdesk.services.casework import contacts as svc
from yjdesk.ui.casework.contact_editor import ContactEditor
from yjdesk.ui.casework.contacts_tab import ContactsTab
from yjdesk.ui.context import AppContext
from yjdesk.ui.main_window import MainWindow
from yjdesk.ui.widgets.lifetime import alive

WRITTEN = "Agreed a plan"
CORRECTED = "Agreed a plan and a date for the victim's letter"


def _final_contact(ctx: AppContext, child_id: str) -> str:
    when = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    with ctx.uow() as u:
        return svc.finalise(u.session, child_id, svc.ContactInput(
            contact_at=when, contact_type="home_visit", venue="child_home",
            attendance="attended", aim="Check in", content="Talked about the court date",
            outcome=WRITTEN, risk="No change", next_steps="Visit Tuesday",
            safeguarding="None identified")).id


def _correcting(qtbot: QtBot, ctx: AppContext, child_id: str
                ) -> tuple[MainWindow, ContactEditor, str]:
    """The author opens their final record from the Contacts tab and corrects it."""
    contact_id = _final_contact(ctx, child_id)
    window = make_window(qtbot, ctx, idle_ms=600_000)
    ctx.events.open_child.emit(child_id, "contacts")
    view = window.child_view
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None)
    tab = next(iter(view.findChildren(ContactsTab)))
    qtbot.waitUntil(lambda: bool(tab.rows))
    editor = tab.open_selected()
    assert isinstance(editor, ContactEditor)
    qtbot.waitUntil(lambda: editor.loaded)
    assert editor.editing_final
    editor.texts["outcome"].setPlainText(CORRECTED)
    assert editor.dirty
    return window, editor, contact_id


def _outcome(ctx: AppContext, contact_id: str) -> str | None:
    with ctx.uow() as u:
        return svc.get_contact(u.session, contact_id).outcome


def _deliver_deletes() -> None:
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _question(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert "Save your changes to this record?" in box.text()
    return box


def _answer(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
    button.click()


CLOSES = {
    "close box": lambda editor: editor.close(),
    "Close button": lambda editor: editor.close_button.click(),
    "Esc": lambda editor: QApplication.sendEvent(editor, _esc()),
}


def _esc():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)


@pytest.mark.parametrize("how", list(CLOSES))
def test_closing_a_correction_asks_and_cancel_keeps_it_open_as_typed(
        qtbot: QtBot, ctx: AppContext, child_id: str, how: str) -> None:
    window, editor, contact_id = _correcting(qtbot, ctx, child_id)
    CLOSES[how](editor)
    box = _question(qtbot)
    assert editor.isVisible()
    _answer(box, "Cancel")
    _deliver_deletes()
    wait_idle(qtbot, ctx)
    assert alive(editor) and editor.isVisible()
    assert editor.texts["outcome"].toPlainText() == CORRECTED and editor.dirty
    assert _outcome(ctx, contact_id) == WRITTEN
    window.idle.stop()


def test_discard_is_the_person_s_choice(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    window, editor, contact_id = _correcting(qtbot, ctx, child_id)
    editor.close()
    _answer(_question(qtbot), "Discard")
    _deliver_deletes()
    wait_idle(qtbot, ctx)
    assert not alive(editor) or not editor.isVisible()
    assert _outcome(ctx, contact_id) == WRITTEN
    window.idle.stop()


def test_save_saves_the_correction_and_closes(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    window, editor, contact_id = _correcting(qtbot, ctx, child_id)
    QApplication.sendEvent(editor, _esc())
    _answer(_question(qtbot), "Save")
    wait_idle(qtbot, ctx)
    _deliver_deletes()
    assert _outcome(ctx, contact_id) == CORRECTED
    assert not alive(editor) or not editor.isVisible()
    window.idle.stop()


def test_a_correction_that_cannot_be_saved_keeps_the_editor_open(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    """Save, but the correction breaks a rule (an attended contact needs its outcome):
    the reason is under the field, the editor stays open with the text."""
    window, editor, contact_id = _correcting(qtbot, ctx, child_id)
    editor.texts["outcome"].setPlainText("")
    editor.close()
    _answer(_question(qtbot), "Save")
    wait_idle(qtbot, ctx)
    _deliver_deletes()
    assert alive(editor) and editor.isVisible()
    assert editor.form.errors().get("outcome")
    assert _outcome(ctx, contact_id) == WRITTEN
    window.idle.stop()


def test_closing_without_changes_asks_nothing(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    window, editor, _contact_id = _correcting(qtbot, ctx, child_id)
    editor.texts["outcome"].setPlainText(WRITTEN)
    editor.finalise()  # "Save changes"
    wait_idle(qtbot, ctx)
    _deliver_deletes()
    assert not alive(editor) or not editor.isVisible()
    assert QApplication.activeModalWidget() is None
    window.idle.stop()


def test_the_lock_keeps_the_correction_on_screen_after_unlock(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    window, editor, contact_id = _correcting(qtbot, ctx, child_id)
    window.lock()
    wait_idle(qtbot, ctx)
    _deliver_deletes()
    assert alive(editor) and not editor.isVisible()
    window.lock_screen.password.setText(PASSWORD)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=20_000)
    wait_idle(qtbot, ctx)
    assert alive(editor) and editor.isVisible()
    assert editor.texts["outcome"].toPlainText() == CORRECTED and editor.dirty
    assert _outcome(ctx, contact_id) == WRITTEN  # still the person's to save or discard
    window.idle.stop()


def test_the_lock_while_asked_keeps_the_correction(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    """The question is open when the idle lock comes: it goes (as every message does), the
    editor is hidden with the text and comes back after unlock; nothing is discarded."""
    window, editor, contact_id = _correcting(qtbot, ctx, child_id)
    editor.close()
    _question(qtbot)
    window.lock()
    wait_idle(qtbot, ctx)
    _deliver_deletes()
    assert QApplication.activeModalWidget() is None
    window.lock_screen.password.setText(PASSWORD)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=20_000)
    wait_idle(qtbot, ctx)
    assert alive(editor) and editor.isVisible()
    assert editor.texts["outcome"].toPlainText() == CORRECTED
    assert _outcome(ctx, contact_id) == WRITTEN
    window.idle.stop()


@pytest.mark.parametrize("back", [False, True], ids=["in-record", "after-back"])
def test_sign_out_or_quit_keeps_the_correction(
        qtbot: QtBot, ctx: AppContext, child_id: str, back: bool) -> None:
    """Nobody to ask, and the window goes with the session: the correction is saved as
    'Save changes' would save it, not thrown away."""
    window, editor, contact_id = _correcting(qtbot, ctx, child_id)
    if back:
        window.close_child()  # "Back": the editor outlives the record
        _deliver_deletes()
        assert alive(editor) and editor.isVisible()
    window.close()  # sign out and quit close the main window
    _deliver_deletes()
    wait_idle(qtbot, ctx)
    assert QApplication.activeModalWidget() is None
    assert _outcome(ctx, contact_id) == CORRECTED
