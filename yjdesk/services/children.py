"""Creating, editing and reading a child's core record, addresses and relationships."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import PermissionDenied, Sentence, ValidationError
from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child, ChildAddress, Relationship, StatusHistory, age_on
from yjdesk.models.org import Role
from yjdesk.models.types import new_id
from yjdesk.services import audit, case_numbers
from yjdesk.services.child_creation import CREATORS, creation_refusal
from yjdesk.services.codes import codelist
from yjdesk.services.fetch import fetch_live
from yjdesk.services.uow import actor_of
from yjdesk.services.validation import PNC_RE, POSTCODE_RE, Errors, check_range

MIN_AGE = 8   # below the age of criminal responsibility (10) only for prevention work
MAX_AGE = 25  # a child's record stays open into transition to adult services


@dataclass
class ChildInput:
    given_name: str
    family_name: str
    date_of_birth: dt.date | None
    gender: str
    ethnicity: str
    case_number: str = ""
    preferred_name: str | None = None
    pnc_number: str | None = None
    looked_after: StatusHistory = StatusHistory.YET_TO_CLARIFY
    child_in_need: StatusHistory = StatusHistory.YET_TO_CLARIFY
    cp_plan: StatusHistory = StatusHistory.YET_TO_CLARIFY
    home_local_authority: str | None = None
    placing_local_authority: str | None = None
    diversity_needs: str | None = None
    communication_needs: str | None = None
    ect_result: str | None = None
    ete_status: str | None = None
    ete_provider: str | None = None
    ete_hours: int | None = None

    @classmethod
    def from_child(cls, child: Child) -> ChildInput:
        return cls(**{f.name: getattr(child, f.name) for f in fields(cls)})


def validate(data: ChildInput, today: dt.date) -> None:
    e = Errors()
    e.require("given_name", data.given_name, "First name")
    e.require("family_name", data.family_name, "Last name")
    if data.date_of_birth is None:
        e.add("date_of_birth", "Date of birth is required.")
    elif data.date_of_birth > today:
        e.add("date_of_birth", "Date of birth cannot be in the future.")
    else:
        age = age_on(data.date_of_birth, today)
        if age < MIN_AGE:
            e.add("date_of_birth", "The child would be %1: youth justice work starts at %2. "
                  "Check the year.", age, MIN_AGE)
        elif age > MAX_AGE:
            e.add("date_of_birth", "The person would be %1: check the year.", age)
    if data.gender not in codelist("gender"):
        e.add("gender", "Please choose a gender.")
    if data.ethnicity not in codelist("ethnicity"):
        e.add("ethnicity", "Please choose an ethnicity (or 'Not known').")
    if data.pnc_number and not PNC_RE.match(data.pnc_number.strip().upper()):
        e.add("pnc_number", "A PNC number looks like 2010/0123456X.")
    if data.ect_result and data.ect_result not in codelist("ect_result"):
        e.add("ect_result", "Unknown Enhancing Communication Tool result.")
    if data.ete_status and data.ete_status not in codelist("ete_status"):
        e.add("ete_status", "Unknown ETE status.")
    if data.ete_hours is not None and not 0 <= data.ete_hours <= 60:
        e.add("ete_hours", "ETE hours per week must be between 0 and 60.")
    for name in ("looked_after", "child_in_need", "cp_plan"):
        try:
            StatusHistory(getattr(data, name))
        except ValueError:
            e.add(name, "Choose currently, previously, never or yet to clarify.")
    e.raise_if_any()


def _clean(data: ChildInput) -> dict[str, object]:
    out: dict[str, object] = {}
    for f in fields(data):
        value = getattr(data, f.name)
        if isinstance(value, str):
            value = value.strip() or None
        out[f.name] = value
    if out.get("pnc_number"):
        out["pnc_number"] = str(out["pnc_number"]).upper()
    return out


def _check_typed_number(session: Session, number: object, child_id: str | None) -> None:
    """A typed case number: not a provisional-looking one, not one another child has here."""
    if case_numbers.is_provisional(number):
        raise ValidationError({"case_number": case_numbers.typed_provisional_message()})
    clash = session.scalar(select(Child.id).where(Child.case_number == number))
    if clash and clash != child_id:
        raise ValidationError({"case_number": "This case number is already in use."})


def create_child(session: Session, data: ChildInput, today: dt.date | None = None) -> Child:
    """Add a child to the acting user's team and caseload."""
    actor = actor_of(session)
    if actor.role not in CREATORS:
        raise PermissionDenied("You cannot add children.")  # pragma: no cover
    validate(data, today or dt.date.today())
    values = _clean(data)
    child_id = new_id()
    if not values.get("case_number"):
        # Numbered by the service on first sync (laptops cannot see each other's numbers).
        values["case_number"] = case_numbers.provisional_reference(child_id)
    else:
        _check_typed_number(session, values["case_number"], None)
    child = Child(id=child_id, **values, team_id=actor.team_id)
    if actor.role == Role.PRACTITIONER:
        child.case_manager_id = actor.user_id
    refusal = creation_refusal(actor.role, actor.user_id, actor.team_id,
                               {"team_id": child.team_id,
                                "case_manager_id": child.case_manager_id})
    if refusal:
        raise PermissionDenied(Sentence(refusal))
    session.add(child)
    session.flush()
    if actor.role == Role.PRACTITIONER:
        from yjdesk.services.justice import allocate

        allocate(session, child.id, actor.user_id, "case_manager", today or dt.date.today())
    return child


