"""The caseload's due items from stored facts: one query for every child (issue 16).

The rules are the ones in :data:`yjdesk.services.due.SOURCES`, written once: each states
its due items as :class:`~yjdesk.services.due.DueFact` -- a due date, how near is "soon",
and the days the item shows -- so nothing stored depends on today's date and nothing goes
stale overnight. The laptop keeps them in ``due_fact``:

* every transaction that writes a record of a table the rules read (whichever path: the
  unit of work's flushes, a sync pull's page, a purge) puts the record's child into
  ``due_dirty`` just before it commits, in the same transaction (:func:`install`, one of
  the laptop's session hooks; the change record (:mod:`yjdesk.store.changes`) says which
  children each write touched);
* :func:`refresh` works the facts of those children out again with the same rules (the
  caseload calls it before reading; a sync calls it after its last page);
* :func:`next_due` reads each child's most urgent item on a given day in SQL: the state
  (overdue, due soon, upcoming) is worked out from the stored dates and today.

The tables the rules read are learnt from running them (the change record's reads), not
typed here. The whole table is built again when it was never built, when the rules or the
policy changed (:func:`fingerprint`), when a write could not be tied to a child, or when
the clock went back past the day facts that had stopped showing were dropped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import weakref
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from yjdesk import __version__
from yjdesk.models.org import Role
from yjdesk.services.due import SOURCES, DueFact, DueItem, DueState, soon_limit, sources_for
from yjdesk.services.policy import current_policy
from yjdesk.store import changes
from yjdesk.store.listen import listen_once

#: ``local_meta`` key: the built table's fingerprint, the tables the rules read, and the
#: last day facts no longer shown were dropped.
BUILT = "due_fact_built"
#: Bump when a rule changes what it states (a new app version changes the fingerprint too).
#: 3: labels made from values are templates with their values (``DueFact.args``).
#: 4: the work still to do on a requirement counts its total with ``%n`` ("%1: %2 of %n
#: hours still to do", ``due.COUNTED``), for "1 of 1 hour".
RULES_VERSION = 4
#: Between the parts of a stored label, in the ``label`` column: the label, then (if it has
#: any) the date its ``%1`` stands for (``DueFact.since``; empty if none) and its values
#: (``DueFact.args``): "Not seen since %1" + SEP + "2026-07-07", "Oversight action: %1" +
#: SEP + SEP + "Call the school". Below every printable character, so stored labels sort
#: as the items do (``next_due``'s ``min()``). See :func:`_label` / :func:`_item`.
SEP = "\x1f"
#: Escapes ``SEP`` (``ESC + "1"``) and itself (``ESC + "0"``) inside a part, so a value
#: typed with either comes back as typed.
ESC = "\x1e"
_SKIP = "due_store.skip"
KEEP_DAYS = 7


@dataclass(frozen=True)
class _Meta:
    fingerprint: str
    tables: frozenset[str]
    pruned_to: dt.date


def fingerprint() -> str:
    """Changes when the rules or the policy they read do."""
    raw = f"{RULES_VERSION}|{__version__}|{current_policy()!r}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def usable(session: Session) -> bool:
    """A laptop store (SQLite with the tables; a server schema on SQLite has none)."""
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    return session.execute(text(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
        "('due_fact', 'due_dirty', 'local_meta')")).scalar() == 3


def _meta(session: Session) -> _Meta | None:
    raw = session.connection().exec_driver_sql(
        "SELECT value FROM local_meta WHERE key = ?", (BUILT,)).scalar()
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return _Meta(str(data["fingerprint"]), frozenset(data["tables"]),
                     dt.date.fromisoformat(data["pruned_to"]))
    except (ValueError, KeyError, TypeError):
        return None


def _save_meta(session: Session, meta: _Meta) -> None:
    value = json.dumps({"fingerprint": meta.fingerprint, "tables": sorted(meta.tables),
                        "pruned_to": meta.pruned_to.isoformat()})
    session.connection().exec_driver_sql(
        "INSERT OR REPLACE INTO local_meta (key, value) VALUES (?, ?)", (BUILT, value))


def _facts(session: Session, child_ids: list[str]) -> tuple[
        list[tuple[str, str, DueFact]], set[str]]:
    """(child, source, fact) for these children, and the tables the rules read."""
    out: list[tuple[str, str, DueFact]] = []
    with changes.reads_during(session) as reads:
        for name, source in SOURCES.items():
            for child_id, facts in source(session, child_ids).items():
                out.extend((child_id, name, f) for f in facts)
    return out, reads


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _store(session: Session, rows: list[tuple[str, str, DueFact]], keep: dt.date) -> None:
    """Insert the facts still shown on or after ``keep``."""
    # in child order, so the read (which walks the child_id index) reads the table in order
    params = sorted(((child_id, source, f.kind, _label(f), f.due.isoformat(), f.soon,
                      _iso(f.shown_from), _iso(f.shown_until))
                     for child_id, source, f in rows
                     if f.shown_until is None or f.shown_until >= keep), key=lambda p: p[0])
    if params:
        session.connection().exec_driver_sql(
            "INSERT INTO due_fact (child_id, source, kind, label, due, soon, shown_from, "
            "shown_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", params)


def _escape(part: str) -> str:
    if ESC in part or SEP in part:
        return part.replace(ESC, ESC + "0").replace(SEP, ESC + "1")
    return part


def _unescape(part: str) -> str:
    if ESC in part:  # ESC is always followed by "0" or "1" in a stored part
        return part.replace(ESC + "1", SEP).replace(ESC + "0", ESC)
    return part


def _label(fact: DueFact) -> str:
    """The stored label: the fact's, with the date its ``%1`` stands for and its values (if
    any), each part escaped (:data:`SEP`); read back by :func:`_item`, nowhere else."""
    if fact.since is None and not fact.args:
        return _escape(fact.label)
    since = "" if fact.since is None else fact.since.isoformat()
    return SEP.join((_escape(fact.label), since, *map(_escape, fact.args)))


def _item(state: int, due: str, label: str, kind: str) -> DueItem:
    """The item of a stored fact's columns (a label with its date and values: see
    :func:`_label`). Once per child on the caseload: the plain label is the quick way."""
    if SEP not in label:
        return DueItem(DueState(state), dt.date.fromisoformat(due), _unescape(label), kind)
    text, _, rest = label.partition(SEP)
    since, more, args = rest.partition(SEP)
    return DueItem(DueState(state), dt.date.fromisoformat(due), _unescape(text), kind,
                   dt.date.fromisoformat(since) if since else None,
                   tuple(map(_unescape, args.split(SEP))) if more else ())


def _keep_from(today: dt.date) -> dt.date:
    """Facts that stopped showing before this day are not stored (a week's grace for a
    clock set a little back)."""
    return today - dt.timedelta(days=KEEP_DAYS)


def rebuild(session: Session, today: dt.date) -> int:
    """Work out every child's facts again; returns the number of facts stored."""
    conn = session.connection()
    ids = [str(i) for i in conn.exec_driver_sql("SELECT id FROM child").scalars()]
    rows, reads = _facts(session, ids)
    conn.exec_driver_sql("DELETE FROM due_fact")
    conn.exec_driver_sql("DELETE FROM due_dirty")
    keep = _keep_from(today)
    _store(session, rows, keep)
    _save_meta(session, _Meta(fingerprint(), frozenset(reads), keep))
    return len(rows)


