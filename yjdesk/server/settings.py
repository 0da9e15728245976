"""Settings of one sync-service instance, and its database engine."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import platformdirs
import sqlcipher3.dbapi2 as sqlite_driver
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.engine.default import DefaultDialect
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from yjdesk.server import row_writes
from yjdesk.wire.protocol import PROTOCOL_MIN, PROTOCOL_VERSION

ENV_DATABASE_URL = "YJDESK_DATABASE_URL"
ENV_READ_DATABASE_URL = "YJDESK_READ_DATABASE_URL"
ENV_SERVER_HOME = "YJDESK_SERVER_HOME"
SQLITE_BUSY_MS = 30_000


def default_data_dir() -> Path:
    env = os.environ.get(ENV_SERVER_HOME)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("yjdesk-server", "yjdesk"))


def resolve_database_url(url: str | None, data_dir: Path | None) -> str:
    """The URL given, else ``$YJDESK_DATABASE_URL``, else a SQLite file in the data dir."""
    url = url or os.environ.get(ENV_DATABASE_URL)
    if url:
        return url
    folder = data_dir or default_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'yjdesk-server.db'}"


@dataclass
class Hooks:
    """Test seams called inside a push transaction (no-ops in production)."""

    #: Called with the batch id after the batch's feed positions are taken, before commit.
    after_seq_assigned: Callable[[str], None] | None = None
    #: Makes the feed-position allocator for a push (default: the locked counter row). The
    #: ordering test swaps in a deliberately naive one to show that the test catches it.
    allocator: Callable[[Session], Any] | None = None


@dataclass
class ServiceSettings:
    database_url: str
    #: A PostgreSQL streaming replica that serves pulls (``YJDESK_READ_DATABASE_URL``);
    #: None: the primary serves everything.
    read_database_url: str | None = None
    access_token_seconds: int = 15 * 60
    refresh_token_days: int = 30
    #: Argon2id cost (argon2-cffi defaults in production; tests lower them).
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    argon2_parallelism: int = 4
    max_body_bytes: int | None = None
    #: Wrong passwords in a row before sign-in is locked, and for how long.
    max_failed_logins: int = 5
    lockout_minutes: int = 15
    #: Failed sign-ins from one client address within the window before every sign-in
    #: from it is refused (429) until the window passes (``yjdesk.server.throttle``).
    address_max_failures: int = 50
    address_window_minutes: int = 15
    #: Laptop policy sent with every token (ARCHITECTURE.md section 2).
    remember_me_allowed: bool = False
    #: Days a laptop may work without reaching the service before it must sign in online
    #: again to open its records (``yjdesk.sync.lease``).
    offline_grace_days: int = 14
    hooks: Hooks = field(default_factory=Hooks)
    #: Password sign-ins (Argon2) working at once per process (None: one per CPU), how long
    #: one may wait for its turn, and how many may wait, before the answer is 503 busy.
    login_slots: int | None = None
    login_wait_seconds: float = 10.0
    login_queue: int = 200
    #: Engine options (pool sizes).
    pool_size: int = 10
    max_overflow: int = 20
    #: Requests worked on at once per process (threads of the pool the routes run in;
    #: None: anyio's default, 40). Every thread competes for the one interpreter lock, and
    #: a push holding the feed counter waits for it like the rest: with 50 laptops, 8
    #: threads gave a lower p95 than 40 or 4 (docs/sync-performance.md; ``YJDESK_THREADS``).
    threads: int | None = 8
    #: Pull pages of more than ``MAX_PULL_LIMIT_V2`` rows (up to ``MAX_PULL_LIMIT``) built
    #: at once per process; a pull asking for one while as many are being built gets a page
    #: of up to ``MAX_PULL_LIMIT_V2`` rows (and asks again). A 20,000-row page takes about
    #: 110 MiB of the process's memory while it is built, a 5,000-row one about 28 MiB
    #: (docs/sync-performance.md). 0: never more than ``MAX_PULL_LIMIT_V2`` rows
    #: (``YJDESK_LARGE_PULL_PAGES``).
    large_pull_pages: int = 2
    #: The protocol window this service accepts: clients below ``protocol_min`` are told
    #: to update (426). Raise ``protocol_min`` (``YJDESK_PROTOCOL_MIN``, see
    #: ``yjdesk.server.asgi``) to make old laptops update; it never exceeds the version.
    protocol_version: int = PROTOCOL_VERSION
    protocol_min: int = PROTOCOL_MIN


def _sqlite_engine(url: str) -> Engine:
    """Plain (unencrypted) SQLite through the one SQLite driver the package uses."""
    path = make_url(url).database or ":memory:"

    def connect() -> Any:
        conn = sqlite_driver.connect(path, timeout=SQLITE_BUSY_MS / 1000,
                                     check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_MS}")
        return conn

    engine = create_engine("sqlite://", creator=connect, module=sqlite_driver,
                           poolclass=QueuePool, pool_size=5, max_overflow=10)

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        # Writers are serial on SQLite; taking the write lock up front keeps a
        # read-then-write transaction from failing with SQLITE_BUSY.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def make_engine(url: str, *, pool_size: int = 10, max_overflow: int = 20) -> Engine:
    engine = _make_engine(url, pool_size=pool_size, max_overflow=max_overflow)
    # a push's held row writes are sent before any statement reads them (RowWriter)
    row_writes.listen_on(engine)
    return engine


def _make_engine(url: str, *, pool_size: int, max_overflow: int) -> Engine:
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url)
    if backend == "postgresql":
        parsed = make_url(url)
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        if parsed.drivername == "postgresql+psycopg" and find_spec("psycopg") is None:
            raise ValueError("PostgreSQL needs the driver of the 'server' extra: "
                             "pip install 'yjdesk[server]'")
        psycopg = parsed.drivername == "postgresql+psycopg"
        # another driver: SQLAlchemy's ping before every checkout
        engine = create_engine(parsed, pool_size=pool_size, max_overflow=max_overflow,
                               pool_pre_ping=not psycopg)
        if psycopg:
            _begin_at_checkout(engine)
        return engine
    raise ValueError(f"unsupported database {backend!r}: use sqlite:/// or postgresql://")


def _begin_at_checkout(engine: Engine) -> None:
    """Start each checked-out connection's transaction at once (``BEGIN``), which also
    proves the connection alive -- instead of ``pool_pre_ping``, which sent an empty
    statement before every checkout and then psycopg's own ``BEGIN`` before the first
    statement: two round trips where one does (about 0.2 ms of the service's CPU a
    request, docs/sync-performance.md). A connection the database closed (a restart, a
    terminated backend) fails its ``BEGIN``; the pool then drops every connection made
    before now and checks out a new one, exactly as after a failed ping, so the request
    itself does not fail. psycopg sees the transaction open and sends no ``BEGIN`` of its
    own; the commit or rollback that ends a request ends it as before."""
    from psycopg import Error as DriverError
    from psycopg import pq

    idle, open_, ok = (pq.TransactionStatus.IDLE, pq.TransactionStatus.INTRANS,
                       pq.ExecStatus.COMMAND_OK)

    @event.listens_for(engine, "checkout")
    def begin(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        if dbapi_connection.autocommit:
            return
        pgconn = dbapi_connection.pgconn
        if pgconn.transaction_status != idle:
            raise DisconnectionError("a pooled connection was not idle")
        try:
            # libpq's own call (it releases the interpreter lock while it waits)
            result = pgconn.exec_(b"BEGIN")
        except DriverError as exc:
            raise DisconnectionError(f"BEGIN failed: {exc}") from exc
        if result.status != ok:
            raise DisconnectionError("BEGIN failed: " + (result.error_message or b"").decode(
                "utf-8", "replace").strip())

    dialect = engine.dialect
    assert isinstance(dialect, DefaultDialect)
    transactional = {name for name, trait in dialect.connection_characteristics.items()
                     if trait.transactional}

    @event.listens_for(engine, "set_connection_execution_options")
    def characteristics(conn: Connection, opts: dict[str, Any]) -> None:
        # psycopg refuses to change autocommit, isolation or read-only inside a
        # transaction: end the one the checkout opened, if nothing has run in it yet
        if transactional.intersection(opts) and not conn.in_transaction():
            dbapi = conn.connection.dbapi_connection
            if dbapi is not None and dbapi.pgconn.transaction_status == open_:
                dbapi.rollback()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
