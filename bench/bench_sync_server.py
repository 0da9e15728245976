"""Sync service under load: 50 concurrent laptops pushing and pulling.

    python bench/bench_sync_server.py [--clients 50] [--rounds 10] [--seconds 120]
                                      [--batch 5] [--database-url postgresql://...]

Starts a throw-away PostgreSQL cluster in a temp folder (unless ``--database-url`` names an
empty database), creates the schema with ``yjdesk-server init --grant-to`` semantics, seeds
one practitioner per client (each with ``--children`` children, in teams of ten), and runs
the real service (``yjdesk-server run``) in its own process on 127.0.0.1. Each client thread
signs in, pulls its caseload, then for ``--rounds`` rounds pushes a batch (edits to its
children and a new relationship) and pulls what changed. Prints throughput and latency
percentiles per operation and the error count; exits 1 if any request failed.
Everything stops after ``--seconds`` at the latest.

``--batch`` rows a push (5: four child edits and a new relationship; more: the rest are new
relationships). Baseline, in the same run and the same PostgreSQL: the same number of
relationship rows written by raw multi-row ``INSERT`` statements (``--batch`` rows each,
one transaction per statement, as a push is), printed with the service's rows per second
as a ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import http.client  # noqa: E402
import json  # noqa: E402

import httpx  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from bench.measure import (  # noqa: E402
    bench_database,
    cpu_seconds,
    interpreter_ms,
    percentile,
    postmaster_pid,
)
from tests.integration.pgcluster import free_port  # noqa: E402
from yjdesk.models.org import Role  # noqa: E402
from yjdesk.server import admin  # noqa: E402
from yjdesk.server.grants import grant_service_role  # noqa: E402
from yjdesk.server.settings import ServiceSettings, make_engine, session_factory  # noqa: E402
from yjdesk.store.schema import upgrade  # noqa: E402
from yjdesk.wire import protocol as p  # noqa: E402

PASSWORD = "benchmark password"
SERVICE_ROLE = "yjdesk_bench_service"


@dataclass
class Stats:
    lock: threading.Lock = field(default_factory=threading.Lock)
    #: The steady state's requests, and those of the sign-in and first pull before it.
    times: dict[str, list[float]] = field(default_factory=dict)
    setup: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    rows_pushed: int = 0
    rows_pulled: int = 0
    busy: int = 0

    def add(self, op: str, seconds: float, steady: bool = True) -> None:
        with self.lock:
            (self.times if steady else self.setup).setdefault(op, []).append(seconds)

    def error(self, message: str) -> None:
        with self.lock:
            self.errors.append(message)


def seed(url: str, clients: int, children: int) -> None:
    import datetime as dt

    engine = make_engine(url)
    upgrade(engine, side="server")
    settings = ServiceSettings(database_url=url)  # the service's real Argon2 cost
    with session_factory(engine)() as s, s.begin():
        teams = [admin.add_team(s, f"Team {i}", f"T{i:02d}") for i in range(clients // 10 + 1)]
        for i in range(clients):
            team = teams[i // 10]
            user = admin.add_user(s, settings, username=f"worker{i:02d}",
                                  display_name=f"Worker {i}", role=Role.PRACTITIONER,
                                  password=PASSWORD, team_id=team)
            for j in range(children):
                child = str(uuid.uuid4())
                admin.put_row(s, "child", child, {
                    "case_number": f"YJ-{i:02d}{j:04d}", "given_name": f"Child{j}",
                    "family_name": f"Of{i}", "date_of_birth": dt.date(2010, 1, 1),
                    "gender": "male", "ethnicity": "white_british", "team_id": team,
                    "case_manager_id": user}, new=True)
                admin.put_row(s, "allocation", str(uuid.uuid4()), {
                    "child_id": child, "user_id": user, "allocation_role": "case_manager",
                    "from_date": dt.date(2025, 1, 1), "to_date": None}, new=True)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                  {"r": SERVICE_ROLE}).first()
            if not exists:
                conn.execute(text(f"CREATE ROLE {SERVICE_ROLE} LOGIN"))
            grant_service_role(conn, SERVICE_ROLE)
    engine.dispose()


class Answer:
    """What a laptop reads of an answer: the same for both clients."""

    def __init__(self, status_code: int, headers: dict[str, str], body: bytes) -> None:
        self.status_code = status_code
        self.headers = headers
        self.text = body.decode("utf-8", "replace")
        self._body = body

    def json(self) -> Any:
        return json.loads(self._body)


class HttpxClient:
    """httpx.Client, one keep-alive connection a laptop (the laptop's own client)."""

    errors: tuple[type[BaseException], ...] = (httpx.HTTPError,)

    def __init__(self, base: str, headers: dict[str, str]) -> None:
        self._client = httpx.Client(base_url=base, headers=headers, timeout=60)
        self.headers = self._client.headers

    def post(self, path: str, body: Mapping[str, object]) -> Answer:
        r = self._client.post(path, json=body)
        return Answer(r.status_code, dict(r.headers), r.content)

    def __enter__(self) -> HttpxClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()


class PlainClient:
    """The same requests on ``http.client``: one keep-alive connection a laptop, the same
    headers and JSON bodies, a fraction of httpx's CPU. The laptops share this machine's two
    cores (and one interpreter) with the service and PostgreSQL; real laptops do not."""

    errors: tuple[type[BaseException], ...] = (OSError, http.client.HTTPException)

    def __init__(self, base: str, headers: dict[str, str]) -> None:
        host, _, port = base.removeprefix("http://").partition(":")
        self._conn = http.client.HTTPConnection(host, int(port), timeout=60)
        self.headers: dict[str, str] = {**headers, "Content-Type": "application/json"}

    def post(self, path: str, body: Mapping[str, object]) -> Answer:
        data = json.dumps(body).encode()
        self._conn.request("POST", path, body=data, headers=self.headers)
        r = self._conn.getresponse()
        content = r.read()
        return Answer(r.status, {k.lower(): v for k, v in r.getheaders()}, content)

    def __enter__(self) -> PlainClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self._conn.close()


def laptop(base: str, index: int, rounds: int, stop_at: float, stats: Stats,
           start: threading.Barrier, steady: threading.Barrier, batch: int = 5,
           plain: bool = False) -> None:
    headers = {p.PROTOCOL_HEADER: str(p.PROTOCOL_VERSION)}
    in_steady_state = False  # set by this laptop once it is past the steady barrier
    with (PlainClient if plain else HttpxClient)(base, headers) as http:
        def call(op: str, path: str, body: dict[str, object]) -> dict[str, Any] | None:
            t0 = time.perf_counter()
            try:
                r = http.post(p.API_PREFIX + path, body)
            except http.errors as exc:
                stats.error(f"{op}: {exc!r}")
                return None
            stats.add(op, time.perf_counter() - t0, in_steady_state)
            if r.status_code != 200:
                stats.error(f"{op}: {r.status_code} {r.text[:200]}")
                return None
            return r.json()

        device = str(uuid.uuid4())
        try:
            start.wait(timeout=120)
        except threading.BrokenBarrierError:
            return
        body = {"username": f"worker{index:02d}", "password": PASSWORD, "device_id": device}
        tokens = None
        while time.monotonic() < stop_at:  # the sign-in gate may say "busy, retry later"
            t0 = time.perf_counter()
            try:
                r = http.post(p.API_PREFIX + "/auth/login", body)
            except http.errors as exc:
                stats.error(f"login: {exc!r}")
                break
            if r.status_code == 503:
                with stats.lock:
                    stats.busy += 1
                time.sleep(float(r.headers.get("Retry-After", "1")))
                continue
            stats.add("login", time.perf_counter() - t0, steady=False)
            if r.status_code != 200:
                stats.error(f"login: {r.status_code} {r.text[:200]}")
            else:
                tokens = r.json()
            break
        if tokens is None:
            steady.abort()  # do not keep the others waiting for a laptop that gave up
            return
        http.headers["Authorization"] = f"Bearer {tokens['access_token']}"
        cursor = 0
        children: dict[str, int] = {}

        def pull() -> bool:
            nonlocal cursor
            while True:
                page = call("pull", "/sync/pull", {"cursor": cursor, "limit": 500})
                if page is None:
                    return False
                for row in page["rows"]:
                    if row["table"] == "child":
                        children[row["id"]] = row["rev"]
                with stats.lock:
                    stats.rows_pulled += len(page["rows"])
                cursor = int(page["next_cursor"])
                if not page["more"]:
                    return True

        ok = pull()
        if not ok:
            steady.abort()
            return
        try:
            steady.wait(timeout=600)  # everyone signed in and holds their caseload
        except threading.BrokenBarrierError:
            return
        in_steady_state = True
        if not ok:
            return
        for n in range(rounds):
            if time.monotonic() > stop_at:
                break
            changes: list[dict[str, object]] = []
            for child, rev in list(children.items())[:4]:
                changes.append({"table": "child", "id": child, "base_rev": rev,
                                "fields": {"ete_hours": n % 60 + 1}})  # 1-60, valid
            child = next(iter(children))
            while len(changes) < batch:
                changes.append({"table": "relationship", "id": str(uuid.uuid4()),
                                "base_rev": 0,
                                "fields": {"child_id": child, "name": f"Contact {n}",
                                           "relationship_type": "other"}})
            result = call("push", "/sync/push", {"batch_id": str(uuid.uuid4()),
                                                 "changes": changes})
            if result is None:
                return
            for row in result["results"]:
                if row["status"] == "rejected":
                    stats.error(f"push row rejected: {row['error']}")
                elif row["table"] == "child":
                    children[row["id"]] = row["rev"]
            with stats.lock:
                stats.rows_pushed += len(changes)
            if not pull():
                return


def raw_insert_baseline(url: str, rows: int, batch: int) -> float:
    """Seconds to write ``rows`` relationship rows with raw multi-row INSERTs of ``batch``
    rows, one transaction each, into a copy of the table in the same database."""
    import datetime as dt

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            child = conn.execute(text("SELECT id FROM child LIMIT 1")).scalar_one()
            conn.execute(text("CREATE TEMP TABLE raw_relationship "
                              "(LIKE relationship INCLUDING DEFAULTS)"))
            conn.commit()
            cols = ("id, child_id, name, relationship_type, parental_responsibility, "
                    "lives_with_child, rev, server_seq, updated_at, deleted")
            now = dt.datetime.now(dt.UTC)
            t = time.perf_counter()
            done = 0
            while done < rows:
                n = min(batch, rows - done)
                values = ", ".join(
                    f"(:id{i}, :c, :name{i}, 'other', false, false, 1, :seq{i}, :now, false)"
                    for i in range(n))
                params: dict[str, object] = {"c": child, "now": now}
                for i in range(n):
                    params |= {f"id{i}": str(uuid.uuid4()), f"name{i}": f"Contact {i}",
                               f"seq{i}": done + i}
                conn.execute(text(f"INSERT INTO raw_relationship ({cols}) VALUES {values}"),
                             params)
                conn.commit()
                done += n
            return time.perf_counter() - t
    finally:
        engine.dispose()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--children", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=120.0)
    ap.add_argument("--batch", type=int, default=5, help="rows a push (at least 5)")
    ap.add_argument("--database-url")
    ap.add_argument("--client", choices=("httpx", "plain"), default="httpx",
                    help="the laptops' HTTP client: httpx (the laptop's own) or http.client "
                         "(the same requests for a fraction of the CPU on this machine)")
    ap.add_argument("--workers", type=int, default=1,
                    help="service processes (uvicorn --workers with the ASGI factory)")
    args = ap.parse_args()

    server = None
    speed = interpreter_ms()  # (before anything else of the bench runs)
    print(f"reference loop (a million additions, bench.measure.interpreter_ms): {speed:.0f} ms "
          f"of CPU, best of 5; "
          f"load average {os.getloadavg()[0]:.2f}")
    with bench_database(args.database_url) as (cluster, url):
        service_url = url if cluster is None else cluster.url("yjdesk_bench", user=SERVICE_ROLE)
        try:
            t0 = time.perf_counter()
            seed(url, args.clients, args.children)
            print(f"seeded {args.clients} workers x {args.children} children "
                  f"in {time.perf_counter() - t0:.1f} s")

            port = free_port()
            env = {**os.environ, "PYTHONPATH": str(ROOT), "YJDESK_DATABASE_URL": service_url}
            if args.workers > 1:
                command = [sys.executable, "-m", "uvicorn", "--factory",
                           "yjdesk.server.asgi:create_app_from_env", "--host", "127.0.0.1",
                           "--port", str(port), "--workers", str(args.workers), "--log-level",
                           "warning", "--no-access-log", "--timeout-keep-alive",
                           str(p.SERVICE_KEEP_ALIVE_SECONDS)]
            else:
                command = [sys.executable, "-m", "yjdesk.server.cli", "--database-url",
                           service_url, "run", "--host", "127.0.0.1", "--port", str(port)]
            server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE)
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 30
            while True:
                try:
                    if httpx.get(base + "/ready", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    server.terminate()  # (else reading its stderr waits for ever)
                    server.wait(timeout=15)
                    err = server.stderr.read().decode() if server.stderr else ""
                    print(f"the service did not start: {err[-500:]}")
                    return 1
                time.sleep(0.1)

            stats = Stats()
            barrier = threading.Barrier(args.clients + 1)
            pg_pid = postmaster_pid(cluster)
            at_start: dict[str, float] = {}

            def steady_state_begins() -> None:
                # Run by the barrier once every laptop is there, before any is let go: the
                # clocks start before the first steady-state request, not some way into it.
                at_start.update(started=time.perf_counter(), cpu=cpu_seconds(server.pid),
                                clients=time.process_time(),
                                pg=cpu_seconds(pg_pid) if pg_pid else 0.0)

            steady = threading.Barrier(args.clients + 1, action=steady_state_begins)
            stop_at = time.monotonic() + args.seconds
            threads = [threading.Thread(target=laptop, daemon=True, args=(
                base, i, args.rounds, stop_at, stats, barrier, steady, max(5, args.batch),
                args.client == "plain"))
                for i in range(args.clients)]
            for t in threads:
                t.start()
            barrier.wait(timeout=120)
            signed_in = time.perf_counter()
            try:
                steady.wait(timeout=600)
            except threading.BrokenBarrierError:
                print(f"a laptop could not sign in or pull: {stats.errors[:3]}")
                return 1
            started, cpu_before = at_start["started"], at_start["cpu"]
            clients_before, pg_before = at_start["clients"], at_start["pg"]
            with stats.lock:
                setup = {op: list(v) for op, v in stats.setup.items()}
            for t in threads:
                t.join(timeout=max(1.0, stop_at - time.monotonic() + 30))
            elapsed = time.perf_counter() - started
            cpu = cpu_seconds(server.pid) - cpu_before
            clients_cpu = time.process_time() - clients_before
            pg_cpu = cpu_seconds(pg_pid) - pg_before if pg_pid else None

            print(f"sign-in and first pull of {args.clients} laptops: "
                  f"{started - signed_in:.1f} s ({stats.busy} sign-ins answered 'busy, retry')")
            for op, values in sorted(setup.items()):
                print(f"  {op:<6} n={len(values):<5} p50={percentile(values, 0.5) * 1000:7.1f} ms"
                      f"  p95={percentile(values, 0.95) * 1000:7.1f} ms")
            total = sum(len(v) for v in stats.times.values())
            print(f"steady state: {args.clients} clients x {args.rounds} rounds of push + pull, "
                  f"{args.workers} service process(es), {args.client} client, {elapsed:.1f} s")
            print(f"requests: {total}  throughput: {total / elapsed:.1f} req/s  "
                  f"rows pushed: {stats.rows_pushed} ({stats.rows_pushed / elapsed:.0f}/s, "
                  f"{max(5, args.batch)} rows a push)")
            if stats.rows_pushed:
                raw = raw_insert_baseline(url, stats.rows_pushed, max(5, args.batch))
                rate = stats.rows_pushed / elapsed
                print(f"  baseline: raw multi-row INSERT of {stats.rows_pushed} rows "
                      f"({max(5, args.batch)} a statement, one transaction each) into the same "
                      f"PostgreSQL: {stats.rows_pushed / raw:.0f} rows/s; the service pushed "
                      f"{rate:.0f} rows/s = {rate * raw / stats.rows_pushed:.2f}x the raw rate")
            for op, values in sorted(stats.times.items()):
                print(f"  {op:<6} n={len(values):<5} p50={percentile(values, 0.5) * 1000:7.1f} ms"
                      f"  p95={percentile(values, 0.95) * 1000:7.1f} ms"
                      f"  p99={percentile(values, 0.99) * 1000:7.1f} ms"
                      f"  mean={statistics.fmean(values) * 1000:7.1f} ms")
            if total:
                print(f"  service CPU: {cpu:.1f} s for {total} requests = "
                      f"{1000 * cpu / total:.1f} ms a request (push and pull), "
                      f"{cpu / elapsed:.2f} cores busy on average")
                where = f"  CPU elsewhere: the {args.clients} simulated laptops (this process) " \
                        f"{clients_cpu / elapsed:.2f} cores"
                if pg_cpu is not None:
                    where += f", PostgreSQL {pg_cpu / elapsed:.2f} cores " \
                             f"({1000 * pg_cpu / total:.1f} ms a request)"
                print(where + f", on a machine of {os.cpu_count()} cores")
            everything = [v for values in stats.times.values() for v in values]
            if everything:
                print(f"  all    p95={percentile(everything, 0.95) * 1000:.1f} ms")
            print(f"errors: {len(stats.errors)}")
            for message in stats.errors[:10]:
                print(f"  {message}")
            one, five, fifteen = os.getloadavg()
            print(f"load average at the end: {one:.2f} {five:.2f} {fifteen:.2f}")
            print(f"reference loop at the end: {interpreter_ms():.0f} ms of CPU "
                  f"(at the start: {speed:.0f} ms)")
            return 1 if stats.errors else 0
        finally:
            if server is not None:
                server.terminate()
                try:
                    server.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait(timeout=5)


if __name__ == "__main__":
    sys.exit(main())
