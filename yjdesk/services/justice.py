"""Offences, disposals and case allocation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import LowerWord, PermissionDenied, Sentence, ValidationError
from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.justice import Allocation, Disposal, DisposalRequirement, Offence
from yjdesk.models.org import UserAccount
from yjdesk.models.statuses import OffenceStatus
from yjdesk.services.casework.ooc_rules import disposal_outcome_refusal
from yjdesk.services.child_creation import allocation_refusal
from yjdesk.services.children import get_child
from yjdesk.services.codes import codelist
from yjdesk.services.fetch import child_rows
from yjdesk.services.orders.limits import OrderFacts, RequirementFacts, order_errors
from yjdesk.services.uow import actor_of
from yjdesk.services.validation import Errors, check_range


@dataclass
class OffenceInput:
    offence_date: dt.date | None
    offence_code: str
    status: str = "suspected"
    gravity: int | None = None
    description: str | None = None
    victim_involved: bool = False
    disposal_id: str | None = None


def offence_errors(data: OffenceInput, today: dt.date) -> dict[str, str]:
    """The offence form's checks (also run on a pushed offence, ``services.record_rules``)."""
    e = Errors()
    if data.offence_date is None:
        e.add("offence_date", "The date of the offence is required.")
    elif data.offence_date > today:
        e.add("offence_date", "The offence date cannot be in the future.")
    code = codelist("offence_type").get(data.offence_code)
    if code is None:
        e.add("offence_code", "Please choose an offence type from the list.")
    if data.status not in codelist("offence_status"):
        e.add("status", "Status must be suspected or proven.")
    gravity = data.gravity if data.gravity is not None else (
        int(code.extra["default_gravity"]) if code else None)
    if gravity is None or not 1 <= gravity <= 8:
        e.add("gravity", "Gravity is a score from 1 to 8.")
    return e.errors


def add_offence(session: Session, child_id: str, data: OffenceInput,
                today: dt.date | None = None) -> Offence:
    get_child(session, child_id, audit_view=False)
    today = today or dt.date.today()
    errors = offence_errors(data, today)
    if errors:
        raise ValidationError(errors)
    code = codelist("offence_type").get(data.offence_code)
    gravity = data.gravity if data.gravity is not None else (
        int(code.extra["default_gravity"]) if code else None)
    assert code is not None and gravity is not None
    row = Offence(child_id=child_id, offence_date=data.offence_date,
                  offence_code=data.offence_code, status=data.status, gravity=gravity,
                  description=data.description, victim_involved=data.victim_involved,
                  serious_violence=bool(code.extra.get("serious_violence")),
                  disposal_id=data.disposal_id)
    session.add(row)
    session.flush()
    from yjdesk.services.orders.events import follow_event

    follow_event(session, child_id, "new_offence", row.offence_date,  # reviews follow events
                 codelist("offence_type").label(row.offence_code), row.id)
    return row


@dataclass
class RequirementInput:
    requirement_code: str
    detail: str | None = None
    quantity: int | None = None
    mandatory: bool = True
    hours_per_week: int | None = None
    end_date: dt.date | None = None


@dataclass
class DisposalInput:
    disposal_type: str
    decision_date: dt.date | None
    start_date: dt.date | None
    end_date: dt.date | None = None
    decision_body: str | None = None
    conditions: str | None = None
    responsible_officer_id: str | None = None
    offence_ids: list[str] = field(default_factory=list)
    requirements: list[RequirementInput] = field(default_factory=list)
    #: The date of conviction when earlier than the decision date (limits follow it).
    conviction_date: dt.date | None = None
    #: A referral order: did the court order a parent to attend the panels (None: by age,
    #: as the law requires for a child of 10-15)?
    parent_ordered: bool | None = None


def order_facts(data: DisposalInput, date_of_birth: dt.date | None) -> OrderFacts:
    return OrderFacts(disposal_type=data.disposal_type, order_date=data.decision_date,
                      conviction_date=data.conviction_date, start_date=data.start_date,
                      end_date=data.end_date, date_of_birth=date_of_birth)


def validate_disposal(data: DisposalInput, date_of_birth: dt.date | None = None) -> None:
    e = Errors()
    kind = codelist("disposal_type").get(data.disposal_type)
    if kind is None:
        e.add("disposal_type", "Please choose a disposal type from the list.")
    if data.decision_date is None:
        e.add("decision_date", "The decision date is required.")
    if data.start_date is None:
        e.add("start_date", "The start date is required.")
    check_range(e, data.start_date, data.end_date, "end_date")
    if data.decision_date and data.start_date and data.start_date < data.decision_date:
        e.add("start_date", "A disposal cannot start before it was decided.")
    if kind and data.start_date and data.end_date:
        lo, hi = kind.extra.get("min_months"), kind.extra.get("max_months")
        if lo and data.end_date < data.start_date + relativedelta(months=int(lo)):
            e.add("end_date", "A %1 lasts at least %2 months.", LowerWord(kind.label), lo)
        if hi and data.end_date > data.start_date + relativedelta(months=int(hi)):
            e.add("end_date", "A %1 lasts at most %2 months.", LowerWord(kind.label), hi)
    if kind and kind.extra.get("category") == "court" and kind.extra.get("yjs_supervised") \
            and data.end_date is None and kind.extra.get("max_months"):
        e.add("end_date", "A community or custodial order needs an end date.")
    for i, req in enumerate(data.requirements):
        if req.requirement_code not in codelist("requirement"):
            e.add(f"requirements[{i}]", "Unknown requirement or condition.")
        if req.quantity is not None and req.quantity < 0:
            e.add(f"requirements[{i}]", "A quantity cannot be negative.")
    if data.conviction_date and data.decision_date \
            and data.conviction_date > data.decision_date:
        e.add("conviction_date", "The conviction cannot be after the order was made.")
    if kind is not None:
        reqs = [RequirementFacts(r.requirement_code, r.quantity, r.hours_per_week, r.end_date)
                for r in data.requirements]
        for key, message in order_errors(order_facts(data, date_of_birth), reqs).items():
            e.add(key, message)
    e.raise_if_any()


