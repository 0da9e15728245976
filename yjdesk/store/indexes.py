"""Secondary indexes paused while a first pull fills an empty store.

A first pull inserts every row the laptop will hold; with the ids random UUIDs each insert
lands on a random page of every index of its table, and each index page dirtied is
encrypted again at every page's commit. Building an index once over the filled table (a
sort) costs less than keeping it up to date row by row.

:func:`pause` drops the **secondary** indexes of the given tables -- the ones a
``CREATE INDEX`` made that enforce nothing (``PRAGMA index_list``: origin ``c``, not
unique) -- and writes their definitions, as ``sqlite_master`` holds them (the schema's
migrations made them; nothing here is typed by hand), under :data:`MARKER` in
``local_meta`` in the same transaction. Primary keys and unique indexes and constraints
stay: the pull's own look-ups and its correctness rest on them. :func:`restore` makes the
recorded indexes again and removes the marker, in one transaction: a store either has the
marker or all its indexes. A store opened with the marker still set (a pull killed
half-way, or a rebuild that ran out of disk) gets its indexes back on open
(:meth:`yjdesk.store.LocalStore.open_with_key`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import Connection

from yjdesk.store import local_meta

#: ``local_meta`` key: the paused indexes' ``[name, sql]`` pairs, as JSON.
MARKER = "indexes_paused"


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def paused(conn: Connection) -> list[tuple[str, str]]:
    """The indexes recorded by :func:`pause` and not restored yet (name, ``CREATE`` SQL)."""
    value = local_meta.value(conn, MARKER)
    if value is None:
        return []
    return [(str(name), str(sql)) for name, sql in json.loads(value)]


def secondary(conn: Connection, tables: Iterable[str]) -> list[tuple[str, str]]:
    """The secondary indexes of ``tables`` (name, ``CREATE`` SQL), by name: made by
    ``CREATE INDEX``, not unique."""
    out: list[tuple[str, str]] = []
    for table in sorted(set(tables)):
        for row in conn.exec_driver_sql(f"PRAGMA index_list({_quote(conn, table)})"):
            name, unique, origin = str(row[1]), int(row[2]), str(row[3])
            if unique or origin != "c":
                continue
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                (name,)).scalar()
            if sql:
                out.append((name, str(sql)))
    return sorted(out)


def pause(conn: Connection, tables: Iterable[str]) -> int:
    """Drop the secondary indexes of ``tables`` and record them (the caller's transaction);
    returns how many were dropped. Indexes already paused stay recorded."""
    found = secondary(conn, tables)
    recorded = dict(paused(conn))
    recorded.update(found)
    local_meta.put(conn, MARKER, json.dumps(sorted(recorded.items())))
    for name, _sql in found:
        conn.exec_driver_sql(f"DROP INDEX {_quote(conn, name)}")
    return len(found)


def restore(conn: Connection) -> int:
    """Make the paused indexes again and remove the marker (the caller's transaction);
    returns how many were made (0 when nothing was paused)."""
    recorded = paused(conn)
    made = 0
    for name, sql in recorded:
        there = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)).scalar()
        if there is None:
            conn.exec_driver_sql(sql)
            made += 1
    if recorded:
        local_meta.remove(conn, MARKER)
    return made


def has_marker(conn: Connection) -> bool:
    """Whether indexes are paused (False for a store without ``local_meta`` yet)."""
    return local_meta.value(conn, MARKER) is not None
