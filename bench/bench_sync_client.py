"""Client sync figures: the initial pull of a team's scope, and an incremental sync.

    python bench/bench_sync_client.py [--scale county] [--database-url URL]

Seeds a central database (a SQLite file, or an empty database named by --database-url)
with the demo generator's data set (``county``: 10 teams, 20,000 children with history),
publishes every row in the change feed, runs the real service on 127.0.0.1 in its own
process (tests/support/sync_server.py, as on a separate machine), and signs a
new laptop in as a team manager (scope: the team's ~2,000 children). Prints:

* the initial pull (rows, seconds, rows/s; target: under 10 s for a team, under 2 minutes
  for a service manager's county), with the CPU time of the laptop process and of the
  service process (from /proc), the load average and the laptop's peak memory;
* the physical floor: a raw bulk insert of the same rows into a local SQLite file, and the
  ratio of the pull to it;
* an incremental sync of 100 edited records, round trip (target: under 300 ms), with CPU.

Figures only, no asserts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlcipher3.dbapi2 as sqlcipher  # noqa: E402
from sqlalchemy import bindparam, create_engine, insert, select, text, update  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from tests.support.served import wait_until_answers  # noqa: E402
from yjdesk.demo import generator as demo  # noqa: E402
from yjdesk.demo.service import publish_all  # noqa: E402
from yjdesk.models import Base, Child  # noqa: E402
from yjdesk.models.server import FeedEntry, ServerCounter  # noqa: E402
from yjdesk.paths import Paths  # noqa: E402
from yjdesk.server import admin  # noqa: E402
from yjdesk.server.feed import FEED  # noqa: E402
from yjdesk.server.settings import ServiceSettings, make_engine, session_factory  # noqa: E402
from yjdesk.services import profile  # noqa: E402
from yjdesk.services.uow import UnitOfWork  # noqa: E402
from yjdesk.store.schema import upgrade  # noqa: E402
from yjdesk.sync.accounts import client_for, online_first_sign_in  # noqa: E402
from yjdesk.sync.engine import SyncEngine  # noqa: E402
from yjdesk.wire.codec import synced_tables  # noqa: E402

PASSWORD = "benchmark password"
MANAGER = "morgan.manager"


def seed(url: str, scale: str) -> int:
    """Generate the data set and publish every row in the feed; returns the row count."""
    engine = make_engine(url)
    upgrade(engine, side="server")
    with engine.begin() as conn:
        demo.generate(conn, scale, today=dt.date(2026, 11, 20))
        seq = publish_all(conn)  # rev 1, history and feed entries, as the demo service
    engine.dispose()
    set_password(url, MANAGER)
    return seq


def children_edited_last(url: str) -> int:
    """Move every child's own row to the end of the feed, as in a working service, where a
    child's record is edited after the contacts, plans and addresses that belong to it
    (the generator's rows are published parents first). A first pull then gets those rows
    before their child, and parks them until it arrives. Returns the children moved."""
    engine = make_engine(url)
    child = Base.metadata.tables["child"]
    feed = Base.metadata.tables[FeedEntry.__tablename__]
    with engine.begin() as conn:
        counter = ServerCounter.name == FEED
        last = int(conn.scalar(select(ServerCounter.value).where(counter)) or 0)
        moves = [{"_id": cid, "_seq": last + i + 1}
                 for i, cid in enumerate(conn.scalars(select(child.c.id).order_by(child.c.id)))]
        conn.execute(update(child).where(child.c.id == bindparam("_id"))
                     .values(server_seq=bindparam("_seq")), moves)
        conn.execute(update(feed).where(feed.c.table_name == "child",
                                        feed.c.row_id == bindparam("_id"))
                     .values(server_seq=bindparam("_seq")), moves)
        conn.execute(update(ServerCounter).where(counter).values(value=last + len(moves)))
    engine.dispose()
    return len(moves)


def set_password(url: str, username: str) -> None:
    engine = make_engine(url)
    settings = ServiceSettings(database_url=url, argon2_time_cost=1, argon2_memory_kib=8,
                        argon2_parallelism=1)
    with session_factory(engine)() as s, s.begin():
        admin.reset_password(s, settings, username, PASSWORD)
    engine.dispose()


def serve(url: str) -> tuple[subprocess.Popen[bytes], str]:
    """The real service in its own process (as on a separate machine: no shared GIL)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "tests.support.sync_server", url,
                             str(port)], cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answers(base + "/health", running=lambda: proc.poll() is None, timeout=60,
                           failure=lambda: "the sync service did not start")
    except BaseException:
        proc.kill()
        raise
    return proc, base


