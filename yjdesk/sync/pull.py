"""Pull bookkeeping (no network): apply a page of server rows, purge revoked children.

:func:`apply_page` runs in the caller's transaction (``sync_apply`` set), which also stores
the new cursor, so a crash either keeps the whole page or none of it. Rows with pending
local edits are merged field by field against their shadow; a field both sides changed
becomes a :class:`~yjdesk.models.sync_local.SyncConflict` and keeps the local value. A row
whose parent has not arrived yet (or that the local schema refuses) is parked and retried
after every page, never dropped.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, cast

from sqlalchemy import Boolean, Column, Date, Enum, Integer, String, Table, delete, select, update
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from yjdesk.models.base import Base, sorted_tables
from yjdesk.models.sync_local import SyncConflict, SyncParked, SyncPending, SyncShadow
from yjdesk.models.types import utcnow
from yjdesk.services.oversight.kpi import stored
from yjdesk.store import changes
from yjdesk.sync.idlist import IDS_OF_PARAMETER
from yjdesk.sync.push import store_conflict
from yjdesk.sync.tracking import shadow_fields
from yjdesk.wire.codec import CodecError, Decoder, decoder, references, synced_tables
from yjdesk.wire.protocol import RowState, WireValue

_SKIP = frozenset({"id", "rev", "server_seq"})
#: Why a row is parked until the row it names comes.
WAITING = "waiting for a related record"
_CHUNK = 500


@dataclass
class PageOutcome:
    applied: int = 0
    conflicts: int = 0
    parked: int = 0


@cache
def _decoders(table: Table) -> dict[str, Decoder]:
    """Every column a pulled field may set, with its decoder."""
    return {c.name: decoder(c) for c in table.columns if c.name not in _SKIP}


def _wire_fields(table: Table, row: RowState) -> dict[str, WireValue]:
    known = _decoders(table)
    given = row.fields
    # (nearly always every field is a known column: one C-level key-set check and a copy)
    fields = dict(given) if given.keys() <= known.keys() else {
        k: v for k, v in given.items() if k in known}
    fields["deleted"] = row.deleted
    if "child_id" in known and "child_id" not in fields:
        fields["child_id"] = row.child_id
    return fields


def _decoded(table: Table, fields: dict[str, WireValue]) -> dict[str, Any]:
    known = _decoders(table)
    return {k: known[k](v) for k, v in fields.items()}


def in_chunks(ids: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _existing(session: Session, table: Table, ids: Iterable[str]) -> set[str]:
    return {row[0] for row in _by_ids(session, table, ("id",), ids)}


def _by_ids(session: Session, table: Table, columns: tuple[str, ...], ids: Iterable[str],
            *, key: str = "id", where: str = "", params: tuple[Any, ...] = ()) -> list[Any]:
    """``columns`` of the rows of ``table`` whose id is in ``ids``: one plain statement
    with the ids as one JSON parameter (no statement built per list of ids)."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    conn = session.connection()
    q = conn.dialect.identifier_preparer.quote
    sql = (f"SELECT {', '.join(q(c) for c in columns)} FROM {q(table.name)} "
           f"WHERE {q(key)} IN {IDS_OF_PARAMETER}{where}")
    return list(conn.exec_driver_sql(sql, (json.dumps(wanted), *params)))


#: The parked rows' table (:class:`SyncParked`), for the plain statements below.
_PARKED = Base.metadata.tables[SyncParked.__tablename__]


class Parking:
    """The rows a page parks, written at the page's end in one statement.

    (A ``session.merge`` a row read the row back, then flushed it alone: a first pull whose
    children were edited after their contacts and addresses parks nearly all of those, and
    parking them was most of its time.) A row parked twice keeps its last reason, as the
    merge did."""

    #: The values of a parked row, in this order.
    COLUMNS = (SyncParked.table_name, SyncParked.row_id, SyncParked.server_seq,
               SyncParked.state_json, SyncParked.reason)

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], tuple[str, str, int, str, str]] = {}

    def add(self, row: RowState, reason: str) -> None:
        self.rows[(row.table, row.id)] = (row.table, row.id, row.server_seq,
                                          row.model_dump_json(), reason)

    def write(self, session: Session) -> None:
        if self.rows:
            conn = session.connection()
            sql = _sql("insert", _PARKED, tuple(c.key for c in self.COLUMNS), conn.dialect)
            conn.exec_driver_sql(sql.replace("INSERT", "INSERT OR REPLACE", 1),
                                 list(self.rows.values()))
            self.rows.clear()


