"""Client and service versions out of step (docs/deploy.md, "Upgrading").

The service accepts a window of protocol versions (``ServiceSettings.protocol_min`` ..
``protocol_version``). These tests run the real service on loopback one protocol version
*ahead* of this client -- the state of every laptop between a server upgrade and its own
update -- and check that:

* a client one version older than the service, but inside the window, still syncs both
  ways;
* once the service stops accepting the client's version, the client gets the "please
  update yjdesk" message (HTTP 426), on first sign-in and from ``yjdesk sync``, and keeps
  its unsynced work.
"""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from tests.integration.serverkit import PASSWORD, ServerDb
from tests.support.sync_laptop import Laptop
from yjdesk.cli import EXIT_KNOWN_ERROR, main
from yjdesk.errors import ClientTooOld
from yjdesk.laptop import LaptopStore
from yjdesk.models import Child, SyncPending
from yjdesk.paths import Paths
from yjdesk.sync.accounts import online_first_sign_in
from yjdesk.wire.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION

#: The next dated protocol: what a service one release ahead of this client speaks.
NEXT_PROTOCOL = PROTOCOL_VERSION + 1


@pytest.fixture
def org(server_db: ServerDb) -> tuple[str, str]:
    team = server_db.add_team()
    pat = server_db.add_user("pat", team_id=team)
    child = server_db.add_child(team, pat, given_name="Kian", family_name="Marsden")
    server_db.allocate(child, pat)
    return pat, child


@pytest.fixture
def newer_service(server_db: ServerDb, org: tuple[str, str],
                  request: pytest.FixtureRequest) -> str:
    """The live service speaking NEXT_PROTOCOL and still accepting this client's version."""
    server_db.settings.protocol_version = NEXT_PROTOCOL
    server_db.settings.protocol_min = PROTOCOL_VERSION
    url: str = request.getfixturevalue("live_server")
    return url


def test_service_reports_its_window(newer_service: str) -> None:
    health = httpx.get(newer_service + "/health", timeout=10).json()
    assert health["protocol"] == NEXT_PROTOCOL
    assert health["protocol_min"] == PROTOCOL_VERSION


def test_client_one_version_older_still_syncs(newer_service: str, server_db: ServerDb,
                                              org: tuple[str, str], tmp_path: Path) -> None:
    _pat, child_id = org
    laptop = Laptop(newer_service, "pat", tmp_path / "laptop")
    try:
        first = laptop.sync()
        assert not first.failed
        child = laptop.child(child_id)
        assert child is not None and child.given_name == "Kian"
        laptop.edit(Child, child_id, ete_provider="Westby College")
        second = laptop.sync()
        assert not second.failed and second.pushed >= 1
    finally:
        laptop.close()
    row = server_db.row("child", child_id)
    assert row is not None and row["ete_provider"] == "Westby College"


def test_client_below_the_window_is_told_to_update(newer_service: str, server_db: ServerDb,
                                                   tmp_path: Path) -> None:
    server_db.settings.protocol_min = NEXT_PROTOCOL  # the service drops this client's version
    with pytest.raises(ClientTooOld) as info:
        online_first_sign_in(newer_service, "pat", PASSWORD, Paths(tmp_path / "new"))
    assert "please update yjdesk" in str(info.value)
    assert not (tmp_path / "new" / "yjdesk.db").exists()  # nothing half-made locally
    # The raw answer: 426 with the error body every client can show.
    response = httpx.post(newer_service + API_PREFIX + "/auth/login", timeout=10,
                          headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
                          json={"username": "pat", "password": PASSWORD,
                                "device_id": "0" * 36})
    assert response.status_code == 426
    assert response.json()["error"] == "upgrade_required"


def test_laptop_left_behind_by_an_upgrade_keeps_its_work(
        newer_service: str, server_db: ServerDb, org: tuple[str, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _pat, child_id = org
    laptop = Laptop(newer_service, "pat", tmp_path / "laptop")
    try:
        laptop.sync()
        laptop.edit(Child, child_id, ete_provider="Kirkham Academy")
    finally:
        laptop.close()
    server_db.settings.protocol_min = NEXT_PROTOCOL  # IT raises the minimum
    monkeypatch.setenv("YJDESK_PASSWORD", PASSWORD)
    status = main(["sync", "--data-dir", os.fspath(tmp_path / "laptop")])
    err = capsys.readouterr().err
    assert status == EXIT_KNOWN_ERROR
    assert "Please update yjdesk" in err
    assert "Traceback" not in err
    # The edit is still waiting to be sent once yjdesk is updated.
    store = LaptopStore.open(Paths(tmp_path / "laptop"), PASSWORD)
    try:
        with store.session() as s:
            pending = s.scalar(select(func.count()).select_from(SyncPending)) or 0
            assert pending >= 1
            child = s.get(Child, child_id)
            assert child is not None and child.ete_provider == "Kirkham Academy"
    finally:
        store.close()
    row = server_db.row("child", child_id)
    assert row is not None and row["ete_provider"] != "Kirkham Academy"
