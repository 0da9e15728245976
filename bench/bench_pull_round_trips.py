"""A steady pull's CPU, the service's and PostgreSQL's, with its statements folded or not.

    python bench/bench_pull_round_trips.py [--blocks 20] [--per-block 100] [--database-url ...]

On a throw-away PostgreSQL (``bench_sync_server.py``'s seed: one practitioner a laptop, 20
children each), one laptop signs in and pulls everything, then pulls the same page again
and again in this process -- the service's own work for a pull (``app.sync_pull``'s: token
check to commit and the page's JSON) called directly, no HTTP -- two ways taking turns
block by block on the same data: ``folded`` (``pull.pull_signed_in``: the token check, the
scope state and the feed entries in one statement, a small page's rows in one) and
``unfolded`` (``auth.authenticate``, then ``pull.pull``: a statement each, the rows a
statement a table, as before 7 December). Both pages are checked equal first. Prints the
thread CPU a pull (the service's own CPU, not its waits) and PostgreSQL's (its processes,
from /proc), for a page of the laptop's own 5-row push (child and relationship rows, as in
``bench_sync_server.py``'s steady state) and for an empty page. Alternating in one
process, the machine's load touches both ways alike.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# after PYTHONPATH: a worktree's code named there is the code measured
sys.path.append(str(ROOT))


from bench.bench_sync_server import PASSWORD, seed  # noqa: E402
from bench.measure import bench_database, cpu_seconds, postmaster_pid  # noqa: E402
from yjdesk.server import auth, pull  # noqa: E402
from yjdesk.server.app import Service, _page, sync_push  # noqa: E402
from yjdesk.server.settings import ServiceSettings  # noqa: E402
from yjdesk.wire import protocol as p  # noqa: E402


def measure(url: str, blocks: int, per_block: int, pg_pid: int | None) -> None:
    svc = Service(ServiceSettings(database_url=url))
    try:
        tokens = auth.login(svc.transaction, svc.settings, p.LoginRequest(
            username="worker00", password=PASSWORD, device_id=str(uuid.uuid4())), None)
        authorization = f"Bearer {tokens.access_token}"

        def folded(body: p.PullRequest) -> bytes:
            with svc.transaction() as session:
                page = pull.pull_signed_in(session, authorization, body)
            return bytes(_page(page).body)

        def unfolded(body: p.PullRequest) -> bytes:
            at_once, pull.AT_ONCE = pull.AT_ONCE, 0
            try:
                with svc.transaction() as session:
                    who = auth.authenticate(session, authorization)
                    page = pull.pull(session, who.actor, body)
            finally:
                pull.AT_ONCE = at_once
            return bytes(_page(page).body)

        cursor, children = 0, {}
        while True:
            got = json.loads(folded(p.PullRequest(cursor=cursor, limit=500)))
            children.update({row["id"]: row["rev"] for row in got["rows"]
                             if row["table"] == "child"})
            cursor = got["next_cursor"]
            if not got["more"]:
                break
        # the laptop's own push, as bench_sync_server.py's: four child edits and a new
        # relationship, which its next pull brings back
        child = next(iter(children))
        changes = [{"table": "child", "id": c, "base_rev": rev, "fields": {"ete_hours": 9}}
                   for c, rev in list(children.items())[:4]]
        changes.append({"table": "relationship", "id": str(uuid.uuid4()), "base_rev": 0,
                        "fields": {"child_id": child, "name": "Contact",
                                   "relationship_type": "other"}})
        sync_push(svc, p.PushRequest.model_validate(
            {"batch_id": str(uuid.uuid4()), "changes": changes}), authorization)
        ways: dict[str, Callable[[p.PullRequest], bytes]] = {
            "unfolded": unfolded, "folded": folded}
        after = json.loads(folded(p.PullRequest(cursor=cursor, limit=500)))["next_cursor"]
        for label, start in (("the laptop's own push", cursor), ("an empty page", after)):
            body = p.PullRequest(cursor=start, limit=500)
            pages = {name: way(body) for name, way in ways.items()}
            assert pages["folded"] == pages["unfolded"], "the two ways gave different pages"
            tables = sorted({row["table"] for row in json.loads(pages["folded"])["rows"]})
            for way in ways.values():  # each way's statements prepared on the connections
                for _ in range(50):
                    way(body)
            cpu = {name: 0.0 for name in ways}
            pg = {name: 0.0 for name in ways}
            order = list(ways)
            for block in range(blocks):
                for name in order if block % 2 == 0 else order[::-1]:
                    way = ways[name]
                    pg0 = cpu_seconds(pg_pid) if pg_pid else 0.0
                    t0 = time.thread_time()
                    for _ in range(per_block):
                        way(body)
                    cpu[name] += time.thread_time() - t0
                    pg[name] += (cpu_seconds(pg_pid) if pg_pid else 0.0) - pg0
            n = blocks * per_block
            print(f"{label} ({', '.join(tables) or 'no rows'}), {n} pulls each way in "
                  f"{blocks} alternating blocks, load {os.getloadavg()[0]:.1f}:")
            for name in ways:
                where = f", PostgreSQL {1e6 * pg[name] / n:6.0f} us" if pg_pid else ""
                print(f"  {name:<9} service thread CPU {1e6 * cpu[name] / n:6.0f} us a pull"
                      + where)
    finally:
        svc.threads.shutdown()
        svc.engine.dispose()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--blocks", type=int, default=20)
    ap.add_argument("--per-block", type=int, default=100)
    ap.add_argument("--database-url", help="an empty database (seeded here); its server's "
                    "CPU is not measured")
    args = ap.parse_args()
    with bench_database(args.database_url) as (cluster, url):
        seed(url, 10, 20)
        print(f"code: {Path(sys.modules['yjdesk'].__file__ or '').parent.parent}")
        measure(url, args.blocks, args.per_block, postmaster_pid(cluster))
        return 0


if __name__ == "__main__":
    sys.exit(main())
