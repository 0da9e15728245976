"""Wiping a laptop the service has revoked (stolen, lost, or handed back).

The service answers ``device_revoked`` -- to a sync, a token refresh or a sign-in -- and the
laptop removes its profile. What had not reached the service is kept first, and only that:

* the rows changed here and not yet accepted (pending, refused ones included), as the push
  the laptop would have sent; the pushes written down but never acknowledged; and the
  laptop's side of every unsettled conflict;
* sealed (:mod:`yjdesk.wire.sealed`) to the administrator's public key from the machine-wide
  config (``wipe_export_key``) -- not to the user's password, so neither the user nor a
  thief who knows the password can read it; the case database itself is not kept;
* in a folder only the user can read (0700, the file 0600), beside the profile.

An administrator imports it with ``yjdesk-server import-wipe-export FILE --key KEY``, which
puts the rows through the service's normal push rules into the central database.
Without a configured key nothing can be kept safely: the rows are counted, logged and lost
(docs/deploy.md asks every deployment to set the key).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from yjdesk.models.sync_local import SyncBatch, SyncConflict, SyncPending
from yjdesk.models.types import utcnow
from yjdesk.paths import Paths
from yjdesk.services.profile import OWNER_KEY, device_id, get_meta
from yjdesk.store import LocalStore, keys
from yjdesk.sync import state
from yjdesk.sync.push import build_batch, pending_keys, push_chunks
from yjdesk.wire import sealed
from yjdesk.wire.protocol import MAX_CHANGES_PER_PUSH

log = logging.getLogger(__name__)

EXPORT_KIND = "yjdesk-wipe-export"
EXPORT_FILE = "unsynced.yjexport"


@dataclass(frozen=True)
class WipeResult:
    unsynced: int
    #: Folder holding the sealed export for an administrator (None: nothing kept).
    exported_to: Path | None
    #: True when unsynced rows existed but no administrator key was configured to keep them.
    lost: bool = False


def unsynced(session: Session) -> int:
    """Changes on this laptop that the service does not have."""
    total = 0
    for stmt in (select(func.count()).select_from(SyncPending),
                 select(func.count()).select_from(SyncConflict)
                 .where(SyncConflict.resolved_at.is_(None)),
                 select(func.count()).select_from(SyncBatch)):
        total += int(session.scalar(stmt) or 0)
    return total


def unsynced_payload(store: LocalStore) -> dict[str, Any]:
    """Everything unsynced, as pushes (read in a transaction that is rolled back)."""
    session = store.session()
    session.info["sync_apply"] = True
    with session:
        session.begin()
        try:
            batches = [json.loads(b.body_json) for b in
                       session.scalars(select(SyncBatch).order_by(SyncBatch.created_at))]
            refused = [{"table": r.table_name, "id": r.row_id, "reason": r.failed_reason}
                       for r in session.scalars(select(SyncPending).where(
                           SyncPending.failed_reason.is_not(None)))]
            conflicts = [{"table": c.table_name, "id": c.row_id, "field": c.field,
                          "mine": json.loads(c.mine), "theirs": json.loads(c.theirs)}
                         for c in session.scalars(select(SyncConflict).where(
                             SyncConflict.resolved_at.is_(None)))]
            # Refused rows go too: the administrator sees the service's reason again.
            session.execute(update(SyncPending).values(failed_reason=None))
            keys = pending_keys(session)
            changes: list[dict[str, Any]] = []
            for part in push_chunks(session, keys, MAX_CHANGES_PER_PUSH):
                batch = build_batch(session, part)
                if batch is not None:
                    changes.append(json.loads(batch.body_json))
            account = state.account_of(session)
            return {"kind": EXPORT_KIND, "version": 1, "exported_at": utcnow().isoformat(),
                    "device_id": device_id(session),
                    "user_id": get_meta(session, OWNER_KEY),
                    "username": account.username if account else None,
                    "server_url": account.server_url if account else None,
                    "batches": batches, "changes": changes, "conflicts": conflicts,
                    "refused": refused}
        finally:
            session.rollback()


def _private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True)
    os.chmod(path, 0o700)  # whatever the umask


def _private_write(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(path, 0o600)


def wipe_revoked_store(store: LocalStore, admin_key: str | None = None) -> WipeResult:
    """Keep what is unsynced (sealed to ``admin_key``), then delete the profile. Closes ``store``.

    ``admin_key`` defaults to the machine-wide config's ``wipe_export_key``.
    """
    from yjdesk.config import load_settings
    from yjdesk.sync.accounts import forget_refresh_token

    paths = store.paths
    try:
        with store.session() as session, session.begin():
            count = unsynced(session)
            dev = device_id(session)
        export: Path | None = None
        lost = False
        if count:
            if admin_key is None:
                try:
                    admin_key = load_settings(paths).wipe_export_key
                except Exception:  # a broken config must not stop the wipe
                    log.exception("cannot read the machine-wide config for the export key")
            if admin_key is None:
                lost = True
                log.error("revoked laptop held %d unsynced change(s); no administrator key "
                          "(wipe_export_key) is configured, so they cannot be kept", count)
            else:
                box = sealed.seal(unsynced_payload(store), sealed.parse_public(admin_key))
                stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
                export = paths.root.parent / f"{paths.root.name}-revoked-export-{stamp}"
                _private_dir(export)
                _private_write(export / EXPORT_FILE, json.dumps(box))
                _private_write(export / "README.txt", (
                    "This laptop was revoked by the sync service while it held changes the "
                    f"service did not have ({count}). {EXPORT_FILE} holds only those "
                    "changes, encrypted to your administrator's key: nobody else can read "
                    "it. Give this folder to your administrator, who imports it with\n"
                    f"    yjdesk-server import-wipe-export {EXPORT_FILE} --key ADMIN-KEY\n"))
    finally:
        store.close()
    wipe_files(paths)
    forget_refresh_token(dev)
    return WipeResult(count, export, lost)


def wipe_files(paths: Paths) -> None:
    """Delete the profile's case database, its wrapped key, backups and account file."""
    from yjdesk.sync.accounts import forget_refresh_token

    account = state.read_account(paths) if (paths.root / "account.json").exists() else None
    with contextlib.suppress(Exception):  # a device-bound profile's key in the keystore
        keys.forget_device_binding(keys.read_keyfile(paths.keyfile))
    for f in (paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm"),
              Path(f"{paths.database}-journal"), paths.keyfile, paths.root / "account.json"):
        f.unlink(missing_ok=True)
    shutil.rmtree(paths.backups, ignore_errors=True)
    if account is not None:
        forget_refresh_token(account.device_id)
