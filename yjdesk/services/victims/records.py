"""Victim records: worked by victim and RJ workers (and managers), seen by nobody else.

:func:`save_victim` writes the victim, its links to the child's offences and the safety
summary the practitioner sees, in one go (the caller's unit of work commits). The child's
practitioner reads only :func:`safety_summaries`; reports read only :func:`disclosures`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import NotFound, PermissionDenied, ValidationError
from yjdesk.models.base import not_deleted
from yjdesk.models.justice import Offence
from yjdesk.models.victims import Victim, VictimDisclosure, VictimOffence, VictimSafetySummary
from yjdesk.services import audit
from yjdesk.services.children import get_child
from yjdesk.services.fetch import child_rows, fetch_live
from yjdesk.services.uow import actor_of
from yjdesk.services.victims.audience import may_work_with_victims
from yjdesk.services.victims.rules import (
    NO_CONSENT,
    disclosure_problems,
    safety_line,
    summary_leaks,
    victim_problems,
)

REFUSED = "Only victim and RJ workers and managers work with victims' records."


@dataclass
class VictimInput:
    name: str
    offence_ids: list[str]
    kind: str = "person"
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    preferred_contact: str | None = None
    enhanced_service: bool = False
    needs: str | None = None
    consent_to_contact: bool | None = None
    consent_date: dt.date | None = None
    lawful_basis: str | None = None
    views: str | None = None
    views_date: dt.date | None = None
    safety_concerns: bool | None = None
    safety_detail: str | None = None
    #: What the child's practitioner may read (no name or contact details).
    safety_summary: str | None = None
    information_given: str | None = None
    information_date: dt.date | None = None
    rj_offered: bool | None = None
    rj_offered_date: dt.date | None = None
    rj_not_offered_reason: str | None = None
    rj_type: str | None = None
    rj_took_part: bool | None = None
    rj_date: dt.date | None = None
    rj_outcome: str | None = None
    support_referrals: str | None = None
    feedback: str | None = None
    last_contact_date: dt.date | None = None


#: VictimInput fields stored on the victim row as they are.
ROW_FIELDS = tuple(f.name for f in fields(VictimInput)
                   if f.name not in ("offence_ids", "safety_summary"))


def _require_worker(session: Session) -> None:
    if not may_work_with_victims(actor_of(session).role):
        raise PermissionDenied(REFUSED)


def _clean(value: object) -> object:
    if isinstance(value, str):
        return value.strip() or None
    return value


def save_victim(session: Session, child_id: str, data: VictimInput, today: dt.date,
                victim_id: str | None = None) -> Victim:
    """Create or update a victim record; refuses bad input before writing anything."""
    _require_worker(session)
    get_child(session, child_id, audit_view=False)
    row = {name: _clean(getattr(data, name)) for name in ROW_FIELDS}
    errors: dict[str, str] = {}
    offences = [session.get(Offence, oid) for oid in dict.fromkeys(data.offence_ids)]
    if not offences:
        errors["offence_ids"] = "Link the victim to at least one of the child's offences."
    if any(o is None or o.child_id != child_id or o.deleted for o in offences):
        errors["offence_ids"] = "An offence is not this child's."
    dates = [o.offence_date for o in offences if o is not None]
    errors.update({k: v for k, v in victim_problems(row, dates, today).items()
                   if k not in errors})
    leak = summary_leaks(data.safety_summary, row)
    if leak:
        errors["safety_summary"] = leak
    if data.safety_concerns and not (data.safety_summary or "").strip():
        errors["safety_summary"] = ("Write what the child's practitioner needs for planning "
                                    "(e.g. 'exclusion zone around the high street').")
    if errors:
        raise ValidationError(errors)
    contact_dates = [d for d in (data.last_contact_date, data.consent_date, data.views_date,
                                 data.information_date, data.rj_offered_date, data.rj_date)
                     if d is not None]
    if victim_id is None:
        victim = Victim(child_id=child_id)
        session.add(victim)
    else:
        victim = _victim(session, victim_id)
        if victim.child_id != child_id:
            raise NotFound("No such victim record.")
        if victim.redacted_at is not None:
            raise ValidationError("This victim's details were redacted at the end of the "
                                  "retention period; it cannot be changed.")
    for name, value in row.items():
        setattr(victim, name, value)
    victim.last_contact_date = max(contact_dates + ([victim.last_contact_date]
                                                    if victim_id and victim.last_contact_date
                                                    else []), default=None)
    session.flush()
    _link(session, victim, [o.id for o in offences if o is not None])
    _summary(session, victim, data.safety_summary,
             offences[0].id if offences and offences[0] else None)
    session.flush()
    return victim


def _link(session: Session, victim: Victim, offence_ids: list[str]) -> None:
    existing = {link.offence_id: link for link in session.scalars(
        select(VictimOffence).where(VictimOffence.victim_id == victim.id))}
    for oid, link in existing.items():
        link.deleted = oid not in offence_ids
    for oid in offence_ids:
        if oid not in existing:
            session.add(VictimOffence(child_id=victim.child_id, victim_id=victim.id,
                                      offence_id=oid))


def _summary(session: Session, victim: Victim, text: str | None,
             offence_id: str | None) -> VictimSafetySummary:
    row = session.scalar(select(VictimSafetySummary).where(
        VictimSafetySummary.victim_ref == victim.id, not_deleted(VictimSafetySummary)))
    if row is None:
        row = VictimSafetySummary(child_id=victim.child_id, victim_ref=victim.id)
        session.add(row)
    row.victim_kind = victim.kind
    row.offence_id = offence_id
    row.concerns = victim.safety_concerns
    row.summary = (text or "").strip() or None
    return row


def _victim(session: Session, victim_id: str) -> Victim:
    victim = fetch_live(session, Victim, victim_id, "No such victim record.")
    return victim


def get_victim(session: Session, victim_id: str) -> Victim:
    _require_worker(session)
    victim = _victim(session, victim_id)
    audit.record_view(session, victim.child_id, "victim")
    return victim


def victims(session: Session, child_id: str, *, audit_view: bool = True) -> list[Victim]:
    """The child's victims, for victim workers and managers (the view is audited; a screen
    that reloads itself audits once when opened instead, with ``audit_view=False``)."""
    _require_worker(session)
    if audit_view:
        audit.record_view(session, child_id, "victim")
    return child_rows(session, Victim, child_id, Victim.name)


def linked_offences(session: Session, victim_id: str) -> list[str]:
    return list(session.scalars(select(VictimOffence.offence_id).where(
        VictimOffence.victim_id == victim_id, not_deleted(VictimOffence))))


@dataclass(frozen=True)
class SafetyView:
    victim_ref: str
    offence_id: str | None
    kind: str
    line: str
    concerns: bool | None
    summary: str | None = None


def safety_summaries(session: Session, child_id: str) -> list[SafetyView]:
    """What everyone on the child's case sees of its victims: the safety summaries."""
    rows = session.scalars(select(VictimSafetySummary).where(
        VictimSafetySummary.child_id == child_id, not_deleted(VictimSafetySummary))
        .order_by(VictimSafetySummary.id))
    return [SafetyView(r.victim_ref, r.offence_id, r.victim_kind,
                       safety_line(r.concerns, r.summary), r.concerns, r.summary) for r in rows]


