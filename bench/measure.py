"""What the benchmarks share: the database they work on (a throw-away cluster's, unless
one is named), CPU seconds of a process tree from /proc, the cluster's postmaster,
percentiles, and how fast this machine's interpreter is today."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


@contextmanager
def bench_database(database_url: str | None, name: str = "yjdesk_bench"
                   ) -> Iterator[tuple[Any, str]]:
    """The database a benchmark works on, with the throw-away cluster holding it (None when
    ``database_url`` names one: it is used as it is). Without one, a new cluster in a temp
    folder (``tests/integration/pgcluster.py``) with an empty database ``name``, stopped
    when the block ends."""
    if database_url:
        yield None, database_url
        return
    from sqlalchemy import create_engine, text

    from tests.integration.pgcluster import start_cluster

    cluster = start_cluster()
    try:
        admin = create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(f"CREATE DATABASE {name}"))
        finally:
            admin.dispose()
        yield cluster, cluster.url(name)
    finally:
        cluster.stop()


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process and its children (uvicorn workers), from
    /proc: a figure the machine's load does not inflate, unlike the latencies."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def postmaster_pid(cluster: object) -> int | None:
    """The throw-away cluster's postmaster (its backends are its children), if any."""
    datadir = getattr(cluster, "datadir", None)
    try:
        return int((datadir / "postmaster.pid").read_text().split()[0]) if datadir else None
    except (OSError, ValueError, IndexError):
        return None


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def interpreter_ms() -> float:
    """CPU milliseconds this interpreter takes for a fixed piece of plain Python (a million
    additions in a loop), best of five. The benchmarks print it before and after their
    runs: this shared machine's speed moves, on a quiet machine too (47-65 ms within
    twenty seconds, 7 Dec 12:15, load 1; the service's CPU a request 3.0-3.4 ms one
    morning and 3.5-4.5 ms for the same code another), so a CPU figure is read beside it,
    and two codes are compared by alternating them."""
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        total = 0
        for i in range(1_000_000):
            total += i
        best = min(best, time.process_time() - start)
    return best * 1000
