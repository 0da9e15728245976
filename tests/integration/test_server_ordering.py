"""The change-feed ordering pitfall (ARCHITECTURE.md section 3), reproduced for real.

Two pushes run concurrently on PostgreSQL. Push A takes its feed position first and then
pauses before committing (a hook in the push transaction); push B comes second. A laptop
pulls while A is still open, then again after both have committed: it must have received
both rows.

With the service's allocator (positions taken under the counter row's lock, held until
commit) B simply waits for A,
so the pull in between sees neither and the next pull sees both. The ``naive`` variant
takes positions from a counter committed on its own (a sequence at insert time): B commits
a higher number first, the pull in between moves the laptop's cursor past A's lower number,
and A's row is never delivered. That variant is expected to fail (strict xfail), which
shows the test detects the bug. SQLite serialises whole transactions (BEGIN IMMEDIATE), so
the interleaving cannot arise there; the test runs on PostgreSQL only.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from tests.integration.serverkit import ApiClient, ServerDb, World, audit_chain, change
from yjdesk.models.types import new_id


class NaiveAllocator:
    """Feed positions from a counter committed immediately, outside the push transaction."""

    def __init__(self, session: Session) -> None:
        self._engine = session.get_bind()

    def next(self, table: str) -> int:
        with self._engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            return int(conn.execute(text(
                "UPDATE server_counter SET value = value + 1 WHERE name = 'feed' "
                "RETURNING value")).scalar_one())

    def finish(self) -> None:
        pass

    def resolve(self, seq: int) -> int:
        return seq


def _lock_waiters(db: ServerDb) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock'")).scalar_one())


@pytest.mark.postgres
@pytest.mark.parametrize("server_db", ["postgresql"], indirect=True)
@pytest.mark.parametrize("allocator", [
    "counter_lock",
    pytest.param("naive", marks=pytest.mark.xfail(
        strict=True, reason="a position taken before commit is not a safe cursor")),
])
def test_pull_between_out_of_order_commits_still_delivers_both(
        server_db: ServerDb, live_server: str, world: World, allocator: str) -> None:
    assert server_db.kind == "postgresql"
    hooks = server_db.settings.hooks
    if allocator == "naive":
        hooks.allocator = NaiveAllocator
    batch_a, batch_b = new_id(), new_id()
    a_has_position, release_a = threading.Event(), threading.Event()

    def pause_a(batch_id: str) -> None:
        if batch_id == batch_a:
            a_has_position.set()
            release_a.wait(timeout=60)

    hooks.after_seq_assigned = pause_a
    row_a, row_b = new_id(), new_id()
    results: dict[str, Any] = {}

    def run(client: ApiClient, batch: str, row_id: str, key: str) -> None:
        results[key] = client.push([change("relationship", row_id, {
            "child_id": world.north_child, "name": key, "relationship_type": "other"})],
            batch_id=batch)

    laptop_a = ApiClient(live_server, "pat")
    laptop_b = ApiClient(live_server, "pat")
    reader = ApiClient(live_server, "pat")
    threads: list[threading.Thread] = []
    try:
        for c in (laptop_a, laptop_b, reader):
            c.login()
        reader.pull_all()

        ta = threading.Thread(target=run, args=(laptop_a, batch_a, row_a, "A"), daemon=True)
        ta.start()
        threads.append(ta)
        assert a_has_position.wait(timeout=30), "push A never took its position"
        tb = threading.Thread(target=run, args=(laptop_b, batch_b, row_b, "B"), daemon=True)
        tb.start()
        threads.append(tb)
        # B either commits (naive) or queues behind A's lock (the service): wait for one.
        deadline = time.monotonic() + 30
        while tb.is_alive() and _lock_waiters(server_db) == 0:
            assert time.monotonic() < deadline, "push B neither finished nor waited"
            time.sleep(0.02)

        first, _ = reader.pull_all()  # while A is still uncommitted
        release_a.set()
        for t in threads:
            t.join(timeout=30)
        assert results["A"].results[0].status == "applied"
        assert results["B"].results[0].status == "applied"
        second, _ = reader.pull_all()
    finally:
        release_a.set()
        for t in threads:
            t.join(timeout=30)
        for c in (laptop_a, laptop_b, reader):
            c.close()

    seen = {r.id for r in first + second}
    assert {row_a, row_b} <= seen, f"lost: {({row_a, row_b} - seen)}"
    seq_a = results["A"].results[0].server_seq
    seq_b = results["B"].results[0].server_seq
    if allocator == "counter_lock":
        assert seq_a < seq_b  # positions follow commit order
        assert not {row_a, row_b} & {r.id for r in first}


def test_positions_are_unique_and_follow_commit_order_under_load(
        server_db: ServerDb, live_server: str, world: World) -> None:
    """Many concurrent pushes: every committed position appears exactly once in the feed."""
    clients = [ApiClient(live_server, "pat") for _ in range(6)]
    errors: list[BaseException] = []

    def work(c: ApiClient) -> None:
        try:
            for i in range(5):
                c.push([change("relationship", new_id(), {
                    "child_id": world.north_child, "name": f"n{i}",
                    "relationship_type": "other"})])
        except BaseException as exc:  # reported below
            errors.append(exc)

    try:
        for c in clients:
            c.login()
        threads = [threading.Thread(target=work, args=(c,), daemon=True) for c in clients]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not errors, errors
        rows, _ = clients[0].pull_all(limit=7)
    finally:
        for c in clients:
            c.close()
    names = [r for r in rows if r.table == "relationship"]
    assert len(names) == 30
    seqs = [r.server_seq for r in rows]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)


def test_concurrent_edits_of_one_row_from_the_same_base_all_survive(
        server_db: ServerDb, live_server: str, world: World) -> None:
    """Eight laptops change eight different fields of one child from revision 1 at once:
    every change survives (rows are locked while merged, so no update is lost)."""
    edits = {"ete_hours": 12, "ete_provider": "City College", "pnc_number": "26/1A",
             "communication_needs": "Text first", "diversity_needs": "None known",
             "preferred_name": "Noz", "home_local_authority": "Northshire",
             "placing_local_authority": "Southshire"}
    clients = [ApiClient(live_server, "pat") for _ in edits]
    start = threading.Barrier(len(clients))
    statuses: list[str] = []
    errors: list[BaseException] = []

    def work(c: ApiClient, name: str, value: object) -> None:
        try:
            start.wait(timeout=30)
            res = c.push([change("child", world.north_child, {name: value}, base_rev=1)])
            statuses.append(res.results[0].status)
        except BaseException as exc:  # reported below
            errors.append(exc)

    try:
        for c in clients:
            c.login()
        threads = [threading.Thread(target=work, args=(c, k, v), daemon=True)
                   for c, (k, v) in zip(clients, edits.items(), strict=True)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    finally:
        for c in clients:
            c.close()
    assert not errors, errors
    assert sorted(statuses) == sorted(["applied"] + ["merged"] * (len(edits) - 1))
    row = server_db.row("child", world.north_child)
    assert row is not None
    assert {k: row[k] for k in edits} == edits
    assert row["rev"] == 1 + len(edits)


def test_a_mixed_push_leaves_every_position_where_it_was_given(
        server_db: ServerDb, pat: ApiClient, world: World) -> None:
    """One push of new and updated rows of several tables, audit events among them: the
    positions are consecutive in the order the push applied its rows (its answer's order:
    the audit events last, in chain order), and every row, revision and feed entry stands at
    the position its answer gave (on SQLite and PostgreSQL alike: the positions are
    taken at the end, under the counter's lock, and put in place there)."""
    earlier = new_id()
    pat.push([change("relationship", earlier, {
        "child_id": world.north_child, "name": "Gran", "relationship_type": "grandparent"})])
    pat.pull_all()
    new_a, new_b = new_id(), new_id()
    events = audit_chain(pat.device_id, world.pat, [world.north_child, world.north_child])
    changes = [
        events[1],
        change("relationship", new_a, {"child_id": world.north_child, "name": "Mum",
                                       "relationship_type": "mother"}),
        change("child", world.north_child, {"ete_hours": 9}, base_rev=1),
        events[0],
        change("relationship", earlier, {"name": "Nan"}, base_rev=1),
        change("relationship", new_b, {"child_id": world.north_child, "name": "Dad",
                                       "relationship_type": "father"}),
    ]
    res = pat.push(changes)
    order = [("relationship", new_a), ("child", world.north_child),
             ("relationship", earlier), ("relationship", new_b),
             ("audit_event", events[0]["id"]), ("audit_event", events[1]["id"])]
    assert [(r.table, r.id) for r in res.results] == order
    assert all(r.status == "applied" for r in res.results), res.results
    seqs = [r.server_seq for r in res.results]
    assert all(s is not None for s in seqs)
    first = seqs[0]
    assert first is not None and seqs == list(range(first, first + len(order)))
    with server_db.session() as s:
        counter = s.scalar(text("SELECT value FROM server_counter WHERE name = 'feed'"))
        assert counter == seqs[-1]
        for r in res.results:
            revision = s.execute(text(
                "SELECT server_seq FROM row_revision WHERE table_name = :t AND row_id = :i "
                "AND rev = :v"), {"t": r.table, "i": r.id, "v": r.rev}).scalar_one()
            entry = s.execute(text(
                "SELECT server_seq FROM feed_entry WHERE table_name = :t AND row_id = :i"),
                {"t": r.table, "i": r.id}).scalar_one()
            assert (revision, entry) == (r.server_seq, r.server_seq), r
            if r.table != "audit_event":  # append-only rows keep 0 (never pulled)
                stored = s.execute(text(f'SELECT server_seq FROM "{r.table}" WHERE id = :i'),
                                   {"i": r.id}).scalar_one()
                assert stored == r.server_seq, r
        negative = s.scalar(text("SELECT count(*) FROM row_revision WHERE server_seq < 0"))
        assert negative == 0
    rows, _ = pat.pull_all()
    assert [(r.table, r.id, r.server_seq) for r in rows] == [
        (r.table, r.id, r.server_seq) for r in res.results if r.table != "audit_event"]
