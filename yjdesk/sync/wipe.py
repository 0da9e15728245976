"""Wiping a laptop the service has revoked (stolen, lost, or handed back).

The service answers ``device_revoked``; the laptop then removes its profile. Anything not
yet on the server (queued changes, unsettled conflicts, unacknowledged batches) is first
kept as an *encrypted* copy of the store with its wrapped key, in a folder for an
administrator (who can open it with the user's password); nothing unsynced is destroyed.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yjdesk.models.sync_local import SyncBatch, SyncConflict, SyncPending
from yjdesk.services.profile import device_id
from yjdesk.store import LocalStore


@dataclass(frozen=True)
class WipeResult:
    unsynced: int
    #: Folder holding the encrypted copy for an administrator (None: nothing unsynced).
    exported_to: Path | None


def unsynced(session: Session) -> int:
    """Changes on this laptop that the service does not have."""
    total = 0
    for stmt in (select(func.count()).select_from(SyncPending),
                 select(func.count()).select_from(SyncConflict)
                 .where(SyncConflict.resolved_at.is_(None)),
                 select(func.count()).select_from(SyncBatch)):
        total += int(session.scalar(stmt) or 0)
    return total


def wipe_revoked_store(store: LocalStore) -> WipeResult:
    """Export what is unsynced (encrypted), then delete the profile's data. Closes ``store``."""
    from yjdesk.sync.accounts import forget_refresh_token

    paths = store.paths
    with store.session() as session, session.begin():
        count = unsynced(session)
        dev = device_id(session)
    export: Path | None = None
    if count:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        export = paths.root.parent / f"{paths.root.name}-revoked-export-{stamp}"
        export.mkdir(parents=True)
        copy = store.backup("revoked-export")
        shutil.move(str(copy), export / "yjdesk.db")
        shutil.copy2(paths.keyfile, export / paths.keyfile.name)
        (export / "README.txt").write_text(
            "This laptop was revoked by the sync service while it held changes the service "
            f"did not have ({count}). This folder is an encrypted copy of its yjdesk store; "
            "it opens with the user's yjdesk password. Give it to an administrator.\n",
            encoding="utf-8")
    store.close()
    for f in (paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm"),
              paths.keyfile, paths.root / "account.json"):
        f.unlink(missing_ok=True)
    shutil.rmtree(paths.backups, ignore_errors=True)
    forget_refresh_token(dev)
    return WipeResult(count, export)
