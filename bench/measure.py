"""Measurements the benchmarks share: CPU seconds of a process tree from /proc, the
throw-away cluster's postmaster, percentiles."""

from __future__ import annotations

import os
from pathlib import Path


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
