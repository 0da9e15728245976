"""Signing in offline, the first run, and the idle lock."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.conftest import PASSWORD
from tests.ui.conftest import wait_idle
from tests.ui.test_shell import make_window
from yjdesk.laptop import LaptopStore
from yjdesk.models.org import Role
from yjdesk.paths import Paths
from yjdesk.services.policy import Policy
from yjdesk.store import LocalStore
from yjdesk.store.changes import Changes
from yjdesk.ui.main_window import MainWindow
from yjdesk.ui.signin import FirstRunDialog, SignInDialog
from yjdesk.ui.widgets.password import WRONG_PASSWORD


def test_sign_in_wrong_then_right_password(qtbot, store, actor) -> None:
    dialog = SignInDialog(store.paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "not the password")
    dialog.submit()
    assert dialog.busy.isVisible()  # scrypt runs off the UI thread behind a busy bar
    qtbot.waitUntil(lambda: not dialog.working, timeout=30_000)
    assert dialog.form.field("password").error == WRONG_PASSWORD
    assert dialog.isVisible()
    assert dialog.session is None

    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.session is not None
    try:
        assert dialog.session.actor.user_id == actor.user_id
        assert dialog.session.actor.display_name == "Pat Practitioner"
    finally:
        dialog.session.store.close()


def test_sign_in_says_why_it_waits_while_the_records_are_upgraded(qtbot, tmp_path) -> None:
    """A store made by an older version is upgraded at sign-in (a backup first): the dialog
    says so under its busy bar while it happens."""
    import shutil

    from tests.unit.test_migrations import OLD, OLD_PASSWORD

    paths = Paths(tmp_path / "old")
    shutil.copytree(OLD, paths.root)
    dialog = SignInDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    shown: list[tuple[str, bool]] = []
    dialog.upgrading.connect(lambda: shown.append((dialog.busy_note.text(),
                                                   dialog.busy_note.isVisible())))
    dialog.password.setText(OLD_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.working, timeout=30_000)
    assert len(shown) == 1
    text, visible = shown[0]
    assert visible and "Updating this laptop's records" in text and "backup" in text
    assert not dialog.busy_note.isVisible()  # gone once the work is done
    if dialog.session is not None:
        dialog.session.store.close()


def test_demo_hint_is_labelled(qtbot, store) -> None:
    from yjdesk.ui.demo_launcher import DemoLauncher

    launcher = DemoLauncher("tiny")  # a build without the demo service: one local profile
    launcher.username, launcher.password = "sam.practitioner", "demo-pw-1"
    dialog = launcher.sign_in_dialog(store.paths)
    qtbot.addWidget(dialog)
    hint = dialog.findChild(QLabel, "signInNotice")
    assert hint is not None
    assert "Demo data" in hint.text()
    assert "demo-pw-1" in hint.text()


def test_first_run_creates_an_encrypted_profile(qtbot, tmp_path) -> None:
    paths = Paths(tmp_path / "fresh").ensure()
    policy = Policy.load()
    dialog = FirstRunDialog(paths, policy)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.display_name, "Robin Manager")
    qtbot.keyClicks(dialog.username, "robin.m")
    dialog.role.set_value(Role.TEAM_MANAGER)
    qtbot.keyClicks(dialog.team_name, "South Team")
    qtbot.keyClicks(dialog.team_code, "south")
    qtbot.keyClicks(dialog.password, "short")
    dialog.submit()
    assert dialog.form.field("password").error == "The password needs at least 10 characters."
    dialog.password.setText("a long enough password")
    dialog.confirm.setText("a different password")
    dialog.submit()
    assert dialog.form.field("confirm").error == "The two passwords are not the same."
    assert not LocalStore.exists(paths)

    dialog.confirm.setText("a long enough password")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.submit()
    session = dialog.session
    assert session is not None
    session.store.close()
    assert session.actor.role == Role.TEAM_MANAGER
    assert LocalStore.exists(paths)
    raw = paths.database.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Robin Manager" not in raw
    reopened = LaptopStore.open(paths, "a long enough password")
    reopened.close()


def test_idle_lock_hides_child_data_until_the_password_is_given(qtbot, ctx, child_id) -> None:
    window = make_window(qtbot, ctx, idle_ms=60_000)
    ctx.events.open_child.emit(child_id, "family")
    view = window.child_view
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None)
    dialog = view.add_person()
    assert dialog.isVisible()
    window.idle.set_timeout(200)  # a slow machine must not lock before the record is open

    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.central.currentWidget() is window.lock_screen
    assert window.child_view is None
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert window.caseload.model.rowCount() == 0
    # e.g. a sync while locked: still nothing loaded
    ctx.publish(Changes({"child": frozenset({child_id})}))
    wait_idle(qtbot, ctx)
    assert window.caseload.model.rowCount() == 0
    shown = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    assert not any("Okafor" in text or "Jayden" in text for text in shown)
    assert not window.new_child_action.isEnabled()
    assert window.new_child() is None
    assert window.open_child(child_id) is None

    lock = window.lock_screen
    qtbot.keyClicks(lock.password, "wrong password")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.working, timeout=30_000)
    assert lock.form.field("password").error == WRONG_PASSWORD
    assert window.locked

    lock.password.setText(PASSWORD)
    window.idle.set_timeout(60_000)  # no second lock while the reopened record loads
    with qtbot.waitSignal(window.lock_changed, timeout=30_000) as blocker:
        qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [False]
    assert window.central.currentWidget() is window.workspace
    reopened = window.child_view
    assert reopened is not None
    assert reopened.child_id == child_id
    qtbot.waitUntil(lambda: reopened.record is not None)
    assert reopened.current_tab_key() == "family"
    wait_idle(qtbot, ctx)
    assert window.caseload.model.rowCount() == 1
    window.idle.stop()


def test_activity_postpones_the_lock_and_ctrl_l_locks_now(qtbot, ctx) -> None:
    # 5 gaps of 700 ms: 3.5 s in all, longer than the 3 s idle limit, but each gap well
    # inside it (a 2.3 s margin: a loaded CI machine once stalled a 400 ms gap past 1.5 s)
    window = make_window(qtbot, ctx, idle_ms=3000)
    for _ in range(5):
        qtbot.wait(700)
        qtbot.keyClick(window.caseload.search, Qt.Key.Key_A)
        assert window.idle.timer.remainingTime() > 2000  # each key press counts again
    assert not window.locked
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    window.idle.stop()


def test_input_counts_once_the_caseload_is_first_shown(qtbot, ctx) -> None:
    """The countdown runs from the window's opening; the app-wide watch on input starts
    when the caseload's first load is in (not while its rows are read: issue 16), and a
    lock and unlock meanwhile leave it watching."""
    window = MainWindow(ctx, idle_ms=600_000)
    qtbot.addWidget(window)
    window.show()
    assert window.idle.timer.isActive() and not window.idle.watching
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: window.idle.watching)
    qtbot.wait(100)
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_A)
    assert window.idle.timer.remainingTime() > 599_000  # the key press counted
    window.lock()
    assert window.idle.watching and not window.idle.timer.isActive()
    window.idle.stop()
    assert not window.idle.watching


def test_a_damaged_key_file_is_explained_not_a_traceback(qtbot, store, actor) -> None:
    from yjdesk.errors import YjdeskError
    from yjdesk.ui.error_dialog import ErrorDialog

    store.paths.keyfile.write_text("{ this is not a key file")
    dialog = SignInDialog(store.paths)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.working, timeout=30_000)
    box = dialog.findChild(ErrorDialog)
    assert box is not None
    assert "Traceback" not in box.message
    assert isinstance(box.error, YjdeskError) and box.error.title in box.message
    assert dialog.session is None
    assert dialog.form.field("password").error == ""
