"""Push: apply one batch of row changes in one transaction (ARCHITECTURE.md section 3).

Per row: unknown tables or fields, values that do not fit their column, rows outside the
user's scope and workflow violations are ``rejected`` (nothing of that row is applied;
the rest of the batch is). Bodies that do not match the wire schema at all are refused
whole with 422 before this module runs. A batch in which no row was applied stores
nothing, so an all-bad batch leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib
import json
import math
import pkgutil
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    BigInteger,
    Integer,
    String,
    Table,
    Text,
    bindparam,
    cast,
    insert,
    literal_column,
    null,
    select,
    text,
    union_all,
)
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from yjdesk.models.server import PushBatch
from yjdesk.models.types import utcnow
from yjdesk.server import (
    driver,
    feed,
    identity,
    idlist,
    numbering,
    revocation,
    row_writes,
    rules,
    scope,
    set_rules,
)
from yjdesk.server.errors import ApiError
from yjdesk.server.settings import Hooks
from yjdesk.services import child_creation, visibility
from yjdesk.services.casework import sync_rules as casework_rules
from yjdesk.services.uow import Actor
from yjdesk.wire import codec
from yjdesk.wire import protocol as p
from yjdesk.wire.codec import (
    CodecError,
    content_column_map,
    content_columns,
    encode,
    synced_tables,
)

_PUSH_BATCH: Table = PushBatch.__table__  # type: ignore[assignment]

NOT_FOUND = "this record is not on the server or not in your caseload"


class Rejected(Exception):
    pass


@dataclass
class _Batch:
    session: Session
    actor: Actor
    seqs: feed.SeqAllocator
    #: child id -> when it was revoked, for the device's revoked-pending children.
    revoked_pending: dict[str, Any] = field(default_factory=dict)
    applied: int = 0
    #: child id -> in the pusher's scope (a child's answer is dropped whenever a row
    #: deciding its scope changes).
    in_scope: dict[str, bool] = field(default_factory=dict)
    #: (table, id) -> the stored row, locked, read once for the whole batch.
    loaded: dict[tuple[str, str], Any] = field(default_factory=dict)
    #: (table, id) whose stored row was changed by this batch (read again if needed).
    written: set[tuple[str, str]] = field(default_factory=set)


def _scope_ids(changes: list[p.RowChange], loaded: dict[tuple[str, str], Any]) -> set[str]:
    """The children the batch touches (whose scope it needs)."""
    ids: set[str] = set()
    for change in changes:
        if change.table == "child":
            ids.add(change.id)
        value = change.fields.get("child_id")
        if isinstance(value, str):
            ids.add(value)
    for row in loaded.values():
        value = row._mapping.get("child_id")
        if isinstance(value, str):
            ids.add(value)
    return {i for i in ids if len(i) <= 64 and i.isprintable()}


@lru_cache(maxsize=1024)
def _state_query(cond: Any, dialect: str) -> Any:
    """One statement for what a push reads once its rows are locked: its stored answer (a
    replay), the device's revoked-pending children and which of the batch's children the
    pusher holds (each read as its own module defines it; one round trip, not three), the
    children's ids as one JSON text; run on the driver's cursor (server/driver.py)."""
    stored = _STORED.subquery()
    pending = revocation.PENDING.subquery()
    among = scope.children_among(cond, dialect).subquery()
    when = pending.c.changed_at.type
    return union_all(
        select(literal_column("'r'", String).label("k"), pending.c.child_id.label("a"),
               cast(null(), Text).label("b"), pending.c.changed_at.label("t")),
        select(literal_column("'b'", String), stored.c.user_id, stored.c.result_json,
               cast(null(), when)),
        select(literal_column("'s'", String), among.c.id, cast(null(), Text),
               cast(null(), when)))


def _batch_state(session: Session, actor: Actor, batch_id: str, ids: set[str]
                 ) -> tuple[p.PushResponse | None, dict[str, Any], dict[str, bool]]:
    """The batch's stored answer (None: not applied yet), the device's revoked-pending
    children (child -> revoked at) and whether the pusher holds each of ``ids``."""
    conn = session.connection()
    stmt = driver.statement(_state_query(scope.child_condition(actor), conn.dialect.name),
                            conn.dialect)
    replay: p.PushResponse | None = None
    revoked: dict[str, Any] = {}
    held: set[str] = set()
    wanted = sorted(ids)
    for start in range(0, max(len(wanted), 1), 2000):
        for kind, key, stored, at in stmt.rows(conn, {
                "batch": batch_id, "device": actor.device_id,
                "since": revocation.window(), **scope.scope_params(actor),
                "ids": idlist.ids_json(wanted[start:start + 2000], sort=False)}):
            if kind == "s":
                held.add(key)
            elif kind == "r":
                revoked[str(key)] = at
            else:
                replay = _replayed(actor, key, stored)
    return replay, revoked, {i: i in held for i in ids}


def _forget_scope(batch: _Batch, change: p.RowChange) -> None:
    """A row deciding who holds a child changed: that child's answer is asked again."""
    if change.table == "child":
        if (change.table, change.id) in batch.loaded and \
                not scope.CHILD_SCOPE_FIELDS & change.fields.keys():
            return  # an edit of a stored child that leaves who holds it as it was
        batch.in_scope.pop(change.id, None)
    value = change.fields.get("child_id")
    if isinstance(value, str):
        batch.in_scope.pop(value, None)
    stored = batch.loaded.get((change.table, change.id))
    if stored is not None:
        before = stored._mapping.get("child_id")
        if isinstance(before, str):
            batch.in_scope.pop(before, None)


