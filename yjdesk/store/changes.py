"""What a unit of work touched: the tables (and children) it wrote and the tables it read.

Views learn what changed from here, never from hand-typed names. :func:`install` hooks a
session factory so that every write is noted, whichever way it is made:

* ORM flushes (``after_flush``: new, changed and deleted objects);
* statements run through the session (``do_orm_execute``: Core or ORM INSERT / UPDATE /
  DELETE, as the sync engine writes pulled rows);
* bookkeeping written straight to the connection calls :func:`note` itself.

Each write is noted as (table, child id): the child the row belongs to (for the ``child``
table, the row itself), or no child for rows that belong to none or whose child cannot be
told. Notes are kept per transaction: a commit adds them to the session's committed
:class:`Changes` (read with :func:`committed`), a rollback forgets them.

Reads are noted too (the tables every SELECT of the session touched, :func:`tables_read`),
so a view can subscribe to exactly the tables its data came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import (
    BinaryExpression,
    BindParameter,
    ClauseElement,
    ColumnElement,
)
from sqlalchemy.sql.util import find_tables
from sqlalchemy.sql.visitors import iterate

from yjdesk.store.listen import listen_once

_PENDING = "changes.pending"
_COMMITTED = "changes.committed"
_READS = "changes.reads"


@dataclass(frozen=True)
class Changes:
    """Tables changed, each with the children whose rows changed.

    ``children[table]`` holds the child ids of changed rows; ``unowned`` the tables where a
    changed row belongs to no child (or its child could not be told), which concern every
    view of that table. ``origin`` says who caused them (a view ignores its own loads).
    """

    children: Mapping[str, frozenset[str]] = field(default_factory=dict)
    unowned: frozenset[str] = frozenset()
    origin: object = field(default=None, compare=False)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.children) | self.unowned

    @property
    def child_ids(self) -> frozenset[str]:
        out: set[str] = set()
        for ids in self.children.values():
            out |= ids
        return frozenset(out)

    def __bool__(self) -> bool:
        return bool(self.children) or bool(self.unowned)

    def touches(self, tables: Iterable[str], child_id: str | None = None) -> bool:
        """Whether any of ``tables`` changed (for ``child_id``, when given)."""
        for table in tables:
            if table in self.unowned:
                return True
            ids = self.children.get(table)
            if ids and (child_id is None or child_id in ids):
                return True
        return False

    def __or__(self, other: Changes) -> Changes:
        children = {t: ids | other.children.get(t, frozenset())
                    for t, ids in self.children.items()}
        for t, ids in other.children.items():
            children.setdefault(t, ids)
        return Changes(children, self.unowned | other.unowned, self.origin or other.origin)

    @staticmethod
    def union(parts: Sequence[Changes]) -> Changes:
        """``parts[0] | parts[1] | ...``, each set built once (a county's first pull merges
        one part a page: merging in turn copied every child id so far at each page)."""
        children: dict[str, set[str]] = {}
        unowned: set[str] = set()
        origin: object = None
        for part in parts:
            for table, ids in part.children.items():
                children.setdefault(table, set()).update(ids)
            unowned |= part.unowned
            origin = origin or part.origin
        return Changes({t: frozenset(ids) for t, ids in children.items()},
                       frozenset(unowned), origin)

    def with_origin(self, origin: object) -> Changes:
        return Changes(self.children, self.unowned, origin)

    def describe(self) -> str:
        """For logs and test failures: ``contact[2], plan[1], team[*]``."""
        parts = [f"{t}[{len(ids)}]" for t, ids in sorted(self.children.items())]
        parts += [f"{t}[*]" for t in sorted(self.unowned)]
        return ", ".join(parts) or "nothing"


NO_CHANGES = Changes()


class ChangeLog:
    """A mutable collector (one per transaction)."""

    def __init__(self) -> None:
        self.children: dict[str, set[str]] = {}
        self.unowned: set[str] = set()

    def add(self, table: str, child_id: str | None) -> None:
        if child_id is None:
            self.unowned.add(table)
        else:
            self.children.setdefault(table, set()).add(str(child_id))

    def freeze(self) -> Changes:
        return Changes({t: frozenset(ids) for t, ids in self.children.items()},
                       frozenset(self.unowned))


def _pending(session: Session) -> ChangeLog:
    log = session.info.get(_PENDING)
    if not isinstance(log, ChangeLog):
        log = session.info[_PENDING] = ChangeLog()
    return log


def note(session: Session, table: str, child_id: str | None) -> None:
    """Note a write made outside the session's statements (straight to the connection)."""
    _pending(session).add(table, child_id)


