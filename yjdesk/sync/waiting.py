"""Rows still on this laptop only: when they go again, and what a person can do (issue 18).

Three rules keep anything from staying on a laptop for ever without anyone knowing:

* **Refused rows are retried.** A row the server refused is sent again on later syncs
  after a back-off (:func:`backoff`: the next sync, then 1, 2, 4 ... minutes, at most
  :data:`BACKOFF_MAX`), not only after a local edit of that row.
* **Dependents follow their parent.** A new row whose parent is also new (a child's
  address, allocation or contact, when the child itself was refused) is not refused on its
  own account: it waits (``retry_at`` None) and goes in the same push as its parent, once
  the parent goes again; while the parent waits for its back-off, it waits too.
* **Everything not on the server is listed** (:func:`unsent`) with the reason in words and
  the action that fixes it; the sync screen and ``yjdesk sync`` show that list.

All functions run in the caller's session (the engine's, with ``sync_apply`` set).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from sqlalchemy import Table, bindparam, select
from sqlalchemy.orm import Session

from yjdesk.models.audit import AuditEvent
from yjdesk.models.base import Base
from yjdesk.models.child import Child
from yjdesk.models.sync_local import SyncConflict, SyncPending
from yjdesk.models.types import utcnow
from yjdesk.services import case_numbers
from yjdesk.services.humanise import field_words, record_kind, time_text
from yjdesk.store import changes
from yjdesk.sync import audit_order
from yjdesk.sync.idlist import ids_of
from yjdesk.wire.codec import references, synced_tables

Key = tuple[str, str]

BACKOFF_FIRST = dt.timedelta(minutes=1)
BACKOFF_MAX = dt.timedelta(hours=6)

#: The server's words for "no such row here, or not yours" (server/push.py NOT_FOUND).
_NOT_FOUND = "not on the server or not in your caseload"


def backoff(attempts: int) -> dt.timedelta:
    """Wait after ``attempts`` refusals in a row: none after the first, then doubling."""
    if attempts <= 1:
        return dt.timedelta(0)
    wait: dt.timedelta = BACKOFF_FIRST * (2 ** min(attempts - 2, 20))
    return min(wait, BACKOFF_MAX)


@cache
def _rank() -> dict[str, int]:
    tables = synced_tables()
    return {t.name: i for i, t in enumerate(Base.metadata.sorted_tables) if t.name in tables}


@cache
def _parent_columns(table: Table) -> tuple[tuple[str, str], ...]:
    """(column, parent table) for each reference to a synced table other than ``table``
    (:func:`~yjdesk.wire.codec.references`, less self-references and tables that are not
    synced: a queued push waits only for a synced parent of another table)."""
    tables = synced_tables()
    return tuple(sorted((col, ref.name) for col, ref in references(table)
                        if ref.name in tables and ref.name != table.name))


def _as_utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


@dataclass(frozen=True)
class _Entry:
    """A queue entry as the read-only paths see it (no ORM object to load and track)."""

    table_name: str
    row_id: str
    child_id: str | None
    queued_at: dt.datetime | None
    failed_reason: str | None
    retry_at: dt.datetime | None


@dataclass
class _Queue:
    """The pending queue with, for each new row, its parents that are new too."""

    pending: dict[Key, SyncPending | _Entry]
    #: Rows never accepted by the server (rev 0) among the pending ones.
    new: set[Key]
    #: key -> parents (table, id) that exist on this laptop only.
    parents: dict[Key, list[Key]]


_ENTRY = SyncPending.__table__
_ENTRY_COLUMNS = [_ENTRY.c[f.name] for f in fields(_Entry)]
_ENTRIES = select(*_ENTRY_COLUMNS)
_ENTRIES_OF = select(*_ENTRY_COLUMNS).where(_ENTRY.c.table_name == bindparam("table"),
                                            _ENTRY.c.row_id.in_(ids_of()))
_QUEUED_OF = select(_ENTRY.c.row_id).where(_ENTRY.c.table_name == bindparam("table"),
                                           _ENTRY.c.row_id.in_(ids_of()))


@cache
def _rows_of(table: Table) -> Any:
    """id, rev and the parent columns of a table's rows, by a JSON list of ids."""
    cols = _parent_columns(table)
    return select(table.c.id, table.c.rev, *[table.c[c] for c, _ in cols]).where(
        table.c.id.in_(ids_of()))


