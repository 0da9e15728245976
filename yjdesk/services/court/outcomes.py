"""The outcome of a hearing, recorded live in court.

An adjournment (or a sending to the Crown Court) lists the next hearing; a remand records the
remand type (and, for bail support or a remand into accommodation, the remand disposal; a
remand to local authority or youth detention accommodation makes the child looked after,
LASPO 2012); a sentence creates the disposal with its dates, requirements and responsible
officer, links the offences before the court and marks them proven; an acquittal or a
withdrawal marks them not guilty / withdrawn (no longer suspected); a revocation, variation
or extension acts on an existing order. Everything is checked before anything is written,
and the caller's unit of work makes the whole outcome one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import LowerWord, ValidationError, WorkflowError
from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.court import CourtHearing
from yjdesk.models.justice import Disposal, Offence
from yjdesk.models.org import UserAccount
from yjdesk.models.statuses import HearingStatus, OffenceStatus
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
from yjdesk.services.humanise import date_text
from yjdesk.services.justice import (
    DisposalInput,
    RequirementInput,
    add_disposal,
    validate_disposal,
)
from yjdesk.services.orders.remand import RemandInput, end_remands, remand_errors, start_remand
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
    #: The court the case goes to (sent to the Crown Court); the same court when None.
    next_court_code: str | None = None
    notes: str | None = None
    # --- a remand into accommodation (LASPO) ---
    designated_authority: str | None = None
    establishment: str | None = None
    laspo_condition_set: str | None = None
    laspo_conditions: str | None = None
    #: The date of conviction when before this hearing (a sentence's limits follow it).
    conviction_date: dt.date | None = None
    #: A referral order: the court ordered a parent to attend the panels (None: by age).
    parent_ordered: bool | None = None
    # --- revoking, varying or extending an existing order ---
    order_id: str | None = None
    new_end_date: dt.date | None = None


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
        offence_ids=offence_ids, requirements=list(data.requirements),
        conviction_date=data.conviction_date, parent_ordered=data.parent_ordered)


def _next_input(hearing: CourtHearing, data: OutcomeInput,
                offence_ids: list[str]) -> HearingInput:
    court_code = data.next_court_code or hearing.court_code
    court = codelist("court").get(court_code)
    same = court_code == hearing.court_code
    return HearingInput(
        court_code=court_code,
        court_name=hearing.court_name if same else (court.label if court else None),
        hearing_date=data.next_hearing_date, hearing_type=data.next_hearing_type or "",
        hearing_time=data.next_hearing_time, status=HearingStatus.LISTED,
        legal_representative=hearing.legal_representative,
        legal_rep_firm=hearing.legal_rep_firm, legal_rep_email=hearing.legal_rep_email,
        court_officer_id=hearing.court_officer_id if same else None, offence_ids=offence_ids)


def _remand_input(data: OutcomeInput) -> RemandInput:
    return RemandInput(remand_type=data.remand_type or "",
                       designated_authority=data.designated_authority,
                       establishment=data.establishment,
                       laspo_condition_set=data.laspo_condition_set,
                       laspo_conditions=data.laspo_conditions)


def _order_errors(session: Session, hearing: CourtHearing, data: OutcomeInput,
                  action: str, e: Errors) -> None:
    order = session.get(Disposal, data.order_id) if data.order_id else None
    if order is None or order.deleted or order.child_id != hearing.child_id \
            or order.category != "court":
        e.add("order_id", "Choose the order the court revoked, varied or extended.")
        return
    if order.outcome != "ongoing":
        e.add("order_id", "That order has already ended.")
    late_enough = data.new_end_date is not None and (
        order.end_date is None or data.new_end_date > order.end_date)
    if action == "extended" and not late_enough:
        e.add("new_end_date", "Give the new end date: after the order's current end date.")
    if action == "varied" and not (data.notes or "").strip():
        e.add("notes", "Say how the court varied the order.")


def outcome_errors(hearing_date: dt.date | None, outcome: str | None,
                   remand_type: str | None, today: dt.date) -> dict[str, str]:
    """The outcome's own fields (also run on a pushed hearing, ``services.record_rules``)."""
    e = Errors()
    if hearing_date is not None and hearing_date > today:
        e.add("outcome", "This hearing is on %1: its outcome can be recorded on or after "
              "that day.", date_text(hearing_date))
    if codelist("hearing_outcome").get(outcome or "") is None:
        e.add("outcome", "Choose what the court decided: adjourned, remanded, sentenced, "
              "sent to the Crown Court, acquitted, withdrawn, or an order revoked, varied or "
              "extended.")
    if outcome == "remand" and codelist("remand_type").get(remand_type or "") is None:
        e.add("remand_type", "Choose the remand or bail decision.")
    return e.errors


