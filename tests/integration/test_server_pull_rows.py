"""The pull's page rows, read as the driver returns them and written straight to JSON, are
the rows the protocol's model gives from SQLAlchemy's own reading (every synced table, every
value, on SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select, text

from tests.conftest import TODAY
from tests.integration.serverkit import ApiClient, ServerDb
from yjdesk.demo import generator as demo
from yjdesk.demo.service import publish_all
from yjdesk.models.org import Role
from yjdesk.models.types import new_id
from yjdesk.server import feed, pull, scope
from yjdesk.wire import protocol as p
from yjdesk.wire.codec import synced_tables


def _reference(table: Any, row: Any) -> p.RowState:
    """A row as the pull wrote it before (SQLAlchemy's result processing, the codec's
    encode, the protocol's model)."""
    m = row._mapping
    return p.RowState(table=table.name, id=m["id"], rev=int(m["rev"]),
                      server_seq=int(m["server_seq"]),
                      child_id=scope.row_child_id(table, {"id": m["id"],
                                                          "child_id": m.get("child_id")}),
                      deleted=bool(m["deleted"]), fields=feed.wire_row(table, row))


def test_page_rows_are_the_models_rows_for_every_table(server_db: ServerDb) -> None:
    with server_db.engine.begin() as conn:
        demo.generate(conn, "tiny", today=TODAY)
    child = server_db.add_child(None, None, given_name="Zoë",
                                family_name="Ñúñez-O'Brien \"Q\"", preferred_name=None)
    # a date-time on a whole second (written without its microseconds) and an empty one
    server_db.put("relationship", {"child_id": child, "name": "Émile \u2603 \\ / \t",
                                   "relationship_type": "other"}, row_id=new_id())
    whole_second: Any = dt.datetime(2026, 1, 2, 3, 4, 5)
    if server_db.kind == "sqlite":  # as another writer might have stored it: no fraction
        whole_second = "2026-01-02 03:04:05"
    with server_db.engine.begin() as conn:
        conn.execute(text("UPDATE child SET updated_at = :t WHERE id = :c"),
                     {"t": whole_second, "c": child})
    seen: set[str] = set()
    with server_db.engine.connect() as conn:
        for name, table in synced_tables().items():
            expected = {r._mapping["id"]: _reference(table, r)
                        for r in conn.execute(select(table))}
            if not expected:
                continue
            got = pull._reader(table, conn.dialect).wire_rows(conn, sorted(expected))
            assert len(got) == len(expected), name
            page = pull.Page(rows=got, revoked_children=[], next_cursor=7, more=True)
            model = p.PullResponse.model_validate_json(page.to_json())
            for row in model.rows:
                assert row == expected[row.id], (name, row.id)
            reference = p.PullResponse(rows=[expected[r["id"]] for r in got],
                                       revoked_children=[], next_cursor=7, more=True)
            # the same JSON document, byte for byte (the wire format is unchanged)
            assert page.to_json() == reference.model_dump_json().encode()
            assert json.loads(page.to_json()) == json.loads(reference.model_dump_json())
            assert list(json.loads(page.to_json())["rows"][0]) == \
                list(json.loads(reference.model_dump_json())["rows"][0])
            seen.add(name)
    assert {"child", "relationship", "offence", "disposal", "team",
            "user_account"} <= seen


def _more_than_a_protocol_2_page(server_db: ServerDb) -> None:
    """The tiny demo service, with relationship rows enough for more than a protocol-2
    page (5,000 rows) in a service manager's scope."""
    with server_db.engine.begin() as conn:
        demo.generate(conn, "tiny", today=TODAY)
        published = publish_all(conn)
    with server_db.engine.connect() as conn:
        child = conn.execute(text("SELECT id FROM child LIMIT 1")).scalar_one()
    extra = max(0, p.MAX_PULL_LIMIT_V2 + 500 - published)
    server_db.put_many([("relationship", new_id(), {
        "child_id": child, "name": f"Person {i}", "relationship_type": "other"})
        for i in range(extra)])
    assert p.MAX_PULL_LIMIT_V2 < published + extra < p.MAX_PULL_LIMIT


def test_pages_of_up_to_20000_rows_and_older_clients_served_as_before(
        server_db: ServerDb, live_server: str) -> None:
    _more_than_a_protocol_2_page(server_db)
    server_db.add_user("ada", Role.SERVICE_MANAGER)
    with ApiClient(live_server, "ada") as ada:
        ada.login()
        page = ada.pull_page(cursor=0, limit=p.MAX_PULL_LIMIT)
        # everything the service manager sees (more than a protocol-2 page) in one page
        assert p.MAX_PULL_LIMIT_V2 < len(page.rows) <= p.MAX_PULL_LIMIT and not page.more
        seqs = [r.server_seq for r in page.rows]
        assert seqs == sorted(seqs)
        assert ada.post("/sync/pull", {"cursor": 0, "limit": p.MAX_PULL_LIMIT + 1}
                        ).status_code == 422
        # laptops of protocols 2 and 1 ask for pages of up to 5,000 and 1,000 rows and get
        # them: the same rows, in the same order
        for protocol, limit in ((p.PROTOCOL_V2, p.MAX_PULL_LIMIT_V2),
                                (p.PROTOCOL_V1, p.MAX_PULL_LIMIT_V1)):
            ada.http.headers[p.PROTOCOL_HEADER] = str(protocol)
            old = ada.pull_page(cursor=0, limit=limit)
            assert [r.id for r in old.rows] == [r.id for r in page.rows[:limit]]
            assert old.more and old.next_cursor == seqs[limit - 1]


def test_large_pages_at_once_are_bounded_and_a_pull_given_fewer_rows_asks_again(
        server_db: ServerDb) -> None:
    """A service building as many large pages as it may (here: none at all) gives a pull
    asking for 20,000 rows a page of up to 5,000 that says ``more``; asking again from its
    cursor brings the rest, every row once, in feed order."""
    import dataclasses

    from tests.integration.conftest import serve
    from yjdesk.server.limits import LargePages

    _more_than_a_protocol_2_page(server_db)
    server_db.add_user("ada", Role.SERVICE_MANAGER)
    with serve(dataclasses.replace(server_db.settings, large_pull_pages=0)) as url, \
            ApiClient(url, "ada") as ada:
        ada.login()
        first = ada.pull_page(cursor=0, limit=p.MAX_PULL_LIMIT)
        assert len(first.rows) == p.MAX_PULL_LIMIT_V2 and first.more
        rest = ada.pull_page(cursor=first.next_cursor, limit=p.MAX_PULL_LIMIT)
        assert 0 < len(rest.rows) <= p.MAX_PULL_LIMIT_V2 and not rest.more
    with serve(server_db.settings) as url, ApiClient(url, "ada") as whole:
        whole.login()
        everything = whole.pull_page(cursor=0, limit=p.MAX_PULL_LIMIT)
    assert [r.id for r in first.rows + rest.rows] == [r.id for r in everything.rows]
    # the slots: no second large page while one is built; a small page always as asked
    pages = LargePages(1)
    with pages.rows(p.MAX_PULL_LIMIT) as one:
        assert one == p.MAX_PULL_LIMIT
        with pages.rows(p.MAX_PULL_LIMIT) as two, pages.rows(300) as small:
            assert (two, small) == (p.MAX_PULL_LIMIT_V2, 300)
    with pages.rows(p.MAX_PULL_LIMIT) as again:  # given back
        assert again == p.MAX_PULL_LIMIT