def apply_page(session: Session, rows: list[RowState], *,
               references_deferred: bool = False) -> PageOutcome:
    """Apply pulled rows in the caller's transaction. A parked version of a row in the page
    is replaced by the page's, if that is as new; a row that cannot be applied yet is parked
    (:func:`retry_parked` tries the parked rows again, after a pull's last page).

    ``references_deferred``: a first pull's page, in a transaction that does not check
    foreign keys (:mod:`yjdesk.store.references`): a row whose parent has not come yet is
    written all the same, and the pull's end parks it if its parent still has not come
    (:func:`yjdesk.sync.references.check`)."""
    tables = synced_tables()
    outcome = PageOutcome()
    parking = Parking()
    latest: dict[tuple[str, str], RowState] = {(r.table, r.id): r for r in rows}
    # (a row twice in one page: its latest version)
    for r in rows:
        if r.server_seq > latest[(r.table, r.id)].server_seq:
            latest[(r.table, r.id)] = r
    session.flush()  # (what the caller added, before the plain statements below)
    conn = session.connection()
    # the parked versions of the page's rows, read and removed with plain statements:
    # applied now, or parked again below
    if not _empty(session, SyncParked.row_id):
        by_table: dict[str, list[str]] = defaultdict(list)
        for r in rows:
            by_table[r.table].append(r.id)
        for name, ids in by_table.items():
            found = _by_ids(session, _PARKED,
                            ("row_id", "server_seq", "state_json"), ids, key="row_id",
                            where=" AND table_name = ?", params=(name,))
            for row_id, seq, state in found:
                _take_parked(latest, name, row_id, seq, state)
            if found:
                conn.exec_driver_sql(
                    f"DELETE FROM {_PARKED.name} WHERE table_name = ? AND row_id IN "
                    f"{IDS_OF_PARAMETER}", (name, json.dumps([f[0] for f in found])))
    grouped: dict[str, list[RowState]] = defaultdict(list)
    for r in latest.values():
        if r.table in tables:
            grouped[r.table].append(r)
        else:
            parking.add(r, f"unknown table {r.table}")
            outcome.parked += 1
    known: dict[str, set[str]] = defaultdict(set)
    any_pending = not _empty(session, SyncPending.row_id)
    for table in sorted_tables():
        if table.name in grouped:
            _apply_table(session, table, grouped[table.name], known, outcome, any_pending,
                         parking, references_deferred)
    session.flush()
    parking.write(session)
    return outcome


def retry_parked(session: Session, table: str, after: str, limit: int
                 ) -> tuple[PageOutcome, str | None]:
    """Try ``table``'s parked rows again in the caller's transaction: up to ``limit`` of
    them, in id order, after the id ``after``. Each is applied, or parked again (still
    waiting). Returns the outcome and the last id tried (None: no parked row was left
    there), for the next call's ``after``."""
    parked = list(session.execute(
        select(SyncParked.row_id, SyncParked.state_json)
        .where(SyncParked.table_name == table, SyncParked.row_id > after)
        .order_by(SyncParked.row_id).limit(limit)))
    if not parked:
        return PageOutcome(), None
    # taken out of the parked rows here (so apply_page does not read them again), and
    # given as a page's rows: each applied or parked again
    session.connection().exec_driver_sql(
        f"DELETE FROM {_PARKED.name} WHERE table_name = ? AND row_id IN {IDS_OF_PARAMETER}",
        (table, json.dumps([p.row_id for p in parked])))
    return (apply_page(session, [RowState.model_validate_json(p.state_json) for p in parked]),
            parked[-1].row_id)


