"""A push's row writes held back and sent a run at a time (``row_writes.RowWriter``).

Applied without a savepoint a row, a push sends the batch's INSERTs into one table (and
UPDATEs of the same columns of one table) as one statement; everything that reads the
rows must see them first, and a row the database or a rule refuses is still rejected
alone, with nothing of it written.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from tests.integration.serverkit import (
    ApiClient,
    ServerDb,
    World,
    audit_chain,
    change,
    child_fields,
)
from yjdesk.models.types import new_id
from yjdesk.server import driver, feed, row_writes
from yjdesk.server.settings import session_factory


def _relationship(s: Session, child: str, name: str) -> str:
    row_id = new_id()
    feed.write_row(s, feed.DeferredCounter(s), feed.tables()["relationship"], row_id,
                   {"child_id": child, "name": name, "relationship_type": "other"},
                   user_id=None, device_id=None, current=None)
    return row_id


def test_held_rows_go_as_one_run_and_are_sent_before_anything_reads(
        server_db: ServerDb, world: World) -> None:
    table = feed.tables()["relationship"]
    with session_factory(server_db.engine)() as s:
        s.begin()
        writer = row_writes.RowWriter(s)
        first = _relationship(s, world.north_child, "Aunt")
        second = _relationship(s, world.north_child, "Uncle")
        assert writer.held == 2 and writer.runs == 1  # two INSERTs, one statement
        # A read through the session (a rule's query) sends them first and sees them.
        names = set(s.scalars(select(table.c.name).where(table.c.id.in_([first, second]))))
        assert names == {"Aunt", "Uncle"}
        assert writer.held == 0
        # So does a read on the session's connection itself (the service's hot reads).
        cousin = _relationship(s, world.north_child, "Cousin")
        assert writer.held == 1
        found = s.connection().execute(select(table.c.name).where(table.c.id == cousin))
        assert found.scalar() == "Cousin"
        assert writer.held == 0
        third = _relationship(s, world.north_child, "Gran")
        writer.close()  # an attempt given up: what it held is dropped, not written
        assert s.scalar(select(table.c.id).where(table.c.id == third)) is None
        assert row_writes.PENDING_ROWS not in s.info
        s.rollback()


def _held_row_is_sent_before_a_read(engine: Engine, child: str, name: str) -> None:
    table = feed.tables()["relationship"]
    with session_factory(engine)() as s:
        s.begin()
        writer = row_writes.RowWriter(s)
        row = _relationship(s, child, name)
        assert writer.held == 1
        found = s.connection().execute(select(table.c.name).where(table.c.id == row))
        assert found.scalar() == name
        assert writer.held == 0
        writer.close()
        s.rollback()


def test_every_transaction_on_an_engine_has_its_held_rows_sent_before_a_read(
        server_db: ServerDb, world: World) -> None:
    # The engine listens once (settings.make_engine), not each transaction's Connection:
    # a writer in a later transaction -- a new Connection -- is still sent before a read,
    # and so is one on an engine made without make_engine (its first writer listens on it).
    for name in ("Aunt", "Uncle"):
        _held_row_is_sent_before_a_read(server_db.engine, world.north_child, name)
    other = create_engine(server_db.url)
    try:
        for name in ("Cousin", "Gran"):
            _held_row_is_sent_before_a_read(other, world.north_child, name)
    finally:
        other.dispose()


def test_a_rule_sees_the_batch_rows_held_before_it_and_only_the_refused_row_is_rejected(
        pat: ApiClient, world: World, server_db: ServerDb) -> None:
    # The second child repeats the first one's typed case number: the check reads the
    # child table, which must already hold the first (held back) child.
    number = "YJ-ROWRUN-1"
    first, second, note = new_id(), new_id(), new_id()
    res = pat.push([
        change("child", first, child_fields(world.north, world.pat, case_number=number)),
        change("child", second, child_fields(world.north, world.pat, case_number=number)),
        change("relationship", note, {"child_id": first, "name": "Mum",
                                      "relationship_type": "mother"}),
    ])
    assert [r.status for r in res.results] == ["applied", "rejected", "applied"]
    assert "YJ-ROWRUN-1" in (res.results[1].error or "")
    assert server_db.row("child", first) is not None
    assert server_db.row("child", second) is None
    assert server_db.row("relationship", note) is not None


def test_a_run_of_updates_is_one_statement_and_stores_each_value(
        server_db: ServerDb, world: World) -> None:
    table = feed.tables()["relationship"]
    with session_factory(server_db.engine)() as s:
        s.begin()
        ids = [_relationship(s, world.north_child, name) for name in ("Aunt", "Uncle", "Gran")]
        stored = {i: feed.load(s, table, i) for i in ids}
        seqs = feed.DeferredCounter(s)
        writer = row_writes.RowWriter(s)
        sent: list[str] = []
        event.listen(s.connection(), "before_cursor_execute",
                     lambda *args: sent.append(args[2]))
        for n, row_id in enumerate(ids):
            feed.write_row(s, seqs, table, row_id, {"phone": f"0100 {n}", "notes": None},
                           user_id=world.pat, device_id=None, current=stored[row_id])
        assert writer.held == 3 and writer.runs == 1
        writer.send()
        writer.close()
        if server_db.kind == "postgresql":  # one UPDATE ... FROM (VALUES ...) for the run
            assert len(sent) == 1 and "FROM (VALUES" in sent[0]
        rows = {i: s.connection().execute(select(table).where(table.c.id == i)).one()
                for i in ids}
        assert [(rows[i].phone, rows[i].notes, rows[i].rev, rows[i].updated_by)
                for i in ids] == [(f"0100 {n}", None, 2, world.pat) for n in range(3)]
        s.rollback()


def test_a_value_too_long_in_a_run_of_updates_is_refused_alone_not_cut_short(
        pat: ApiClient, world: World, server_db: ServerDb) -> None:
    ids = [new_id() for _ in range(3)]
    made = pat.push([change("relationship", i, {"child_id": world.north_child, "name": "Aunt",
                                                "relationship_type": "other"}) for i in ids])
    assert [r.status for r in made.results] == ["applied"] * 3
    phones = ["0100 1", "9" * 41, "0100 3"]  # the column holds 40 characters
    res = pat.push([change("relationship", i, {"phone": phone}, base_rev=1)
                    for i, phone in zip(ids, phones, strict=True)])
    stored = [(server_db.row("relationship", i) or {}).get("phone") for i in ids]
    assert [r.status for r in res.results] == ["applied", "rejected", "applied"]
    assert stored == ["0100 1", None, "0100 3"]


def test_a_push_that_applies_whole_takes_no_savepoint_and_one_that_fails_starts_again(
        pat: ApiClient, world: World, server_db: ServerDb) -> None:
    sent: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(statement.upper())

    ids = [new_id() for _ in range(3)]
    event.listen(Engine, "before_cursor_execute", record)
    try:
        made = pat.push([change("relationship", i, {
            "child_id": world.north_child, "name": "Aunt", "relationship_type": "other"})
            for i in ids])
        whole = list(sent)
        sent.clear()
        res = pat.push([change("relationship", i, {"phone": phone}, base_rev=1)
                        for i, phone in zip(ids, ["0100 1", "9" * 41, "0100 3"], strict=True)])
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    assert [r.status for r in made.results] == ["applied"] * 3
    assert [r.status for r in res.results] == ["applied", "rejected", "applied"]
    if server_db.kind == "postgresql":
        # The service's push is its transaction's only work: no SAVEPOINT or RELEASE
        # unless a row fails, and then the batch starts again (taking its lock again),
        # a savepoint a row.
        assert not any("SAVEPOINT" in s for s in whole)
        assert sum("PG_ADVISORY_XACT_LOCK" in s for s in sent) == 2
        assert sum(s.startswith("SAVEPOINT") for s in sent) >= 3
    assert [(server_db.row("relationship", i) or {}).get("phone") for i in ids] == \
        ["0100 1", None, "0100 3"]


def test_a_run_of_inserts_is_one_statement_and_stores_each_value(
        server_db: ServerDb, world: World) -> None:
    table = feed.tables()["relationship"]
    given: list[dict[str, Any]] = [
        {"name": "Siân O'Neil \"Nan\" \\ 100%", "phone": None, "parental_responsibility": True,
         "lives_with_child": False, "notes": "line one\nline two\ttab \u2603"},
        {"name": "Uncle", "phone": "0100 2", "parental_responsibility": False,
         "lives_with_child": True, "notes": None},
        {"name": "Gran", "phone": "", "parental_responsibility": False,
         "lives_with_child": False, "notes": "{\"not\": \"json\"}"},
    ]
    with session_factory(server_db.engine)() as s:
        s.begin()
        seqs = feed.DeferredCounter(s)
        writer = row_writes.RowWriter(s)
        sent: list[str] = []
        event.listen(s.connection(), "before_cursor_execute",
                     lambda *args: sent.append(args[2]))
        ids = [new_id() for _ in given]
        for row_id, values in zip(ids, given, strict=True):
            feed.write_row(s, seqs, table, row_id,
                           {"child_id": world.north_child, "relationship_type": "other",
                            **values}, user_id=world.pat, device_id=None, current=None)
        assert writer.held == 3 and writer.runs == 1
        writer.send()
        writer.close()
        if server_db.kind == "postgresql":  # one INSERT ... json_to_recordset for the run
            assert len(sent) == 1 and "json_to_recordset" in sent[0]
        rows = {i: s.connection().execute(select(table).where(table.c.id == i)).one()
                for i in ids}
        for row_id, values in zip(ids, given, strict=True):
            row = rows[row_id]._mapping
            assert {k: row[k] for k in values} == values
            assert (row["child_id"], row["relationship_type"], row["rev"], row["updated_by"],
                    row["deleted"]) == (world.north_child, "other", 1, world.pat, False)
            assert row["server_seq"] < 0 and row["updated_at"].tzinfo is not None
        s.rollback()


def test_a_value_too_long_in_a_run_of_inserts_is_refused_alone_not_cut_short(
        pat: ApiClient, world: World, server_db: ServerDb) -> None:
    ids = [new_id() for _ in range(3)]
    phones = ["0100 1", "9" * 41, "0100 3"]  # the column holds 40 characters
    res = pat.push([change("relationship", i, {"child_id": world.north_child, "name": "Aunt",
                                               "relationship_type": "other", "phone": phone})
                    for i, phone in zip(ids, phones, strict=True)])
    assert [r.status for r in res.results] == ["applied", "rejected", "applied"]
    assert [(server_db.row("relationship", i) or {}).get("phone") for i in ids] == \
        ["0100 1", None, "0100 3"]
    # New children in one run: their dates and the rest stored as given.
    kids = [new_id(), new_id()]
    made = pat.push([change("child", kid, child_fields(world.north, world.pat,
                                                       date_of_birth=born))
                     for kid, born in zip(kids, ["2011-02-03", "2009-12-31"], strict=True)])
    assert [r.status for r in made.results] == ["applied", "applied"]
    assert [str((server_db.row("child", kid) or {}).get("date_of_birth")) for kid in kids] == \
        ["2011-02-03", "2009-12-31"]


def test_the_batch_lock_is_taken_before_any_row_is_locked_or_read(
        pat: ApiClient, world: World, server_db: ServerDb) -> None:
    sent: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(" ".join(statement.upper().split()))

    made = pat.push([change("relationship", new_id(), {
        "child_id": world.north_child, "name": "Aunt", "relationship_type": "other"})])
    rel = made.results[0].id
    event.listen(Engine, "before_cursor_execute", record)
    try:
        res = pat.push([change("relationship", rel, {"phone": "0100 9"}, base_rev=1),
                        change("child", world.north_child, {"ete_hours": 7}, base_rev=1)])
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    assert [r.status for r in res.results] == ["applied", "applied"]
    if server_db.kind == "postgresql":
        locking = [i for i, s in enumerate(sent) if "FOR UPDATE" in s]
        batch = [i for i, s in enumerate(sent) if "PG_ADVISORY_XACT_LOCK" in s]
        # One batch lock, in the first statement that locks rows (its one-time filter
        # takes it before the scan), so no row is locked before it.
        assert len(batch) == 1 and locking and batch[0] == locking[0]
        assert not any(s.startswith("SELECT PG_ADVISORY_XACT_LOCK") for s in sent)


def test_rows_held_to_the_end_are_written_once_by_the_counter_statement(
        pat: ApiClient, world: World, server_db: ServerDb) -> None:
    """Rows nothing read before the end of the push are written by the counter statement
    itself, at their real positions (PostgreSQL): no statement of their own, each updated
    row rewritten once, every value stored as given and every position where the answer
    says; append-only rows (audit events) keep their own position 0."""
    sent: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(" ".join(statement.split()))

    def counter_statement() -> str:
        writes = [s for s in sent if s.upper().startswith(("UPDATE", "INSERT"))]
        assert writes == []  # the rows had no statements of their own
        [counter] = [s for s in sent if s.startswith("WITH c AS (UPDATE server_counter")]
        sent.clear()
        return counter

    earlier = new_id()
    pat.push([change("relationship", earlier, {
        "child_id": world.north_child, "name": "Gran", "relationship_type": "grandparent"})])
    new_a, new_b = new_id(), new_id()
    given = {new_a: "Siân O'Neil \"Nan\" \\ 100%", new_b: "line one\nline two\t\u2603"}
    # The audit event's chain check reads the stored events (so what is held before it is
    # sent then): it comes in a push of its own.
    events = audit_chain(pat.device_id, world.pat, [world.north_child])
    event.listen(Engine, "before_cursor_execute", record)
    try:
        res = pat.push([
            change("child", world.north_child, {"ete_hours": 11}, base_rev=1),
            change("relationship", earlier, {"phone": "0100 7", "notes": None}, base_rev=1),
            change("relationship", new_a, {"child_id": world.north_child, "name": given[new_a],
                                           "relationship_type": "other"}),
            change("relationship", new_b, {"child_id": world.north_child, "name": given[new_b],
                                           "relationship_type": "other", "phone": None}),
        ])
        if server_db.kind == "postgresql":
            counter = counter_statement()
            assert counter.count('UPDATE "child"') == 1  # each row rewritten once
            assert counter.count('UPDATE "relationship"') == 1
            assert counter.count('INSERT INTO "relationship"') == 1
        audited = pat.push(events)
        if server_db.kind == "postgresql":
            assert counter_statement().count('INSERT INTO "audit_event"') == 1
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    assert [r.status for r in res.results + audited.results] == ["applied"] * 5, res.results
    at = {(r.table, r.id): r.server_seq for r in res.results + audited.results}
    child = server_db.row("child", world.north_child) or {}
    assert (child["ete_hours"], child["rev"], child["server_seq"]) == \
        (11, 2, at[("child", world.north_child)])
    gran = server_db.row("relationship", earlier) or {}
    assert (gran["name"], gran["phone"], gran["rev"], gran["server_seq"]) == \
        ("Gran", "0100 7", 2, at[("relationship", earlier)])
    for row_id in (new_a, new_b):
        row = server_db.row("relationship", row_id) or {}
        assert (row["name"], row["rev"], row["updated_by"], row["server_seq"]) == \
            (given[row_id], 1, world.pat, at[("relationship", row_id)])
    audit = server_db.row("audit_event", events[0]["id"]) or {}
    assert audit["server_seq"] == 0 and at[("audit_event", events[0]["id"])] is not None


def test_the_counter_statement_carries_the_commit_and_is_the_push_s_last(
        pat: ApiClient, world: World, server_db: ServerDb) -> None:
    """On PostgreSQL the push's COMMIT goes with its counter statement (one pipeline):
    the counter row is not held while the thread waits for the interpreter to read the
    answer and send COMMIT (every other push queued behind it). Nothing is sent after it,
    SQLAlchemy's own commit finds the transaction over, and the push is stored whole; a
    push with a refused row still applies the rest. (A statement failing with its COMMIT:
    ``test_a_statement_sent_with_its_commit_...``.)"""
    sent: list[str] = []
    at_commit: list[int] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(" ".join(statement.split()))

    def committing(conn: Any) -> None:
        dbapi = conn.connection.dbapi_connection
        if hasattr(dbapi, "pgconn"):
            at_commit.append(int(dbapi.pgconn.transaction_status))

    ids = [new_id(), new_id()]
    event.listen(Engine, "before_cursor_execute", record)
    event.listen(Engine, "commit", committing)
    try:
        res = pat.push([change("relationship", i, {
            "child_id": world.north_child, "name": "Aunt", "relationship_type": "other"})
            for i in ids] + [change("child", world.north_child, {"ete_hours": 9}, base_rev=1)])
        whole, sent[:] = list(sent), []
        commits, at_commit[:] = list(at_commit), []
        refused = pat.push([change("relationship", new_id(), {
            "child_id": world.north_child, "name": "Gran", "relationship_type": "other",
            "phone": "9" * 41}), change("relationship", ids[0], {"phone": "0100 1"},
                                        base_rev=1)])
    finally:
        event.remove(Engine, "before_cursor_execute", record)
        event.remove(Engine, "commit", committing)
    assert [r.status for r in res.results] == ["applied"] * 3
    assert [r.status for r in refused.results] == ["rejected", "applied"], refused.results
    assert (server_db.row("relationship", ids[0]) or {}).get("phone") == "0100 1"
    assert (server_db.row("child", world.north_child) or {}).get("ete_hours") == 9
    if server_db.kind != "postgresql":
        return
    counters = [i for i, s in enumerate(whole) if s.startswith("WITH c AS (UPDATE server_counter")]
    assert len(counters) == 1 and counters[0] == len(whole) - 1, whole[counters[0]:]
    from psycopg.pq import TransactionStatus

    # the push's own transaction was already committed when SQLAlchemy came to commit it
    assert commits and commits[-1] == TransactionStatus.IDLE, commits


def test_rows_locked_on_the_driver_are_the_rows_sqlalchemy_reads(
        server_db: ServerDb, world: World) -> None:
    """``feed.lock_and_load`` reads on the driver's cursor: each row's values are those
    SQLAlchemy's own read gives (dates, date-times with their zone, booleans, NULLs), a
    row not stored is absent, and rows held back by a RowWriter are sent before it."""
    child_t, rel_t = feed.tables()["child"], feed.tables()["relationship"]
    with session_factory(server_db.engine)() as s:
        s.begin()
        row_writes.RowWriter(s)
        held = _relationship(s, world.north_child, "Aunt")  # held back, not sent yet
        missing = new_id()
        found = feed.lock_and_load(s, [("child", world.north_child), ("relationship", held),
                                       ("relationship", missing)])
        assert set(found) == {("child", world.north_child), ("relationship", held)}
        for table, row_id in found:
            own = feed.load(s, child_t if table == "child" else rel_t, row_id)
            assert own is not None
            assert found[(table, row_id)]._mapping == dict(own._mapping)
        child = found[("child", world.north_child)]._mapping
        assert child["updated_at"].tzinfo is not None and child["deleted"] is False
        s.rollback()


def test_a_database_error_on_the_driver_is_raised_as_sqlalchemy_raises_it(
        server_db: ServerDb) -> None:
    """The push's statements on the driver's cursor (``server/driver.py``) raise what
    SQLAlchemy would: a refused row in the counter statement must be an ``IntegrityError``
    or ``DataError`` to start the push again row by row, and the service answers a
    database that is down (``OperationalError``) with 503."""
    with session_factory(server_db.engine)() as s:
        s.begin()
        conn = s.connection()
        if server_db.kind == "postgresql":  # (SQLite casts any text to an integer)
            with pytest.raises(DataError):
                driver.statement(text("SELECT CAST(:v AS integer)"), conn.dialect).rows(
                    conn, {"v": "not a number"})
            s.rollback()
            s.begin()
            conn = s.connection()
        with pytest.raises(IntegrityError):
            driver.statement(text("INSERT INTO server_counter (name, value) "
                                  "VALUES ('feed', 0) RETURNING value"),
                             conn.dialect).rows(conn, {})
        s.rollback()


@pytest.mark.parametrize("server_db", ["postgresql"], indirect=True)  # (PostgreSQL's pipeline)
def test_a_statement_sent_with_its_commit_commits_whole_or_leaves_it_to_roll_back(
        server_db: ServerDb) -> None:
    """``driver.fetch(commit=True)``: the statement's rows come back and the transaction is
    committed (what it wrote before is seen by another connection); a statement that fails
    raises as SQLAlchemy would, its COMMIT is not run, nothing of the transaction is kept
    and it rolls back as after any failed statement. (The push asks for it on PostgreSQL
    only, where its counter statement is one.)"""
    insert_gran = text("INSERT INTO server_counter (name, value) VALUES (:n, 7)")
    take = driver.statement(text("UPDATE server_counter SET value = value + 1 WHERE name = :n "
                                 "RETURNING value"), server_db.engine.dialect)
    clash = driver.statement(text("INSERT INTO server_counter (name, value) VALUES (:n, 0) "
                                  "RETURNING value"), server_db.engine.dialect)
    with session_factory(server_db.engine)() as s:
        s.begin()
        conn = s.connection()
        conn.execute(insert_gran, {"n": "kept"})
        assert take.rows(conn, {"n": "kept"}, commit=True) == [(8,)]
        s.commit()  # (SQLAlchemy's commit: nothing left to send)
    with session_factory(server_db.engine)() as s:
        s.begin()
        conn = s.connection()
        conn.execute(insert_gran, {"n": "dropped"})
        with pytest.raises(IntegrityError):
            clash.rows(conn, {"n": "kept"}, commit=True)
        s.rollback()
    with server_db.engine.connect() as other:
        assert dict(other.execute(text(
            "SELECT name, value FROM server_counter WHERE name IN ('kept', 'dropped')"
        )).all()) == {"kept": 8}


def test_rows_of_two_tables_are_locked_by_one_statement_each_row_locked(
        server_db: ServerDb, world: World) -> None:
    """On PostgreSQL ``feed.lock_and_load`` locks (and reads) the rows of several tables in
    ONE statement (a push of edits and new rows sent two): every stored row asked for is
    locked by it -- another transaction cannot lock one -- and its values are those of the
    table's own read."""
    with session_factory(server_db.engine)() as s:
        s.begin()
        other = _relationship(s, world.north_child, "Uncle")
        s.commit()
    sent: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(statement)

    with session_factory(server_db.engine)() as s:
        s.begin()
        event.listen(Engine, "before_cursor_execute", record)
        try:
            found = feed.lock_and_load(s, [("child", world.north_child),
                                           ("relationship", other),
                                           ("relationship", new_id())], load=True)
        finally:
            event.remove(Engine, "before_cursor_execute", record)
        assert set(found) == {("child", world.north_child), ("relationship", other)}
        rel = feed.load(s, feed.tables()["relationship"], other)
        assert rel is not None and found[("relationship", other)]._mapping == dict(rel._mapping)
        if server_db.kind != "postgresql":
            s.rollback()
            return
        assert len([q for q in sent if "FOR UPDATE" in q]) == 1, sent
        with server_db.engine.connect() as second:
            for table, row_id in (("child", world.north_child), ("relationship", other)):
                with pytest.raises(Exception, match="could not obtain lock"), second.begin():
                    second.execute(text(f'SELECT id FROM "{table}" WHERE id = :i '
                                        "FOR UPDATE NOWAIT"), {"i": row_id})
        s.rollback()
