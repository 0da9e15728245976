"""The end of a first pull whose pages were written without checking references
(:mod:`yjdesk.store.references`): the rows whose parent never came are parked.

Parked, they wait as any pulled row waiting for its parent waits (``sync_parked``, tried again
after every pull): the same outcome as if each had been checked on its page, reached with
one look-up a reference instead of parking most of a first pull's rows and trying them
again.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from yjdesk.models.base import sorted_tables
from yjdesk.models.sync_local import SyncPending
from yjdesk.store import changes
from yjdesk.store import references as marker
from yjdesk.sync.idlist import IDS_OF_PARAMETER
from yjdesk.sync.pull import WAITING, Parking, in_chunks
from yjdesk.wire.codec import content_columns, encode, references, synced_tables
from yjdesk.wire.protocol import RowState

log = logging.getLogger(__name__)


def check(session: Session) -> int:
    """Park every row whose parent is not here, and every row naming one of those, then
    remove the marker (the caller's transaction: foreign keys checked, as the deletes
    want). Returns how many rows were parked.

    A row with this laptop's own unsent edit among them is not moved (its edit would go
    with it): then nothing is, the marker stays, and the next pull's end checks again."""
    conn = session.connection()
    order = [t for t in sorted_tables() if t.name in synced_tables()]
    gone = _orphans(conn, order)
    if any(gone.values()):
        held = _with_unsent_edits(conn, gone)
        if held:
            log.warning("%d received records wait for related records and hold unsent "
                        "edits here: references are checked again after the next pull",
                        len(held))
            return 0
        parking = Parking()
        for table in order:
            for row in _rows(session, table, gone[table.name]):
                parking.add(row, WAITING)
        parked = len(parking.rows)
        parking.write(session)
        for table in reversed(order):  # (the rows naming others first)
            _delete(session, table, gone[table.name])
    else:
        parked = 0
    marker.checked(conn)
    return parked


def _orphans(conn: Connection, order: list[Table]) -> dict[str, set[str]]:
    """The ids, by table, of the rows naming a row not here, and of the rows naming those
    (again and again: a chain of records)."""
    q = conn.dialect.identifier_preparer.quote
    gone: dict[str, set[str]] = defaultdict(set)
    for table in order:
        for col, parent in references(table):
            gone[table.name].update(str(r[0]) for r in conn.exec_driver_sql(
                f"SELECT t.id FROM {q(table.name)} AS t WHERE t.{q(col)} IS NOT NULL AND "
                f"NOT EXISTS (SELECT 1 FROM {q(parent.name)} AS p WHERE p.id = t.{q(col)})"))
    grew = any(gone.values())
    while grew:
        grew = False
        for table in order:
            for col, parent in references(table):
                named = gone[parent.name]
                if not named:
                    continue
                for chunk in in_chunks(sorted(named)):
                    found = {str(r[0]) for r in conn.exec_driver_sql(
                        f"SELECT id FROM {q(table.name)} WHERE {q(col)} IN "
                        f"{IDS_OF_PARAMETER}", (json.dumps(chunk),))}
                    if not found <= gone[table.name]:
                        gone[table.name].update(found)
                        grew = True
    return gone


def _with_unsent_edits(conn: Connection, gone: dict[str, set[str]]) -> list[str]:
    out: list[str] = []
    for name, ids in gone.items():
        for chunk in in_chunks(sorted(ids)):
            out.extend(str(r[0]) for r in conn.exec_driver_sql(
                f"SELECT row_id FROM {SyncPending.__tablename__} WHERE table_name = ? AND "
                f"row_id IN {IDS_OF_PARAMETER}", (name, json.dumps(chunk))))
    return out


def _rows(session: Session, table: Table, ids: set[str]) -> Iterable[RowState]:
    """The rows as the service sent them (the wire's own encoding of their values)."""
    columns = content_columns(table)
    owner = changes.owner_column(table)
    for chunk in in_chunks(sorted(ids)):
        for row in session.execute(select(table).where(table.c.id.in_(chunk))):
            fields = {c.name: encode(c, row._mapping[c]) for c in columns}
            child = row.id if owner == "id" else fields.get(owner) if owner else None
            yield RowState(table=table.name, id=row.id, rev=row.rev,
                           server_seq=row.server_seq, deleted=bool(row.deleted),
                           child_id=None if child is None else str(child), fields=fields)


def _delete(session: Session, table: Table, ids: set[str]) -> None:
    if not ids:
        return
    conn = session.connection()
    q = conn.dialect.identifier_preparer.quote
    owner = changes.owner_column(table)
    for chunk in in_chunks(sorted(ids)):
        if owner is not None:
            for (value,) in conn.exec_driver_sql(
                    f"SELECT DISTINCT {q(owner)} FROM {q(table.name)} WHERE id IN "
                    f"{IDS_OF_PARAMETER}", (json.dumps(chunk),)):
                changes.note(session, table.name, None if value is None else str(value))
        conn.exec_driver_sql(f"DELETE FROM {q(table.name)} WHERE id IN {IDS_OF_PARAMETER}",
                             (json.dumps(chunk),))