#: A batch's stored answer (built once; an ORM ``get`` cost more than the query).
_STORED = select(_PUSH_BATCH.c.user_id, _PUSH_BATCH.c.result_json).where(
    _PUSH_BATCH.c.batch_id == bindparam("batch"))
_BATCH_LOCK = text(f"SELECT {feed.BATCH_LOCK}")


def stored_result(session: Session, actor: Actor, batch_id: str) -> p.PushResponse | None:
    row = session.connection().execute(_STORED, {"batch": batch_id}).first()
    if row is None:
        return None
    return _replayed(actor, row.user_id, row.result_json)


def _replayed(actor: Actor, user_id: str, result_json: str) -> p.PushResponse:
    if user_id != actor.user_id:
        raise ApiError(409, "batch_id_reused", "this batch_id was used by another user")
    original = p.PushResponse.model_validate_json(result_json)
    return original.model_copy(update={"replayed": True})


class StartAgain(Exception):
    """A push applied without a savepoint (``push(..., own_transaction=True)``) must start
    again in a new transaction: a row failed (``guarded``: apply row by row, each in its
    own savepoint) or a set rule refused rows (``refused``)."""

    def __init__(self, guarded: bool, refused: dict[tuple[str, str], str]) -> None:
        super().__init__("start the push again in a new transaction")
        self.guarded = guarded
        self.refused = refused


def warm() -> None:
    """Import, at the service's start, what the push's rules import where they use it.

    The rules are the laptop's own (``yjdesk.services``), whose modules import their
    helpers inside the functions that need them so that the desktop app starts quickly;
    on the service each was imported by the first push of its kind, inside the request
    (``services.children`` in the first push of a child edit). Every module of the
    package is imported (about 0.2 s of CPU once a process; none once imported).

    When that imported anything, what the process holds so far is then moved out of the
    collector's way (``gc.freeze``, as the desktop app's preload does): modules live as
    long as the process, and the full collection their objects brought on ran inside the
    next request instead (111 ms in the first push of a process on PostgreSQL)."""
    import yjdesk.services

    known = len(sys.modules)
    for found in pkgutil.walk_packages(yjdesk.services.__path__, "yjdesk.services."):
        importlib.import_module(found.name)
    if len(sys.modules) > known:
        gc.collect()
        gc.freeze()


def push_in(transaction: Callable[[], AbstractContextManager[Session]],
            actor_of: Callable[[Session], Actor], req: p.PushRequest,
            hooks: Hooks) -> p.PushResponse:
    """Apply ``req`` in a transaction of its own (the service's route; ``actor_of`` checks
    the caller in it). The first attempt takes no savepoint -- SAVEPOINT and RELEASE were
    two of a 5-row push's round trips -- so an attempt that must start again does so in a
    new transaction from the beginning (batch lock, row locks, stored answer, scope all
    taken and read again), where :func:`push` in a caller's transaction goes back to its
    savepoint."""
    again: StartAgain | None = None
    while True:
        try:
            with transaction() as session:
                return push(session, actor_of(session), req, hooks, again=again,
                            own_transaction=True)
        except StartAgain as exc:
            again = exc


