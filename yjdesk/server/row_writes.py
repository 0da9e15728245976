"""A push's row writes: the statements that insert and update synced rows, and the
:class:`RowWriter` that holds them back and sends a run of one shape at a time.

Split from :mod:`yjdesk.server.feed`, which gives each write its revision and feed position
(``feed.write_row``) and shares the small SQL helpers here (:func:`quoted`, :func:`chunked`,
:func:`json_rows`, :func:`naive_utc`); the central import uses :func:`column_default`, which
it had written out again.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import pydantic_core
from sqlalchemy import Table, bindparam, event, insert, text, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import Column


def json_rows(rows: list[dict[str, Any]]) -> str:
    """Rows for ``json_to_recordset``: compact JSON, no escaping of non-ASCII text.

    Written by pydantic's JSON writer (the one the pull's pages use): for the text,
    numbers, booleans and nulls these rows hold, the same text as ``json.dumps(rows,
    ensure_ascii=False, separators=(",", ":"))`` in a fifth to a half of its time (a push
    writes four to six of these). Text that cannot be UTF-8 (a lone surrogate) raises
    ``ValueError`` (``PydanticSerializationError``) where ``json.dumps`` let it through
    to fail in the driver."""
    return pydantic_core.to_json(rows).decode()


def naive_utc(value: dt.datetime) -> dt.datetime:
    """As ``TZDateTime`` stores it."""
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def quoted(name: str) -> str:
    if not name.replace("_", "").isalnum():  # table names come from the models
        raise ValueError(f"unexpected table name {name!r}")
    return f'"{name}"'


#: Rows per statement where a statement names many rows (bind-parameter limits).
CHUNK = 2000


def chunked(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def column_default(column: Column[Any]) -> Any:
    default = column.default
    if default is None:
        return None
    if getattr(default, "is_callable", False):
        return default.arg(None)  # type: ignore[attr-defined]
    if getattr(default, "is_scalar", False):
        return default.arg  # type: ignore[attr-defined]
    return None


#: ``session.info`` key: the :class:`RowWriter` holding a push's row writes back, if any.
PENDING_ROWS = "feed_pending_rows"


class RowWriter:
    """Row writes held back and sent a run at a time (a push applied without a savepoint a
    row): consecutive writes of one shape -- INSERTs into one table, or UPDATEs of the same
    columns of one table -- go as one ``executemany`` (one multi-row INSERT, or the UPDATEs
    in one call) instead of one statement a row, in the order they were made.

    Everything that could read them sees them first: a listener on the session's engine
    finds the writer of the connection a statement runs on, so any statement run on it --
    through the session (a rule's query, an ORM flush) or on ``session.connection()``
    directly -- sends the held writes before it runs.
    The push sends the rest before it judges the batch, inside the attempt whose failure
    sends it back to apply row by row (so a row that fails is still rejected alone, and
    nothing of it is written).
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._runs: list[tuple[Any, list[dict[str, Any]]]] = []
        self._sending = False
        self._conn = session.connection()
        # One listener an engine, added by the first writer on it and left in place: it
        # finds the connection's writer, if any, in _WRITERS. A listener a connection was
        # added for every push (each transaction has a new Connection), 30-70 us of CPU
        # with its clean-up; on the engine it costs a statement that SQLAlchemy runs one
        # call of _send_held (the service's engines listen for other connection events
        # already, so SQLAlchemy dispatches them on every statement either way), and a
        # steady-state push or pull runs none: theirs run on the driver's cursor, which
        # calls send_held itself.
        if self._conn.engine not in _LISTENING:
            listen_on(self._conn.engine)  # an engine not made by settings.make_engine
        _WRITERS[self._conn] = self
        session.info[PENDING_ROWS] = self

    def add(self, stmt: Any, params: dict[str, Any]) -> None:
        if self._runs and self._runs[-1][0] is stmt:
            self._runs[-1][1].append(params)
        else:
            self._runs.append((stmt, [params]))

    @property
    def held(self) -> int:
        """Rows held back now."""
        return sum(len(rows) for _, rows in self._runs)

    @property
    def runs(self) -> int:
        """Statements the held rows will take."""
        return len(self._runs)

    def send(self) -> None:
        """Write the held rows now."""
        runs, self._runs = self._runs, []
        if not runs:
            return
        self._sending = True
        try:
            for stmt, rows in runs:
                if len(rows) > 1 and self._conn.dialect.name == "postgresql" \
                        and self._insert_as_json(stmt, rows):
                    continue
                shape = _UPDATE_SHAPES.get(stmt) if len(rows) > 1 else None
                if shape is not None and self._conn.dialect.name == "postgresql" \
                        and len({row["b_id"] for row in rows}) == len(rows):
                    for part in chunked(rows, 500):
                        self._conn.execute(_update_many_of(*shape, len(part)), {
                            f"r{i}_{key}": value for i, row in enumerate(part)
                            for key, value in row.items()})
                    continue
                self._conn.execute(stmt, rows if len(rows) > 1 else rows[0])
        finally:
            self._sending = False

    def _insert_as_json(self, stmt: Any, rows: list[dict[str, Any]]) -> bool:
        """A run of INSERTs into one table as ONE statement on PostgreSQL, its rows one
        JSON text read by ``json_to_recordset`` (:func:`_json_insert_of`); False (nothing
        sent) where the table or a value does not suit it, for the ``executemany``.

        psycopg sends an ``executemany`` as a pipeline of one statement a row, and
        adapts each of its parameters in Python: 1.8-2.7 ms of CPU for a 50-row push's 46
        new rows against 0.8-1.2 ms as one JSON text (a multi-row ``VALUES`` with a
        parameter a value cost more than the pipeline). Each value goes through its
        column type's bind processing first, as in the INSERT it replaces."""
        table = _INSERT_TABLES.get(stmt)
        if table is None:
            return False
        names = tuple(rows[0])
        shape = _json_insert_of(table, names, self._conn.dialect)
        if shape is None or any(len(row) != len(names) for row in rows):
            return False
        sql, processors = shape
        try:
            docs = [{k: _json_value(row[k] if process is None else process(row[k]), cast)
                     for k, (process, cast) in processors.items()} for row in rows]
            param = json_rows(docs)
        except (KeyError, TypeError, ValueError, LookupError):
            return False  # sent as the INSERTs were (the same error, if any)
        self._conn.execute(sql, {"j": param})
        return True

    def as_ctes(self, ords: dict[int, int]) -> Written | None:
        """The held rows as data-modifying CTEs of the feed's counter statement
        (``feed.DeferredCounter.finish`` on PostgreSQL), each row written at once with its
        real position, ``c.base`` + its order in ``ords`` (provisional position -> order),
        instead of written now with its provisional position and moved by that statement:
        one statement (an UPDATE or INSERT a run) less a push, and each updated row
        rewritten once, not twice (a row's every index written again each time, as the
        position is indexed). The rows leave the writer (it holds nothing after).

        None -- nothing taken -- where a run does not suit it (a table, a column type or a
        value :func:`_json_insert_of` does not take, a row written twice, a position not
        in ``ords``): the caller sends them first, as :meth:`send` does."""
        if not self._runs or self._conn.dialect.name != "postgresql":
            return None
        parts: list[str] = []
        params: dict[str, Any] = {}
        provisionals: set[int] = set()
        rows_seen: set[tuple[str, Any]] = set()
        for i, (stmt, rows) in enumerate(self._runs):
            found = _cte_of(stmt, rows, ords, f"w{i}", self._conn.dialect)
            if found is None:
                return None
            sql, param, table, ids, taken = found
            keys = {(table, row_id) for row_id in ids}
            if len(keys) != len(ids) or keys & rows_seen:
                return None  # one statement must not write a row twice
            rows_seen |= keys
            parts.append(sql)
            params[f"w{i}"] = param
            provisionals |= taken
        self._runs = []
        return Written(parts, params, provisionals)

    def close(self) -> None:
        """Stop holding writes back; held ones are dropped (their attempt was rolled back)."""
        self._runs = []
        if _WRITERS.get(self._conn) is self:
            del _WRITERS[self._conn]
        if self._session.info.get(PENDING_ROWS) is self:
            del self._session.info[PENDING_ROWS]


@dataclass
class Written:
    """:meth:`RowWriter.as_ctes`: CTEs (``name AS (...)``, reading the counter's ``c.base``)
    and their parameters, and the provisional positions of the rows they write."""

    ctes: list[str]
    params: dict[str, Any]
    provisionals: set[int]


def _cte_of(stmt: Any, rows: list[dict[str, Any]], ords: dict[int, int], name: str,
            dialect: Any) -> tuple[str, str, str, list[Any], set[int]] | None:
    """One held run as a CTE named ``name`` whose rows travel as the JSON text ``:name``:
    (its SQL, that text, the table's name, the rows' ids, the provisional positions it
    writes), or None if it does not suit (:meth:`RowWriter.as_ctes`)."""
    table = _INSERT_TABLES.get(stmt)
    if table is not None:
        names = tuple(rows[0])
        id_key, seq_key, prefix = "id", "server_seq", ""
    else:
        shape = _UPDATE_SHAPES.get(stmt)
        if shape is None:
            return None
        table, changed = shape
        names = ("id", *changed)
        id_key, seq_key, prefix = "b_id", "b_server_seq", "b_"
    if any(len(row) != len(names) for row in rows) or "server_seq" not in names:
        return None
    processors = _json_processors(table, names, dialect)
    if processors is None:
        return None
    # Positions of synced rows are provisional, to be replaced; an append-only row's own
    # is 0 (its position is its revision's and feed entry's), kept as it is.
    seqs = [row[seq_key] for row in rows]
    moved = all(seq in ords for seq in seqs)
    if not moved and any(seq != 0 for seq in seqs):
        return None
    try:
        docs = []
        for row in rows:
            doc = {k: _json_value(row[prefix + k] if process is None
                                  else process(row[prefix + k]), cast)
                   for k, (process, cast) in processors.items()}
            if moved:
                doc["server_seq"] = ords[row[seq_key]]
            docs.append(doc)
        param = json_rows(docs)
    except (KeyError, TypeError, ValueError, LookupError):
        return None
    taken = set(seqs) if moved else set()
    sql = _cte_sql(table, names, bool(prefix), moved, name, dialect)
    return sql, param, table.name, [row[id_key] for row in rows], taken


@lru_cache(maxsize=512)
def _cte_sql(table: Table, names: tuple[str, ...], update: bool, moved: bool, name: str,
             dialect: Any) -> str:
    """:func:`_cte_of`'s SQL, built once a shape (it depends on the run's table, columns,
    kind and name only; its rows travel as the parameter ``:name``)."""
    processors = _json_processors(table, names, dialect)
    assert processors is not None
    cols = [f'"{k}"' for k in names]
    record = ", ".join(f'"{k}" {processors[k][1]}' for k in names)
    source = f"json_to_recordset(CAST(:{name} AS json)) AS j({record})"
    value = {k: 'c.base + j."server_seq"' if k == "server_seq" and moved else f'j."{k}"'
             for k in names}
    if update:
        sets = ", ".join(f'"{k}" = {value[k]}' for k in names if k != "id")
        return (f"{name} AS (UPDATE {quoted(table.name)} AS t SET {sets} FROM c, {source} "
                f'WHERE t.id = j."id")')
    return (f"{name} AS (INSERT INTO {quoted(table.name)} ({', '.join(cols)}) "
            f"SELECT {', '.join(value[k] for k in names)} FROM c, {source})")


@lru_cache(maxsize=512)
def _json_processors(table: Table, names: tuple[str, ...], dialect: Any
                     ) -> dict[str, tuple[Any, str]] | None:
    """Each column's bind processor and its type as ``json_to_recordset`` reads it (see
    :func:`_json_insert_of`), or None if a column's type is not one of :data:`_JSON_SAFE`."""
    casts = {k: _cast_type(table.c[k]) for k in names}
    if not all(cast in _JSON_SAFE for cast in casts.values()):
        return None
    return {k: (table.c[k].type.bind_processor(dialect), casts[k]) for k in names}


#: Connection -> the :class:`RowWriter` holding its writes back (while it does).
_WRITERS: dict[Any, RowWriter] = {}
#: Engines :func:`_send_held` listens on (for as long as each exists).
_LISTENING: weakref.WeakSet[Any] = weakref.WeakSet()


_LISTEN_LOCK = threading.Lock()


def listen_on(engine: Any) -> None:
    """Make every statement SQLAlchemy runs on ``engine`` send first what a
    :class:`RowWriter` holds back on its connection (once an engine). The service's
    engines are given it when made (``settings.make_engine``), before any thread runs a
    statement on them; :class:`RowWriter` adds it to any other engine at its first use."""
    with _LISTEN_LOCK:
        if engine not in _LISTENING:
            event.listen(engine, "before_execute", _send_held)
            _LISTENING.add(engine)


def send_held(conn: Any) -> None:
    """Send what a :class:`RowWriter` holds back on this connection, if anything: before
    a statement run on the driver's own cursor (which SQLAlchemy's events do not see)."""
    _send_held(conn)


def _send_held(conn: Any, *_args: Any) -> None:
    """Before any statement on a connection whose writes a :class:`RowWriter` holds back:
    send them (not for the writer's own statements)."""
    writer = _WRITERS.get(conn)
    if writer is not None and not writer._sending:
        writer.send()


@cache
def insert_of(table: Table) -> Any:
    stmt = insert(table)
    _INSERT_TABLES[stmt] = table
    return stmt


#: :func:`insert_of`'s statements -> their table (:meth:`RowWriter._insert_as_json`).
_INSERT_TABLES: dict[Any, Table] = {}

#: Column types whose values travel as JSON text or numbers and are read back exactly by
#: ``json_to_recordset`` into the column's type (:func:`_json_insert_of`).
_JSON_SAFE = ("BIGINT", "BOOLEAN", "DATE", "INTEGER", "SMALLINT", "TEXT", "VARCHAR",
              "TIMESTAMP WITHOUT TIME ZONE")


@lru_cache(maxsize=512)
def _json_insert_of(table: Table, names: tuple[str, ...], dialect: Any
                    ) -> tuple[Any, dict[str, tuple[Any, str]]] | None:
    """``INSERT INTO table (names) SELECT ... FROM json_to_recordset(:j)`` and each
    column's bind processor, or None if a column's type is not one of :data:`_JSON_SAFE`
    (each value cast to its column's type without its length, so a too-long value is
    refused by the assignment, not cut short)."""
    casts = {k: _cast_type(table.c[k]) for k in names}
    if not all(cast in _JSON_SAFE for cast in casts.values()):
        return None
    cols = [f'"{k}"' for k in names]
    sql = (f"INSERT INTO {quoted(table.name)} ({', '.join(cols)}) "
           f"SELECT {', '.join('j.' + q for q in cols)} "
           f"FROM json_to_recordset(CAST(:j AS json)) "
           f"AS j({', '.join(f'{q} {casts[k]}' for q, k in zip(cols, names, strict=True))})")
    return text(sql), {k: (table.c[k].type.bind_processor(dialect), casts[k]) for k in names}


def _json_value(value: Any, cast: str) -> Any:
    """A bound value as :func:`_json_insert_of`'s JSON carries it into a column of type
    ``cast`` (ValueError for a value of another kind: the run goes as INSERTs, whose
    driver and database judge it as they always have)."""
    if value is None:
        return None
    kind = type(value)
    if cast in ("TEXT", "VARCHAR"):
        ok = kind is str
    elif cast == "BOOLEAN":
        ok = kind is bool
    elif cast in ("INTEGER", "BIGINT", "SMALLINT"):
        ok = kind is int
    elif cast == "DATE":
        ok = kind is dt.date
    else:  # TIMESTAMP WITHOUT TIME ZONE
        ok = kind is dt.datetime and value.tzinfo is None
    if not ok:
        raise ValueError(f"a {kind.__name__} for a {cast} column")
    return value.isoformat() if cast in ("DATE", "TIMESTAMP WITHOUT TIME ZONE") else value


@lru_cache(maxsize=512)
def update_of(table: Table, names: tuple[str, ...]) -> Any:
    """The UPDATE of these columns of a row by id, built once a shape. Bounded, as the
    other statement caches here: the columns are those a laptop's push changed, and a
    client sending every combination of a wide table's fields would otherwise grow the
    service's memory without end."""
    stmt = update(table).where(table.c.id == bindparam("b_id")).values(
        {name: bindparam(f"b_{name}", type_=table.c[name].type) for name in names})
    _UPDATE_SHAPES[stmt] = (table, names)
    return stmt


#: :func:`update_of`'s statements -> (table, names), for :func:`_update_many_of`; an entry
#: goes with its statement (dropped from :func:`update_of`'s cache and no run holding it).
_UPDATE_SHAPES: weakref.WeakKeyDictionary[Any, tuple[Table, tuple[str, ...]]] = \
    weakref.WeakKeyDictionary()


def _cast_type(column: Column[Any]) -> str:
    """The column's SQL type without its length or precision (``VARCHAR``, not
    ``VARCHAR(80)``): an explicit cast to ``VARCHAR(80)`` would cut a long value short,
    where the assignment to the column refuses it, as a plain UPDATE does."""
    return re.sub(r"\([^)]*\)", "", str(column.type.compile(postgresql.dialect())))


@lru_cache(maxsize=512)
def _update_many_of(table: Table, names: tuple[str, ...], n: int) -> Any:
    """On PostgreSQL, ``n`` rows' UPDATEs of the same columns as one statement (``UPDATE
    ... FROM (VALUES ...)``): psycopg sends an ``executemany`` as a pipeline of one
    statement a row, which cost about twice the CPU of one statement for a push's four
    edits. Each value goes through its column type's bind processing, as in the UPDATE it
    replaces; the RowWriter uses it only when the run's rows are distinct (each row is
    updated once, as one UPDATE a row would)."""
    keys = ("id", *names)
    casts = {k: _cast_type(table.c[k]) for k in keys}
    values = ", ".join("(" + ", ".join(f"CAST(:r{i}_b_{k} AS {casts[k]})" for k in keys) + ")"
                       for i in range(n))
    sets = ", ".join(f'"{k}" = v."{k}"' for k in names)
    sql = (f"UPDATE {quoted(table.name)} AS t SET {sets} FROM (VALUES {values}) "
           f"AS v({', '.join(f'{chr(34)}{k}{chr(34)}' for k in keys)}) WHERE t.id = v.id")
    return text(sql).bindparams(*[bindparam(f"r{i}_b_{k}", type_=table.c[k].type)
                                  for i in range(n) for k in keys])
