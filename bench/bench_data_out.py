"""Data-out benchmark (issue 15): the YJB quarterly return on a national-sized service and
the import of a county-sized bundle, on PostgreSQL, each against a raw COPY baseline
measured in the same run.

    python bench/bench_data_out.py [--return-children 150000] [--import-scale county]
                                   [--database-url URL] [--skip-return] [--skip-import]
                                   [--keep DIR]

``--keep DIR`` keeps the PostgreSQL cluster (and the national service made in it) in
``DIR`` between runs, so the data set is generated once (it takes many minutes).

Return: a national service (the demo generator's children, disposals, offences and
assessments; other feature generators skipped) in PostgreSQL; then ``yjdesk-server return
build`` for 2025-26 Q2 in a child process, timed, with its peak memory. Baseline: ``COPY
(SELECT ...) TO STDOUT`` of the same tables' rows.

Import: a county demo service exported as a bundle; ``yjdesk-server import --apply`` into
an empty database in a child process (its progress bar shows), timed. Baseline: ``COPY
FROM`` the same CSV files into plain tables.

Targets: return < 60 s with < 500 MB; import < 3 minutes. Figures only, never asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from tests.integration.pgcluster import kept_cluster, start_cluster  # noqa: E402
from yjdesk.server.settings import make_engine  # noqa: E402
from yjdesk.store.schema import upgrade  # noqa: E402

TODAY = dt.date(2026, 11, 20)


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


def _database(admin_url: str, name: str) -> str:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


def _hwm(pid: int) -> int:
    """The process's peak resident memory so far (KiB; VmHWM starts again at exec)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


#: CPU seconds (user + system) of the last :func:`_cli` child: the machine is shared, and
#: its CPU time is what other work inflates least (PostgreSQL's own CPU is not in it).
LAST_CPU = [0.0]


def _children_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _cli(url: str, *args: str) -> tuple[float, int, str]:
    """Run yjdesk-server in a child process: seconds, its own peak RSS (MiB), its output
    (its CPU time in :data:`LAST_CPU`).

    The peak is the child's high-water mark after it started (``VmHWM``, sampled while it
    runs): ``getrusage`` would also count the pages a child forked from this (large,
    data-generating) process shared with it before it started the command."""
    t = time.perf_counter()
    cpu = _children_cpu()
    peak = 0
    with tempfile.TemporaryFile("w+") as out:
        proc = subprocess.Popen([sys.executable, "-m", "yjdesk.server.cli", "--database-url",
                                 url, *args], cwd=ROOT, stdout=out, text=True)
        while proc.poll() is None:
            peak = max(peak, _hwm(proc.pid))
            time.sleep(0.05)
        took = time.perf_counter() - t
        LAST_CPU[0] = _children_cpu() - cpu
        out.seek(0)
        text_out = out.read()
    if proc.returncode != 0:
        raise SystemExit(f"yjdesk-server {' '.join(args)} failed:\n{text_out}")
    return took, peak // 1024, text_out


def _existing(admin_url: str, name: str, children: int) -> str | None:
    """The URL of database ``name`` when it already holds ``children`` children."""
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            if conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                            {"n": name}).first() is None:
                return None
    finally:
        admin.dispose()
    url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            n = conn.execute(text("SELECT count(*) FROM child")).scalar()
    except Exception:  # noqa: BLE001 - half-made: make it again
        return None
    finally:
        engine.dispose()
    return url if n == children else None