def push(session: Session, actor: Actor, req: p.PushRequest, hooks: Hooks, *,
         again: StartAgain | None = None, own_transaction: bool = False) -> p.PushResponse:
    """Apply ``req`` (or return its stored result); the caller commits.

    ``own_transaction``: the transaction is this push's alone, so on PostgreSQL its first
    attempt needs no savepoint: :class:`StartAgain` is raised instead of going back to one
    (:func:`push_in` starts again, with ``again``)."""
    if not (req.batch_id.isascii() and req.batch_id.isprintable()):
        raise ApiError(422, "invalid", "batch_id: not a valid id")
    ordered = identity.chain_order(req.changes)
    repeats = _repeated(ordered)
    wanted = [c for i, c in enumerate(ordered) if i not in repeats
              and len(c.id) == 36 and c.id.isascii() and c.id.isprintable()]
    # The batch lock first (a repeat of this batch waits here until this one commits):
    # on PostgreSQL in the statement that locks the first rows, unless a set rule reads
    # the stored rows before they are locked (then alone, before that read).
    gate = session.get_bind().dialect.name == "postgresql" and not set_rules.may_touch(wanted)
    if not gate:
        _serialise_batch(session, req.batch_id)
    sets = set_rules.touched(session, wanted)
    loaded = feed.lock_and_load(session, [(c.table, c.id) for c in wanted]
                                + set_rules.lock_keys(sets),
                                batch_lock=req.batch_id if gate else None)
    # The stored answer is read after the locks (a replay takes the same ones, released at
    # its commit): one round trip for it, the revocations and the scope.
    replay, revoked, held = _batch_state(session, actor, req.batch_id,
                                         _scope_ids(wanted, loaded))
    if replay is not None:
        return replay
    snapshot = set_rules.take(session, sets)
    refused: dict[tuple[str, str], str] = dict(again.refused) if again is not None else {}
    # First without a savepoint a row: most batches apply whole, and two statements a row
    # (SAVEPOINT, RELEASE) were a third of a push's round trips. A row that fails sends the
    # batch back to the start, to be applied again with a savepoint a row, so that only
    # the rows that fail are rejected (the same answers as if it had been so from the
    # start: nothing of the first attempt is kept).
    guarded = again is not None and again.guarded
    # Without a savepoint: the push's first attempt in a transaction of its own (starting
    # again is then a new transaction), on PostgreSQL (on SQLite the replay re-check below
    # goes back to the savepoint).
    bare = own_transaction and not guarded and session.get_bind().dialect.name == "postgresql"
    while True:  # again without the rows of a set the push broke (server.set_rules)
        seqs: feed.SeqAllocator = (hooks.allocator or feed.DeferredCounter)(session)
        work = None if bare else session.begin_nested()
        batch = _Batch(session, actor, seqs, dict(revoked), in_scope=dict(held),
                       loaded=loaded)
        identity.forget_tails(session)
        session.info[identity.BATCH_IN_SCOPE] = batch.in_scope
        # Unguarded, the rows' INSERTs and UPDATEs are held back and sent a run at a time
        # (row_writes.RowWriter: one statement for the batch's edits of one table, not one a
        # row), before anything reads them and, at the latest, here inside the attempt.
        writer = None if guarded else row_writes.RowWriter(session)
        deferred = False
        try:
            results = [_duplicate(change) if i in repeats
                       else _set_refused(change, refused)
                       or _apply_guarded(batch, change, guarded)
                       for i, change in enumerate(ordered)]
            # Applied bare with no set to judge, the rows still held are left to the
            # counter statement, which writes them at their real positions (a database
            # error there starts the push again, guarded, as one here does); else sent
            # now, inside this attempt.
            deferred = writer is not None and work is None and not snapshot.before \
                and isinstance(seqs, feed.DeferredCounter)
            if writer is not None and not deferred:
                writer.send()
        except (Rejected, IntegrityError, DataError):
            if guarded:  # pragma: no cover - _apply_guarded catches these itself
                raise
            if writer is not None:
                writer.close()
            if work is None:
                raise StartAgain(True, refused) from None
            if work.is_active:
                work.rollback()
            identity.forget_breaks(session)
            guarded = True
            continue
        finally:
            if writer is not None and not deferred:
                writer.close()
        more = set_rules.refusals(session, snapshot, {(r.table, r.id) for r in results
                                                      if r.status != "rejected"})
        if not more:
            break
        refused.update(more)
        if work is None:
            raise StartAgain(False, refused)
        work.rollback()
        identity.forget_breaks(session)
    if not deferred:
        return _finish(session, actor, req, hooks, batch, seqs, work, results,
                       own_transaction=own_transaction)
    assert writer is not None
    try:
        return _finish(session, actor, req, hooks, batch, seqs, work, results, writer,
                       own_transaction=own_transaction)
    except (IntegrityError, DataError):
        # A held row the database refused (in the counter statement): the whole attempt
        # is rolled back and the push starts again in a new transaction, a savepoint a
        # row, as when the row's own statement failed above.
        raise StartAgain(True, refused) from None
    finally:
        writer.close()


