"""Pull: the rows in a user's scope above a cursor, in feed order, in bounded pages.

Each device's held children are tracked in ``device_child``. On every pull:

* a held child that left the user's scope is marked revoked and named in
  ``revoked_children`` until the device acknowledges the purge (``/sync/ack-revoke``); until
  then the device may still push its pending edits to that child;
* a child that entered the scope is recorded as held; if the device has already pulled past
  some of that child's rows, those rows are republished (given new feed positions, same
  revisions, in the same transaction) so this and every later page delivers them.

Pages stop at the committed horizon (the counter's value read before the rows), so a
cursor never passes a position that has not committed yet.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pydantic_core
from sqlalchemy import (
    BigInteger,
    BindParameter,
    Boolean,
    Date,
    DateTime,
    Enum,
    Select,
    String,
    Table,
    bindparam,
    case,
    cast,
    exists,
    literal_column,
    null,
    select,
    text,
    union_all,
    update,
)
from sqlalchemy.engine import Connection, CursorResult, Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import Column
from sqlalchemy.sql.visitors import replacement_traverse

from yjdesk.models.child import Child
from yjdesk.models.org import Role
from yjdesk.models.server import DeviceChild, ServerDevice
from yjdesk.models.types import TZDateTime, utcnow
from yjdesk.server import auth, driver, feed, idlist, scope, wide_rows
from yjdesk.server.errors import ApiError
from yjdesk.services.uow import Actor
from yjdesk.wire import protocol as p
from yjdesk.wire.codec import content_columns, encode

#: Feed positions are BIGINT (a larger cursor is refused by :func:`check_cursor` anyway).
MAX_SEQ = 2 ** 63 - 1

#: The device's held children (built once: building it cost more than running it).
_HELD = select(DeviceChild.child_id, DeviceChild.revoked).where(
    DeviceChild.device_id == bindparam("device"))


def _reconcile(session: Session, actor: Actor, cursor: int, children: set[str] | None,
               held: dict[str, bool] | None = None) -> tuple[set[str], bool]:
    """Update the device's held children; returns those revoked (not yet acknowledged),
    and whether rows were republished (given new feed positions). ``held``: the device's
    held children (child -> revoked), when read already."""
    now = utcnow()
    device = actor.device_id
    conn = session.connection()
    ids = _IdStatements.of(conn.dialect)
    revoked: set[str] = set()
    if children is None:
        # Everything is in scope: only children never held and earlier revocations matter
        # (no per-pull walk over every child).
        entering: set[str] = set()
        new: set[str] = set()
        for kind, child_id in driver.statement(_ALL_STATE, conn.dialect).rows(
                conn, {"device": device}):
            (entering if kind == "e" else new).add(child_id)
    else:
        if held is None:
            held = {child_id: bool(flag) for child_id, flag in driver.statement(
                _HELD, conn.dialect).rows(conn, {"device": device})}
        entering = set()
        for child_id, was_revoked in held.items():
            if child_id not in children:
                revoked.add(child_id)
            elif was_revoked:
                # Back in scope before the purge was acknowledged: the laptop may have
                # purged already, so send everything again.
                entering.add(child_id)
        ids.set_revoked(conn, device, {c for c in revoked if not held[c]}, True, now)
        new = children - held.keys()
    ids.set_revoked(conn, device, entering, False, now)
    if new:
        ids.hold(conn, device, new, now)
    if cursor > 0 and new:
        # Only children with rows the device has already pulled past need republishing.
        entering |= ids.pulled_past(conn, new, cursor)
    moved = False
    if entering:
        seqs = feed.DeferredCounter(session)
        moved = feed.republish(session, seqs, entering) > 0
        seqs.finish()
    session.flush()
    return revoked, moved


#: With every child in scope: the device's revoked children ('e': entering again) and the
#: children it has never held ('n'), one statement (built once).
_ALL_STATE = union_all(
    select(literal_column("'e'", String).label("k"), DeviceChild.child_id.label("c"))
    .where(DeviceChild.device_id == bindparam("device"), DeviceChild.revoked.is_(True)),
    select(literal_column("'n'", String), Child.id).where(~exists().where(
        DeviceChild.device_id == bindparam("device"), DeviceChild.child_id == Child.id)))


@dataclass(frozen=True)
class _IdStatements:
    """The reconcile's writes and reads of a set of children, each ONE statement built
    once per database kind, the children passed as one JSON text parameter (a list of
    ids): no statement built per call (SQLAlchemy compiled a 1,000-row VALUES insert for
    every pull that held new children), no IN list expanded into a bind parameter an id,
    and on PostgreSQL no Python list adapted element by element into an array literal."""

    hold_sql: Any
    revoke_sql: Any
    pulled_past_sql: Any
    forget_sql: Any

    @staticmethod
    @lru_cache(maxsize=4)
    def _of(name: str) -> _IdStatements:
        ids = idlist.id_set(name, "ids")
        now = bindparam("now", type_=TZDateTime())
        flag = bindparam("revoked", type_=Boolean())
        # ON CONFLICT: a concurrent pull of the same device may have held them already
        # (SQLite needs the WHERE to parse an upsert from a SELECT).
        hold = text(
            "INSERT INTO device_child (device_id, child_id, revoked, changed_at) "
            f"SELECT :device, i.c, :revoked, :now FROM {ids} "
            f"{'' if name == 'postgresql' else 'WHERE true '}ON CONFLICT DO NOTHING"
        ).bindparams(now, flag)
        among = idlist.any_ids(name, ":ids")
        revoke = text(
            "UPDATE device_child SET revoked = :revoked, changed_at = :now "
            f"WHERE device_id = :device AND child_id {among}"
        ).bindparams(now, flag)
        pulled_past = text(
            "SELECT DISTINCT f.child_id FROM feed_entry AS f WHERE f.kind = 'child' "
            f"AND f.server_seq <= :cursor AND f.child_id {among}"
        ).bindparams(bindparam("cursor", type_=BigInteger()))
        forget = text(
            f"DELETE FROM device_child WHERE device_id = :device AND child_id {among} "
            "AND revoked = :revoked").bindparams(flag)
        return _IdStatements(hold, revoke, pulled_past, forget)

    @classmethod
    def of(cls, dialect: Dialect) -> _IdStatements:
        return cls._of(dialect.name)

    def hold(self, conn: Connection, device: str, child_ids: set[str], now: Any) -> None:
        """Record held children (in id order: concurrent pulls of one device lock alike)."""
        conn.execute(self.hold_sql, {"device": device, "ids": idlist.ids_json(child_ids),
                                     "revoked": False, "now": now})

    def set_revoked(self, conn: Connection, device: str, child_ids: set[str], revoked: bool,
                    now: Any) -> None:
        if child_ids:
            conn.execute(self.revoke_sql, {"device": device, "ids": idlist.ids_json(child_ids),
                                           "revoked": revoked, "now": now})

    def forget_revoked(self, conn: Connection, device: str, child_ids: set[str]) -> None:
        """Stop holding these children where they are revoked (the purge acknowledged)."""
        conn.execute(self.forget_sql, {"device": device, "ids": idlist.ids_json(child_ids),
                                       "revoked": True})

    def pulled_past(self, conn: Connection, child_ids: set[str], cursor: int) -> set[str]:
        """Which of these children have rows at or below ``cursor``."""
        return {c for (c,) in _driver_rows(conn.execute(self.pulled_past_sql, {
            "ids": idlist.ids_json(child_ids), "cursor": cursor})) if c is not None}


def _reconcile_org(session: Session, actor: Actor, cursor: int) -> bool:
    """A user who moved team (or role) gets the new team's team and user rows again.
    Returns whether rows were republished."""
    teams = scope.teams_in_scope(actor)
    key = "all" if teams is None else (f"team:{min(teams)}" if teams else "none")
    known, org_scope = _device_org_scope(session, actor.device_id)
    if not known or org_scope == key:
        return False
    moved = False
    if cursor > 0 and org_scope is not None:
        seqs = feed.DeferredCounter(session)
        moved = feed.republish_org(session, seqs, teams, actor.user_id) > 0
        seqs.finish()
    session.execute(update(_DEVICES).where(_DEVICES.c.id == actor.device_id)
                    .values(org_scope=key))
    session.info.setdefault(auth.DEVICE_ORG_SCOPE, {})[actor.device_id] = key
    return moved


_DEVICES: Table = ServerDevice.__table__  # type: ignore[assignment]
_ORG_SCOPE = select(_DEVICES.c.org_scope).where(_DEVICES.c.id == bindparam("device"))


def _device_org_scope(session: Session, device_id: str) -> tuple[bool, str | None]:
    """Whether the device is registered, and its ``org_scope``: as the token check read it
    in this transaction (no second read), else from the database."""
    known = session.info.get(auth.DEVICE_ORG_SCOPE, {})
    if device_id in known:
        return True, known[device_id]
    row = session.connection().execute(_ORG_SCOPE, {"device": device_id}).first()
    return (False, None) if row is None else (True, row.org_scope)


@dataclass(frozen=True)
class Decided:
    """What the primary database decided for one pull: the scope, as of now."""

    #: The children the device holds (None: every child).
    children: set[str] | None
    #: Children that left the scope, reported until the laptop acknowledges the purge.
    revoked: set[str]
    #: The committed horizon read on the primary before the scope was decided, when it
    #: still holds (nothing was republished since): the page need not read it again.
    horizon: int | None = None


def pull(session: Session, actor: Actor, req: p.PullRequest) -> Page:
    """One page, all in the caller's transaction on the primary database."""
    return read(session, actor, req, prepare(session, actor, req))


