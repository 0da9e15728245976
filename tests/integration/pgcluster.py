"""A throw-away PostgreSQL cluster for the test run (initdb + pg_ctl in a temp folder), and
a hot standby streaming from one (pg_basebackup), for the read-replica tests.

PostgreSQL refuses to run as root, so when the tests run as root the server processes run
as the ``postgres`` system user (via ``setpriv``). It listens on 127.0.0.1 only, on a free
port, with ``trust`` authentication (the tests check privileges, not passwords).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "yjdesk_admin"


def find_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    candidates: list[str] = []
    env = os.environ.get("YJDESK_PG_BINDIR")
    if env:
        candidates.append(env)
    try:
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                             check=True, timeout=10).stdout.strip()
        candidates.append(out)
    except (OSError, subprocess.SubprocessError):
        pass
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    candidates += ["/usr/local/pgsql/bin", "/opt/homebrew/bin", "/usr/local/bin"]
    for folder in candidates:
        if (Path(folder) / "pg_ctl").exists() and (Path(folder) / "initdb").exists():
            return Path(folder)
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    root: Path
    port: int
    as_user: str | None
    #: ``full_page_writes`` (off for speed; a primary that is copied by pg_basebackup needs it).
    full_page_writes: bool = False

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    def url(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_user is not None:
            cmd = ["setpriv", f"--reuid={self.as_user}", f"--regid={self.as_user}",
                   "--init-groups", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120,
                       cwd=str(self.root))

    def start(self) -> None:
        self._run("initdb", "-D", str(self.datadir), "-U", SUPERUSER, "-A", "trust",
                  "-E", "UTF8", "--no-sync", "--locale=C")
        self._start()

    def _start(self) -> None:
        fpw = "on" if self.full_page_writes else "off"
        opts = (f"-c listen_addresses=127.0.0.1 -c port={self.port} "
                f"-c unix_socket_directories={self.root} -c fsync=off "
                f"-c full_page_writes={fpw} -c max_connections=200 -c shared_buffers=64MB")
        self._run("pg_ctl", "-D", str(self.datadir), "-o", opts, "-l",
                  str(self.root / "log.txt"), "-w", "-t", "60", "start")

    def start_standby_of(self, primary: Cluster) -> None:
        """Make this cluster a hot standby streaming from ``primary`` (pg_basebackup -R)."""
        self._run("pg_basebackup", "-D", str(self.datadir), "-R", "-X", "stream",
                  "-h", "127.0.0.1", "-p", str(primary.port), "-U", SUPERUSER,
                  "--no-sync", "-c", "fast")
        self._start()

    def pause_replay(self, paused: bool) -> None:
        """Stop (or resume) applying the primary's changes: a standby lagging at will."""
        from sqlalchemy import create_engine, text

        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT pg_wal_replay_pause()" if paused
                                  else "SELECT pg_wal_replay_resume()"))
        finally:
            engine.dispose()

    def kill_immediately(self) -> None:
        """``pg_ctl stop -m immediate``: the server dies as in a crash (no checkpoint);
        open transactions are lost and it runs crash recovery on the next start."""
        self._run("pg_ctl", "-D", str(self.datadir), "-m", "immediate", "-w", "-t", "60",
                  "stop")

    def restart(self) -> None:
        """Start again after :meth:`kill_immediately` (crash recovery runs)."""
        self._start()

    def stop_kept(self) -> None:
        """Stop the server and keep its data folder (:func:`kept_cluster`)."""
        self._run("pg_ctl", "-D", str(self.datadir), "-m", "fast", "-w", "-t", "60", "stop")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.datadir), "-m", "fast", "-w", "-t", "60",
                      "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _new_cluster(prefix: str, full_page_writes: bool) -> Cluster:
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL binaries (initdb, pg_ctl) not found")
    root = Path(tempfile.mkdtemp(prefix=prefix))
    as_user = None
    if os.geteuid() == 0:
        as_user = "postgres"
        entry = pwd.getpwnam(as_user)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    return Cluster(bindir, root, free_port(), as_user, full_page_writes)


def start_cluster(*, full_page_writes: bool = False) -> Cluster:
    cluster = _new_cluster("yjdesk-pg-", full_page_writes)
    try:
        cluster.start()
    except BaseException:
        shutil.rmtree(cluster.root, ignore_errors=True)
        raise
    return cluster


def kept_cluster(folder: Path) -> Cluster:
    """A cluster whose data folder stays in ``folder`` (made on first use), for a
    benchmark's data made once and kept; stop it with :meth:`Cluster.stop_kept`."""
    folder = folder.resolve()
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL binaries (initdb, pg_ctl) not found")
    as_user = None
    if os.geteuid() == 0:
        as_user = "postgres"
    folder.mkdir(parents=True, exist_ok=True)
    if as_user is not None:
        entry = pwd.getpwnam(as_user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    cluster = Cluster(bindir, folder, free_port(), as_user)
    if cluster.datadir.exists():
        cluster._start()
    else:
        cluster.start()
    return cluster


def start_standby(primary: Cluster) -> Cluster:
    """A hot standby of ``primary`` (which must run with ``full_page_writes``), streaming."""
    standby = _new_cluster("yjdesk-pg-standby-", True)
    try:
        standby.start_standby_of(primary)
    except BaseException:
        shutil.rmtree(standby.root, ignore_errors=True)
        raise
    return standby
