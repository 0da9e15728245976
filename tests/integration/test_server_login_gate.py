"""Password sign-ins (Argon2) a few at a time: the rest queue, then hear "busy, retry".

The service lets ``login_slots`` sign-ins work at once; one that cannot start within
``login_wait_seconds`` is answered 503 ``busy`` with ``Retry-After``. Laptops then wait
and ask again (saying so), so a crowd signing in at once all get in, none fail.
"""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

import httpx
import pytest

from tests.integration.serverkit import PASSWORD, ServerDb, World
from yjdesk.errors import ServiceBusy
from yjdesk.sync import accounts
from yjdesk.sync.client import SyncClient
from yjdesk.wire import protocol as p

CROWD = 8


@pytest.fixture
def gated(server_db: ServerDb, world: World) -> list[str]:
    """One sign-in at a time, a short wait; users whose passwords cost real Argon2 work."""
    settings = server_db.settings
    settings.login_slots, settings.login_wait_seconds = 1, 0.05
    cheap = (settings.argon2_time_cost, settings.argon2_memory_kib)
    settings.argon2_time_cost, settings.argon2_memory_kib = 2, 16384
    try:
        return [server_db.add_user(f"crowd{i}", team_id=world.north) and f"crowd{i}"
                for i in range(CROWD)]
    finally:
        settings.argon2_time_cost, settings.argon2_memory_kib = cheap


@pytest.mark.parametrize("server_db", ["sqlite"], indirect=True)
def test_a_crowd_of_sign_ins_queues_and_everyone_gets_in(gated: list[str],
                                                         live_server: str) -> None:
    # Without retrying, some of the crowd are told to come back later, politely.
    raw: list[httpx.Response] = []

    def once(username: str) -> None:
        raw.append(httpx.post(live_server + p.API_PREFIX + "/auth/login", timeout=60, json={
            "username": username, "password": PASSWORD, "device_id": str(uuid.uuid4())},
            headers={p.PROTOCOL_HEADER: str(p.PROTOCOL_VERSION)}))

    threads = [threading.Thread(target=once, args=(u,)) for u in gated]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    busy = [r for r in raw if r.status_code == 503]
    assert busy and all(r.status_code in (200, 503) for r in raw)
    assert all(r.json()["error"] == "busy" and int(r.headers["Retry-After"]) >= 1
               for r in busy)
    assert "busy" in busy[0].json()["message"]

    # Laptops wait their turn and say so; every one of them gets in.
    heard: list[float] = []
    got: list[str] = []
    errors: list[BaseException] = []

    def short_sleep(seconds: float) -> None:
        threading.Event().wait(min(seconds, 0.2))

    def laptop(username: str) -> None:
        try:
            with SyncClient(live_server, str(uuid.uuid4())) as client:
                client._sleep = short_sleep
                got.append(client.login(username, PASSWORD, on_busy=heard.append).user.username)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=laptop, args=(u,)) for u in gated]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert sorted(got) == sorted(gated)
    assert heard and all(s >= 1 for s in heard)  # "busy, retrying in N seconds"


@pytest.mark.parametrize("server_db", ["sqlite"], indirect=True)
def test_a_busy_service_does_not_stop_a_laptop_unlocking(gated: list[str], live_server: str,
                                                         server_db: ServerDb,
                                                         tmp_path: Path) -> None:
    paths_root = tmp_path / "laptop"
    from yjdesk.paths import Paths

    paths = Paths(paths_root)
    store = accounts.online_first_sign_in(live_server, gated[0], PASSWORD, paths)
    store.close()
    # Everyone else is signing in: the service answers every sign-in "busy".
    server_db.settings.login_queue = 0
    got = accounts.sign_in(paths, PASSWORD)  # the password opens the store here: no wait
    try:
        assert got.online is False and got.actor.user_id
    finally:
        got.store.close()
    with SyncClient(live_server, str(uuid.uuid4())) as client, pytest.raises(ServiceBusy):
        client.login(gated[0], PASSWORD, busy_wait=0.0)
    # A laptop that must have the service's answer waits its turn, saying so, then gets in.
    heard: list[float] = []

    def wait(seconds: float) -> None:
        if len(heard) == 3:
            server_db.settings.login_queue = 200  # the crowd has gone

    with SyncClient(live_server, str(uuid.uuid4())) as client:
        client._sleep = wait
        tokens = client.login(gated[0], PASSWORD, on_busy=heard.append)
    assert tokens.user.username == gated[0]
    assert len(heard) == 3 and all(s >= 1 for s in heard)
