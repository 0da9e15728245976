"""The client engine against the real service (SQLite and PostgreSQL), two laptops."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.conftest import TODAY, child_input
from tests.integration.serverkit import ServerDb
from tests.support.sync_laptop import Laptop
from yjdesk.errors import Offline
from yjdesk.models import Allocation, Child, SyncBatch, SyncPending
from yjdesk.services.children import create_child
from yjdesk.sync import conflicts
from yjdesk.sync.engine import SyncCancelled


@dataclass
class Org:
    team: str
    pat: str
    sam: str
    child: str


@pytest.fixture
def org(server_db: ServerDb) -> Org:
    team = server_db.add_team()
    pat = server_db.add_user("pat", team_id=team)
    sam = server_db.add_user("sam", team_id=team)
    child = server_db.add_child(team, pat, given_name="Jayden", family_name="Okafor")
    server_db.allocate(child, pat)
    server_db.allocate(child, sam, "cover")
    return Org(team, pat, sam, child)


@pytest.fixture
def two(live_server: str, org: Org, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    a = Laptop(live_server, "pat", tmp_path / "a")
    b = Laptop(live_server, "sam", tmp_path / "b")
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def test_first_sign_in_makes_the_owner_with_the_servers_id(two, org: Org) -> None:
    a, _b = two
    assert a.actor.user_id == org.pat
    result = a.sync()
    assert result.pulled >= 3 and not result.failed
    child = a.child(org.child)
    assert child is not None and child.given_name == "Jayden"


def test_different_fields_edited_offline_both_survive(two, org: Org) -> None:
    a, b = two
    a.sync()
    b.sync()
    a.edit(Child, org.child, ete_provider="Northgate College")
    b.edit(Child, org.child, communication_needs="Prefers short sessions")
    a.sync()
    b.sync()
    a.sync()
    for laptop in (a, b):
        child = laptop.child(org.child)
        assert child is not None
        assert child.ete_provider == "Northgate College"
        assert child.communication_needs == "Prefers short sessions"
    assert a.child(org.child).rev == b.child(org.child).rev


def test_same_field_conflict_is_stored_shown_and_resolution_reaches_the_other(
        two, org: Org) -> None:
    a, b = two
    a.sync()
    b.sync()
    a.edit(Child, org.child, ete_provider="Mine (Pat)")
    b.edit(Child, org.child, ete_provider="Theirs (Sam)")
    a.sync()
    result = b.sync()
    assert result.conflicts == 1
    views = b.read(conflicts.open_conflicts)
    assert len(views) == 1
    view = views[0]
    assert view.mine_text == "Theirs (Sam)" and view.theirs_text == "Mine (Pat)"
    assert view.their_author == "Pat" and view.their_time is not None
    assert b.child(org.child).ete_provider == "Theirs (Sam)"
    with b.uow() as u:
        conflicts.resolve(u.session, view.id, "merged", "Pat and Sam agreed: Northgate")
    b.sync()
    a.sync()
    for laptop in (a, b):
        assert laptop.child(org.child).ete_provider == "Pat and Sam agreed: Northgate"
    assert b.read(conflicts.open_conflicts) == []


class LoseResponses(httpx.BaseTransport):
    """Forwards to the real service, then drops the answer to the first ``n`` pushes."""

    def __init__(self, n: int = 1) -> None:
        self.inner = httpx.HTTPTransport()
        self.n = n
        self.lost: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path.endswith("/sync/push") and self.n > 0:
            self.n -= 1
            response.read()
            self.lost.append(json.loads(request.content)["batch_id"])
            raise httpx.ReadError("connection reset (test)", request=request)
        return response

    def close(self) -> None:
        self.inner.close()


def test_lost_push_answer_is_resent_with_the_same_batch_and_leaves_one_copy(
        two, org: Org, server_db: ServerDb) -> None:
    a, _b = two
    a.sync()
    with a.uow() as u:
        new_id = create_child(u.session, child_input(given_name="Once"), TODAY).id
    # Both answers lost: the push and the client's one resend on a new connection (a
    # connection closed under a request is tried once more: SyncClient._send).
    lossy = LoseResponses(2)
    with pytest.raises(Offline):
        a.sync(transport=lossy)
    assert len(lossy.lost) == 2 and lossy.lost[0] == lossy.lost[1]  # the same batch twice
    assert server_db.row("child", new_id) is not None  # the server committed it
    with a.store.session() as s:
        assert s.get(SyncBatch, lossy.lost[0]) is not None  # written down, unanswered
    a.sync()
    row = server_db.row("child", new_id)
    assert row is not None and row["rev"] == 1  # applied once, not twice
    with a.store.session() as s:
        assert s.scalar(select(func.count()).select_from(SyncBatch)) == 0
        assert s.get(Child, new_id).rev == 1
        assert s.scalar(select(func.count()).select_from(SyncPending)) == 0


def test_one_lost_push_answer_is_heard_again_in_the_same_sync_and_leaves_one_copy(
        two, org: Org, server_db: ServerDb) -> None:
    """The client sends a push once more when its connection breaks before the answer; the
    service committed the first, so the second hears the stored answer (applied once)."""
    a, _b = two
    a.sync()
    with a.uow() as u:
        new_id = create_child(u.session, child_input(given_name="Twice sent"), TODAY).id
    lossy = LoseResponses(1)
    result = a.sync(transport=lossy)
    assert len(lossy.lost) == 1 and result.pushed >= 1 and not result.failed
    row = server_db.row("child", new_id)
    assert row is not None and row["rev"] == 1  # applied once, not twice
    with a.store.session() as s:
        assert s.scalar(select(func.count()).select_from(SyncBatch)) == 0
        assert s.get_one(Child, new_id).rev == 1
        assert s.scalar(select(func.count()).select_from(SyncPending)) == 0


def test_reallocation_pushes_pending_edits_then_purges(two, org: Org,
                                                        server_db: ServerDb) -> None:
    a, b = two
    other_team = server_db.add_team("South Team")
    kim = server_db.add_user("kim", team_id=other_team)
    a.sync()
    b.sync()
    a.edit(Child, org.child, ete_provider="Last words from Pat")
    server_db.reallocate(org.child, kim, other_team)
    for alloc_id in _allocations(server_db, org.child):
        server_db.put("allocation", {"to_date": dt.date(2020, 6, 1)}, row_id=alloc_id)
    result = a.sync()
    assert org.child in result.purged_children
    row = server_db.row("child", org.child)
    assert row is not None and row["ete_provider"] == "Last words from Pat"
    assert a.child(org.child) is None
    assert a.read(lambda s: s.scalar(select(func.count()).select_from(Allocation))) == 0
    again = a.sync()
    assert again.purged_children == []


def _allocations(db: ServerDb, child_id: str) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Allocation.id).where(Allocation.child_id == child_id)))


def test_cancel_between_chunks_keeps_what_was_sent(two, org: Org, server_db: ServerDb) -> None:
    a, _b = two
    a.sync()
    with a.uow() as u:
        ids = [create_child(u.session, child_input(given_name=f"C{i}"), TODAY).id
               for i in range(30)]
    seen: list[tuple[str, int, int | None]] = []
    cancel = {"now": False}

    def progress(phase: str, done: int, total: int | None) -> None:
        seen.append((phase, done, total))
        if phase == "push" and done > 0:  # "0 of N" comes before the first chunk
            cancel["now"] = True

    def queued() -> int:
        return int(a.read(lambda s: s.scalar(select(func.count()).select_from(SyncPending))))

    before = queued()
    with pytest.raises(SyncCancelled):
        a.sync(push_chunk=10, progress=progress, cancelled=lambda: cancel["now"])
    assert queued() == before - 10  # the first chunk went and is recorded; the rest waits
    assert seen[0][0] == "check" and seen[1][:2] == ("push", 0)
    result = a.sync()
    assert not result.failed
    assert all(server_db.row("child", i) is not None for i in ids)


def test_cancel_during_a_pull_keeps_its_pages_and_the_next_sync_resumes(
        live_server: str, org: Org, tmp_path: Path) -> None:
    """A first pull cancelled part way keeps the pages it applied (each with its cursor);
    the next sync pulls only the rest and ends with what an uninterrupted pull holds."""
    a = Laptop(live_server, "pat", tmp_path / "a")
    try:
        a.sync()
        with a.uow() as u:
            ids = [create_child(u.session, child_input(given_name=f"P{i}"), TODAY).id
                   for i in range(30)]
        a.sync()
    finally:
        a.close()
    whole = Laptop(live_server, "pat", tmp_path / "whole")
    fresh = Laptop(live_server, "pat", tmp_path / "fresh")
    try:
        full = whole.sync(pull_limit=10).pulled
        seen: list[tuple[str, int]] = []
        with pytest.raises(SyncCancelled):
            fresh.sync(pull_limit=10, progress=lambda phase, done, _t: seen.append((phase, done)),
                       cancelled=lambda: any(p == "pull" and d > 0 for p, d in seen))
        assert [d for p, d in seen if p == "pull"] == [0, 10]  # one page, then the cancel
        from tests.support.sync_laptop import rows_of

        kept = fresh.read(lambda s: rows_of(s, frozenset()))  # every synced row
        assert len(kept) == 10
        rest = fresh.sync(pull_limit=10)
        assert rest.pulled == full - 10  # resumed from the stored cursor, not from 0
        assert fresh.read(rows_of) == whole.read(rows_of)
        assert all(fresh.child(i) is not None for i in ids)
        assert fresh.read(lambda s: s.scalar(select(func.count()).select_from(SyncPending))) == 0
    finally:
        whole.close()
        fresh.close()


def _twelve_children_sent(live_server: str, folder: Path) -> None:
    """Pat's laptop (in ``folder``) records twelve children and sends them: pages enough
    for another laptop's first pull in small pages."""
    a = Laptop(live_server, "pat", folder)
    try:
        a.sync()
        with a.uow() as u:
            for i in range(12):
                create_child(u.session, child_input(given_name=f"C{i}"), TODAY)
        a.sync()
    finally:
        a.close()