def refresh(session: Session, today: dt.date) -> int:
    """Bring ``due_fact`` up to date in the session's transaction; returns the number of
    children worked out again (-1: the whole table was built again)."""
    meta = _meta(session)
    if meta is None or meta.fingerprint != fingerprint() or today < meta.pruned_to:
        rebuild(session, today)
        return -1
    conn = session.connection()
    dirty = [str(i) for i in conn.exec_driver_sql("SELECT child_id FROM due_dirty").scalars()]
    if not dirty:
        return 0
    rows, reads = _facts(session, dirty)
    for at in range(0, len(dirty), 500):
        chunk = dirty[at:at + 500]
        marks = ", ".join("?" * len(chunk))
        conn.exec_driver_sql(f"DELETE FROM due_fact WHERE child_id IN ({marks})", tuple(chunk))
        conn.exec_driver_sql(f"DELETE FROM due_dirty WHERE child_id IN ({marks})", tuple(chunk))
    # facts no longer shown are dropped for these children: the table holds every fact
    # shown from the latest such day of any refresh on
    keep = _keep_from(today)
    _store(session, rows, keep)
    if not reads <= meta.tables or keep > meta.pruned_to:
        _save_meta(session, _Meta(meta.fingerprint, meta.tables | reads,
                                  max(keep, meta.pruned_to)))
    return len(dirty)