def record_disclosure(session: Session, victim_id: str, use: str,
                      consent_date: dt.date | None, text: str, today: dt.date,
                      psr_id: str | None = None) -> VictimDisclosure:
    """The victim consented to ``text`` being used in one kind of document (or one PSR)."""
    _require_worker(session)
    victim = _victim(session, victim_id)
    problems = disclosure_problems({"use": use, "consent_date": consent_date, "text": text},
                                   today)
    if victim.consent_to_contact is not True:
        problems.setdefault("consent_date", NO_CONSENT)
    if problems:
        raise ValidationError(problems)
    assert consent_date is not None
    row = VictimDisclosure(child_id=victim.child_id, victim_ref=victim.id, use=use,
                           psr_id=psr_id, consent_date=consent_date, text=text.strip())
    session.add(row)
    session.flush()
    return row


def all_disclosures(session: Session, child_id: str) -> list[VictimDisclosure]:
    """Every use the child's victims consented to (what documents may quote)."""
    return child_rows(session, VictimDisclosure, child_id, VictimDisclosure.consent_date)


def disclosures(session: Session, child_id: str, use: str,
                psr_id: str | None = None) -> list[VictimDisclosure]:
    """What a document of kind ``use`` may say about the child's victims (consented words
    only; a consent for one report is used in that report only)."""
    stmt = select(VictimDisclosure).where(
        VictimDisclosure.child_id == child_id, not_deleted(VictimDisclosure),
        VictimDisclosure.use == use).order_by(VictimDisclosure.consent_date)
    return [d for d in session.scalars(stmt) if d.psr_id in (None, psr_id)]
