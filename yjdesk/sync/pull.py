"""Pull bookkeeping (no network): apply a page of server rows, purge revoked children.

:func:`apply_page` runs in the caller's transaction (``sync_apply`` set), which also stores
the new cursor, so a crash either keeps the whole page or none of it. Rows with pending
local edits are merged field by field against their shadow; a field both sides changed
becomes a :class:`~yjdesk.models.sync_local.SyncConflict` and keeps the local value. A row
whose parent has not arrived yet (or that the local schema refuses) is parked and retried
after every page, never dropped.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from yjdesk.models.base import Base
from yjdesk.models.sync_local import SyncConflict, SyncParked, SyncPending, SyncShadow
from yjdesk.models.types import utcnow
from yjdesk.sync.push import store_conflict
from yjdesk.sync.tracking import shadow_fields
from yjdesk.wire.codec import CodecError, Decoder, decoder, synced_tables
from yjdesk.wire.protocol import RowState, WireValue

_SKIP = frozenset({"id", "rev", "server_seq"})
_CHUNK = 500


@dataclass
class PageOutcome:
    applied: int = 0
    conflicts: int = 0
    parked: int = 0


@cache
def _decoders(table: Table) -> dict[str, Decoder]:
    """Every column a pulled field may set, with its decoder."""
    return {c.name: decoder(c) for c in table.columns if c.name not in _SKIP}


def _wire_fields(table: Table, row: RowState) -> dict[str, WireValue]:
    known = _decoders(table)
    fields = {k: v for k, v in row.fields.items() if k in known}
    fields["deleted"] = row.deleted
    if "child_id" in known and "child_id" not in fields:
        fields["child_id"] = row.child_id
    return fields


def _decoded(table: Table, fields: dict[str, WireValue]) -> dict[str, Any]:
    known = _decoders(table)
    return {k: known[k](v) for k, v in fields.items()}


def _in_chunks(ids: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _existing(session: Session, table: Table, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _in_chunks(sorted(set(ids))):
        found.update(session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
    return found


def _foreign_keys(table: Table) -> list[tuple[str, Table]]:
    out = []
    for fk in table.foreign_keys:
        if fk.parent.table is table and fk.column.name == "id":
            out.append((fk.parent.name, fk.column.table))
    return out  # type: ignore[return-value]


def _park(session: Session, row: RowState, reason: str) -> None:
    session.merge(SyncParked(table_name=row.table, row_id=row.id, server_seq=row.server_seq,
                             state_json=row.model_dump_json(), reason=reason))


def apply_page(session: Session, rows: list[RowState], *,
               retry_parked: bool = True) -> PageOutcome:
    """Apply pulled rows in the caller's transaction.

    ``retry_parked``: also retry every parked row (the engine does this once, after the
    last page). Otherwise only parked versions of rows in this page are replaced by the
    page's newer version.
    """
    tables = synced_tables()
    outcome = PageOutcome()
    latest: dict[tuple[str, str], RowState] = {}
    if retry_parked:
        parked = list(session.scalars(select(SyncParked)))
    else:
        parked = []
        by_table: dict[str, list[str]] = defaultdict(list)
        for r in rows:
            by_table[r.table].append(r.id)
        if not _empty(session, SyncParked.row_id):
            for name, ids in by_table.items():
                for chunk in _in_chunks(ids):
                    parked.extend(session.scalars(select(SyncParked).where(
                        SyncParked.table_name == name, SyncParked.row_id.in_(chunk))))
    for p in parked:
        latest[(p.table_name, p.row_id)] = RowState.model_validate_json(p.state_json)
    for r in rows:
        old = latest.get((r.table, r.id))
        if old is None or r.server_seq >= old.server_seq:
            latest[(r.table, r.id)] = r
    for p in parked:
        session.delete(p)
    session.flush()
    grouped: dict[str, list[RowState]] = defaultdict(list)
    for r in latest.values():
        if r.table in tables:
            grouped[r.table].append(r)
        else:
            _park(session, r, f"unknown table {r.table}")
            outcome.parked += 1
    known: dict[str, set[str]] = defaultdict(set)
    any_pending = not _empty(session, SyncPending.row_id)
    for table in Base.metadata.sorted_tables:
        if table.name in grouped:
            _apply_table(session, table, grouped[table.name], known, outcome, any_pending)
    session.flush()
    return outcome


def _empty(session: Session, column: Any) -> bool:
    return session.scalar(select(column).limit(1)) is None


def _apply_table(session: Session, table: Table, rows: list[RowState],
                 known: dict[str, set[str]], outcome: PageOutcome, any_pending: bool) -> None:
    fks = _foreign_keys(table)
    wanted: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for col, ref in fks:
            value = r.fields.get(col, r.child_id if col == "child_id" else None)
            if isinstance(value, str) and value not in known[ref.name]:
                wanted[ref.name].add(value)
    for ref_name, ids in wanted.items():
        known[ref_name].update(_existing(session, Base.metadata.tables[ref_name], ids))
    existing: dict[str, tuple[int, int]] = {}
    for chunk in _in_chunks(sorted({r.id for r in rows})):
        for rid, rev, seq in session.execute(select(table.c.id, table.c.rev, table.c.server_seq)
                                             .where(table.c.id.in_(chunk))):
            existing[rid] = (int(rev), int(seq))
    pending: set[str] = set()
    for chunk in _in_chunks([r.id for r in rows]) if any_pending else ():
        pending.update(session.scalars(select(SyncPending.row_id).where(
            SyncPending.table_name == table.name, SyncPending.row_id.in_(chunk))))
    remaining = rows
    while remaining:
        later: list[RowState] = []
        inserts: list[tuple[RowState, dict[str, Any]]] = []
        updates: list[dict[str, Any]] = []
        for r in remaining:
            fields = _wire_fields(table, r)
            missing = [col for col, ref in fks
                       if isinstance(fields.get(col), str) and fields[col] not in known[ref.name]]
            if missing:
                later.append(r)
                continue
            try:
                values = _decoded(table, fields)
            except CodecError as exc:
                _park(session, r, str(exc))
                outcome.parked += 1
                continue
            if r.id not in existing:
                inserts.append((r, values))
            elif r.id in pending:
                outcome.conflicts += _merge(session, table, r, fields)
            elif existing[r.id] == (r.rev, r.server_seq):
                pass  # this laptop's own accepted change, already here as it is
            else:
                updates.append({**values, "rev": r.rev, "server_seq": r.server_seq,
                                _ID: r.id})
            known[table.name].add(r.id)
            outcome.applied += 1
        _update(session, table, updates)
        _insert(session, table, inserts, outcome, known)
        if len(later) == len(remaining):
            for r in later:
                _park(session, r, "waiting for a related record")
                outcome.parked += 1
            break
        remaining = later


#: The bind parameter naming the row in a batched UPDATE (not a column name).
_ID = "_row_id"


def _update(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Clean rows take the server's version: one executemany per set of columns."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for values in rows:
        groups[tuple(sorted(values))].append(values)
    for names, params in groups.items():
        stmt = update(table).where(table.c.id == bindparam(_ID)).values(
            {name: bindparam(name) for name in names if name != _ID})
        session.execute(stmt, params)


def _insert(session: Session, table: Table, rows: list[tuple[RowState, dict[str, Any]]],
            outcome: PageOutcome, known: dict[str, set[str]]) -> None:
    if not rows:
        return
    now = utcnow()
    params = [{"updated_at": now, "updated_by": None, **values, "id": r.id, "rev": r.rev,
               "server_seq": r.server_seq} for r, values in rows]
    try:
        with session.begin_nested():
            session.execute(insert(table), params)
        return
    except IntegrityError:
        pass
    for (r, _values), p in zip(rows, params, strict=True):
        try:
            with session.begin_nested():
                session.execute(insert(table), [p])
        except IntegrityError as exc:
            _park(session, r, f"cannot be stored here: {exc.orig}")
            outcome.applied -= 1
            outcome.parked += 1
            known[table.name].discard(r.id)


def _merge(session: Session, table: Table, r: RowState, theirs: dict[str, WireValue]) -> int:
    """Three-way merge of a row with pending local edits; returns the conflicts stored."""
    local_row = session.execute(select(table).where(table.c.id == r.id)).one()
    mine = shadow_fields(table, local_row)
    shadow = session.get(SyncShadow, (table.name, r.id))
    base = json.loads(shadow.fields_json) if shadow else None
    take: dict[str, WireValue] = {}
    conflicts = 0
    author = theirs.get("updated_by") if "updated_by" in theirs else None
    when = theirs.get("updated_at") if "updated_at" in theirs else None
    child_id = r.id if table.name == "child" else r.child_id
    for name, value in theirs.items():
        if name not in mine:
            continue
        if value == mine[name] or (base is not None and base.get(name) == value):
            continue
        if base is not None and base.get(name, _MISSING) == mine[name]:
            take[name] = value
            continue
        store_conflict(session, table.name, r.id, child_id, name, mine[name], value,
                       str(author) if author else None, str(when) if when else None)
        conflicts += 1
    new_base = dict(base or {})
    new_base.update({k: v for k, v in theirs.items() if k in mine})
    if shadow is None:
        session.add(SyncShadow(table_name=table.name, row_id=r.id, rev=r.rev,
                               fields_json=json.dumps(new_base)))
    else:
        shadow.rev = r.rev
        shadow.fields_json = json.dumps(new_base)
    session.execute(update(table).where(table.c.id == r.id).values(
        rev=r.rev, server_seq=r.server_seq, updated_at=table.c.updated_at,
        **_decoded(table, take)))
    return conflicts


_MISSING = object()


def purge_children(session: Session, child_ids: list[str]) -> int:
    """Remove every row of these children from this laptop (rows, queue, shadows)."""
    if not child_ids:
        return 0
    tables = synced_tables()
    removed = 0
    gone: set[str] = set(child_ids)
    for table in reversed(Base.metadata.sorted_tables):
        if table.name not in tables or table.name == "child" or "child_id" not in table.c:
            continue
        if not any(fk.column.table.name == "child" for fk in table.c.child_id.foreign_keys):
            continue
        for chunk in _in_chunks(child_ids):
            ids = list(session.scalars(select(table.c.id).where(table.c.child_id.in_(chunk))))
            gone.update(ids)
            removed += len(ids)
            session.execute(delete(table).where(table.c.child_id.in_(chunk)))
    child = Base.metadata.tables["child"]
    for chunk in _in_chunks(child_ids):
        session.execute(delete(child).where(child.c.id.in_(chunk)))
    for chunk in _in_chunks(sorted(gone)):
        session.execute(delete(SyncShadow).where(SyncShadow.row_id.in_(chunk)))
        session.execute(delete(SyncPending).where(SyncPending.row_id.in_(chunk)))
        session.execute(delete(SyncConflict).where(SyncConflict.row_id.in_(chunk)))
    for p in list(session.scalars(select(SyncParked))):
        state = RowState.model_validate_json(p.state_json)
        if state.child_id in gone or state.id in gone:
            session.delete(p)
    session.flush()
    return removed
