"""Push bookkeeping (no network): build a batch from pending rows, apply its results.

Both run inside the caller's session (which must carry ``info["sync_apply"] = True``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from yjdesk.models.base import Base
from yjdesk.models.sync_local import SyncBatch, SyncConflict, SyncPending, SyncShadow
from yjdesk.models.types import new_id, utcnow
from yjdesk.store import changes
from yjdesk.sync import audit_order
from yjdesk.sync.idlist import IDS_OF_PARAMETER, ids_of
from yjdesk.sync.tracking import shadow_fields
from yjdesk.wire.codec import synced_tables
from yjdesk.wire.protocol import (
    MAX_CHANGES_PER_PUSH,
    PushRequest,
    PushResponse,
    RowChange,
    RowResult,
)

Key = tuple[str, str]


def table_order() -> dict[str, int]:
    """Parents before children (so a new child travels before its addresses)."""
    tables = synced_tables()
    order = [t.name for t in Base.metadata.sorted_tables if t.name in tables]
    return {name: i for i, name in enumerate(order)}


def pending_keys(session: Session, child_ids: Iterable[str] | None = None) -> list[Key]:
    """Pending rows not refused by the server, parents first."""
    stmt = select(SyncPending.table_name, SyncPending.row_id).where(
        SyncPending.failed_reason.is_(None))
    if child_ids is not None:
        stmt = stmt.where(SyncPending.child_id.in_(list(child_ids)))
    rows = session.execute(stmt.order_by(SyncPending.queued_at)).all()
    rank = table_order()
    keys = sorted(((str(t), str(r)) for t, r in rows), key=lambda k: rank.get(k[0], 10_000))
    return audit_order.chain_order(session, keys)


def push_chunks(session: Session, keys: list[Key], size: int) -> list[list[Key]]:
    """``keys`` in batches of about ``size``, a parent's dependents in its batch.

    The service judges some sets as a whole (an ISS order and its requirements:
    ``services.orders.composition.TRAVELS_WITH``; a stage and its answers:
    ``services.assessments.submitted_set.TRAVELS_WITH``; a final contact and its
    amendments: ``services.casework.final_contact_set.TRAVELS_WITH``), so a dependent row
    whose parent is also being pushed goes right after it, in the same batch (a batch may
    then run over ``size``, never over the service's limit)."""
    from yjdesk.services.assessments import submitted_set
    from yjdesk.services.casework import final_contact_set
    from yjdesk.services.orders import composition

    tables = synced_tables()
    parent_of: dict[Key, Key] = {}
    for name, (col, parent_table) in {**composition.TRAVELS_WITH,
                                      **submitted_set.TRAVELS_WITH,
                                      **final_contact_set.TRAVELS_WITH}.items():
        table = tables.get(name)
        ids = [r for t, r in keys if t == name]
        if table is None or not ids:
            continue
        for start in range(0, len(ids), 500):
            for row_id, parent_id in session.execute(
                    select(table.c.id, table.c[col]).where(
                        table.c.id.in_(ids[start:start + 500]))):
                parent_of[(name, str(row_id))] = (parent_table, str(parent_id))
    wanted = set(keys)
    groups: dict[Key, list[Key]] = {}
    order: list[Key] = []
    for key in keys:
        parent = parent_of.get(key)
        if parent is not None and parent in wanted:
            groups.setdefault(parent, []).append(key)
        else:
            order.append(key)
    out: list[list[Key]] = []
    part: list[Key] = []
    for key in order:
        group = [key, *groups.get(key, [])]
        if part and len(part) + len(group) > size:
            out.append(part)
            part = []
        while len(group) > MAX_CHANGES_PER_PUSH:
            out.append(group[:MAX_CHANGES_PER_PUSH])
            group = group[MAX_CHANGES_PER_PUSH:]
        part.extend(group)
    if part:
        out.append(part)
    return out


_CHUNK = 500


def _by_table(keys: Iterable[Key]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for table, row_id in keys:
        out.setdefault(table, []).append(row_id)
    return out


def _in_ids(sql: str) -> str:
    """``sql`` with ``{ids}`` standing for the ids given as one JSON parameter: one plain
    statement whatever the number of ids (no ``IN (?, ?, ...)`` built per list)."""
    return sql.replace("{ids}", IDS_OF_PARAMETER)


_DROP_PENDING = _in_ids("DELETE FROM sync_pending WHERE table_name = ? AND row_id IN {ids}")
_DROP_SHADOW = _in_ids("DELETE FROM sync_shadow WHERE table_name = ? AND row_id IN {ids}")
_CLEAR_FAILURES = _in_ids("UPDATE sync_pending SET failed_reason = NULL, failed_at = NULL, "
                          "attempts = 0, retry_at = NULL "
                          "WHERE table_name = ? AND row_id IN {ids}")


def _drop_pending(session: Session, keys: Iterable[Key],
                  child_of: dict[Key, str | None] | None = None) -> None:
    """These rows match the server again: forget their queue entries and shadows (two
    plain statements a table). ``child_of``: each row's child, as its queue entry holds it
    (for the change record; a row not in it is noted for every view of the queue)."""
    conn = session.connection()
    for table, ids in _by_table(keys).items():
        listed = json.dumps(ids)
        conn.exec_driver_sql(_DROP_PENDING, (table, listed))
        conn.exec_driver_sql(_DROP_SHADOW, (table, listed))
        _note_queue(session, table, ids, child_of)
        changes.note(session, SyncShadow.__tablename__, None)


def _clear_failures(session: Session, keys: Iterable[Key],
                    child_of: dict[Key, str | None]) -> None:
    """Accepted rows that stay queued (edited meanwhile, or holding a conflict)."""
    conn = session.connection()
    for table, ids in _by_table(keys).items():
        conn.exec_driver_sql(_CLEAR_FAILURES, (table, json.dumps(ids)))
        _note_queue(session, table, ids, child_of)


def _note_queue(session: Session, table: str, ids: list[str],
                child_of: dict[Key, str | None] | None) -> None:
    """The change record of queue entries written by plain statements (as the session's
    hook notes a statement it runs: the child of each entry)."""
    for row_id in ids:
        changes.note(session, SyncPending.__tablename__,
                     None if child_of is None else child_of.get((table, row_id)))


def _renumber(session: Session, table: Table, params: list[tuple[int, int, str]],
              children: set[str | None]) -> None:
    """The server's revision and position of accepted rows (``(rev, server_seq, id)``):
    one plain executemany a table. Nothing else of the row is written (its ``updated_at``
    stays). ``children``: the rows' children, for the change record."""
    if params:
        conn = session.connection()
        q = conn.dialect.identifier_preparer.quote
        conn.exec_driver_sql(f"UPDATE {q(table.name)} SET rev = ?, server_seq = ? "
                             "WHERE id = ?", params)
        for child in children:
            changes.note(session, table.name, child)


@dataclass(frozen=True)
class _Queued:
    """A row's queue entry, as the push bookkeeping reads it."""

    edit_seq: int
    child_id: str | None


@dataclass
class _Loaded:
    """Bookkeeping of a chunk of rows, read in a few plain queries a table."""

    pending: dict[Key, _Queued]
    #: key -> the shadow's fields (JSON text), for rows the server accepted before.
    shadows: dict[Key, str]
    held: dict[Key, set[str]]
    rows: dict[Key, Any]


_PENDING_OF = _in_ids("SELECT row_id, edit_seq, child_id FROM sync_pending "
                      "WHERE table_name = ? AND row_id IN {ids}")
_SHADOWS_OF = _in_ids("SELECT row_id, fields_json FROM sync_shadow "
                      "WHERE table_name = ? AND row_id IN {ids}")
_HELD_OF = _in_ids("SELECT row_id, field FROM sync_conflict WHERE table_name = ? "
                   "AND row_id IN {ids} AND resolved_at IS NULL")
#: Per table: its rows by a JSON list of ids (built and compiled once a table).
_ROWS_BY_IDS: dict[str, Any] = {}


def _rows_by_ids(table: Table) -> Any:
    stmt = _ROWS_BY_IDS.get(table.name)
    if stmt is None:
        stmt = _ROWS_BY_IDS[table.name] = select(table).where(table.c.id.in_(ids_of()))
    return stmt


def _load(session: Session, keys: list[Key], *, with_rows: bool = True) -> _Loaded:
    tables = synced_tables()
    by_table = _by_table(keys)
    out = _Loaded({}, {}, {}, {})
    conn = session.connection()
    for name, ids in by_table.items():
        listed = json.dumps(ids)
        for row_id, edit_seq, child_id in conn.exec_driver_sql(_PENDING_OF, (name, listed)):
            out.pending[(name, row_id)] = _Queued(int(edit_seq), child_id)
        for row_id, fields_json in conn.exec_driver_sql(_SHADOWS_OF, (name, listed)):
            out.shadows[(name, row_id)] = fields_json
        for row_id, fname in conn.exec_driver_sql(_HELD_OF, (name, listed)):
            out.held.setdefault((name, row_id), set()).add(fname)
        table = tables.get(name)
        if with_rows and table is not None:
            for row in conn.execute(_rows_by_ids(table), {"ids": listed}):
                out.rows[(name, row.id)] = row
    return out


def build_batch(session: Session, keys: list[Key]) -> SyncBatch | None:
    """Write down (not yet send) a push of ``keys``; None when nothing needs sending.

    Rows whose change has nothing left to send (e.g. a conflict resolved as "theirs")
    leave the queue here.
    """
    tables = synced_tables()
    loaded = _load(session, keys)
    sending: list[RowChange] = []
    marks: dict[str, int] = {}
    drops: list[Key] = []
    for key in keys:
        table_name, row_id = key
        pending = loaded.pending.get(key)
        table = tables.get(table_name)
        if pending is None:
            continue  # (a refused row in ``keys`` is due again: see sync/waiting.py)
        row = loaded.rows.get(key)
        if table is None or row is None:
            drops.append(key)
            continue
        current = shadow_fields(table, row)
        deleted = bool(current.pop("deleted", False))
        held = loaded.held.get(key, set())
        shadow = loaded.shadows.get(key)
        if row.rev == 0 or shadow is None:
            fields = current
        else:
            before = json.loads(shadow)
            fields = {k: v for k, v in current.items()
                      if k not in held and before.get(k, _MISSING) != v}
            if not fields and deleted == bool(before.get("deleted", False)):
                if not held:
                    drops.append(key)
                continue
        sending.append(RowChange(table=table_name, id=row_id, base_rev=row.rev,
                                 fields=fields, deleted=deleted))
        marks[f"{table_name}/{row_id}"] = pending.edit_seq
    _drop_pending(session, drops, {k: q.child_id for k, q in loaded.pending.items()})
    if not sending:
        return None
    request = PushRequest(batch_id=new_id(), changes=sending)
    batch = SyncBatch(batch_id=request.batch_id, created_at=utcnow(),
                      body_json=request.model_dump_json(), marks_json=json.dumps(marks))
    session.add(batch)
    session.flush()
    return batch


_MISSING = object()


@dataclass
class PushOutcome:
    sent: int = 0
    accepted: int = 0
    conflicts: int = 0
    rejected: list[tuple[str, str, str]] = field(default_factory=list)


def apply_results(session: Session, batch: SyncBatch, response: PushResponse,
                  outcome: PushOutcome, *, resent: bool = False) -> None:
    """Record what the server did with ``batch`` and forget the batch (one transaction).

    ``resent``: the batch was written down by an earlier run that never heard the answer.
    Its first request may still have been running on the service when this one arrived,
    so a refusal in a fresh (not replayed) answer is not final: the row stays queued and
    goes again in a new batch, where the service sees the first request's outcome.
    """
    tables = synced_tables()
    request = PushRequest.model_validate_json(batch.body_json)
    sent = {(c.table, c.id): c for c in request.changes}
    marks: dict[str, int] = json.loads(batch.marks_json)
    now = utcnow()
    outcome.sent += len(request.changes)
    keys = [(r.table, r.id) for r in response.results if (r.table, r.id) in sent]
    loaded = _load(session, keys, with_rows=False)
    done = _Accepted()
    for result in response.results:
        key = (result.table, result.id)
        change = sent.get(key)
        table = tables.get(result.table)
        if change is None or table is None:
            continue
        pending = loaded.pending.get(key)
        unchanged = pending is not None and pending.edit_seq == marks.get(
            f"{result.table}/{result.id}")
        if result.status == "rejected":
            if resent and not response.replayed:
                continue
            if unchanged:
                entry = session.get(SyncPending, key)
                if entry is not None:
                    entry.failed_reason = result.error or "refused by the server"
                    entry.failed_at = now
            outcome.rejected.append((result.table, result.id,
                                     result.error or "refused by the server"))
            continue
        _accepted(session, table, change, result, unchanged, outcome,
                  loaded.shadows.get(key), loaded.held.get(key, set()), done,
                  None if pending is None else pending.child_id)
    for name, params in done.renumber.items():
        _renumber(session, tables[name], params, done.children[name])
    child_of = {k: q.child_id for k, q in loaded.pending.items()}
    _drop_pending(session, done.drop, child_of)
    _clear_failures(session, done.keep, child_of)
    if done.shadows:
        session.connection().exec_driver_sql(_KEEP_SHADOW, done.shadows)
        changes.note(session, SyncShadow.__tablename__, None)
    session.connection().exec_driver_sql("DELETE FROM sync_batch WHERE batch_id = ?",
                                         (batch.batch_id,))
    changes.note(session, SyncBatch.__tablename__, None)
    if batch in session:
        session.expunge(batch)
    session.flush()


_KEEP_SHADOW = ("INSERT INTO sync_shadow (table_name, row_id, rev, fields_json) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (table_name, row_id) DO UPDATE "
                "SET rev = excluded.rev, fields_json = excluded.fields_json")


@dataclass
class _Accepted:
    """What the accepted rows of one answer need, written a table at a time after."""

    #: table -> (rev, server_seq, id) of each accepted row
    renumber: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    #: table -> the children of its accepted rows (for the change record)
    children: dict[str, set[str | None]] = field(default_factory=dict)
    drop: list[Key] = field(default_factory=list)
    keep: list[Key] = field(default_factory=list)
    #: (table, id, rev, fields JSON) of the shadows the kept rows hold now
    shadows: list[tuple[str, str, int, str]] = field(default_factory=list)


def _accepted(session: Session, table: Table, change: RowChange, result: RowResult,
              unchanged: bool, outcome: PushOutcome, shadow: str | None,
              held: set[str], done: _Accepted, child: str | None) -> None:
    child_id = _child_of_change(change, table, session) if result.conflicts else None
    for c in result.conflicts:
        held.add(c.field)
        store_conflict(session, result.table, result.id, child_id, c.field,
                       c.client_value, c.server_value, c.server_updated_by,
                       c.server_updated_at)
    outcome.accepted += 1
    outcome.conflicts += len(result.conflicts)
    # Only a plain "applied" leaves this row equal to the server's revision; after a merge
    # the server holds fields this laptop has not seen yet, so the pull must not skip it.
    seq = result.server_seq if result.status == "applied" else 0
    done.renumber.setdefault(result.table, []).append((result.rev, seq, result.id))
    done.children.setdefault(result.table, set()).add(child)
    if unchanged and not held:
        done.drop.append((result.table, result.id))
        return
    done.keep.append((result.table, result.id))
    # The server's version as this laptop knows it now: the shadow, what was sent, and
    # the server's value of each field in conflict.
    fields: dict[str, Any] = json.loads(shadow) if shadow else {}
    fields.update(change.fields)
    fields["deleted"] = change.deleted
    for c in result.conflicts:
        fields[c.field] = c.server_value
    done.shadows.append((result.table, result.id, result.rev, json.dumps(fields)))


def _child_of_change(change: RowChange, table: Table, session: Session) -> str | None:
    if change.table == "child":
        return change.id
    if "child_id" not in table.c:
        return None
    value = session.scalar(select(table.c.child_id).where(table.c.id == change.id))
    return str(value) if value is not None else None


def store_conflict(session: Session, table: str, row_id: str, child_id: str | None,
                    field_name: str, mine: Any, theirs: Any, author: str | None,
                    when: str | None) -> None:
    """Record (or refresh) the open conflict on one field."""
    their_time = None
    if when:
        try:
            their_time = dt.datetime.fromisoformat(when)
            if their_time.tzinfo is None:
                their_time = their_time.replace(tzinfo=dt.UTC)
        except ValueError:
            their_time = None
    existing = session.scalar(select(SyncConflict).where(
        SyncConflict.table_name == table, SyncConflict.row_id == row_id,
        SyncConflict.field == field_name, SyncConflict.resolved_at.is_(None)))
    if existing is None:
        session.add(SyncConflict(table_name=table, row_id=row_id, child_id=child_id,
                                 field=field_name, mine=json.dumps(mine),
                                 theirs=json.dumps(theirs), their_author=author,
                                 their_time=their_time, created_at=utcnow()))
    else:
        existing.theirs = json.dumps(theirs)
        existing.their_author = author
        existing.their_time = their_time
    session.flush()

