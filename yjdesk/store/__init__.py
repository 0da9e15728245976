"""The encrypted local store: one profile folder holding the database and its key file."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, configure_mappers, sessionmaker

from yjdesk.errors import DiskFull, StoreError, StoreNotFound, StoreUnencrypted
from yjdesk.paths import Paths
from yjdesk.store import indexes, keys
from yjdesk.store.backup import backup_store
from yjdesk.store.engine import is_plain_sqlite, make_engine, translated_errors
from yjdesk.store.schema import (
    UpgradeResult,
    check_version,
    current_revision,
    head_revision,
    upgrade,
)

log = logging.getLogger(__name__)

#: Installs a session hook (``before_flush``, ``do_orm_execute`` ...) on a session factory.
SessionHook = Callable[[sessionmaker[Session]], None]


@dataclass
class LocalStore:
    """An open, unlocked profile. Close it to drop the key from memory.

    The store layer knows no session hooks: the laptop's are listed (and installed on every
    session) by :class:`yjdesk.laptop.LaptopStore`, the class the rest of the program opens.
    """

    #: Set by the subclass that opens stores; a bare LocalStore refuses to open.
    session_hooks: ClassVar[tuple[SessionHook, ...] | None] = None

    paths: Paths
    engine: Engine
    upgrade_result: UpgradeResult | None = None
    session_factory: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        if self.session_hooks is None:
            self.engine.dispose()
            raise TypeError("a LocalStore has no session hooks: open a yjdesk.laptop.LaptopStore")
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        for install in self.session_hooks:
            install(self.session_factory)

    # --- life cycle ---------------------------------------------------------------------

    @classmethod
    def exists(cls, paths: Paths) -> bool:
        return paths.keyfile.exists() and paths.database.exists()

    @classmethod
    def create(cls, paths: Paths, password: str,
               kdf: keys.KdfParams | None = None, *,
               bind_to_device: bool = False) -> LocalStore:
        """Make a new profile: a fresh data key, wrapped by ``password``, and an empty store.

        ``bind_to_device``: seal the data key by a device key in the OS credential store
        as well (:mod:`yjdesk.store.keys`).
        """
        paths.ensure()
        if paths.keyfile.exists() or paths.database.exists():
            raise StoreError(f"A yjdesk profile already exists in {paths.root}.")
        data_key = keys.new_data_key()
        device = keys.new_device_binding() if bind_to_device else None
        blob = keys.wrap(data_key, password, kdf or keys.DEFAULT_KDF, device)
        engine = make_engine(paths.database, data_key)
        try:
            with translated_errors(paths.database):
                upgrade(engine)
        except BaseException:
            engine.dispose()
            for f in (paths.database, Path(f"{paths.database}-wal"),
                      Path(f"{paths.database}-shm")):
                f.unlink(missing_ok=True)
            raise
        keys.write_keyfile(paths.keyfile, blob)
        log.info("created profile in %s", paths.root)
        return cls(paths, engine)

    @classmethod
    def open(cls, paths: Paths, password: str, *,
             on_upgrade: Callable[[], None] | None = None) -> LocalStore:
        """Unlock an existing profile; upgrade its schema (after a backup) if needed.

        ``on_upgrade`` is called (on this thread) once the store is known to need an upgrade,
        before its backup is taken: the two can take a minute on a large store, and the
        person signing in is told why they wait."""
        if not paths.database.exists():
            raise StoreNotFound(f"No yjdesk database in {paths.root}.")
        if is_plain_sqlite(paths.database):
            raise StoreUnencrypted(
                f"{paths.database.name} is not encrypted; yjdesk refuses to open it.")
        blob = keys.read_keyfile(paths.keyfile)
        # scrypt (0.2-0.4 s) releases the interpreter lock: meanwhile the ORM's mappers are
        # configured, which the first query would otherwise do after it (0.15-0.3 s of a
        # cold start); the key derivation itself is unchanged
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="yjdesk-unlock") as pool:
            unwrapping = pool.submit(keys.unwrap, blob, password)
            configure_mappers()
            data_key = unwrapping.result()
        return cls.open_with_key(paths, data_key, on_upgrade=on_upgrade)

    @classmethod
    def open_with_key(cls, paths: Paths, data_key: bytes, *,
                      on_upgrade: Callable[[], None] | None = None) -> LocalStore:
        engine = make_engine(paths.database, data_key)
        try:
            with translated_errors(paths.database):
                with engine.connect() as conn:
                    before = current_revision(conn)
                    rebuild = before is not None and indexes.has_marker(conn)
                upgrading = before is not None and before != head_revision()
                if upgrading:
                    check_version(before)
                if rebuild:  # a first pull that never finished: its indexes back first
                    _restore_indexes(engine, paths)
                backup = None
                if upgrading:
                    if on_upgrade is not None:
                        on_upgrade()
                    backup = backup_store(engine, paths.database, paths.backups,
                                          f"before-upgrade-from-{before}")
                result = upgrade(engine, backup=backup)
        except BaseException:
            engine.dispose()
            raise
        return cls(paths, engine, result if result.before != result.after else None)

    def change_password(self, old: str, new: str,
                        kdf: keys.KdfParams | None = None) -> None:
        """Re-wrap the data key; the database itself is not touched."""
        blob = keys.read_keyfile(self.paths.keyfile)
        data_key = keys.unwrap(blob, old)
        keys.write_keyfile(self.paths.keyfile, keys.wrap(data_key, new, kdf or keys.DEFAULT_KDF,
                                                         blob.get("device")))

    def verify_password(self, password: str) -> None:
        """Raise :class:`~yjdesk.errors.WrongPassword` unless ``password`` unlocks this store."""
        keys.unwrap(keys.read_keyfile(self.paths.keyfile), password)

    def backup(self, reason: str = "manual") -> Path:
        with translated_errors(self.paths.database):
            return backup_store(self.engine, self.paths.database, self.paths.backups, reason)

    def session(self) -> Session:
        return self.session_factory()

    def close(self) -> None:
        self.engine.dispose()


def _restore_indexes(engine: Engine, paths: Paths) -> None:
    """The indexes a first pull paused (:mod:`yjdesk.store.indexes`), made again. A disk
    too full for them leaves the store as it is, marker and all: it opens (every row is
    there, every unique index too; reads are slower) and the next open or pull tries
    again."""
    try:
        with translated_errors(paths.database), engine.begin() as conn:
            made = indexes.restore(conn)
    except DiskFull as exc:
        log.warning("the indexes a first pull paused could not be made again: %s", exc)
        return
    log.info("made again %d indexes a first pull had paused", made)


__all__ = ["LocalStore", "SessionHook", "StoreError"]