def _take_parked(latest: dict[tuple[str, str], RowState], table: str, row_id: str,
                 seq: int, state: str) -> None:
    """A parked row's version, unless the page brings the same or a newer one (then its
    JSON is not even read)."""
    mine = latest.get((table, row_id))
    if mine is None or seq > mine.server_seq:
        latest[(table, row_id)] = RowState.model_validate_json(state)


def _empty(session: Session, column: Any) -> bool:
    return session.scalar(select(column).limit(1)) is None


def _apply_table(session: Session, table: Table, rows: list[RowState],
                 known: dict[str, set[str]], outcome: PageOutcome, any_pending: bool,
                 parking: Parking, references_deferred: bool) -> None:
    pending: set[str] = set()
    if any_pending:
        pending.update(row[0] for row in _by_ids(
            session, SyncPending.__table__, ("row_id",), (r.id for r in rows),  # type: ignore[arg-type]
            key="row_id", where=" AND table_name = ?", params=(table.name,)))
    # references deferred (a first pull's page): no row waits -- unless the page brings a
    # row with this laptop's own unsent edit, merged as always (then every row is checked)
    # (every row it names: a self-reference and one to a table not synced too)
    fks = [] if references_deferred and not pending else references(table)
    wanted: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for col, ref in fks:
            value = r.fields.get(col, r.child_id if col == "child_id" else None)
            if isinstance(value, str) and value not in known[ref.name]:
                wanted[ref.name].add(value)
    for ref_name, ids in wanted.items():
        known[ref_name].update(_existing(session, Base.metadata.tables[ref_name], ids))
    existing: dict[str, tuple[int, int]] = {}
    owner = changes.owner_column(table)
    owners: dict[str, str | None] = {}  # of rows already here (an update may move a row)
    cols = [table.c.id, table.c.rev, table.c.server_seq]
    if owner is not None and owner != "id":
        cols.append(table.c[owner])
    for found in _by_ids(session, table, tuple(c.name for c in cols), (r.id for r in rows)):
        existing[found[0]] = (int(found[1]), int(found[2]))
        if len(found) > 3:
            owners[found[0]] = None if found[3] is None else str(found[3])
    dialect = session.get_bind().dialect
    prepared = _prepare(table, rows, dialect)
    remaining = rows
    while remaining:
        later: list[RowState] = []
        inserts: list[_Row] = []
        updates: list[_Row] = []
        parents = [(col, known[ref.name]) for col, ref in fks]
        if parents and _none_waiting(remaining, prepared, parents):
            parents = []  # (known only grows in the pass: no row of it can be waiting)
        for r in remaining:
            fields, names, bound = prepared[r.id]
            if parents and _waiting(fields, parents):
                later.append(r)
                continue
            if isinstance(bound, CodecError):
                parking.add(r, str(bound))
                outcome.parked += 1
                continue
            if r.id not in existing:
                inserts.append(_Row(r, names, bound, _owner_of(r, fields, owner)))
            elif r.id in pending:
                outcome.conflicts += _merge(session, table, r, fields)
            elif existing[r.id] == (r.rev, r.server_seq):
                pass  # this laptop's own accepted change, already here as it is
            else:
                updates.append(_Row(r, names, bound, _owner_of(r, fields, owner)))
            known[table.name].add(r.id)
            outcome.applied += 1
        _update(session, table, updates, owners)
        _insert(session, table, inserts, outcome, known, parking)
        if len(later) == len(remaining):
            for r in later:
                parking.add(r, WAITING)
                outcome.parked += 1
            break
        remaining = later


def _none_waiting(rows: list[RowState], prepared: dict[str, _Prepared],
                  parents: list[tuple[str, set[str]]]) -> bool:
    """Whether every parent the rows name is held already (one set difference a column,
    instead of :func:`_waiting` a row)."""
    fields = [prepared[r.id][0] for r in rows]
    for col, here in parents:
        named = {f.get(col) for f in fields}
        named.discard(None)
        if any(isinstance(v, str) for v in named.difference(here)):
            return False
    return True


