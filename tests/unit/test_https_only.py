"""HTTPS only (issue 11, finding 7): a sync-service address on the network must use
https://; plain http:// is for this computer only. The machine-wide config, the settings,
``yjdesk connect``, the connect window and the sync client refuse with the same words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from yjdesk.cli import EXIT_KNOWN_ERROR, main
from yjdesk.config import ENV_SYSTEM_CONFIG, load_settings
from yjdesk.errors import KnownError, SyncError, ValidationError
from yjdesk.paths import Paths
from yjdesk.sync.client import SyncClient
from yjdesk.wire.urls import HTTPS_ONLY, server_url_problem

REMOTE_HTTP = "http://yjdesk-sync.example-council.gov.uk"


@pytest.mark.parametrize(("url", "ok"), [
    ("https://yjdesk-sync.example-council.gov.uk", True),
    ("https://10.0.0.5:8443", True),
    ("http://127.0.0.1:8765", True),
    ("http://localhost:8765", True),
    ("http://[::1]:8765", True),
    (REMOTE_HTTP, False),
    ("http://10.0.0.5:8765", False),
    ("http://127.0.0.1.evil.example", False),
    ("ftp://yjdesk-sync.example", False),
    ("https://", False),
    ("yjdesk-sync.example", False),
])
def test_the_rule(url: str, ok: bool) -> None:
    assert (server_url_problem(url) is None) is ok


def test_machine_config_with_remote_http_stops_with_the_one_message(tmp_path: Path) -> None:
    machine = tmp_path / "config.json"
    machine.write_text(json.dumps({"server_url": REMOTE_HTTP}))
    with pytest.raises(KnownError) as caught:
        load_settings(Paths(tmp_path / "p"), machine)
    assert HTTPS_ONLY in str(caught.value) and str(machine) in str(caught.value)


def test_settings_refuse_remote_http(tmp_path: Path) -> None:
    settings = load_settings(Paths(tmp_path / "p"), tmp_path / "none.json")
    with pytest.raises(ValidationError) as caught:
        settings.set("server_url", REMOTE_HTTP)
    assert caught.value.errors == {"server_url": HTTPS_ONLY}
    settings.set("server_url", "http://127.0.0.1:8765")  # this computer: allowed
    assert settings.server_url == "http://127.0.0.1:8765"


def test_sync_client_refuses_remote_http() -> None:
    with pytest.raises(SyncError) as caught:
        SyncClient(REMOTE_HTTP, "0" * 36)
    assert str(caught.value) == HTTPS_ONLY


def test_connect_refuses_remote_http(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(ENV_SYSTEM_CONFIG, str(tmp_path / "none.json"))
    monkeypatch.setenv("YJDESK_PASSWORD", "a password")
    laptop = tmp_path / "laptop"
    assert main(["connect", "--user", "pat", "--server", REMOTE_HTTP,
                 "--data-dir", str(laptop)]) == EXIT_KNOWN_ERROR
    err = capsys.readouterr().err
    assert HTTPS_ONLY in err and err.strip().count("\n") == 0
    assert not (laptop / "yjdesk.db").exists()


def test_connect_window_refuses_remote_http(qtbot, tmp_path: Path) -> None:
    from yjdesk.ui.connect_dialog import ConnectDialog

    settings = load_settings(Paths(tmp_path / "p"), tmp_path / "none.json")
    dialog = ConnectDialog(Paths(tmp_path / "p"), settings)
    qtbot.addWidget(dialog)
    dialog.server.setText(REMOTE_HTTP)
    dialog.username.setText("pat")
    dialog.password.setText("a password")
    dialog.submit()
    assert not dialog.working
    assert dialog.form.errors().get("server_url") == HTTPS_ONLY
