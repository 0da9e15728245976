"""Crash safety: SIGKILL the laptop's sync at many points; nothing is lost or doubled.

One service (SQLite, then PostgreSQL), one laptop pushing a few thousand changes and a
fresh laptop pulling them, each sync run in a child process killed at moments spread over
the sync. After every scenario one more (uninterrupted) sync -- through the real
``yjdesk sync`` command -- must leave laptop and service holding exactly the same rows.

Kills are aimed: the worker writes the phase it is in, and most kills are timed from the
moment the sync reaches push (push trials) or pull (pull trials, where the service answers
each page slowly so that a pull lasts long enough to be hit). The test prints how many kills
landed in start-up, push and pull, and requires at least 30 mid-pull (issue 18).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import select as io_select
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import TODAY, child_input
from tests.integration.serverkit import PASSWORD, ServerDb
from tests.support.sync_laptop import Laptop, rows_of, server_rows
from tests.support.sync_worker import PHASE_FILE, phase_of
from yjdesk.laptop import LaptopStore
from yjdesk.models import AuditEvent, Base, Child, ChildAddress
from yjdesk.paths import Paths
from yjdesk.services.children import AddressInput, add_address, create_child
from yjdesk.store import indexes, keys
from yjdesk.store.engine import make_engine
from yjdesk.sync import state
from yjdesk.wire.codec import synced_tables

ROOT = Path(__file__).resolve().parents[2]
#: Kills per run: (push, pull). The full count runs on SQLite (at least 30 mid-pull);
#: the PostgreSQL run repeats the fewer, aimed the same way (the client is the same, and
#: the CI time is shared with the database-kill test).
TRIALS = {"sqlite": (16, 34), "postgresql": (10, 14)}
#: Seconds the service takes over each pulled page in the pull trials (pulls made long
#: enough to be hit: a first pull that no longer parks most of its rows took about 0.9 s
#: with 0.05, the 1.5 s the trials start from aimed kills past its end, some into the
#: moment it finishes).
PULL_DELAY = 0.1


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(YJDESK_PASSWORD=PASSWORD, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
               PYTHONPATH=str(ROOT))
    return env


class Forker:
    """The fork server of tests/support/sync_worker.py (one for the test's laptops)."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.sync_worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_env(), cwd=ROOT, text=True)
        self.elapsed = 0.0
        self.killed_in = ""

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, "the fork server stopped"
        return line.strip()

    def run(self, profile: Path, kill_after: float, phase: str = "",
            pull_delay: float = 0.0) -> bool:
        """One sync of ``profile`` in a fresh process, SIGKILLed after ``kill_after`` s;
        True if it ended.

        With ``phase`` ("push" or "pull") the clock starts when the sync reaches it, so the
        kill is aimed at that phase, and a sync that ends gives as :attr:`elapsed` the time
        from there to its end (what the next kill moments are fractions of). After a kill,
        :attr:`killed_in` says where the sync was (start-up, push, pull or done).
        ``pull_delay``: seconds the service takes over each pulled page (pages of 200 rows).
        """
        assert self.proc.stdin is not None and self.proc.stdout is not None
        with contextlib.suppress(FileNotFoundError):
            (profile / PHASE_FILE).unlink()  # no stale phase from the previous run
        request = {"profile": str(profile), "pull_delay": pull_delay, "pull_limit": 200}
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        pid = int(self._line().split()[1])
        ended = False
        reached: float | None = None
        if phase:
            deadline = time.monotonic() + 60
            while phase_of(profile) != phase and time.monotonic() < deadline:
                ended = bool(io_select.select([self.proc.stdout], [], [], 0.005)[0])
                if ended:
                    break
            reached = None if ended else time.monotonic()
        ready = ended or io_select.select([self.proc.stdout], [], [], kill_after)[0]
        if not ready:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        _exit, code, elapsed = self._line().split()
        if int(code) == -signal.SIGKILL:
            phase = phase_of(profile)
            self.killed_in = {"start": "start-up", "check": "start-up"}.get(phase, phase)
            return False
        assert int(code) == 0, f"the sync failed (exit {code}); see stderr"
        # (the whole sync's time, start-up included, aimed kills past the end of a short
        # phase: a first pull that no longer parks most of its rows ends sooner)
        self.elapsed = float(elapsed) if reached is None else time.monotonic() - reached
        return True

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            self.proc.stdout.close()


#: Kill moments, as fractions of a full sync's duration. A killed sync resumes where the
#: last one stopped, so successive kills land further and further into the sync.
DELAYS = (0.08, 0.35, 0.2, 0.5, 0.12, 0.28, 0.42, 0.6, 0.16, 0.24, 0.04, 0.7)


@pytest.fixture
def forker() -> Iterator[Forker]:
    server = Forker()
    try:
        yield server
    finally:
        server.close()


def trials(forker: Forker, profile: Path, count: int, next_round: Callable[[], None],
           estimate: float, landed: Counter[str], pull_delay: float = 0.0,
           phase: str = "", free: int = 4) -> int:
    """SIGKILL ``count`` syncs of ``profile``; ``next_round`` runs whenever a sync ends.

    ``next_round`` checks the laptop against the service and gives it new work. ``landed``
    counts the kills by the phase they hit (start-up, push, pull, done). A kill that lands
    once the sync has done everything ("done") is a sync that ended: it is checked as one
    and does not count among the ``count`` kills.
    """
    kills = rounds = 0
    killed_this_round = False
    while kills < count:
        moments = DELAYS
        # every ``free``-th kill is left to land anywhere (mostly start-up); the others
        # are aimed at the phase under test
        aim = phase if kills % free != free - 1 else ""
        if forker.run(profile, max(0.02, estimate * moments[kills % len(moments)]), aim,
                      pull_delay):
            if not killed_this_round:
                estimate = max(0.3, forker.elapsed)
            rounds += 1
            _say(f"round {rounds} finished ({kills} kills so far, full sync "
                 f"~{estimate:.2f}s)")
            next_round()
            killed_this_round = False
        elif forker.killed_in == "done":
            # the sync had done everything (its last progress report) when the kill came:
            # a sync that ended, checked as one; not a kill of the phase under test
            landed["done"] += 1
            rounds += 1
            next_round()
            killed_this_round = False
        else:
            kills += 1
            landed[forker.killed_in] += 1
            killed_this_round = True
    assert forker.run(profile, 120, pull_delay=pull_delay), "the last sync did not finish"
    next_round()
    return kills


def _say(text: str) -> None:
    if os.environ.get("YJDESK_TEST_VERBOSE"):
        sys.stderr.write(f"[{time.monotonic():.1f}] {text}\n")


def forget_everything(profile: Path) -> None:
    """Make the laptop new again: no records, no bookkeeping, cursor 0."""
    store = LaptopStore.open(Paths(profile), PASSWORD)
    try:
        with store.session() as s, s.begin():
            s.info["sync_apply"] = True
            for table in reversed(Base.metadata.sorted_tables):
                if table.name in synced_tables() or table.name.startswith("sync_"):
                    s.execute(table.delete())
            state.set_cursor(s, 0)
    finally:
        store.close()


def indexes_of(profile: Path) -> set[tuple[str, str]]:
    """The store's indexes made by CREATE INDEX (name, SQL), and no index paused: read
    from the file as it is (opening a store makes paused indexes again)."""
    paths = Paths(profile)
    engine = make_engine(paths.database, keys.unwrap(keys.read_keyfile(paths.keyfile),
                                                      PASSWORD))
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM local_meta WHERE key = ?",
                                        (indexes.MARKER,)).scalar_one() == 0
            return {(str(n), str(q)) for n, q in conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    finally:
        engine.dispose()


def cli_sync(profile: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "yjdesk", "sync", "--data-dir", str(profile),
                           "--quiet"], env=_env(), cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def assert_same_rows(profile: Path, db: ServerDb) -> None:
    store = LaptopStore.open(Paths(profile), PASSWORD)
    try:
        with store.session() as s:
            mine = rows_of(s)
            device = s.scalar(select(AuditEvent.device_id).limit(1))
            my_audit = set(s.scalars(select(AuditEvent.id)))
    finally:
        store.close()
    theirs = server_rows(db, tables={n for n, _ in mine} | {"child", "team", "user_account"})
    theirs.pop(("audit_event", ""), None)
    assert set(mine) == set(theirs), (set(mine) ^ set(theirs))
    diff = [k for k in mine if mine[k] != theirs[k]]
    assert not diff, diff[:5]
    with db.session() as s:
        server_audit = set(s.scalars(select(AuditEvent.id).where(AuditEvent.device_id == device)))
    assert my_audit == server_audit


@pytest.mark.slow(seconds=120)  # for the run's order (tests/conftest.py): its longest test
def test_killed_syncs_lose_and_double_nothing(live_server: str, server_db: ServerDb,
                                              forker: Forker, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    team = server_db.add_team()
    server_db.add_user("pat", team_id=team)
    pusher = Laptop(live_server, "pat", tmp_path / "pusher")
    pusher.sync()
    profile = pusher.paths.root
    rounds = [0]

    def more_changes() -> None:
        """A few thousand changes: new children (with allocations and audit), then edits."""
        rounds[0] += 1
        pusher.store = LaptopStore.open(Paths(profile), PASSWORD)
        try:
            with pusher.uow() as u:
                if rounds[0] == 1:
                    for i in range(250):
                        create_child(u.session, child_input(given_name=f"Kid{i}"), TODAY)
                    return
                children = list(u.session.scalars(select(Child)))
                for c in children:
                    c.ete_hours = rounds[0] % 40
                for c in children[:150]:
                    add_address(u.session, c.id, AddressInput(
                        line1=f"{rounds[0]} Round Road",
                        from_date=dt.date(2025, 1, 1) + dt.timedelta(days=rounds[0])))
        finally:
            pusher.store.close()

    def check_then_change() -> None:
        assert_same_rows(profile, server_db)
        more_changes()

    pusher.close()  # the worker processes own the store from here
    more_changes()
    _say("push trials")
    landed: Counter[str] = Counter()
    push_kills, pull_kills = TRIALS[server_db.kind]
    assert trials(forker, profile, push_kills, check_then_change, 2.0, landed,
                  phase="push") == push_kills
    assert "sync done" in cli_sync(profile)  # the real command, uninterrupted
    assert_same_rows(profile, server_db)

    # Pull: a fresh laptop for the same user downloads everything, killed along the way;
    # once it has caught up (and been checked) it forgets every row and its cursor.
    fresh = tmp_path / "fresh"
    Laptop(live_server, "pat", fresh).close()
    every_index = indexes_of(fresh)

    def check_then_forget() -> None:
        # a first pull pauses the secondary indexes: however often it was killed, the sync
        # that finished made them again (read before anything opens the store)
        assert indexes_of(fresh) == every_index
        assert_same_rows(fresh, server_db)
        forget_everything(fresh)

    _say("pull trials")
    # Pulls made long enough to be hit: the service answers each page slowly.
    assert trials(forker, fresh, pull_kills, check_then_forget, 1.5, landed, PULL_DELAY,
                  phase="pull", free=8) == pull_kills
    with capsys.disabled():
        print(f"\n[{server_db.kind}] kills landed: {landed['start-up']} in start-up, "
              f"{landed['push']} in push, {landed['pull']} in pull, "
              f"{landed['done']} while finishing")
    assert landed["pull"] >= pull_kills - pull_kills // 8, landed  # >= 30 on SQLite
    assert landed["push"] >= push_kills // 2, landed
    with server_db.session() as s:
        assert s.scalar(select(ChildAddress.id).limit(1)) is not None
