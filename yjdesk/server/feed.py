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
import re
import secrets
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Protocol

from sqlalchemy import Integer, Table, bindparam, case, column, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from yjdesk.models.base import Base, sorted_tables
from yjdesk.models.server import FeedEntry, RowRevision, ServerCounter
from yjdesk.models.types import utcnow
from yjdesk.server import driver, wide_rows
from yjdesk.server.idlist import any_ids, ids_json
from yjdesk.server.row_writes import (
    CHUNK,
    PENDING_ROWS,
    RowWriter,
    chunked,
    column_default,
    insert_of,
    json_rows,
    naive_utc,
    quoted,
    send_held,
    update_of,
)
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
    """The production allocator: provisional numbers first, real ones under the lock last.

    Feed entries of rows written through :func:`write_row` are kept here (not written with
    provisional numbers and renumbered) and written once, with their real positions, by
    :meth:`finish`. On PostgreSQL, when every provisional number came from ``write_row``,
    taking the counter, renumbering the rows and their revisions and writing the feed
    entries is ONE statement, so the counter row is locked for that statement and the
    commit only (the lock's hold time bounds how many pushes a second the service takes).
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._order: list[tuple[str, int]] = []
        self._real: dict[int, int] = {}
        #: provisional number -> feed entry (without its position) of a written row.
        self._feed: dict[int, dict[str, Any]] = {}
        #: provisional number -> revision (``row_revision`` values) not written yet.
        self._revisions: dict[int, dict[str, Any]] = {}
        #: Some revisions were written with provisional numbers (someone read the history).
        self._revisions_written = False
        #: :meth:`finish` wrote the record it was given.
        self.recorded = False
        #: :meth:`finish` committed the transaction (asked to, and it could).
        self.committed = False
        # Whoever reads row_revision in this transaction writes the pending ones first.
        session.info[_PENDING_REVISIONS] = self.write_revisions

    def next(self, table: str) -> int:
        provisional = -1 - secrets.randbits(62)
        self._order.append((table, provisional))
        return provisional

    def resolve(self, seq: int) -> int:
        return self._real.get(seq, seq)

    def defer_feed(self, seq: int, entry: dict[str, Any]) -> None:
        """Write this feed entry at :meth:`finish`, at ``seq``'s real position."""
        self._feed[seq] = entry

    def defer_revision(self, seq: int, values: dict[str, Any]) -> None:
        """Write this revision at :meth:`finish` (or before anyone reads the history)."""
        self._revisions[seq] = values

    def write_revisions(self) -> None:
        """Write the pending revisions now, with their provisional numbers."""
        if self._revisions:
            self._session.execute(insert_of(_REVISIONS), list(self._revisions.values()))
            self._revisions = {}
            self._revisions_written = True

    def mark(self) -> int:
        return len(self._order)

    def rollback_to(self, mark: int) -> None:
        """Forget the positions taken since :meth:`mark` (their rows were rolled back)."""
        for _, provisional in self._order[mark:]:
            self._feed.pop(provisional, None)
            self._revisions.pop(provisional, None)
        del self._order[mark:]

    def _done(self) -> None:
        if self._session.info.get(_PENDING_REVISIONS) == self.write_revisions:
            del self._session.info[_PENDING_REVISIONS]

    def finish(self, record: Record | None = None, writer: RowWriter | None = None, *,
               commit: bool = False) -> None:
        """Lock the counter and replace every provisional number by the next position, in
        order. ``record``: a row to insert as well, in the same statement where the
        counter is taken in one (see :class:`Record`); the caller inserts it otherwise
        (``finish`` returns whether it was inserted, as :attr:`recorded`). ``writer``: the
        push's :class:`RowWriter`, still holding rows: on PostgreSQL they are written by
        that statement, at their real positions (``RowWriter.as_ctes``), else sent first."""
        self._done()
        self.recorded = False
        if not self._order:
            if writer is not None:
                writer.send()
            return
        dialect = self._session.get_bind().dialect.name
        if all(p in self._feed for _, p in self._order):
            if dialect == "postgresql":
                self._finish_in_one_statement(record, writer, commit=commit)
                return
            if writer is not None:
                writer.send()
            if dialect == "sqlite":
                self._finish_on_sqlite()
                return
        if writer is not None:
            writer.send()
        self.write_revisions()
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
        moved = {p: s for p, s in self._real.items() if p not in self._feed}
        if moved:
            _renumber(self._session, _FEED, moved)
        self._session.execute(update(ServerCounter).where(ServerCounter.name == FEED)
                              .values(value=value))
        entries = [{**entry, "server_seq": self._real[p]} for p, entry in self._feed.items()]
        for part in chunked(_last_per_row(entries), 500):
            _upsert_feed_many(self._session, part)
        self._order = []
        self._feed = {}

    def _finish_on_sqlite(self) -> None:
        """:meth:`finish` on SQLite, every position from :func:`write_row`: the counter
        taken and moved in one statement, then the rows, revisions and feed entries put at
        their real positions (in the order they were handed out) by statements written
        once (:data:`_SQLITE`), their values bound a row at a time, where the general
        path built an ``UPDATE ... CASE`` of the batch's numbers and a multi-row upsert
        for every push. SQLite runs one writing transaction at a time (BEGIN IMMEDIATE),
        so the counter is taken in commit order whichever statement comes first."""
        order = self._order
        conn = self._session.connection()
        base = int(conn.exec_driver_sql(_SQLITE["take"], (len(order), len(order))).scalar_one())
        real = {p: base + i + 1 for i, (_, p) in enumerate(order)}
        if self._revisions_written:  # some revisions were written early, provisional
            early = [(real[p], p) for p in real if p not in self._revisions]
            if early:
                conn.exec_driver_sql(_SQLITE["revision"], early)
        if self._revisions:
            conn.execute(insert_of(_REVISIONS),
                         [{**v, "server_seq": real[p]} for p, v in self._revisions.items()])
        by_table: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
        for table, p in order:
            if table not in PUSH_ONLY:
                by_table[table].append((real[p], self._feed[p]["row_id"], p))
        for table, moves in by_table.items():
            conn.exec_driver_sql(_sqlite_renumber(table), moves)
        entries = _last_per_row([{**self._feed[p], "server_seq": real[p]} for _, p in order])
        conn.exec_driver_sql(_SQLITE["feed"], [
            (e["table_name"], e["row_id"], e["server_seq"], e["kind"], e["child_id"],
             e["team_id"], e["audience"]) for e in entries])
        self._real = real
        self._order = []
        self._feed = {}
        self._revisions = {}

    def _finish_in_one_statement(self, record: Record | None,
                                 writer: RowWriter | None = None, *,
                                 commit: bool = False) -> None:
        order = self._order
        n = len(order)
        pos = {p: i + 1 for i, (_, p) in enumerate(order)}
        # Rows still held back are written by this statement at their real positions
        # (nothing to move afterwards); else they are sent now and moved below.
        written = writer.as_ctes(pos) if writer is not None else None
        if writer is not None and written is None:
            writer.send()
        here = written.provisionals if written is not None else set()
        entries = _last_per_row([{**self._feed[p], "server_seq": pos[p]} for _, p in order])
        revisions = [(pos[p], v) for p, v in self._revisions.items()]
        updates = [] if written is None else list(written.ctes)
        names = sorted({t for t, p in order if t not in PUSH_ONLY and p not in here})
        for i, name in enumerate(names):
            updates.append(
                f"t{i} AS (UPDATE {quoted(name)} AS t SET server_seq = c.base + m.ord "
                f"FROM c, m WHERE m.tbl = :name{i} AND t.server_seq = m.prov)")
        # The statement's rows travel as JSON documents (one text parameter each, read by
        # json_to_recordset): psycopg writes Python lists as array literals in Python,
        # escaping every element, which was a fifth of a push's CPU.
        params: dict[str, Any] = {
            "n": n,
            "m": json_rows([{"t": t, "p": p, "o": i + 1} for i, (t, p) in enumerate(order)]),
            "f": json_rows([{"t": e["table_name"], "r": e["row_id"], "o": e["server_seq"],
                              "k": e["kind"], "c": e["child_id"], "tm": e["team_id"],
                              "a": e["audience"]} for e in entries])}
        params.update({f"name{i}": name for i, name in enumerate(names)})
        if written is not None:
            params.update(written.params)
        # Revisions written early (with provisional numbers) are renumbered; the rest are
        # written here, at their real positions.
        renumber = ("r AS (UPDATE row_revision AS r SET server_seq = c.base + m.ord FROM c, m "
                    "WHERE r.server_seq = m.prov), ") if self._revisions_written else ""
        if revisions:
            params["v"] = json_rows([
                {"t": v["table_name"], "r": v["row_id"], "v": v["rev"], "j": v["fields_json"],
                 "b": v["updated_by"], "at": naive_utc(v["updated_at"]).isoformat(),
                 "o": o, "d": v["device_id"]} for o, v in revisions])
            renumber += (
                "v AS (INSERT INTO row_revision (table_name, row_id, rev, fields_json, "
                "updated_by, updated_at, server_seq, device_id) SELECT v.t, v.r, v.v, "
                "v.j, v.b, v.at, c.base + v.o, v.d FROM c, json_to_recordset("
                "CAST(:v AS json)) AS v(t text, r text, v integer, j text, b text, "
                "at timestamp, o bigint, d text)), ")
        if record is not None:
            # The record's text names positions as format() arguments (%1$s ...), filled
            # with the real ones here: the counter is locked for one statement less.
            template, provisionals = record.template()
            names = sorted(record.values)
            params.update({f"rec_{k}": v for k, v in record.values.items()})
            params["rec_tpl"] = template
            params["rec_ords"] = json.dumps([pos[p] for p in provisionals])
            renumber += (
                f"b AS (INSERT INTO {quoted(record.table.name)} "
                f"({', '.join(names)}, {record.text_column}) "
                f"SELECT {', '.join(':rec_' + k for k in names)}, format(CAST(:rec_tpl AS text), "
                "VARIADIC ARRAY(SELECT CAST(c.base + CAST(o.ord AS bigint) AS text) FROM c, "
                "json_array_elements_text(CAST(:rec_ords AS json)) WITH ORDINALITY "
                "AS o(ord, i) ORDER BY o.i)) FROM c), ")
        sql = (
            "WITH c AS (UPDATE server_counter SET value = value + :n WHERE name = 'feed' "
            "RETURNING value - :n AS base), "
            "m AS (SELECT m.t AS tbl, m.p AS prov, m.o AS ord FROM json_to_recordset("
            "CAST(:m AS json)) AS m(t text, p bigint, o bigint)), "
            + renumber
            + "".join(u + ", " for u in updates) +
            "f AS (INSERT INTO feed_entry (table_name, row_id, server_seq, kind, child_id, "
            "team_id, audience) SELECT f.t, f.r, c.base + f.o, f.k, f.c, f.tm, f.a "
            "FROM c, json_to_recordset(CAST(:f AS json)) "
            "AS f(t text, r text, o bigint, k text, c text, tm text, a text) "
            "ON CONFLICT (table_name, row_id) DO UPDATE SET server_seq = excluded.server_seq, "
            "kind = excluded.kind, child_id = excluded.child_id, team_id = excluded.team_id, "
            "audience = excluded.audience) "
            "SELECT base FROM c")
        # On the driver's cursor (server/driver.py): SQLAlchemy's execution of it cost
        # about as much again as psycopg's
        conn = self._session.connection()
        send_held(conn)
        base = int(driver.statement(_text(sql), conn.dialect).rows(
            conn, params, commit=commit)[0][0])
        self.committed = commit
        self.recorded = record is not None
        self._real = {p: base + pos[p] for _, p in order}
        self._order = []
        self._feed = {}
        self._revisions = {}