def check_cursor(session: Session, actor: Actor, req: p.PullRequest,
                 horizon: int | None = None) -> int | None:
    """Refuse a cursor this service never gave this device (before anything is written).

    A cursor beyond the feed counter, or any cursor but 0 from a device that has never
    pulled here (a restored database, a copied profile, a forged request), would make the
    scope-entry rule republish every child the device holds -- one read moving rows for
    every other laptop. The laptop starts again from 0 instead (sync/engine.py).
    """
    if req.cursor == 0:
        return None
    known, org_scope = _device_org_scope(session, actor.device_id)
    if horizon is None:
        horizon = feed.committed_horizon(session)
    if req.cursor > horizon or not known or org_scope is None:
        raise ApiError(409, p.INVALID_CURSOR,
                       "this laptop's sync position is not one this service gave it; "
                       "the laptop will fetch everything again from the start")
    return horizon


def prepare(session: Session, actor: Actor, req: p.PullRequest,
            state: ScopeState | None = None) -> Decided:
    """Bring the device's held children up to date (on the primary; it may write).
    ``state``: the actor's scope state, when read already in this transaction (with the
    token check, :func:`pull_signed_in`)."""
    cond = scope.child_condition(actor)
    held: dict[str, bool] | None = None
    if cond is None:  # every child: nothing to read per child
        horizon = check_cursor(session, actor, req)
        children: set[str] | None = None
    else:
        horizon, children, held = state if state is not None \
            else _scope_state(session, actor, cond)
        check_cursor(session, actor, req, horizon)
    revoked, moved = _reconcile(session, actor, _cursor(req), children, held)
    moved |= _reconcile_org(session, actor, _cursor(req))
    # Every position up to a horizon read earlier in this transaction is committed, so it
    # serves as this page's horizon -- unless this pull has just taken new positions
    # (republished rows), which this page must reach.
    return Decided(children, revoked, None if moved else horizon)


