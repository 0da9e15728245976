"""Faults tried deliberately (issue 18): the database server killed mid-push, a laptop
disk filling mid-pull, a laptop clock a day off, the same new row twice in one batch.

Each ends with the laptops and the service holding the same rows; nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.pool import Pool

from tests.conftest import child_input
from tests.integration.conftest import serve, service_database
from tests.integration.pgcluster import Cluster
from tests.integration.serverkit import (
    ApiClient,
    ServerDb,
    World,
    change,
    make_world,
)
from tests.support.sync_laptop import Laptop, rows_of, server_rows
from yjdesk.errors import DiskFull, YjdeskError
from yjdesk.models import Child, Relationship, SyncBatch
from yjdesk.models import types as model_types
from yjdesk.server.push import DUPLICATE
from yjdesk.services.children import RelationshipInput, add_relationship, create_child
from yjdesk.store import indexes
from yjdesk.sync import conflicts, state

TODAY = dt.date.today()
SQLITE = pytest.mark.parametrize("server_db", ["sqlite"], indirect=True)


def same_rows(laptop: Laptop, db: ServerDb, child_ids: set[str]) -> None:
    mine = {k: v for k, v in laptop.read(rows_of).items()
            if k[0] not in ("team", "user_account")
            and (k[1] in child_ids or v[1].get("child_id") in child_ids)}
    theirs = server_rows(db, child_ids=child_ids)
    theirs = {k: v for k, v in theirs.items() if k[0] != "audit_event"}
    assert set(mine) == set(theirs), set(mine) ^ set(theirs)
    assert [k for k in mine if mine[k] != theirs[k]] == []


# --- duplicate rows in one batch -------------------------------------------------------------


@SQLITE
def test_the_same_new_row_twice_in_a_batch_is_a_duplicate_not_a_conflict(
        live_server: str, world: World, server_db: ServerDb) -> None:
    rel = str(uuid.uuid4())
    first = {"child_id": world.north_child, "name": "Mum", "relationship_type": "mother"}
    second = {**first, "name": "Mother"}
    with ApiClient(live_server, "pat") as pat:
        pat.login()
        res = pat.push([change("relationship", rel, first), change("relationship", rel, second)])
    assert [(r.status, r.error) for r in res.results] == [("applied", None),
                                                          ("rejected", DUPLICATE)]
    assert not res.results[1].conflicts
    stored = server_db.row("relationship", rel)
    assert stored is not None and stored["name"] == "Mum" and stored["rev"] == 1


# --- a laptop clock a day ahead --------------------------------------------------------------


@contextmanager
def laptop_clock_ahead(days: int) -> Iterator[None]:
    """Every ``utcnow()`` ``days`` ahead, for work done on the laptop.

    The service runs in this same process, so syncs run outside this block: the laptop's
    clock matters where the laptop stamps its own records (``updated_at``, ``queued_at``,
    times in the records), never in what the service decides.
    """
    real = model_types.utcnow
    real_code = real.__code__
    skewed = {1: lambda: dt.datetime.now(dt.UTC) + dt.timedelta(days=1),
              -1: lambda: dt.datetime.now(dt.UTC) - dt.timedelta(days=1)}[days]
    real.__code__ = skewed.__code__
    try:
        yield
    finally:
        real.__code__ = real_code


@SQLITE
def test_a_laptop_clock_a_day_ahead_loses_nothing(
        live_server: str, world: World, server_db: ServerDb, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    fast = Laptop(live_server, "pat", tmp_path / "fast")
    right = Laptop(live_server, "pat", tmp_path / "right")
    child = world.north_child
    try:
        fast.sync()
        right.sync()
        with laptop_clock_ahead(1):
            fast.edit(Child, child, ete_provider="From the fast laptop")
            with fast.uow() as u:
                rel = add_relationship(u.session, child, RelationshipInput(
                    name="Aunt", relationship_type="other")).id
        local = fast.child(child)
        assert local is not None  # stamped by the laptop's clock, a day ahead
        assert local.updated_at > dt.datetime.now(dt.UTC) + dt.timedelta(hours=23)
        assert not fast.sync().waiting
        stored = server_db.row("child", child)
        assert stored is not None
        when = stored["updated_at"].replace(tzinfo=dt.UTC) \
            if stored["updated_at"].tzinfo is None else stored["updated_at"]
        assert abs(when - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=10)  # server time
        # the right laptop edits later in real time, earlier by the fast laptop's clock
        right.edit(Child, child, communication_needs="Short sessions")
        right.edit(Child, child, ete_provider="Right laptop's provider")
        result = right.sync()
        assert result.conflicts == 1  # decided by revisions, not by whose clock is later
        [view] = right.read(conflicts.open_conflicts)
        assert view.their_time is not None
        assert abs(view.their_time - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=10)
        with laptop_clock_ahead(1):
            fast.edit(Child, child, ete_hours=12)  # after the other's edit, by any clock
        fast.sync()
        right.sync()
        for laptop in (fast, right):
            row = laptop.child(child)
            assert row is not None and row.communication_needs == "Short sessions"
            assert row.ete_hours == 12
            assert laptop.read(lambda s: s.get(Relationship, rel)) is not None
        assert server_db.row("child", child)["communication_needs"] == "Short sessions"  # type: ignore[index]
        assert server_db.row("relationship", rel) is not None
        same_rows(fast, server_db, {child})
    finally:
        fast.close()
        right.close()


# --- the laptop's disk fills mid-pull --------------------------------------------------------


#: The notes of each of the 900 relationships: about 4 KB, so the rows fill about one 4 KiB page
#: each (900 pages in all) and a pull page of 100 rows about 100 pages.
NOTES = "A long note about this person. " * 130
#: Pages the small disk leaves for the pull beyond the store's size before it. A first pull
#: pauses the store's secondary indexes (yjdesk.store.indexes), which frees a page for each
#: (about 170 empty indexes) before the rows arrive: this much room and those pages hold a
#: few of the pull's pages, never all 900 rows.
ROOM = 250


def nine_hundred_relationships(world: World, server_db: ServerDb) -> str:
    """900 relationships of about 4 KB each (:data:`NOTES`) for the north child, whose id
    is returned: pages enough to fill a small disk part-way through a pull."""
    child = world.north_child
    server_db.put_many([("relationship", str(uuid.uuid4()),
                         {"child_id": child, "name": f"Person {i}", "relationship_type": "other",
                          "notes": NOTES}) for i in range(900)])
    return child


def secondary_indexes(laptop: Laptop) -> set[tuple[str, str]]:
    """The store's indexes made by CREATE INDEX (name, SQL)."""
    with laptop.store.engine.connect() as conn:
        return {(str(n), str(q)) for n, q in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}


