"""File > Settings honours the machine-wide config: locked settings cannot be changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import wait_idle
from yjdesk.build_info import DEVELOPMENT
from yjdesk.config import ENV_SYSTEM_CONFIG, load_settings
from yjdesk.ui.main_window import MainWindow
from yjdesk.ui.settings_dialog import LOCKED_NOTE, SettingsDialog

SERVER = "https://yjdesk-sync.example-council.gov.uk"


@pytest.fixture
def machine_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "etc" / "config.json"
    path.parent.mkdir()
    path.write_text(json.dumps({
        "server_url": SERVER,
        "policy": {"security": {"idle_lock_minutes": 8}},
        "locked": ["server_url"],
    }), "utf-8")
    monkeypatch.setenv(ENV_SYSTEM_CONFIG, str(path))
    return path


def test_locked_setting_is_disabled_and_refused(qtbot, store, machine_file) -> None:
    settings = load_settings(store.paths)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.server_url.text() == SERVER
    assert dialog.is_locked_control("server_url")
    assert dialog.findChild(QLabel, "locked_server_url").text() == LOCKED_NOTE
    assert not dialog.is_locked_control("ca_bundle")
    assert not dialog.is_locked_control("idle_lock_minutes")
    # The idle lock can be shortened, never lengthened past policy.
    assert dialog.idle_minutes.maximum() == 8
    dialog.idle_minutes.setValue(3)
    # Even a control forced back on cannot change a locked value: the API refuses.
    dialog.server_url.setEnabled(True)
    dialog.server_url.setText("https://elsewhere.example.com")
    dialog.save()
    assert "IT team" in dialog.form.errors()["server_url"]
    again = load_settings(store.paths)
    assert again.server_url == SERVER
    assert again.idle_lock_minutes() == 3  # the unlocked change was kept


def test_save_changes_unlocked_settings(qtbot, store, machine_file) -> None:
    machine_file.write_text(json.dumps({"server_url": SERVER}), "utf-8")
    dialog = SettingsDialog(load_settings(store.paths))
    qtbot.addWidget(dialog)
    assert not dialog.is_locked_control("server_url")
    dialog.server_url.setText("ftp://wrong")
    dialog.save()
    assert "https://" in dialog.form.errors()["server_url"]
    dialog.server_url.setText("https://other.example.gov.uk")
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        dialog.save()
    assert load_settings(store.paths).server_url == "https://other.example.gov.uk"


def test_window_has_settings_and_about_shows_the_build(qtbot, ctx, machine_file) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, ctx)
    assert window.settings_action.text().replace("&", "") == "Settings..."
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.is_locked_control("server_url")
    dialog.idle_minutes.setValue(2)
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        dialog.save()
    assert window.idle.timer.interval() == 2 * 60_000
    box = window.about()
    assert f"Build: {DEVELOPMENT}" in box.text()
    box.close()
    window.idle.stop()