def bench_return(admin_url: str, children: int) -> None:
    from yjdesk.demo import assessments as assessments_demo
    from yjdesk.demo import generator as demo
    from yjdesk.models import Role

    url = _existing(admin_url, "bench_return", children)
    if url is not None:
        engine = make_engine(url)
        upgrade(engine, side="server")
        print(f"national service: {children:,} children (kept from an earlier run)")
    else:
        url = _database(admin_url, "bench_return")
        engine = make_engine(url)
        upgrade(engine, side="server")
        demo._extensions = lambda: [assessments_demo.generate]  # type: ignore[assignment]
        t = time.perf_counter()
        with engine.begin() as conn:
            demo.generate(conn, demo.Scale("bench", 60, 7, children), today=TODAY)
            conn.execute(text("UPDATE user_account SET role = :r WHERE username = "
                              "'alex.servicemanager'"), {"r": Role.SERVICE_MANAGER.value})
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
        print(f"national service: {children:,} children made in "
              f"{time.perf_counter() - t:.0f} s")
    raw = engine.raw_connection()
    try:
        t = time.perf_counter()
        cur = raw.cursor()
        rows = 0
        for table in ("child", "disposal", "offence", "assessment_stage", "user_account"):
            with cur.copy(f"COPY (SELECT * FROM {table}) TO STDOUT") as copy:  # type: ignore[attr-defined]
                for block in copy:
                    rows += bytes(block).count(b"\n")
        baseline = time.perf_counter() - t
    finally:
        raw.close()
    engine.dispose()
    print(f"  baseline: raw COPY TO of the tables the return reads ({rows:,} rows): "
          f"{baseline:.1f} s  [{_load()}]")
    out = Path(tempfile.mkdtemp()) / "return.zip"
    took, peak, text_out = _cli(url, "return", "build", "--quarter", "2025-26 Q2", "--by",
                                "alex.servicemanager", "--out", str(out))
    first = text_out.splitlines()[0]
    print(f"  return build (2025-26 Q2): {took:.1f} s ({LAST_CPU[0]:.1f} s CPU in the "
          f"command), peak memory {peak} MiB, "
          f"{out.stat().st_size / 1e6:.1f} MB zip; {took / baseline:.1f}x the raw COPY "
          f"(target < 60 s, < 500 MB)  [{_load()}]")
    print(f"  {first}")


def bench_import(admin_url: str, scale: str) -> None:
    from yjdesk.services.imports.bundle import FILES

    folder = Path(tempfile.mkdtemp()) / "bundle"
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "yjdesk.demo.bundle", "--out", str(folder),
                    "--scale", scale], cwd=ROOT, check=True)
    print(f"  bundle made in {time.perf_counter() - t:.0f} s")
    url = _database(admin_url, "bench_import")
    engine = make_engine(url)
    upgrade(engine, side="server")
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        t = time.perf_counter()
        for f in FILES:
            cols = ", ".join(f'"{c}" text' for c in f.header)
            cur.execute(f"CREATE TEMP TABLE raw_{f.entity} ({cols})")
            with (folder / f.file_name).open("rb") as fh, cur.copy(  # type: ignore[attr-defined]
                    f"COPY raw_{f.entity} FROM STDIN WITH (FORMAT csv, HEADER true)") as copy:
                while block := fh.read(1 << 20):
                    copy.write(block)
        raw.commit()
        baseline = time.perf_counter() - t
    finally:
        raw.close()
    engine.dispose()
    print(f"  baseline: raw COPY FROM of the bundle's CSV files: {baseline:.1f} s  "
          f"[{_load()}]")
    took, peak, out = _cli(url, "import", str(folder), "--mapping", str(folder / "mapping.json"),
                           "--apply", "--by", "bench")
    print(f"  import --apply ({scale} bundle): {took:.1f} s ({LAST_CPU[0]:.1f} s CPU in the "
          f"command, PostgreSQL's not counted), peak memory {peak} MiB; "
          f"{took / baseline:.1f}x the raw COPY (target < 180 s)  [{_load()}]")
    print("  " + out.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--return-children", type=int, default=150_000)
    ap.add_argument("--import-scale", default="county")
    ap.add_argument("--database-url", help="a PostgreSQL superuser URL (default: start one)")
    ap.add_argument("--skip-return", action="store_true")
    ap.add_argument("--skip-import", action="store_true")
    ap.add_argument("--keep", type=Path, help="keep the PostgreSQL cluster in this folder")
    args = ap.parse_args()
    cluster = None
    try:
        if args.database_url:
            admin_url = args.database_url
        elif args.keep:
            cluster = kept_cluster(args.keep)
            admin_url = cluster.url()
        else:
            cluster = start_cluster()
            admin_url = cluster.url()
        if not args.skip_return:
            bench_return(admin_url, args.return_children)
        if not args.skip_import:
            bench_import(admin_url, args.import_scale)
    finally:
        if cluster is not None and args.keep:
            cluster.stop_kept()
        elif cluster is not None:
            cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