def get_child(session: Session, child_id: str, *, audit_view: bool = True) -> Child:
    child = fetch_live(session, Child, child_id, "This child's record is not on this laptop.")
    if audit_view:
        audit.record_view(session, child_id)
    return child


def update_child(session: Session, child_id: str, data: ChildInput,
                 today: dt.date | None = None) -> Child:
    child = get_child(session, child_id, audit_view=False)
    validate(data, today or dt.date.today())
    values = _clean(data)
    if values.get("case_number") and values["case_number"] != child.case_number:
        _check_typed_number(session, values["case_number"], child.id)
    elif not values.get("case_number"):
        values["case_number"] = child.case_number
    for key, value in values.items():
        if getattr(child, key) != value:
            setattr(child, key, value)
    session.flush()
    return child


# --- addresses ------------------------------------------------------------------------------


@dataclass
class AddressInput:
    line1: str
    from_date: dt.date | None
    line2: str | None = None
    town: str | None = None
    postcode: str | None = None
    to_date: dt.date | None = None
    accommodation_type: str | None = None
    suitable: bool | None = None


def address_errors(data: AddressInput) -> dict[str, str]:
    """The address form's checks (also run on a pushed address, ``services.record_rules``)."""
    e = Errors()
    e.require("line1", data.line1, "The first line of the address")
    if data.from_date is None:
        e.add("from_date", "The date the child moved in is required.")
    check_range(e, data.from_date, data.to_date, "to_date", "The moving-out date")
    if data.postcode and not POSTCODE_RE.match(data.postcode.strip()):
        e.add("postcode", "This is not a UK postcode.")
    if data.accommodation_type and data.accommodation_type not in codelist("accommodation_type"):
        e.add("accommodation_type", "Unknown accommodation type.")
    return e.errors


def add_address(session: Session, child_id: str, data: AddressInput) -> ChildAddress:
    get_child(session, child_id, audit_view=False)
    errors = address_errors(data)
    if errors:
        raise ValidationError(errors)
    suitable = data.suitable
    if suitable is None and data.accommodation_type:
        code = codelist("accommodation_type").get(data.accommodation_type)
        suitable = code.extra.get("suitable") if code else None
    moved = False
    if data.to_date is None:  # a new current address ends the previous current one
        for old in session.scalars(select(ChildAddress).where(
                ChildAddress.child_id == child_id, ChildAddress.to_date.is_(None),
                not_deleted(ChildAddress))):
            assert data.from_date is not None
            old.to_date = max(old.from_date, data.from_date)
            moved = True
    row = ChildAddress(child_id=child_id, line1=data.line1.strip(), line2=data.line2,
                       town=data.town, postcode=(data.postcode or "").upper().strip() or None,
                       from_date=data.from_date, to_date=data.to_date,
                       accommodation_type=data.accommodation_type, suitable=suitable)
    session.add(row)
    session.flush()
    if moved:  # a change of address makes a review due (issue 13)
        from yjdesk.services.orders.events import follow_event

        assert data.from_date is not None
        follow_event(session, child_id, "address_change", data.from_date, row.line1)
    return row


def addresses(session: Session, child_id: str) -> list[ChildAddress]:
    return list(session.scalars(
        select(ChildAddress).where(ChildAddress.child_id == child_id,
                                   not_deleted(ChildAddress))
        .order_by(ChildAddress.from_date.desc())))


# --- relationships --------------------------------------------------------------------------


@dataclass
class RelationshipInput:
    name: str
    relationship_type: str
    parental_responsibility: bool = False
    lives_with_child: bool = False
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    notes: str | None = None


def relationship_errors(data: RelationshipInput) -> dict[str, str]:
    """The relationship form's checks (also run on a pushed row, ``services.record_rules``)."""
    e = Errors()
    e.require("name", data.name, "The person's name")
    if data.relationship_type not in codelist("relationship_type"):
        e.add("relationship_type", "Please choose the relationship.")
    if data.email and "@" not in data.email:
        e.add("email", "This is not an email address.")
    return e.errors


def add_relationship(session: Session, child_id: str, data: RelationshipInput) -> Relationship:
    get_child(session, child_id, audit_view=False)
    errors = relationship_errors(data)
    if errors:
        raise ValidationError(errors)
    row = Relationship(child_id=child_id, **{f.name: getattr(data, f.name) for f in fields(data)})
    session.add(row)
    session.flush()
    return row


def relationships(session: Session, child_id: str) -> list[Relationship]:
    return list(session.scalars(
        select(Relationship).where(Relationship.child_id == child_id,
                                   not_deleted(Relationship))
        .order_by(Relationship.parental_responsibility.desc(), Relationship.name)))