def _cpu_of(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _written_to_disk(path: Path) -> None:
    """Wait until the file's data is on the disk (fsync).

    The copied central database (2.3 GB for the county) is otherwise left in the page cache
    as dirty pages, and the first fsync of that file (the service's WAL checkpoint after
    the incremental sync's push commits) writes all of them back: 1.37 s of that push's
    commit in a team run, about 25 s after the copy (the kernel writes dirty pages back
    after 30 s), where a service's database would long be on its disk; the county run,
    two minutes later, did not pay it."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _load() -> str:
    return " / ".join(f"{x:.1f}" for x in os.getloadavg())


def bulk_floor(rows: dict[str, list[dict[str, Any]]], path: Path) -> float:
    """Seconds to bulk-insert the same rows into a plain local SQLite file."""
    engine = create_engine("sqlite://", creator=lambda: sqlcipher.connect(str(path)),
                           module=sqlcipher, poolclass=NullPool)
    tables = [t for t in Base.metadata.sorted_tables if t.name in rows]
    with engine.begin() as conn:
        for t in tables:
            t.create(conn)
    start, cpu = time.perf_counter(), time.process_time()
    with engine.begin() as conn:
        for t in tables:
            if rows[t.name]:
                conn.execute(insert(t), rows[t.name])
    elapsed = time.perf_counter() - start
    print(f"  (raw bulk insert CPU {time.process_time() - cpu:.2f} s)")
    engine.dispose()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="county", choices=sorted(demo.SCALES))
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--central-cache", type=Path, default=None,
                        help="SQLite file keeping the seeded central database between runs "
                             "(copied, never changed; seeding the county takes minutes)")
    parser.add_argument("--user", default=MANAGER,
                        help="who signs in: the team manager (a team's children), or "
                             "alex.servicemanager for the whole county's first pull")
    parser.add_argument("--no-floor", action="store_true",
                        help="skip the raw bulk insert (it holds every row in memory)")
    parser.add_argument("--children-edited-last", action="store_true",
                        help="move every child's row to the end of the feed first, as in a "
                             "working service (a first pull then gets a child's records "
                             "before the child)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="yjdesk-bench-") as tmp:
        root = Path(tmp)
        url = args.database_url or f"sqlite:///{root / 'central.db'}"
        t0 = time.perf_counter()
        cache = args.central_cache
        if cache is not None and cache.exists() and not args.database_url:
            shutil.copyfile(cache, root / "central.db")
            _written_to_disk(root / "central.db")
            with sqlcipher.connect(str(root / "central.db")) as conn:
                published = conn.execute("SELECT value FROM server_counter").fetchone()[0]
            print(f"central database copied from {cache}: {published} rows in the feed")
        else:
            published = seed(url, args.scale)
            print(f"seeded {args.scale}: {published} rows in the feed "
                  f"({time.perf_counter() - t0:.1f} s)")
            if cache is not None and not args.database_url:
                shutil.copyfile(root / "central.db", cache)
        if args.user != MANAGER:
            set_password(url, args.user)
        if args.children_edited_last:
            moved = children_edited_last(url)
            print(f"{moved} children moved to the end of the feed (edited after their records)")
        server, base = serve(url)
        try:
            store = online_first_sign_in(base, args.user, PASSWORD, Paths(root / "laptop"))
            with store.session() as s:
                actor = profile.owner_actor(s)
            print(f"load average at the start: {_load()}")
            start = time.perf_counter()
            cpu, service_cpu = time.process_time(), _cpu_of(server.pid)
            with client_for(store, PASSWORD) as client:
                result = SyncEngine(store.session_factory, client).run()  # pages as the app asks
            pull_s = time.perf_counter() - start
            cpu, service_cpu = time.process_time() - cpu, _cpu_of(server.pid) - service_cpu
            with store.session() as s:
                children = s.scalar(text("SELECT count(*) FROM child"))
                count = sum(s.scalar(text(f"SELECT count(*) FROM {name}")) or 0
                            for name in synced_tables())
            print(f"initial pull: {result.pulled} rows ({children} children, {count} rows "
                  f"stored) in {pull_s:.2f} s = {result.pulled / pull_s:,.0f} rows/s "
                  f"(target {'< 10 s' if args.user == MANAGER else '< 2 min for a county'})")
            print(f"  CPU: laptop process {cpu:.2f} s, service process {service_cpu:.2f} s "
                  f"(load average now {_load()}); the laptop process's peak memory "
                  f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")
            if not args.no_floor:
                with store.session() as s:
                    rows = {name: [dict(r._mapping) for r in s.execute(select(t))]
                            for name, t in synced_tables().items()}
                floor = bulk_floor(rows, root / "floor.db")
                del rows
                print(f"raw bulk insert of the same rows into local SQLite: {floor:.2f} s; "
                      f"pull / floor = {pull_s / floor:.1f}x")

            with UnitOfWork(store.session_factory, actor) as u:
                for child in u.session.scalars(select(Child).limit(100)):
                    child.ete_hours = ((child.ete_hours or 0) + 1) % 40
            with client_for(store, PASSWORD) as client:  # signed in, as in the app
                marks: dict[str, float] = {}
                cpu, service_cpu = time.process_time(), _cpu_of(server.pid)
                start = time.perf_counter()
                def mark(phase: str, _done: int, _total: int | None) -> None:
                    marks.setdefault(phase, time.perf_counter())
                inc = SyncEngine(store.session_factory, client, progress=mark).run()
                inc_s = time.perf_counter() - start
                cpu, service_cpu = (time.process_time() - cpu,
                                    _cpu_of(server.pid) - service_cpu)
            # phases from the engine's progress marks: check, push (from its first mark),
            # pull (from its first mark) to the end
            pushing = marks.get("push", start)
            pulling = marks.get("pull", start + inc_s)
            push_ms = (pulling - pushing) * 1000 if "push" in marks else 0.0
            pull_ms = (start + inc_s - pulling) * 1000
            print(f"incremental sync of 100 edited records: pushed {inc.pushed} rows "
                  f"(with their audit events), pulled {inc.pulled}, round trip "
                  f"{inc_s * 1000:.0f} ms (before the push {(pushing - start) * 1000:.0f} ms, "
                  f"push {push_ms:.0f} ms, pull and finish {pull_ms:.0f} ms; "
                  f"target < 300 ms)")
            print(f"  CPU: laptop process {cpu * 1000:.0f} ms, service process "
                  f"{service_cpu * 1000:.0f} ms (load average {_load()})")
            store.close()
        finally:
            server.terminate()
            server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