#: :meth:`DeferredCounter._finish_on_sqlite`'s statements (qmark parameters, the
#: driver's own: no statement is built or compiled per push).
_SQLITE = {
    "take": "UPDATE server_counter SET value = value + ? WHERE name = 'feed' "
            "RETURNING value - ?",
    "revision": "UPDATE row_revision SET server_seq = ? WHERE server_seq = ?",
    "feed": "INSERT INTO feed_entry (table_name, row_id, server_seq, kind, child_id, "
            "team_id, audience) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, row_id) "
            "DO UPDATE SET server_seq = excluded.server_seq, kind = excluded.kind, "
            "child_id = excluded.child_id, team_id = excluded.team_id, "
            "audience = excluded.audience",
}


@cache
def _sqlite_renumber(table: str) -> str:
    """A row moved from its provisional position to its real one (by id, then the
    provisional number it was written with)."""
    return f"UPDATE {quoted(table)} SET server_seq = ? WHERE id = ? AND server_seq = ?"


_SEQ_IN_JSON = re.compile(r'"server_seq":(-[0-9]+)')


@dataclass
class Record:
    """A row written with the feed positions (a push's stored answer): ``values`` as
    they are, and ``text`` (JSON naming provisional positions as ``"server_seq": -N``)
    into ``text_column`` with every provisional position replaced by its real one."""

    table: Table
    values: dict[str, Any]
    text_column: str
    text: str

    def template(self) -> tuple[str, list[int]]:
        """``text`` as a format() string (%n$s for the n-th provisional position named),
        and those provisional positions."""
        named: dict[int, int] = {}

        def slot(match: re.Match[str]) -> str:
            provisional = int(match.group(1))
            n = named.setdefault(provisional, len(named) + 1)
            return f'"server_seq":%{n}$s'
        return _SEQ_IN_JSON.sub(slot, self.text.replace("%", "%%")), list(named)


