"""What the child record shows, read in one go on the database worker as plain data.

Widgets never hold ORM objects: :func:`load_record` copies everything the tabs need into
frozen dataclasses, so nothing is lazily loaded on the UI thread.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.audit import AuditEvent
from yjdesk.models.child import age_on
from yjdesk.models.org import UserAccount
from yjdesk.services import children, justice
from yjdesk.services.children import ChildInput
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import action_words, field_words, record_kind
from yjdesk.ui.i18n import fill, tr

AUDIT_LIMIT = 300


@dataclass(frozen=True)
class AddressRow:
    text: str
    from_date: dt.date
    to_date: dt.date | None
    accommodation: str
    suitable: bool | None


@dataclass(frozen=True)
class PersonRow:
    name: str
    relationship: str
    parental_responsibility: bool
    lives_with_child: bool
    contact: str
    notes: str


@dataclass(frozen=True)
class OffenceRow:
    id: str
    offence_date: dt.date
    offence: str
    status: str
    gravity: int
    victim_involved: bool
    description: str


@dataclass(frozen=True)
class DisposalRow:
    id: str
    disposal: str
    decision_body: str
    decision_date: dt.date
    start_date: dt.date
    end_date: dt.date | None
    outcome: str
    requirements: tuple[str, ...]


@dataclass(frozen=True)
class AllocationRow:
    worker: str
    role: str
    from_date: dt.date
    to_date: dt.date | None


@dataclass(frozen=True)
class AuditRow:
    """A change or view of the record; ``action`` and ``kind`` are the domain's words, and
    ``fields`` the changed fields' ("Case manager", as ``field_words`` gives them): the view
    shows each translated."""

    at: dt.datetime
    who: str
    action: str
    kind: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChildRecord:
    child_id: str
    data: ChildInput
    case_number: str
    display_name: str
    #: None: no case manager (the view says "Unallocated")
    case_manager: str | None
    #: The current disposal's label; None: none (the view says so)
    current_disposal: str | None
    addresses: tuple[AddressRow, ...]
    people: tuple[PersonRow, ...]
    offences: tuple[OffenceRow, ...]
    disposals: tuple[DisposalRow, ...]
    allocations: tuple[AllocationRow, ...]
    audit: tuple[AuditRow, ...]

    def age_on(self, day: dt.date) -> int | None:
        dob = self.data.date_of_birth
        if dob is None:
            return None
        return age_on(dob, day)


def _address_text(line1: str, line2: str | None, town: str | None, postcode: str | None) -> str:
    return ", ".join(x for x in (line1, line2, town, postcode) if x)


def requirement_text(code: str, quantity: int | None) -> str:
    """``Reparation: 8 hours`` (the number with what it counts, from the code list), in the
    person's language (the code list's labels and units are in the translation file:
    i18n_domain)."""
    meta = codelist("requirement").get(code)
    label = tr(meta.label) if meta else code
    if quantity is None:
        return label
    unit = meta.extra.get("unit") if meta else None
    if unit:
        return fill(tr("%1: %2 %3", "a requirement, its number and unit: Activity: 20 days"),
                    label, quantity, tr(unit))
    return fill(tr("%1 (%2)", "a requirement and its number"), label, quantity)


def load_record(session: Session, child_id: str, *, audit_view: bool = True) -> ChildRecord:
    """Read the record (writing the audit 'view' event unless ``audit_view`` is False)."""
    child = children.get_child(session, child_id, audit_view=audit_view)
    names: dict[str, str] = {uid: name for uid, name in session.execute(
        select(UserAccount.id, UserAccount.display_name))}
    disposal_labels = codelist("disposal_type")
    disposals = justice.disposals(session, child_id)
    current = next((d for d in disposals if d.outcome == "ongoing"), None)
    accommodation = codelist("accommodation_type")
    relationship = codelist("relationship_type")
    offence_types = codelist("offence_type")
    outcome = codelist("disposal_outcome")
    roles = codelist("allocation_role")
    audit_rows = []
    for ev in session.scalars(select(AuditEvent).where(AuditEvent.child_id == child_id)
                              .order_by(AuditEvent.at.desc()).limit(AUDIT_LIMIT)):
        changed: tuple[str, ...] = ()
        if ev.detail and ev.action == "update":
            try:
                fields = json.loads(ev.detail).get("fields", [])
            except (ValueError, AttributeError):
                fields = []
            changed = tuple(field_words(str(f)) for f in fields)
        audit_rows.append(AuditRow(ev.at, names.get(ev.user_id or "", "Unknown"),
                                   action_words(ev.action), record_kind(ev.entity or ""),
                                   changed))
    return ChildRecord(
        child_id=child.id, data=ChildInput.from_child(child), case_number=child.case_number,
        display_name=child.display_name,
        case_manager=names.get(child.case_manager_id or ""),
        current_disposal=disposal_labels.label(current.disposal_type) if current else None,
        addresses=tuple(AddressRow(
            _address_text(a.line1, a.line2, a.town, a.postcode), a.from_date, a.to_date,
            accommodation.label(a.accommodation_type), a.suitable)
            for a in children.addresses(session, child_id)),
        people=tuple(PersonRow(
            p.name, relationship.label(p.relationship_type), p.parental_responsibility,
            p.lives_with_child, " / ".join(x for x in (p.phone, p.email) if x), p.notes or "")
            for p in children.relationships(session, child_id)),
        offences=tuple(OffenceRow(
            o.id, o.offence_date, offence_types.label(o.offence_code), o.status,
            o.gravity, o.victim_involved, o.description or "")
            for o in justice.offences(session, child_id)),
        disposals=tuple(DisposalRow(
            d.id, disposal_labels.label(d.disposal_type), d.decision_body or "",
            d.decision_date, d.start_date, d.end_date, outcome.label(d.outcome),
            tuple(requirement_text(r.requirement_code, r.quantity)
                  for r in justice.requirements(session, d.id)))
            for d in disposals),
        allocations=tuple(AllocationRow(name, roles.label(a.allocation_role),
                                        a.from_date, a.to_date)
                          for a, name in justice.allocations(session, child_id)),
        audit=tuple(audit_rows),
    )
