"""Issue 12 defects on the contact record screens."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from tests.ui.test_casework_tabs import contact_input
from yjdesk.services.casework import contacts
from yjdesk.ui.casework.contact_editor import ContactEditor
from yjdesk.ui.casework.contacts_tab import ContactsTab
from yjdesk.ui.context import AppContext
from yjdesk.ui.main_window import MainWindow

K = Qt.Key


def test_amend_just_after_finalising_says_the_edit_window_is_open(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    with ctx.uow() as u:
        contacts.finalise(u.session, child_id, contact_input(
            contact_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=30)))
    tab = ContactsTab(ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    dialog = tab.amend()
    assert dialog is not None
    intro = dialog.findChild(type(tab.message), "formIntro") or dialog
    words = " ".join(label.text() for label in dialog.findChildren(type(tab.message)))
    assert "edit window has passed" not in words
    assert "You can still correct this record in place until" in words
    assert intro is not None
    dialog.reject()


def _editor(qtbot: QtBot, ctx: AppContext, child_id: str) -> ContactEditor:
    editor = ContactEditor(ctx, child_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: editor.loaded)
    editor.timer.stop()
    return editor


def test_ctrl_shift_a_in_a_childs_record_starts_a_contact(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.open_child(child_id, "family")
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None)
    wait_idle(qtbot, ctx)
    view.tabs.list.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), K.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, ContactEditor) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ContactEditor))
    assert editor.child_id == child_id
    qtbot.waitUntil(lambda: editor.loaded)
    editor.timer.stop()
    editor.close()
    wait_idle(qtbot, ctx)
    window.close()
    wait_idle(qtbot, ctx)


def test_alt_w_goes_to_when_from_a_text_box(qtbot: QtBot, ctx: AppContext,
                                            child_id: str) -> None:
    editor = _editor(qtbot, ctx, child_id)
    editor.activateWindow()
    editor.texts["aim"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.texts["aim"])
    qtbot.keyClick(editor.texts["aim"], K.Key_W, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.date
    assert editor.texts["aim"].toPlainText() == ""  # nothing typed into the box
    editor.close()
    wait_idle(qtbot, ctx)


def test_required_message_goes_once_the_field_is_filled_and_boxes_keep_their_size(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    editor = _editor(qtbot, ctx, child_id)
    boxes = list(editor.texts.values())
    before = [b.height() for b in boxes]
    editor.time.setText("10:30")
    editor.contact_type.set_code("home_visit")
    editor.venue.set_code("child_home")
    editor.attendance.set_code("attended")
    editor.finalise()  # the ACORNS boxes empty: refused, messages under the fields
    wait_idle(qtbot, ctx)
    errors = editor.form.errors()
    assert "aim" in errors
    qtbot.wait(50)
    assert [b.height() for b in boxes] == before, "the ACORNS boxes must not jump in size"
    editor.texts["aim"].setFocus()
    qtbot.keyClicks(editor.texts["aim"], "Talk about school")
    assert "aim" not in editor.form.errors()  # the message goes as soon as it is filled
    assert "content" in editor.form.errors()  # the others stay until filled
    editor.close()
    wait_idle(qtbot, ctx)
