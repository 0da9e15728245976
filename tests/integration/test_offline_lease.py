"""The offline lease (issue 11, finding 6): a laptop that has not reached the sync service
for longer than the service's offline grace asks for an online sign-in before it opens its
records, and says why -- in the sign-in window too. Real service on loopback, real
encrypted store, real Qt (offscreen)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import socket
from pathlib import Path

import pytest

from tests.integration.serverkit import PASSWORD, ServerDb
from tests.support.sync_laptop import Laptop
from yjdesk.laptop import LaptopStore
from yjdesk.models.types import utcnow
from yjdesk.services.profile import get_meta, set_meta
from yjdesk.sync import lease, state
from yjdesk.sync.accounts import sign_in
from yjdesk.sync.lease import LeaseExpired
from yjdesk.ui.signin import SignInDialog, open_profile


@pytest.fixture
def laptop(live_server: str, server_db: ServerDb, tmp_path: Path) -> Laptop:
    server_db.add_user("pat", team_id=server_db.add_team())
    server_db.settings.offline_grace_days = 3  # the service's setting, sent to laptops
    lap = Laptop(live_server, "pat", tmp_path / "laptop")
    lap.close()
    return lap


def _dead_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def _go_offline(paths: object, url: str | None = None) -> str:
    """Point the account at a dead address (or back at ``url``); returns the old one."""
    account = state.read_account(paths)  # type: ignore[arg-type]
    assert account is not None
    state.write_account(paths, dataclasses.replace(  # type: ignore[arg-type]
        account, server_url=url or _dead_url()))
    return account.server_url


def _last_contact(laptop: Laptop, when: dt.datetime) -> None:
    store = LaptopStore.open(laptop.paths, PASSWORD)
    try:
        session = store.session()
        session.info["sync_apply"] = True
        with session, session.begin():
            set_meta(session, lease.LAST_CONTACT, when.isoformat())
            set_meta(session, state.LAST_SYNCED, when.isoformat())
    finally:
        store.close()


def test_offline_past_the_grace_does_not_open_until_an_online_sign_in(
        laptop: Laptop) -> None:
    got = sign_in(laptop.paths, PASSWORD)  # online: the service's grace is kept
    with got.store.session() as s:
        assert get_meta(s, lease.GRACE_DAYS) == "3"
    got.store.close()
    live = _go_offline(laptop.paths)
    _last_contact(laptop, utcnow() - dt.timedelta(days=2))
    sign_in(laptop.paths, PASSWORD).store.close()  # offline within the grace: opens

    _last_contact(laptop, utcnow() - dt.timedelta(days=4))
    with pytest.raises(LeaseExpired, match=r"not reached the sync service for 4 days.*3 days"):
        sign_in(laptop.paths, PASSWORD)
    # Deleting the (plain) account file does not get round it: the lease is in the store.
    account_file = laptop.paths.root / "account.json"
    saved = account_file.read_text()
    account_file.unlink()
    with pytest.raises(LeaseExpired):
        open_profile(laptop.paths, PASSWORD)
    account_file.write_text(saved)

    _go_offline(laptop.paths, live)  # back on the network: the online sign-in renews it
    sign_in(laptop.paths, PASSWORD).store.close()
    _go_offline(laptop.paths)
    sign_in(laptop.paths, PASSWORD).store.close()


def test_a_clock_turned_back_does_not_stretch_the_lease(laptop: Laptop) -> None:
    _go_offline(laptop.paths)
    _last_contact(laptop, utcnow() + dt.timedelta(days=3))
    with pytest.raises(LeaseExpired, match="clock"):
        sign_in(laptop.paths, PASSWORD)


def test_the_sign_in_window_says_why(qtbot, laptop: Laptop) -> None:
    _go_offline(laptop.paths)
    _last_contact(laptop, utcnow() - dt.timedelta(days=10))
    dialog = SignInDialog(laptop.paths, username="pat")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.lease_note.isVisible()
    dialog.password.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.lease_note.isVisible(), timeout=20_000)
    assert "has not reached the sync service for 10 days" in dialog.lease_note.text()
    assert "Connect to the network and sign in again" in dialog.lease_note.text()
    assert dialog.session is None and dialog.isVisible()
