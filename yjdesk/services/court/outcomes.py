"""The outcome of a hearing, recorded live in court.

An adjournment lists the next hearing; a remand records the remand type (and, for bail
support or a remand into accommodation, the remand disposal); a sentence creates the
disposal with its dates, requirements and responsible officer, links the offences before the
court and marks them proven. Everything is checked before anything is written, and the
caller's unit of work makes the whole outcome one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import ValidationError, WorkflowError
from yjdesk.models.court import CourtHearing
from yjdesk.models.justice import Disposal
from yjdesk.models.org import UserAccount
from yjdesk.models.statuses import HearingStatus
from yjdesk.models.types import utcnow
from yjdesk.services.codes import codelist
from yjdesk.services.court.hearings import (
    HearingInput,
    create_hearing,
    get_hearing,
    hearing_offences,
    require_court_role,
    validate_hearing,
)
from yjdesk.services.justice import (
    DisposalInput,
    RequirementInput,
    add_disposal,
    validate_disposal,
)
from yjdesk.services.uow import actor_of
from yjdesk.services.validation import Errors


@dataclass
class OutcomeInput:
    #: "adjourned", "remand" or "sentence".
    outcome: str
    #: For a remand: "bail", "bail_support", "remand_la" or "remand_yda".
    remand_type: str | None = None
    # --- a sentence ---
    disposal_type: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    responsible_officer_id: str | None = None
    conditions: str | None = None
    requirements: list[RequirementInput] = field(default_factory=list)
    # --- where the case goes next (adjournment or remand) ---
    next_hearing_date: dt.date | None = None
    next_hearing_type: str | None = None
    next_hearing_time: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class OutcomeResult:
    hearing: CourtHearing
    disposal: Disposal | None
    next_hearing: CourtHearing | None


def _sentence_input(hearing: CourtHearing, data: OutcomeInput,
                    offence_ids: list[str]) -> DisposalInput:
    return DisposalInput(
        disposal_type=data.disposal_type or "", decision_date=hearing.hearing_date,
        start_date=data.start_date, end_date=data.end_date, decision_body=hearing.court_name,
        conditions=data.conditions, responsible_officer_id=data.responsible_officer_id,
        offence_ids=offence_ids, requirements=list(data.requirements))


def _next_input(hearing: CourtHearing, data: OutcomeInput,
                offence_ids: list[str]) -> HearingInput:
    return HearingInput(
        court_code=hearing.court_code, court_name=hearing.court_name,
        hearing_date=data.next_hearing_date, hearing_type=data.next_hearing_type or "",
        hearing_time=data.next_hearing_time, status=HearingStatus.LISTED,
        legal_representative=hearing.legal_representative,
        legal_rep_firm=hearing.legal_rep_firm, legal_rep_email=hearing.legal_rep_email,
        court_officer_id=hearing.court_officer_id, offence_ids=offence_ids)


def validate_outcome(session: Session, hearing: CourtHearing, data: OutcomeInput,
                     today: dt.date) -> DisposalInput | None:
    """Check an outcome; return the disposal it would create (None if none). Writes nothing."""
    if hearing.outcome is not None:
        raise WorkflowError("The outcome of this hearing has already been recorded.")
    e = Errors()
    if hearing.hearing_date > today:
        e.add("outcome", f"This hearing is on {hearing.hearing_date:%d/%m/%Y}: its outcome "
              "can be recorded on or after that day.")
    if data.outcome not in codelist("hearing_outcome"):
        e.add("outcome", "Choose what the court decided: adjourned, remanded or sentenced.")
    offence_ids = [o.id for o in hearing_offences(session, hearing.id)]
    disposal: DisposalInput | None = None
    if data.outcome == "remand":
        remand = codelist("remand_type").get(data.remand_type or "")
        if remand is None:
            e.add("remand_type", "Choose the remand or bail decision.")
        elif remand.extra.get("disposal_type"):
            disposal = DisposalInput(
                disposal_type=str(remand.extra["disposal_type"]),
                decision_date=hearing.hearing_date, start_date=hearing.hearing_date,
                decision_body=hearing.court_name, conditions=data.conditions,
                responsible_officer_id=data.responsible_officer_id)
    elif data.outcome == "sentence":
        kind = codelist("disposal_type").get(data.disposal_type or "")
        if kind is None or kind.extra.get("category") != "court":
            e.add("disposal_type", "Choose the sentence the court passed.")
        if not offence_ids:
            e.add("offence_ids", "Add the offences before the court to this hearing before "
                  "recording a sentence.")
        if data.start_date is None:
            e.add("start_date", "The date the sentence starts is required.")
        if kind is not None and kind.extra.get("yjs_supervised") \
                and not data.responsible_officer_id:
            e.add("responsible_officer_id",
                  f"A {kind.label.lower()} needs a responsible officer.")
        if data.responsible_officer_id and session.get(
                UserAccount, data.responsible_officer_id) is None:
            e.add("responsible_officer_id", "Unknown responsible officer.")
        disposal = _sentence_input(hearing, data, offence_ids)
        if kind is not None:
            try:
                validate_disposal(disposal)
            except ValidationError as exc:
                for key, message in exc.errors.items():
                    e.add(key, message)
    if data.outcome in ("adjourned", "remand") and data.outcome in codelist("hearing_outcome"):
        if data.next_hearing_date is None:
            e.add("next_hearing_date", "Give the date the case was adjourned to.")
        else:
            try:
                validate_hearing(session, hearing.child_id,
                                 _next_input(hearing, data, offence_ids), today)
            except ValidationError as exc:
                for key, message in exc.errors.items():
                    e.add({"hearing_date": "next_hearing_date",
                           "hearing_type": "next_hearing_type",
                           "hearing_time": "next_hearing_time"}.get(key, key), message)
    e.raise_if_any()
    return disposal


def _end_remands(session: Session, child_id: str, on: dt.date) -> None:
    """A new remand decision or a sentence ends the child's ongoing remand disposals."""
    for old in session.scalars(select(Disposal).where(
            Disposal.child_id == child_id, Disposal.category == "remand",
            Disposal.outcome == "ongoing", Disposal.deleted.is_(False))):
        old.outcome = "completed"
        old.outcome_date = max(on, old.start_date)
        old.end_date = old.end_date or max(on, old.start_date)


