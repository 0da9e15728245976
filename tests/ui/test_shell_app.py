"""The composition root: run(args, exec_=False) against a temporary profile, and its errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.conftest import PASSWORD
from yjdesk import app as app_module
from yjdesk.errors import StoreTooNew
from yjdesk.laptop import LaptopStore
from yjdesk.log import shutdown_logging
from yjdesk.services import profile
from yjdesk.ui.main_window import MainWindow
from yjdesk.ui.signin import FirstRunDialog, SignInDialog


def args_for(data_dir: Path) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data_dir), command=None)


@pytest.fixture
def shells() -> Iterator[list[app_module.AppShell]]:
    made: list[app_module.AppShell] = []
    hook = sys.excepthook
    yield made
    for shell in made:
        shell.shutdown()
    shutdown_logging()
    assert sys.excepthook is hook


def start(shells: list[app_module.AppShell], args: argparse.Namespace,
          **kw: object) -> app_module.AppShell:
    shell = app_module.run(args, exec_=False, **kw)  # type: ignore[arg-type]
    assert isinstance(shell, app_module.AppShell)
    shells.append(shell)
    return shell


def make_profile(root: Path) -> None:
    paths = app_module.profile_paths(args_for(root))
    store = LaptopStore.create(paths, PASSWORD)
    try:
        with store.session() as s, s.begin():
            profile.create_owner(s, profile.FirstRun("pat", "Pat Practitioner",
                                                     profile.Role.PRACTITIONER, "North", "N"))
    finally:
        store.close()


def test_run_builds_the_app_against_a_profile(qtbot, tmp_path, shells) -> None:
    make_profile(tmp_path / "data")
    shell = start(shells, args_for(tmp_path / "data"))
    assert sys.excepthook == shell.crash.excepthook
    dialog = shell.dialog
    assert isinstance(dialog, SignInDialog)
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(shell.window_ready, timeout=30_000):
        dialog.submit()
    window = shell.window
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.caseload.count.text() == "0 children", timeout=30_000)
    assert window.isVisible()
    assert "Pat Practitioner" in window.windowTitle()
    # the test screen (800x800) has no room for the default 1280x800 window and its frame:
    # the window opens maximised, its bottom (the status bar) on the screen
    room = window.screen().availableGeometry()
    assert window.isMaximized()
    assert window.geometry().bottom() <= room.bottom()
    assert (tmp_path / "data" / "logs" / "yjdesk.log").exists()
    # geometry is remembered in the profile's settings.json when the window closes
    window.close()
    assert "window_geometry" in (tmp_path / "data" / "settings.json").read_text()


def test_run_without_a_profile_starts_the_first_run(qtbot, tmp_path, shells) -> None:
    shell = start(shells, args_for(tmp_path / "empty"))
    assert isinstance(shell.dialog, FirstRunDialog)


def test_sign_out_asks_for_the_password_again(qtbot, tmp_path, shells) -> None:
    make_profile(tmp_path / "data")
    shell = start(shells, args_for(tmp_path / "data"))
    assert isinstance(shell.dialog, SignInDialog)
    shell.dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(shell.window_ready, timeout=30_000):
        shell.dialog.submit()
    window = shell.window
    assert window is not None
    window.sign_out_action.trigger()
    assert shell.window is None
    assert isinstance(shell.dialog, SignInDialog)
    assert shell.ctx is None


def test_known_errors_are_shown_plainly(qtbot, tmp_path, shells) -> None:
    shell = start(shells, args_for(tmp_path / "empty"))
    dialog = shell.fail(StoreTooNew("This database was made by a newer yjdesk (schema 0099)."))
    qtbot.addWidget(dialog)
    assert "yjdesk needs updating" in dialog.message
    assert "newer yjdesk" in dialog.message
    assert "Traceback" not in dialog.message
    assert "StoreTooNew" not in dialog.message


def test_a_bad_policy_file_is_a_known_error_at_start(qtbot, tmp_path, shells) -> None:
    root = tmp_path / "data"
    root.mkdir()
    (root / "policy.json").write_text("{not json")
    shell = start(shells, args_for(root))
    assert shell.error_dialog is not None
    qtbot.addWidget(shell.error_dialog)
    assert "policy file" in shell.error_dialog.message
    assert "Traceback" not in shell.error_dialog.message
    assert shell.window is None


def test_uncaught_errors_are_written_to_the_crash_log(qtbot, tmp_path, shells) -> None:
    shell = start(shells, args_for(tmp_path / "empty"))
    assert shell.crash is not None
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        shell.crash.excepthook(type(exc), exc, exc.__traceback__)
    text = (tmp_path / "empty" / "crash.log").read_text()
    assert "RuntimeError: boom in a slot" in text
    # the next start says the last run went wrong, once
    shell.shutdown()
    again = start(shells, args_for(tmp_path / "empty"))
    assert (tmp_path / "empty" / "crash.log.old").exists()
    assert again.crash_notice is not None
    assert "crash.log.old" in again.crash_notice.text()
    assert "boom in a slot" in again.crash_notice.detailedText()
    again.crash_notice.close()
    assert again.dialog is not None


def test_demo_mode_uses_its_own_profile_and_shows_the_password(qtbot, tmp_path, shells) -> None:
    from yjdesk.ui.demo_launcher import DemoLauncher

    shell = start(shells, args_for(tmp_path / "data"), launcher=DemoLauncher("tiny"))
    assert shell.paths.root == (tmp_path / "data" / "demo").resolve()
    qtbot.waitUntil(lambda: isinstance(shell.dialog, SignInDialog), timeout=60_000)
    from yjdesk.demo.generator import DEMO_PASSWORD

    dialog = shell.dialog
    assert isinstance(dialog, SignInDialog)
    hint = dialog.findChild(QLabel, "signInNotice")
    assert hint is not None
    assert DEMO_PASSWORD in hint.text()
    dialog.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(shell.window_ready, timeout=30_000):
        dialog.submit()
    window = shell.window
    assert window is not None
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() > 0, timeout=30_000)
