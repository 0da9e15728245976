"""ACORNS contact records: drafts, finalising, the author's edit window, amendments.

A draft is saved as often as the editor likes (autosave) with nothing required. Finalising
checks the record: a date that is not in the future, known codes, the ACORNS fields. A
final record raises a safeguarding item when a concern is recorded and a compliance record
when the child's absence was unacceptable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import Message, PermissionDenied, RecordLocked, ValidationError, Word
from yjdesk.models.base import not_deleted
from yjdesk.models.casework import (
    ComplianceRecord,
    Contact,
    ContactAmendment,
    ContactTargetLink,
    PlanTarget,
)
from yjdesk.models.casework.contacts import ACORNS_FIELDS
from yjdesk.models.org import Role
from yjdesk.models.statuses import ContactStatus
from yjdesk.models.types import utcnow
from yjdesk.services.casework.safeguarding import raise_item
from yjdesk.services.casework.sync_rules import AMEND_AUTHOR, DRAFT_AUTHOR
from yjdesk.services.children import get_child
from yjdesk.services.codes import codelist
from yjdesk.services.fetch import fetch_live
from yjdesk.services.humanise import time_text
from yjdesk.services.policy import current_policy
from yjdesk.services.uow import actor_of
from yjdesk.services.validation import Errors

ACORNS_LABELS = {
    "aim": "Aim", "content": "Content", "outcome": "Outcome", "risk": "Risk",
    "next_steps": "Next steps", "safeguarding": "Safeguarding",
}
#: Text fields an amendment may change.
AMENDABLE = (*ACORNS_FIELDS, "child_views", "present", "venue_detail")
MANAGERS = (Role.TEAM_MANAGER, Role.SERVICE_MANAGER)


@dataclass
class ContactInput:
    contact_at: dt.datetime | None = None
    contact_type: str | None = None
    venue: str | None = None
    venue_detail: str | None = None
    present: str | None = None
    attendance: str | None = None
    aim: str | None = None
    content: str | None = None
    outcome: str | None = None
    risk: str | None = None
    next_steps: str | None = None
    safeguarding: str | None = None
    safeguarding_concern: bool = False
    child_views: str | None = None
    target_ids: list[str] = field(default_factory=list)

    @classmethod
    def from_contact(cls, c: Contact, target_ids: list[str]) -> ContactInput:
        values = {f.name: getattr(c, f.name) for f in fields(cls) if f.name != "target_ids"}
        return cls(**values, target_ids=list(target_ids))


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.strip()
    return text or None


class ChangedElsewhere(ValidationError):
    """Fields the editor changed that were also changed in the store since the editor
    showed them (an edit pulled by sync, e.g. a manager's amendment): nothing is saved,
    and each field's message quotes what the store holds now."""

    def __init__(self, now: dict[str, object]) -> None:
        self.now = now
        super().__init__({name: Message(
            "Changed on another laptop since you opened this record. It now reads: %1. "
            "Your text is still here: save again to replace that with it.", _quoted(value))
            for name, value in now.items()})


def _quoted(value: object) -> str:
    """What a field holds now, as a clash quotes it (words the screen translates)."""
    if value in (None, "", []):
        return Word("(nothing)")
    if isinstance(value, dt.datetime):
        return time_text(value)
    if isinstance(value, bool):
        return Word("yes" if value else "no")
    return f'"{value}"'  # typed text, as given


def as_stored(data: ContactInput) -> ContactInput:
    """``data`` as a save stores it (text trimmed, empty as None), to compare versions."""
    return ContactInput(
        contact_at=data.contact_at, contact_type=data.contact_type or None,
        venue=data.venue or None, venue_detail=_clean(data.venue_detail),
        present=_clean(data.present), attendance=data.attendance or None,
        safeguarding_concern=bool(data.safeguarding_concern),
        child_views=_clean(data.child_views), target_ids=sorted(set(data.target_ids)),
        **{name: _clean(getattr(data, name)) for name in ACORNS_FIELDS})


def merge_onto(stored: ContactInput, data: ContactInput, base: ContactInput) -> ContactInput:
    """An editor's ``data``, made from ``base``, onto what is ``stored`` now: the fields it
    changed from ``base`` are its own, the others keep the stored value (which an edit
    pulled since may have changed). A field changed on both sides to different values
    raises :class:`ChangedElsewhere` -- never silently one or the other."""
    mine, was, now = as_stored(data), as_stored(base), as_stored(stored)
    out: dict[str, object] = {}
    clashes: dict[str, object] = {}
    for f in fields(ContactInput):
        m, b, n = getattr(mine, f.name), getattr(was, f.name), getattr(now, f.name)
        if m == b:
            out[f.name] = n
        elif n in (b, m):
            out[f.name] = m
        else:
            clashes[f.name] = n
    if clashes:
        raise ChangedElsewhere(clashes)
    return ContactInput(**out)  # type: ignore[arg-type]


def _merged(session: Session, contact: Contact, data: ContactInput,
            base: ContactInput | None) -> ContactInput:
    if base is None:
        return data
    stored = ContactInput.from_contact(contact, target_ids(session, contact.id))
    return merge_onto(stored, data, base)


def _check_codes(e: Errors, data: ContactInput, *, required: bool) -> None:
    for name, listname, label in (
            ("contact_type", "contact_type", Message("Please choose the type of contact.")),
            ("venue", "contact_venue", Message("Please choose the venue.")),
            ("attendance", "attendance", Message("Please choose whether the child attended."))):
        value = getattr(data, name)
        if value in (None, ""):
            if required and name != "venue":
                e.add(name, label)
        elif value not in codelist(listname):
            e.add(name, "'%1' is not a known %2.", value, Word(listname.replace("_", " ")))


def validate_final(session: Session, child_id: str, data: ContactInput,
                   now: dt.datetime) -> None:
    """Every rule a final record must meet; raises one :class:`ValidationError` with all."""
    child = get_child(session, child_id, audit_view=False)
    e = final_record_errors(data, now, child.date_of_birth)
    _check_targets(session, child_id, data.target_ids, e)
    e.raise_if_any()


def final_record_errors(data: ContactInput, now: dt.datetime,
                        date_of_birth: dt.date | None) -> Errors:
    """The rules of a final record that need nothing but the record, the time and the
    child's date of birth: used by :func:`validate_final` on the laptop and by the sync
    service on a pushed final contact (``services.record_rules``)."""
    e = Errors()
    if data.contact_at is None:
        e.add("contact_at", "The date and time of the contact are required.")
    elif data.contact_at.tzinfo is None:
        e.add("contact_at", "The contact time has no time zone.")
    elif data.contact_at > now:
        e.add("contact_at", "The contact is dated in the future. Record a contact after it "
                            "has happened.")
    elif date_of_birth is not None and data.contact_at.date() < date_of_birth:
        e.add("contact_at", "The contact is dated before the child was born.")
    _check_codes(e, data, required=True)
    if data.attendance == "attended":
        for name in ACORNS_FIELDS:
            e.require(name, _clean(getattr(data, name)), ACORNS_LABELS[name])
    elif data.attendance:
        e.require("aim", _clean(data.aim), "Aim")
        e.require("next_steps", _clean(data.next_steps), "Next steps")
    if data.safeguarding_concern and not _clean(data.safeguarding):
        e.add("safeguarding", "Describe the safeguarding concern.")
    return e


def _check_targets(session: Session, child_id: str, target_ids: list[str], e: Errors) -> None:
    for tid in target_ids:
        target = session.get(PlanTarget, tid)
        if target is None or target.child_id != child_id or target.deleted:
            e.add("target_ids", "A linked target is not on this child's plan.")


def _apply(contact: Contact, data: ContactInput) -> None:
    contact.contact_at = data.contact_at
    contact.contact_type = data.contact_type or None
    contact.venue = data.venue or None
    contact.venue_detail = _clean(data.venue_detail)
    contact.present = _clean(data.present)
    contact.attendance = data.attendance or None
    for name in (*ACORNS_FIELDS, "child_views"):
        setattr(contact, name, _clean(getattr(data, name)))
    contact.safeguarding_concern = bool(data.safeguarding_concern)


def _set_targets(session: Session, contact: Contact, target_ids: list[str]) -> None:
    wanted = set(target_ids)
    for link in session.scalars(select(ContactTargetLink).where(
            ContactTargetLink.contact_id == contact.id, not_deleted(ContactTargetLink))):
        if link.target_id in wanted:
            wanted.discard(link.target_id)
        else:
            link.deleted = True
    for tid in sorted(wanted):
        session.add(ContactTargetLink(child_id=contact.child_id, contact_id=contact.id,
                                      target_id=tid))


def _own_draft(session: Session, contact_id: str) -> Contact:
    contact = get_contact(session, contact_id)
    if contact.status != ContactStatus.DRAFT:
        raise RecordLocked("This contact record is already final.")
    if contact.author_id != actor_of(session).user_id:
        raise PermissionDenied(DRAFT_AUTHOR)
    return contact


def get_contact(session: Session, contact_id: str) -> Contact:
    contact = fetch_live(session, Contact, contact_id, "No such contact record.")
    return contact


def save_draft(session: Session, child_id: str, data: ContactInput,
               contact_id: str | None = None, base: ContactInput | None = None) -> Contact:
    """Create or update the author's draft; only codes are checked (drafts are partial).
    ``base``: the version the editor started from (see :func:`merge_onto`)."""
    if contact_id is not None and base is not None:
        data = _merged(session, _own_draft(session, contact_id), data, base)
    e = Errors()
    _check_codes(e, data, required=False)
    _check_targets(session, child_id, data.target_ids, e)
    e.raise_if_any()
    if contact_id is None:
        get_child(session, child_id, audit_view=False)
        contact = Contact(child_id=child_id, status=ContactStatus.DRAFT,
                          author_id=actor_of(session).user_id)
        session.add(contact)
        session.flush()
    else:
        contact = _own_draft(session, contact_id)
        if contact.child_id != child_id:
            raise ValidationError("The draft belongs to another child.")
    _apply(contact, data)
    _set_targets(session, contact, data.target_ids)
    session.flush()
    return contact


def finalise(session: Session, child_id: str, data: ContactInput,
             contact_id: str | None = None, now: dt.datetime | None = None,
             base: ContactInput | None = None) -> Contact:
    """Check and save a final record (from a draft, or directly)."""
    now = now or utcnow()
    if contact_id is not None and base is not None:
        data = _merged(session, _own_draft(session, contact_id), data, base)
    validate_final(session, child_id, data, now)
    if contact_id is None:
        contact = Contact(child_id=child_id, author_id=actor_of(session).user_id)
        session.add(contact)
        session.flush()
    else:
        contact = _own_draft(session, contact_id)
    _apply(contact, data)
    contact.status = ContactStatus.FINAL
    contact.finalised_at = now
    _set_targets(session, contact, data.target_ids)
    _consequences(session, contact, was_concern=False, was_unacceptable=False)
    session.flush()
    return contact


def _consequences(session: Session, contact: Contact, *, was_concern: bool,
                  was_unacceptable: bool) -> None:
    if contact.safeguarding_concern and not was_concern:
        raise_item(session, contact.child_id, contact.safeguarding or "", contact_id=contact.id)
    if contact.attendance == "dna_unacceptable" and not was_unacceptable:
        assert contact.contact_at is not None
        session.add(ComplianceRecord(
            child_id=contact.child_id, event_date=contact.contact_at.date(),
            kind="unacceptable_absence", contact_id=contact.id,
            detail=f"Did not attend: {codelist('contact_type').label(contact.contact_type)}"))


EDIT_WINDOW_CLOSED = "This record can no longer be edited: amend it and give a reason."


def window_ends(finalised_at: dt.datetime | None) -> dt.datetime | None:
    """When the author's edit window of a record finalised at ``finalised_at`` ends (the
    policy's ``author_edit_window_hours``). The laptop counts from the record's
    ``finalised_at``; the service from when it recorded the record final
    (``casework.final_contact_set``)."""
    if finalised_at is None:
        return None
    hours = current_policy().contacts.author_edit_window_hours
    return finalised_at + dt.timedelta(hours=hours)


def edit_window_ends(contact: Contact) -> dt.datetime | None:
    return window_ends(contact.finalised_at)


def can_edit(session: Session, contact: Contact, now: dt.datetime | None = None) -> bool:
    """May the acting user still change this final record in place?"""
    if contact.status == ContactStatus.DRAFT:
        return contact.author_id == actor_of(session).user_id
    ends = edit_window_ends(contact)
    return (contact.author_id == actor_of(session).user_id and ends is not None
            and (now or utcnow()) <= ends)


def edit_final(session: Session, contact_id: str, data: ContactInput,
               now: dt.datetime | None = None, base: ContactInput | None = None) -> Contact:
    """The author corrects a final record inside the edit window (``base``: the version
    the editor started from, so an amendment pulled meanwhile is kept; see merge_onto)."""
    now = now or utcnow()
    contact = get_contact(session, contact_id)
    if contact.status != ContactStatus.FINAL:
        raise RecordLocked("Only a final record is edited this way.")
    if not can_edit(session, contact, now):
        raise RecordLocked(EDIT_WINDOW_CLOSED)
    data = _merged(session, contact, data, base)
    validate_final(session, contact.child_id, data, now)
    was_concern = contact.safeguarding_concern
    was_unacceptable = contact.attendance == "dna_unacceptable"
    _apply(contact, data)
    _set_targets(session, contact, data.target_ids)
    _consequences(session, contact, was_concern=was_concern, was_unacceptable=was_unacceptable)
    session.flush()
    return contact


def amend(session: Session, contact_id: str, changes: dict[str, str | None], reason: str,
          now: dt.datetime | None = None) -> list[ContactAmendment]:
    """Change text on a final record, keeping each original text with the reason."""
    now = now or utcnow()
    contact = get_contact(session, contact_id)
    actor = actor_of(session)
    e = Errors()
    if contact.status != ContactStatus.FINAL:
        e.add("", "Only a final record is amended; a draft can simply be edited.")
    if actor.user_id != contact.author_id and actor.role not in MANAGERS:
        raise PermissionDenied(AMEND_AUTHOR)
    e.require("reason", reason, "The reason for the amendment")
    unknown = [k for k in changes if k not in AMENDABLE]
    if unknown:
        e.add(unknown[0], "This part of the record cannot be amended.")
    real = {k: _clean(v) for k, v in changes.items()
            if k in AMENDABLE and _clean(v) != getattr(contact, k)}
    if not real and not e.errors:
        e.add("", "The amendment changes nothing.")
    if contact.safeguarding_concern and "safeguarding" in real and not real["safeguarding"]:
        e.add("safeguarding", "A recorded safeguarding concern cannot be blanked.")
    e.raise_if_any()
    out: list[ContactAmendment] = []
    for name, new in sorted(real.items()):
        row = ContactAmendment(child_id=contact.child_id, contact_id=contact.id, field=name,
                               original_text=getattr(contact, name), new_text=new,
                               reason=reason.strip(), amended_by=actor.user_id, amended_at=now)
        session.add(row)
        setattr(contact, name, new)
        out.append(row)
    session.flush()
    return out


def amendments(session: Session, contact_id: str) -> list[ContactAmendment]:
    return list(session.scalars(select(ContactAmendment).where(
        ContactAmendment.contact_id == contact_id, not_deleted(ContactAmendment))
        .order_by(ContactAmendment.amended_at)))


def target_ids(session: Session, contact_id: str) -> list[str]:
    return list(session.scalars(select(ContactTargetLink.target_id).where(
        ContactTargetLink.contact_id == contact_id, not_deleted(ContactTargetLink))))


def contacts(session: Session, child_id: str) -> list[Contact]:
    """The child's final records and the acting user's own drafts, newest first."""
    me = actor_of(session).user_id
    rows = session.scalars(select(Contact).where(
        Contact.child_id == child_id, not_deleted(Contact),
        (Contact.status == ContactStatus.FINAL) | (Contact.author_id == me)))
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    return sorted(rows, key=lambda c: c.contact_at or far, reverse=True)


def my_drafts(session: Session, child_id: str | None = None) -> list[Contact]:
    stmt = select(Contact).where(Contact.status == ContactStatus.DRAFT, not_deleted(Contact),
                                 Contact.author_id == actor_of(session).user_id)
    if child_id is not None:
        stmt = stmt.where(Contact.child_id == child_id)
    return list(session.scalars(stmt.order_by(Contact.updated_at.desc())))

