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

from yjdesk.errors import Message, PermissionDenied, ValidationError
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
    #: The detail in English (tests, the command line); a screen words it from its parts.
    detail: str
    device_id: str
    device_seq: int
    #: The detail in parts: one of :data:`FIELDS_LEADS` (or "") and the fields written
    #: (their words, as :func:`field_words` gives them), or the other context's pairs
    #: (a key's words, the value as recorded). Neither: :attr:`detail` is the raw text.
    lead: str = ""
    fields: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()


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
        errors["limit"] = Message("Show between 1 and %1 rows at a time.", MAX_ROWS)
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
    out = []
    for e, user, given, family in rows:
        d = detail_of(e.detail, e.action)
        out.append(AuditRow(e.id, e.at, user or (e.user_id or "system"), e.action,
                            f"{given} {family}" if given else (e.child_id or ""), e.child_id,
                            e.entity or "", e.entity_id, d.text, e.device_id, e.device_seq,
                            d.lead, d.fields, d.pairs))
    return out, total


#: What a change's fields follow: "%1" is the list of the fields' words, in lower case.
CHANGED, FILLED_IN = "Changed: %1", "Filled in: %1"
FIELDS_LEADS = (CHANGED, FILLED_IN)
#: The keys the app's own events put in their detail (words listed for translation).
DETAIL_KEYS = ("by", "children", "conflicts", "counts", "created", "figure", "file",
               "format", "period", "quarter", "refused", "sha256", "source", "updated")


@dataclass(frozen=True)
class Detail:
    """An event's detail in parts (see :class:`AuditRow`) and in English."""

    text: str
    lead: str = ""
    fields: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()


def lower_first(words: str) -> str:
    """A field's words inside a list ("Case manager" -> "case manager"): its first letter
    in lower case, the rest as written (a translation's own capitals stay)."""
    for i, ch in enumerate(words):
        if ch.isalpha():
            return words[:i] + ch.lower() + words[i + 1:]
    return words


def detail_of(raw: str | None, action: str = "update") -> Detail:
    """The event's detail in parts and in words (:func:`_detail`)."""
    if not raw:
        return Detail("")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return Detail(raw)
    if isinstance(data, dict) and set(data) == {"fields"}:
        lead = FILLED_IN if action == "create" else CHANGED
        fields = tuple(field_words(str(f)) for f in data["fields"])
        return Detail(lead.replace("%1", ", ".join(lower_first(f) for f in fields)), lead,
                      fields)
    if isinstance(data, dict):
        pairs = tuple((field_words(str(k)), str(v)) for k, v in sorted(data.items()))
        return Detail("; ".join(f"{k}: {v}" for k, v in pairs), pairs=pairs)
    return Detail(json.dumps(data, sort_keys=True))


def _detail(raw: str | None, action: str = "update") -> str:
    """The event's detail in words: the fields a change wrote ("Changed: ete hours", or
    "Filled in: ..." for a new record), other context as "key: value" pairs."""
    return detail_of(raw, action).text


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