def test_a_first_pull_applies_pages_with_a_larger_cache_and_the_collector_paused(
        live_server: str, org: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16: a first pull's pages get the larger page cache and no cyclic garbage
    collection while applied, nor while the pages are fetched and parsed between them;
    later pulls keep the usual cache, and the collector runs again after the sync."""
    import gc

    from yjdesk.store.engine import CACHE_KIB
    from yjdesk.sync import engine
    from yjdesk.sync.client import SyncClient

    _twelve_children_sent(live_server, tmp_path / "a")
    seen: list[tuple[int, bool]] = []
    real = engine.apply_page

    def watched(session: Session, rows: Any, **kw: Any) -> Any:
        cache = session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
        seen.append((int(cache), gc.isenabled()))
        return real(session, rows, **kw)

    fetched: list[bool] = []  # the collector's state as each page is fetched and parsed
    fetch = SyncClient.pull

    def pull(client: SyncClient, request: Any) -> Any:
        fetched.append(gc.isenabled())
        page = fetch(client, request)
        fetched.append(gc.isenabled())
        return page

    monkeypatch.setattr(engine, "apply_page", watched)
    monkeypatch.setattr(SyncClient, "pull", pull)
    b = Laptop(live_server, "pat", tmp_path / "b")
    try:
        assert gc.isenabled()
        b.sync(pull_limit=5)
        pages = [s for s in seen if s[0] == -engine.PULL_CACHE_KIB]
        assert len(pages) >= 3 and all(not enabled for _c, enabled in pages), seen
        assert len(fetched) >= 6 and not any(fetched), fetched
        assert gc.isenabled()
        with b.uow() as u:  # the next transaction is back to the usual cache
            assert u.session.connection().exec_driver_sql(
                "PRAGMA cache_size").scalar() == -CACHE_KIB
        seen.clear()
        with b.uow() as u:
            create_child(u.session, child_input(given_name="Later"), TODAY)
        b.sync()  # not a first pull: the usual cache
        assert seen and all(c == -CACHE_KIB and not enabled for c, enabled in seen), seen
    finally:
        b.close()


def test_a_first_pull_with_the_collector_paused_frees_each_pages_answer(
        live_server: str, org: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16: the collector is off for a pull, and each HTTP answer (holding its page's
    JSON) is in a cycle: the pull collects the young generations every few pages, so the
    answers alive at once stay a handful however many pages come (a county's first pull
    kept all of them, 770 MiB, to its end)."""
    import gc

    import httpx

    from yjdesk.sync import engine

    _twelve_children_sent(live_server, tmp_path / "a")
    alive: list[int] = []  # answers alive as each page is applied
    real = engine.apply_page

    def watched(session: Session, rows: Any, **kw: Any) -> Any:
        alive.append(sum(isinstance(o, httpx.Response) for o in gc.get_objects()))
        return real(session, rows, **kw)

    monkeypatch.setattr(engine, "apply_page", watched)
    monkeypatch.setattr(engine, "PAGES_A_COLLECTION", 2)
    b = Laptop(live_server, "pat", tmp_path / "b")
    try:
        assert gc.isenabled()
        b.sync(pull_limit=2)
        assert len(alive) >= 12, alive
        # at most: the pages since the last collection, the one in hand and the next
        assert max(alive) <= 2 + 2 + 1, alive
        assert gc.isenabled()
    finally:
        b.close()


def _indexes(engine: Any) -> set[tuple[str, str]]:
    """The store's indexes made by CREATE INDEX (name, SQL)."""
    with engine.connect() as conn:
        return {(str(n), str(q)) for n, q in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}


def _paused(conn: Any) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM local_meta WHERE key = 'indexes_paused'"
                                ).scalar() is not None