def _finish(session: Session, actor: Actor, req: p.PushRequest, hooks: Hooks, batch: _Batch,
            seqs: feed.SeqAllocator, work: Any, results: list[p.RowResult],
            writer: row_writes.RowWriter | None = None, *,
            own_transaction: bool = False) -> p.PushResponse:
    """The applied push's positions, its stored answer and the answer itself (``writer``:
    rows still held back, for the counter statement)."""
    identity.forget_tails(session)
    session.info.pop(identity.BATCH_IN_SCOPE, None)
    identity.report_breaks(session)  # refused audit events, for administrators (issue 11)
    if not batch.applied:
        if writer is not None:
            writer.send()  # (nothing: no row was written)
        if work is not None:
            work.commit()
        return p.PushResponse(batch_id=req.batch_id, results=results)
    # An identical batch may have committed while this one was being worked out. On
    # PostgreSQL it cannot: the advisory lock on the batch id, held since the start,
    # queued any repeat behind this one (and this one behind an earlier copy).
    if work is not None and session.get_bind().dialect.name != "postgresql":
        replay = stored_result(session, actor, req.batch_id)
        if replay is not None:
            work.rollback()
            return replay
    if work is not None:
        work.commit()
    # The counter row is locked from here until commit: keep this short. Where it can,
    # the allocator writes the batch record in its statement (one statement less under
    # the lock), from the answer's JSON with provisional positions it replaces.
    now = utcnow()
    if isinstance(seqs, feed.DeferredCounter):
        draft = p.PushResponse(batch_id=req.batch_id, results=results).model_dump_json()
        seqs.finish(feed.Record(_PUSH_BATCH, {
            "batch_id": req.batch_id, "user_id": actor.user_id,
            "device_id": actor.device_id,
            "created_at": now.astimezone(dt.UTC).replace(tzinfo=None)},
            "result_json", draft), writer,
            commit=own_transaction and work is None and hooks.after_seq_assigned is None)
    else:
        if writer is not None:
            writer.send()
        seqs.finish()
    results = [r.model_copy(update={"server_seq": seqs.resolve(r.server_seq)})
               if r.server_seq is not None and r.server_seq < 0 else r for r in results]
    response = p.PushResponse(batch_id=req.batch_id, results=results)
    if not getattr(seqs, "recorded", False):
        session.execute(insert(PushBatch).values(
            batch_id=req.batch_id, user_id=actor.user_id, device_id=actor.device_id,
            result_json=response.model_dump_json(), created_at=now))
    if hooks.after_seq_assigned is not None:
        hooks.after_seq_assigned(req.batch_id)
    return response


DUPLICATE = "this push holds this record twice; only its first copy was taken"


def _repeated(changes: list[p.RowChange]) -> set[int]:
    """Positions of second and later copies of the same row in one batch."""
    seen: set[tuple[str, str]] = set()
    out: set[int] = set()
    for i, change in enumerate(changes):
        key = (change.table, change.id)
        if key in seen:
            out.add(i)
        seen.add(key)
    return out