@lru_cache(maxsize=1024)
def _scope_state_query(cond: Any) -> Any:
    """One statement for the committed horizon, the children in the puller's scope and the
    device's held children (each read as its own module defines it; one round trip)."""
    horizon = feed.HORIZON.subquery()
    children = scope.children_where(cond).subquery()
    held = _HELD.subquery()
    return union_all(
        select(literal_column("'h'", String).label("k"), cast(null(), String).label("a"),
               cast(horizon.c.value, BigInteger).label("n")),
        select(literal_column("'s'", String), children.c.id, cast(null(), BigInteger)),
        select(literal_column("'d'", String), held.c.child_id,
               cast(case((held.c.revoked, 1), else_=0), BigInteger)))


#: The committed horizon, the children in scope, the held children (child -> revoked).
ScopeState = tuple[int, set[str], dict[str, bool]]


def _scope_state(session: Session, actor: Actor, cond: Any) -> ScopeState:
    """The horizon now, the children in scope, and the held children (child -> revoked)."""
    conn = session.connection()
    return _state_of(driver.statement(_scope_state_query(cond), conn.dialect).rows(
        conn, {"device": actor.device_id, **scope.scope_params(actor)}))


def _state_of(rows: Sequence[Sequence[Any]]) -> ScopeState:
    """:data:`ScopeState` from :func:`_scope_state_query`'s rows (kind, key, number)."""
    horizon = 0
    children: set[str] = set()
    held: dict[str, bool] = {}
    for kind, key, number, *_ in rows:
        if kind == "s":
            children.add(key)
        elif kind == "d":
            held[key] = bool(number)
        else:
            horizon = int(number)
    return horizon, children, held