def _waiting(fields: dict[str, WireValue], parents: list[tuple[str, set[str]]]) -> bool:
    """Whether a row names a parent row this laptop does not hold (yet)."""
    for col, here in parents:
        value = fields.get(col)
        if isinstance(value, str) and value not in here:
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Row:
    """A pulled row ready to write: its fields' names and their database values."""

    state: RowState
    names: tuple[str, ...]
    bound: tuple[Any, ...]
    owner: Any


_Prepared = tuple[dict[str, WireValue], tuple[str, ...], tuple[Any, ...] | CodecError]


def _prepare(table: Table, rows: list[RowState], dialect: Dialect) -> dict[str, _Prepared]:
    """Each row's wire fields, their names and their database values (or the
    :class:`CodecError` that parks the row). Rows with the same columns are converted a
    column at a time (:func:`_column_to_db`), each value as :func:`_to_db` converts it."""
    fields = [_wire_fields(table, r) for r in rows]
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, f in enumerate(fields):
        groups[tuple(f)].append(i)
    bound: list[tuple[Any, ...] | CodecError] = [()] * len(rows)
    for names, members in groups.items():
        values = [tuple(fields[i].values()) for i in members]
        for i, out in zip(members, _convert_rows(table, names, values, dialect), strict=True):
            bound[i] = out
    return {r.id: (f, tuple(f), b) for r, f, b in zip(rows, fields, bound, strict=True)}


def _convert_rows(table: Table, names: tuple[str, ...], rows: list[tuple[WireValue, ...]],
                  dialect: Dialect) -> list[tuple[Any, ...] | CodecError]:
    """Rows of wire values of ``names`` to database values, a column at a time: a column
    whose values are all of the common well-formed kind in one pass, any other value by
    value (a bad one makes its row's first :class:`CodecError`, as converting the row
    alone would)."""
    if not rows:
        return []
    errors: dict[int, CodecError] = {}
    columns: list[Sequence[Any]] = []
    for name, col in zip(names, zip(*rows, strict=True), strict=True):
        column = table.c[name]
        fast = _column_to_db(column, dialect)(col)
        if fast is None:
            one = _to_db(column, dialect)
            out: list[Any] = []
            for i, v in enumerate(col):
                try:
                    out.append(one(v))
                except CodecError as exc:
                    errors.setdefault(i, exc)
                    out.append(None)
            fast = out
        columns.append(fast)
    converted: list[tuple[Any, ...] | CodecError] = list(zip(*columns, strict=True))
    for i, error in errors.items():
        converted[i] = error
    return converted


_NONE = type(None)


