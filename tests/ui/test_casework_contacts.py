"""The ACORNS editor from the caseload, keyboard only; a draft survives closing the app."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from tests.conftest import PASSWORD, TODAY, child_input
from tests.ui.conftest import make_ctx, wait_idle
from yjdesk.laptop import LaptopStore
from yjdesk.models import Contact
from yjdesk.services.casework import contacts as svc
from yjdesk.services.children import create_child
from yjdesk.services.humanise import uk_time
from yjdesk.ui.caseload_page import CaseloadPage
from yjdesk.ui.casework import NEW_CONTACT_SHORTCUT, bind_caseload_actions, contact_editor
from yjdesk.ui.casework.contact_editor import ContactEditor
from yjdesk.ui.casework.contacts_tab import ContactsTab

K = Qt.Key


@pytest.fixture
def kid(ctx) -> str:
    with ctx.uow() as u:
        create_child(u.session, child_input(given_name="Zara", family_name="Quinn",
                                            preferred_name=None), TODAY)
        return create_child(u.session, child_input(), TODAY).id


def open_from_caseload(qtbot, ctx) -> tuple[CaseloadPage, ContactEditor]:
    page = CaseloadPage(ctx)
    qtbot.addWidget(page)
    bind_caseload_actions(page, ctx, page.selected_child_id)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    wait_idle(qtbot, ctx)
    page.activateWindow()
    page.search.setFocus()
    qtbot.keyClicks(page.search, "okafor")
    qtbot.keyClick(page.search, K.Key_Down)
    assert page.selected_child_id() is not None
    qtbot.keyClick(page.table, K.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, ContactEditor) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ContactEditor))
    qtbot.waitUntil(lambda: editor.loaded)
    return page, editor


def type_into_focus(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), K.Key_Tab)


def choose_next(qtbot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), K.Key_Down)


def fill_header(qtbot, editor: ContactEditor) -> None:
    assert QApplication.focusWidget() is editor.date
    tab(qtbot)
    type_into_focus(qtbot, "10:30")
    tab(qtbot)
    choose_next(qtbot)           # Home visit
    tab(qtbot)
    choose_next(qtbot)           # Child's home
    tab(qtbot, 2)                # past venue detail
    type_into_focus(qtbot, "Jay and his mum")
    tab(qtbot)
    choose_next(qtbot)           # Attended
    tab(qtbot)


def test_acorns_record_written_with_keyboard_alone(qtbot, ctx, kid) -> None:
    assert NEW_CONTACT_SHORTCUT == "Ctrl+Shift+A"
    _page, editor = open_from_caseload(qtbot, ctx)
    fill_header(qtbot, editor)
    for text in ("Victim awareness", "Talked about the incident", "Wrote a letter",
                 "No change", "Visit Tuesday", "None identified"):
        type_into_focus(qtbot, text)
        tab(qtbot)
    assert QApplication.focusWidget() is editor.concern
    tab(qtbot)
    type_into_focus(qtbot, "I want to sort it out")
    qtbot.keyClick(QApplication.focusWidget(), K.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ctx)
    assert editor.final
    with ctx.uow() as u:
        [c] = svc.contacts(u.session, kid)
        assert c.status == "final" and c.contact_type == "home_visit"
        assert c.attendance == "attended" and c.venue == "child_home"
        assert c.present == "Jay and his mum" and c.outcome == "Wrote a letter"
        assert c.child_views == "I want to sort it out"
        assert c.contact_at is not None
        local = uk_time(c.contact_at)  # 10:30 as typed is UK time
        assert (local.date(), local.hour, local.minute) == (TODAY, 10, 30)


def test_future_contact_shows_message_and_saves_nothing_final(qtbot, ctx, kid) -> None:
    _page, editor = open_from_caseload(qtbot, ctx)
    editor.date.set_date(dt.date.today() + dt.timedelta(days=2))
    fill_header(qtbot, editor)
    type_into_focus(qtbot, "Aim")
    qtbot.keyClick(QApplication.focusWidget(), K.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ctx)
    assert not editor.final
    assert "future" in editor.form.errors()["contact_at"]
    with ctx.uow() as u:
        assert all(c.status == "draft" for c in svc.contacts(u.session, kid))


def test_draft_survives_closing_the_app_mid_typing(qtbot, ctx, kid, store, paths,
                                                   monkeypatch) -> None:
    monkeypatch.setattr(contact_editor, "AUTOSAVE_MS", 300)
    page, editor = open_from_caseload(qtbot, ctx)
    fill_header(qtbot, editor)
    type_into_focus(qtbot, "Check in after the arrest and talk about")
    # The autosave interval passes while the practitioner is still typing...
    qtbot.waitUntil(lambda: editor.saves >= 1 and not editor.dirty and not editor.saving,
                    timeout=30_000)
    # ...then the app closes: widgets destroyed, workers stopped, store closed.
    editor.timer.stop()
    Shiboken.delete(editor)
    Shiboken.delete(page)
    ctx.tasks.shutdown()
    store.close()

    again = LaptopStore.open(paths, PASSWORD)
    reopened = make_ctx(again, ctx.actor)
    try:
        with reopened.uow() as u:
            [draft] = svc.my_drafts(u.session, kid)
            assert isinstance(draft, Contact) and draft.status == "draft"
            assert draft.aim == "Check in after the arrest and talk about"
            assert draft.contact_type == "home_visit" and draft.present == "Jay and his mum"
        # The reopened app shows the draft on the child's Contacts tab, ready to carry on.
        tab_ = ContactsTab(reopened, kid)
        qtbot.addWidget(tab_)
        wait_idle(qtbot, reopened)
        assert "1 draft of yours to finish" in tab_.message.text()
        resumed = tab_.open_selected()
        qtbot.waitUntil(lambda: resumed.loaded)
        assert resumed.texts["aim"].toPlainText() == draft.aim
        resumed.timer.stop()
        resumed.close()
        wait_idle(qtbot, reopened)
    finally:
        reopened.tasks.shutdown()
        again.close()