def _duplicate(change: p.RowChange) -> p.RowResult:
    """A repeated copy is refused as a duplicate (not merged with, or in conflict with, the
    first copy the same batch just stored)."""
    return p.RowResult(table=change.table, id=change.id, status="rejected", error=DUPLICATE)


def _set_refused(change: p.RowChange, refused: dict[tuple[str, str], str]
                 ) -> p.RowResult | None:
    message = refused.get((change.table, change.id))
    if message is None:
        return None
    return p.RowResult(table=change.table, id=change.id, status="rejected", error=message)


def _serialise_batch(session: Session, batch_id: str) -> None:
    """Make a repeat of a batch that is still being applied wait for it, then replay it.

    A laptop killed mid-push resends its batch (same id) while the first request may still
    be running. On PostgreSQL a transaction-scoped advisory lock on the batch id queues the
    repeat until the first commits; SQLite serialises writers already (BEGIN IMMEDIATE).
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_BATCH_LOCK, {"batch_lock": batch_id})


def _apply_guarded(batch: _Batch, change: p.RowChange, guarded: bool = True) -> p.RowResult:
    """Apply one row; with ``guarded``, inside its own savepoint, so that a row that fails
    is rejected alone. Without, a failure is raised to the caller (which starts the batch
    again, guarded)."""
    if not guarded:
        return _applied(batch, change, _apply(batch, change))
    # The earlier rows' revisions are written now, outside this row's savepoint (a
    # rejection of this row must not take them with it).
    feed.write_pending_revisions(batch.session)
    savepoint = batch.session.begin_nested()
    mark = batch.seqs.mark() if hasattr(batch.seqs, "mark") else None

    def undo() -> None:
        savepoint.rollback()
        if mark is not None:
            batch.seqs.rollback_to(mark)  # type: ignore[attr-defined]

    try:
        result = _apply(batch, change)
    except Rejected as exc:
        undo()
        return p.RowResult(table=change.table, id=change.id, status="rejected", error=str(exc))
    except IntegrityError:
        undo()
        return p.RowResult(table=change.table, id=change.id, status="rejected",
                           error="the record refers to a record that does not exist, or "
                                 "repeats a value that must be unique")
    except DataError:
        undo()
        return p.RowResult(table=change.table, id=change.id, status="rejected",
                           error="a value of the record cannot be stored")
    savepoint.commit()
    return _applied(batch, change, result)


def _applied(batch: _Batch, change: p.RowChange, result: p.RowResult) -> p.RowResult:
    """Note what an applied row changes for the rest of the batch."""
    batch.written.add((change.table, change.id))
    if change.table == "audit_event" and result.status == "applied":
        seq, digest = change.fields.get("device_seq"), change.fields.get("hash")
        if isinstance(seq, int) and isinstance(digest, str):
            identity.remember_tail(batch.session, batch.actor.device_id, seq, digest)
    if change.table in scope.SCOPE_TABLES:
        _forget_scope(batch, change)
    return result


def _decode(table: Table, change: p.RowChange) -> dict[str, p.WireValue]:
    """The change's fields, validated and normalised to canonical wire values."""
    columns = content_column_map(table)
    decoders = codec.decoders(table)
    out: dict[str, p.WireValue] = {}
    for name, value in change.fields.items():
        column = columns.get(name)
        if column is None:
            raise Rejected(f"{name} is not a field of {table.name}")
        _storable(column, value)
        try:
            out[name] = encode(column, decoders[name](value))
        except CodecError as exc:
            raise Rejected(str(exc)) from None
    if change.deleted:
        out["deleted"] = True
    return out


def _storable(column: Any, value: p.WireValue) -> None:
    """Refuse values every database would choke on (before they reach it)."""
    if isinstance(value, str):
        if "\x00" in value:
            raise Rejected(f"{column.name} contains a NUL character")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise Rejected(f"{column.name} is not valid text") from None
    elif isinstance(value, float) and not math.isfinite(value):
        raise Rejected(f"{column.name} must be a finite number")
    elif isinstance(value, int) and not isinstance(value, bool) \
            and isinstance(column.type, Integer):
        bits = 63 if isinstance(column.type, BigInteger) else 31
        if not -(2 ** bits) <= value < 2 ** bits:
            raise Rejected(f"{column.name} is out of range")


