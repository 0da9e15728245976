"""``yjdesk --demo``: the app starts the local demo service and signs in as a chosen demo user."""

from __future__ import annotations

import httpx
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from tests.ui.test_shell_app import args_for, shells, start
from yjdesk import app as app_module
from yjdesk.demo.generator import DEMO_PASSWORD, DEMO_USERNAME
from yjdesk.models import Child
from yjdesk.models.org import Role
from yjdesk.ui.demo_launcher import DemoLauncher, DemoSignInDialog
from yjdesk.ui.main_window import MainWindow

MANAGER = "morgan.manager"
__all__ = ["shells"]  # the fixture, shared with test_shell_app


def _demo_dialog(qtbot, shell: app_module.AppShell) -> DemoSignInDialog:
    qtbot.waitUntil(lambda: isinstance(shell.dialog, DemoSignInDialog), timeout=60_000)
    dialog = shell.dialog
    assert isinstance(dialog, DemoSignInDialog)
    return dialog


def test_demo_signs_in_as_the_manager_from_the_local_service(qtbot, tmp_path, shells) -> None:
    launcher = DemoLauncher("tiny")
    shell = start(shells, args_for(tmp_path / "data"), launcher=launcher)
    assert shell.launcher is launcher
    dialog = _demo_dialog(qtbot, shell)
    service = launcher.service
    assert service is not None and service.running
    assert service.database == (tmp_path / "data" / "demo" / "service" / "yjdesk-server.db"
                                ).resolve()
    # the four demo users are offered, the practitioner chosen; the password is shown
    assert list(dialog.user_buttons)[:2] == [DEMO_USERNAME, MANAGER]
    assert len(dialog.user_buttons) == 4
    assert "alex.servicemanager" in dialog.user_buttons
    assert dialog.username == DEMO_USERNAME
    hint = dialog.findChild(QLabel, "signInNotice")
    assert hint is not None and DEMO_PASSWORD in hint.text()

    dialog.select_user(MANAGER)
    dialog.password.setText("a wrong password")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.working, timeout=30_000)
    assert "refused" in dialog.form.field("password").error_label.text()
    assert not service.has_laptop(MANAGER)

    dialog.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(shell.window_ready, timeout=30_000):
        dialog.submit()
    window = shell.window
    assert isinstance(window, MainWindow)
    assert shell.ctx is not None and shell.ctx.actor.role == Role.TEAM_MANAGER
    assert "Morgan Manager" in window.windowTitle()
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() > 0, timeout=30_000)
    assert "countersign_queue" in window.page_keys
    window.open_page("countersign_queue")
    # Morgan's laptop holds the team, not the whole service, in its own profile folder
    assert service.has_laptop(MANAGER) and not service.has_laptop(DEMO_USERNAME)
    with shell.ctx.store.session() as s:
        held = s.scalar(select(func.count()).select_from(Child))
    assert held is not None and 0 < held < 40
    # the laptop syncs with the demo service in the background
    sync = shell.sync
    assert sync is not None
    qtbot.waitUntil(lambda: not sync.running and sync.last_result is not None,
                    timeout=20_000)
    assert sync.last_error is None

    url = service.url
    shell.shutdown()
    assert not service.running
    try:
        httpx.get(url + "/health", timeout=2)
    except httpx.ConnectError:
        pass
    else:
        raise AssertionError("the demo service still answers after the app quit")


def test_signing_out_offers_the_demo_users_again(qtbot, tmp_path, shells) -> None:
    shell = start(shells, args_for(tmp_path / "data"), launcher=DemoLauncher("tiny"))
    dialog = _demo_dialog(qtbot, shell)
    dialog.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(shell.window_ready, timeout=30_000):
        dialog.submit()
    window = shell.window
    assert window is not None
    qtbot.waitUntil(lambda: shell.sync is not None and not shell.sync.running, timeout=20_000)
    window.sign_out_action.trigger()
    again = shell.dialog
    assert isinstance(again, DemoSignInDialog)
    assert again.username == DEMO_USERNAME  # the last user is chosen again
    # a later sign-in unlocks Sam's existing laptop profile
    again.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(shell.window_ready, timeout=30_000):
        again.submit()
    assert shell.ctx is not None and shell.ctx.actor.role == Role.PRACTITIONER


def test_a_build_without_the_sync_service_keeps_the_local_demo(qtbot, tmp_path, shells,
                                                              monkeypatch) -> None:
    """The frozen desktop build leaves the server out: --demo then uses one local profile."""
    import sys

    from yjdesk.ui.signin import SignInDialog

    monkeypatch.setitem(sys.modules, "yjdesk.demo.service", None)  # import fails
    launcher = DemoLauncher("tiny")
    shell = start(shells, args_for(tmp_path / "data"), launcher=launcher)
    qtbot.waitUntil(lambda: isinstance(shell.dialog, SignInDialog), timeout=60_000)
    dialog = shell.dialog
    assert type(dialog) is SignInDialog and launcher.service is None
    dialog.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(shell.window_ready, timeout=30_000):
        dialog.submit()
    window = shell.window
    assert window is not None
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() > 0, timeout=30_000)
    assert not (tmp_path / "data" / "demo" / "service").exists()