@cache
def _new_of(table: Table) -> Any:
    """The ids, among a JSON list, of a table's rows the server never accepted."""
    return select(table.c.id).where(table.c.id.in_(ids_of()), table.c.rev == 0)


def _queue(session: Session, only: Iterable[Key] | None = None, *,
           to_change: bool = False) -> _Queue:
    """The queue (or the entries of ``only``). ``to_change``: its entries as ORM objects
    the caller may change; else plain values, read with a few statements built once
    (each list of ids one JSON parameter), whose reads are noted for the views."""
    tables = synced_tables()
    pending: dict[Key, SyncPending | _Entry] = {}
    by_table: dict[str, list[str]] = defaultdict(list)
    if only is not None:
        for t, r in only:
            by_table[t].append(r)
    if to_change:
        if only is None:
            pending.update(((p.table_name, p.row_id), p)
                           for p in session.scalars(select(SyncPending)))
        for name, ids in by_table.items():
            for i in range(0, len(ids), 500):
                for p in session.scalars(select(SyncPending).where(
                        SyncPending.table_name == name,
                        SyncPending.row_id.in_(ids[i:i + 500]))):
                    pending[(name, p.row_id)] = p
    else:
        session.flush()  # (what an ORM query would see: the session's own changes)
        conn = session.connection()
        if only is None:
            rows = list(conn.execute(_ENTRIES))
        else:
            rows = [r for name, ids in by_table.items()
                    for r in conn.execute(_ENTRIES_OF, {"table": name,
                                                        "ids": json.dumps(ids)})]
        for entry in rows:
            pending[(entry.table_name, entry.row_id)] = _Entry(*entry)
    by_table = defaultdict(list)
    for table_name, row_id in pending:
        by_table[table_name].append(row_id)
    new: set[Key] = set()
    refs: dict[Key, list[Key]] = {}
    wanted: dict[str, set[str]] = defaultdict(set)
    conn = session.connection()
    for name, ids in by_table.items():
        table = tables.get(name)
        if table is None:
            continue
        for row in conn.execute(_rows_of(table), {"ids": json.dumps(ids)}):
            key = (name, row[0])
            if int(row[1]) == 0:
                new.add(key)
            found = [(ref, str(value)) for (_c, ref), value
                     in zip(_parent_columns(table), row[2:], strict=True)
                     if value is not None]
            if found:
                refs[key] = found
                for ref, value in found:
                    wanted[ref].add(value)
    laptop_only: set[Key] = set()
    for ref, refs_wanted in wanted.items():
        table = tables[ref]
        new_ids = sorted(conn.execute(_new_of(table), {"ids": json.dumps(sorted(refs_wanted))}
                                      ).scalars())
        if new_ids:  # ... and still on this laptop's queue (else nothing will send it)
            laptop_only.update((ref, str(rid)) for rid in conn.execute(
                _QUEUED_OF, {"table": ref, "ids": json.dumps(new_ids)}).scalars())
    changes.note_reads(session, {SyncPending.__tablename__, *by_table, *wanted})
    parents = {k: [p for p in ps if p in laptop_only] for k, ps in refs.items()}
    return _Queue(pending, new, {k: ps for k, ps in parents.items() if ps})


def _due(p: SyncPending | _Entry, now: dt.datetime) -> bool:
    if p.failed_reason is None:
        return True
    retry = _as_utc(p.retry_at)
    # A retry time further off than the longest back-off was set by a clock that was
    # ahead (and has since been put right): it is due, not a day away.
    return retry is None or retry <= now or retry - now > BACKOFF_MAX


def sendable_keys(session: Session, now: dt.datetime | None = None,
                  child_ids: Iterable[str] | None = None) -> list[Key]:
    """Pending rows to push now, parents first.

    Rows not refused, refused rows whose back-off is over, and waiting dependents -- except
    rows with a laptop-only parent that is not being sent (still waiting for its back-off,
    or not on the laptop's queue at all).
    """
    now = now or utcnow()
    queue = _queue(session)
    rank = _rank()
    wanted = set(child_ids) if child_ids is not None else None
    keys = sorted(queue.pending, key=lambda k: (rank.get(k[0], 10_000),
                                                queue.pending[k].queued_at or now, k))
    sending: set[Key] = set()
    out: list[Key] = []
    for key in keys:
        p = queue.pending[key]
        if wanted is not None and p.child_id not in wanted:
            continue
        if not _due(p, now):
            continue
        if any(parent not in sending for parent in queue.parents.get(key, ())):
            continue  # its parent is not going (yet): it follows the parent later
        sending.add(key)
        out.append(key)
    return audit_order.chain_order(session, out)


