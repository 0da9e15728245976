"""The central change feed: revisions, feed positions and history.

Every accepted revision of a synced row gets ``rev + 1`` and a ``server_seq`` from the
single counter row. A writer first does all its work with unique negative provisional
numbers, then -- as the last step before commit -- locks the counter row (``SELECT ... FOR UPDATE``
on PostgreSQL; SQLite transactions begin with ``BEGIN IMMEDIATE``), turns its provisional numbers
into the next positions and commits. A second writer waits for that lock until the first
has committed, so positions become visible in the order they were handed out and a pull
cursor can never pass a position that commits later (ARCHITECTURE.md section 3, the
ordering pitfall), while the lock is held only for a few statements.

Writers lock rows first and the counter last, always in that order, so they cannot
deadlock on each other.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any, Protocol

from sqlalchemy import Table, case, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import Column

from yjdesk.models.base import Base
from yjdesk.models.server import FeedEntry, RowRevision, ServerCounter
from yjdesk.models.types import utcnow
from yjdesk.server.scope import PUSH_ONLY, feed_kind
from yjdesk.wire.codec import content_columns, encode
from yjdesk.wire.protocol import WireValue

FEED = "feed"
_REVISIONS: Table = RowRevision.__table__  # type: ignore[assignment]
_FEED: Table = FeedEntry.__table__  # type: ignore[assignment]


class SeqAllocator(Protocol):
    """Hands out feed positions inside one transaction."""

    def next(self, table: str) -> int: ...

    def finish(self) -> None: ...

    def resolve(self, seq: int) -> int: ...


class DeferredCounter:
    """The production allocator: provisional numbers first, real ones under the lock last."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._order: list[tuple[str, int]] = []
        self._real: dict[int, int] = {}

    def next(self, table: str) -> int:
        provisional = -1 - secrets.randbits(62)
        self._order.append((table, provisional))
        return provisional

    def resolve(self, seq: int) -> int:
        return self._real.get(seq, seq)

    def finish(self) -> None:
        """Lock the counter and replace every provisional number by the next position, in order."""
        if not self._order:
            return
        value = int(self._session.execute(
            select(ServerCounter.value).where(ServerCounter.name == FEED).with_for_update()
        ).scalar_one())
        by_table: dict[str, dict[int, int]] = defaultdict(dict)
        for table, provisional in self._order:
            value += 1
            self._real[provisional] = value
            by_table[table][provisional] = value
        by_name = tables()
        for table_name, mapping in by_table.items():
            if table_name not in PUSH_ONLY:
                _renumber(self._session, by_name[table_name], mapping)
        _renumber(self._session, _REVISIONS, self._real)
        _renumber(self._session, _FEED, self._real)
        self._session.execute(update(ServerCounter).where(ServerCounter.name == FEED)
                              .values(value=value))
        self._order = []


#: Rows per statement where a statement names many rows (bind-parameter limits).
CHUNK = 2000


