"""A steady pull's round trips: the token check, the puller's scope state and the page's
feed entries are ONE statement for a token that pulled before, and a page's rows of
several tables are ONE statement on PostgreSQL -- while everything the token and the
scope decide is still read on every pull: a revoked device, a disabled account, a child
leaving or entering the caseload and a new role are each seen on the very next pull with
the same token."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import event, update

from tests.integration.serverkit import PASSWORD, ServerDb
from yjdesk.models.org import Role, UserAccount
from yjdesk.server import admin, pull
from yjdesk.server.app import create_app
from yjdesk.wire import protocol as p


class Laptop:
    """One laptop talking to the real app in this process (no sockets), with every
    statement the service sends through its engine recorded."""

    def __init__(self, server_db: ServerDb, username: str) -> None:
        self.app = create_app(server_db.settings)
        self.loop = asyncio.new_event_loop()
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app),
                                      base_url="http://test",
                                      headers={p.PROTOCOL_HEADER: str(p.PROTOCOL_VERSION)})
        self.device = str(uuid.uuid4())
        self.cursor = 0
        self.statements: list[str] = []

        @event.listens_for(self.app.state.engine, "before_cursor_execute")
        def seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            if not statement.startswith("BEGIN"):  # (SQLite's BEGIN IMMEDIATE)
                self.statements.append(statement)
        r = self.post("/auth/login", {"username": username, "password": PASSWORD,
                                      "device_id": self.device})
        assert r.status_code == 200, r.text
        self.http.headers["Authorization"] = f"Bearer {r.json()['access_token']}"

    def post(self, path: str, body: dict[str, Any]) -> httpx.Response:
        return self.loop.run_until_complete(self.http.post(p.API_PREFIX + path, json=body))

    def pull(self) -> dict[str, Any]:
        """One page from the laptop's cursor (moved on); the statements it sent are
        :attr:`statements`."""
        self.statements.clear()
        r = self.post("/sync/pull", {"cursor": self.cursor, "limit": 500})
        assert r.status_code == 200, r.text
        page: dict[str, Any] = r.json()
        self.cursor = page["next_cursor"]
        return page

    def pull_all(self) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        while True:
            page = self.pull()
            rows += page["rows"]
            if not page["more"]:
                return rows

    def close(self) -> None:
        self.loop.run_until_complete(self.http.aclose())
        self.loop.close()
        self.app.service.threads.shutdown()
        self.app.state.engine.dispose()


@pytest.fixture
def north(server_db: ServerDb) -> tuple[str, str, str, str]:
    """A team with pat (a practitioner holding one child) and a second child of the team
    that pat does not hold: (team, pat, pat's child, the other child)."""
    team = server_db.add_team("North Team", "NORTH")
    pat = server_db.add_user("pat", Role.PRACTITIONER, team)
    sam = server_db.add_user("sam", Role.PRACTITIONER, team)
    mine = server_db.add_child(team, pat)
    server_db.allocate(mine, pat)
    other = server_db.add_child(team, sam)
    server_db.allocate(other, sam)
    return team, pat, mine, other


@pytest.fixture
def laptop(server_db: ServerDb, north: tuple[str, str, str, str]) -> Iterator[Laptop]:
    lap = Laptop(server_db, "pat")
    try:
        yield lap
    finally:
        lap.close()


def _children(rows: list[dict[str, Any]]) -> set[str]:
    return {r["id"] for r in rows if r["table"] == "child"}


def test_a_steady_pull_sends_the_token_check_with_the_scope_and_its_rows_at_once(
        server_db: ServerDb, north: tuple[str, str, str, str], laptop: Laptop) -> None:
    _, _, mine, other = north
    assert _children(laptop.pull_all()) == {mine}
    # the laptop's own edit of two tables comes back on its next pull
    r = laptop.post("/sync/push", {"batch_id": str(uuid.uuid4()), "changes": [
        {"table": "child", "id": mine, "base_rev": 1, "fields": {"ete_hours": 5}},
        {"table": "relationship", "id": str(uuid.uuid4()), "base_rev": 0,
         "fields": {"child_id": mine, "name": "Aunt", "relationship_type": "other"}}]})
    assert r.status_code == 200 and all(
        x["status"] == "applied" for x in r.json()["results"]), r.text
    page = laptop.pull()
    assert sorted(row["table"] for row in page["rows"]) == ["child", "relationship"]
    assert next(row for row in page["rows"] if row["table"] == "child"
                )["fields"]["ete_hours"] == 5
    sent = laptop.statements
    # 1: the token check, the scope state (the token's row, the children in scope, the
    # held children) and the feed page in one statement; then the rows: one statement for
    # both tables (on SQLite too, so its tests run the statement PostgreSQL runs)
    assert all(name in sent[0] for name in ("server_token", "device_child", "allocation",
                                             "feed_entry", "server_counter"))
    rows = sent[1:]
    assert len(rows) == 1 and "FROM relationship " in rows[0] \
        and "FROM child " in rows[0], sent
    # and an empty pull: the first only
    assert laptop.pull()["rows"] == [] and len(laptop.statements) == 1
    assert other not in _children(page["rows"])


def test_a_revoked_device_is_refused_on_the_next_pull(
        server_db: ServerDb, laptop: Laptop) -> None:
    laptop.pull_all()
    laptop.pull()  # the token's scope statement is known now
    with server_db.session() as s:
        admin.revoke_device(s, laptop.device)
    r = laptop.post("/sync/pull", {"cursor": laptop.cursor})
    assert r.status_code == 403 and r.json()["error"] == "device_revoked"


def test_a_disabled_account_is_refused_on_the_next_pull_though_its_token_remains(
        server_db: ServerDb, north: tuple[str, str, str, str], laptop: Laptop) -> None:
    _, pat, _, _ = north
    laptop.pull_all()
    laptop.pull()
    with server_db.session() as s:  # (set_active also ends the tokens; this keeps them)
        admin.put_row(s, "user_account", pat, {"active": False}, new=False)
    r = laptop.post("/sync/pull", {"cursor": laptop.cursor})
    assert r.status_code == 401 and r.json()["error"] == "account_disabled"
    with server_db.session() as s:
        s.execute(update(UserAccount).where(UserAccount.id == pat).values(deleted=True,
                                                                            active=True))
    r = laptop.post("/sync/pull", {"cursor": laptop.cursor})
    assert r.status_code == 401 and r.json()["error"] == "account_disabled"


def test_a_child_leaving_the_caseload_is_revoked_on_the_next_pull(
        server_db: ServerDb, north: tuple[str, str, str, str], laptop: Laptop) -> None:
    _, _, mine, _ = north
    assert _children(laptop.pull_all()) == {mine}
    laptop.pull()
    with server_db.session() as s:
        sam = admin.user_by_name(s, "sam").id
    server_db.reallocate(mine, sam)
    page = laptop.pull()
    assert page["revoked_children"] == [mine]
    assert mine not in _children(page["rows"])
    # and given back: sent again in full
    server_db.reallocate(mine, admin_user(server_db, "pat"))
    rows = laptop.pull_all()
    assert mine in _children(rows)


def admin_user(server_db: ServerDb, username: str) -> str:
    with server_db.session() as s:
        return admin.user_by_name(s, username).id


def test_a_child_entering_the_caseload_between_pulls_is_on_the_next_page(
        server_db: ServerDb, north: tuple[str, str, str, str], laptop: Laptop) -> None:
    """The feed entries read with the token check (by the children the device held then)
    are not this page's when the pull holds a new child: read again, it is on it."""
    team, pat, mine, _ = north
    laptop.pull_all()
    laptop.pull()
    new = server_db.add_child(team, pat)
    server_db.allocate(new, pat)
    page = laptop.pull()
    assert new in _children(page["rows"]) and not page["more"]
    assert mine not in _children(page["rows"])
    # and a child given back before the laptop acknowledged its purge: sent again whole
    with server_db.session() as s:
        sam = admin.user_by_name(s, "sam").id
    server_db.reallocate(new, sam)
    assert laptop.pull()["revoked_children"] == [new]
    server_db.reallocate(new, pat)
    rows = laptop.pull_all()
    assert {r["table"] for r in rows if new in (r["id"], r.get("child_id"))} >= {
        "child", "allocation"}


def test_a_new_role_is_pulled_with_the_same_token(
        server_db: ServerDb, north: tuple[str, str, str, str], laptop: Laptop) -> None:
    _, pat, mine, other = north
    assert _children(laptop.pull_all()) == {mine}
    laptop.pull()
    # made team manager while signed in: the token now names another scope, so the scope
    # sent with its check (a practitioner's) is not the one used
    with server_db.session() as s:
        admin.put_row(s, "user_account", pat, {"role": Role.TEAM_MANAGER.value},
                      new=False)
    rows = laptop.pull_all()
    assert other in _children(rows)
    # and back: the team's child is revoked
    with server_db.session() as s:
        admin.put_row(s, "user_account", pat, {"role": Role.PRACTITIONER.value},
                      new=False)
    assert laptop.pull()["revoked_children"] == [other]


def test_rows_of_several_tables_at_once_are_the_rows_read_a_table_at_a_time(
        server_db: ServerDb) -> None:
    from tests.conftest import TODAY
    from yjdesk.demo import generator as demo
    from yjdesk.server import feed
    from yjdesk.wire.codec import synced_tables

    with server_db.engine.begin() as conn:
        demo.generate(conn, "tiny", today=TODAY)
    with server_db.engine.connect() as conn:
        wanted: dict[str, list[str]] = {}
        for name, table in sorted(synced_tables().items()):
            if name in pull.scope.PUSH_ONLY:
                continue
            ids = [r[0] for r in conn.execute(table.select().with_only_columns(table.c.id)
                                              .order_by(table.c.id).limit(3))]
            if ids:
                # an id twice, and one not there
                wanted[name] = [*ids, ids[0], str(uuid.uuid4())]
        assert {"child", "relationship", "offence", "team", "user_account"} <= set(wanted)
        names = tuple(sorted(wanted))
        at_once = pull._read_at_once(conn, names, [wanted[n] for n in names])
        sql, _spans, cursor_class = pull._at_once_sql(names, conn.dialect)
        if server_db.kind == "postgresql":
            # sent as it is (over psycopg's 4,096-byte cache, "%s" was parsed every pull)
            assert len(sql) > 4096 and "%s" not in sql and "$1" in sql
            assert cursor_class is not None and cursor_class.__name__ == "RawCursor"
        one_by_one = [row for n in names
                      for row in pull._reader(feed.tables()[n], conn.dialect).wire_rows(
                          conn, wanted[n])]
    key = lambda row: (row["table"], row["id"])  # noqa: E731
    assert sorted(at_once, key=key) == sorted(one_by_one, key=key)
    assert len(at_once) == sum(len(v) - 2 for v in wanted.values())
    page = pull.Page(rows=sorted(at_once, key=key), revoked_children=[], next_cursor=1,
                     more=False)
    assert page.to_json() == pull.Page(rows=sorted(one_by_one, key=key),
                                       revoked_children=[], next_cursor=1,
                                       more=False).to_json()


def test_a_database_error_reading_a_pages_rows_is_raised_as_sqlalchemys(
        server_db: ServerDb) -> None:
    """The service answers SQLAlchemy's errors (a lost database: 503); the page's row
    reads on the driver's cursor raised the driver's own, which it did not know."""
    from sqlalchemy.exc import DBAPIError

    from yjdesk.server import driver

    with server_db.engine.connect() as conn, pytest.raises(DBAPIError):
        driver.fetch(conn, "SELECT no_such_column FROM child", ())


def test_a_statement_in_the_servers_own_placeholders_reads_as_the_drivers(
        server_db: ServerDb) -> None:
    """driver.statement(native=True) (psycopg's RawCursor, $n placeholders made once): the
    same rows as the statement as SQLAlchemy compiles it, with a parameter named twice, a
    literal percent sign in the SQL, a bound literal and a result processor."""
    from sqlalchemy import String, bindparam, cast, literal, literal_column, select

    from yjdesk.models.types import TZDateTime
    from yjdesk.server import driver

    a, b = bindparam("a", type_=String), bindparam("b", type_=String)
    stmt = select((a + literal_column("'100% %s'", String) + b + a
                   + literal(" %s", String)).label("x"),
                  # (a date-time's result processor: PostgreSQL's; SQLite's reads text)
                  cast(literal("2026-01-02 03:04:05"), TZDateTime()).label("t")
                  if server_db.kind == "postgresql" else literal(1).label("t"))
    with server_db.engine.connect() as conn:
        plain = driver.statement(stmt, conn.dialect).rows(conn, {"a": "A", "b": "B"})
        native = driver.statement(stmt, conn.dialect, native=True)
        assert native.rows(conn, {"a": "A", "b": "B"}) == plain
        assert plain[0][0] == "A100% %sBA %s"
        if server_db.kind == "postgresql":
            assert native.cursor_class is not None and "$2" in native.sql
            assert plain[0][1].tzinfo is not None
        else:
            assert native.cursor_class is None