@lru_cache(maxsize=4096)
def _column_to_db(column: Column[Any], dialect: Dialect
                  ) -> Callable[[Sequence[WireValue]], Sequence[Any] | None]:
    """A whole column of wire values to database values in one pass (C-level ``map``, set
    and ``max`` calls) when every value is of the kind :func:`_to_db`'s quick paths pass
    through unchanged or look up; None when any is not (the caller converts value by
    value)."""
    one = _to_db(column, dialect)
    ctype = column.type
    bind = ctype._cached_bind_processor(dialect)
    nullable = bool(column.nullable)
    none_ok = nullable and one(None) is None  # a missing value stays NULL
    extra = {_NONE} if none_ok else set()

    if isinstance(ctype, Boolean) and not isinstance(ctype, Enum):
        table: dict[Any, Any] = {True: one(True), False: one(False)}
        if none_ok:
            table[None] = None
        kinds = {bool} | extra

        def booleans(values: Sequence[WireValue]) -> Sequence[Any] | None:
            if set(map(type, values)) <= kinds:
                return list(map(table.__getitem__, values))
            return None
        return booleans
    if isinstance(ctype, Integer) and bind is None:
        ints = {int} | extra

        def wholes(values: Sequence[WireValue]) -> Sequence[Any] | None:
            return values if set(map(type, values)) <= ints else None
        return wholes
    if isinstance(ctype, Date | Enum):
        memo: dict[Any, Any] = {None: None} if none_ok else {}
        texts = {str} | extra

        def looked_up(values: Sequence[WireValue]) -> Sequence[Any] | None:
            if not set(map(type, values)) <= texts:
                return None
            new = set(values).difference(memo)
            if len(memo) + len(new) > 50_000:
                memo.clear()
                if none_ok:
                    memo[None] = None
                new = set(values).difference(memo)
            for v in new:
                try:
                    memo[v] = one(v)
                except CodecError:
                    return None  # value by value: the error lands on its row
            return list(map(memo.__getitem__, values))
        return looked_up
    if isinstance(ctype, String) and bind is None:
        length = ctype.length
        texts = {str} | extra

        def strings(values: Sequence[WireValue]) -> Sequence[Any] | None:
            if not set(map(type, values)) <= texts:
                return None
            given = cast("Iterable[str]", filter(None, values))
            if length is not None and max(map(len, given), default=0) > length:
                return None
            return values
        return strings
    decode = decoder(column)
    empty = one(None) if nullable else _MISSING

    def each(values: Sequence[WireValue]) -> Sequence[Any] | None:
        # any other column (date-times above all): the same bind(decode(value)) as
        # :func:`_to_db`, in one comprehension; a value it refuses sends the column back to
        # be converted value by value, so the error lands on its row
        try:
            if bind is None:
                return [empty if v is None and empty is not _MISSING else decode(v)
                        for v in values]
            return [empty if v is None and empty is not _MISSING else bind(decode(v))
                    for v in values]
        except CodecError:
            return None
    return each


@lru_cache(maxsize=4096)
def _to_db(column: Column[Any], dialect: Dialect) -> Callable[[WireValue], Any]:
    """One column's wire value to its database value (what ``bind(decode(value))`` gives),
    with a quick path for the common well-formed values."""
    decode = decoder(column)
    bind = column.type._cached_bind_processor(dialect)

    def checked(value: WireValue) -> Any:
        out = decode(value)
        return out if bind is None else bind(out)
    if column.nullable:
        empty = checked(None)

        def slow(value: WireValue) -> Any:
            return empty if value is None else checked(value)
    else:
        slow = checked
    ctype = column.type
    if isinstance(ctype, Boolean) and not isinstance(ctype, Enum):
        yes, no = slow(True), slow(False)

        def boolean(value: WireValue) -> Any:
            return yes if value is True else no if value is False else slow(value)
        return boolean
    if isinstance(ctype, Integer) and bind is None:
        def whole(value: WireValue) -> Any:
            return value if type(value) is int else slow(value)
        return whole
    if isinstance(ctype, Date | Enum):
        memo: dict[str, Any] = {}  # (dates and codes repeat; both are immutable)

        def remembered(value: WireValue) -> Any:
            if type(value) is not str:
                return slow(value)
            out = memo.get(value, _MISSING)
            if out is _MISSING:
                out = slow(value)
                if len(memo) < 50_000:
                    memo[value] = out
            return out
        return remembered
    if isinstance(ctype, String) and bind is None:
        length = ctype.length

        if length is None:
            def text(value: WireValue) -> Any:
                return value if type(value) is str else slow(value)
            return text

        def short_text(value: WireValue) -> Any:
            if type(value) is str and len(value) <= length:
                return value
            return slow(value)
        return short_text
    return slow


Binder = Callable[[Any], Any]


@lru_cache(maxsize=4096)
def _binders(table: Table, names: tuple[str, ...], dialect: Dialect) -> tuple[Binder | None, ...]:
    """Each column's bind processing, as SQLAlchemy would apply it to a statement's values."""
    return tuple(table.c[n].type._cached_bind_processor(dialect) for n in names)