def pending(session: Session) -> Changes:
    """What the session's open transaction has written so far (flushed writes)."""
    log = session.info.get(_PENDING)
    return log.freeze() if isinstance(log, ChangeLog) else NO_CHANGES


def committed(session: Session) -> Changes:
    """Everything the session's committed transactions changed so far."""
    value = session.info.get(_COMMITTED)
    return value if isinstance(value, Changes) else NO_CHANGES


def tables_read(session: Session) -> frozenset[str]:
    """Every table a SELECT of this session touched so far."""
    return frozenset(session.info.get(_READS, ()))


def note_reads(session: Session, tables: Iterable[str]) -> None:
    """Note reads made outside the session's statements (a view watches these tables)."""
    session.info.setdefault(_READS, set()).update(tables)


@contextmanager
def reads_during(session: Session) -> Iterator[set[str]]:
    """The tables the session's SELECTs touch inside the block (also kept as reads of the
    session)."""
    before = session.info.get(_READS)
    found: set[str] = set()
    session.info[_READS] = found
    try:
        yield found
    finally:
        session.info[_READS] = found | set(before or ())


def _owner(table: Table, obj: Any) -> str | None:
    if table.name == "child":
        return getattr(obj, "id", None)
    value = getattr(obj, "child_id", None)
    return str(value) if value is not None else None


def _table_of(obj: Any) -> Table | None:
    table = getattr(type(obj), "__table__", None)
    return table if isinstance(table, Table) else None


def _column_changed(obj: Any) -> bool:
    state = inspect(obj)
    columns = state.mapper.columns
    return any(a.key in columns and a.history.has_changes() for a in state.attrs)


def _after_flush(session: Session, flush_context: Any) -> None:
    log = _pending(session)
    for obj in list(session.new) + list(session.deleted):
        table = _table_of(obj)
        if table is not None:
            log.add(table.name, _owner(table, obj))
    for obj in list(session.dirty):
        table = _table_of(obj)
        if table is None or not _column_changed(obj):
            continue
        log.add(table.name, _owner(table, obj))
        if "child_id" in table.c:  # a row moved to another child changes the old one too
            old = inspect(obj).attrs.child_id.history.deleted
            for value in old or ():
                if value is not None:
                    log.add(table.name, str(value))


def owner_column(table: Table) -> str | None:
    """The column naming the child a row belongs to (the row's own id for a child)."""
    if table.name == "child":
        return "id"
    return "child_id" if "child_id" in table.c else None


def _param_rows(state: ORMExecuteState) -> list[Mapping[str, Any]]:
    params = state.parameters
    if params is None:
        return []
    if isinstance(params, Mapping):
        return [params]
    return [p for p in params if isinstance(p, Mapping)]


def _keyed(values: Mapping[Any, Any]) -> dict[str, Any]:
    return {str(getattr(k, "key", k)): getattr(v, "value", v) for k, v in values.items()}


def _statement_values(stmt: Any) -> list[Mapping[str, Any]]:
    """Literal values given with ``.values(...)`` (keyed by column name)."""
    out: list[Mapping[str, Any]] = []
    values = getattr(stmt, "_values", None)
    if values:
        out.append(_keyed(values))
    for rows in getattr(stmt, "_multi_values", ()) or ():
        out.extend(_keyed(row) for row in rows if isinstance(row, Mapping))
    return out


def _where_values(where: ColumnElement[Any] | None, column: str) -> set[str] | None:
    """Values of ``column`` a WHERE clause pins (``col = x`` / ``col IN (...)``), else None."""
    if where is None:
        return None
    found: set[str] | None = None
    for node in iterate(where):
        if not isinstance(node, BinaryExpression):
            continue
        left, right = node.left, node.right
        if getattr(left, "name", None) != column or not isinstance(right, BindParameter):
            continue
        if node.operator is operators.eq:
            values = [right.value]
        elif node.operator is operators.in_op:
            values = list(right.value or ())
        else:
            continue
        found = (found or set()) | {str(v) for v in values if v is not None}
    return found