def _values(table: Table, wire: dict[str, p.WireValue]) -> dict[str, Any]:
    decoders = codec.decoders(table)
    return {name: decoders[name](value) for name, value in wire.items()}


def _may_hold(batch: _Batch, table: Table, row: dict[str, Any]) -> bool:
    """May the pusher write this row (as stored, or as proposed)?

    The row's child must be in the pusher's scope and the row's audience among those the
    pusher's role may see (a row they may not see is treated as one that does not exist).
    """
    if table.name in scope.ORG_TABLES or table.name in scope.PUSH_ONLY:
        return True  # decided by rules (administrators only; audit is append-only)
    child_id = scope.row_child_id(table, row)
    if child_id is None:
        return True
    if not visibility.may_see(batch.actor.role, visibility.audience_of(table.name, row)):
        return False
    if child_id in batch.revoked_pending:
        return True
    if child_id not in batch.in_scope:
        batch.in_scope[child_id] = scope.child_in_scope(batch.session, batch.actor, child_id)
    return batch.in_scope[child_id]


def _child_creation_refusal(batch: _Batch, row: dict[str, Any]) -> str | None:
    actor = batch.actor
    return child_creation.creation_refusal(actor.role, actor.user_id, actor.team_id, row)


def _apply(batch: _Batch, change: p.RowChange) -> p.RowResult:
    table = synced_tables().get(change.table)
    if table is None:
        raise Rejected(f"{change.table} is not a kind of record that syncs")
    if not (change.id.isascii() and change.id.isprintable()):
        raise Rejected("the record id is not valid")
    wire = _decode(table, change)
    key = (table.name, change.id)
    if key in batch.loaded and key not in batch.written:
        current = batch.loaded[key]
    elif len(change.id) == 36 and key not in batch.written:
        current = None  # looked for (and locked) with the whole batch: not stored
    else:
        current = feed.load(batch.session, table, change.id)
    if current is None:
        return _insert(batch, table, change, wire)
    return _update(batch, table, change, wire, current)


def _insert(batch: _Batch, table: Table, change: p.RowChange,
            wire: dict[str, p.WireValue]) -> p.RowResult:
    if change.base_rev != 0:
        raise Rejected(NOT_FOUND)
    missing = sorted(c.name for c in content_columns(table)
                     if not c.nullable and c.default is None and c.name not in wire)
    if missing:
        raise Rejected(f"missing field(s): {', '.join(missing)}")
    proposed: dict[str, Any] = {"id": change.id, **wire}
    if table.name == "child":
        refused = _child_creation_refusal(batch, proposed)
        if refused:
            raise Rejected(refused)
    elif not _may_hold(batch, table, proposed):
        raise Rejected(NOT_FOUND)
    elif scope.row_child_id(table, proposed) in batch.revoked_pending:
        raise Rejected(revocation.NEW_ROW)
    numbered = False
    if table.name == "child":  # a provisional case number gets the next real one
        refusal, numbered = numbering.settle_new(batch.session, change.id, wire)
        if refusal:
            raise Rejected(refusal)
    elif table.name == "safeguarding_item":  # a concern with no list gets the child's team's
        numbered = casework_rules.settle_new_item(batch.session, batch.actor.team_id, wire)
    refusal = rules.check(rules.Change(batch.session, batch.actor, table, change.id, None, wire))
    if refusal:
        raise Rejected(refusal)
    rev, seq = feed.write_row(batch.session, batch.seqs, table, change.id,
                              _values(table, wire), user_id=batch.actor.user_id,
                              device_id=batch.actor.device_id, current=None, known=wire)
    batch.applied += 1
    # "merged": the server holds a field the laptop has not seen (its number, a concern's
    # list): pull it.
    return p.RowResult(table=table.name, id=change.id,
                       status="merged" if numbered else "applied", rev=rev, server_seq=seq)


