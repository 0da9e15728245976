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
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY, child_input
from tests.integration.serverkit import PASSWORD, ServerDb
from tests.support.served import wait_until_answers
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
        proc = self.proc
        try:
            wait_until_answers(self.url + "/health", running=lambda: proc.poll() is None)
        except AssertionError:
            self.kill()  # not left running (holding its port and database) after the test
            raise

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


class ClosingProxy:
    """An HTTP/1.1 proxy (loopback) that keeps connections alive, forwards the first request
    of each connection to the service and closes the connection on the next one without
    forwarding it or answering: the moment a kept-alive connection is closed by the other end
    just as the laptop reuses it ("server disconnected without sending a response")."""

    def __init__(self, target: str) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.forwarded: list[str] = []
        self.dropped: list[str] = []
        proxy = self
        upstream = httpx.Client(base_url=target, timeout=30)
        self._upstream = upstream

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            served = 0

            def log_message(self, *args: object) -> None:
                pass

            def _relay(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.served += 1
                if self.served > 1:
                    proxy.dropped.append(self.path)
                    self.close_connection = True
                    return
                proxy.forwarded.append(self.path)
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in ("host", "connection", "content-length")}
                answer = upstream.request(self.command, self.path, content=body,
                                          headers=headers)
                self.send_response(answer.status_code)
                for k, v in answer.headers.items():
                    if k.lower() not in ("content-length", "connection", "date", "server",
                                         "transfer-encoding", "content-encoding"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = _relay

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._upstream.close()


def test_a_kept_alive_connection_closed_under_a_push_or_pull_is_sent_again(
        live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    """Every push and pull after a connection's first request meets a closed connection; the
    laptop sends each again once on a new connection and the sync completes (before, the
    first one failed the sync as "working offline"). Each batch is applied once."""
    team = server_db.add_team()
    pat = server_db.add_user("pat", team_id=team)
    for i in range(25):
        server_db.add_child(team, pat, given_name=f"Server{i}")
    laptop = Laptop(live_server, "pat", tmp_path / "laptop")
    before = _batches(server_db)
    proxy = ClosingProxy(live_server)
    try:
        with laptop.uow() as u:
            for i in range(30):
                create_child(u.session, child_input(given_name=f"Kid{i}"), TODAY)
        result = laptop.sync_via(proxy.url, push_chunk=10, pull_limit=10)
        assert not result.failed
        pushes = [p for p in proxy.forwarded if p.endswith("/sync/push")]
        assert len(pushes) >= 3
        assert any(p.endswith("/sync/push") for p in proxy.dropped)
        assert any(p.endswith("/sync/pull") for p in proxy.dropped)
        assert _batches(server_db) - before == len(pushes)
        assert_equal(laptop, server_db)
    finally:
        proxy.close()
        laptop.close()


def test_a_refresh_is_not_sent_again_on_a_closed_connection(
        live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    """A token refresh spends its refresh token: one that met a closed connection is not
    resent (the laptop is told it is offline and signs in again at its next sync)."""
    from yjdesk.errors import Offline
    from yjdesk.sync.client import SyncClient

    team = server_db.add_team()
    server_db.add_user("pat", team_id=team)
    proxy = ClosingProxy(live_server)
    try:
        with SyncClient(proxy.url, str(uuid.uuid4())) as client:
            client.login("pat", PASSWORD)
            with pytest.raises(Offline):
                client.refresh()
        assert [p.rsplit("/", 1)[1] for p in proxy.forwarded] == ["login"]
        assert [p.rsplit("/", 1)[1] for p in proxy.dropped] == ["refresh"]
    finally:
        proxy.close()
