"""The client against a failing network: the service restarted mid-push, and connections
cut in the middle of an answer. Afterwards one more sync leaves laptop and service equal."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY, child_input
from tests.integration.serverkit import ServerDb
from tests.support.sync_laptop import Laptop, rows_of, server_rows
from yjdesk.errors import SyncError
from yjdesk.models.server import PushBatch
from yjdesk.services.children import create_child

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerProcess:
    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.sync_server", self.database_url,
             str(self.port)], cwd=ROOT, env=env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            time.sleep(0.1)
        raise RuntimeError("the sync service did not start")

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


@pytest.fixture
def server_process(server_db: ServerDb) -> Iterator[ServerProcess]:
    srv = ServerProcess(server_db.service_url)
    srv.start()
    try:
        yield srv
    finally:
        srv.kill()


def assert_equal(laptop: Laptop, db: ServerDb) -> None:
    mine = laptop.read(rows_of)
    theirs = server_rows(db, tables={t for t, _ in mine})
    assert mine == theirs


def _batches(db: ServerDb) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(PushBatch)) or 0)


@pytest.mark.slow(seconds=45)
def test_service_killed_and_restarted_mid_push(server_process: ServerProcess,
                                               server_db: ServerDb, tmp_path: Path) -> None:
    team = server_db.add_team()
    server_db.add_user("pat", team_id=team)
    laptop = Laptop(server_process.url, "pat", tmp_path / "laptop")
    try:
        laptop.sync()
        with laptop.uow() as u:
            for i in range(300):
                create_child(u.session, child_input(given_name=f"Kid{i}"), TODAY)
        before = _batches(server_db)
        errors: list[BaseException] = []

        def run() -> None:
            try:
                laptop.sync(push_chunk=50)
            except BaseException as exc:
                errors.append(exc)

        worker = threading.Thread(target=run)
        worker.start()
        deadline = time.monotonic() + 60
        while _batches(server_db) < before + 2 and time.monotonic() < deadline:
            time.sleep(0.005)
        server_process.kill()  # in the middle of the push
        worker.join(timeout=60)
        assert errors and isinstance(errors[0], SyncError), errors
        server_process.start()
        result = laptop.sync()
        assert not result.failed
        assert_equal(laptop, server_db)
    finally:
        laptop.close()


class CuttingProxy:
    """A loopback TCP proxy that cuts every connection after ``limit`` bytes of answer."""

    def __init__(self, target_port: int, limit: int) -> None:
        self.target_port = target_port
        self.limit = limit
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.listener.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.cuts = 0
        self._threads: list[threading.Thread] = []
        self._stop = False
        self._accept = threading.Thread(target=self._serve, daemon=True)
        self._accept.start()

    def _serve(self) -> None:
        while not self._stop:
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            for src, dst, counted in ((client, upstream, False), (upstream, client, True)):
                t = threading.Thread(target=self._pipe, args=(src, dst, counted, client,
                                                               upstream), daemon=True)
                t.start()
                self._threads.append(t)

    def _pipe(self, src: socket.socket, dst: socket.socket, counted: bool,
              client: socket.socket, upstream: socket.socket) -> None:
        sent = 0
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if counted and sent + len(data) > self.limit:
                    dst.sendall(data[:max(0, self.limit - sent)])
                    self.cuts += 1
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        for s in (client, upstream):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def close(self) -> None:
        self._stop = True
        self._accept.join(timeout=5)
        self.listener.close()
        for t in self._threads:
            t.join(timeout=5)


@pytest.mark.slow
def test_connection_cut_mid_answer_then_one_more_sync(live_server: str, server_db: ServerDb,
                                                      tmp_path: Path) -> None:
    team = server_db.add_team()
    pat = server_db.add_user("pat", team_id=team)
    for i in range(40):
        server_db.add_child(team, pat, given_name=f"Server{i}")
    laptop = Laptop(live_server, "pat", tmp_path / "laptop")
    port = int(live_server.rsplit(":", 1)[1])
    try:
        with laptop.uow() as u:
            for i in range(60):
                create_child(u.session, child_input(given_name=f"Kid{i}"), TODAY)
        failures = 0
        for limit in (150, 400, 900, 2_000, 5_000, 12_000, 30_000):
            proxy = CuttingProxy(port, limit)
            try:
                laptop.sync_via(proxy.url, push_chunk=20, pull_limit=10)
            except SyncError:
                failures += 1
            finally:
                proxy.close()
        assert failures >= 5
        result = laptop.sync()
        assert not result.failed
        assert_equal(laptop, server_db)
    finally:
        laptop.close()