#: Access token (its stored hash) -> the pull it last served: ``(device, role, user,
#: team)``. Only which scope statement to send WITH the token check (one round trip, not
#: two): the token is checked in that same statement on every pull, and the scope read is
#: used only when the token's row names this same device, role, user and team -- else it
#: is read again for the actor the token names. Nothing here is trusted for access:
#: revocation, a disabled account, a moved team or a changed caseload is seen at once.
_SHAPES: dict[str, tuple[str, str, str, str | None]] = {}
#: Tokens remembered at most (access tokens live minutes; the dict is emptied when full).
_SHAPES_MAX = 20_000


def pull_signed_in(session: Session, authorization: str | None, req: p.PullRequest) -> Page:
    """:func:`auth.authenticate` and :func:`pull`, in the caller's transaction on the
    primary database. For a token that pulled before, its check, the puller's scope state
    and the page's feed entries are ONE statement (:func:`_signed_in_query`); the entries
    are the page's only if the pull then moved nothing and held exactly the children it
    held when they were read (a steady pull) -- else the page is read again, as
    :func:`read` always did."""
    digest = auth.bearer_digest(authorization)
    conn = session.connection()
    guess = _SHAPES.get(digest)
    state: ScopeState | None = None
    entries: list[tuple[str, str, int]] | None = None
    if guess is None:
        who = auth.caller_of(session, driver.statement(auth.TOKEN_QUERY, conn.dialect).first(
            conn, {"digest": digest}))
    else:
        device, role, user, team = guess
        guessed = Actor(user_id=user, role=Role(role), team_id=team, device_id=device,
                        display_name="")
        cond = scope.child_condition(guessed)
        assert cond is not None  # (only the shapes of users with a scope are kept)
        # the page as the device's held children give it ("held": device_child, read
        # in the same statement as the state)
        page, params = scope.feed_page(guessed, set(), set(), dialect=conn.dialect.name)
        rows = driver.statement(_signed_in_query(cond, page), conn.dialect,
                                native=True).rows(
            conn, {**params, **scope.scope_params(guessed), "digest": digest,
                   "cursor": _cursor(req), "limit": req.limit + 1})
        token = [row[4:] for row in rows if row[0] == "t"]
        who = auth.caller_of(session, token[0] if token else None)
        if _shape(who.actor) == guess:
            state = _state_of([(row[0], row[1], row[3]) for row in rows
                               if row[0] in "hsd"])
            entries = sorted(((row[1], row[2], int(row[3])) for row in rows
                              if row[0] == "p"), key=lambda e: e[2])
    shape = _shape(who.actor)
    if shape is not None and shape != guess:
        if len(_SHAPES) >= _SHAPES_MAX:
            _SHAPES.clear()
        _SHAPES[digest] = shape
    decided = prepare(session, who.actor, req, state)
    if state is not None and entries is not None and decided.horizon == state[0] and \
            decided.children == {c for c, revoked in state[2].items() if not revoked}:
        # nothing moved, and device_child names exactly the children decided (the
        # feed page's "held" reads it): the entries read are this page's
        return read(session, who.actor, req, decided, entries=entries)
    return read(session, who.actor, req, decided)


