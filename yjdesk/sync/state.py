"""Sync facts kept in ``local_meta`` (cursor, last sync, server, user) and the account file.

The account file (``account.json`` in the profile folder, not encrypted, no secrets) holds
the server address, user name and device id, so that an online sign-in can reach the server
before the store is unlocked (e.g. when the password was changed on the server).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yjdesk.errors import KnownError
from yjdesk.files import write_json_atomic
from yjdesk.models.sync_local import SyncConflict, SyncPending
from yjdesk.paths import Paths
from yjdesk.services.profile import device_id, get_meta, set_meta

CURSOR = "sync.cursor"
LAST_SYNCED = "sync.last_synced_at"
SERVER_URL = "sync.server_url"
USERNAME = "sync.username"


def cursor(session: Session) -> int:
    return int(get_meta(session, CURSOR) or 0)


def set_cursor(session: Session, value: int) -> None:
    set_meta(session, CURSOR, str(value))


def last_synced(session: Session) -> dt.datetime | None:
    value = get_meta(session, LAST_SYNCED)
    return dt.datetime.fromisoformat(value) if value else None


def set_last_synced(session: Session, when: dt.datetime) -> None:
    set_meta(session, LAST_SYNCED, when.isoformat())


@dataclass(frozen=True)
class Status:
    """What the status line shows, read from the local store only (the offline check)."""

    server_url: str | None
    pending: int
    failed: int
    conflicts: int
    last_synced_at: dt.datetime | None
    cursor: int


def status(session: Session) -> Status:
    pending = session.scalar(select(func.count()).select_from(SyncPending)
                             .where(SyncPending.failed_reason.is_(None))) or 0
    failed = session.scalar(select(func.count()).select_from(SyncPending)
                            .where(SyncPending.failed_reason.is_not(None))) or 0
    conflicts = session.scalar(select(func.count()).select_from(SyncConflict)
                               .where(SyncConflict.resolved_at.is_(None))) or 0
    return Status(get_meta(session, SERVER_URL), int(pending), int(failed), int(conflicts),
                  last_synced(session), cursor(session))


@dataclass(frozen=True)
class Account:
    server_url: str
    username: str
    device_id: str


def write_account(paths: Paths, account: Account) -> None:
    write_json_atomic(paths.root / "account.json", asdict(account))


def read_account(paths: Paths) -> Account | None:
    path = paths.root / "account.json"
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Account(str(data["server_url"]), str(data["username"]), str(data["device_id"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise KnownError(f"The account file {path} is damaged; sign in online again.") from exc


def account_of(session: Session) -> Account | None:
    url, user = get_meta(session, SERVER_URL), get_meta(session, USERNAME)
    if not url or not user:
        return None
    return Account(url, user, device_id(session))