def _bound(table: Table, names: tuple[str, ...], rows: list[tuple[Any, ...]],
           conn: Connection) -> list[tuple[Any, ...]]:
    procs = _binders(table, names, conn.dialect)
    if not any(procs):
        return rows
    return [tuple(v if p is None else p(v) for v, p in zip(row, procs, strict=True))
            for row in rows]


@lru_cache(maxsize=4096)
def _sql(kind: str, table: Table, names: tuple[str, ...], dialect: Dialect) -> str:
    """``INSERT`` of ``names``, or ``UPDATE`` setting ``names`` by id, as plain SQL."""
    q = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"  # (the laptop's is qmark)
    if kind == "insert":
        return (f"INSERT INTO {q(table.name)} ({', '.join(q(n) for n in names)}) "
                f"VALUES ({', '.join(mark for _ in names)})")
    return (f"UPDATE {q(table.name)} SET {', '.join(f'{q(n)} = {mark}' for n in names)} "
            f"WHERE {q('id')} = {mark}")


def _note(session: Session, table: Table, owners: Iterable[Any]) -> None:
    """Tell the views (the change record): these statements go past the session's hooks."""
    for owner in set(owners):
        changes.note(session, table.name, None if owner is None else str(owner))


@lru_cache(maxsize=1024)
def _defaults(table: Table, given: frozenset[str]) -> tuple[tuple[str, Any], ...]:
    """Client-side defaults of the columns a pulled row does not carry (as an INSERT
    statement would fill them), except the ones a pull sets itself."""
    out = []
    for c in table.columns:
        if c.name in given or c.name in ("updated_at", "updated_by") or c.default is None:
            continue
        default: Any = c.default
        if getattr(default, "is_scalar", False):
            out.append((c.name, default.arg))
        elif getattr(default, "is_callable", False):
            out.append((c.name, default.arg))  # called per statement (with no context)
    return tuple(out)


def _update(session: Session, table: Table, rows: list[_Row],
            owners: dict[str, str | None]) -> None:
    """Clean rows take the server's version: one executemany per set of columns (plain
    statements on the transaction's connection, values bound as SQLAlchemy binds them)."""
    if not rows:
        return
    groups: dict[tuple[str, ...], list[_Row]] = defaultdict(list)
    for row in rows:
        groups[row.names].append(row)
    conn = session.connection()
    for names, members in groups.items():
        sql = _sql("update", table, (*names, "rev", "server_seq"), conn.dialect)
        conn.exec_driver_sql(sql, [(*m.bound, m.state.rev, m.state.server_seq, m.state.id)
                                   for m in members])
        # the children the rows belonged to, and now belong to
        _note(session, table, [owners.get(m.state.id, m.owner) for m in members])
        _note(session, table, [m.owner for m in members])


def _insert(session: Session, table: Table, rows: list[_Row], outcome: PageOutcome,
            known: dict[str, set[str]], parking: Parking) -> None:
    """New rows: one executemany per set of columns; a refused batch is retried row by
    row, and a row the local schema refuses is parked."""
    if not rows:
        return
    now = utcnow()
    groups: dict[tuple[str, ...], list[_Row]] = defaultdict(list)
    for row in rows:
        groups[row.names].append(row)
    conn = session.connection()
    for names, members in groups.items():
        # what an INSERT statement would fill: the pull's own stamp, then column defaults
        fill = [(n, now if n == "updated_at" else None)
                for n in ("updated_at", "updated_by") if n not in names]
        fill += [(n, v(None) if callable(v) else v) for n, v in
                 _defaults(table, frozenset(names) | {"id", "rev", "server_seq"})]
        fill_names = tuple(n for n, _v in fill)
        extra = _bound(table, fill_names, [tuple(v for _n, v in fill)], conn)[0]
        sql = _sql("insert", table, ("id", "rev", "server_seq", *names, *fill_names),
                   conn.dialect)
        params = [(m.state.id, m.state.rev, m.state.server_seq, *m.bound, *extra)
                  for m in members]
        try:
            with session.begin_nested():
                conn.exec_driver_sql(sql, params)
        except IntegrityError:
            for m, p in zip(members, params, strict=True):
                try:
                    with session.begin_nested():
                        conn.exec_driver_sql(sql, [p])
                except IntegrityError as exc:
                    parking.add(m.state, f"cannot be stored here: {exc.orig}")
                    outcome.applied -= 1
                    outcome.parked += 1
                    known[table.name].discard(m.state.id)
                    continue
                _note(session, table, [m.owner])
            continue
        _note(session, table, [m.owner for m in members])