def _mine_and_theirs(laptop: Laptop, db: ServerDb, child_ids: set[str]) -> tuple[Any, Any]:
    from tests.support.sync_laptop import rows_of, server_rows

    mine = {k: v for k, v in laptop.read(rows_of).items()
            if k[1] in child_ids or v[1].get("child_id") in child_ids}
    theirs = {k: v for k, v in server_rows(db, child_ids=child_ids).items()
              if k[0] != "audit_event"}
    return mine, theirs


def _seed(db: ServerDb, org: Org, rows: int) -> set[str]:
    """More of pat's children, each with relationships: ``rows`` rows in all."""
    children = {org.child}
    for i in range(3):
        other = db.add_child(org.team, org.pat, given_name=f"Extra{i}")
        db.allocate(other, org.pat)
        children.add(other)
    ordered = sorted(children)
    db.put_many([("relationship", str(uuid.uuid4()),
                  {"child_id": ordered[i % len(ordered)], "name": f"Person {i}",
                   "relationship_type": "other"}) for i in range(rows)])
    return children


def test_a_first_pull_pauses_the_secondary_indexes_and_makes_them_again(
        live_server: str, org: Org, server_db: ServerDb, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16: a first pull into an empty store drops the synced tables' secondary
    indexes (the marker set with them) and makes the same indexes again at its end; the
    unique ones stay throughout; the rows are the service's. A later pull pauses nothing."""
    from yjdesk.sync import engine

    children = _seed(server_db, org, 60)
    b = Laptop(live_server, "pat", tmp_path / "b")
    try:
        before = _indexes(b.store.engine)
        unique = {(n, q) for n, q in before if q.startswith("CREATE UNIQUE")}
        assert any(n == "ix_relationship_child_id" for n, _q in before)
        seen: list[tuple[bool, set[tuple[str, str]]]] = []
        real = engine.apply_page

        def watched(session: Session, rows: Any, **kw: Any) -> Any:
            conn = session.connection()
            seen.append((_paused(conn), {(str(n), str(q)) for n, q in conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                "AND sql IS NOT NULL")}))
            return real(session, rows, **kw)

        monkeypatch.setattr(engine, "apply_page", watched)
        result = b.sync(pull_limit=10)
        assert result.pulled >= 60 and len(seen) >= 6
        for paused, held in seen:  # every page: paused, only the unique indexes there
            assert paused and held < before and unique <= held, held ^ before
            assert not any(n == "ix_relationship_child_id" for n, _q in held)
        assert _indexes(b.store.engine) == before
        with b.store.engine.connect() as conn:
            assert not _paused(conn)
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM relationship WHERE child_id = 'x'"))
            assert "ix_relationship_child_id" in plan, plan
        mine, theirs = _mine_and_theirs(b, server_db, children)
        assert len(mine) >= 64 and mine == theirs
        seen.clear()
        server_db.put_many([("relationship", str(uuid.uuid4()),
                             {"child_id": org.child, "name": "Later",
                              "relationship_type": "other"})])
        assert b.sync().pulled == 1  # not a first pull: nothing paused
        assert seen and all(not paused and held == before for paused, held in seen)
    finally:
        b.close()


