"""The audit log: every view of a child's record and every change (ARCHITECTURE.md 5).

Changes are recorded automatically: :func:`install` hooks ``before_flush`` on a session
factory, so any Synced row added, changed or deleted in a session that carries an actor
(see :class:`~yjdesk.services.uow.UnitOfWork`) gets ``updated_by`` stamped and an audit
event appended. Views are recorded explicitly with :func:`record_view`.

Events form a hash chain per device: ``hash = sha256(prev_hash || canonical(event))``.
:func:`verify_chain` names the first event whose stored hash does not match.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from yjdesk.models.audit import AuditEvent
from yjdesk.models.base import SYNC_COLUMNS, Synced
from yjdesk.models.types import new_id, utcnow
from yjdesk.store.listen import listen_once

GENESIS = "0" * 64
_CHAIN_KEY = "audit_chain_tail"


#: The event's fields its hash covers (with ``prev_hash``), in :func:`canonical_of`.
HASHED_FIELDS = ("id", "device_id", "device_seq", "at", "user_id", "action", "child_id",
                 "entity", "entity_id", "detail")


def canonical_of(values: Mapping[str, Any]) -> str:
    """The hashed text of an event given as its column values by name (``at`` a datetime):
    the one definition, for an ORM event (:func:`canonical`) and for a pushed row's values
    (the service checks a pushed event's hash without building an ORM object)."""
    at = values["at"].astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    return json.dumps({**{name: values[name] for name in HASHED_FIELDS}, "at": at},
                      sort_keys=True, separators=(",", ":"))


def _values_of(ev: AuditEvent) -> dict[str, Any]:
    return {name: getattr(ev, name) for name in HASHED_FIELDS}


def canonical(ev: AuditEvent) -> str:
    return canonical_of(_values_of(ev))


def hash_of(prev_hash: str, values: Mapping[str, Any]) -> str:
    """The chain hash of an event given as its column values (see :func:`canonical_of`)."""
    return hashlib.sha256((prev_hash + canonical_of(values)).encode("utf-8")).hexdigest()


def compute_hash(prev_hash: str, ev: AuditEvent) -> str:
    return hash_of(prev_hash, _values_of(ev))


def _tail(session: Session, device_id: str) -> tuple[int, str]:
    cache: dict[str, tuple[int, str]] = session.info.setdefault(_CHAIN_KEY, {})
    if device_id in cache:
        return cache[device_id]
    with session.no_autoflush:
        row = session.execute(
            select(AuditEvent.device_seq, AuditEvent.hash)
            .where(AuditEvent.device_id == device_id)
            .order_by(AuditEvent.device_seq.desc())
            .limit(1)
        ).first()
    tail = (int(row[0]), str(row[1])) if row else (0, GENESIS)
    cache[device_id] = tail
    return tail


def append(session: Session, *, action: str, user_id: str | None, device_id: str,
           child_id: str | None = None, entity: str | None = None,
           entity_id: str | None = None, detail: dict[str, Any] | None = None,
           at: dt.datetime | None = None) -> AuditEvent:
    """Append one event to this device's chain (in the caller's transaction)."""
    seq, prev = _tail(session, device_id)
    ev = AuditEvent(
        id=new_id(), device_id=device_id, device_seq=seq + 1, at=at or utcnow(),
        user_id=user_id, action=action, child_id=child_id, entity=entity,
        entity_id=entity_id,
        detail=json.dumps(detail, sort_keys=True, default=str) if detail is not None else None,
        prev_hash=prev, updated_by=user_id,
    )
    ev.hash = compute_hash(prev, ev)
    session.add(ev)
    session.info[_CHAIN_KEY][device_id] = (ev.device_seq, ev.hash)
    return ev


def record_view(session: Session, child_id: str, what: str = "child") -> AuditEvent:
    """Record that the acting user opened part of a child's record."""
    from yjdesk.services.uow import actor_of

    actor = actor_of(session)
    return append(session, action="view", user_id=actor.user_id, device_id=actor.device_id,
                  child_id=child_id, entity=what, entity_id=child_id)


def _changed_fields(obj: Any) -> tuple[list[str], bool]:
    """The user-visible columns changed on ``obj``, and whether it was just tombstoned."""
    state = inspect(obj)
    columns = state.mapper.columns
    changed = [a.key for a in state.attrs if a.key in columns and a.history.has_changes()]
    tombstoned = "deleted" in changed and bool(getattr(obj, "deleted", False))
    return sorted(k for k in changed if k not in SYNC_COLUMNS), tombstoned


def _changes(session: Session) -> list[tuple[Synced, str, list[str]]]:
    out: list[tuple[Synced, str, list[str]]] = []
    for obj in session.new:
        if isinstance(obj, Synced) and not isinstance(obj, AuditEvent):
            if obj.id is None:  # the column default only applies at INSERT
                obj.id = new_id()
            fields = [f for f in _changed_fields(obj)[0] if getattr(obj, f) is not None]
            out.append((obj, "create", fields))
    for obj in session.dirty:
        if not isinstance(obj, Synced) or isinstance(obj, AuditEvent):
            continue
        fields, tombstoned = _changed_fields(obj)
        if tombstoned:
            out.append((obj, "delete", fields))
        elif fields:
            out.append((obj, "update", fields))
    for obj in session.deleted:
        if isinstance(obj, Synced) and not isinstance(obj, AuditEvent):
            out.append((obj, "purge", []))
    return out


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    actor = session.info.get("actor")
    if actor is None or session.info.get("sync_apply"):
        return
    now = utcnow()
    for obj, action, fields in _changes(session):
        if action != "purge":
            obj.updated_by = actor.user_id
            obj.updated_at = now
        table = obj.__table__.name  # type: ignore[attr-defined]
        child_id = obj.id if table == "child" else getattr(obj, "child_id", None)
        append(session, action=action, user_id=actor.user_id, device_id=actor.device_id,
               child_id=child_id, entity=table, entity_id=obj.id,
               detail={"fields": fields} if fields else None, at=now)


def _after_commit_or_rollback(session: Session) -> None:
    session.info.pop(_CHAIN_KEY, None)


def install(factory: sessionmaker[Session]) -> None:
    """Hook automatic change auditing onto every session from ``factory`` (idempotent;
    installed with the laptop's other flush hooks in :mod:`yjdesk.laptop`)."""
    listen_once(factory, "before_flush", _before_flush)
    for name in ("after_commit", "after_rollback"):
        listen_once(factory, name, _after_commit_or_rollback)


@dataclass(frozen=True)
class ChainBreak:
    device_id: str
    device_seq: int
    event_id: str
    reason: str


def verify_chain(session: Session, device_id: str | None = None) -> list[ChainBreak]:
    """Recompute every hash; return the events where the chain is broken (empty = intact)."""
    devices: Sequence[str] = (
        [device_id] if device_id else
        list(session.scalars(select(AuditEvent.device_id).distinct()))
    )
    breaks: list[ChainBreak] = []
    for dev in devices:
        prev = GENESIS
        expected_seq = 1
        for ev in session.scalars(
            select(AuditEvent).where(AuditEvent.device_id == dev)
            .order_by(AuditEvent.device_seq)
        ):
            if ev.device_seq != expected_seq:
                breaks.append(ChainBreak(dev, ev.device_seq, ev.id,
                                         f"event {expected_seq} is missing"))
            if ev.prev_hash != prev:
                breaks.append(ChainBreak(dev, ev.device_seq, ev.id,
                                         "does not follow the previous event"))
            if compute_hash(ev.prev_hash, ev) != ev.hash:
                breaks.append(ChainBreak(dev, ev.device_seq, ev.id,
                                         "content does not match its hash (altered)"))
            prev = ev.hash
            expected_seq = ev.device_seq + 1
    return breaks


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
