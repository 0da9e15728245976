"""The encrypted local store: encryption, passwords, damage, locks, full disks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select, text

from tests.conftest import PASSWORD, TODAY, child_input
from yjdesk.errors import (
    DiskFull,
    StoreCorrupt,
    StoreLocked,
    StoreNotFound,
    StoreUnencrypted,
    WrongPassword,
)
from yjdesk.laptop import LaptopStore
from yjdesk.models import Child
from yjdesk.paths import Paths
from yjdesk.services.children import create_child
from yjdesk.store import engine, keys


def test_database_bytes_are_encrypted(store, uow, paths: Paths) -> None:
    with uow() as u:
        create_child(u.session, child_input(given_name="Zephyrine", family_name="Quillfeather"),
                     TODAY)
    store.backup("check")
    store.close()
    raw = paths.database.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Zephyrine" not in raw and b"Quillfeather" not in raw
    for wal in paths.root.glob("*.db-wal"):
        assert b"Zephyrine" not in wal.read_bytes()
    # The plain sqlite3 module (another process, say) cannot read it.
    conn = sqlite3.connect(paths.database)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM child").fetchall()
    conn.close()


def test_reopen_with_password_reads_data(store, uow, paths: Paths) -> None:
    with uow() as u:
        create_child(u.session, child_input(given_name="Amara"), TODAY)
    store.close()
    again = LaptopStore.open(paths, PASSWORD)
    with again.session() as s:
        assert s.scalar(select(Child.given_name)) == "Amara"
    again.close()


def test_wrong_password_fails_cleanly(store, paths: Paths) -> None:
    store.close()
    with pytest.raises(WrongPassword) as info:
        LaptopStore.open(paths, "not the password")
    assert "password is not correct" in str(info.value)
    # and the store is untouched: the right password still works
    LaptopStore.open(paths, PASSWORD).close()


def test_key_without_password_cannot_open_database(store, paths: Paths) -> None:
    store.close()
    with pytest.raises(StoreCorrupt):
        engine.raw_connect(paths.database, keys.new_data_key())


def test_password_change_rewraps_key_not_database(store, paths: Paths) -> None:
    store.close()
    before = paths.database.read_bytes()
    reopened = LaptopStore.open(paths, PASSWORD)
    reopened.change_password(PASSWORD, "a new long password")
    reopened.close()
    assert paths.database.read_bytes() == before
    with pytest.raises(WrongPassword):
        LaptopStore.open(paths, PASSWORD)
    LaptopStore.open(paths, "a new long password").close()


def test_missing_profile(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFound):
        LaptopStore.open(Paths(tmp_path / "nothing"), PASSWORD)


def test_unencrypted_file_is_refused(paths: Paths) -> None:
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE child (id TEXT)")
    conn.commit()
    conn.close()
    keys.write_keyfile(paths.keyfile, keys.wrap(keys.new_data_key(), PASSWORD))
    with pytest.raises(StoreUnencrypted):
        LaptopStore.open(paths, PASSWORD)


def test_truncated_file_is_reported_as_damaged(store, uow, paths: Paths) -> None:
    with uow() as u:
        for i in range(30):
            create_child(u.session, child_input(given_name=f"Kid{i}"), TODAY)
    store.backup("x")
    store.close()
    data = paths.database.read_bytes()
    paths.database.write_bytes(data[: len(data) // 3 + 100])
    for side in paths.root.glob("yjdesk.db-*"):
        side.unlink()
    with pytest.raises(StoreCorrupt) as info:
        LaptopStore.open(paths, PASSWORD)
    assert "damaged" in str(info.value)


def test_corrupt_keyfile(store, paths: Paths) -> None:
    store.close()
    paths.keyfile.write_text("{not json")
    with pytest.raises(StoreCorrupt):
        LaptopStore.open(paths, PASSWORD)


def test_locked_database_gives_clear_error(store, uow, paths: Paths,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    store.close()
    store2 = LaptopStore.open(paths, PASSWORD)
    blocker = engine.raw_connect(paths.database, _data_key(paths))
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with store2.session() as s, pytest.raises(Exception) as info:  # noqa: PT012
            try:
                with s.begin():
                    s.execute(text("SELECT 1"))
            except Exception as exc:
                raise engine.translate(exc) from exc
        assert isinstance(info.value, StoreLocked)
        assert "in use" in str(info.value)
    finally:
        blocker.rollback()
        blocker.close()
        store2.close()


def test_full_disk_saves_nothing_half_way(store, uow, paths: Paths) -> None:
    with uow() as u:
        create_child(u.session, child_input(given_name="Before"), TODAY)

    with pytest.raises(DiskFull) as info, uow() as u:  # noqa: PT012
        pages = u.session.execute(text("PRAGMA page_count")).scalar_one()
        u.session.execute(text(f"PRAGMA max_page_count = {pages + 1}"))
        for i in range(200):
            create_child(u.session, child_input(
                given_name=f"Spill{i}", diversity_needs="x" * 4000), TODAY)
        u.session.flush()
    assert "disk is full" in str(info.value)
    with store.session() as s:
        names = set(s.scalars(select(Child.given_name)))
    assert names == {"Before"}


def _data_key(paths: Paths) -> bytes:
    return keys.unwrap(keys.read_keyfile(paths.keyfile), PASSWORD)


def test_connections_have_durable_pragmas(store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    assert isinstance(sqlcipher.sqlite_version, str)


def test_only_redoable_transactions_commit_without_waiting_for_the_disk(store) -> None:
    from sqlalchemy import text

    from yjdesk.store.engine import SYNCHRONOUS

    def level(redoable: bool) -> int:
        session = store.session_factory()
        with session, session.begin():
            if redoable:
                session.connection(execution_options={SYNCHRONOUS: "NORMAL"})
            return int(session.connection().execute(text("PRAGMA synchronous")).scalar_one())

    full, normal = 2, 1
    assert level(False) == full
    assert level(True) == normal  # a pulled page with its cursor: redone if lost
    assert [level(False) for _ in range(6)] == [full] * 6  # every pooled connection is FULL again


def test_only_a_transaction_that_asks_writes_without_checking_foreign_keys(store) -> None:
    """A first pull's pages ask for foreign keys unchecked (their references are checked at
    the pull's end): that transaction stores a row naming a child not here; the next one on
    the same pooled connection, asking nothing, refuses one."""
    import datetime as dt
    import uuid
    from typing import Any

    from sqlalchemy import func, insert
    from sqlalchemy.exc import IntegrityError

    from yjdesk.models import ChildAddress
    from yjdesk.store.engine import FOREIGN_KEYS

    def orphan() -> Any:
        return insert(ChildAddress).values(
            id=str(uuid.uuid4()), child_id=str(uuid.uuid4()), line1="Nowhere",
            from_date=dt.date(2024, 1, 1), rev=1, server_seq=1, deleted=False)

    with store.session() as s, s.begin():
        conn = s.connection(execution_options={FOREIGN_KEYS: False})
        first = conn.connection.dbapi_connection
        s.execute(orphan())
    with store.session() as s, s.begin():
        assert s.connection().connection.dbapi_connection is first
        with pytest.raises(IntegrityError):
            s.execute(orphan())
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(ChildAddress)) == 1


def test_plain_values_bind_through_the_drivers_adapters_unchanged(store) -> None:
    """NULLs, booleans and blobs are bound through adapters registered for them (not the
    driver's failed look-up, about 2 us a value) and stored exactly as before: NULL, 0/1,
    the same bytes."""
    from yjdesk.store.engine import _register_plain_adapters

    _register_plain_adapters()  # (idempotent; the module registered them on import)
    adapters = sqlcipher.adapters
    for kind in (type(None), bool, bytes):
        assert (kind, sqlcipher.PrepareProtocol) in adapters
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        row = raw.execute("SELECT typeof(?), ?, typeof(?), ?, typeof(?), ?, typeof(?), ?",
                          (None, None, True, False, b"\x00ab", b"\x00ab", 7, "x")).fetchone()
    assert tuple(row) == ("null", None, "integer", 0, "blob", b"\x00ab", "integer", "x")
