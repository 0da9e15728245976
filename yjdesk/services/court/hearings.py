"""Court hearings: listing a child's case, the offences before the court, the court list."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import PermissionDenied, ValidationError
from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.court import CourtHearing, HearingOffence, PreSentenceReport, PsrSent
from yjdesk.models.justice import Offence
from yjdesk.models.org import Role
from yjdesk.models.statuses import HearingStatus
from yjdesk.services.children import get_child
from yjdesk.services.codes import codelist
from yjdesk.services.court.sync_rules import COURT_ROLES as COURT_ROLES
from yjdesk.services.court.sync_rules import court_role_refusal
from yjdesk.services.fetch import child_rows, fetch_live
from yjdesk.services.humanise import date_text
from yjdesk.services.uow import actor_of
from yjdesk.services.validation import Errors

TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

def require_court_role(session: Session) -> None:
    refused = court_role_refusal(actor_of(session).role)
    if refused:
        raise PermissionDenied(refused)


@dataclass
class HearingInput:
    court_code: str
    hearing_date: dt.date | None
    hearing_type: str
    hearing_time: str | None = None
    #: The court's name when ``court_code`` is "other" (otherwise the code list label).
    court_name: str | None = None
    #: "listed" (a future hearing), "heard" (recording one that has happened) or "vacated".
    status: str = HearingStatus.LISTED
    legal_representative: str | None = None
    legal_rep_firm: str | None = None
    legal_rep_email: str | None = None
    court_officer_id: str | None = None
    notes: str | None = None
    offence_ids: list[str] = field(default_factory=list)


def _strip(value: str | None) -> str | None:
    if value is None:
        return None
    return value.strip() or None


def validate_hearing(session: Session, child_id: str, data: HearingInput,
                     today: dt.date) -> str:
    """Check a hearing; return the court's printed name. Nothing is written."""
    e = Errors()
    court = codelist("court").get(data.court_code or "")
    name = _strip(data.court_name)
    if court is None:
        e.add("court_code", "Please choose the court from the list (or 'Other court').")
    elif data.court_code == "other" and not name:
        e.add("court_name", "Give the name of the court.")
    if data.hearing_date is None:
        e.add("hearing_date", "The hearing date is required.")
    if data.hearing_type not in codelist("hearing_type"):
        e.add("hearing_type", "Please choose the type of hearing.")
    if data.status not in codelist("hearing_status"):
        e.add("status", "Please choose whether the hearing is listed, heard or vacated.")
    elif data.hearing_date is not None:
        if data.status == HearingStatus.LISTED and data.hearing_date < today:
            e.add("hearing_date",
                  "This date (%1) is in the past, so the hearing cannot be listed as a future "
                  "hearing. Correct the date, or mark it as heard and record its outcome.",
                  date_text(data.hearing_date))
        elif data.status == HearingStatus.HEARD and data.hearing_date > today:
            e.add("status", "A hearing in the future cannot have been heard yet.")
    time = _strip(data.hearing_time)
    if time and not TIME_RE.match(time):
        e.add("hearing_time", "Give the time as HH:MM on the 24-hour clock, e.g. 10:00.")
    email = _strip(data.legal_rep_email)
    if email and ("@" not in email or " " in email):
        e.add("legal_rep_email", "This is not an e-mail address.")
    for offence_id in data.offence_ids:
        offence = session.get(Offence, offence_id)
        if offence is None or offence.deleted or offence.child_id != child_id:
            e.add("offence_ids", "An offence chosen does not belong to this child.")
    if len(set(data.offence_ids)) != len(data.offence_ids):
        e.add("offence_ids", "The same offence is listed twice.")
    e.raise_if_any()
    assert court is not None
    return name if data.court_code == "other" and name else court.label


def create_hearing(session: Session, child_id: str, data: HearingInput,
                   today: dt.date | None = None) -> CourtHearing:
    """List a hearing for a child with the offences before the court."""
    require_court_role(session)
    get_child(session, child_id, audit_view=False)
    today = today or dt.date.today()
    court_name = validate_hearing(session, child_id, data, today)
    actor = actor_of(session)
    officer = data.court_officer_id or (
        actor.user_id if actor.role == Role.COURT_OFFICER else None)
    hearing = CourtHearing(
        child_id=child_id, court_code=data.court_code, court_name=court_name,
        hearing_date=data.hearing_date, hearing_time=_strip(data.hearing_time),
        hearing_type=data.hearing_type, status=data.status,
        legal_representative=_strip(data.legal_representative),
        legal_rep_firm=_strip(data.legal_rep_firm), legal_rep_email=_strip(data.legal_rep_email),
        court_officer_id=officer, notes=_strip(data.notes))
    session.add(hearing)
    session.flush()
    for offence_id in data.offence_ids:
        session.add(HearingOffence(child_id=child_id, hearing_id=hearing.id,
                                   offence_id=offence_id))
    session.flush()
    return hearing


