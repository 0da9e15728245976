"""Timestamped copies of the encrypted store (before upgrades, on request)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from sqlalchemy import Engine

KEEP = 10


def backup_store(engine: Engine, database: Path, backups: Path, reason: str) -> Path:
    """Copy the (still encrypted) database to ``backups`` and return the copy's path.

    The WAL is checkpointed first so the single file is complete. Old backups beyond
    :data:`KEEP` are removed, oldest first.
    """
    backups.mkdir(parents=True, exist_ok=True)
    with engine.connect() as conn:
        # Outside any transaction (a checkpoint inside BEGIN IMMEDIATE is refused).
        conn.connection.dbapi_connection.execute(  # type: ignore[union-attr]
            "PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups / f"yjdesk-{stamp}-{reason}.db"
    shutil.copy2(database, target)
    old = sorted(backups.glob("yjdesk-*.db"))
    for stale in old[:-KEEP]:
        stale.unlink(missing_ok=True)
    return target
