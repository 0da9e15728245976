"""The demo's audit trail: three weeks of the service's work as the audit log records it.

The seed data is written without the audit hooks (bulk inserts, not work done by a user),
which left the administrators' "Audit log" page all but empty in the demo. This generator
writes the events the work behind the recent records would have left: each person signing
in on their laptop in the morning, opening a child's record before writing to it, adding
and finalising contact records, submitting assessments, a manager opening and
countersigning them, court reports submitted, signed court-ready, finalised and recorded
as sent, management oversight and case audits recorded, the performance pack exported.
Every event follows the record it is about (same person, same time), and each laptop's
events form a valid hash chain
(:func:`yjdesk.services.audit.compute_hash`), so "Verify chain" finds it intact.

A generator for :func:`yjdesk.demo.generator._extensions` (``fn(conn, ctx)``); it runs last
and only reads what the others wrote.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, insert, or_, select

from yjdesk.demo.support import new_id, sync_cols, table
from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.audit import AuditEvent
from yjdesk.models.casework.contacts import Contact
from yjdesk.models.court import PreSentenceReport, PsrReview, PsrSent
from yjdesk.models.org import Role, UserAccount
from yjdesk.models.oversight import OversightRecord, QualityAudit
from yjdesk.models.statuses import ContactStatus, PsrReviewAction, StageStatus
from yjdesk.services.audit import GENESIS, compute_hash
from yjdesk.services.humanise import english_date

#: How far back the trail goes (days before the demo's today).
DAYS = 21
#: At most this many records are followed (a county-sized demo stays quick to make).
MAX_RECORDS = 1500

CONTACT_FIELDS = ["attendance", "author_id", "child_id", "contact_at", "contact_type",
                  "content", "next_steps", "outcome", "status", "venue"]
OVERSIGHT_FIELDS = ["author_id", "child_id", "decision", "kind", "practitioner_id",
                    "rationale", "recorded_on"]
AUDIT_FIELDS = ["auditor_id", "audited_on", "case_type", "child_id", "feedback",
                "practitioner_id", "status", "team_id"]


@dataclass(frozen=True)
class Event:
    user_id: str
    at: dt.datetime
    action: str
    child_id: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    detail: dict[str, Any] | None = None


def _view(user: str, at: dt.datetime, child: str, what: str = "child") -> Event:
    """As :func:`yjdesk.services.audit.record_view` records it."""
    return Event(user, at, "view", child, what, child)


def _write(user: str, at: dt.datetime, action: str, child: str, entity: str, row: str,
           fields: list[str]) -> Event:
    """As the flush hook records a change (:mod:`yjdesk.services.audit`)."""
    return Event(user, at, action, child, entity, row, {"fields": sorted(fields)})


def _office(at: dt.datetime) -> dt.datetime:
    """Whole seconds (as a clock shows them), no earlier than 08:50 on the day."""
    opening = at.replace(hour=8, minute=50, second=0, microsecond=0)
    return max(at, opening).replace(microsecond=0)


def _recent(column: Any, start: dt.datetime, end: dt.datetime) -> Any:
    return and_(column.is_not(None), column >= start, column < end)


def generate(conn: Connection, ctx: Any) -> None:
    rng, today = ctx.rng, ctx.today
    end = dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC)  # before today
    start = end - dt.timedelta(days=DAYS)
    minutes = dt.timedelta(minutes=1)
    events: list[Event] = []

    contact = table(Contact)
    rows = list(conn.execute(
        select(contact.c.id, contact.c.child_id, contact.c.author_id, contact.c.contact_at,
               contact.c.finalised_at, contact.c.status)
        .where(_recent(contact.c.contact_at, start, end), contact.c.deleted.is_(False))
        .order_by(contact.c.contact_at, contact.c.id)))
    if len(rows) > MAX_RECORDS:
        rows = sorted(rng.sample(rows, MAX_RECORDS), key=lambda r: (r.contact_at, r.id))
    for r in rows:
        # written up after the contact: the record opened, the note added, then made final
        written = _office(r.contact_at + dt.timedelta(minutes=rng.randint(40, 150)))
        events.append(_view(r.author_id, written - 2 * minutes, r.child_id))
        events.append(_write(r.author_id, written, "create", r.child_id, "contact", r.id,
                             CONTACT_FIELDS))
        if r.status == ContactStatus.FINAL:
            final = r.finalised_at if r.finalised_at and r.finalised_at > written \
                else written + dt.timedelta(minutes=rng.randint(5, 25))
            events.append(_write(r.author_id, _office(final), "update", r.child_id,
                                 "contact", r.id, ["finalised_at", "status"]))

    stage = table(AssessmentStage)
    for s in conn.execute(
            select(stage.c.id, stage.c.child_id, stage.c.submitted_at, stage.c.submitted_by,
                   stage.c.countersigned_at, stage.c.countersigned_by, stage.c.status)
            .where(or_(_recent(stage.c.submitted_at, start, end),
                       _recent(stage.c.countersigned_at, start, end)),
                   stage.c.deleted.is_(False))
            .order_by(stage.c.id).limit(MAX_RECORDS)):
        if s.submitted_at and s.submitted_by and start <= s.submitted_at < end:
            sent = _office(s.submitted_at)
            events.append(_view(s.submitted_by, sent - 3 * minutes, s.child_id,
                                "assessment_stage"))
            events.append(_write(s.submitted_by, sent, "update", s.child_id,
                                 "assessment_stage", s.id,
                                 ["status", "submitted_at", "submitted_by"]))
        if s.status == StageStatus.COUNTERSIGNED and s.countersigned_by and \
                s.countersigned_at and start <= s.countersigned_at < end:
            signed = _office(s.countersigned_at)
            read = dt.timedelta(minutes=rng.randint(12, 40))  # the manager reads it first
            events.append(_view(s.countersigned_by, signed - read, s.child_id,
                                "assessment_stage"))
            events.append(_write(s.countersigned_by, signed, "update", s.child_id,
                                 "assessment_stage", s.id,
                                 ["content_hash", "countersigned_at", "countersigned_by",
                                  "status"]))

    psr = table(PreSentenceReport)
    for p in conn.execute(
            select(psr.c.id, psr.c.child_id, psr.c.author_id, psr.c.submitted_at)
            .where(_recent(psr.c.submitted_at, start, end), psr.c.author_id.is_not(None),
                   psr.c.deleted.is_(False))
            .order_by(psr.c.id).limit(MAX_RECORDS)):
        sent = _office(p.submitted_at)
        events.append(_view(p.author_id, sent - dt.timedelta(minutes=rng.randint(30, 90)),
                            p.child_id, "psr"))
        events.append(_write(p.author_id, sent, "update", p.child_id, "psr", p.id,
                             ["status", "submitted_at"]))

    # the court report's gatekeeping: a manager returns it or signs it court-ready, the
    # court officer finalises it and records it as sent
    review = table(PsrReview)
    for r in conn.execute(
            select(review.c.id, review.c.psr_id, review.c.child_id, review.c.action,
                   review.c.by_id, review.c.at)
            .where(_recent(review.c.at, start, end), review.c.action != PsrReviewAction.SUBMITTED,
                   review.c.deleted.is_(False))
            .order_by(review.c.id).limit(MAX_RECORDS)):
        signed = _office(r.at)
        events.append(_view(r.by_id, signed - dt.timedelta(minutes=rng.randint(10, 35)),
                            r.child_id, "psr"))
        events.append(_write(r.by_id, signed, "create", r.child_id, "psr_review", r.id,
                             ["action", "at", "by_id", "child_id", "psr_id"]))
        events.append(_write(r.by_id, signed, "update", r.child_id, "psr", r.psr_id,
                             ["finalised_at", "finalised_by_id", "status"]
                             if r.action == PsrReviewAction.FINALISED else ["status"]))
    sends = table(PsrSent)
    for t in conn.execute(
            select(sends.c.id, sends.c.child_id, sends.c.sent_by_id, sends.c.sent_at)
            .where(_recent(sends.c.sent_at, start, end), sends.c.deleted.is_(False))
            .order_by(sends.c.id).limit(MAX_RECORDS)):
        events.append(_write(t.sent_by_id, _office(t.sent_at), "create", t.child_id,
                             "psr_sent", t.id, ["content_hash", "method", "psr_id",
                                                "recipient_name", "recipient_type",
                                                "sent_at", "sent_by_id"]))

    day_start = start.date()
    oversight = table(OversightRecord)
    for o in conn.execute(
            select(oversight.c.id, oversight.c.child_id, oversight.c.author_id,
                   oversight.c.recorded_on)
            .where(oversight.c.recorded_on >= day_start, oversight.c.recorded_on < today)
            .order_by(oversight.c.id).limit(MAX_RECORDS)):
        on = _at(o.recorded_on, rng.randint(10, 16), rng.randint(0, 59))
        events.append(_view(o.author_id, on - 10 * minutes, o.child_id))
        events.append(_view(o.author_id, on - 8 * minutes, o.child_id, "assessment_stage"))
        events.append(_write(o.author_id, on, "create", o.child_id, "oversight_record", o.id,
                             OVERSIGHT_FIELDS))
    audit_table = table(QualityAudit)
    for a in conn.execute(
            select(audit_table.c.id, audit_table.c.child_id, audit_table.c.auditor_id,
                   audit_table.c.audited_on)
            .where(audit_table.c.audited_on >= day_start, audit_table.c.audited_on < today)
            .order_by(audit_table.c.id).limit(MAX_RECORDS)):
        on = _at(a.audited_on, rng.randint(11, 15), rng.randint(0, 59))
        events.append(_view(a.auditor_id, on - 55 * minutes, a.child_id, "assessment_stage"))
        events.append(_view(a.auditor_id, on - 35 * minutes, a.child_id, "psr"))
        events.append(_write(a.auditor_id, on, "create", a.child_id, "quality_audit", a.id,
                             AUDIT_FIELDS))

    # the service manager exports the performance pack on Monday mornings
    heads = sorted(str(u) for u in conn.scalars(
        select(UserAccount.id).where(UserAccount.role == Role.SERVICE_MANAGER)))
    if heads:
        for n in range(DAYS):
            day = day_start + dt.timedelta(days=n)
            if day.weekday() == 0:
                events.append(Event(heads[0], _at(day, 9, 35), "export", None,
                                    "performance_pack", None,
                                    {"file": "performance-pack.pdf", "format": "pdf",
                                     "period": _year_to(day)}))
    _write_chains(conn, rng, _with_sign_ins(events, rng))


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC)


def _year_to(day: dt.date) -> str:
    """The performance year so far, as the pack names its period."""
    first = dt.date(day.year if day.month >= 4 else day.year - 1, 4, 1)
    return (f"{english_date(first, '%d %b %Y')} to "
            f"{english_date(day - dt.timedelta(days=1), '%d %b %Y')}")


def _with_sign_ins(events: list[Event], rng: Any) -> list[Event]:
    """Each person signs in on their laptop before their first event of a day."""
    first: dict[tuple[str, dt.date], dt.datetime] = {}
    for e in events:
        key = (e.user_id, e.at.date())
        if key not in first or e.at < first[key]:
            first[key] = e.at
    signs = [Event(user, min(at - dt.timedelta(minutes=rng.randint(2, 9)),
                             _at(day, 8, 55) + dt.timedelta(minutes=rng.randint(0, 25))),
                   "sign_in") for (user, day), at in sorted(first.items())]
    return events + signs


def _write_chains(conn: Connection, rng: Any, events: list[Event]) -> None:
    """One laptop per person: their events in time order, each hashed on the one before."""
    devices: dict[str, str] = {}
    tails: dict[str, tuple[int, str]] = {}
    rows: list[dict[str, Any]] = []
    sync = sync_cols()
    for e in sorted(events, key=lambda e: (e.at, e.user_id, e.action, e.entity or "",
                                           e.entity_id or "")):
        device = devices.setdefault(e.user_id, new_id(rng))
        seq, prev = tails.get(device, (0, GENESIS))
        ev = AuditEvent(
            id=new_id(rng), device_id=device, device_seq=seq + 1, at=e.at,
            user_id=e.user_id, action=e.action, child_id=e.child_id, entity=e.entity,
            entity_id=e.entity_id,
            detail=json.dumps(e.detail, sort_keys=True) if e.detail is not None else None,
            prev_hash=prev)
        ev.hash = compute_hash(prev, ev)
        tails[device] = (ev.device_seq, ev.hash)
        rows.append({c: getattr(ev, c) for c in (
            "id", "device_id", "device_seq", "at", "user_id", "action", "child_id", "entity",
            "entity_id", "detail", "prev_hash", "hash")} | {**sync, "updated_by": e.user_id,
                                                          "updated_at": e.at})
    for begin in range(0, len(rows), 5000):
        conn.execute(insert(table(AuditEvent)), rows[begin:begin + 5000])