def paused(laptop: Laptop) -> bool:
    with laptop.store.engine.connect() as conn:
        return indexes.has_marker(conn)


@SQLITE
def test_a_disk_filling_mid_pull_ends_in_a_clear_message_and_a_store_that_opens(
        live_server: str, world: World, server_db: ServerDb, tmp_path: Path) -> None:
    child = nine_hundred_relationships(world, server_db)
    laptop = Laptop(live_server, "pat", tmp_path / "pat")
    try:
        engine = laptop.store.engine
        every_index = secondary_indexes(laptop)
        with engine.connect() as conn:
            pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())

        def small_disk(dbapi_conn: Any, _record: Any) -> None:
            # SQLite's own limit on the file's size: a write past it fails exactly as on a
            # full disk (SQLITE_FULL, "database or disk is full") at the driver level.
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages + ROOM}")

        event.listen(engine, "connect", small_disk)
        engine.dispose()
        with pytest.raises(DiskFull) as info:
            laptop.sync(pull_limit=100)
        assert "The disk is full: free some space and try again" in str(info.value)
        with laptop.store.session() as s:
            part = state.cursor(s)
            kept = len(list(s.scalars(select(Relationship.id))))
        assert 0 < kept < 900 and part > 0  # stopped mid-pull; the pages before it kept
        laptop.close()
        laptop.reopen()  # the store still opens (the limit went with the old engine)
        with laptop.store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        assert secondary_indexes(laptop) == every_index and not paused(laptop)
        result = laptop.sync(pull_limit=100)  # space freed: the pull resumes
        assert result.waiting == []
        with laptop.store.session() as s:
            assert len(list(s.scalars(select(Relationship.id)))) == 900
        same_rows(laptop, server_db, {child})
    finally:
        laptop.close()


@contextmanager
def disk_full_from_now(engine: Any = Pool) -> Iterator[None]:
    """Every connection ``engine`` (a class: every engine's) opens from now on finds the
    disk full: the file cannot grow past its size."""
    def full(dbapi_conn: Any, _record: Any) -> None:
        size = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {size}")

    event.listen(engine, "connect", full)
    try:
        yield
    finally:
        event.remove(engine, "connect", full)