_KILLED_MID_PULL = """
import os, signal, sys
from pathlib import Path
from yjdesk.laptop import LaptopStore
from yjdesk.paths import Paths
from yjdesk.sync.accounts import client_for
from yjdesk.sync.engine import SyncEngine

password = os.environ["YJDESK_PASSWORD"]
store = LaptopStore.open(Paths(Path(sys.argv[1])), password)

def progress(phase, done, _total):
    if phase == "pull" and done > 0:  # the first page is in: killed
        os.kill(os.getpid(), signal.SIGKILL)

with client_for(store, password) as client:
    SyncEngine(store.session_factory, client, pull_limit=10, progress=progress).run()
"""


def test_a_first_pull_killed_with_its_indexes_paused_gets_them_back_on_open(
        live_server: str, org: Org, server_db: ServerDb, tmp_path: Path) -> None:
    """SIGKILL after the first page of a first pull: the store holds that page, the marker
    and none of the secondary indexes; opening it makes them again, and the next sync ends
    with the service's rows. Its references are still unchecked after the kill (the pull
    goes on without checking them), and every one holds at the next sync's end."""
    import os
    import signal
    import subprocess
    import sys

    from tests.integration.serverkit import PASSWORD
    from yjdesk.store import keys, references
    from yjdesk.store.engine import make_engine

    children = _seed(server_db, org, 60)
    a = Laptop(live_server, "pat", tmp_path / "a")
    before = _indexes(a.store.engine)
    a.close()
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, YJDESK_PASSWORD=PASSWORD, PYTHONPATH=str(root),
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    done = subprocess.run([sys.executable, "-c", _KILLED_MID_PULL, str(a.paths.root)],
                          env=env, cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    key = keys.unwrap(keys.read_keyfile(a.paths.keyfile), PASSWORD)
    raw = make_engine(a.paths.database, key)  # the file as the kill left it
    try:
        with raw.connect() as conn:
            assert _paused(conn)
            assert references.deferred(conn)
            held = [int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one())
                    for t in ("child", "relationship")]
        assert held[0] > 0 and held[1] < 60  # the first page, not the whole pull
        assert _indexes(raw) < before
        assert not any(n == "ix_relationship_child_id" for n, _q in _indexes(raw))
    finally:
        raw.dispose()
    a.reopen()
    try:
        assert _indexes(a.store.engine) == before
        with a.store.engine.connect() as conn:
            assert not _paused(conn)
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        with a.store.engine.connect() as conn:
            assert references.deferred(conn)
        a.sync(pull_limit=10)
        mine, theirs = _mine_and_theirs(a, server_db, children)
        assert len(mine) >= 64 and mine == theirs
        assert _indexes(a.store.engine) == before
        with a.store.engine.connect() as conn:
            assert not references.deferred(conn)
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        a.close()