def record_outcome(session: Session, hearing_id: str, data: OutcomeInput,
                   today: dt.date | None = None) -> OutcomeResult:
    """Record what the court decided. Raises before writing anything if the input is bad."""
    require_court_role(session)
    today = today or dt.date.today()
    hearing = get_hearing(session, hearing_id)
    disposal_input = validate_outcome(session, hearing, data, today)
    offence_ids = [o.id for o in hearing_offences(session, hearing.id)]
    disposal: Disposal | None = None
    if data.outcome in ("remand", "sentence"):
        _end_remands(session, hearing.child_id, hearing.hearing_date)
    if disposal_input is not None:
        disposal = add_disposal(session, hearing.child_id, disposal_input)
    next_hearing: CourtHearing | None = None
    if data.outcome in ("adjourned", "remand"):
        next_hearing = create_hearing(session, hearing.child_id,
                                      _next_input(hearing, data, offence_ids), today)
    actor = actor_of(session)
    hearing.status = HearingStatus.HEARD
    hearing.outcome = data.outcome
    hearing.remand_type = data.remand_type if data.outcome == "remand" else None
    hearing.outcome_notes = (data.notes or "").strip() or None
    hearing.outcome_recorded_at = utcnow()
    hearing.outcome_recorded_by = actor.user_id
    hearing.disposal_id = disposal.id if disposal else None
    hearing.next_hearing_id = next_hearing.id if next_hearing else None
    session.flush()
    return OutcomeResult(hearing, disposal, next_hearing)
