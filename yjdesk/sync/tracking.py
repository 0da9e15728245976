"""Dirty tracking: every local change to a synced row is queued for the next push.

:func:`install` hooks ``before_flush`` on the store's session factory (next to the audit
hook), so no service can forget. A session with ``session.info["sync_apply"]`` set is the
sync engine writing what the server sent, and is not tracked.

For each Synced row created, changed or tombstoned the hook upserts a
:class:`~yjdesk.models.sync_local.SyncPending` entry with a fresh ``edit_seq``. The first
time an already-accepted row (``rev > 0``) is edited, its committed state -- which is the
last server-accepted version, since a row without a pending edit matches the server -- is
copied into :class:`~yjdesk.models.sync_local.SyncShadow` for the three-way merge.
"""

from __future__ import annotations

import json
import secrets
from collections import defaultdict
from typing import Any

from sqlalchemy import Table, inspect, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from yjdesk.models.base import Synced
from yjdesk.models.sync_local import SyncPending, SyncShadow
from yjdesk.models.types import new_id, utcnow
from yjdesk.store import changes
from yjdesk.store.listen import listen_once
from yjdesk.wire.codec import content_columns, encode

_IGNORED = frozenset({"rev", "server_seq"})


def new_edit_seq() -> int:
    return secrets.randbits(62)


def shadow_fields(table: Table, row: Any) -> dict[str, Any]:
    """Wire values of the content columns of a Core row (for shadows and diffs)."""
    mapping = row._mapping
    return {c.name: encode(c, mapping[c.name]) for c in content_columns(table)}


def _column_changed(obj: Any) -> bool:
    state = inspect(obj)
    columns = state.mapper.columns
    return any(a.key in columns and a.key not in _IGNORED and a.history.has_changes()
               for a in state.attrs)


def _child_of(obj: Any, table: str) -> str | None:
    if table == "child":
        return str(obj.id)
    value = getattr(obj, "child_id", None)
    return str(value) if value is not None else None


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    if session.info.get("sync_apply"):
        return
    marks: list[dict[str, Any]] = []
    accepted: dict[Table, list[str]] = defaultdict(list)
    now = utcnow()
    for obj in list(session.new):
        if isinstance(obj, Synced):
            if obj.id is None:
                obj.id = new_id()
            table = obj.__table__.name  # type: ignore[attr-defined]
            marks.append({"table_name": table, "row_id": obj.id,
                          "child_id": _child_of(obj, table)})
    for obj in list(session.dirty):
        if isinstance(obj, Synced) and _column_changed(obj):
            tbl: Table = obj.__table__  # type: ignore[attr-defined]
            marks.append({"table_name": tbl.name, "row_id": obj.id,
                          "child_id": _child_of(obj, tbl.name)})
            accepted[tbl].append(obj.id)
    if not marks:
        return
    conn = session.connection()
    for tbl, ids in accepted.items():
        shadows = []
        for row in conn.execute(select(tbl).where(tbl.c.id.in_(ids), tbl.c.rev > 0)):
            shadows.append({"table_name": tbl.name, "row_id": row.id, "rev": row.rev,
                            "fields_json": json.dumps(shadow_fields(tbl, row))})
        if shadows:
            conn.execute(sqlite_insert(SyncShadow).on_conflict_do_nothing(), shadows)
    for m in marks:
        m.update(queued_at=now, edit_seq=new_edit_seq(), failed_reason=None, failed_at=None,
                 attempts=0, retry_at=None)
    stmt = sqlite_insert(SyncPending)
    stmt = stmt.on_conflict_do_update(
        index_elements=["table_name", "row_id"],
        set_={"edit_seq": stmt.excluded.edit_seq, "child_id": stmt.excluded.child_id,
              "failed_reason": None, "failed_at": None, "attempts": 0, "retry_at": None})
    conn.execute(stmt, marks)
    for m in marks:  # the queue is written past the session: tell the views (sync status)
        changes.note(session, SyncPending.__tablename__, m["child_id"])


def install(factory: sessionmaker[Session]) -> None:
    """Track local changes on every session from ``factory`` (idempotent)."""
    listen_once(factory, "before_flush", _before_flush)
