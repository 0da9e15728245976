"""The audit log for administrators: filtered searches and hash-chain verification that
names the altered or missing row (ARCHITECTURE.md 5).

On the server the table is insert-only for the service's database role (the sync service
enforces that); here the chain makes any change to a stored row detectable.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from yjdesk.errors import PermissionDenied, ValidationError
from yjdesk.models.audit import AuditEvent
from yjdesk.models.child import Child
from yjdesk.models.org import Role, UserAccount
from yjdesk.services import audit
from yjdesk.services.humanise import field_words, time_text
from yjdesk.services.uow import actor_of

MAX_ROWS = 2000


@dataclass
class AuditFilter:
    user_id: str | None = None
    child_id: str | None = None
    action: str | None = None
    entity: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    limit: int = 500
    offset: int = 0


@dataclass(frozen=True)
class AuditRow:
    id: str
    at: dt.datetime
    user: str
    action: str
    child: str
    child_id: str | None
    entity: str
    entity_id: str | None
    detail: str
    device_id: str
    device_seq: int


@dataclass(frozen=True)
class Finding:
    """One break in the chain, described well enough to find the row."""

    event_id: str
    device_id: str
    device_seq: int
    reason: str
    at: dt.datetime | None
    action: str | None
    entity: str | None
    entity_id: str | None
    user: str | None

    @property
    def message(self) -> str:
        what = f"{self.action or '?'} of {self.entity or '?'} {self.entity_id or ''}".strip()
        when = time_text(self.at) if self.at else "unknown time"
        return (f"Audit event {self.event_id} (device {self.device_id[:8]}, no. "
                f"{self.device_seq}; {what}; {when}; by {self.user or 'unknown'}): "
                f"{self.reason}.")


@dataclass(frozen=True)
class Verification:
    checked: int
    findings: tuple[Finding, ...]

    @property
    def intact(self) -> bool:
        return not self.findings


def _require_admin(session: Session) -> None:
    if actor_of(session).role != Role.ADMINISTRATOR:
        raise PermissionDenied("The audit log is for administrators.")


def _validate(f: AuditFilter) -> None:
    errors: dict[str, str] = {}
    if f.date_from and f.date_to and f.date_to < f.date_from:
        errors["date_to"] = "The end date cannot be before the start date."
    if not 1 <= f.limit <= MAX_ROWS:
        errors["limit"] = f"Show between 1 and {MAX_ROWS} rows at a time."
    if f.offset < 0:
        errors["offset"] = "The offset cannot be negative."
    if errors:
        raise ValidationError(errors)


def _filtered(f: AuditFilter) -> Select[Any]:
    stmt = select(AuditEvent)
    if f.user_id:
        stmt = stmt.where(AuditEvent.user_id == f.user_id)
    if f.child_id:
        stmt = stmt.where(AuditEvent.child_id == f.child_id)
    if f.action:
        stmt = stmt.where(AuditEvent.action == f.action)
    if f.entity:
        stmt = stmt.where(AuditEvent.entity == f.entity)
    if f.date_from:
        stmt = stmt.where(AuditEvent.at >= _start_of(f.date_from))
    if f.date_to:
        stmt = stmt.where(AuditEvent.at < _start_of(f.date_to + dt.timedelta(days=1)))
    return stmt


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def search(session: Session, f: AuditFilter) -> tuple[list[AuditRow], int]:
    """The matching events, newest first (one page), and how many match in all."""
    _require_admin(session)
    _validate(f)
    stmt = _filtered(f)
    total = int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
    ev = aliased(AuditEvent, stmt.subquery("ev"))
    rows = session.execute(
        select(ev, UserAccount.display_name, Child.given_name, Child.family_name)
        .outerjoin(UserAccount, UserAccount.id == ev.user_id)
        .outerjoin(Child, Child.id == ev.child_id)
        .order_by(ev.at.desc(), ev.device_seq.desc())
        .limit(f.limit).offset(f.offset)).all()
    out = [AuditRow(e.id, e.at, user or (e.user_id or "system"), e.action,
                    f"{given} {family}" if given else (e.child_id or ""), e.child_id,
                    e.entity or "", e.entity_id, _detail(e.detail, e.action), e.device_id,
                    e.device_seq)
           for e, user, given, family in rows]
    return out, total


def _detail(raw: str | None, action: str = "update") -> str:
    """The event's detail in words: the fields a change wrote ("Changed: ete hours", or
    "Filled in: ..." for a new record), other context as "key: value" pairs."""
    if not raw:
        return ""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return raw
    if isinstance(data, dict) and set(data) == {"fields"}:
        lead = "Filled in: " if action == "create" else "Changed: "
        return lead + ", ".join(field_words(str(f)).lower() for f in data["fields"])
    if isinstance(data, dict):
        return "; ".join(f"{field_words(str(k))}: {v}" for k, v in sorted(data.items()))
    return json.dumps(data, sort_keys=True)


def choices(session: Session) -> dict[str, list[tuple[str, str]]]:
    """Values for the filter boxes: users, actions and entities present in the log."""
    _require_admin(session)
    users = [(u.id, u.display_name) for u in session.scalars(
        select(UserAccount).order_by(UserAccount.display_name))]
    actions = sorted(str(a) for a in session.scalars(select(AuditEvent.action).distinct()))
    entities = sorted(str(e) for e in session.scalars(
        select(AuditEvent.entity).distinct()) if e)
    return {"user": users, "action": [(a, a) for a in actions],
            "entity": [(e, e) for e in entities]}


def verify(session: Session, device_id: str | None = None) -> Verification:
    """Recompute the whole chain; name every event that was altered, or that follows a
    removed or re-hashed one."""
    _require_admin(session)
    breaks = audit.verify_chain(session, device_id)
    users = {str(i): str(n) for i, n in session.execute(
        select(UserAccount.id, UserAccount.display_name))}
    findings: list[Finding] = []
    for b in breaks:
        ev = session.get(AuditEvent, b.event_id)
        findings.append(Finding(
            b.event_id, b.device_id, b.device_seq, b.reason,
            ev.at if ev else None, ev.action if ev else None, ev.entity if ev else None,
            ev.entity_id if ev else None,
            users.get(ev.user_id or "", ev.user_id) if ev else None))
    checked = int(session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.device_id == device_id) if device_id else
        select(func.count()).select_from(AuditEvent)) or 0)
    return Verification(checked, tuple(findings))
