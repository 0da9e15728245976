"""Accounts from the service: offline sign-in, a password changed on the server, errors."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TODAY, child_input
from tests.integration.serverkit import PASSWORD, ServerDb
from tests.support.sync_laptop import Laptop
from yjdesk.errors import (
    AuthenticationFailed,
    ClientTooOld,
    DeviceRevoked,
    Offline,
    StoreError,
    WrongPassword,
)
from yjdesk.laptop import LaptopStore
from yjdesk.paths import Paths
from yjdesk.server import admin
from yjdesk.services import profile
from yjdesk.services.children import create_child
from yjdesk.sync import state
from yjdesk.sync.accounts import PreviousPasswordNeeded, online_first_sign_in, sign_in
from yjdesk.sync.client import SyncClient
from yjdesk.wire import sealed
from yjdesk.wire.protocol import PROTOCOL_HEADER

NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture
def laptop(live_server: str, server_db: ServerDb, tmp_path: Path) -> Laptop:
    team = server_db.add_team()
    server_db.add_user("pat", team_id=team)
    lap = Laptop(live_server, "pat", tmp_path / "laptop")
    lap.sync()
    lap.close()
    return lap


def _dead_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def test_later_sign_in_works_offline(laptop: Laptop) -> None:
    account = state.read_account(laptop.paths)
    assert account is not None
    state.write_account(laptop.paths, state.Account(_dead_url(), account.username,
                                                    account.device_id))
    got = sign_in(laptop.paths, PASSWORD)
    try:
        assert not got.online and got.actor.user_id == laptop.actor.user_id
    finally:
        got.store.close()
    with pytest.raises(WrongPassword):
        sign_in(laptop.paths, "not the password")


def test_password_changed_on_the_server_takes_effect_at_next_online_sign_in(
        laptop: Laptop, server_db: ServerDb) -> None:
    with server_db.session() as s:
        admin.reset_password(s, server_db.settings, "pat", NEW_PASSWORD)
    with pytest.raises(WrongPassword):  # the old one is refused once the server says so
        sign_in(laptop.paths, PASSWORD)
    with pytest.raises(PreviousPasswordNeeded):
        sign_in(laptop.paths, NEW_PASSWORD)
    got = sign_in(laptop.paths, NEW_PASSWORD, previous_password=PASSWORD)
    assert got.online
    got.store.close()
    again = sign_in(laptop.paths, NEW_PASSWORD)  # the local key is now wrapped by it
    assert again.online
    again.store.close()


def test_first_sign_in_with_a_wrong_password_writes_nothing(live_server: str,
                                                            server_db: ServerDb,
                                                            tmp_path: Path) -> None:
    server_db.add_user("pat", team_id=server_db.add_team())
    paths = Paths(tmp_path / "new")
    with pytest.raises(AuthenticationFailed):
        online_first_sign_in(live_server, "pat", "wrong", paths)
    assert not paths.database.exists()
    with pytest.raises(Offline):
        online_first_sign_in(_dead_url(), "pat", PASSWORD, paths)


def test_profile_exists_already(laptop: Laptop, live_server: str) -> None:
    with pytest.raises(StoreError):
        online_first_sign_in(live_server, "pat", PASSWORD, laptop.paths)


def test_old_client_is_told_to_update(live_server: str, server_db: ServerDb) -> None:
    server_db.add_user("pat", team_id=server_db.add_team())
    with SyncClient(live_server, "0" * 36) as client:
        client._http.headers[PROTOCOL_HEADER] = "20200101"
        with pytest.raises(ClientTooOld, match="update"):
            client.login("pat", PASSWORD)


def test_revoked_device_is_refused(laptop: Laptop, server_db: ServerDb) -> None:
    account = state.read_account(laptop.paths)
    assert account is not None
    with server_db.session() as s:
        admin.revoke_device(s, account.device_id)
    laptop.store = LaptopStore.open(laptop.paths, PASSWORD)
    try:
        with pytest.raises(DeviceRevoked):
            laptop.sync()
    finally:
        laptop.store.close()


def _cli_sync(profile: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, YJDESK_PASSWORD=PASSWORD,
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    return subprocess.run([sys.executable, "-m", "yjdesk", "sync", "--data-dir", str(profile)],
                          env=env, capture_output=True, text=True, timeout=120)


def test_revoked_laptop_wipes_itself_keeping_unsynced_changes_encrypted(
        laptop: Laptop, server_db: ServerDb, tmp_path: Path) -> None:
    _, public = sealed.new_key_pair()
    Path(os.environ["YJDESK_SYSTEM_CONFIG"]).write_text(
        json.dumps({"wipe_export_key": public}), encoding="utf-8")
    laptop.store = LaptopStore.open(laptop.paths, PASSWORD)
    with laptop.uow() as u:
        create_child(u.session, child_input(given_name="Unsent"), TODAY)
    laptop.store.close()
    account = state.read_account(laptop.paths)
    assert account is not None
    with server_db.session() as s:
        admin.revoke_device(s, account.device_id)
    done = _cli_sync(laptop.paths.root)
    assert done.returncode == 2
    assert "revoked" in done.stderr and "encrypted" in done.stderr
    assert not laptop.paths.database.exists() and not laptop.paths.keyfile.exists()
    [export] = laptop.paths.root.parent.glob("laptop-revoked-export-*")
    # Only the unsynced rows, sealed to the administrator (yjdesk.sync.wipe): no copy of
    # the case database, nothing the user's password opens (test_wipe_export.py).
    assert sorted(f.name for f in export.iterdir()) == ["README.txt", "unsynced.yjexport"]
    assert b"Unsent" not in (export / "unsynced.yjexport").read_bytes()


def test_cli_sync_prints_a_summary(laptop: Laptop) -> None:
    done = _cli_sync(laptop.paths.root)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("sync done: pushed")


def test_cli_sync_offline_is_one_clear_line(laptop: Laptop) -> None:
    account = state.read_account(laptop.paths)
    assert account is not None
    laptop.store = LaptopStore.open(laptop.paths, PASSWORD)
    with laptop.store.session() as s, s.begin():
        profile.set_meta(s, state.SERVER_URL, _dead_url())
    laptop.store.close()
    done = _cli_sync(laptop.paths.root)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "Offline" in done.stderr
