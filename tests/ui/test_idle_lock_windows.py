"""The idle lock hides every window of the app (issue 11, finding 7): a non-modal ACORNS
editor, opened from a record or from the caseload, is saved (its draft) and hidden, a modal
dialog is closed, any other window is hidden; after unlock the hidden ones come back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.ui.conftest import wait_idle
from tests.ui.test_shell import make_window
from yjdesk.services.casework import contacts as svc
from yjdesk.ui.casework.contact_editor import open_new_contact
from yjdesk.ui.context import AppContext
from yjdesk.ui.widgets.lifetime import alive

SECRET = "Talked about the arrest at the skate park"


def _shown() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_lock_hides_every_window_and_unlock_brings_them_back(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    window = make_window(qtbot, ctx, idle_ms=600_000)
    ctx.events.open_child.emit(child_id, "contacts")
    view = window.child_view
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None)
    # A non-modal editor under the record, and one under the main window (from the caseload).
    in_record = open_new_contact(ctx, child_id, parent=view)
    from_caseload = open_new_contact(ctx, child_id, parent=window)
    for editor in (in_record, from_caseload):
        qtbot.waitUntil(lambda e=editor: e.loaded)  # type: ignore[misc]
        editor.timer.stop()  # no autosave: only the lock can have saved the text
    in_record.texts["aim"].setPlainText(SECRET)
    assert in_record.dirty
    other = QLabel(f"Notes for {SECRET}")  # any other top-level window of the app
    qtbot.addWidget(other)
    other.show()
    modal = window.new_child()  # a window-modal dialog
    assert modal is not None and modal.isVisible()
    assert in_record.isVisible() and from_caseload.isVisible() and other.isVisible()

    window.lock()
    assert window.locked
    assert _shown() == [window], [type(w).__name__ for w in _shown()]
    assert not alive(modal) or not modal.isVisible()
    assert alive(in_record) and alive(from_caseload)  # kept while the record is closed
    wait_idle(qtbot, ctx)
    with ctx.uow() as u:  # the typing was saved as a draft before the lock hid it
        [draft] = svc.my_drafts(u.session, child_id)
        assert draft.aim == SECRET
    assert not in_record.dirty

    window.lock_screen.password.setText(PASSWORD)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=20_000)
    wait_idle(qtbot, ctx)
    assert in_record.isVisible() and from_caseload.isVisible() and other.isVisible()
    assert in_record.texts["aim"].toPlainText() == SECRET
    window.idle.stop()
    for editor in (in_record, from_caseload):
        editor.close()
    wait_idle(qtbot, ctx)


def test_unlock_is_refused_once_the_offline_lease_has_run_out(
        qtbot: QtBot, ctx: AppContext) -> None:
    """A laptop left signed in (locked) does not escape the offline lease (yjdesk.sync.lease)."""
    import datetime as dt

    from yjdesk.models.types import utcnow
    from yjdesk.services.profile import set_meta
    from yjdesk.sync import lease, state

    session = ctx.store.session()
    session.info["sync_apply"] = True
    with session, session.begin():  # connected to a service, last reached 20 days ago
        set_meta(session, state.SERVER_URL, "https://sync.example-council.gov.uk")
        set_meta(session, state.USERNAME, "pat")
        set_meta(session, lease.LAST_CONTACT, (utcnow() - dt.timedelta(days=20)).isoformat())
    window = make_window(qtbot, ctx, idle_ms=600_000)
    window.lock()
    lock = window.lock_screen
    lock.password.setText(PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.working, timeout=20_000)
    assert window.locked
    error = lock.form.field("password").error or ""
    assert "has not reached the sync service for 20 days" in error
    assert "sign in online" in error
    window.idle.stop()


def test_a_form_half_filled_when_the_lock_engages_comes_back_after_unlock(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    """The idle lock hides a modal form (it used to close it: everything typed in it was
    lost, e.g. a plan written while the phone rang); unlocking shows it again, as typed."""
    window = make_window(qtbot, ctx, idle_ms=600_000)
    ctx.events.open_child.emit(child_id, "")
    view = window.child_view
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None)
    address = view.add_address()  # a form under the record
    address.line1.setText("14 Talbot Road")
    new_child = window.new_child()  # a form under the main window
    assert new_child is not None
    new_child.given_name.setText("Marcus")

    window.lock()
    assert _shown() == [window], [type(w).__name__ for w in _shown()]
    window.lock_screen.password.setText(PASSWORD)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=20_000)
    wait_idle(qtbot, ctx)
    assert alive(address) and address.isVisible()
    assert address.line1.text() == "14 Talbot Road"
    assert alive(new_child) and new_child.isVisible()
    assert new_child.given_name.text() == "Marcus"
    window.idle.stop()
    for dialog in (address, new_child):
        dialog.reject()
    wait_idle(qtbot, ctx)