def _shape(actor: Actor) -> tuple[str, str, str, str | None] | None:
    """What the scope statement sent with the token check depends on (None: the actor
    sees every child, and no scope state is read)."""
    if scope.child_condition(actor) is None:
        return None
    return actor.device_id, actor.role.value, actor.user_id, actor.team_id


@lru_cache(maxsize=1024)
def _signed_in_query(cond: Any, page: Any) -> Any:
    """One statement: the token check (:data:`auth.TOKEN_QUERY`: kind ``'t'``, its
    columns after the first four), :func:`_scope_state_query` of ``cond`` (kinds
    ``'h'``, ``'s'``, ``'d'``: key, -, number) and the feed page ``page`` (kind ``'p'``:
    table, row id, position), its horizon the counter read in the same statement (one
    snapshot: the state's ``'h'``). The token's row first, so the result's columns carry
    its types."""
    token = auth.TOKEN_QUERY.subquery()
    state = _scope_state_query(cond).subquery()

    def horizon_here(element: Any, **kw: Any) -> Any:
        if isinstance(element, BindParameter) and element.key == "horizon":
            return feed.HORIZON.scalar_subquery()
        return None
    stmt: Select[Any] = page
    swapped: Any = replacement_traverse(stmt, {}, horizon_here)
    entries = swapped.subquery()
    nulls = [cast(null(), column.type) for column in token.c]
    return union_all(
        select(literal_column("'t'", String).label("k"), cast(null(), String).label("a"),
               cast(null(), String).label("b"), cast(null(), BigInteger).label("n"),
               *token.c),
        select(state.c.k, state.c.a, cast(null(), String), state.c.n, *nulls),
        select(literal_column("'p'", String), entries.c.table_name, entries.c.row_id,
               cast(entries.c.server_seq, BigInteger), *nulls))


def read(session: Session, actor: Actor, req: p.PullRequest, decided: Decided, *,
         listed: bool = False, entries: list[tuple[str, str, int]] | None = None) -> Page:
    """The page itself: rows in scope above the cursor, up to the committed horizon.

    ``session`` may be on a streaming replica (``listed=True``): the replica's own counter
    is its horizon, so a lagging replica only delays rows (its cursor never passes a row it
    has not replayed), and the scope decided on the primary is given as a list of children
    rather than read from the replica's possibly older ``device_child`` rows.
    ``entries``: the page's feed entries (up to ``req.limit + 1``, in feed order) when
    read already, with ``decided.horizon`` as their horizon (:func:`pull_signed_in`).
    """
    cursor = _cursor(req)
    horizon = decided.horizon if decided.horizon is not None and not listed \
        else feed.committed_horizon(session)
    conn = session.connection()
    if entries is None:
        stmt, params = scope.feed_page(actor, decided.children, decided.revoked,
                                       dialect=conn.dialect.name, listed=listed)
        # (table, id, position) as the driver's tuples (a Row's attributes by name cost
        # more than the rest of the walk, py-spy, county pull), on the driver's cursor
        entries = driver.statement(stmt, conn.dialect).rows(
            conn, {**params, "cursor": cursor, "horizon": horizon,
                   "limit": req.limit + 1})
    more = len(entries) > req.limit
    entries = entries[:req.limit]
    rows = _load_rows(session, entries)
    next_cursor = entries[-1][2] if more else max(horizon, cursor)
    return Page(rows=rows, revoked_children=sorted(decided.revoked),
                next_cursor=int(next_cursor), more=more)


