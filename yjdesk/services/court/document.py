"""The plain data a court report's PDF is made from (no reportlab here).

:func:`build_document` reads a report, its hearing, the child and the people involved and
resolves every code to its label, so :mod:`yjdesk.reports.psr` only lays text out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from yjdesk.models.justice import Offence
from yjdesk.models.org import UserAccount
from yjdesk.models.statuses import PsrStatus
from yjdesk.services import audit
from yjdesk.services.children import addresses, get_child
from yjdesk.services.codes import codelist
from yjdesk.services.court.gatekeeping import sendings
from yjdesk.services.court.hearings import get_hearing, hearing_offence_links
from yjdesk.services.court.prefill import assessment_warnings
from yjdesk.services.court.psr import (
    RATINGS,
    SECTIONS,
    get_psr,
    proposed_requirements,
    source_list,
)
from yjdesk.services.humanise import time_text, uk_time
from yjdesk.services.victims.records import disclosures

TITLES = {"psr": "Pre-sentence report", "stand_down": "Stand-down report"}


@dataclass(frozen=True)
class Rating:
    title: str
    rating: str
    rationale: str


@dataclass(frozen=True)
class OffenceLine:
    date: dt.date
    offence: str
    description: str
    plea: str


@dataclass
class PsrDocument:
    psr_id: str
    kind: str
    title: str
    status: str
    child_name: str
    known_as: str | None
    date_of_birth: dt.date
    age_at_hearing: int
    case_number: str
    pnc_number: str | None
    address: str | None
    legal_status: str
    court: str
    court_address: str | None
    hearing_date: dt.date
    hearing_time: str | None
    hearing_type: str
    legal_representative: str | None
    requested_on: dt.date
    due_date: dt.date
    author: str
    author_role: str
    checked_by: str | None
    checked_at: dt.datetime | None
    finalised_at: dt.datetime | None
    content_hash: str | None
    source_stage_id: str | None
    source_stage_signed: dt.datetime | None
    warnings: list[str]
    sources: list[str]
    offences: list[OffenceLine]
    #: The text sections in reading order (title, text); blank ones are kept as "".
    sections: list[tuple[str, str]]
    ratings: list[Rating]
    proposal: str
    proposal_detail: str
    requirements: list[str] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)
    #: The author's statement of how the ratings were assessed (no countersigned one).
    assessment_basis: str = ""
    #: The victims' words they consented to have used in this report (never anything else
    #: from a victim's record): (date of consent, words).
    victim_views: list[tuple[dt.date, str]] = field(default_factory=list)

    @property
    def is_final(self) -> bool:
        return self.status == PsrStatus.FINALISED

    def section(self, title: str) -> str:
        return next((body for t, body in self.sections if t == title), "")


def _user(session: Session, user_id: str | None) -> UserAccount | None:
    return session.get(UserAccount, user_id) if user_id else None


def _legal_status(child_looked_after: str) -> str:
    return {"currently": "Looked after by the local authority",
            "previously": "Previously looked after",
            "never": "Not looked after",
            }.get(child_looked_after, "Looked-after status yet to be clarified")


def _proposal(psr_type: str | None, months: int | None) -> str:
    if not psr_type:
        return ""
    label = codelist("disposal_type").label(psr_type)
    return f"{label} for {months} months" if months else label


def build_document(session: Session, psr_id: str, today: dt.date) -> PsrDocument:
    psr = get_psr(session, psr_id)
    hearing = get_hearing(session, psr.hearing_id)
    child = get_child(session, psr.child_id, audit_view=False)
    audit.record_view(session, child.id, "psr_document")
    author = _user(session, psr.author_id)
    checker = _user(session, psr.checked_by_id)
    current = next((a for a in addresses(session, child.id) if a.to_date is None), None)
    address = ", ".join(p for p in (current.line1, current.line2, current.town,
                                    current.postcode) if p) if current else None
    offence_rows: list[OffenceLine] = []
    plea_list = codelist("plea")
    offence_types = codelist("offence_type")
    for link in hearing_offence_links(session, hearing.id):
        off = session.get(Offence, link.offence_id)
        if off is None or off.deleted:
            continue
        offence_rows.append(OffenceLine(off.offence_date, offence_types.label(off.offence_code),
                                        off.description or "",
                                        plea_list.label(link.plea) if link.plea else "-"))
    offence_rows.sort(key=lambda o: o.date)
    ratings = codelist("psr_rating")
    requirement_list = codelist("requirement")
    reqs: list[str] = []
    for r in proposed_requirements(session, psr.id):
        code = requirement_list.get(r.requirement_code)
        line = code.label if code else r.requirement_code
        unit = code.extra.get("unit") if code else None
        if r.quantity is not None:
            line += f" ({r.quantity} {unit or ''})".replace(" )", ")")
        if r.detail:
            line += f": {r.detail}"
        reqs.append(line)
    recipients = codelist("psr_recipient")
    methods = codelist("psr_send_method")
    sent = [f"{time_text(s.sent_at)} to "
            f"{recipients.label(s.recipient_type).lower()} ({s.recipient_name}) by "
            f"{methods.label(s.method).lower()}" for s in sendings(session, psr.id)]
    court_code = codelist("court").get(hearing.court_code)
    return PsrDocument(
        psr_id=psr.id, kind=psr.kind, title=TITLES.get(psr.kind, "Court report"),
        status=psr.status, child_name=child.full_name,
        known_as=child.preferred_name, date_of_birth=child.date_of_birth,
        age_at_hearing=child.age_on(hearing.hearing_date), case_number=child.case_number,
        pnc_number=child.pnc_number, address=address,
        legal_status=_legal_status(str(child.looked_after)),
        court=hearing.court_name,
        court_address=str(court_code.extra.get("address") or "") or None if court_code else None,
        hearing_date=hearing.hearing_date, hearing_time=hearing.hearing_time,
        hearing_type=codelist("hearing_type").label(hearing.hearing_type),
        legal_representative=", ".join(p for p in (hearing.legal_representative,
                                                   hearing.legal_rep_firm) if p) or None,
        requested_on=psr.requested_on, due_date=psr.due_date,
        author=author.display_name if author else "",
        author_role=(author.qualification or author.role.label) if author else "",
        checked_by=checker.display_name if checker else None, checked_at=psr.checked_at,
        finalised_at=psr.finalised_at, content_hash=psr.content_hash,
        source_stage_id=psr.source_stage_id,
        source_stage_signed=psr.source_stage_countersigned_at,
        # a finalised report is judged as it stood when finalised, not on the day it is printed
        warnings=assessment_warnings(
            psr, uk_time(psr.finalised_at).date() if psr.finalised_at else today),
        sources=source_list(psr), offences=offence_rows,
        sections=[(title, getattr(psr, key) or "") for key, title in SECTIONS],
        ratings=[Rating(title, ratings.label(getattr(psr, key)) if getattr(psr, key) else "",
                        getattr(psr, why) or "") for key, why, title in RATINGS],
        proposal=_proposal(psr.proposal_disposal_type, psr.proposal_months),
        proposal_detail=psr.proposal_detail or "", requirements=reqs, sent=sent,
        assessment_basis=psr.assessment_basis or "",
        victim_views=[(d.consent_date, d.text)
                      for d in disclosures(session, child.id, "psr", psr.id)])
