"""References checked once, at the end of a first pull into an empty store.

A first pull gets the rows in the service's commit order, each at its latest position: a
child whose record was edited after its contacts and addresses comes after them. Checked
row by row, those rows wait (parked, their JSON written, read back and parsed) until their
child comes: most of a working team's rows, and most of the first pull's time (a team's
first pull took 36 s, against 15 s with the same rows parents first).

So a first pull into an empty store writes its pages with foreign keys not checked
(:data:`yjdesk.store.engine.FOREIGN_KEYS`), under :data:`MARKER` in ``local_meta``, set in
the transaction that starts the pull; while it is set the pull's pages, however many syncs
they take, are written that way. At the pull's end one transaction parks the rows whose
parent has still not come (``yjdesk.sync.references.check``, as any pulled row waiting for
its parent is parked) and removes the marker: a store either has the marker or every
reference in it holds. Every other transaction checks foreign keys as always. Until the
check, a row whose parent has not come is in its table (in the person's scope: the service
sent it), not listed on a record, the caseload or search, which start from the children
held (docs/decisions.md, 33).
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Connection

from yjdesk.store import local_meta

#: ``local_meta`` key: set while a first pull's pages are written without checking their
#: references (the value is when the pull started, for a person reading the store).
MARKER = "references_unchecked"


def defer(conn: Connection, since: str) -> None:
    """Record that this pull's references are checked at its end (the caller's
    transaction, the one that starts the pull)."""
    local_meta.put(conn, MARKER, since)


def deferred(conn: Connection) -> bool:
    """Whether a first pull's references are still to be checked (False for a store
    without ``local_meta`` yet)."""
    return local_meta.value(conn, MARKER) is not None


def checked(conn: Connection) -> None:
    """Remove the marker (the caller's transaction, the one that checked them)."""
    local_meta.remove(conn, MARKER)


def violations(conn: Connection) -> Counter[str]:
    """Rows whose reference does not hold, by table (SQLite's own check of every foreign
    key of the schema as it is)."""
    return Counter(str(row[0]) for row in conn.exec_driver_sql("PRAGMA foreign_key_check"))
