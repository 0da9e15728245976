"""Reads do not write (issue 18, finding 3).

A pull with a cursor the service never gave the device -- beyond the feed counter, or any
cursor from a device that has never pulled -- used to make the service republish every row
of the caller's children with new feed positions, so one read re-sent data to every other
laptop. It is now refused as invalid before anything is written, and the laptop's engine
then pulls from the start.
"""

from __future__ import annotations

from pathlib import Path

from tests.integration.serverkit import ApiClient, ServerDb, World
from tests.support.sync_laptop import Laptop
from yjdesk.models import Child
from yjdesk.server import feed
from yjdesk.sync import state
from yjdesk.wire import protocol as p


def _feed(db: ServerDb) -> dict[str, list[tuple[object, ...]]]:
    snap = db.snapshot()
    # a pull may touch this device's own bookkeeping (and sign-in its token), nothing else
    return {k: v for k, v in snap.items()
            if k not in {"device_child", "server_device", "server_token", "login_attempt"}}


def test_a_cursor_never_given_is_refused_and_moves_nothing(
        live_server: str, server_db: ServerDb, world: World) -> None:
    for i in range(3):
        server_db.put("relationship", {"child_id": world.north_child, "name": f"P{i}",
                                       "relationship_type": "other"})
    with ApiClient(live_server, "pat") as first, ApiClient(live_server, "pat") as fresh:
        first.login()
        rows, _ = first.pull_all()
        assert rows
        fresh.login()
        before = _feed(server_db)
        for cursor in (2 ** 62, 2 ** 80, first.cursor, 1):  # beyond, or never given
            r = fresh.post("/sync/pull", {"cursor": cursor, "limit": 100})
            assert r.status_code == 409, r.text
            assert r.json()["error"] == p.INVALID_CURSOR
            assert "start" in r.json()["message"]
        assert _feed(server_db) == before  # no row moved, no counter taken
        again, _ = first.pull_all()
        assert again == []  # the other laptop has nothing to download again
        # after an honest first pull the device may use its cursor, not one beyond it
        fresh.pull_all()
        r = fresh.post("/sync/pull", {"cursor": fresh.cursor + 1, "limit": 100})
        assert r.status_code == 409 and r.json()["error"] == p.INVALID_CURSOR
        assert fresh.post("/sync/pull", {"cursor": fresh.cursor}).status_code == 200


def test_a_laptop_whose_cursor_is_refused_pulls_from_the_start(
        live_server: str, server_db: ServerDb, world: World, tmp_path: Path) -> None:
    laptop = Laptop(live_server, "pat", tmp_path / "pat")
    try:
        laptop.sync()
        with laptop.store.session() as s, s.begin():
            state.set_cursor(s, 10 ** 12)  # e.g. the service's database was restored
        server_db.put("child", {"ete_provider": "After restore"}, world.north_child)
        before = _feed(server_db)
        result = laptop.sync()
        assert result.waiting == []
        child = laptop.child(world.north_child)
        assert isinstance(child, Child) and child.ete_provider == "After restore"
        with server_db.session() as s:
            horizon = feed.committed_horizon(s)
        with laptop.store.session() as s:
            assert state.cursor(s) == horizon
        assert _feed(server_db) == before
    finally:
        laptop.close()