#: ``session.info`` key: writes the revisions a push has not written yet (see
#: :func:`write_pending_revisions`).
_PENDING_REVISIONS = "feed_pending_revisions"


def write_pending_revisions(session: Session) -> None:
    """Before reading ``row_revision``: write the revisions this transaction's allocator
    is holding back (a push writes its revisions with its feed positions, at the end)."""
    pending = session.info.get(_PENDING_REVISIONS)
    if pending is not None:
        pending()


@lru_cache(maxsize=512)
def _text(sql: str) -> Any:
    """``text(sql)``, kept: a push's counter statement takes a few shapes only."""
    return text(sql)


def _last_per_row(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per row (its last), so one statement never upserts a row twice."""
    by_row = {(e["table_name"], e["row_id"]): e for e in entries}
    return list(by_row.values())


def _renumber(session: Session, table: Table, mapping: dict[int, int]) -> None:
    col = table.c.server_seq
    for part in chunked(list(mapping.items())):
        sub = dict(part)
        session.execute(update(table).where(col.in_(list(sub)))
                        .values(server_seq=case(sub, value=col)))


HORIZON = select(ServerCounter.value).where(ServerCounter.name == FEED)


def committed_horizon(session: Session) -> int:
    """The counter's value: every position up to it is committed (or never will be)."""
    return int(session.connection().execute(HORIZON).scalar_one())


_BY_NAME: dict[int, dict[str, Table]] = {}


def tables() -> dict[str, Table]:
    """Every table by name (built once per schema and shared: do not change it)."""
    key = len(Base.metadata.tables)
    found = _BY_NAME.get(key)
    if found is None:
        found = _BY_NAME[key] = {t.name: t for t in sorted_tables()}
    return found


def table_rank() -> dict[str, int]:
    """Parents before children (foreign-key order)."""
    return {t.name: i for i, t in enumerate(sorted_tables())}


def wire_row(table: Table, row: Any) -> dict[str, WireValue]:
    """Every content field of a database row, as wire values (a None, text, number or
    true/false value is its own encoding, as :func:`encode` says: not passed to it)."""
    mapping = row._mapping if hasattr(row, "_mapping") else row
    out: dict[str, WireValue] = {}
    for name, col in _named_columns(table):
        value = mapping[name]
        out[name] = value if value is None or type(value) in _OWN_ENCODING \
            else encode(col, value)
    return out


#: Types :func:`encode` gives every value of back as it is (exact types).
_OWN_ENCODING = frozenset({str, int, float, bool})


@cache
def _named_columns(table: Table) -> tuple[tuple[str, Any], ...]:
    return tuple((c.name, c) for c in content_columns(table))


@cache
def _column_names(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in content_columns(table))


def load(session: Session, table: Table, row_id: str, *, lock: bool = False) -> Any | None:
    stmt = select(table).where(table.c.id == row_id)
    return session.execute(stmt.with_for_update() if lock else stmt).first()


def lock_rows(session: Session, wanted: Iterable[tuple[str, str]]) -> None:
    """Lock existing rows in a fixed order (table, id), so concurrent writers never deadlock."""
    lock_and_load(session, wanted, load=False)


def lock_and_load(session: Session, wanted: Iterable[tuple[str, str]], *,
                  load: bool = True, batch_lock: str | None = None
                  ) -> dict[tuple[str, str], Any]:
    """:func:`lock_rows`, returning the locked rows as :func:`load` would, keyed by
    ``(table, id)`` (append-only rows are read, not locked). A wanted row that is not
    stored is absent from the answer; one statement per table (and 2,000 ids).

    ``batch_lock`` (PostgreSQL): take the transaction's advisory lock on this key
    (:data:`BATCH_LOCK`) first, before any row is locked or read -- in the first
    statement, whose one-time filter takes it before its scan starts (one round trip
    less a push), or alone if no statement is needed. Rows read after waiting for it
    are the latest versions of the rows locked (a ``FOR UPDATE`` rereads a row changed
    meanwhile); what the waiting transaction committed is for the caller to read after
    this returns."""
    by_table: dict[str, set[str]] = defaultdict(set)
    for name, row_id in wanted:
        by_table[name].add(row_id)
    known = tables()
    out: dict[tuple[str, str], Any] = {}
    conn = session.connection()
    send_held(conn)  # (the statements below run on the driver's cursor)
    if conn.dialect.name == "postgresql":
        parts = tuple((known[name], load, name not in PUSH_ONLY) for name in sorted(by_table)
                      if name in known and "id" in known[name].c
                      and (load or name not in PUSH_ONLY))
        if len(parts) > 1 and all(len(by_table[t.name]) <= CHUNK for t, _, _ in parts):
            _lock_and_load_at_once(conn, parts, by_table, batch_lock, out)
            return out
    for name in sorted(by_table):
        found = known.get(name)
        if found is None or "id" not in found.c:
            continue
        append_only = name in PUSH_ONLY
        if append_only and not load:
            continue  # append-only rows are never updated (nor may the service lock them)
        stmt = driver.statement(_lock_query(found, load, not append_only,
                                            batch_lock is not None, conn.dialect.name),
                                conn.dialect)
        names = [c.name for c in found.c] if load else []
        for part in chunked(sorted(by_table[name])):
            params: dict[str, Any] = {"ids": ids_json(part, sort=False)}
            if batch_lock is not None:
                params["batch_lock"], batch_lock = batch_lock, None
            rows = stmt.rows(conn, params)
            if load:
                for row in rows:
                    mapping = dict(zip(names, row, strict=True))
                    out[(name, mapping["id"])] = StoredRow(mapping)
    if batch_lock is not None:
        conn.execute(_BATCH_LOCK_ALONE, {"batch_lock": batch_lock})
    return out


def _lock_and_load_at_once(conn: Any, parts: tuple[tuple[Table, bool, bool], ...],
                           by_table: Mapping[str, set[str]], batch_lock: str | None,
                           out: dict[tuple[str, str], Any]) -> None:
    """:func:`lock_and_load`'s statements of several tables as ONE (PostgreSQL,
    :func:`_lock_many_query`), locking the same rows in the same order: a push of edits
    and new rows of two tables sent two statements, one of them only to look for (and
    lock) the new rows' ids."""
    query, spans = _lock_many_query(parts, batch_lock is not None)
    stmt = driver.statement(query, conn.dialect)
    params: dict[str, Any] = {f"ids{i}": ids_json(sorted(by_table[table.name]), sort=False)
                              for i, (table, _, _) in enumerate(parts)}
    if batch_lock is not None:
        params["batch_lock"] = batch_lock
    names = [[c.name for c in table.c] if load else [] for table, load, _ in parts]
    for row in stmt.rows(conn, params):
        part = row[0]
        if names[part]:
            first, end = spans[part]
            mapping = dict(zip(names[part], row[first:end], strict=True))
            out[(parts[part][0].name, mapping["id"])] = StoredRow(mapping)


@lru_cache(maxsize=512)  # (bounded: the tables are whichever a push's rows name)
def _lock_many_query(parts: tuple[tuple[Table, bool, bool], ...], gated: bool
                     ) -> tuple[Any, tuple[tuple[int, int], ...]]:
    """One statement for :func:`lock_and_load`'s tables (``(table, load, lock)`` each,
    in the order (table name) the rows are locked), and each table's span of columns in
    its rows: a ``WITH`` query a table -- its rows (or only their ids) with ``FOR UPDATE``
    in id order where ``lock``, as :func:`_lock_query` -- and their rows one ``UNION
    ALL``, a branch a table in that order, each row the index of its table and every
    table's columns (NULLs of their types but its own: :mod:`yjdesk.server.wide_rows`).
    The branches run one after the other, so the rows are locked table by table, each
    table's in id order, as one statement a table locked them; the first takes
    :data:`BATCH_LOCK` before its scan where ``gated``."""
    widths = [list(table.c) if load else [table.c.id] for table, load, _ in parts]
    lists, spans = wide_rows.select_lists(widths, lambda i, c: f"t{i}.{quoted(c.name)}",
                                          postgresql.dialect())
    ctes: list[str] = []
    for i, ((table, _, lock), cols) in enumerate(zip(parts, widths, strict=True)):
        name = quoted(table.name)
        where = f"{name}.id {any_ids('postgresql', f':ids{i}')}"
        if gated and i == 0:
            where += f" AND (SELECT true FROM {BATCH_LOCK})"
        locked = f" ORDER BY {name}.id FOR UPDATE" if lock else ""
        listed = ", ".join(f"{name}.{quoted(c.name)}" for c in cols)
        ctes.append(f"t{i} AS (SELECT {listed} FROM {name} WHERE {where}{locked})")
    branches = [f"SELECT {listed} FROM t{i}" for i, listed in enumerate(lists)]
    columns = [column("part", Integer()), *(
        column(f"c{j}", col.type) for j, col in enumerate(c for cols in widths for c in cols))]
    query = text(f"WITH {', '.join(ctes)} {' UNION ALL '.join(branches)}").columns(*columns)
    return query, spans


class StoredRow:
    """A row read by :func:`lock_and_load`: its columns' values by name, as ``_mapping``
    (the one part of SQLAlchemy's ``Row`` the push reads)."""

    __slots__ = ("_mapping",)

    def __init__(self, mapping: dict[str, Any]) -> None:
        self._mapping = mapping


#: A transaction's advisory lock on a text key (``:batch_lock``): a push's batch id
#: (``server.push``), released at its commit or rollback.
BATCH_LOCK = "pg_advisory_xact_lock(hashtextextended(:batch_lock, 0))"
_BATCH_LOCK_ALONE = text(f"SELECT {BATCH_LOCK}")


@cache
def _lock_query(table: Table, load: bool, lock: bool, gated: bool, dialect: str) -> Any:
    """:func:`lock_and_load`'s statement for a table, built once (its ids bound per call
    as one JSON text, :mod:`yjdesk.server.idlist`; run on the driver's cursor,
    :mod:`yjdesk.server.driver`: SQLAlchemy's execution and result cost more than the
    indexed lookup); ``gated``: it takes :data:`BATCH_LOCK` before its scan (an
    uncorrelated condition: PostgreSQL's one-time filter, evaluated once before any row is
    read)."""
    stmt = select(table if load else table.c.id).where(
        text(f"{quoted(table.name)}.id {any_ids(dialect, ':ids')}"))
    if gated:
        stmt = stmt.where(text(f"(SELECT true FROM {BATCH_LOCK})"))
    return stmt.order_by(table.c.id).with_for_update() if lock else stmt


@cache
def rows_by_id(table: Table) -> Any:
    """``SELECT * FROM table WHERE id IN (:ids)``, built once per table."""
    return select(table).where(table.c.id.in_(bindparam("ids", expanding=True)))


def write_row(session: Session, seqs: SeqAllocator, table: Table, row_id: str,
              values: dict[str, Any], *, user_id: str | None, device_id: str | None,
              current: Any | None, known: Mapping[str, WireValue] | None = None
              ) -> tuple[int, int]:
    """Insert or update one synced row as a new revision; returns ``(rev, server_seq)``.

    ``values`` are Python values of content columns. The revision is kept in
    ``row_revision`` and the row's feed entry moves to the new position. ``server_seq`` is
    a provisional until the allocator finishes (see :meth:`SeqAllocator.resolve`).
    ``known``: wire values the caller already has of some of the row's columns as they
    will stand (``encode`` of their value: the push's decoded fields, the stored row's),
    which the revision takes instead of encoding them again (a child's forty columns
    were encoded for every edit).
    """
    seq = seqs.next(table.name)
    now = utcnow()
    columns = content_columns(table)
    if current is None:
        full = {c.name: values[c.name] if c.name in values else column_default(c) for c in columns}
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
    # Statements built once and parameters passed separately: SQLAlchemy then reuses the
    # compiled statement instead of coercing every value into a new one (a measured cost).
    if current is None:
        stmt, params = insert_of(table), {"id": row_id, **full, **meta}
    else:
        changed = {**values, **meta}
        stmt = update_of(table, tuple(changed))
        params = {"b_id": row_id, **{f"b_{k}": v for k, v in changed.items()}}
    writer: RowWriter | None = session.info.get(PENDING_ROWS)
    if writer is not None:
        writer.add(stmt, params)  # sent with the run it belongs to (RowWriter)
    else:
        session.execute(stmt, params)
    if known is None:
        fields = {c.name: encode(c, full[c.name]) for c in columns}
    elif len(known) == len(columns) and tuple(known) == _column_names(table):
        fields = dict(known)  # every column, in their order (an edit's known row): as is
    else:
        fields = {c.name: known[c.name] if c.name in known else encode(c, full[c.name])
                  for c in columns}
    revision = dict(table_name=table.name, row_id=row_id, rev=rev,
                    fields_json=json.dumps(fields), updated_by=user_id, updated_at=now,
                    server_seq=seq, device_id=device_id)
    defer_revision = getattr(seqs, "defer_revision", None)
    if defer_revision is not None:
        defer_revision(seq, revision)  # written by the allocator, with the feed entries
    else:
        session.execute(insert_of(_REVISIONS), revision)
    kind = feed_kind(table, {"id": row_id, **full})
    entry = {"table_name": table.name, "row_id": row_id, "server_seq": seq,
             "kind": kind.kind, "child_id": kind.child_id, "team_id": kind.team_id,
             "audience": kind.audience}
    defer = getattr(seqs, "defer_feed", None)
    if defer is not None:
        defer(seq, entry)  # written at its real position by the allocator's finish()
    else:
        _upsert_feed(session, entry)
    return rev, seq


def _upsert_feed(session: Session, entry: dict[str, Any]) -> None:
    _upsert_feed_many(session, [entry])


_FEED_CHANGES = ("server_seq", "kind", "child_id", "team_id", "audience")


def _upsert_feed_many(session: Session, entries: list[dict[str, Any]]) -> None:
    """Insert or move these feed entries (one statement; each row at most once)."""
    if not entries:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        pg = postgresql.insert(_FEED).values(entries)
        session.execute(pg.on_conflict_do_update(
            index_elements=["table_name", "row_id"],
            set_={k: pg.excluded[k] for k in _FEED_CHANGES}))
    elif dialect == "sqlite":
        lite = sqlite.insert(_FEED).values(entries)
        session.execute(lite.on_conflict_do_update(
            index_elements=["table_name", "row_id"],
            set_={k: lite.excluded[k] for k in _FEED_CHANGES}))
    else:  # pragma: no cover - only the two supported databases
        raise ValueError(f"unsupported database {dialect}")


def revision(session: Session, table: str, row_id: str, rev: int) -> RowRevision | None:
    write_pending_revisions(session)
    return session.get(RowRevision, (table, row_id, rev))


def revisions_since(session: Session, table: str, row_id: str,
                    rev: int) -> list[RowRevision]:
    """Revisions ``rev`` .. current of one row, oldest first."""
    write_pending_revisions(session)
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