@dataclass(frozen=True)
class Page:
    """A pull page as plain wire values: :class:`~yjdesk.wire.protocol.PullResponse`'s
    JSON without building a model for every row (the page is written straight to JSON)."""

    #: Each row as a :class:`~yjdesk.wire.protocol.RowState` (a dict of its fields).
    rows: list[dict[str, Any]]
    revoked_children: list[str]
    next_cursor: int
    more: bool

    def _body(self) -> dict[str, Any]:
        return {"rows": self.rows, "revoked_children": self.revoked_children,
                "next_cursor": self.next_cursor, "more": self.more}

    def to_json(self) -> bytes:
        """The page as :class:`~yjdesk.wire.protocol.PullResponse` JSON: the same document
        as the model's ``model_dump_json`` (keys in the model's order; pydantic's own
        writer, a third of ``json.dumps``'s time)."""
        return pydantic_core.to_json(self._body(), inf_nan_mode="null")


def _driver_rows(result: CursorResult[Any]) -> list[Any]:
    """A result's rows as the driver's own tuples, for statements whose columns need no
    result processing (text, whole numbers): SQLAlchemy's ``Row`` a row was most of the
    Python time of reading a page's feed entries (py-spy)."""
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def _cursor(req: p.PullRequest) -> int:
    return min(req.cursor, MAX_SEQ)


def _load_rows(session: Session, entries: list[tuple[str, str, int]]
               ) -> list[dict[str, Any]]:
    """The entries' rows as wire rows, in the entries' order: one plain statement per table
    (values as the driver returns them, turned into wire values a column at a time)."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for name, row_id, _seq in entries:
        by_table[name].append(row_id)
    conn = session.connection()
    loaded: dict[tuple[str, str], dict[str, Any]] = {}
    if by_table and len(entries) <= AT_ONCE:
        names = tuple(sorted(by_table))
        for row in _read_at_once(conn, names, [by_table[n] for n in names]):
            loaded[(row["table"], row["id"])] = row
    else:
        for name, ids in by_table.items():
            reader = _reader(feed.tables()[name], conn.dialect)
            for row in reader.wire_rows(conn, ids):
                loaded[(name, row["id"])] = row
    return [row for row in (loaded.get((name, row_id)) for name, row_id, _seq in entries)
            if row is not None]


#: A page of at most this many entries has its rows read in ONE statement
#: (:func:`_read_at_once`): a laptop's steady pull (its own pushed rows back, a few rows
#: of two or three tables) sent a statement a table, and PostgreSQL's plan for those
#: (``= ANY`` of a list it guesses at ten ids, prepared once) read a small table whole.
#: A larger page reads a table at a time (a wide row of every table's columns for
#: thousands of rows would cost more than the round trips it saves; ``= ANY`` is one
#: index scan for thousands of ids). SQLite (the one-machine demo service) takes the same
#: two paths, so the tests on either database run the statement PostgreSQL runs. A page
#: of every synced table is about 820 columns a row, inside PostgreSQL's 1,664 and
#: SQLite's 2,000 (the test reading every table at once runs it on both).
AT_ONCE = 100


def _read_at_once(conn: Connection, names: tuple[str, ...], ids: list[list[str]]
                  ) -> list[dict[str, Any]]:
    """The rows of these tables (``ids[i]`` of ``names[i]``) as wire rows, one statement
    (:func:`_at_once_sql`); each table's rows written by its own :class:`_Reader`."""
    sql, spans, cursor_class = _at_once_sql(names, conn.dialect)
    fetched = driver.fetch(conn, sql, [idlist.ids_json(dict.fromkeys(part), sort=False)
                                 for part in ids], cursor_class)
    parts: list[list[Any]] = [[] for _ in names]
    for row in fetched:
        parts[row[0]].append(row)
    out: list[dict[str, Any]] = []
    for name, (start, end), rows in zip(names, spans, parts, strict=True):
        if rows:
            _reader(feed.tables()[name], conn.dialect)._add([r[start:end] for r in rows], out)
    return out