def _update(batch: _Batch, table: Table, change: p.RowChange, wire: dict[str, p.WireValue],
            current: Any) -> p.RowResult:
    stored = feed.wire_row(table, current)
    row = {"id": change.id, **stored}
    if not _may_hold(batch, table, row):
        raise Rejected(NOT_FOUND)
    current_rev = int(current._mapping["rev"])
    if change.base_rev > current_rev:
        raise Rejected(f"the change is based on revision {change.base_rev}, but the server "
                       f"has only revision {current_rev}")
    revoked_at = batch.revoked_pending.get(scope.row_child_id(table, row) or "")
    if revoked_at is not None:
        refusal = revocation.update_refusal(batch.session, table.name, change.id,
                                            change.base_rev, stored, wire, revoked_at)
        if refusal:
            raise Rejected(refusal)
    if table.name == "child":
        refusal = numbering.settle_update(batch.session, change.id, stored, wire)
        if refusal:
            raise Rejected(refusal)
    attempted = {**stored, **wire}
    if visibility.audience_of(table.name, row) != visibility.audience_of(
            table.name, {"id": change.id, **attempted}):
        raise Rejected("this change would make the record visible to different people; "
                       "add a new record instead")
    if not _may_hold(batch, table, {"id": change.id, **attempted}):
        raise Rejected("you cannot move a record to a child outside your caseload")
    refusal = rules.check(rules.Change(batch.session, batch.actor, table, change.id,
                                       stored, attempted, current._mapping))
    if refusal:
        raise Rejected(refusal)

    to_apply: dict[str, p.WireValue] = {}
    conflicts: list[str] = []
    status: p.RowStatus = "applied"
    if change.base_rev == current_rev:
        to_apply = {k: v for k, v in wire.items() if stored[k] != v}
    else:
        base_row = feed.revision(batch.session, table.name, change.id, change.base_rev) \
            if change.base_rev > 0 else None
        base = json.loads(base_row.fields_json) if base_row is not None else None
        for name, value in wire.items():
            if stored[name] == value:
                continue
            if base is not None and base.get(name) == stored[name]:
                to_apply[name] = value  # the server did not change it since the base
            else:
                conflicts.append(name)
        status = "conflict" if conflicts else "merged"
        if conflicts and to_apply:
            # Only part of the change is applied: the rules judge the row as it will be
            # stored, not as the laptop proposed it (a field a rule allowed the rest for,
            # e.g. a report's status going back to its author, may be one not applied).
            refusal = rules.check(rules.Change(batch.session, batch.actor, table, change.id,
                                               stored, {**stored, **to_apply},
                                               current._mapping))
            if refusal:
                raise Rejected(refusal)

    rev, seq = current_rev, int(current._mapping["server_seq"])
    if to_apply:
        rev, seq = feed.write_row(batch.session, batch.seqs, table, change.id,
                                  _values(table, to_apply), user_id=batch.actor.user_id,
                                  device_id=batch.actor.device_id, current=current,
                                  known={**stored, **to_apply})
        batch.applied += 1
    found = _conflicts(batch.session, table, change, stored, wire, conflicts)
    return p.RowResult(table=table.name, id=change.id, status=status, rev=rev,
                       server_seq=seq, conflicts=found)


def _conflicts(session: Session, table: Table, change: p.RowChange,
               stored: dict[str, p.WireValue], wire: dict[str, p.WireValue],
               names: list[str]) -> list[p.FieldConflict]:
    if not names:
        return []
    history = feed.revisions_since(session, table.name, change.id, max(change.base_rev, 1))
    out = []
    for name in names:
        author, when = _last_change(history, name)
        out.append(p.FieldConflict(field=name, server_value=stored[name],
                                   client_value=wire[name], server_updated_by=author,
                                   server_updated_at=when))
    return out


def _last_change(history: list[Any], name: str) -> tuple[str | None, str | None]:
    """Who set a field to its current value, and when (the newest revision changing it)."""
    if not history:
        return None, None
    values = [json.loads(h.fields_json).get(name) for h in history]
    index = len(history) - 1
    while index > 0 and values[index - 1] == values[index]:
        index -= 1
    rev = history[index]
    return rev.updated_by, feed.as_utc_text(rev.updated_at)
