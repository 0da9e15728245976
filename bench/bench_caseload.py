"""Caseload benchmark: cold start to a populated window, and search-as-you-type latency.

    python bench/bench_caseload.py [--scale county] [--data DIR] [--runs 3]

Uses the demo generator (``yjdesk.demo.generator``) to make a profile of the chosen size once
(kept in ``--data``, default a folder under the system temp dir) and then measures, printing
figures only (no pass/fail):

* cold start: a new Python process imports the app, unlocks the store with the real key
  derivation cost, builds the main window and waits until the caseload is populated;
  the baseline is a new process that unlocks the same store and counts children with SQL.
* search: the real caseload page on all the children; names are typed letter by letter into
  the search box and the time from key press to an updated table is taken per keystroke;
  the baseline is one pass of the same filter over the rows in plain Python.

Targets (issue 16): cold start under 1.5 s, due items under 300 ms, search p95 under 30 ms per
keystroke on 20,000 children.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHILD_COLD = "--child-cold"
CHILD_BASELINE = "--child-baseline"
READY = "READY"


def _paths(data: Path):  # type: ignore[no-untyped-def]
    from yjdesk.paths import Paths

    return Paths(data)


def ensure_profile(data: Path, scale: str) -> tuple[str, int]:
    from yjdesk.demo.generator import ensure_demo_profile

    t = time.perf_counter()
    demo = ensure_demo_profile(_paths(data).ensure(), scale)
    took = time.perf_counter() - t
    return demo.password, int(took)


# --- the measured child processes --------------------------------------------------------------


def child_cold(data: Path, password: str) -> None:
    """Everything the app does from process start to a populated caseload window.

    With ``YJDESK_BENCH_TIMELINE`` set, it also waits for the next-due column and prints
    when each step ended (ms since the parent started the process, and this process's CPU)
    to stderr."""
    stamps: list[tuple[str, float, float]] = []
    start = float(os.environ.get("YJDESK_BENCH_T0", "0"))

    def stamp(what: str) -> None:
        stamps.append((what, time.perf_counter() - start, time.process_time()))

    stamp("python started")
    from yjdesk.cli import start as start_app

    # as the app's entry point does (yjdesk.cli.main): the Qt-free layers (yjdesk.preload)
    # and the command line, before Qt
    start_app(["--data-dir", str(data)])
    stamp("preload and command line (imports before Qt)")
    from PySide6.QtCore import QEventLoop

    from yjdesk.app import _application  # the desktop app's modules, as yjdesk.cli.main
    from yjdesk.services.policy import Policy
    from yjdesk.ui.collector import UiThreadCollector
    from yjdesk.ui.context import AppContext, Events
    from yjdesk.ui.design import apply_theme
    from yjdesk.ui.signin import import_window_modules, open_profile
    from yjdesk.ui.tasks import TaskRunner

    stamp("Qt and the window's modules imported")
    # the application, its translations and the theme's style sheet, and the UI-thread
    # garbage collector, as yjdesk.app.run and its AppShell set them up
    app = _application()
    apply_theme(app, "system")
    UiThreadCollector(app).install()
    # as the sign-in dialog does (yjdesk.ui.signin.SignInDialog.submit): the unlock on a
    # worker thread, the main window's module and its pages imported on the UI thread
    # meanwhile (yjdesk.app shows the dialog without them)
    with ThreadPoolExecutor(max_workers=1) as signing_in:
        unlocking = signing_in.submit(open_profile, _paths(data), password)
        import_window_modules()
        session = unlocking.result()
    stamp("unlocked and signed in")
    from yjdesk.ui import sync_ui
    from yjdesk.ui.main_window import MainWindow

    # as yjdesk.app.AppShell.open_window: the window, the sync status and its background
    # timer, the window fitted to the screen, shown
    ctx = AppContext(session.store, session.actor, TaskRunner(session.store, session.actor),
                     Policy.load(), Events())
    window = MainWindow(ctx, settings_path=_paths(data).settings)
    sync = sync_ui.install(window, ctx)
    window.fit_to_screen()
    window.show()
    stamp("main window built and shown")
    done: list[int] = []
    due: list[int] = []
    # the app waits in its event loop (QApplication.exec), not in a polling loop
    loop = QEventLoop()

    def rows_shown(n: int) -> None:
        done.append(n)
        loop.quit()

    def due_shown(n: int) -> None:
        due.append(n)
        loop.quit()

    window.caseload.loaded.connect(rows_shown)
    window.caseload.due_loaded.connect(due_shown)
    if not done:
        loop.exec()
    app.processEvents()
    stamp("caseload rows shown (READY)")
    print(f"{READY} {done[0]}", flush=True)
    if os.environ.get("YJDESK_BENCH_TIMELINE"):
        while not due:
            loop.exec()
        app.processEvents()
        stamp("next-due column filled")
        for what, wall, cpu in stamps:
            print(f"    {1000 * wall:6.0f} ms  (CPU {1000 * cpu:5.0f} ms)  {what}",
                  file=sys.stderr)
    sync.stop()
    window.close()
    ctx.tasks.shutdown()
    session.store.close()


def child_baseline(data: Path, password: str) -> None:
    from sqlalchemy import text

    from yjdesk.laptop import LaptopStore

    store = LaptopStore.open(_paths(data), password)
    with store.engine.connect() as conn:
        n = conn.execute(text("SELECT count(*) FROM child")).scalar_one()
    print(f"{READY} {n}", flush=True)
    store.close()


def time_process(flag: str, data: Path, password: str,
                 timeline: bool = False) -> tuple[float, int]:
    env = dict(os.environ, YJDESK_BENCH_PASSWORD=password)
    if timeline:
        env["YJDESK_BENCH_TIMELINE"] = "1"
    t = time.perf_counter()
    env["YJDESK_BENCH_T0"] = repr(t)  # (perf_counter is the same clock in every process)
    proc = subprocess.Popen([sys.executable, __file__, flag, str(data)], env=env,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    count = -1
    for line in proc.stdout:
        if line.startswith(READY):
            elapsed = time.perf_counter() - t
            count = int(line.split()[1])
            break
    else:
        raise SystemExit(f"{flag} failed")
    proc.wait()
    return elapsed, count


def ensure_bytecode() -> str:
    """Compile yjdesk's modules to bytecode (``__pycache__``) before the cold starts.

    The app as shipped starts from bytecode (PyInstaller's archive; a pip install compiles
    too), but a source tree run with ``PYTHONDONTWRITEBYTECODE`` set -- as this development
    machine is -- compiles every module it imports on every start, which is not what a
    user waits for (about 0.1-0.3 s here). Installed packages have their bytecode already."""
    import compileall

    import yjdesk

    package = Path(yjdesk.__file__).parent
    compileall.compile_dir(str(package), quiet=1)
    return str(package)


# --- search-as-you-type, in process ------------------------------------------------------------


def bench_search(data: Path, password: str, words: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from yjdesk.services.caseload import matches
    from yjdesk.services.policy import Policy
    from yjdesk.ui.caseload_page import CaseloadPage
    from yjdesk.ui.context import AppContext, Events
    from yjdesk.ui.signin import open_profile
    from yjdesk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    session = open_profile(_paths(data), password)
    ctx = AppContext(session.store, session.actor, TaskRunner(session.store, session.actor),
                     Policy.load(), Events())
    page = CaseloadPage(ctx)
    page.resize(1280, 760)
    page.show()
    t = time.perf_counter()
    page.reload()
    while page.model.rowCount() == 0 or ctx.tasks.busy:
        app.processEvents()
        time.sleep(0.001)
    print(f"caseload rows loaded on the worker: {page.model.rowCount():,} "
          f"in {1000 * (time.perf_counter() - t):.0f} ms")
    rng = random.Random(7)
    rows = page.model.rows
    names = [rng.choice(rows).name.lower() for _ in range(words)]
    per_key: list[float] = []
    per_key_cpu: list[float] = []  # the UI thread's CPU (steadier than wall on a shared box)
    baseline: list[float] = []
    for name in names:
        page.search.clear()
        app.processEvents()
        typed = ""
        for letter in name:
            typed += letter
            t, c = time.perf_counter(), time.thread_time()
            QTest.keyClick(page.search, letter)
            app.processEvents()
            per_key.append(1000 * (time.perf_counter() - t))
            per_key_cpu.append(1000 * (time.thread_time() - c))
            t = time.perf_counter()
            hits = sum(1 for r in rows if matches(r, typed))
            baseline.append(1000 * (time.perf_counter() - t))
        assert page.proxy.rowCount() >= 1, (name, hits)
    QTest.keyClick(page.search, Qt.Key.Key_Escape)
    per_key.sort()
    per_key_cpu.sort()
    p95 = per_key[int(0.95 * (len(per_key) - 1))]
    p95_cpu = per_key_cpu[int(0.95 * (len(per_key_cpu) - 1))]
    mean = statistics.fmean(per_key)
    base = statistics.fmean(baseline)
    print(f"search-as-you-type on {len(rows):,} children, {len(per_key)} keystrokes "
          f"({words} names typed letter by letter):")
    print(f"  per keystroke: mean {mean:.1f} ms, p95 {p95:.1f} ms, max {per_key[-1]:.1f} ms "
          f"(target p95 < 30 ms)")
    print(f"  UI thread CPU per keystroke: mean {statistics.fmean(per_key_cpu):.1f} ms, "
          f"p95 {p95_cpu:.1f} ms; load average {os.getloadavg()[0]:.1f}")
    print(f"  baseline (plain Python filter pass, no Qt): mean {base:.1f} ms; "
          f"ratio {mean / base:.1f}x")
    page.close()
    ctx.tasks.shutdown()
    session.store.close()


def build_due_facts(data: Path, password: str) -> None:
    """What a laptop has after its first sync: the stored due facts (issue 16), built once."""
    import datetime as dt

    from yjdesk.laptop import LaptopStore
    from yjdesk.services import due_store

    store = LaptopStore.open(_paths(data), password)
    try:
        with store.session() as s, s.begin():
            t, c = time.perf_counter(), time.process_time()
            n = due_store.refresh(s, dt.date.today())
            if n:
                print(f"due facts built (the first caseload after a first pull does this): "
                      f"{time.perf_counter() - t:.2f} s wall, {time.process_time() - c:.2f} s "
                      "CPU")
    finally:
        store.close()


def bench_providers(data: Path, password: str) -> None:
    """How long the caseload query and each due-item provider take (the load's parts), and
    the due items read from the stored facts (issue 16) against running every rule."""
    import datetime as dt

    from sqlalchemy import select

    from yjdesk.models import Child
    from yjdesk.services import due, due_store
    from yjdesk.services.caseload import caseload, due_items
    from yjdesk.services.uow import UnitOfWork
    from yjdesk.ui.signin import open_profile

    session = open_profile(_paths(data), password)
    today = dt.date.today()
    try:
        with UnitOfWork(session.store.session_factory, session.actor) as uow:
            ids = list(uow.session.scalars(select(Child.id)))
            t = time.perf_counter()
            caseload(uow.session, session.actor, today, with_due=False)
            total = time.perf_counter() - t
            print(f"caseload rows on {len(ids):,} children: {1000 * total:.0f} ms")
            stored: list[float] = []
            for n in range(5):
                t = time.perf_counter()
                items = due_items(uow.session, ids, today + dt.timedelta(days=n))
                stored.append(1000 * (time.perf_counter() - t))
            print(f"due items from the stored facts, {len(items):,} children: first "
                  f"{stored[0]:.0f} ms, median of 5 days {statistics.median(stored):.0f} ms "
                  "(target < 300 ms)")
            t = time.perf_counter()
            live = due.next_due(uow.session, ids, today)
            rules = 1000 * (time.perf_counter() - t)
            print(f"  baseline: every rule run over every child: {rules:.0f} ms (ratio "
                  f"{statistics.median(stored) / rules:.2f}x); same items: "
                  f"{live == due_items(uow.session, ids, today)}")
            some = ids[:: max(1, len(ids) // 100)][:100]
            uow.session.connection().exec_driver_sql(
                "INSERT OR IGNORE INTO due_dirty (child_id) VALUES (?)", [(i,) for i in some])
            t = time.perf_counter()
            due_store.refresh(uow.session, today)
            print(f"  {len(some)} children's facts worked out again (after a sync of their "
                  f"records): {1000 * (time.perf_counter() - t):.0f} ms")
            print("the rules, each run over every child:")
            for provider in due.PROVIDERS:
                t = time.perf_counter()
                provider(uow.session, ids, today)
                name = f"{provider.__module__}.{provider.__name__}"
                print(f"  {name}: {1000 * (time.perf_counter() - t):.0f} ms")
    finally:
        session.store.close()


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] in (CHILD_COLD, CHILD_BASELINE):
        fn = child_cold if sys.argv[1] == CHILD_COLD else child_baseline
        fn(Path(sys.argv[2]), os.environ["YJDESK_BENCH_PASSWORD"])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", default="county", help="demo scale (county = 20,000)")
    parser.add_argument("--data", type=Path, default=None, help="profile folder to (re)use")
    parser.add_argument("--runs", type=int, default=3, help="cold starts to time")
    parser.add_argument("--words", type=int, default=8, help="names to type")
    parser.add_argument("--timeline", action="store_true",
                        help="one more cold start, printing when each step ended")
    parser.add_argument("--source", action="store_true",
                        help="do not compile yjdesk's bytecode first (bytecode already in "
                             "__pycache__ is still used)")
    args = parser.parse_args()
    data = args.data or Path(tempfile.gettempdir()) / f"yjdesk-bench-{args.scale}"
    password, took = ensure_profile(data, args.scale)
    print(f"profile: {data} (scale {args.scale}; made or found in {took} s)")
    build_due_facts(data, password)
    if not args.source:
        print(f"bytecode of {ensure_bytecode()} compiled (as an installed app has it)")
    print(f"load average: {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} "
          f"{os.getloadavg()[2]:.1f} (before the cold starts)")
    if args.timeline:
        print("one cold start, step by step (stderr):", flush=True)
        time_process(CHILD_COLD, data, password, timeline=True)

    cold = [time_process(CHILD_COLD, data, password) for _ in range(args.runs)]
    base = [time_process(CHILD_BASELINE, data, password) for _ in range(args.runs)]
    cold_s = statistics.median(c[0] for c in cold)
    base_s = statistics.median(b[0] for b in base)
    print(f"cold start to a populated caseload window ({cold[0][1]:,} rows): "
          f"median {cold_s:.2f} s of {args.runs} (runs: "
          f"{', '.join(f'{c[0]:.2f}' for c in cold)}) (target < 1.5 s)")
    print(f"  baseline (new process: unlock the store, SQL count of {base[0][1]:,} children): "
          f"median {base_s:.2f} s; ratio {cold_s / base_s:.1f}x")
    bench_providers(data, password)
    bench_search(data, password, args.words)
    print(f"load average: {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} "
          f"{os.getloadavg()[2]:.1f} (at the end)")


if __name__ == "__main__":
    main()
