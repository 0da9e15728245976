"""Schema versions: upgrade an old store (with a backup), refuse a newer one, and keep the
migrations in step with the models."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from yjdesk.errors import BugError, StoreTooNew
from yjdesk.laptop import LaptopStore
from yjdesk.models import Base, Child, register_every_table
from yjdesk.paths import Paths
from yjdesk.store import LocalStore, keys, references
from yjdesk.store.engine import make_engine
from yjdesk.store.schema import head_revision, known_revisions

OLD = Path(__file__).resolve().parents[1] / "support" / "schema-0001"
OLD_PASSWORD = "old schema password"


@pytest.fixture
def old_store(tmp_path: Path) -> Paths:
    paths = Paths(tmp_path / "old")
    shutil.copytree(OLD, paths.root)
    return paths


def test_the_caller_hears_of_an_upgrade_before_its_backup(old_store: Paths,
                                                         tmp_path: Path) -> None:
    """``on_upgrade`` is called once, before the backup (which with the upgrade can take a
    minute on a large store: the sign-in says why it waits); not for a store already current."""
    heard: list[int] = []

    def on_upgrade() -> None:  # no backup yet when the caller is told
        heard.append(len(list(old_store.backups.glob("*.db"))) if old_store.backups.exists()
                     else 0)
    store = LaptopStore.open(old_store, OLD_PASSWORD, on_upgrade=on_upgrade)
    store.close()
    assert heard == [0]
    assert list(old_store.backups.glob("*.db"))
    LaptopStore.open(old_store, OLD_PASSWORD, on_upgrade=on_upgrade).close()
    assert heard == [0], "a current store is not upgraded"


def test_old_store_is_upgraded_after_a_backup(old_store: Paths) -> None:
    original = (old_store.database).read_bytes()
    store = LaptopStore.open(old_store, OLD_PASSWORD)
    try:
        assert store.upgrade_result is not None
        assert store.upgrade_result.before == "0001"
        assert store.upgrade_result.after == head_revision()
        backup = store.upgrade_result.backup
        assert backup is not None and backup.exists()
        assert backup.parent == old_store.backups
        with store.session() as s:
            assert s.scalar(select(Child.family_name)) == "Keptsafe"
            rev = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert rev == head_revision()
    finally:
        store.close()
    # The backup is the untouched old store: it still opens at 0001 with the old key.
    key = keys.unwrap(keys.read_keyfile(old_store.keyfile), OLD_PASSWORD)
    engine = make_engine(backup, key)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
    engine.dispose()
    assert len(original) > 0


def test_store_newer_than_code_is_refused(old_store: Paths) -> None:
    key = keys.unwrap(keys.read_keyfile(old_store.keyfile), OLD_PASSWORD)
    engine = make_engine(old_store.database, key)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999_from_the_future'"))
    engine.dispose()
    with pytest.raises(StoreTooNew) as info:
        LaptopStore.open(old_store, OLD_PASSWORD)
    assert "newer version of yjdesk" in str(info.value)
    assert "update" in str(info.value).lower()
    # refused without touching it: no backup was taken, data intact
    assert not list(old_store.backups.glob("*.db")) if old_store.backups.exists() else True


def test_failed_upgrade_leaves_store_as_it_was(old_store: Paths,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """An upgrade that fails part-way rolls back as a whole: still at 0001, data intact."""
    from alembic import command

    real_upgrade = command.upgrade

    def upgrade_then_fail(cfg, rev):
        real_upgrade(cfg, rev)
        raise RuntimeError("power cut during upgrade")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError):
        LaptopStore.open(old_store, OLD_PASSWORD)
    monkeypatch.undo()
    key = keys.unwrap(keys.read_keyfile(old_store.keyfile), OLD_PASSWORD)
    engine = make_engine(old_store.database, key)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
        assert conn.execute(text("SELECT count(*) FROM child")).scalar() == 1
    engine.dispose()


def _orphan_in(paths: Paths, *, marked: bool) -> None:
    """A first pull killed half-way: an address naming a child not here (written with
    foreign keys unchecked), and the marker saying its references are still to check."""
    key = keys.unwrap(keys.read_keyfile(paths.keyfile), OLD_PASSWORD)
    engine = make_engine(paths.database, key)
    try:
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
            raw.execute("INSERT INTO child_address (id, child_id, line1, from_date, rev, "
                        "server_seq, deleted, updated_at) VALUES ('a1', 'no-such-child', "
                        "'Nowhere', '2024-01-01', 1, 1, 0, '2026-12-07 17:00:00')")
            if marked:
                raw.execute("INSERT INTO local_meta (key, value) VALUES (?, ?)",
                            (references.MARKER, "2026-12-07T17:00:00+00:00"))
            raw.execute("PRAGMA foreign_keys = ON")
    finally:
        engine.dispose()


def test_an_upgrade_may_not_add_to_a_first_pull_s_unchecked_references(
        old_store: Paths) -> None:
    """A store whose first pull was killed half-way holds rows whose parent has not come
    yet (checked at that pull's end): it upgrades, and the rows are still there; the same
    row without the marker is a broken reference, and the upgrade refuses it."""
    _orphan_in(old_store, marked=True)
    store = LaptopStore.open(old_store, OLD_PASSWORD)
    try:
        assert store.upgrade_result is not None
        with store.engine.connect() as conn:
            assert references.deferred(conn)
            assert references.violations(conn) == {"child_address": 1}
    finally:
        store.close()


def test_an_upgrade_refuses_a_broken_reference_outside_a_first_pull(
        old_store: Paths) -> None:
    _orphan_in(old_store, marked=False)
    with pytest.raises(BugError, match="broke foreign keys"):
        LaptopStore.open(old_store, OLD_PASSWORD)


def test_revisions_form_one_chain() -> None:
    revs = known_revisions()
    assert revs[0] == "0001"
    assert revs[-1] == head_revision()
    assert len(set(revs)) == len(revs)


def test_migrations_match_models(store: LocalStore) -> None:
    """The upgraded schema is exactly what the models describe (laptop side)."""
    register_every_table()  # the performance pack's tables too (not imported at start)

    def include(obj, name, type_, reflected, compare_to):
        if type_ == "table":
            table = compare_to if compare_to is not None else obj
            if name == "alembic_version":
                return False
            return table.info.get("side", "both") in ("both", "client")
        return True

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "include_object": include, "compare_type": True, "render_as_batch": True})
        diffs = compare_metadata(ctx, Base.metadata)
    assert diffs == []


def test_the_revisions_read_from_the_files_are_alembics() -> None:
    """A store at the newest schema opens without Alembic (half a second of a cold start):
    the chain read from the files' revision lines is the one Alembic walks."""
    from yjdesk.store import schema

    assert known_revisions() == list(schema._alembic_chain())
    assert head_revision() == schema.script_directory().get_current_head()