@lru_cache(maxsize=256)
def _at_once_sql(names: tuple[str, ...], dialect: Dialect
                 ) -> tuple[str, tuple[tuple[int, int], ...], Any]:
    """One SELECT of each table's :class:`_Reader` columns by id, joined by UNION ALL:
    a row is its table's index, then every table's columns (NULLs of their types but
    its own: :mod:`yjdesk.server.wide_rows`). Returns the SQL, each table's columns'
    span in a row, and the driver's cursor class to run it on (None: the connection's
    own).

    On psycopg the SQL is in PostgreSQL's own placeholders (``$1`` ...), run on its
    ``RawCursor``: a page of two tables or more is 4-6 KB of SQL, over the 4,096 bytes
    of psycopg's cache of parsed statements, and its ``%s`` placeholders were parsed by a
    regular expression on every pull (about 25-35 us; as for the pull's signed-in
    statement, :func:`driver.statement`'s ``native``).

    On PostgreSQL each id is looked up by the primary key on its own (a ``LATERAL``
    subquery per id, kept from being flattened into a join by ``OFFSET 0``): planned
    once for a list of unknown length, ``= ANY`` of it or a join to it was a scan of the
    whole table wherever the table is small (pg_stat_statements under the 50-laptop
    bench: 0.25 ms a pull for 1,500 relationships)."""
    columns = [_reader_columns(feed.tables()[name]) for name in names]
    q = dialect.identifier_preparer.quote
    pg = dialect.name == "postgresql"
    native = pg and dialect.driver == "psycopg"
    # a table's own columns: the LATERAL subquery's on PostgreSQL, the table's on SQLite
    lists, spans = wide_rows.select_lists(
        columns, (lambda i, c: f"r{i}.{q(c.name)}") if pg
        else (lambda i, c: f"{q(names[i])}.{q(c.name)}"), dialect)
    branches: list[str] = []
    for i, (name, cols, listed) in enumerate(zip(names, columns, lists, strict=True)):
        if pg:
            branches.append(
                f"SELECT {listed} "
                f"FROM json_array_elements_text(CAST({f'${i + 1}' if native else '%s'} "
                f"AS json)) AS i{i}(c) "
                f"CROSS JOIN LATERAL (SELECT {', '.join(q(c.name) for c in cols)} "
                f"FROM {q(name)} WHERE {q(name)}.{q('id')} = i{i}.c OFFSET 0) AS r{i}")
        else:
            branches.append(f"SELECT {listed} FROM {q(name)} "
                            f"WHERE {q(name)}.{q('id')} {idlist.any_ids('sqlite', '?')}")
    cursor_class = None
    if native:
        from psycopg import RawCursor

        cursor_class = RawCursor
    return " UNION ALL ".join(branches), spans, cursor_class


def _reader_columns(table: Table) -> list[Column[Any]]:
    """The columns a :class:`_Reader` reads, in its order: id, rev, position, content."""
    return [table.c.id, table.c.rev, table.c.server_seq, *content_columns(table)]


_PLAIN = frozenset({str, int, float, bool, type(None)})
#: How many distinct values of one column a reader remembers (dates, codes, booleans).
_MEMO = 20_000
ColumnEncoder = Callable[[Sequence[Any]], Sequence[Any]]


