"""The embedded local demo sync service: ``yjdesk --demo`` signs in to it like a real one.

:class:`DemoService` keeps a central database as a plain SQLite file in
``<data root>/demo/service/`` (the sync service's embedded default, decision 15). On first
use it is seeded with the synthetic service of :mod:`yjdesk.demo.generator` (invented people only)
and every synced row is published in the change feed as revision 1, with its history row,
exactly as if an administrator had entered it; every demo user gets the demo password.
:meth:`DemoService.start` runs the real service (:func:`yjdesk.server.app.create_app`)
under uvicorn on 127.0.0.1, on a free port, in a daemon thread.

Each demo user has their own laptop profile, ``<data root>/demo/<username>/``: the first
sign-in is online (:func:`yjdesk.sync.accounts.online_first_sign_in`) and pulls only the
children the service scopes to that user; later sign-ins unlock the profile and check the
password with the service (:func:`yjdesk.sync.accounts.sign_in`). No Qt here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.orm import Session

from yjdesk.demo import generator as demo
from yjdesk.errors import KnownError
from yjdesk.models import Base, Team, UserAccount
from yjdesk.models.org import Role
from yjdesk.models.server import FeedEntry, RowRevision, ServerCounter
from yjdesk.paths import Paths
from yjdesk.server import admin
from yjdesk.server.app import create_app
from yjdesk.server.feed import FEED, wire_row
from yjdesk.server.scope import PUSH_ONLY, feed_kind
from yjdesk.server.settings import ServiceSettings, make_engine, session_factory
from yjdesk.services import profile
from yjdesk.services.uow import Actor
from yjdesk.store import LocalStore
from yjdesk.store.schema import upgrade
from yjdesk.sync import accounts, state
from yjdesk.sync.engine import SyncEngine, SyncResult
from yjdesk.wire.codec import synced_tables
from yjdesk.wire.protocol import SERVICE_KEEP_ALIVE_SECONDS

log = logging.getLogger(__name__)

DATABASE_NAME = "yjdesk-server.db"
SERVICE_FOLDER = "service"
#: The seed of the synthetic service: the same seed and day give the same people.
SEED = 2026
START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 15.0
#: Rows per executemany while publishing (keeps statements and memory small).
_CHUNK = 5000

Progress = Callable[[str, int, "int | None"], None]


class DemoServiceError(KnownError):
    title = "The demo service could not start"


@dataclass(frozen=True)
class DemoUser:
    """One person a newcomer can sign in as."""

    username: str
    display_name: str
    role: Role
    #: What this user's laptop holds, in plain words.
    holds: str


@dataclass
class DemoSignIn:
    """An open laptop profile of a demo user."""

    store: LocalStore
    actor: Actor
    #: True when this was the profile's first sign-in (its scope was pulled just now).
    first: bool
    #: The initial pull (first sign-in only).
    pulled: SyncResult | None = None


def demo_settings(url: str) -> ServiceSettings:
    """Service settings for the demo: real Argon2id at a low cost, small pools."""
    return ServiceSettings(database_url=url, argon2_time_cost=1, argon2_memory_kib=8 * 1024,
                    argon2_parallelism=1, pool_size=5, max_overflow=10)


# --- seeding ----------------------------------------------------------------------------------


def publish_all(conn: Connection) -> int:
    """Publish every synced row as revision 1: row bookkeeping, history and feed entries.

    Parents come before children (the tables' foreign-key order), as a pull needs. The
    history row (``row_revision`` rev 1) is what a later merge compares against when a
    laptop's edit is based on revision 1 and someone else changed the row since. Returns
    the last feed position.
    """
    synced = synced_tables()
    seq = 0
    for table in Base.metadata.sorted_tables:
        if table.name not in synced:
            continue
        push_only = table.name in PUSH_ONLY
        rows = conn.execute(select(table)).all()
        for start in range(0, len(rows), _CHUNK):
            own: list[dict[str, Any]] = []
            history: list[dict[str, Any]] = []
            entries: list[dict[str, Any]] = []
            for row in rows[start:start + _CHUNK]:
                seq += 1
                m = dict(row._mapping)
                kind = feed_kind(table, m)
                own.append({"_id": m["id"], "_seq": 0 if push_only else seq})
                history.append({
                    "table_name": table.name, "row_id": m["id"], "rev": 1,
                    "fields_json": json.dumps(wire_row(table, row)),
                    "updated_by": m["updated_by"], "updated_at": m["updated_at"],
                    "server_seq": seq, "device_id": None})
                entries.append({"table_name": table.name, "row_id": m["id"],
                                "server_seq": seq, "kind": kind.kind,
                                "child_id": kind.child_id, "team_id": kind.team_id,
                                "audience": kind.audience})
            conn.execute(update(table).where(table.c.id == bindparam("_id"))
                         .values(rev=1, server_seq=bindparam("_seq")), own)
            conn.execute(insert(RowRevision), history)
            conn.execute(insert(FeedEntry), entries)
    conn.execute(update(ServerCounter).where(ServerCounter.name == FEED).values(value=seq))
    return seq


def seed_database(path: Path, scale: str = "demo", *, today: dt.date | None = None,
                  password: str = demo.DEMO_PASSWORD) -> int:
    """Make a central database at ``path`` holding the synthetic service; returns rows."""
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    try:
        upgrade(engine, side="server")
        with engine.begin() as conn:
            demo.generate(conn, scale, seed=SEED, today=today or dt.date.today())
            published = publish_all(conn)
        settings = demo_settings(url)
        with session_factory(engine)() as session, session.begin():
            for username in session.scalars(select(UserAccount.username)
                                            .order_by(UserAccount.username)):
                admin.reset_password(session, settings, username, password)
    finally:
        engine.dispose()
    return published


# --- the service --------------------------------------------------------------------------


class _Server(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # runs in a thread, not the main one
        pass


def _describe(user: UserAccount, team_name: str | None) -> str:
    team = team_name or "their team"
    if user.role == Role.PRACTITIONER:
        return "only the children they case-manage"
    if user.role == Role.TEAM_MANAGER:
        return f"every child of {team}; countersigns assessments"
    if user.role == Role.COURT_OFFICER:
        return "their court work (court list, pre-sentence reports)"
    if user.role == Role.VICTIM_WORKER:
        return f"the victims of {team}'s children; restorative justice"
    if user.role == Role.POLICE_OFFICER:
        return f"{team}'s out-of-court work"
    if user.role == Role.HEALTH_WORKER:
        return "the children referred to them (health screening, referrals)"
    if user.role == Role.ETE_OFFICER:
        return f"every child of {team}: education, training and employment"
    if user.role == Role.PANEL_VOLUNTEER:
        return "the papers of their referral order panels only"
    if user.role == Role.INFORMATION_OFFICER:
        return "performance figures and data quality lists (no victims' details)"
    return "every child in the service"


class DemoService:
    """The demo's central database and the real sync service in front of it.

    ``DemoService(root)`` where ``root`` is the demo folder (``<data root>/demo``);
    :meth:`start` seeds the database on first use and serves it; :meth:`stop` ends it.
    """

    def __init__(self, root: Path, scale: str = "demo", *, today: dt.date | None = None,
                 password: str = demo.DEMO_PASSWORD) -> None:
        self.root = Path(root)
        self.scale = scale
        self.today = today
        self.password = password
        self.folder = self.root / SERVICE_FOLDER
        self.database = self.folder / DATABASE_NAME
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._app: Any = None
        self._url: str | None = None
        self._stopped = False

    # --- database -----------------------------------------------------------------------------

    def prepare(self) -> bool:
        """Seed the database unless it exists; True if it was made now.

        The data is written to a temporary file that is then linked into place, so a
        half-made database is never served and two demos starting at once agree on one.
        """
        if self.database.exists():
            return False
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f"{DATABASE_NAME}.{os.getpid()}.{threading.get_ident()}.tmp"
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"),
                         tmp.with_name(tmp.name + "-shm")):
            leftover.unlink(missing_ok=True)
        started = time.perf_counter()
        try:
            rows = seed_database(tmp, self.scale, today=self.today, password=self.password)
            try:
                os.link(tmp, self.database)
            except FileExistsError:
                return False  # another copy of the demo made it first
        finally:
            for leftover in (tmp, tmp.with_name(tmp.name + "-wal"),
                             tmp.with_name(tmp.name + "-shm")):
                leftover.unlink(missing_ok=True)
        log.info("demo service seeded (%s scale, %d rows) in %.1f s", self.scale, rows,
                 time.perf_counter() - started)
        return True

    @property
    def url(self) -> str:
        """The service's base URL (``http://127.0.0.1:PORT``) while it runs."""
        if self._url is None:
            raise DemoServiceError("The demo service is not running.")
        return self._url

    @property
    def running(self) -> bool:
        return self._url is not None

    # --- serving ------------------------------------------------------------------------------

    def start(self) -> str:
        """Seed on first use, then serve on 127.0.0.1 (a free port); returns the URL."""
        with self._lock:
            if self._url is not None:
                return self._url
            if self._stopped:
                raise DemoServiceError("The demo service was stopped.")
            self.prepare()
            app = create_app(demo_settings(f"sqlite:///{self.database}"))
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                sock.bind(("127.0.0.1", 0))
            except OSError:
                sock.close()
                app.state.engine.dispose()
                raise
            port = sock.getsockname()[1]
            config = uvicorn.Config(app, log_config=None, log_level="warning",
                                    lifespan="off", ws="none", http="h11",
                                    access_log=False, timeout_graceful_shutdown=5,
                                    timeout_keep_alive=SERVICE_KEEP_ALIVE_SECONDS)
            server = _Server(config)
            thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                                      name="yjdesk-demo-service", daemon=True)
            self._server, self._thread, self._socket, self._app = server, thread, sock, app
            thread.start()
            url = f"http://127.0.0.1:{port}"
            try:
                self._wait_healthy(url)
            except BaseException:
                self._shutdown()
                raise
            self._url = url
            log.info("demo service running at %s", url)
            return url

    def _wait_healthy(self, url: str) -> None:
        assert self._server is not None and self._thread is not None
        deadline = time.monotonic() + START_TIMEOUT_S
        # one client for every try (httpx.get makes one a call, loading the certificate
        # bundle: about 50 ms of CPU, beside the service starting up on the same machine)
        with httpx.Client(timeout=2.0) as client:
            while time.monotonic() < deadline:
                if not self._thread.is_alive():
                    break
                if self._server.started:
                    with contextlib.suppress(httpx.HTTPError):
                        if client.get(url + "/health").status_code == 200:
                            return
                time.sleep(0.02)
        raise DemoServiceError("The demo sync service did not start on this computer.")

    def stop(self) -> None:
        """Stop serving (waits for the server thread) and release the database."""
        with self._lock:
            self._stopped = True
            self._shutdown()

    def _shutdown(self) -> None:
        server, thread, sock, app = self._server, self._thread, self._socket, self._app
        self._server = self._thread = self._socket = self._app = None
        self._url = None
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(timeout=STOP_TIMEOUT_S)
            if thread.is_alive():
                log.warning("the demo service did not stop within %.0f s", STOP_TIMEOUT_S)
        if sock is not None:
            sock.close()
        if app is not None:
            app.state.engine.dispose()
        if server is not None:
            log.info("demo service stopped")

    def __enter__(self) -> DemoService:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- people and laptops -------------------------------------------------------------------

    def users(self) -> list[DemoUser]:
        """The people offered at sign-in: the demo practitioner, their team manager, the
        team's court officer and the service manager (read from the seeded database)."""
        self.prepare()
        engine = make_engine(f"sqlite:///{self.database}")
        try:
            with Session(engine) as session:
                sam = session.scalar(select(UserAccount).where(
                    UserAccount.username == demo.DEMO_USERNAME))
                team_id = sam.team_id if sam is not None else None
                team = session.get(Team, team_id) if team_id else None
                wanted: list[UserAccount | None] = [sam]
                for role in (Role.TEAM_MANAGER, Role.COURT_OFFICER):
                    wanted.append(session.scalar(
                        select(UserAccount).where(UserAccount.role == role,
                                                  UserAccount.team_id == team_id)
                        .order_by(UserAccount.username).limit(1)))
                wanted.append(session.scalar(
                    select(UserAccount).where(UserAccount.role == Role.SERVICE_MANAGER)
                    .order_by(UserAccount.username).limit(1)))
                return [DemoUser(u.username, u.display_name, u.role,
                                 _describe(u, team.name if team else None))
                        for u in wanted if u is not None]
        finally:
            engine.dispose()

    def laptop(self, username: str) -> Paths:
        """The laptop profile folder of one demo user."""
        if not username or username == SERVICE_FOLDER or not username.replace(
                ".", "").replace("-", "").replace("_", "").isalnum():
            raise DemoServiceError(f"{username!r} is not a demo user name.")
        return Paths(self.root / username)

    def has_laptop(self, username: str) -> bool:
        return LocalStore.exists(self.laptop(username))

    def sign_in(self, username: str, password: str, *,
                progress: Progress | None = None) -> DemoSignIn:
        """Sign ``username`` in on their own demo laptop (runs off the UI thread).

        First time: online sign-in, then the first pull of the user's scope. Later: the
        offline check plus the service's (the background sync keeps it in step).
        """
        url = self.url
        paths = self.laptop(username)
        first = not LocalStore.exists(paths)
        if first:
            paths.ensure()
            store = accounts.online_first_sign_in(url, username, password, paths)
        else:
            _repoint_account(paths, url)
            store = accounts.sign_in(paths, password).store
        try:
            _repoint_store(store, url)
            pulled = None
            if first:
                with accounts.client_for(store, password) as client:
                    pulled = SyncEngine(store.session_factory, client,
                                        progress=progress).run()
            with store.session() as session:
                actor = profile.owner_actor(session)
        except BaseException:
            store.close()
            raise
        return DemoSignIn(store, actor, first, pulled)


def _repoint_account(paths: Paths, url: str) -> None:
    """The demo service gets a new port each run: point the laptop's account file at it."""
    account = state.read_account(paths)
    if account is not None and account.server_url != url:
        state.write_account(paths, state.Account(url, account.username, account.device_id))


def _repoint_store(store: LocalStore, url: str) -> None:
    with store.session() as session, session.begin():
        if profile.get_meta(session, state.SERVER_URL) != url:
            profile.set_meta(session, state.SERVER_URL, url)


__all__ = ["DemoService", "DemoServiceError", "DemoSignIn", "DemoUser", "demo_settings",
           "publish_all", "seed_database"]