def get_hearing(session: Session, hearing_id: str) -> CourtHearing:
    hearing = fetch_live(session, CourtHearing, hearing_id, "This hearing is not on this laptop.")
    return hearing


def hearing_offence_links(session: Session, hearing_id: str) -> list[HearingOffence]:
    return list(session.scalars(select(HearingOffence).where(
        HearingOffence.hearing_id == hearing_id, not_deleted(HearingOffence))))


def set_plea(session: Session, hearing_id: str, offence_id: str,
             plea: str | None) -> HearingOffence:
    """Record the plea entered to an offence before the court (None: no plea yet)."""
    require_court_role(session)
    hearing = get_hearing(session, hearing_id)
    if plea is not None and plea not in codelist("plea"):
        raise ValidationError({"plea": "The plea is guilty or not guilty."})
    link = next((lk for lk in hearing_offence_links(session, hearing.id)
                 if lk.offence_id == offence_id), None)
    if link is None:
        raise ValidationError({"offence_ids": "This offence is not before the court at this "
                                              "hearing."})
    link.plea = plea
    session.flush()
    return link


def hearing_offences(session: Session, hearing_id: str) -> list[Offence]:
    """The offences before the court at a hearing, oldest first."""
    return list(session.scalars(
        select(Offence).join(HearingOffence, HearingOffence.offence_id == Offence.id)
        .where(HearingOffence.hearing_id == hearing_id, not_deleted(HearingOffence),
               not_deleted(Offence))
        .order_by(Offence.offence_date)))


def hearings_for_child(session: Session, child_id: str) -> list[CourtHearing]:
    """A child's hearings, the latest first."""
    return child_rows(session, CourtHearing, child_id, CourtHearing.hearing_date.desc(),
                      CourtHearing.hearing_time.desc())


@dataclass(frozen=True)
class CourtListRow:
    hearing_id: str
    child_id: str
    child_name: str
    case_number: str
    date_of_birth: dt.date
    court_name: str
    hearing_date: dt.date
    hearing_time: str | None
    hearing_type: str
    hearing_status: str
    outcome: str | None
    legal_representative: str | None
    court_officer_id: str | None
    #: The latest report for the hearing: its id, kind and status (None = no report).
    psr_id: str | None
    psr_kind: str | None
    #: requested / drafting / submitted / returned / court_ready / finalised / sent.
    report_status: str | None


def court_list(session: Session, start: dt.date, end: dt.date, *,
               officer_id: str | None = None) -> list[CourtListRow]:
    """Hearings from ``start`` to ``end`` inclusive with the status of each one's report."""
    stmt = (select(CourtHearing, Child.given_name, Child.family_name, Child.preferred_name,
                   Child.case_number, Child.date_of_birth)
            .join(Child, Child.id == CourtHearing.child_id)
            .where(not_deleted(CourtHearing), not_deleted(Child),
                   CourtHearing.hearing_date >= start, CourtHearing.hearing_date <= end,
                   CourtHearing.status != HearingStatus.VACATED)
            .order_by(CourtHearing.hearing_date, CourtHearing.hearing_time,
                      CourtHearing.court_name))
    if officer_id:
        stmt = stmt.where(CourtHearing.court_officer_id == officer_id)
    rows = session.execute(stmt).all()
    ids = [r[0].id for r in rows]
    reports: dict[str, PreSentenceReport] = {}
    if ids:
        for psr in session.scalars(select(PreSentenceReport).where(
                PreSentenceReport.hearing_id.in_(ids), not_deleted(PreSentenceReport))
                .order_by(PreSentenceReport.requested_on)):
            reports[psr.hearing_id] = psr
    sent: set[str] = set()
    if reports:
        sent = set(session.scalars(select(PsrSent.psr_id).where(
            PsrSent.psr_id.in_([p.id for p in reports.values()]),
            not_deleted(PsrSent))))
    out: list[CourtListRow] = []
    for hearing, given, family, preferred, case_number, dob in rows:
        report = reports.get(hearing.id)
        status = None
        if report is not None:
            status = "sent" if report.id in sent else report.status
        out.append(CourtListRow(
            hearing_id=hearing.id, child_id=hearing.child_id,
            child_name=f"{preferred or given} {family}", case_number=case_number,
            date_of_birth=dob, court_name=hearing.court_name,
            hearing_date=hearing.hearing_date, hearing_time=hearing.hearing_time,
            hearing_type=hearing.hearing_type, hearing_status=hearing.status,
            outcome=hearing.outcome, legal_representative=hearing.legal_representative,
            court_officer_id=hearing.court_officer_id,
            psr_id=report.id if report else None,
            psr_kind=report.kind if report else None,
            report_status=status))
    return out


def week_bounds(today: dt.date) -> tuple[dt.date, dt.date]:
    """Monday to Sunday of the week ``today`` falls in."""
    monday = today - dt.timedelta(days=today.weekday())
    return monday, monday + dt.timedelta(days=6)

