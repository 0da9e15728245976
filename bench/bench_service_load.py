"""The load of a whole service: 500 laptops signing in at 9 a.m., pulling, pushing, pulling.

    python bench/bench_service_load.py [--laptops 500] [--workers 4] [--seconds 180]
                                       [--children 5000] [--rounds 3] [--think 2.0]
                                       [--keep DIR]

Starts a throw-away PostgreSQL cluster, generates a service with the demo generator (one
user per laptop, in teams of ten, ``--children`` children with their history), publishes it
in the change feed and gives every user a password hashed at the service's real Argon2
cost. Runs the real service as ``--workers`` uvicorn worker processes
(``yjdesk.server.asgi``) on 127.0.0.1, then ``--laptops`` simulated laptops (asyncio HTTP
clients in this process, loopback only) all sign in at once, pull their caseload, and do
``--rounds`` rounds of: think (up to ``--think`` s), push five rows (four edits and a new
record), pull what changed. A sign-in answered 503 ``busy`` waits the ``Retry-After`` it
was given and tries again, as a laptop does (counted, not an error). Everything stops after
``--seconds``.

The workers run with the flags of the systemd unit (installers/server/yjdesk-server.service)
that matter here: no access log, and connections kept open 75 s between requests (the
laptops reach the service through nginx in production, which keeps theirs as long); with
uvicorn's default of 5 s, a worker slowed down by the load closes a connection whose next
request is already on its way, and the laptop reads an error (a busy laptop retries a
refused sign-in after up to 45 s). The service's own log goes to a file, and its warnings
and errors are counted and printed at the end (a crashed or restarted worker shows there).

``--keep DIR`` keeps the PostgreSQL cluster and the seeded service (about 4 minutes to
make) in ``DIR``; each run works on a fresh copy of it (``CREATE DATABASE ... TEMPLATE``).

Prints p50/p95/p99 per operation, throughput, busy answers and errors (target: zero), and
the machine's load average. Figures only, no asserts.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import create_engine, insert, select, text  # noqa: E402

from bench.measure import cpu_seconds, percentile, postmaster_pid  # noqa: E402
from tests.integration.pgcluster import (  # noqa: E402
    Cluster,
    free_port,
    kept_cluster,
    start_cluster,
)
from yjdesk.demo.generator import Scale, generate  # noqa: E402
from yjdesk.demo.service import publish_all  # noqa: E402
from yjdesk.models.org import Role, UserAccount  # noqa: E402
from yjdesk.models.server import ServerCredential  # noqa: E402
from yjdesk.server.grants import grant_service_role  # noqa: E402
from yjdesk.server.settings import ServiceSettings, make_engine  # noqa: E402
from yjdesk.store.schema import upgrade  # noqa: E402
from yjdesk.wire import protocol as p  # noqa: E402

PASSWORD = "load benchmark password"
SERVICE_ROLE = "yjdesk_load_service"
HEADERS = {p.PROTOCOL_HEADER: str(p.PROTOCOL_VERSION)}


@dataclass
class Stats:
    times: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    busy: int = 0
    rows_pushed: int = 0
    rows_pulled: int = 0
    finished: int = 0

    def add(self, op: str, seconds: float) -> None:
        self.times.setdefault(op, []).append(seconds)


def seed(url: str, laptops: int, children: int) -> None:
    """The service's data, published, every user with the benchmark's password."""
    engine = make_engine(url)
    upgrade(engine, side="server")
    scale = Scale("load", max(1, laptops // 10), 10, children)
    with engine.begin() as conn:
        generate(conn, scale, today=dt.date(2026, 11, 20))
        publish_all(conn)
        settings = ServiceSettings(database_url=url)  # the service's real Argon2 cost
        digest = PasswordHasher(time_cost=settings.argon2_time_cost,
                                memory_cost=settings.argon2_memory_kib,
                                parallelism=settings.argon2_parallelism).hash(PASSWORD)
        users = list(conn.execute(select(UserAccount.id, UserAccount.username)
                                  .order_by(UserAccount.username)))
        conn.execute(insert(ServerCredential), [
            {"user_id": uid, "password_hash": digest} for uid, _name in users])
    with engine.begin() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                              {"r": SERVICE_ROLE}).first()
        if not exists:
            conn.execute(text(f"CREATE ROLE {SERVICE_ROLE} LOGIN"))
        grant_service_role(conn, SERVICE_ROLE)
    engine.dispose()


#: The laptops are the caseworkers' (a team's manager, court officer and practitioners):
#: their pushes edit children and add relationships. The generator's specialists (victim
#: and RJ workers, police, health, education officers) may not change those records, and
#: their refusals would be counted as errors; their own work is not simulated here.
CASEWORK_ROLES = (Role.TEAM_MANAGER, Role.COURT_OFFICER, Role.PRACTITIONER)


def usernames(url: str, laptops: int) -> list[str]:
    engine = make_engine(url)
    with engine.connect() as conn:
        names = list(conn.execute(select(UserAccount.username)
                                  .where(UserAccount.role.in_(CASEWORK_ROLES))
                                  .order_by(UserAccount.username)).scalars())
    engine.dispose()
    if len(names) < laptops:
        raise SystemExit(f"the seeded service has {len(names)} caseworkers for {laptops} "
                         "laptops")
    return names[:laptops]


SEED_DB = "yjdesk_load_seed"


def fresh_database(cluster: Cluster, laptops: int, children: int) -> str:
    """The run's database, ``yjdesk_load``: a copy of the kept seed (made first if the
    cluster has none for this many laptops and children), or seeded in place."""
    admin = create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text("DROP DATABASE IF EXISTS yjdesk_load"))
            seeded = conn.execute(
                text("SELECT shobj_description(oid, 'pg_database') FROM pg_database "
                     "WHERE datname = :n"), {"n": SEED_DB}).scalar()
            shape = f"{laptops} laptops, {children} children"
            if seeded != shape:
                conn.execute(text(f"DROP DATABASE IF EXISTS {SEED_DB}"))
                conn.execute(text(f"CREATE DATABASE {SEED_DB}"))
                t0 = time.perf_counter()
                seed(cluster.url(SEED_DB), laptops, children)
                print(f"seeded {laptops} users and {children} children with their history "
                      f"in {time.perf_counter() - t0:.0f} s")
                conn.execute(text(f"COMMENT ON DATABASE {SEED_DB} IS '{shape}'"))
            else:
                print(f"the seeded service kept from an earlier run ({shape})")
            conn.execute(text(f"CREATE DATABASE yjdesk_load TEMPLATE {SEED_DB}"))
    finally:
        admin.dispose()
    return cluster.url("yjdesk_load")


async def laptop(base: str, username: str, args: argparse.Namespace, stats: Stats,
                 deadline: float) -> None:
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=base + p.API_PREFIX, headers=HEADERS,
                                 timeout=120, limits=limits) as http:
        async def call(op: str, path: str, body: dict[str, Any]) -> Any | None:
            t0 = time.perf_counter()
            try:
                r = await http.post(path, json=body)
            except httpx.HTTPError as exc:
                stats.errors.append(f"{op}: {exc!r}")
                return None
            stats.add(op, time.perf_counter() - t0)
            if r.status_code == 503 and r.json().get("error") == "busy":
                return r  # the caller waits and asks again
            if r.status_code != 200:
                stats.errors.append(f"{op}: {r.status_code} {r.text[:160]}")
                return None
            return r.json()

        device = str(uuid.uuid4())
        began = time.perf_counter()
        while True:  # sign in, waiting our turn when the service says it is busy
            tokens = await call("login", "/auth/login", {
                "username": username, "password": PASSWORD, "device_id": device})
            if isinstance(tokens, httpx.Response):
                stats.busy += 1
                wait = float(tokens.headers.get("Retry-After", "2")) * random.uniform(1, 1.5)
                if time.monotonic() + wait > deadline:
                    stats.errors.append("login: still busy at the end of the run")
                    return
                await asyncio.sleep(wait)
                continue
            if tokens is None:
                return
            break
        stats.add("signed in (incl. waiting)", time.perf_counter() - began)
        http.headers["Authorization"] = f"Bearer {tokens['access_token']}"
        cursor = 0
        mine: dict[str, int] = {}

        async def pull(op: str) -> bool:
            nonlocal cursor
            while True:
                page = await call(op, "/sync/pull", {"cursor": cursor, "limit": 500})
                if page is None:
                    return False
                for row in page["rows"]:
                    if row["table"] == "child":
                        mine[row["id"]] = row["rev"]
                stats.rows_pulled += len(page["rows"])
                cursor = int(page["next_cursor"])
                if not page["more"]:
                    return True

        if not await pull("first pull page"):
            return
        for n in range(args.rounds):
            await asyncio.sleep(random.uniform(0, args.think))
            if time.monotonic() > deadline or not mine:
                break
            changes: list[dict[str, Any]] = [
                {"table": "child", "id": cid, "base_rev": rev, "fields": {"ete_hours": n + 1}}
                for cid, rev in list(mine.items())[:4]]
            changes.append({"table": "relationship", "id": str(uuid.uuid4()), "base_rev": 0,
                            "fields": {"child_id": next(iter(mine)), "name": f"Contact {n}",
                                       "relationship_type": "other"}})
            result = await call("push", "/sync/push", {"batch_id": str(uuid.uuid4()),
                                                       "changes": changes})
            if result is None:
                return
            for row in result["results"]:
                if row["status"] == "rejected":
                    stats.errors.append(f"push row rejected: {row['error']}")
                elif row["table"] == "child":
                    mine[row["id"]] = row["rev"]
            stats.rows_pushed += len(changes)
            if not await pull("pull"):
                return
        stats.finished += 1


async def run_laptops(base: str, users: list[str], args: argparse.Namespace,
                      stats: Stats) -> float:
    deadline = time.monotonic() + args.seconds
    started = time.perf_counter()
    tasks = [asyncio.create_task(laptop(base, u, args, stats, deadline)) for u in users]
    done, pending = await asyncio.wait(tasks, timeout=args.seconds + 30)
    for t in pending:
        t.cancel()
    for t in done:
        if t.exception() is not None:
            stats.errors.append(f"laptop crashed: {t.exception()!r}")
    if pending:
        stats.errors.append(f"{len(pending)} laptops still busy at the time limit")
    return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--laptops", type=int, default=500)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--children", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--think", type=float, default=2.0)
    ap.add_argument("--seconds", type=float, default=180.0)
    ap.add_argument("--keep", type=Path,
                    help="keep the PostgreSQL cluster and the seeded service in this folder")
    ap.add_argument("--pool-size", type=int, default=8,
                    help="database connections per worker (YJDESK_POOL_SIZE)")
    args = ap.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
          f"{os.getloadavg()[2]:.2f} ({os.cpu_count()} CPUs)")
    cluster = kept_cluster(args.keep) if args.keep else start_cluster()
    server = None
    log = tempfile.NamedTemporaryFile(prefix="yjdesk-load-service-",  # noqa: SIM115
                                      suffix=".log")  # (closed in the finally below)
    try:
        url = fresh_database(cluster, args.laptops, args.children)
        users = usernames(url, args.laptops)
        port = free_port()
        env = {**os.environ, "PYTHONPATH": str(ROOT),
               "YJDESK_DATABASE_URL": cluster.url("yjdesk_load", user=SERVICE_ROLE),
               "YJDESK_POOL_SIZE": str(args.pool_size), "YJDESK_MAX_OVERFLOW": "4"}
        server = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory",
             "yjdesk.server.asgi:create_app_from_env", "--host", "127.0.0.1", "--port",
             str(port), "--workers", str(args.workers), "--log-level", "info",
             "--no-access-log", "--timeout-keep-alive",
             str(p.SERVICE_KEEP_ALIVE_SECONDS), "--backlog", "4096"],
            env=env, stdout=subprocess.DEVNULL, stderr=log)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/ready", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                err = Path(log.name).read_text(errors="replace")
                print(f"the service did not start: {err[-500:]}")
                return 1
            time.sleep(0.2)
        stats = Stats()
        pg_pid = postmaster_pid(cluster)
        cpu_before = (cpu_seconds(server.pid), cpu_seconds(pg_pid) if pg_pid else 0.0,
                      time.process_time())
        elapsed = asyncio.run(run_laptops(base, users, args, stats))
        service_cpu, pg_cpu, laptops_cpu = (
            cpu_seconds(server.pid) - cpu_before[0],
            (cpu_seconds(pg_pid) if pg_pid else 0.0) - cpu_before[1],
            time.process_time() - cpu_before[2])
        total = sum(len(v) for v in stats.times.values())
        print(f"{len(users)} laptops against {args.workers} worker processes, "
              f"{args.rounds} rounds each, think up to {args.think} s: {elapsed:.1f} s, "
              f"{stats.finished} laptops finished every round")
        print(f"requests: {total}  throughput: {total / elapsed:.1f} req/s  "
              f"rows pushed: {stats.rows_pushed}  rows pulled: {stats.rows_pulled}")
        print(f"sign-ins answered 'busy, retry later': {stats.busy}")
        for op, values in sorted(stats.times.items()):
            print(f"  {op:<27} n={len(values):<6} p50={percentile(values, .5) * 1000:8.1f} ms"
                  f"  p95={percentile(values, .95) * 1000:8.1f} ms"
                  f"  p99={percentile(values, .99) * 1000:8.1f} ms")
        print(f"CPU (cores busy on average): the {args.workers} workers "
              f"{service_cpu / elapsed:.2f}, PostgreSQL {pg_cpu / elapsed:.2f}, the "
              f"{len(users)} simulated laptops (this process) {laptops_cpu / elapsed:.2f}, "
              f"on a machine of {os.cpu_count()} cores")
        print(f"errors: {len(stats.errors)}")
        kinds = Counter(message[:90] for message in stats.errors)
        for message, count in kinds.most_common(10):
            print(f"  {count:>5} x {message}")
        print_service_log(Path(log.name))
        load = os.getloadavg()
        print(f"load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        return 0
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=5)
        if args.keep:
            cluster.stop_kept()
        else:
            cluster.stop()
        log.close()


def print_service_log(path: Path) -> None:
    """The service's warnings and errors during the run (a worker that died or was
    restarted by uvicorn's health check says so at INFO: those lines too)."""
    lines = path.read_text(errors="replace").splitlines()
    worth = [line for line in lines if not line.startswith("INFO:")
             or "died" in line or "Waiting for child" in line]
    print(f"the service's log: {len(lines)} lines, {len(worth)} warnings, errors or "
          f"worker restarts")
    for line in worth[:10]:
        print(f"  {line[:200]}")


if __name__ == "__main__":
    sys.exit(main())