def next_due(session: Session, child_ids: Iterable[str], today: dt.date,
             role: Role | None = None) -> dict[str, DueItem]:
    """Each child's most urgent item on ``today`` for ``role``, from the stored facts
    (brought up to date first, in the session's transaction)."""
    refresh(session, today)
    meta = _meta(session)
    if meta is not None:  # a view of the caseload watches what the rules read
        changes.note_reads(session, meta.tables)
    conn = session.connection()
    rules = [str(r) for r in conn.exec_driver_sql("SELECT DISTINCT soon FROM due_fact")
             .scalars()]
    day = today.isoformat()
    limit = "CASE soon " + " ".join("WHEN ? THEN ?" for _ in rules) + " END" if rules else "''"
    limits: list[str] = []
    for rule in rules:
        limits += [rule, soon_limit(rule, today).isoformat()]
    sources = sources_for(role)
    marks = ", ".join("?" * len(sources))
    # SQLite: the other columns of a min() query come from the row with the least value
    sql = (
        "SELECT child_id, kind, label, due, state, "
        "min(state || due || label || char(1) || kind) FROM ("
        " SELECT child_id, kind, label, due,"
        f"  CASE WHEN due < ? THEN 0 WHEN due <= {limit} THEN 1 ELSE 2 END AS state"
        f" FROM due_fact WHERE source IN ({marks})"
        "  AND (shown_from IS NULL OR shown_from <= ?)"
        "  AND (shown_until IS NULL OR shown_until >= ?)"
        ") GROUP BY child_id")
    wanted = set(child_ids)
    out: dict[str, DueItem] = {}
    for child_id, kind, label, due, state, _key in conn.exec_driver_sql(
            sql, (day, *limits, *sources, day, day)):
        if child_id in wanted:
            out[child_id] = _item(state, due, label, kind)
    return out


def _before_commit(session: Session) -> None:
    if session.info.get(_SKIP):
        return
    session.flush()  # the commit's own flush comes after this hook
    written = changes.pending(session)
    if not written:
        return
    meta = _meta(session)
    if meta is None:
        return  # never built: the first read builds it whole
    conn = session.connection()
    if written.unowned & meta.tables:  # a write whose children cannot be told
        conn.exec_driver_sql("DELETE FROM local_meta WHERE key = ?", (BUILT,))
        return
    ids: set[str] = set()
    for table in meta.tables:
        ids |= written.children.get(table, frozenset())
    if ids:
        conn.exec_driver_sql("INSERT OR IGNORE INTO due_dirty (child_id) VALUES (?)",
                             [(i,) for i in sorted(ids)])


_USABLE: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def _hook(session: Session) -> None:
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    flag = _USABLE.get(engine)
    if flag is None:
        flag = _USABLE[engine] = usable(session)
    if flag:
        _before_commit(session)


def install(factory: sessionmaker[Session]) -> None:
    """Mark the children of every write the due rules read (idempotent; installed with the
    laptop's other session hooks in :mod:`yjdesk.laptop`)."""
    listen_once(factory, "before_commit", _hook)


__all__ = ["fingerprint", "install", "next_due", "rebuild", "refresh", "usable"]