def validate_outcome(session: Session, hearing: CourtHearing, data: OutcomeInput,
                     today: dt.date) -> DisposalInput | None:
    """Check an outcome; return the disposal it would create (None if none). Writes nothing."""
    if hearing.outcome is not None:
        raise WorkflowError("The outcome of this hearing has already been recorded.")
    e = Errors()
    for key, message in outcome_errors(hearing.hearing_date, data.outcome, data.remand_type,
                                       today).items():
        if key == "outcome":
            e.add(key, message)
    code = codelist("hearing_outcome").get(data.outcome)
    offence_ids = [o.id for o in hearing_offences(session, hearing.id)]
    disposal: DisposalInput | None = None
    child = session.get(Child, hearing.child_id)
    if code is not None and code.extra.get("offence_status") and not offence_ids:
        e.add("offence_ids", "Add the offences before the court to this hearing first.")
    if code is not None and code.extra.get("acts_on_order"):
        _order_errors(session, hearing, data, str(code.extra["acts_on_order"]), e)
    if data.outcome == "to_crown_court":
        court = codelist("court").get(data.next_court_code or "")
        if court is None or court.extra.get("court_type") != "crown":
            e.add("next_court_code", "Choose the Crown Court the case was sent to.")
    if data.outcome == "remand":
        remand = codelist("remand_type").get(data.remand_type or "")
        if remand is None:
            e.add("remand_type", "Choose the remand or bail decision.")
        elif child is not None:
            for key, message in remand_errors(child, _remand_input(data),
                                              hearing.hearing_date).items():
                e.add(key, message)
        if remand is not None and remand.extra.get("disposal_type"):
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
            e.add("responsible_officer_id", "A %1 needs a responsible officer.",
                  LowerWord(kind.label))
        if data.responsible_officer_id and session.get(
                UserAccount, data.responsible_officer_id) is None:
            e.add("responsible_officer_id", "Unknown responsible officer.")
        disposal = _sentence_input(hearing, data, offence_ids)
        if kind is not None:
            try:
                validate_disposal(disposal, child.date_of_birth if child else None)
            except ValidationError as exc:
                for key, message in exc.errors.items():
                    e.add(key, message)
    if code is not None and code.extra.get("next_hearing"):
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
    """A new remand decision, a sentence or an acquittal ends the child's ongoing remand
    disposals (and the looked-after status a LASPO remand gave)."""
    end_remands(session, child_id, on)
    for old in session.scalars(select(Disposal).where(
            Disposal.child_id == child_id, Disposal.category == "remand",
            Disposal.outcome == "ongoing", not_deleted(Disposal))):
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
    code = codelist("hearing_outcome").get(data.outcome)
    assert code is not None
    disposal: Disposal | None = None
    if data.outcome in ("remand", "sentence", "acquitted", "withdrawn"):
        _end_remands(session, hearing.child_id, hearing.hearing_date)
    if disposal_input is not None:
        disposal = add_disposal(session, hearing.child_id, disposal_input)
    if data.outcome == "remand":
        child = session.get(Child, hearing.child_id)
        assert child is not None
        start_remand(session, child, _remand_input(data), hearing.hearing_date,
                     disposal.id if disposal else None)
    status = code.extra.get("offence_status")
    if status:
        for offence_id in offence_ids:
            offence = session.get(Offence, offence_id)
            if offence is not None and offence.status != OffenceStatus.PROVEN:
                offence.status = str(status)
    action = code.extra.get("acts_on_order")
    if action:
        order = session.get(Disposal, data.order_id)
        assert order is not None
        if action == "revoked":
            order.outcome, order.outcome_date = "revoked", hearing.hearing_date
        elif action == "extended":
            order.end_date = data.new_end_date
        disposal = order
    next_hearing: CourtHearing | None = None
    if code.extra.get("next_hearing"):
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
    if action == "varied" and disposal is not None:
        disposal.conditions = "\n".join(filter(None, [
            disposal.conditions, f"Varied {date_text(hearing.hearing_date)}: "
            f"{hearing.outcome_notes}"]))
    hearing.next_hearing_id = next_hearing.id if next_hearing else None
    session.flush()
    from yjdesk.services.orders.events import follow_event

    follow_event(session, hearing.child_id,
                 "remand_custody" if data.outcome == "remand"
                 and data.remand_type in ("remand_la", "remand_yda") else "hearing_outcome",
                 hearing.hearing_date, f"{code.label} at {hearing.court_name}")
    return OutcomeResult(hearing, disposal, next_hearing)
