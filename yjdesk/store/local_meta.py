"""The store's own markers in ``local_meta``, read and written on a plain connection (before
the ORM, and before or during a schema upgrade): the paused indexes of a first pull
(:mod:`yjdesk.store.indexes`) and its references still to check
(:mod:`yjdesk.store.references`)."""

from __future__ import annotations

from sqlalchemy import Connection


def value(conn: Connection, key: str) -> str | None:
    """The value under ``key``; None when there is none (or no ``local_meta`` yet: a store
    being made)."""
    table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'local_meta'").scalar()
    if table is None:
        return None
    found = conn.exec_driver_sql("SELECT value FROM local_meta WHERE key = ?", (key,)).first()
    return None if found is None else str(found[0])


def put(conn: Connection, key: str, text: str) -> None:
    conn.exec_driver_sql("INSERT OR REPLACE INTO local_meta (key, value) VALUES (?, ?)",
                         (key, text))


def remove(conn: Connection, key: str) -> None:
    conn.exec_driver_sql("DELETE FROM local_meta WHERE key = ?", (key,))