def note_refusals(session: Session, keys: Iterable[Key], now: dt.datetime | None = None
                  ) -> None:
    """After a push: schedule each refused row's next attempt.

    A refused row with a laptop-only parent that was refused too waits for that parent
    (no back-off of its own); any other refusal counts an attempt and backs off.
    """
    now = now or utcnow()
    queue = _queue(session, list(keys), to_change=True)
    for key, p in queue.pending.items():
        assert isinstance(p, SyncPending)
        if p.failed_reason is None:
            continue  # edited meanwhile, or accepted
        stuck_parents = [k for k in queue.parents.get(key, ())
                         if _parent_refused(session, k)]
        if stuck_parents:
            p.retry_at = None
            continue
        p.attempts = (p.attempts or 0) + 1
        p.retry_at = now + backoff(p.attempts)
    session.flush()


def _parent_refused(session: Session, key: Key) -> bool:
    p = session.get(SyncPending, key)
    return p is not None and p.failed_reason is not None


def dependents_ready(session: Session) -> list[Key]:
    """Waiting dependents whose parents are all on the server now (send them this sync)."""
    waiting = [(p.table_name, p.row_id) for p in session.scalars(select(SyncPending).where(
        SyncPending.failed_reason.is_not(None), SyncPending.retry_at.is_(None)))]
    if not waiting:
        return []
    queue = _queue(session, waiting)
    rank = _rank()
    ready = [k for k in waiting if not queue.parents.get(k)]
    return sorted(ready, key=lambda k: (rank.get(k[0], 10_000), k))


# --- what a person sees ---------------------------------------------------------------------


class Wait(enum.Enum):
    """Why a row is not on the server as it is here. Given where the row is listed
    (:func:`unsent`), so nothing reads the reason's words back to tell."""

    CONFLICT = "conflict"
    REFUSED = "refused"
    #: It belongs to a record the server has not accepted (refused, or behind one refused).
    BEHIND = "behind"
    #: Nothing is wrong with it: it goes at the next sync.
    NOT_SENT = "not_sent"


#: How :func:`summary` counts the rows of each kind, in English: (one, more than one).
COUNTED: dict[Wait, tuple[str, str]] = {
    Wait.CONFLICT: ("conflict to settle", "conflicts to settle"),
    Wait.REFUSED: ("refused by the server", "refused by the server"),
    Wait.BEHIND: ("waiting for a record the server refused",
                  "waiting for a record the server refused"),
    Wait.NOT_SENT: ("not sent yet", "not sent yet"),
}

#: What fixes a row, where that is the same whatever the row (:attr:`Unsent.fix`). In
#: English; the sync screen shows each through its translation (i18n_domain lists them).
FIX_CASE_NUMBER = ("Open the child's record, change the case number (or leave it blank for "
                   "the service to give one), and sync again.")
FIX_PROVISIONAL = "Open the child's record and clear or correct the case number."
FIX_NOT_YOURS = ("Check with your team manager that the child is still allocated to you; if "
                 "it is, this record is sent again automatically.")
FIX_INCOMPLETE = "Open the record, complete or correct it as the reason says, and sync again."
FIX_OTHER = ("Open the record and change what the reason says, or ask your team manager; "
             "it is also sent again automatically.")
FIX_CONFLICT = ("Choose which value to keep under Conflicts on the sync screen; the choice "
                "is sent at the next sync.")
FIX_NOT_SENT = "Sync when you are online."
FIXES = (FIX_CASE_NUMBER, FIX_PROVISIONAL, FIX_NOT_YOURS, FIX_INCOMPLETE, FIX_OTHER,
         FIX_CONFLICT, FIX_NOT_SENT)