@dataclass(frozen=True)
class _Reader:
    """Reads one table's rows by id and writes them as wire rows (``RowState`` dicts)."""

    table: str
    sql: str
    #: the content fields' names, in the order :func:`~yjdesk.wire.codec.content_columns`
    names: tuple[str, ...]
    #: one encoder per content field (a whole column of driver values -> wire values)
    encoders: tuple[ColumnEncoder, ...]
    #: where the row's child is among the fields (None: the row is the child, or has none)
    child: int | None
    is_child: bool
    deleted: int

    def wire_rows(self, conn: Connection, ids: list[str]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        # the driver's cursor itself (exec_driver_sql built a Row a row: no processing is
        # wanted here, the encoders take the driver's values); every id of the page in
        # one JSON text parameter (idlist): one statement
        self._add(driver.fetch(conn, self.sql, (idlist.ids_json(ids, sort=False),)), out)
        return out

    def _add(self, fetched: Sequence[Any], out: list[dict[str, Any]]) -> None:
        if not fetched:
            return
        columns = list(zip(*fetched, strict=True))
        values = [enc(col) for enc, col in zip(self.encoders, columns[3:], strict=True)]
        names, name, child, is_child, deleted = (self.names, self.table, self.child,
                                                 self.is_child, self.deleted)
        for row_id, rev, seq, *fields in zip(*columns[:3], *values, strict=True):
            owner = row_id if is_child else (fields[child] if child is not None
                                             else None)
            out.append({"table": name, "id": row_id, "rev": int(rev),
                        "server_seq": int(seq),
                        "child_id": str(owner) if owner else None,
                        "deleted": bool(fields[deleted]),
                        "fields": dict(zip(names, fields, strict=True))})


@lru_cache(maxsize=512)
def _reader(table: Table, dialect: Dialect) -> _Reader:
    columns = content_columns(table)
    names = tuple(c.name for c in columns)
    q = dialect.identifier_preparer.quote
    # the ids as one JSON text parameter (idlist; the driver's own placeholder)
    where = idlist.any_ids(dialect.name, "%s" if dialect.name == "postgresql" else "?")
    sql = (f"SELECT {', '.join(q(n) for n in ('id', 'rev', 'server_seq', *names))} "
           f"FROM {q(table.name)} WHERE {q('id')} {where}")
    # the name as a plain str: SQLAlchemy's quoted_name costs pydantic_core.to_json about
    # 7 us a value (attribute probes through its __getattr__), a second a team's pull
    return _Reader(table=str(table.name), sql=sql, names=names,
                   encoders=tuple(_column_encoder(c, dialect) for c in columns),
                   child=names.index("child_id") if "child_id" in names else None,
                   is_child=table.name == "child", deleted=names.index("deleted"))


def _column_encoder(column: Column[Any], dialect: Dialect) -> ColumnEncoder:
    """A whole column of driver values to wire values: what ``encode(column, value)`` of
    the value SQLAlchemy's result processing gives (:func:`feed.wire_row`), with the
    common kinds done a column at a time."""
    process = column.type._cached_result_processor(dialect, None)

    def one(value: Any) -> Any:
        return encode(column, value if process is None or value is None
                      else process(value))
    ctype = column.type

    def each(values: Sequence[Any]) -> Sequence[Any]:
        return [one(v) for v in values]
    if process is None and not isinstance(ctype, Enum | Date | DateTime | Boolean):
        # text and whole numbers: plain values are already wire values
        def plain(values: Sequence[Any]) -> Sequence[Any]:
            return values if set(map(type, values)) <= _PLAIN else each(values)
        return plain
    if isinstance(ctype, Enum | Date | Boolean):
        memo: dict[Any, Any] = {}  # (codes, dates and flags repeat: each worked out once)

        def remembered(values: Sequence[Any]) -> Sequence[Any]:
            new = set(values).difference(memo)
            if len(memo) + len(new) > _MEMO:
                memo.clear()
            for v in new:
                memo[v] = one(v)
            return list(map(memo.__getitem__, values))
        return remembered
    if isinstance(ctype, TZDateTime) and dialect.name == "sqlite":
        # stored as naive UTC text 'YYYY-MM-DD HH:MM:SS.ffffff'
        def sqlite_times(values: Sequence[Any]) -> Sequence[Any]:
            return [None if v is None else
                    _iso(v) if type(v) is str and len(v) == 26 and v[10] == " " else one(v)
                    for v in values]
        return sqlite_times
    if isinstance(ctype, TZDateTime):
        def times(values: Sequence[Any]) -> Sequence[Any]:
            return [None if v is None else
                    v.isoformat() + "+00:00" if type(v) is dt.datetime and v.tzinfo is None
                    else one(v) for v in values]
        return times
    return each


def _iso(value: str) -> str:
    """``'YYYY-MM-DD HH:MM:SS.ffffff'`` (naive UTC) as the wire's ISO-8601 UTC."""
    return dt.datetime.fromisoformat(value).isoformat() + "+00:00"


def ack_revoke(session: Session, actor: Actor, child_ids: list[str]) -> None:
    """The laptop has purged these children: stop reporting them (and stop taking pushes)."""
    child_ids = [c for c in child_ids if len(c) == 36 and c.isascii() and "\x00" not in c]
    if not child_ids:
        return
    conn = session.connection()
    _IdStatements.of(conn.dialect).forget_revoked(conn, actor.device_id, set(child_ids))
