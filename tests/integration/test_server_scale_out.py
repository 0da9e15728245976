"""Past one machine: service instances behind a real nginx, and pulls from a read replica.

Two ``yjdesk-server run`` processes on different ports share one PostgreSQL; nginx
(configured by ``installers/server/``, see ``tests/integration/nginxproxy.py``) spreads
laptops over them. The instances keep nothing between requests, so:

* positions stay in commit order and nothing is lost while laptops push through the proxy
  and another pulls at the same time;
* a batch resent while its first request is still running on one instance, arriving at the
  other instance, is applied once (the second waits for the first, then replays its result);
* real laptops converge through the proxy.

A PostgreSQL streaming replica (a hot standby made with pg_basebackup) serves pulls
(``--read-database-url``) while pushes go to the primary: a standby that stops replaying
only delays rows, and the laptop ends with exactly the primary's rows.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, func, select, text

from tests.conftest import TODAY, child_input
from tests.integration.conftest import SERVICE_ROLE
from tests.integration.nginxproxy import (
    UPSTREAM_HEADER,
    Instance,
    Proxy,
    check_site,
    find_nginx,
    start_instances,
    start_proxy,
)
from tests.integration.pgcluster import Cluster, start_cluster, start_standby
from tests.integration.serverkit import ApiClient, ServerDb, World, change, fast_settings
from tests.support.sync_laptop import Laptop, rows_of, server_rows
from yjdesk.models import Child, Relationship
from yjdesk.models.server import PushBatch, RowRevision
from yjdesk.server.grants import grant_service_role
from yjdesk.server.settings import make_engine
from yjdesk.services.children import create_child
from yjdesk.store.schema import upgrade
from yjdesk.wire import protocol as p

pytestmark = [pytest.mark.postgres, pytest.mark.slow,
              pytest.mark.skipif(find_nginx() is None,
                                 reason="nginx is installed by scripts/bootstrap --test")]


@pytest.fixture
def scaled(server_db: ServerDb) -> Iterator[tuple[list[Instance], Proxy]]:
    instances = start_instances(server_db.service_url, 2)
    try:
        proxy = start_proxy([i.port for i in instances])
        try:
            yield instances, proxy
        finally:
            proxy.stop()
    finally:
        for inst in instances:
            inst.stop()


def _lock_waiters(db: ServerDb) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type IN ('Lock', 'Advisory')")).scalar_one())


@pytest.mark.parametrize("server_db", ["postgresql"], indirect=True)
def test_pushes_and_pulls_through_the_proxy_keep_commit_order(
        server_db: ServerDb, world: World,
        scaled: tuple[list[Instance], Proxy]) -> None:
    instances, proxy = scaled
    served = {httpx.get(proxy.url + "/health").headers[UPSTREAM_HEADER] for _ in range(6)}
    assert served == {f"127.0.0.1:{i.port}" for i in instances}  # both instances answer

    pushers = [ApiClient(proxy.url, "pat") for _ in range(6)]
    puller = ApiClient(proxy.url, "pat")
    errors: list[BaseException] = []
    pushed: list[str] = []
    done = threading.Event()
    pages: list[list[p.RowState]] = []

    def push(c: ApiClient) -> None:
        try:
            for i in range(6):
                rid = str(uuid.uuid4())
                c.push([change("relationship", rid, {
                    "child_id": world.north_child, "name": f"n{i}",
                    "relationship_type": "other"})])
                pushed.append(rid)
        except BaseException as exc:  # reported below
            errors.append(exc)

    def pull() -> None:
        try:
            while not done.is_set():
                page = puller.pull_page(limit=5)
                pages.append(list(page.rows))
                puller.cursor = page.next_cursor
        except BaseException as exc:  # reported below
            errors.append(exc)

    try:
        for c in [*pushers, puller]:
            c.login()
        threads = [threading.Thread(target=push, args=(c,), daemon=True) for c in pushers]
        reader = threading.Thread(target=pull, daemon=True)
        reader.start()
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        done.set()
        reader.join(timeout=60)
        assert not errors, errors
        rest, _ = puller.pull_all(limit=7)
        pages.append(rest)
    finally:
        for c in [*pushers, puller]:
            c.close()
    seen = [r for page in pages for r in page]
    seqs = [r.server_seq for r in seen]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)  # commit order, no repeats
    got = {r.id for r in seen if r.table == "relationship"}
    assert len(pushed) == 36 and got == set(pushed)  # nothing lost
    with server_db.session() as s:
        positions = list(s.scalars(select(RowRevision.server_seq)
                                   .where(RowRevision.table_name == "relationship")))
    assert len(set(positions)) == 36


@pytest.mark.parametrize("server_db", ["postgresql"], indirect=True)
def test_a_batch_resent_to_the_other_instance_while_the_first_runs_is_applied_once(
        server_db: ServerDb, world: World,
        scaled: tuple[list[Instance], Proxy]) -> None:
    _instances, proxy = scaled
    pat = ApiClient(proxy.url, "pat")
    pat.login()
    rows, _ = pat.pull_all()
    rev = next(r.rev for r in rows if r.id == world.north_child)
    batch = str(uuid.uuid4())
    body = {"batch_id": batch, "changes": [
        change("child", world.north_child, {"ete_hours": 17}, base_rev=rev),
        change("relationship", str(uuid.uuid4()), {
            "child_id": world.north_child, "name": "Aunt", "relationship_type": "other"})]}
    answers: list[httpx.Response] = []

    def send() -> None:
        with httpx.Client(base_url=proxy.url, timeout=60,
                          headers={p.PROTOCOL_HEADER: str(p.PROTOCOL_VERSION),
                                   "Authorization": f"Bearer {pat.token}"}) as http:
            answers.append(http.post(p.API_PREFIX + "/sync/push", json=body))

    # Hold the child's row: the first request takes the batch's lock, then waits for it.
    blocker = server_db.engine.connect()
    tx = blocker.begin()
    blocker.execute(text("SELECT id FROM child WHERE id = :i FOR UPDATE"),
                    {"i": world.north_child})
    first = threading.Thread(target=send, daemon=True)
    second = threading.Thread(target=send, daemon=True)
    try:
        first.start()
        deadline = time.monotonic() + 30
        while _lock_waiters(server_db) < 1:
            assert time.monotonic() < deadline, "the first push never reached the row lock"
            time.sleep(0.05)
        second.start()  # the laptop gave up waiting and resends the same batch
        while _lock_waiters(server_db) < 2:
            assert time.monotonic() < deadline, "the resent push never queued"
            time.sleep(0.05)
    finally:
        tx.rollback()
        blocker.close()
    first.join(timeout=60)
    second.join(timeout=60)
    pat.close()
    assert len(answers) == 2 and all(a.status_code == 200 for a in answers), answers
    assert answers[0].headers[UPSTREAM_HEADER] != answers[1].headers[UPSTREAM_HEADER]
    results = [p.PushResponse.model_validate(a.json()) for a in answers]
    assert sorted(r.replayed for r in results) == [False, True]
    assert results[0].results == results[1].results
    assert all(r.status == "applied" for r in results[0].results)
    with server_db.session() as s:
        assert s.scalar(select(func.count()).select_from(PushBatch)
                        .where(PushBatch.batch_id == batch)) == 1
        assert s.get(Child, world.north_child).rev == rev + 1
        assert s.scalar(select(func.count()).select_from(Relationship)
                        .where(Relationship.name == "Aunt")) == 1


@pytest.mark.parametrize("server_db", ["postgresql"], indirect=True)
def test_laptops_converge_through_the_proxy(server_db: ServerDb, world: World,
                                            scaled: tuple[list[Instance], Proxy],
                                            tmp_path: Path) -> None:
    _instances, proxy = scaled
    pat = Laptop(proxy.url, "pat", tmp_path / "pat")
    nina = Laptop(proxy.url, "nina", tmp_path / "nina")  # pat's team manager
    try:
        pat.sync()
        nina.sync()
        for round_ in range(3):
            with pat.uow() as u:
                for i in range(3):
                    create_child(u.session, child_input(given_name=f"P{round_}{i}"), TODAY)
            pat.edit(Child, world.north_child, ete_hours=round_ + 1)
            assert not pat.sync().failed
            nina.edit(Child, world.north_child, ete_provider=f"School {round_}")
            assert not nina.sync().failed
        pat.sync()
        nina.sync()
        mine = pat.read(rows_of)
        theirs = nina.read(rows_of)
    finally:
        pat.close()
        nina.close()
    children = {rid for (table, rid) in mine if table == "child"}
    assert len(children) == 10
    server = server_db.row("child", world.north_child)
    assert server is not None and server["ete_hours"] == 3
    assert server["ete_provider"] == "School 2"
    shared = {k: v for k, v in mine.items() if k[0] == "child"}
    assert shared == {k: v for k, v in theirs.items() if k[0] == "child" and k in shared}
    assert shared == server_rows(server_db, {"child"}, children)


# --- a streaming replica serving the pulls ----------------------------------------------------


@pytest.fixture(scope="module")
def replicated() -> Iterator[tuple[Cluster, Cluster]]:
    primary = start_cluster(full_page_writes=True)
    try:
        admin = create_engine(primary.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"CREATE ROLE {SERVICE_ROLE} LOGIN"))
            conn.execute(text("CREATE DATABASE yjdesk_replicated"))
        admin.dispose()
        engine = make_engine(primary.url("yjdesk_replicated"))
        upgrade(engine, side="server")
        with engine.begin() as conn:
            grant_service_role(conn, SERVICE_ROLE)
        engine.dispose()
        standby = start_standby(primary)
        try:
            yield primary, standby
        finally:
            standby.stop()
    finally:
        primary.stop()


def _wait_replayed(primary: Cluster, standby: Cluster) -> None:
    """Until the standby has replayed everything the primary has written."""
    with create_engine(primary.url()).connect() as conn:
        lsn = conn.execute(text("SELECT pg_current_wal_lsn()")).scalar_one()
    engine = create_engine(standby.url())
    deadline = time.monotonic() + 30
    try:
        while True:
            with engine.connect() as conn:
                if conn.execute(text("SELECT pg_last_wal_replay_lsn() >= :l"),
                                {"l": lsn}).scalar_one():
                    return
            assert time.monotonic() < deadline, "the standby did not catch up"
            time.sleep(0.05)
    finally:
        engine.dispose()


def test_pulls_from_a_lagging_replica_only_delay_rows(
        replicated: tuple[Cluster, Cluster], tmp_path: Path) -> None:
    primary, standby = replicated
    url = primary.url("yjdesk_replicated")
    db = ServerDb("postgresql", url, primary.url("yjdesk_replicated", user=SERVICE_ROLE),
                  make_engine(url),
                  fast_settings(primary.url("yjdesk_replicated", user=SERVICE_ROLE)))
    instances = start_instances(
        db.service_url, 1,
        read_database_url=standby.url("yjdesk_replicated", user=SERVICE_ROLE))
    team = db.add_team()
    pat = db.add_user(f"pat{uuid.uuid4().hex[:6]}", team_id=team)
    with db.session() as s:
        username = s.execute(text("SELECT username FROM user_account WHERE id = :i"),
                             {"i": pat}).scalar_one()
    child = db.add_child(team, pat, given_name="Rhys")
    db.allocate(child, pat)
    laptop = Laptop(instances[0].url, username, tmp_path / "laptop")
    reader = ApiClient(instances[0].url, username)
    try:
        _wait_replayed(primary, standby)
        laptop.sync()
        assert laptop.child(child) is not None
        reader.login()
        reader.pull_all()
        with laptop.uow() as u:
            made = [create_child(u.session, child_input(given_name=f"R{i}"), TODAY).id
                    for i in range(3)]
        _wait_replayed(primary, standby)
        standby.pause_replay(True)  # the standby stops applying the primary's changes
        try:
            result = laptop.sync()  # pushed to the primary ...
            assert result.pushed >= 3 and not result.failed
            assert db.row("child", made[0]) is not None
            late = db.add_child(team, pat, given_name="Late")  # ... and written centrally
            cursor = reader.cursor
            rows, _ = reader.pull_all()
            assert late not in {r.id for r in rows}  # not on the standby yet: not sent ...
            assert reader.cursor == cursor  # ... and the cursor did not pass it
        finally:
            standby.pause_replay(False)
        _wait_replayed(primary, standby)
        rows, _ = reader.pull_all()
        assert late in {r.id for r in rows}  # the standby caught up: delivered
        laptop.sync()
        mine = laptop.read(rows_of)
    finally:
        reader.close()
        laptop.close()
        for inst in instances:
            inst.stop()
        db.engine.dispose()
    children = {rid for (table, rid) in mine if table == "child"}
    assert children == {child, late, *made}
    assert {k: v for k, v in mine.items() if k[0] == "child"} == server_rows(
        db, {"child"}, children)


def test_the_deployed_nginx_site_passes_nginx_t(tmp_path: Path) -> None:
    checked = check_site(tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "syntax is ok" in checked.stderr and "test is successful" in checked.stderr
