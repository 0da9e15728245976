"""Statements built once and run on the driver's own cursor, for the requests every laptop
makes every sync (the token check, the pull's scope and feed reads, the push's row locks,
its state read and its counter statement).

SQLAlchemy's execution of a prebuilt statement (the compiled cache looked up, the
parameters processed into a new dict, an execution context, a result and its metadata)
cost about 250 us of CPU a statement on the service, against about 100 us for the same
SQL on the driver's cursor (one process, alternating, docs/sync-performance.md). Here the
statement is compiled once per dialect; each run binds the caller's values (through the
same bind processors SQLAlchemy would use), executes on the connection's own driver
connection, in the same transaction, and returns the driver's rows, each value through
the column type's result processor when it has one (so the values are what SQLAlchemy
would return). A database error is raised as SQLAlchemy raises it (``IntegrityError``,
``DataError``, ``OperationalError`` ...), and listeners for ``before_cursor_execute`` see the
statement as they see SQLAlchemy's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

_Processor = Callable[[Any], Any]


@dataclass(frozen=True)
class DriverStatement:
    sql: str
    #: the parameters' names in placeholder order (qmark drivers), or None (named)
    order: tuple[str, ...] | None
    #: every parameter's value when the caller gives none (bound literals)
    defaults: Mapping[str, Any]
    #: the parameters whose values need converting for the driver
    binds: tuple[tuple[str, _Processor], ...]
    #: one processor a result column (None: the driver's value is the value)
    results: tuple[_Processor | None, ...]
    #: the driver's cursor class to run it on (None: the connection's own cursor), for
    #: SQL already in the server's placeholders (:func:`statement`'s ``native``)
    cursor_class: Any = None
    #: the result columns that have a processor, by position (from ``results``)
    processed: tuple[tuple[int, _Processor], ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        # the result columns that have a processor, by position
        object.__setattr__(self, "processed",
                           tuple((i, p) for i, p in enumerate(self.results) if p is not None))

    def rows(self, conn: Connection, params: Mapping[str, Any], *,
             commit: bool = False) -> list[Any]:
        """The statement's rows (tuples), run in ``conn``'s transaction (``commit``: and
        the transaction committed with it, :func:`fetch`)."""
        values = {**self.defaults, **params}
        for name, process in self.binds:
            values[name] = process(values[name])
        bound = values if self.order is None else [values[name] for name in self.order]
        fetched = fetch(conn, self.sql, bound, self.cursor_class, commit=commit)
        processed = self.processed
        if not processed:
            return list(fetched)
        # Only the columns with a processor are visited (a child row is 28 columns, a
        # handful with one): a generator over every column a row cost more than the
        # processors.
        out = []
        for row in fetched:
            cells = list(row)
            for i, process in processed:
                cell = cells[i]
                if cell is not None:
                    cells[i] = process(cell)
            out.append(tuple(cells))
        return out

    def first(self, conn: Connection, params: Mapping[str, Any]) -> Any:
        found = self.rows(conn, params)
        return found[0] if found else None


def fetch(conn: Connection, sql: str, params: Any, cursor_class: Any = None, *,
          commit: bool = False) -> Sequence[Any]:
    """``sql``'s rows, run on the driver's own cursor (``cursor_class``, or the
    connection's own) in ``conn``'s transaction with the driver's ``params``. Listeners
    for ``before_cursor_execute`` see the statement, and a database error is raised as
    SQLAlchemy's (:func:`as_sqlalchemy_error`).

    ``commit`` (psycopg): the transaction's COMMIT is sent with the statement, in one
    pipeline (one write, one round trip), and the rows are read after it. The
    transaction is then over: SQLAlchemy's own commit that follows finds the driver's
    connection idle and sends nothing (psycopg's ``commit`` does not), and whatever the
    caller sends on ``conn`` before that runs in a transaction of its own. If the
    statement fails, the COMMIT is not run and the transaction is left failed, to be
    rolled back as after any failed statement."""
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    cur = dbapi.cursor() if cursor_class is None else cursor_class(dbapi)
    if conn._has_events or conn.engine._has_events:
        # Seen by whoever listens for the statements SQLAlchemy sends (a test's or a
        # bench's count), as SQLAlchemy would show them; no cost when nobody does.
        conn.dispatch.before_cursor_execute(conn, cur, sql, params, None, False)
    try:
        if commit:
            with dbapi.pipeline():
                cur.execute(sql, params)
                dbapi.commit()
                return cur.fetchall()  # type: ignore[no-any-return]
        cur.execute(sql, params)
        return cur.fetchall()  # type: ignore[no-any-return]
    except conn.dialect.loaded_dbapi.Error as exc:
        raise as_sqlalchemy_error(conn, sql, params, exc) from exc
    finally:
        cur.close()


def as_sqlalchemy_error(conn: Connection, sql: str, params: Any,
                        exc: Exception) -> StatementError:
    """The driver's error ``exc`` as SQLAlchemy raises it (``IntegrityError``,
    ``DataError``, ``OperationalError`` ...), so that callers and the service's handlers
    treat a statement run on the driver's cursor as they treat any other."""
    return DBAPIError.instance(sql, params, exc, conn.dialect.loaded_dbapi.Error,
                               hide_parameters=conn.engine.hide_parameters,
                               dialect=conn.dialect)


def statement(stmt: ClauseElement, dialect: Dialect, *, native: bool = False
              ) -> DriverStatement:
    """``stmt`` (built once; the same object on every call) prepared for ``dialect``.

    ``native`` (psycopg; ignored elsewhere): the SQL is turned into PostgreSQL's own
    placeholders (``$1`` ...) once, here, and run on psycopg's ``RawCursor``, which sends
    it as it is. psycopg parses a statement's ``%(name)s`` placeholders on every
    execution and remembers the result only for statements of up to 4,096 bytes
    (``psycopg._queries.MAX_CACHED_STATEMENT_LENGTH``): a longer one (the pull's token
    check with its scope state and feed page) was parsed by a regular expression on every
    call."""
    return _prepared(stmt, dialect, native)


_PYFORMAT = re.compile(r"%\(([^)]+)\)s|%%")


@lru_cache(maxsize=1024)
def _prepared(stmt: ClauseElement, dialect: Dialect, native: bool = False) -> DriverStatement:
    # Every statement run here is built once -- a module's constant, a builder cached by its
    # shape, a role's scope statements once a role (the person given as parameters at each
    # run, scope.scope_params) -- so it is compiled once, here. (Statements of one structure
    # built apart used to share one compiled form, for the scope statements when they held
    # each person's ids; under the server's tests three statements a run still met a
    # structure compiled before, 7 December.)
    return _compile(stmt, dialect, native)


def _compile(stmt: ClauseElement, dialect: Dialect, native: bool) -> DriverStatement:
    compiled = stmt.compile(dialect=dialect)
    assert isinstance(compiled, SQLCompiler)
    # each parameter by the name the SQL gives it (compiled.binds also lists anonymous
    # ones under their unresolved labels, which the SQL never names)
    params = {name: bind for bind, name in compiled.bind_names.items()}
    defaults = {name: bind.effective_value for name, bind in params.items()
                if bind.effective_value is not None}
    binds = []
    for name, bind in params.items():
        process = bind.type._cached_bind_processor(dialect)
        if process is not None:
            binds.append((name, process))
    positions = compiled.positiontup
    results = tuple(column.type._cached_result_processor(dialect, None)
                    for column in getattr(stmt, "selected_columns", ()))
    sql, order = compiled.string, tuple(positions) if positions else None
    cursor_class = None
    if native and dialect.driver == "psycopg" and dialect.paramstyle == "pyformat":
        from psycopg import RawCursor

        names: list[str] = []

        def placeholder(found: re.Match[str]) -> str:
            if found.group(1) is None:
                return "%"  # a literal percent sign, written %% for pyformat
            if found.group(1) not in names:
                names.append(found.group(1))
            return f"${names.index(found.group(1)) + 1}"
        sql, order, cursor_class = _PYFORMAT.sub(placeholder, sql), tuple(names), RawCursor
    return DriverStatement(sql=sql, order=order, defaults=defaults, binds=tuple(binds),
                           results=results, cursor_class=cursor_class)