@SQLITE
def test_a_disk_filling_while_a_first_pull_makes_its_indexes_again_loses_nothing(
        live_server: str, world: World, server_db: ServerDb, tmp_path: Path) -> None:
    """Every row in, then no room for the indexes the first pull paused: the clear message,
    every row kept, the store opens (without those indexes while the disk stays full), and
    they are made once there is room."""
    child = nine_hundred_relationships(world, server_db)
    laptop = Laptop(live_server, "pat", tmp_path / "pat")
    try:
        engine = laptop.store.engine
        every_index = secondary_indexes(laptop)
        filled: list[int] = []

        def full_at_the_first_index(conn: Any, _cursor: Any, statement: str, *_a: Any) -> None:
            # the disk fills just as the rebuild starts: the file cannot grow any more
            if statement.startswith("CREATE INDEX") and not filled:
                raw = conn.connection.dbapi_connection
                size = raw.execute("PRAGMA page_count").fetchone()[0]
                raw.execute(f"PRAGMA max_page_count = {size}")
                filled.append(size)

        event.listen(engine, "before_cursor_execute", full_at_the_first_index)
        with pytest.raises(DiskFull) as info:
            laptop.sync(pull_limit=100)
        assert filled  # (the disk filled in the rebuild, not before it)
        assert "The disk is full: free some space and try again" in str(info.value)
        with laptop.store.session() as s:
            assert len(list(s.scalars(select(Relationship.id)))) == 900
            assert state.cursor(s) > 0
        assert paused(laptop) and secondary_indexes(laptop) < every_index
        same_rows(laptop, server_db, {child})
        laptop.close()
        with disk_full_from_now():
            laptop.reopen()  # still no room: it opens all the same, the marker kept
            assert paused(laptop) and secondary_indexes(laptop) < every_index
            with laptop.store.session() as s:
                assert len(list(s.scalars(select(Relationship.id)))) == 900
            laptop.close()
        laptop.reopen()  # room again: the indexes are made on open
        assert secondary_indexes(laptop) == every_index and not paused(laptop)
        with laptop.store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        result = laptop.sync(pull_limit=100)
        assert result.waiting == [] and result.pulled == 0
        same_rows(laptop, server_db, {child})
    finally:
        laptop.close()


# --- PostgreSQL killed mid-push --------------------------------------------------------------


@pytest.mark.postgres
def test_postgresql_killed_mid_push_and_restarted_laptops_converge(
        own_cluster: Cluster, tmp_path: Path) -> None:
    db = service_database(own_cluster, "yjk")
    world = make_world(db)
    batches: list[str] = []

    def kill_in_second_batch(batch_id: str) -> None:
        batches.append(batch_id)
        if len(batches) == 2:  # inside the push transaction, before its commit
            own_cluster.kill_immediately()

    try:
        with serve(db.settings) as live:
            a = Laptop(live, "pat", tmp_path / "a")
            b = Laptop(live, "nina", tmp_path / "b")  # pat's team manager
            try:
                a.sync()
                b.sync()
                with a.uow() as u:
                    made = {create_child(u.session, child_input(given_name=f"K{i}"),
                                         TODAY).id for i in range(30)}
                db.settings.hooks.after_seq_assigned = kill_in_second_batch
                with pytest.raises(YjdeskError):
                    a.sync(push_chunk=40)
                db.settings.hooks.after_seq_assigned = None
                with a.store.session() as s:  # the batch in flight is kept, to resend
                    assert s.scalar(select(SyncBatch.batch_id).limit(1)) is not None
                own_cluster.restart()
                db.engine.dispose()
                for _ in range(3):  # the service's pool finds its connections dead once
                    try:
                        result = a.sync(push_chunk=40)
                        break
                    except YjdeskError:
                        continue
                assert result.waiting == []
                b.sync()
                a.sync()
                children = made | {world.north_child}
                same_rows(a, db, children)
                same_rows(b, db, children)
                with db.session() as s:
                    numbers = list(s.scalars(select(Child.case_number)
                                             .where(Child.id.in_(made))))
                assert len(numbers) == 30 == len(set(numbers))
            finally:
                a.close()
                b.close()
    finally:
        db.engine.dispose()
