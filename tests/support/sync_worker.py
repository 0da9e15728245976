"""Laptop syncs in their own processes, for the crash-safety test.

    python -m tests.support.sync_worker

A small fork server: it imports yjdesk (and loads the TLS certificates an HTTP client
carries, and configures the ORM's mappers) once, then for every request line on stdin --
``{"profile": DIR, "pull_delay": SECONDS, "pull_limit": ROWS}`` as JSON -- forks a child
process that unlocks that profile's store (password in $YJDESK_PASSWORD), signs in and runs
one sync. It prints ``pid N`` when the child starts and ``exit STATUS SECONDS`` when it ends
(STATUS -9 when the test SIGKILLed it). Forking keeps interpreter start-up out of the
timing, so many kills fit in a short test; each child is a real, separate process. One
server serves every profile of a test (the pushing laptop, then the fresh one pulling).
"""

from __future__ import annotations

import json
import os
import ssl
import sys
import time
from pathlib import Path

import httpx
from sqlalchemy.orm import configure_mappers

from yjdesk.laptop import LaptopStore
from yjdesk.paths import Paths
from yjdesk.store.schema import head_revision, known_revisions
from yjdesk.sync.accounts import client_for
from yjdesk.sync.engine import SyncEngine

#: The phase of the running sync, written by the child for the test (``PHASE_FILE``).
PHASE_FILE = ".sync-phase"


class Transport(httpx.HTTPTransport):
    """httpx's own transport, with the server's TLS context (loading the certificate
    bundle costs more than a whole sign-in) and, for pull trials, the service answering
    pulls slowly (``delay`` seconds a page) so that pulls last long enough for kills to
    land in them."""

    def __init__(self, verify: ssl.SSLContext, delay: float) -> None:
        super().__init__(verify=verify)
        self.delay = delay

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if self.delay and request.url.path.endswith("/sync/pull"):
            time.sleep(self.delay)
        return response


def _child(profile: Path, tls: ssl.SSLContext, pull_delay: float, pull_limit: int) -> int:
    phase_fd = os.open(profile / PHASE_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)

    def mark(phase: str) -> None:
        os.pwrite(phase_fd, phase.ljust(8).encode(), 0)

    def progress(phase: str, _done: int, _total: int | None) -> None:
        mark(phase)

    mark("start")
    password = os.environ["YJDESK_PASSWORD"]
    store = LaptopStore.open(Paths(profile), password)
    transport = Transport(tls, pull_delay)
    with client_for(store, password, transport=transport) as client:
        SyncEngine(store.session_factory, client, push_chunk=100, pull_limit=pull_limit,
                   progress=progress).run()
    store.close()
    return 0


def phase_of(profile: Path) -> str:
    """Where the last sync of ``profile`` was: start-up (``start``, ``check``), ``push``,
    ``pull`` or ``done``."""
    try:
        return (profile / PHASE_FILE).read_text().strip() or "start"
    except FileNotFoundError:
        return "start"


def _warm() -> None:
    """Do once here what every child would otherwise do again before its first request:
    SQLAlchemy's mapper configuration (about a quarter of a killed child's CPU) and the
    imports the app leaves until first use (the HTTP transport's, the keyring's)."""
    import httpcore  # noqa: F401  (httpx imports it when a transport is made)

    from yjdesk import secrets  # noqa: F401  (keyring: the sign-in's refresh token)
    from yjdesk.sync import client  # noqa: F401

    configure_mappers()


def main() -> int:
    head_revision(), known_revisions()  # parsed once here, not in every child
    tls = httpx.create_ssl_context()  # as httpx.Client makes it, once here
    _warm()
    for line in sys.stdin:
        if not line.strip():
            break
        request = json.loads(line)
        profile = Path(request["profile"])
        pull_delay = float(request.get("pull_delay", 0))
        pull_limit = int(request.get("pull_limit", 200))
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:  # the child: one sync, then leave without running parent cleanup
            code = 1
            try:
                code = _child(profile, tls, pull_delay, pull_limit)
            except BaseException as exc:  # reported to the test through the exit status
                sys.stderr.write(f"sync failed: {exc!r}\n")
            finally:
                sys.stderr.flush()
                os._exit(code)
        sys.stdout.write(f"pid {pid}\n")
        sys.stdout.flush()
        _pid, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        sys.stdout.write(f"exit {code} {time.monotonic() - start:.3f}\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
