"""What one push and one pull cost the service in CPU, without sockets or a queue.

    python bench/bench_service_request.py [--clients 10] [--rounds 50] [--database-url ...]
                                          [--statements]

The real app (``create_app``) called in this process through httpx's ASGI transport, on
the same throw-away PostgreSQL and seed as ``bench_sync_server.py`` (one practitioner a
laptop, 20 children each): every laptop signs in and pulls its caseload, then the laptops
take turns, each round a 5-row push and a pull, one request at a time. Prints the CPU of
this process (service and client) a request, PostgreSQL's CPU a request (its processes,
from /proc), the wall a request, and with ``--statements`` the SQL statements a push and a
pull send (an engine event, which server/driver.py's statements and the pull's row reads
also report; the BEGIN sent at checkout and the COMMIT are not seen there; PostgreSQL's
pg_stat_statements or its statement log counts everything).
The machine's load inflates wall times, not CPU times much: the CPU figures are the ones
to compare, alternating with the code before.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# after PYTHONPATH: a worktree's code named there is the code measured
sys.path.append(str(ROOT))

import httpx  # noqa: E402
from sqlalchemy import event  # noqa: E402

from bench.bench_sync_server import PASSWORD, SERVICE_ROLE, seed  # noqa: E402
from bench.measure import (  # noqa: E402
    bench_database,
    cpu_seconds,
    interpreter_ms,
    postmaster_pid,
)
from yjdesk.server.settings import ServiceSettings  # noqa: E402
from yjdesk.wire import protocol as p  # noqa: E402


async def run(url: str, clients: int, rounds: int, count: bool, pg_pid: int | None) -> None:
    from yjdesk.server.app import create_app

    app = create_app(ServiceSettings(database_url=url))
    print(f"code: {Path(sys.modules['yjdesk'].__file__ or '').parent.parent}")
    engine = app.state.engine
    statements: Counter[str] = Counter()
    current = {"op": "setup"}
    if count:
        @event.listens_for(engine, "before_cursor_execute")
        def _count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            statements[current["op"]] += 1
    headers = {p.PROTOCOL_HEADER: str(p.PROTOCOL_VERSION)}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench",
                                 headers=headers, timeout=60) as http:
        laptops: list[dict[str, Any]] = []
        for i in range(clients):
            r = await http.post(p.API_PREFIX + "/auth/login", json={
                "username": f"worker{i:02d}", "password": PASSWORD,
                "device_id": str(uuid.uuid4())})
            r.raise_for_status()
            laptops.append({"auth": {"Authorization": f"Bearer {r.json()['access_token']}"},
                            "cursor": 0, "children": {}})

        async def pull(lap: dict[str, Any]) -> None:
            while True:
                r = await http.post(p.API_PREFIX + "/sync/pull", headers=lap["auth"],
                                    json={"cursor": lap["cursor"], "limit": 500})
                r.raise_for_status()
                page = r.json()
                for row in page["rows"]:
                    if row["table"] == "child":
                        lap["children"][row["id"]] = row["rev"]
                lap["cursor"] = int(page["next_cursor"])
                if not page["more"]:
                    return

        async def push(lap: dict[str, Any], n: int) -> None:
            changes: list[dict[str, Any]] = [
                {"table": "child", "id": child, "base_rev": rev,
                 "fields": {"ete_hours": n % 60 + 1}}
                for child, rev in list(lap["children"].items())[:4]]
            changes.append({"table": "relationship", "id": str(uuid.uuid4()), "base_rev": 0,
                            "fields": {"child_id": next(iter(lap["children"])),
                                       "name": f"Contact {n}",
                                       "relationship_type": "other"}})
            r = await http.post(p.API_PREFIX + "/sync/push", headers=lap["auth"],
                                json={"batch_id": str(uuid.uuid4()), "changes": changes})
            r.raise_for_status()
            for row in r.json()["results"]:
                if row["status"] == "rejected":
                    raise RuntimeError(row["error"])
                if row["table"] == "child":
                    lap["children"][row["id"]] = row["rev"]

        for lap in laptops:
            await pull(lap)
        # two warm rounds, not counted
        for n in range(2):
            for lap in laptops:
                await push(lap, n)
                await pull(lap)
        statements.clear()
        requests = {"push": 0, "pull": 0}
        cpu0, wall0 = time.process_time(), time.perf_counter()
        pg0 = cpu_seconds(pg_pid) if pg_pid else 0.0
        for n in range(2, rounds + 2):
            for lap in laptops:
                current["op"] = "push"
                await push(lap, n)
                requests["push"] += 1
                current["op"] = "pull"
                await pull(lap)
                requests["pull"] += 1
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        pg = cpu_seconds(pg_pid) - pg0 if pg_pid else None
    total = sum(requests.values())
    line = (f"{total} requests: CPU of this process {1000 * cpu / total:.2f} ms a request, "
            f"wall {1000 * wall / total:.2f} ms")
    if pg is not None:
        line += f", PostgreSQL CPU {1000 * pg / total:.2f} ms a request"
    print(line)
    if count:
        for op in ("push", "pull"):
            print(f"  {op}: {statements[op] / requests[op]:.2f} statements a request")
    engine.dispose()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=50)
    ap.add_argument("--children", type=int, default=20)
    ap.add_argument("--database-url", help="an empty database (else a throw-away cluster)")
    ap.add_argument("--keep", action="store_true",
                    help="with --database-url: it is already seeded")
    ap.add_argument("--statements", action="store_true")
    ap.add_argument("--postmaster-pid", type=int,
                    help="with --database-url: PostgreSQL's postmaster, for its CPU")
    args = ap.parse_args()
    speed = interpreter_ms()
    print(f"reference loop (a million additions, bench.measure.interpreter_ms): {speed:.0f} ms "
          f"of CPU, best of 5")
    with bench_database(args.database_url) as (cluster, url):
        service_url = url if cluster is None else cluster.url("yjdesk_bench", user=SERVICE_ROLE)
        if not args.keep:
            seed(url, args.clients, args.children)
        asyncio.run(run(service_url, args.clients, args.rounds, args.statements,
                        postmaster_pid(cluster) or args.postmaster_pid))
        one, five, fifteen = os.getloadavg()
        print(f"load average at the end: {one:.2f} {five:.2f} {fifteen:.2f}")
        print(f"reference loop at the end: {interpreter_ms():.0f} ms of CPU")
        return 0


if __name__ == "__main__":
    sys.exit(main())