def chunked(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _renumber(session: Session, table: Table, mapping: dict[int, int]) -> None:
    col = table.c.server_seq
    for part in chunked(list(mapping.items())):
        sub = dict(part)
        session.execute(update(table).where(col.in_(list(sub)))
                        .values(server_seq=case(sub, value=col)))


def committed_horizon(session: Session) -> int:
    """The counter's value: every position up to it is committed (or never will be)."""
    return int(session.execute(
        select(ServerCounter.value).where(ServerCounter.name == FEED)).scalar_one())


def tables() -> dict[str, Table]:
    return {t.name: t for t in Base.metadata.sorted_tables}


def table_rank() -> dict[str, int]:
    """Parents before children (foreign-key order)."""
    return {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


def wire_row(table: Table, row: Any) -> dict[str, WireValue]:
    """Every content field of a database row, as wire values."""
    mapping = row._mapping if hasattr(row, "_mapping") else row
    return {c.name: encode(c, mapping[c.name]) for c in content_columns(table)}


@cache
def _positions(table: Table) -> tuple[tuple[str, Column[Any], int], ...]:
    index = {c.name: i for i, c in enumerate(table.columns)}
    return tuple((c.name, c, index[c.name]) for c in content_columns(table))


def wire_tuple(table: Table, row: Any) -> dict[str, WireValue]:
    """:func:`wire_row` of a row from ``select(table)`` (columns in table order), by position."""
    return {name: encode(column, row[i]) for name, column, i in _positions(table)}


def load(session: Session, table: Table, row_id: str, *, lock: bool = False) -> Any | None:
    stmt = select(table).where(table.c.id == row_id)
    return session.execute(stmt.with_for_update() if lock else stmt).first()


def lock_rows(session: Session, wanted: Iterable[tuple[str, str]]) -> None:
    """Lock existing rows in a fixed order (table, id), so concurrent writers never deadlock."""
    by_table: dict[str, set[str]] = defaultdict(set)
    for name, row_id in wanted:
        by_table[name].add(row_id)
    known = tables()
    for name in sorted(by_table):
        found = known.get(name)
        if found is None or "id" not in found.c or name in PUSH_ONLY:
            continue  # append-only rows are never updated (nor may the service lock them)
        for part in chunked(sorted(by_table[name])):
            session.execute(select(found.c.id).where(found.c.id.in_(part))
                            .order_by(found.c.id).with_for_update()).all()


def _default(column: Column[Any]) -> Any:
    default = column.default
    if default is None:
        return None
    if getattr(default, "is_callable", False):
        return default.arg(None)  # type: ignore[attr-defined]
    if getattr(default, "is_scalar", False):
        return default.arg  # type: ignore[attr-defined]
    return None


def write_row(session: Session, seqs: SeqAllocator, table: Table, row_id: str,
              values: dict[str, Any], *, user_id: str | None, device_id: str | None,
              current: Any | None) -> tuple[int, int]:
    """Insert or update one synced row as a new revision; returns ``(rev, server_seq)``.

    ``values`` are Python values of content columns. The revision is kept in
    ``row_revision`` and the row's feed entry moves to the new position. ``server_seq`` is
    a provisional until the allocator finishes (see :meth:`SeqAllocator.resolve`).
    """
    seq = seqs.next(table.name)
    now = utcnow()
    columns = content_columns(table)
    if current is None:
        full = {c.name: values[c.name] if c.name in values else _default(c) for c in columns}
        rev = 1
    else:
        m = current._mapping
        full = {c.name: m[c.name] for c in columns}
        full.update(values)
        rev = int(m["rev"]) + 1
    # Append-only rows are never updated, so their own server_seq stays 0; their feed
    # position is kept in row_revision and feed_entry (they are never pulled).
    own_seq = 0 if table.name in PUSH_ONLY else seq
    meta = {"rev": rev, "server_seq": own_seq, "updated_at": now, "updated_by": user_id}
    if current is None:
        session.execute(insert(table).values(id=row_id, **full, **meta))
    else:
        session.execute(update(table).where(table.c.id == row_id).values(**values, **meta))
    fields = {c.name: encode(c, full[c.name]) for c in columns}
    session.execute(insert(_REVISIONS).values(
        table_name=table.name, row_id=row_id, rev=rev, fields_json=json.dumps(fields),
        updated_by=user_id, updated_at=now, server_seq=seq, device_id=device_id))
    kind = feed_kind(table, {"id": row_id, **full})
    entry = {"table_name": table.name, "row_id": row_id, "server_seq": seq,
             "kind": kind.kind, "child_id": kind.child_id, "team_id": kind.team_id,
             "audience": kind.audience}
    _upsert_feed(session, entry)
    return rev, seq


def _upsert_feed(session: Session, entry: dict[str, Any]) -> None:
    dialect = session.get_bind().dialect.name
    changes = {k: entry[k] for k in ("server_seq", "kind", "child_id", "team_id", "audience")}
    if dialect == "postgresql":
        pg = postgresql.insert(_FEED).values(**entry)
        session.execute(pg.on_conflict_do_update(
            index_elements=["table_name", "row_id"], set_=changes))
    elif dialect == "sqlite":
        lite = sqlite.insert(_FEED).values(**entry)
        session.execute(lite.on_conflict_do_update(
            index_elements=["table_name", "row_id"], set_=changes))
    else:  # pragma: no cover - only the two supported databases
        raise ValueError(f"unsupported database {dialect}")


def revision(session: Session, table: str, row_id: str, rev: int) -> RowRevision | None:
    return session.get(RowRevision, (table, row_id, rev))


def revisions_since(session: Session, table: str, row_id: str,
                    rev: int) -> list[RowRevision]:
    """Revisions ``rev`` .. current of one row, oldest first."""
    return list(session.scalars(
        select(RowRevision).where(RowRevision.table_name == table,
                                  RowRevision.row_id == row_id, RowRevision.rev >= rev)
        .order_by(RowRevision.rev)))


def republish(session: Session, seqs: SeqAllocator, child_ids: Iterable[str]) -> int:
    """Give every current row of these children a new feed position (same revision).

    Used when a child enters a device's scope after the device has pulled past the child's
    rows: the rows reappear above its cursor, parents before children, so an ordinary pull
    delivers them and a crash mid-way simply resumes. Returns the number of rows moved.
    """
    ids = sorted(set(child_ids))
    if not ids:
        return 0
    entries = [e for part in chunked(ids) for e in session.execute(
        select(_FEED.c.table_name, _FEED.c.row_id, _FEED.c.server_seq)
        .where(_FEED.c.kind == "child", _FEED.c.child_id.in_(part))).all()]
    lock_rows(session, [(e.table_name, e.row_id) for e in entries])
    rank = table_rank()
    entries.sort(key=lambda e: (rank.get(e.table_name, 0), e.server_seq))
    _move(session, seqs, entries)
    return len(entries)


def _move(session: Session, seqs: SeqAllocator, entries: list[Any]) -> None:
    by_name = tables()
    for e in entries:
        seq = seqs.next(e.table_name)
        table = by_name[e.table_name]
        session.execute(update(table).where(table.c.id == e.row_id).values(server_seq=seq))
        session.execute(update(_FEED).where(_FEED.c.table_name == e.table_name,
                                            _FEED.c.row_id == e.row_id)
                        .values(server_seq=seq))


def republish_org(session: Session, seqs: SeqAllocator, teams: set[str] | None,
                  user_id: str) -> int:
    """Give the team and user rows of ``teams`` (None = all) new feed positions."""
    cond = _FEED.c.kind == "org"
    if teams is not None:
        cond = cond & (_FEED.c.team_id.in_(sorted(teams)) | (_FEED.c.row_id == user_id))
    entries = list(session.execute(
        select(_FEED.c.table_name, _FEED.c.row_id, _FEED.c.server_seq).where(cond)).all())
    lock_rows(session, [(e.table_name, e.row_id) for e in entries])
    rank = table_rank()
    entries.sort(key=lambda e: (rank.get(e.table_name, 0), e.server_seq))
    _move(session, seqs, entries)
    return len(entries)


def as_utc_text(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat()
