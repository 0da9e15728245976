"""The SQLCipher-encrypted SQLite engine.

One driver only (``sqlcipher3``). Every connection: the raw data key first, then
``foreign_keys=ON``, WAL, ``synchronous=FULL`` and a busy timeout. Every transaction starts
with ``BEGIN IMMEDIATE`` so a read-then-write transaction never fails with SQLITE_BUSY at
once. sqlite error codes are translated into the error taxonomy in :func:`translate`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from yjdesk.errors import (
    DiskFull,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreReadOnly,
    StoreUnencrypted,
    YjdeskError,
)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
#: Page cache per connection, KiB (SQLite's default is 2,000 KiB).
CACHE_KIB = 32768
#: Execution option naming a transaction's durability (see :func:`make_engine`).
SYNCHRONOUS = "synchronous"
#: Execution option: the page cache (KiB) a transaction wants, when not :data:`CACHE_KIB`
#: (a first pull writes into every index of a growing file: see ``yjdesk.sync.engine``).
CACHE = "cache_kib"
#: Execution option: False for a transaction whose rows may name rows not here yet (only a
#: first pull's pages, whose references are checked once at the pull's end:
#: :mod:`yjdesk.store.references`); every other transaction checks foreign keys.
FOREIGN_KEYS = "foreign_keys"


def _register_plain_adapters() -> None:
    """Bind ``None``, booleans and ``bytes`` without the driver's failed adapter look-up.

    The driver binds exact ``int``, ``float``, ``str`` and ``bytearray`` directly; any other
    value goes through its adapter registry, and a value with no adapter there costs a
    failed ``__conform__`` attribute look-up (an exception made and cleared) before it is
    bound as it is: about 2 us a value, most of them NULLs. A pulled page binds hundreds of
    thousands of NULLs (10 % of a first pull's CPU on the laptop). These adapters give back
    the same value (C-level callables, no Python frame), so what is stored is unchanged:
    NULL, 0/1 and the blob. Process-wide (the registry is the driver module's), harmless to
    any other connection for the same reason.
    """
    sqlcipher.register_adapter(type(None), {None: None}.get)
    sqlcipher.register_adapter(bool, int)
    sqlcipher.register_adapter(bytes, bytes)


_register_plain_adapters()


def is_plain_sqlite(path: Path) -> bool:
    """True if the file starts with the plain SQLite header (i.e. it is not encrypted)."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def raw_connect(path: Path, key: bytes) -> sqlcipher.Connection:
    """Open one DB-API connection with the data key and the store's pragmas."""
    timeout_ms = BUSY_TIMEOUT_MS
    conn = sqlcipher.connect(str(path), timeout=timeout_ms / 1000,
                             check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # The first read proves the key (and the file) are good.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {timeout_ms}")
        # Pages stay decrypted in memory between queries: the caseload's due items read the
        # same tables several times, and SQLCipher decrypts every page it has to read again
        # (the default cache holds 2 MiB).
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA temp_store = MEMORY")
    except sqlcipher.Error as exc:
        conn.close()
        raise translate(exc, path) from exc
    return conn


def make_engine(path: Path, key: bytes, *, pool_size: int = 4) -> Engine:
    """An engine over the encrypted file at ``path``."""
    if is_plain_sqlite(path):
        raise StoreUnencrypted(
            f"{path.name} is an unencrypted SQLite file; yjdesk refuses to use it.")

    engine = create_engine(
        "sqlite://",
        creator=lambda: raw_connect(path, key),
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=2,
        pool_pre_ping=False,
        # the connection used last is taken next: one thread's transactions in a row (a
        # sync's pages) keep one connection and its page cache
        pool_use_lifo=True,
    )

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        # Durability per transaction: FULL (fsync at every commit) unless the caller asked
        # for NORMAL (``execution_options(synchronous="NORMAL")``: WAL still keeps every
        # transaction whole, but the last ones may be lost on a power cut). Only work that
        # can simply be redone -- a pulled page with its cursor -- asks for NORMAL.
        options = conn.get_execution_options()
        level = "NORMAL" if options.get(SYNCHRONOUS) == "NORMAL" else "FULL"
        info = conn.connection.info  # lives as long as the DB-API connection
        if info.get(SYNCHRONOUS, "FULL") != level:
            conn.exec_driver_sql(f"PRAGMA synchronous = {level}")
            info[SYNCHRONOUS] = level
        # The page cache: larger for the transactions that ask (a first pull's pages), back
        # to the usual size (memory given back) for the next that does not.
        cache = int(options.get(CACHE, CACHE_KIB))
        if info.get(CACHE, CACHE_KIB) != cache:
            conn.exec_driver_sql(f"PRAGMA cache_size = -{cache}")
            info[CACHE] = cache
        # Foreign keys: checked, unless the transaction asked otherwise (a first pull's
        # pages); set before BEGIN (the pragma does nothing inside a transaction) and back on
        # for the next transaction that does not ask.
        checked = options.get(FOREIGN_KEYS, True) is not False
        if info.get(FOREIGN_KEYS, True) != checked:
            conn.exec_driver_sql(f"PRAGMA foreign_keys = {'ON' if checked else 'OFF'}")
            info[FOREIGN_KEYS] = checked
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _sqlite_code(exc: BaseException) -> int | None:
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return int(code) if code is not None else None


def translate(exc: BaseException, path: Path | None = None) -> YjdeskError:
    """Map a sqlite/SQLCipher error to a :class:`~yjdesk.errors.KnownError`."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    code = _sqlite_code(exc)
    primary = code & 0xFF if code is not None else None
    where = f" ({path})" if path else ""
    if primary == 13 or "database or disk is full" in text or "disk is full" in text:
        return DiskFull("The disk is full: free some space and try again. "
                        "Nothing was saved from the last action.")
    if primary in (5, 6) or "database is locked" in text:
        return StoreLocked("The local database is in use by another yjdesk window or program. "
                           "Close it and try again.")
    if primary == 8 or "readonly" in text or "read-only" in text:
        return StoreReadOnly(f"The local database cannot be written to{where}.")
    if primary in (11, 26) or "not a database" in text or "malformed" in text:
        return StoreCorrupt(
            f"The local database is damaged or incomplete{where}. A backup copy may be "
            "restored from the backups folder; ask your IT team.")
    if primary == 10 or "disk i/o error" in text:
        return StoreError(f"The disk could not be read or written{where}.")
    if primary == 14 or "unable to open" in text:
        return StoreError(f"The local database file cannot be opened{where}.")
    return StoreError(f"Database error: {orig}")


@contextmanager
def translated_errors(path: Path | None = None) -> Iterator[None]:
    """Re-raise sqlite errors as taxonomy errors (KnownError subclasses pass through)."""
    try:
        yield
    except DBAPIError as exc:
        raise translate(exc, path) from exc
    except sqlcipher.Error as exc:
        raise translate(exc, path) from exc
