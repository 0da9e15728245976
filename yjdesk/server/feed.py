"""The central change feed: revisions, feed positions and history.

Every accepted revision of a synced row gets ``rev + 1`` and a new ``server_seq`` taken
from the single counter row, which each writer locks first (``SELECT ... FOR UPDATE`` on
PostgreSQL; SQLite transactions begin with ``BEGIN IMMEDIATE``). A second writer therefore
waits until the first commits, so feed positions become visible in the order they were
handed out and a pull cursor can never skip a row that commits later (ARCHITECTURE.md
section 3, the ordering pitfall).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any, Protocol

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from yjdesk.models.base import Base
from yjdesk.models.server import FeedEntry, RowRevision, ServerCounter
from yjdesk.models.types import utcnow
from yjdesk.server.scope import feed_kind
from yjdesk.sync.codec import content_columns, encode
from yjdesk.sync.protocol import WireValue

FEED = "feed"


class SeqAllocator(Protocol):
    """Hands out feed positions inside one transaction."""

    def next(self) -> int: ...

    def finish(self) -> None: ...


class CounterLock:
    """The production allocator: lock the counter row, count in memory, store at the end."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._value = int(session.execute(
            select(ServerCounter.value).where(ServerCounter.name == FEED).with_for_update()
        ).scalar_one())
        self._start = self._value

    def next(self) -> int:
        self._value += 1
        return self._value

    def finish(self) -> None:
        if self._value != self._start:
            self._session.execute(update(ServerCounter).where(ServerCounter.name == FEED)
                                  .values(value=self._value))


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


def load(session: Session, table: Table, row_id: str) -> Any | None:
    return session.execute(select(table).where(table.c.id == row_id)).first()


def write_row(session: Session, seqs: SeqAllocator, table: Table, row_id: str,
              values: dict[str, Any], *, user_id: str | None, device_id: str | None,
              current: Any | None) -> tuple[int, int]:
    """Insert or update one synced row as a new revision; returns ``(rev, server_seq)``.

    ``values`` are Python values of content columns. The revision is kept in
    ``row_revision`` and the row's feed entry moves to the new position.
    """
    seq = seqs.next()
    now = utcnow()
    rev = 1 if current is None else int(current._mapping["rev"]) + 1
    meta = {"rev": rev, "server_seq": seq, "updated_at": now, "updated_by": user_id}
    if current is None:
        session.execute(insert(table).values(id=row_id, **values, **meta))
    else:
        session.execute(update(table).where(table.c.id == row_id).values(**values, **meta))
    stored = load(session, table, row_id)
    assert stored is not None
    fields = wire_row(table, stored)
    session.add(RowRevision(
        table_name=table.name, row_id=row_id, rev=rev, fields_json=json.dumps(fields),
        updated_by=user_id, updated_at=now, server_seq=seq, device_id=device_id))
    _place(session, table, row_id, stored._mapping, seq)
    return rev, seq


def _place(session: Session, table: Table, row_id: str, row: Any, seq: int) -> None:
    kind = feed_kind(table, row)
    entry = session.get(FeedEntry, (table.name, row_id))
    if entry is None:
        session.add(FeedEntry(table_name=table.name, row_id=row_id, server_seq=seq,
                              kind=kind.kind, child_id=kind.child_id, team_id=kind.team_id))
    else:
        entry.server_seq = seq
        entry.kind = kind.kind
        entry.child_id = kind.child_id
        entry.team_id = kind.team_id
    session.flush()


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
    entries = list(session.scalars(select(FeedEntry).where(
        FeedEntry.kind == "child", FeedEntry.child_id.in_(ids))))
    rank = table_rank()
    entries.sort(key=lambda e: (rank.get(e.table_name, 0), e.server_seq))
    by_name = tables()
    for entry in entries:
        seq = seqs.next()
        entry.server_seq = seq
        table = by_name[entry.table_name]
        session.execute(update(table).where(table.c.id == entry.row_id)
                        .values(server_seq=seq))
        session.flush()
    return len(entries)


def as_utc_text(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat()