def _id_parameter(where: ColumnElement[Any] | None) -> str | None:
    """The key of a value-less parameter in ``WHERE id = :key`` (one per executemany row)."""
    if where is None:
        return None
    for node in iterate(where):
        if (isinstance(node, BinaryExpression) and node.operator is operators.eq
                and getattr(node.left, "name", None) == "id"
                and isinstance(node.right, BindParameter) and node.right.value is None):
            return str(node.right.key)
    return None


def _crud_owners(session: Session, table: Table, stmt: Any,
                 state: ORMExecuteState) -> Iterator[str | None]:
    """The children whose rows an INSERT / UPDATE / DELETE touches (None: cannot tell)."""
    col = owner_column(table)
    if col is None:
        yield None
        return
    rows = _param_rows(state) + _statement_values(stmt)
    if state.is_insert:
        if not rows or any(col not in r for r in rows):
            yield None
        for r in rows:
            if col in r:
                yield None if r[col] is None else str(r[col])
        return
    where = getattr(stmt, "whereclause", None)
    many = _param_rows(state)
    key = _id_parameter(where)
    if key is not None and many and all(key in r for r in many):
        # A batched UPDATE (executemany, ``WHERE id = :key``): the rows it names.
        where = table.c.id.in_([r[key] for r in many])
    else:
        pinned = _where_values(where, col)
        if pinned is not None:
            yield from pinned
            return
    if where is None and rows and all("id" in r for r in rows):  # ORM bulk by primary key
        ids = [r["id"] for r in rows]
        where = table.c.id.in_(ids)
    if where is None:
        yield None
        return
    # Which children the statement is about to touch (it has not run yet).
    for value in session.execute(select(table.c[col]).where(where).distinct()).scalars():
        yield None if value is None else str(value)
    for r in rows:
        if col in r and r[col] is not None:
            yield str(r[col])


def _only_sync_columns(stmt: Any) -> bool:
    values = _statement_values(stmt)
    return bool(values) and all(set(v) <= {"rev", "server_seq"} for v in values)


#: The tables each statement shape reads, by its SQLAlchemy cache key (the same for the
#: same statement with other values). Walking a large statement for its tables costs
#: milliseconds (the performance pack's 34 statements: about 0.2 s of CPU), and views and
#: reports run the same shapes again on every reload. The key is memoised on the statement
#: and is the one SQLAlchemy's compiled cache uses next, so a hit costs nothing.
_TABLES_BY_SHAPE: dict[Any, frozenset[str]] = {}
_MAX_SHAPES = 4096


def _tables_of(stmt: ClauseElement) -> frozenset[str]:
    ck = stmt._generate_cache_key()
    if ck is not None:
        hit = _TABLES_BY_SHAPE.get(ck.key)
        if hit is not None:
            return hit
    found = frozenset(t.name for t in find_tables(stmt, check_columns=True, include_joins=True)
                      if isinstance(t, Table))
    if ck is not None:
        if len(_TABLES_BY_SHAPE) >= _MAX_SHAPES:
            _TABLES_BY_SHAPE.clear()
        _TABLES_BY_SHAPE[ck.key] = found
    return found


def _do_orm_execute(state: ORMExecuteState) -> None:
    session = state.session
    stmt = state.statement
    if not isinstance(stmt, ClauseElement):
        return
    if state.is_select:
        session.info.setdefault(_READS, set()).update(_tables_of(stmt))
        return
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(stmt, "table", None)
    if not isinstance(table, Table):
        return
    if state.is_update and _only_sync_columns(stmt):
        return  # the server's numbering of a row already here: nothing a person sees changed
    log = _pending(session)
    for owner in set(_crud_owners(session, table, stmt, state)):
        log.add(table.name, owner)


def _after_commit(session: Session) -> None:
    log = session.info.pop(_PENDING, None)
    if isinstance(log, ChangeLog):
        session.info[_COMMITTED] = committed(session) | log.freeze()


def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


def install(factory: sessionmaker[Session]) -> None:
    """Note what every session from ``factory`` reads and writes (idempotent)."""
    for name, fn in (("after_flush", _after_flush), ("do_orm_execute", _do_orm_execute),
                     ("after_commit", _after_commit), ("after_rollback", _after_rollback)):
        listen_once(factory, name, fn)