def _children_edited_after_their_addresses(live_server: str, root: Path
                                           ) -> tuple[Laptop, list[str]]:
    """Twelve children with three addresses each, every child edited after its addresses
    were sent (so the feed has the addresses before their child): the laptop that wrote
    them (closed) and their ids."""
    from yjdesk.services.children import AddressInput, add_address

    a = Laptop(live_server, "pat", root)
    try:
        a.sync()
        with a.uow() as u:
            kids = [create_child(u.session, child_input(given_name=f"C{i}"), TODAY).id
                    for i in range(12)]
            for k in kids:
                for n in range(3):
                    add_address(u.session, k, AddressInput(
                        line1=f"{n} Old Road", from_date=dt.date(2024, 1, 1 + n)))
        a.sync()
        with a.uow() as u:
            for k in kids:
                u.session.get(Child, k).ete_hours = 12
        a.sync()
    finally:
        a.close()
    return a, kids


def test_a_first_pull_checks_references_once_at_its_end_and_parks_nothing(
        live_server: str, org: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16: a first pull into an empty store writes its pages without checking
    references -- the addresses that come before their child are stored, not parked -- and
    checks them once at its end: nothing is parked, every reference holds, the marker is
    gone, and the next transaction checks foreign keys again."""
    from sqlalchemy.exc import IntegrityError

    from yjdesk.models import ChildAddress, SyncParked
    from yjdesk.store import references
    from yjdesk.sync import engine

    a, kids = _children_edited_after_their_addresses(live_server, tmp_path / "a")
    pages: list[tuple[bool, int]] = []  # (references deferred, rows parked) a page
    real = engine.apply_page

    def recording(session: Session, rows: Any, **kw: Any) -> Any:
        out = real(session, rows, **kw)
        pages.append((bool(kw.get("references_deferred")), out.parked))
        return out
    monkeypatch.setattr(engine, "apply_page", recording)
    b = Laptop(live_server, "pat", tmp_path / "b")
    try:
        result = b.sync(pull_limit=10)
        assert result.parked == 0
        assert len(pages) >= 5 and all(deferred for deferred, _ in pages)
        assert sum(parked for _, parked in pages) == 0  # (before: the 36 addresses)
        with b.store.engine.connect() as conn:
            assert not references.deferred(conn)
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        with b.store.session() as s:
            assert s.scalar(select(func.count()).select_from(SyncParked)) == 0
            assert s.scalar(select(func.count()).select_from(ChildAddress).where(
                ChildAddress.child_id.in_(kids))) == 36
        with pytest.raises(IntegrityError), b.store.session() as s, s.begin():
            s.execute(ChildAddress.__table__.insert().values(  # type: ignore[attr-defined]
                id=str(uuid.uuid4()), child_id=str(uuid.uuid4()), line1="Nowhere",
                from_date=dt.date(2024, 1, 1), rev=0, server_seq=0, deleted=False))
        pages.clear()
        a.reopen()  # (a later pull checks references row by row)
        try:
            a.edit(Child, kids[0], ete_hours=20)
            a.sync()
        finally:
            a.close()
        b.sync()
        assert pages and not any(deferred for deferred, _ in pages)
    finally:
        b.close()


def test_rows_that_came_before_their_child_are_parked_then_applied_a_chunk_at_a_time(
        live_server: str, org: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16: a pull gets rows in commit order, each at its latest position, so a child
    edited after its addresses comes after them: the addresses are parked, then tried again
    after the last page -- a chunk at a time, each chunk its own transaction, not every
    parked row in one page -- and every one is applied. (A laptop that has pulled before: a
    first pull into an empty store checks references at its end instead, below.)"""
    from yjdesk.models import ChildAddress, SyncParked
    from yjdesk.sync import engine, pull

    b = Laptop(live_server, "pat", tmp_path / "b")
    b.sync()
    _a, kids = _children_edited_after_their_addresses(live_server, tmp_path / "a")
    retried: list[int] = []  # the rows parked when the retry began
    real = pull.apply_page
    monkeypatch.setattr(engine, "RETRY_CHUNK", 5)
    retry = engine.SyncEngine._retry_parked

    def counting(self: Any, result: Any) -> None:
        with self._factory() as s:
            retried.append(int(s.scalar(select(func.count()).select_from(SyncParked)) or 0))
        retry(self, result)
    monkeypatch.setattr(engine.SyncEngine, "_retry_parked", counting)
    chunks: list[int] = []

    def chunked(session: Session, rows: Any, **kw: Any) -> Any:
        if retried:  # after the last page: the retry's chunks
            chunks.append(len(rows))
        return real(session, rows, **kw)
    monkeypatch.setattr(pull, "apply_page", chunked)  # (what pull.retry_parked calls)
    try:
        result = b.sync(pull_limit=10)
        assert result.parked == 0
        assert retried and retried[0] >= 36  # the addresses waited for their children
        assert chunks and max(chunks) <= 5 and sum(chunks) >= 36
        with b.store.session() as s:
            assert s.scalar(select(func.count()).select_from(SyncParked)) == 0
            assert s.scalar(select(func.count()).select_from(ChildAddress).where(
                ChildAddress.child_id.in_(kids))) == 36
            assert {c.ete_hours for c in s.scalars(select(Child).where(
                Child.id.in_(kids)))} == {12}
    finally:
        b.close()
