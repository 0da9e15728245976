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

from collections.abc import Callable, Mapping
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
    #: the result columns that have a processor, by position (from ``results``)
    processed: tuple[tuple[int, _Processor], ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        # the result columns that have a processor, by position
        object.__setattr__(self, "processed",
                           tuple((i, p) for i, p in enumerate(self.results) if p is not None))

    def rows(self, conn: Connection, params: Mapping[str, Any]) -> list[Any]:
        """The statement's rows (tuples), run in ``conn``'s transaction."""
        values = {**self.defaults, **params}
        for name, process in self.binds:
            values[name] = process(values[name])
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        cur = dbapi.cursor()
        bound = values if self.order is None else [values[name] for name in self.order]
        if conn._has_events or conn.engine._has_events:
            # Seen by whoever listens for the statements SQLAlchemy sends (a test's or a
            # bench's count), as SQLAlchemy would show them; no cost when nobody does.
            conn.dispatch.before_cursor_execute(conn, cur, self.sql, bound, None, False)
        try:
            cur.execute(self.sql, bound)
            fetched = cur.fetchall()
        except conn.dialect.loaded_dbapi.Error as exc:
            raise as_sqlalchemy_error(conn, self.sql, values, exc) from exc
        finally:
            cur.close()
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


def as_sqlalchemy_error(conn: Connection, sql: str, params: Any,
                        exc: Exception) -> StatementError:
    """The driver's error ``exc`` as SQLAlchemy raises it (``IntegrityError``,
    ``DataError``, ``OperationalError`` ...), so that callers and the service's handlers
    treat a statement run on the driver's cursor as they treat any other."""
    return DBAPIError.instance(sql, params, exc, conn.dialect.loaded_dbapi.Error,
                               hide_parameters=conn.engine.hide_parameters,
                               dialect=conn.dialect)


def statement(stmt: ClauseElement, dialect: Dialect) -> DriverStatement:
    """``stmt`` (built once; the same object on every call) prepared for ``dialect``."""
    return _prepared(stmt, dialect)


@lru_cache(maxsize=1024)
def _prepared(stmt: ClauseElement, dialect: Dialect) -> DriverStatement:
    compiled = stmt.compile(dialect=dialect)
    assert isinstance(compiled, SQLCompiler)
    defaults = {name: bind.effective_value for name, bind in compiled.binds.items()
                if bind.effective_value is not None}
    binds = []
    for name, bind in compiled.binds.items():
        process = bind.type._cached_bind_processor(dialect)
        if process is not None:
            binds.append((name, process))
    positions = compiled.positiontup
    results = tuple(column.type._cached_result_processor(dialect, None)
                    for column in getattr(stmt, "selected_columns", ()))
    return DriverStatement(sql=compiled.string,
                           order=tuple(positions) if positions else None,
                           defaults=defaults, binds=tuple(binds), results=results)