@dataclass(frozen=True)
class Record:
    """A record as the list names it, in parts: its kind (``humanise.record_kind``, in
    English) and, for a child's record, the child's name and case number."""

    table: str
    kind: str
    child_name: str | None = None
    case_number: str = ""

    @property
    def text(self) -> str:
        """In English: "Record of Jay Okafor (YJ-000123)" (the child's own), "Contact of
        Jay Okafor (YJ-000123)", or the kind of record."""
        if self.child_name is None:
            return self.kind
        number = case_numbers.shown(self.case_number)
        if self.table == "child":
            return f"Record of {self.child_name} ({number})"
        return f"{self.kind} of {self.child_name} ({number})"


@dataclass(frozen=True)
class Unsent:
    """One row that is on this laptop only (or differs from the server), in parts: the sync
    screen words it in the person's language; :attr:`record`, :attr:`reason` and
    :attr:`action` are its English (``yjdesk sync``)."""

    table: str
    row_id: str
    child_id: str | None
    #: The record (for the audit trail's one line: the trail, see :attr:`entries`).
    what: Record
    wait: Wait
    #: When it is sent again by itself (None: with its parent, or at the next sync).
    retry_at: dt.datetime | None = None
    #: What fixes it, where that is one of :data:`FIXES` (all but BEHIND).
    fix: str = ""
    #: REFUSED: the server's words. BEHIND: the refused parent's ("": refused without
    #: words; None: the parent was not refused, only not sent yet).
    refusal: str | None = None
    #: REFUSED: tried again after this time (None: at the next sync).
    again_after: dt.datetime | None = None
    #: CONFLICT: the fields changed here and on the server (their words: ``humanise.field_words``).
    fields: tuple[str, ...] = ()
    #: BEHIND: the record it belongs to, not on the server yet.
    parent: Record | None = None
    #: The audit trail's one line (:func:`listed`): how many entries it stands for.
    entries: int = 0

    @property
    def only_unsent(self) -> bool:
        """Nothing is wrong with it: it goes at the next sync (not sent yet)."""
        return self.wait is Wait.NOT_SENT

    @property
    def record(self) -> str:
        """The record in English."""
        if self.entries:
            noun = "entry" if self.entries == 1 else "entries"
            return f"The audit trail: {self.entries:,} {noun} of who opened what"
        return self.what.text

    @property
    def reason(self) -> str:
        """Why it is not on the server, in English."""
        if self.wait is Wait.CONFLICT:
            changed = ", ".join(f.lower() for f in self.fields)
            return f"this laptop and the server both changed {changed}"
        if self.wait is Wait.REFUSED:
            return f"refused by the server: {self.refusal}"
        if self.wait is Wait.BEHIND:
            assert self.parent is not None
            what = self.parent.text
            if self.refusal is None:
                return f"it belongs to {what}, which is not on the server yet"
            why = f" ({self.refusal})" if self.refusal else ""
            return f"it belongs to {what}, which the server has not accepted yet{why}"
        return "not sent yet"

    @property
    def action(self) -> str:
        """What fixes it, in English."""
        if self.wait is Wait.REFUSED:
            when = "at the next sync" if self.again_after is None else \
                "after " + _uk(self.again_after)
            return f"{self.fix} (Tried again {when}.)"
        if self.wait is Wait.BEHIND:
            assert self.parent is not None
            what = self.parent.text
            if self.refusal is None:
                return f"Sync again: it goes with {what}."
            return f"Fix {what} first (see its line); this record goes with it automatically."
        return self.fix



def record_of(session: Session, table: str, child_id: str | None) -> Record:
    """The record of ``table`` (a child's, with ``child_id``) in parts."""
    kind = record_kind(table)
    child = session.get(Child, child_id) if child_id else None
    if child is None:
        return Record(table, kind)
    return Record(table, kind, child.display_name, child.case_number)


def _fix_for(reason: str) -> str:
    if reason.startswith("case number ") and "already used" in reason:
        return FIX_CASE_NUMBER
    if case_numbers.PROVISIONAL_PREFIX.lower() in reason.lower():
        return FIX_PROVISIONAL
    if _NOT_FOUND in reason:
        return FIX_NOT_YOURS
    if "missing field" in reason or "cannot be stored" in reason or "not valid" in reason:
        return FIX_INCOMPLETE
    return FIX_OTHER


