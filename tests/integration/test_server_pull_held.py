"""The held children (``device_child``) at a team's scale: written, revoked, brought back
and checked for rows already pulled past with one statement each, the ids passed as one
JSON text (``yjdesk.server.idlist``), on SQLite and PostgreSQL.

More children than a statement used to name at once (2,000), so a list cut short, an id
dropped or repeated, or a child of another team let through shows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, text

from tests.integration.serverkit import ServerDb, child_fields
from yjdesk.models.org import Role
from yjdesk.models.server import DeviceChild, ServerDevice
from yjdesk.models.types import new_id, utcnow
from yjdesk.server import feed, pull
from yjdesk.server.settings import session_factory
from yjdesk.services.uow import Actor
from yjdesk.wire import protocol as p

MANY = 2_600


def _children(db: ServerDb, team: str, n: int) -> list[str]:
    ids = [new_id() for _ in range(n)]
    db.put_many([("child", i, {**_python(child_fields(team, None)), "given_name": f"C{k}"})
                 for k, i in enumerate(ids)])
    return ids


def _python(fields: dict[str, Any]) -> dict[str, Any]:
    return {**fields, "date_of_birth": dt.date.fromisoformat(fields["date_of_birth"])}


class _Laptop:
    """A device pulling in process (``pull.pull``, a transaction a page, as the route)."""

    def __init__(self, db: ServerDb, user_id: str, team: str) -> None:
        self.db = db
        self.factory = session_factory(db.engine)
        self.device = new_id()
        with self.factory() as s, s.begin():
            s.add(ServerDevice(id=self.device, user_id=user_id, name="test"))
        self.actor = Actor(user_id=user_id, role=Role.TEAM_MANAGER, team_id=team,
                           device_id=self.device, display_name="Tess")
        self.cursor = 0

    def pull_all(self) -> tuple[list[dict[str, Any]], list[str]]:
        rows: list[dict[str, Any]] = []
        revoked: list[str] = []
        while True:
            with self.factory() as s, s.begin():
                page = pull.pull(s, self.actor, p.PullRequest(cursor=self.cursor,
                                                             limit=p.MAX_PULL_LIMIT))
            rows += page.rows
            revoked = page.revoked_children
            self.cursor = page.next_cursor
            if not page.more:
                return rows, revoked

    def held(self) -> dict[str, bool]:
        with self.factory() as s:
            return {c: bool(r) for c, r in s.execute(select(
                DeviceChild.child_id, DeviceChild.revoked).where(
                DeviceChild.device_id == self.device))}


def _move(db: ServerDb, child_ids: list[str], team: str) -> None:
    """Children change team behind the feed's back (the scope reads ``child``)."""
    with db.engine.begin() as conn:
        for start in range(0, len(child_ids), 500):
            part = child_ids[start:start + 500]
            conn.execute(text("UPDATE child SET team_id = :t WHERE id IN ("
                              + ", ".join(f"'{c}'" for c in part) + ")"), {"t": team})


def _children_of(rows: list[dict[str, Any]]) -> set[str]:
    return {r["child_id"] for r in rows if r["child_id"] is not None}


def test_a_teams_held_children_are_recorded_revoked_and_sent_again(server_db: ServerDb
                                                                   ) -> None:
    north = server_db.add_team("North Team", "NORTH")
    south = server_db.add_team("South Team", "SOUTH")
    tess = server_db.add_user("tess", Role.TEAM_MANAGER, north)
    ours = _children(server_db, north, MANY)
    theirs = _children(server_db, south, 30)
    laptop = _Laptop(server_db, tess, north)

    rows, revoked = laptop.pull_all()
    assert revoked == []
    assert _children_of(rows) == set(ours)
    assert sorted(r["id"] for r in rows if r["table"] == "child") == sorted(ours)
    assert laptop.held() == dict.fromkeys(ours, False)

    # 2,100 leave the team: all named revoked, nothing of theirs sent, nothing else marked
    leaving = sorted(ours)[:2_100]
    _move(server_db, leaving, south)
    rows, revoked = laptop.pull_all()
    assert rows == [] and revoked == leaving
    held = laptop.held()
    assert {c for c, r in held.items() if r} == set(leaving)
    assert set(held) == set(ours)

    # 2,050 come back before the laptop acknowledged the purge: sent again, whole
    back = leaving[:2_050]
    _move(server_db, back, north)
    rows, revoked = laptop.pull_all()
    assert revoked == leaving[2_050:]
    assert sorted(r["id"] for r in rows if r["table"] == "child") == back
    assert _children_of(rows) == set(back)
    held = laptop.held()
    assert {c for c, r in held.items() if r} == set(leaving[2_050:])

    # children the laptop never held enter the team: the ones whose rows it has pulled
    # past are sent again (new positions), a brand-new one is sent as it is
    before = {c: server_db.row("child", c) for c in theirs}
    _move(server_db, theirs, north)
    fresh = _children(server_db, north, 1)[0]
    fresh_row = server_db.row("child", fresh)
    rows, revoked = laptop.pull_all()
    assert sorted(r["id"] for r in rows) == sorted([*theirs, fresh])
    assert all(r["rev"] == 1 for r in rows)
    after = {c: server_db.row("child", c) for c in theirs}
    assert all(after[c]["server_seq"] > before[c]["server_seq"] for c in theirs)  # type: ignore[index]
    assert server_db.row("child", fresh) == fresh_row  # not republished
    held = laptop.held()
    assert {*ours, *theirs, fresh} == set(held)
    assert {c for c, r in held.items() if r} == set(leaving[2_050:])
    again, _ = laptop.pull_all()
    assert again == []


def test_ids_travel_as_json_exactly(server_db: ServerDb) -> None:
    """Ids with quotes, backslashes, JSON and SQL syntax and non-ASCII text are held,
    revoked and matched exactly as given (bound as one text value, never spliced)."""
    odd = ["a'b", 'q"uote', "back\\slash", "é☃\u00a0x", "x'); DROP TABLE child; --",
           "[1,2]", "null", " spaced ", "%s", ":ids"]
    other = [f"plain-{i}" for i in range(2_500)]
    device = new_id()
    now = utcnow()
    with server_db.engine.begin() as conn:
        ids = pull._IdStatements.of(conn.dialect)
        ids.hold(conn, device, set(odd) | set(other), now)
        ids.hold(conn, device, set(odd[:3]), now)  # held already: no error, no repeat
        ids.set_revoked(conn, device, set(odd[4:]), True, now)
    with server_db.engine.connect() as conn:
        got = dict(conn.execute(select(DeviceChild.child_id, DeviceChild.revoked).where(
            DeviceChild.device_id == device)).all())
    assert server_db.count("child") == 0  # (the table is still there)
    assert sorted(got) == sorted([*odd, *other])
    assert {c for c, r in got.items() if r} == set(odd[4:])
    # the feed read by the same kind of list: which of these have rows at or below a cursor
    row = new_id()
    with server_db.session() as s:
        seqs = feed.DeferredCounter(s)
        feed.write_row(s, seqs, feed.tables()["child"], row,
                       _python(child_fields(None, None)), user_id=None, device_id=None,
                       current=None)
        seqs.finish()
    with server_db.engine.connect() as conn:
        ids = pull._IdStatements.of(conn.dialect)
        horizon = int(conn.execute(feed.HORIZON).scalar_one())
        assert ids.pulled_past(conn, {row, *odd}, horizon) == {row}
        assert ids.pulled_past(conn, {row, *odd}, horizon - 1) == set()
