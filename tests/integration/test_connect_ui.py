"""First sign-in on a new laptop is online; later sign-ins check the password with the
service when it can be reached, so a password changed there takes effect on the laptop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.serverkit import PASSWORD, ServerDb, World
from tests.ui.test_shell_app import args_for, shells, start  # noqa: F401
from yjdesk import app as app_module
from yjdesk.laptop import LaptopStore
from yjdesk.server import admin
from yjdesk.store import LocalStore
from yjdesk.ui.connect_dialog import REFUSED, ConnectDialog
from yjdesk.ui.main_window import MainWindow
from yjdesk.ui.signin import SignInDialog

NEW_PASSWORD = "a brand new server password"


def _config(tmp_path: Path, url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "system-config.json"
    path.write_text(json.dumps({"server_url": url, "locked": ["server_url"]}))
    monkeypatch.setenv("YJDESK_SYSTEM_CONFIG", str(path))


def _start(made: list[app_module.AppShell], root: Path) -> app_module.AppShell:
    return start(made, args_for(root))


def _connect(qtbot, shell: app_module.AppShell, username: str, password: str) -> ConnectDialog:
    dialog = shell.dialog
    assert isinstance(dialog, ConnectDialog)
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.working, timeout=20_000)
    return dialog


def test_first_sign_in_is_online_and_brings_down_only_the_users_children(
        qtbot, tmp_path: Path, live_server: str, world: World, shells,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    _config(tmp_path, live_server, monkeypatch)
    shell = _start(shells, tmp_path / "laptop")
    dialog = shell.dialog
    assert isinstance(dialog, ConnectDialog)
    assert dialog.server.text() == live_server and not dialog.server.isEnabled()  # locked
    with qtbot.waitSignal(shell.window_ready, timeout=20_000):
        _connect(qtbot, shell, "pat", PASSWORD)
    window = shell.window
    assert isinstance(window, MainWindow)
    assert shell.ctx is not None and shell.ctx.actor.user_id == world.pat
    # the first sync runs at once and brings down pat's child only (not the South team's)
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 1, timeout=30_000)
    assert window.caseload.model.row_at(0).child_id == world.north_child
    assert (tmp_path / "laptop" / "account.json").exists()


def test_refused_password_or_no_service_makes_no_profile(
        qtbot, tmp_path: Path, live_server: str, world: World, shells,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    _config(tmp_path, live_server, monkeypatch)
    root = tmp_path / "laptop"
    shell = _start(shells, root)
    dialog = _connect(qtbot, shell, "pat", "not the password")
    assert dialog.form.field("password").error == REFUSED
    assert dialog.session is None and not LocalStore.exists(type(shell.paths)(root))
    # a service that is not there: said next to the address, still nothing written
    dialog.server.setText("http://127.0.0.1:9")
    dialog.password.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.working, timeout=20_000)
    assert "cannot be reached" in dialog.form.field("server_url").error
    assert not (root / "yjdesk.db").exists()


def test_password_changed_on_the_server_takes_effect_at_next_sign_in(
        qtbot, tmp_path: Path, live_server: str, world: World, server_db: ServerDb,
        shells, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    _config(tmp_path, live_server, monkeypatch)
    root = tmp_path / "laptop"
    shell = _start(shells, root)
    with qtbot.waitSignal(shell.window_ready, timeout=20_000):
        _connect(qtbot, shell, "pat", PASSWORD)
    shell.shutdown()
    with server_db.session() as s:
        admin.reset_password(s, server_db.settings, "pat", NEW_PASSWORD)

    again = _start(shells, root)
    dialog = again.dialog
    assert isinstance(dialog, SignInDialog)
    dialog.password.setText(PASSWORD)  # the old password: the service refuses it now
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.working, timeout=20_000)
    assert dialog.session is None and dialog.form.field("password").error
    dialog.password.setText(NEW_PASSWORD)  # the new one: the laptop asks for the old once
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.working, timeout=20_000)
    assert dialog.asking_previous and dialog.form.field("previous").error
    dialog.previous.setText(PASSWORD)
    with qtbot.waitSignal(again.window_ready, timeout=20_000):
        dialog.submit()
    again.shutdown()
    # from now on the laptop's records open with the new password, even offline
    LaptopStore.open(type(again.paths)(root), NEW_PASSWORD).close()


def test_first_sign_in_waits_its_turn_while_the_service_is_busy(
        qtbot, tmp_path: Path, live_server: str, world: World, shells,  # noqa: F811
        server_db: ServerDb, monkeypatch: pytest.MonkeyPatch) -> None:
    _config(tmp_path, live_server, monkeypatch)
    shell = _start(shells, tmp_path / "laptop")
    dialog = shell.dialog
    assert isinstance(dialog, ConnectDialog)
    server_db.settings.login_queue = 0  # everyone is signing in: every sign-in is "busy"
    dialog.username.setText("pat")
    dialog.password.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.busy_note.isVisible(), timeout=20_000)
    assert "busy signing other people in" in dialog.busy_note.text()
    assert "Trying again in" in dialog.busy_note.text()
    assert dialog.working  # still trying, not failed
    with qtbot.waitSignal(shell.window_ready, timeout=30_000):
        server_db.settings.login_queue = 200  # the crowd has gone: the next try gets in
    assert shell.ctx is not None and shell.ctx.actor.user_id == world.pat
