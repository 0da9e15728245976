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


def test_the_dialog_and_its_certificates_file_dialog_are_in_the_person_s_language(
        qtbot, store, machine_file, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CA certificates file dialog's title and file kinds, the note beside a locked
    setting, the address in use, the idle lock's limit and unit go through the
    translation; in English they read as before."""
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.test_translatable import _marked, _pseudo_locale
    from yjdesk.ui.tour import listed_sources

    asked: list[tuple[str, str]] = []

    def pick(_parent: object, title: str, _start: str, kinds: str) -> tuple[str, str]:
        asked.append((title, kinds))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)

    def shown(in_use: str) -> tuple[str, str, str, str, str, str]:
        dialog = SettingsDialog(load_settings(store.paths), in_use=in_use)
        qtbot.addWidget(dialog)
        dialog._browse()
        dialog.idle_minutes.setValue(1)
        one = dialog.idle_minutes.prefix() + "1" + dialog.idle_minutes.suffix()
        dialog.idle_minutes.setValue(5)
        return (dialog.findChild(QLabel, "locked_server_url").text(), dialog.in_use.text(),
                dialog.idle_minutes.toolTip(), one,
                dialog.idle_minutes.prefix() + "5" + dialog.idle_minutes.suffix(),
                dialog.server_url.toolTip())

    assert shown(SERVER) == (LOCKED_NOTE, f"In use now: {SERVER}.",
                             "At most 8 minutes (service policy)", "1 minute", "5 minutes",
                             LOCKED_NOTE)
    assert shown("https://other.example.com")[1] == (
        "In use now: https://other.example.com. A different address here is used from the "
        "next sign-in.")
    assert asked[0] == ("CA certificates", "Certificates (*.pem *.crt *.cer);;All files (*)")
    asked.clear()
    with _pseudo_locale() as pseudo:
        welsh = shown(SERVER)
    assert welsh[:3] == (_marked(LOCKED_NOTE), _marked(f"In use now: {SERVER}."),
                         _marked("At most 8 minutes (service policy)"))
    assert welsh[4] == _marked("5 minutes")  # the unit around the number, as translated
    with _pseudo_locale():  # a translation's plural form writes 1500, not English's 1,500
        dialog = SettingsDialog(load_settings(store.paths), in_use=SERVER)
        qtbot.addWidget(dialog)
        dialog._minutes_suffix(1500)
        assert "1500" not in dialog.idle_minutes.prefix() + dialog.idle_minutes.suffix()
        assert (dialog.idle_minutes.prefix() + "1500" + dialog.idle_minutes.suffix()
                == _marked("1500 minutes"))
    assert asked[0] == (_marked("CA certificates"),
                        f"{_marked('Certificates (*.pem *.crt *.cer)')};;"
                        f"{_marked('All files (*)')}")
    assert sorted(pseudo.sources - listed_sources()) == []