def unsent(session: Session, now: dt.datetime | None = None) -> list[Unsent]:
    """Every row not (yet) on the server as it is here, with the reason and the action.

    Refused rows, rows waiting for a refused parent, rows not sent yet, and rows with an
    open conflict -- nothing on the queue is left out.
    """
    now = now or utcnow()
    queue = _queue(session)
    sendable = set(sendable_keys(session, now))
    held: dict[Key, list[str]] = defaultdict(list)
    for c in session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))):
        held[(c.table_name, c.row_id)].append(c.field)
    rank = _rank()
    out: list[Unsent] = []
    for key in sorted(set(queue.pending) | set(held),
                      key=lambda k: (rank.get(k[0], 10_000), k)):
        p = queue.pending.get(key)
        child_id = p.child_id if p is not None else _conflict_child(session, key)
        record = record_of(session, key[0], child_id)
        parents = list(queue.parents.get(key, ()))
        blocked = [k for k in parents if k not in sendable]
        if p is not None and p.failed_reason is not None and parents and not blocked:
            # refused with its parent: it follows the parent
            blocked = [k for k in parents if k in queue.pending
                       and queue.pending[k].failed_reason is not None]
        if key in held:
            fields = sorted((field_words(f) for f in held[key]), key=str.lower)
            out.append(Unsent(key[0], key[1], child_id, record, Wait.CONFLICT,
                              fix=FIX_CONFLICT, fields=tuple(fields)))
        elif p is not None and p.failed_reason is not None and not blocked:
            retry = _as_utc(p.retry_at)
            out.append(Unsent(key[0], key[1], child_id, record, Wait.REFUSED, retry,
                              fix=_fix_for(p.failed_reason), refusal=p.failed_reason,
                              again_after=None if retry is None or _due(p, now) else retry))
        elif blocked:
            parent = blocked[0]
            parent_p = queue.pending.get(parent)
            parent_child = parent_p.child_id if parent_p else None
            out.append(Unsent(key[0], key[1], child_id, record, Wait.BEHIND,
                              refusal=parent_p.failed_reason if parent_p else None,
                              parent=record_of(session, parent[0], parent_child)))
        elif p is not None:
            out.append(Unsent(key[0], key[1], child_id, record, Wait.NOT_SENT,
                              fix=FIX_NOT_SENT))
    return out


def listed(rows: Sequence[Unsent], leave_out: Collection[Key] = ()) -> list[Unsent]:
    """The rows the sync screen lists, ``leave_out`` aside (the conflicts, shown in their
    own box): first those that need something done (refused, or waiting for a record the
    server refused), then those simply not sent yet, in ``rows``' order. The audit trail's
    entries not sent yet -- one for every record opened -- are one line, not one each,
    so a day's work offline does not bury the edits under them."""
    problems: list[Unsent] = []
    unsent: list[Unsent] = []
    audit = 0
    for row in rows:
        if (row.table, row.row_id) in leave_out:
            continue
        if not row.only_unsent:
            problems.append(row)
        elif row.table == AUDIT_TABLE:
            audit += 1
        else:
            unsent.append(row)
    if audit:
        unsent.append(Unsent(AUDIT_TABLE, "", None, Record(AUDIT_TABLE, record_kind(
            AUDIT_TABLE)), Wait.NOT_SENT, fix=FIX_NOT_SENT, entries=audit))
    return problems + unsent


#: The audit trail's table (every record opened on this laptop adds a row).
AUDIT_TABLE = AuditEvent.__tablename__


def _conflict_child(session: Session, key: Key) -> str | None:
    return session.scalar(select(SyncConflict.child_id).where(
        SyncConflict.table_name == key[0], SyncConflict.row_id == key[1]).limit(1))


def _uk(when: dt.datetime) -> str:
    return time_text(when)


def counts(rows: Iterable[Unsent]) -> list[tuple[Wait, int]]:
    """How many of ``rows`` wait for each reason, in the order each reason first comes."""
    return list(Counter(r.wait for r in rows).items())


def summary(rows: list[Unsent]) -> str:
    """One line for ``yjdesk sync``: how many wait, and why (in English; the sync screen
    words :func:`counts` in the person's language)."""
    if not rows:
        return "every record is on the server"
    parts = ", ".join(f"{n:,} {COUNTED[wait][n != 1]}" for wait, n in counts(rows))
    noun = "record" if len(rows) == 1 else "records"
    return f"{len(rows):,} {noun} not on the server yet: {parts}"
