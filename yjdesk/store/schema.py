"""Schema versions: refuse too-new, back up, then upgrade in one transaction.

After Anki's ``storage/upgrades`` and Vorta's ``backup_current_db``. The revisions are
Alembic's (``yjdesk/store/migrations/versions``); :data:`SCHEMA_MIN` is the oldest revision
this code can still upgrade from.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from yjdesk.errors import BugError, StoreTooNew, StoreTooOld
from yjdesk.store import references

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The oldest schema revision an upgrade is written for.
SCHEMA_MIN = "0001"


def alembic_config(side: str = "client") -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["side"] = side
    return cfg


@functools.cache
def script_directory() -> ScriptDirectory:
    """The revisions shipped with this code, as Alembic reads them (imports every one)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


_REVISION = re.compile(r"""^revision\s*=\s*["']([^"']+)["']\s*$""", re.M)
_DOWN = re.compile(r"""^down_revision\s*=\s*(?:None|["']([^"']+)["'])\s*$""", re.M)


@functools.cache
def _chain() -> tuple[str, ...]:
    """The revisions oldest first, read from the files' ``revision`` and ``down_revision``
    lines (a store opened at the head needs no more: Alembic, its import and its parse of
    every migration cost about half a second of a cold start). Alembic's own reading when
    the files are not one plain chain."""
    down: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        rev, parent = _REVISION.search(source), _DOWN.search(source)
        if rev is None and parent is None:
            continue  # not a revision (the package's __init__)
        if rev is None or parent is None:
            return _alembic_chain()
        down[rev.group(1)] = parent.group(1)
    after = {parent: rev for rev, parent in down.items()}
    if len(after) != len(down):  # a branch or merge
        return _alembic_chain()
    chain: list[str] = []
    current = after.get(None)
    while current is not None:
        chain.append(current)
        current = after.get(current)
    if len(chain) != len(down):
        return _alembic_chain()
    return tuple(chain)


def _alembic_chain() -> tuple[str, ...]:
    return tuple(r.revision for r in reversed(list(script_directory().walk_revisions())))


@functools.cache
def head_revision() -> str:
    chain = _chain()
    if not chain:  # pragma: no cover - the package always ships revisions
        raise BugError("no schema revisions found")
    return chain[-1]


def known_revisions() -> list[str]:
    """Oldest first."""
    return list(_chain())


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def _raw_pragma(conn: Connection, pragma: str) -> None:
    """Run a pragma on the DB-API connection, outside any transaction (where it works)."""
    if conn.in_transaction():
        conn.commit()
    conn.connection.dbapi_connection.execute(pragma)  # type: ignore[union-attr]


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None


def check_version(rev: str | None) -> None:
    """Raise if a store at ``rev`` cannot be used or upgraded by this code."""
    if rev is None:
        return
    known = known_revisions()
    if rev not in known:
        raise StoreTooNew(
            f"This database was made by a newer version of yjdesk (schema {rev}); this copy "
            f"understands schema {known[-1]} at most. Please update yjdesk.")
    if known.index(rev) < known.index(SCHEMA_MIN):
        raise StoreTooOld(f"This database (schema {rev}) is too old to upgrade.")


def upgrade(engine: Engine, *, side: str = "client",
            backup: Path | None = None) -> UpgradeResult:
    """Bring the store to the head revision.

    ``backup`` is called for (an existing store that needs upgrading) before anything is
    changed; the upgrade runs in one transaction with foreign keys checked at the end, so
    it either completes or leaves the store exactly as it was.
    """
    with engine.connect() as conn:
        before = current_revision(conn)
    check_version(before)
    head = head_revision()
    if before == head:
        return UpgradeResult(before, head, None)

    with engine.connect() as conn:
        is_sqlite = conn.dialect.name == "sqlite"
        if is_sqlite:
            # Batch-mode table rebuilds must not fire ON DELETE actions. PRAGMA foreign_keys
            # cannot change inside a transaction, so switch it before BEGIN and check after.
            _raw_pragma(conn, "PRAGMA foreign_keys = OFF")
        from alembic import command

        try:
            with conn.begin():
                # a first pull killed half-way holds rows whose parent has not come yet,
                # checked at that pull's end (yjdesk.store.references): the upgrade must not
                # add to them
                before_refs = (references.violations(conn)
                               if is_sqlite and references.deferred(conn) else Counter[str]())
                cfg = alembic_config(side)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if is_sqlite:
                    bad = references.violations(conn) - before_refs
                    if bad:
                        raise BugError(f"schema upgrade broke foreign keys: {dict(bad)}")
        finally:
            if is_sqlite:
                _raw_pragma(conn, "PRAGMA foreign_keys = ON")
    log.info("schema upgraded from %s to %s", before, head)
    return UpgradeResult(before, head, backup)