def add_disposal(session: Session, child_id: str, data: DisposalInput) -> Disposal:
    """Record a disposal with its requirements; link the offences it deals with."""
    child = get_child(session, child_id, audit_view=False)
    validate_disposal(data, child.date_of_birth)
    kind = codelist("disposal_type").get(data.disposal_type)
    assert kind is not None
    disposal = Disposal(
        child_id=child_id, disposal_type=data.disposal_type,
        category=str(kind.extra["category"]), decision_body=data.decision_body,
        decision_date=data.decision_date, start_date=data.start_date, end_date=data.end_date,
        conviction_date=data.conviction_date, conditions=data.conditions,
        responsible_officer_id=data.responsible_officer_id,
    )
    session.add(disposal)
    session.flush()
    for req in data.requirements:
        session.add(DisposalRequirement(
            child_id=child_id, disposal_id=disposal.id, requirement_code=req.requirement_code,
            detail=req.detail, quantity=req.quantity, mandatory=req.mandatory,
            hours_per_week=req.hours_per_week, end_date=req.end_date))
    for offence_id in data.offence_ids:
        offence = session.get(Offence, offence_id)
        if offence is None or offence.child_id != child_id:
            raise ValidationError({"offence_ids": "An offence does not belong to this child."})
        offence.disposal_id = disposal.id
        if disposal.category == "court":
            offence.status = OffenceStatus.PROVEN
    session.flush()
    if disposal.disposal_type == "referral_order":
        from yjdesk.services.orders.referral import open_order

        open_order(session, disposal, data.parent_ordered)
    from yjdesk.services.orders.custody import open_for_sentence

    open_for_sentence(session, disposal)
    return disposal


def end_disposal(session: Session, disposal_id: str, outcome: str, on: dt.date) -> Disposal:
    disposal = session.get(Disposal, disposal_id)
    if disposal is None:
        raise ValidationError("No such disposal.")
    if outcome not in codelist("disposal_outcome") or outcome == "ongoing":
        raise ValidationError({"outcome": "Choose how the disposal ended."})
    refusal = disposal_outcome_refusal(disposal.category, disposal.disposal_type, outcome)
    if refusal:
        raise ValidationError({"outcome": Sentence(refusal)})
    if on < disposal.start_date:
        raise ValidationError({"outcome_date": "The end cannot be before the start date."})
    disposal.outcome = outcome
    disposal.outcome_date = on
    session.flush()
    return disposal


def offences(session: Session, child_id: str) -> list[Offence]:
    return child_rows(session, Offence, child_id, Offence.offence_date.desc())


def disposals(session: Session, child_id: str) -> list[Disposal]:
    return child_rows(session, Disposal, child_id, Disposal.start_date.desc())


def requirements(session: Session, disposal_id: str) -> list[DisposalRequirement]:
    return list(session.scalars(select(DisposalRequirement).where(
        DisposalRequirement.disposal_id == disposal_id,
        not_deleted(DisposalRequirement))))


# --- allocation -----------------------------------------------------------------------------


def allocate(session: Session, child_id: str, user_id: str, role: str,
             from_date: dt.date) -> Allocation:
    """Allocate a worker. A new case manager ends the previous case manager's allocation."""
    if role not in codelist("allocation_role"):
        raise ValidationError({"allocation_role": "Unknown allocation role."})
    child = session.get(Child, child_id)
    user = session.get(UserAccount, user_id)
    if child is None or user is None:
        raise ValidationError("Unknown child or worker.")
    actor = actor_of(session)
    refused = allocation_refusal(
        actor.role, actor.user_id, actor.team_id,
        {"team_id": child.team_id, "case_manager_id": child.case_manager_id}, None,
        {"user_id": user_id, "allocation_role": role})
    if refused:
        raise PermissionDenied(Sentence(refused))
    if role == "case_manager":
        for old in session.scalars(select(Allocation).where(
                Allocation.child_id == child_id, Allocation.allocation_role == "case_manager",
                Allocation.to_date.is_(None), not_deleted(Allocation))):
            if old.user_id == user_id:
                return old
            old.to_date = max(old.from_date, from_date)
        child.case_manager_id = user_id
    row = Allocation(child_id=child_id, user_id=user_id, allocation_role=role,
                     from_date=from_date)
    session.add(row)
    session.flush()
    return row


def allocations(session: Session, child_id: str) -> list[tuple[Allocation, str]]:
    """Allocation history, newest first, with each worker's name."""
    rows = session.execute(
        select(Allocation, UserAccount.display_name)
        .join(UserAccount, UserAccount.id == Allocation.user_id)
        .where(Allocation.child_id == child_id, not_deleted(Allocation))
        .order_by(Allocation.from_date.desc()))
    return [(a, str(name)) for a, name in rows]
