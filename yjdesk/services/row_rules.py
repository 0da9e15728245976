"""The laptop's session hook for the rules every synced row meets
(:data:`yjdesk.services.shared_rules.SHARED_RULES`: issue 11, "a rule is written once and
enforced on both sides").

:func:`install` is the laptop's session hook (listed in ``yjdesk.laptop.SESSION_HOOKS``): it
notes, at each flush, the rows a session with an actor creates or changes and how they
stood before this transaction, and just before the transaction commits judges each row as
it now stands against how it stood. The first refusal stops the commit (nothing is saved,
nothing is queued) with the service's own words, so a laptop bug can no longer queue a row
the service will refuse. Rules that need the service's own history (audit chains, who wrote
a report, revoked devices) stay on the service. The rules' modules are imported when the
first row is judged (:func:`refusal`), not with the hook: a start signs in (an audit event,
which only the service judges) and shows the caseload without writing a judged row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session, sessionmaker

from yjdesk.errors import WorkflowError
from yjdesk.models.base import Synced
from yjdesk.services.change_rules import ChangeLike
from yjdesk.store.listen import listen_once

_BEFORE = "row_rules_before"
#: Bookkeeping the service keeps itself, not judged as content.
_META = frozenset({"rev", "server_seq", "updated_at", "updated_by"})
#: Judged only by the service (the device's own hash chain, server_seq order).
_SERVICE_ONLY = frozenset({"audit_event"})


@dataclass(frozen=True)
class LocalChange:
    """A row this unit of work wrote, as the rules see it (Python values)."""

    session: Session
    actor: Any
    table: Table
    row_id: str
    current: dict[str, Any] | None
    proposed: dict[str, Any]

    @property
    def changed(self) -> set[str]:
        if self.current is None:
            return set(self.proposed)
        return {k for k, v in self.proposed.items() if self.current.get(k) != v}


def refusal(change: ChangeLike) -> str | None:
    """The first of :data:`yjdesk.services.shared_rules.LAPTOP_RULES` to refuse ``change``,
    or None (the rules' modules are imported at the first row judged)."""
    from yjdesk.services.shared_rules import LAPTOP_RULES

    for rule in LAPTOP_RULES:
        message = rule(change)
        if message:
            return message
    return None


def _content(table: Table, row: Any) -> dict[str, Any]:
    mapping = row._mapping
    return {c.name: mapping[c.name] for c in table.columns if c.name not in _META}


def _judged(session: Session) -> bool:
    return session.info.get("actor") is not None and not session.info.get("sync_apply")


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    """Note how each row this flush writes stood before the transaction (once per row)."""
    if not _judged(session):
        return
    before: dict[tuple[Table, str], dict[str, Any] | None] = session.info.setdefault(
        _BEFORE, {})
    wanted: dict[Table, list[str]] = {}
    for obj in session.new:
        if isinstance(obj, Synced) and obj.id is not None \
                and obj.__table__.name not in _SERVICE_ONLY:  # type: ignore[attr-defined]
            before.setdefault((obj.__table__, obj.id), None)  # type: ignore[attr-defined]
    for obj in session.dirty:
        if not isinstance(obj, Synced) or not session.is_modified(obj):
            continue
        table: Table = obj.__table__  # type: ignore[attr-defined]
        if table.name not in _SERVICE_ONLY and (table, obj.id) not in before:
            wanted.setdefault(table, []).append(obj.id)
    if not wanted:
        return
    conn = session.connection()
    for table, ids in wanted.items():
        found = {row.id: _content(table, row)
                 for row in conn.execute(select(table).where(table.c.id.in_(ids)))}
        for row_id in ids:
            before[(table, row_id)] = found.get(row_id)


def _after_flush(session: Session, flush_context: Any) -> None:
    """New rows get their id at flush: note them (they were not there before)."""
    if not _judged(session):
        return
    before: dict[tuple[Table, str], dict[str, Any] | None] = session.info.setdefault(
        _BEFORE, {})
    for obj in session.new:
        if isinstance(obj, Synced):
            table: Table = obj.__table__  # type: ignore[attr-defined]
            if table.name not in _SERVICE_ONLY:
                before.setdefault((table, obj.id), None)


def _before_commit(session: Session) -> None:
    if not _judged(session):
        return
    session.flush()  # the commit's own flush comes after this hook: the rows first
    if not session.info.get(_BEFORE):
        return
    noted: dict[tuple[Table, str], dict[str, Any] | None] = session.info.pop(_BEFORE, {})
    actor = session.info["actor"]
    by_table: dict[Table, list[str]] = {}
    for table, row_id in noted:
        by_table.setdefault(table, []).append(row_id)
    conn = session.connection()
    with session.no_autoflush:
        for table, ids in by_table.items():
            rows = {row.id: _content(table, row)
                    for row in conn.execute(select(table).where(table.c.id.in_(ids)))}
            for row_id in ids:
                now = rows.get(row_id)
                was = noted[(table, row_id)]
                if now is None or now == was:
                    continue
                message = refusal(LocalChange(session, actor, table, row_id, was, now))
                if message:
                    session.info[_BEFORE] = noted  # judged again if the caller retries
                    raise WorkflowError(message)


def _forget(session: Session, *args: Any) -> None:
    session.info.pop(_BEFORE, None)


def install(factory: sessionmaker[Session]) -> None:
    """Judge every row a unit of work writes before it commits (idempotent; installed with
    the laptop's other session hooks in :mod:`yjdesk.laptop`)."""
    listen_once(factory, "before_flush", _before_flush)
    listen_once(factory, "after_flush", _after_flush)
    listen_once(factory, "before_commit", _before_commit)
    listen_once(factory, "after_rollback", _forget)


__all__ = ["LocalChange", "install", "refusal"]