def _owner_of(r: RowState, fields: dict[str, WireValue], owner: str | None) -> Any:
    if owner is None:
        return None
    if owner == "id":
        return r.id
    return fields.get(owner)


def _merge(session: Session, table: Table, r: RowState, theirs: dict[str, WireValue]) -> int:
    """Three-way merge of a row with pending local edits; returns the conflicts stored."""
    local_row = session.execute(select(table).where(table.c.id == r.id)).one()
    mine = shadow_fields(table, local_row)
    shadow = session.get(SyncShadow, (table.name, r.id))
    base = json.loads(shadow.fields_json) if shadow else None
    take: dict[str, WireValue] = {}
    conflicts = 0
    author = theirs.get("updated_by") if "updated_by" in theirs else None
    when = theirs.get("updated_at") if "updated_at" in theirs else None
    child_id = r.id if table.name == "child" else r.child_id
    for name, value in theirs.items():
        if name not in mine:
            continue
        if value == mine[name] or (base is not None and base.get(name) == value):
            continue
        if base is not None and base.get(name, _MISSING) == mine[name]:
            take[name] = value
            continue
        store_conflict(session, table.name, r.id, child_id, name, mine[name], value,
                       str(author) if author else None, str(when) if when else None)
        conflicts += 1
    new_base = dict(base or {})
    new_base.update({k: v for k, v in theirs.items() if k in mine})
    if shadow is None:
        session.add(SyncShadow(table_name=table.name, row_id=r.id, rev=r.rev,
                               fields_json=json.dumps(new_base)))
    else:
        shadow.rev = r.rev
        shadow.fields_json = json.dumps(new_base)
    session.execute(update(table).where(table.c.id == r.id).values(
        rev=r.rev, server_seq=r.server_seq, updated_at=table.c.updated_at,
        **_decoded(table, take)))
    return conflicts


_MISSING = object()


def purge_children(session: Session, child_ids: list[str]) -> int:
    """Remove every row of these children from this laptop (rows, queue, shadows, and
    what the performance pack stores of them)."""
    if not child_ids:
        return 0
    tables = synced_tables()
    removed = 0
    gone: set[str] = set(child_ids)
    for table in reversed(Base.metadata.sorted_tables):
        if table.name not in tables or table.name == "child" or "child_id" not in table.c:
            continue
        if not any(fk.column.table.name == "child" for fk in table.c.child_id.foreign_keys):
            continue
        for chunk in in_chunks(child_ids):
            ids = list(session.scalars(select(table.c.id).where(table.c.child_id.in_(chunk))))
            gone.update(ids)
            removed += len(ids)
            session.execute(delete(table).where(table.c.child_id.in_(chunk)))
    child = Base.metadata.tables["child"]
    for chunk in in_chunks(child_ids):
        session.execute(delete(child).where(child.c.id.in_(chunk)))
    for chunk in in_chunks(sorted(gone)):
        session.execute(delete(SyncShadow).where(SyncShadow.row_id.in_(chunk)))
        session.execute(delete(SyncPending).where(SyncPending.row_id.in_(chunk)))
        session.execute(delete(SyncConflict).where(SyncConflict.row_id.in_(chunk)))
    for p in list(session.scalars(select(SyncParked))):
        state = RowState.model_validate_json(p.state_json)
        if state.child_id in gone or state.id in gone:
            session.delete(p)
    session.flush()
    stored.forget_purged(session)   # the pack's per-day counts name children too
    return removed
