"""The service's side of a first pull, in one process: every page a new laptop of a user
would pull (``pull.pull`` and the page's JSON, each in its own transaction, as the route
runs them), with the CPU time of each part. No HTTP, no laptop.

    python bench/bench_pull_pages.py --database-url sqlite:////copy/of/central.db
    python bench/bench_pull_pages.py --database-url postgresql+psycopg://... --profile out.prof

The database is a seeded central one (``bench_sync_client.py --central-cache`` makes a
SQLite one; copy it first: each run registers a device and records its held children).
Prints the pages, rows, CPU seconds of the pulls (statements, rows, JSON) and the wall time.
Figures only, no asserts.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from yjdesk.models.org import Role, UserAccount  # noqa: E402
from yjdesk.models.server import ServerDevice  # noqa: E402
from yjdesk.server import pull  # noqa: E402
from yjdesk.server.settings import make_engine, session_factory  # noqa: E402
from yjdesk.services.uow import Actor  # noqa: E402
from yjdesk.wire import protocol as p  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--user", default="morgan.manager")
    parser.add_argument("--limit", type=int, default=p.MAX_PULL_LIMIT)
    parser.add_argument("--pages", type=int, default=0, help="stop after this many pages")
    parser.add_argument("--profile", type=Path, default=None,
                        help="write a cProfile of the pulls (thread CPU clock) here")
    args = parser.parse_args()
    engine = make_engine(args.database_url)
    factory = session_factory(engine)
    with factory() as s, s.begin():
        user = s.scalars(select(UserAccount).where(
            UserAccount.username == args.user)).one()
        device = str(uuid.uuid4())
        s.add(ServerDevice(id=device, user_id=user.id, name="bench"))
        actor = Actor(user_id=user.id, role=Role(user.role), team_id=user.team_id,
                      device_id=device, display_name=args.user)
    profiler = cProfile.Profile(time.thread_time) if args.profile else None
    cursor, rows, pages, json_bytes = 0, 0, 0, 0
    cpu_pull = cpu_json = 0.0
    print(f"load average at the start: {' / '.join(f'{x:.1f}' for x in os.getloadavg())}")
    start = time.perf_counter()
    while True:
        if profiler:
            profiler.enable()
        t0 = time.thread_time()
        with factory() as s, s.begin():
            page = pull.pull(s, actor, p.PullRequest(cursor=cursor, limit=args.limit))
        t1 = time.thread_time()
        body = page.to_json()
        t2 = time.thread_time()
        if profiler:
            profiler.disable()
        cpu_pull += t1 - t0
        cpu_json += t2 - t1
        pages += 1
        rows += len(page.rows)
        json_bytes += len(body)
        cursor = page.next_cursor
        if not page.more or (args.pages and pages >= args.pages):
            break
    wall = time.perf_counter() - start
    print(f"{args.user}: {pages} pages, {rows} rows, {json_bytes / 1e6:.1f} MB of JSON; "
          f"CPU {cpu_pull + cpu_json:.2f} s (pull {cpu_pull:.2f} s, JSON {cpu_json:.2f} s), "
          f"{(cpu_pull + cpu_json) / pages * 1000:.0f} ms a page; wall {wall:.2f} s "
          f"(load average now {' / '.join(f'{x:.1f}' for x in os.getloadavg())})")
    if profiler and args.profile:
        profiler.dump_stats(str(args.profile))
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
