"""A final contact record and its amendments, as a set judged on the service (security
review).

The laptop lets a final record's author correct it in place only inside the edit window
(``contacts.can_edit``, the policy's ``author_edit_window_hours``); after it, each change of
its text is an amendment (``contacts.amend``): a ``contact_amendment`` row keeping the
original text, the new one and the reason, written with the record's change in one unit of
work. The service took a silent rewrite of a final record at any time (each revision kept,
but nothing on the record saying it changed). The record and its amendments reach the
service as several rows (the record first), so they are judged as a set once the push is
applied (``yjdesk.server.set_rules``): a push that changes a final record after its window
is refused, in the laptop's words (``contacts.EDIT_WINDOW_CLOSED``), unless each changed
field is one an amendment may change and the push's new amendments of it lead from the
text as it was to the text as it is.

The window is the service's own: it runs from when the service recorded the record final
(its ``row_revision``), never from the ``finalised_at`` a laptop sent.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.casework.contacts import Contact, ContactAmendment
from yjdesk.models.statuses import ContactStatus
from yjdesk.services.sets import owners_touched, read_afresh

CONTACT_TABLE = "contact"
AMENDMENT_TABLE = "contact_amendment"
#: An amendment goes in its record's push (``sync.push.push_chunks``): sent in a later
#: push, the record's change would arrive without it.
TRAVELS_WITH: dict[str, tuple[str, str]] = {AMENDMENT_TABLE: ("contact_id", CONTACT_TABLE)}

#: (field, original text, new text, amended at) of one amendment, by its id.
Step = tuple[str, str | None, str | None, str]


@dataclass(frozen=True)
class FinalContact:
    final: bool = False
    deleted: bool = False
    #: Whether its author may still change it in place (judged by the service's clock).
    window_open: bool = True
    text: tuple[tuple[str, Any], ...] = ()
    amendments: tuple[tuple[str, Step], ...] = ()


def contacts_touched(session: Session, changes: list[Any]
                     ) -> dict[str, set[tuple[str, str]]]:
    """Final record id -> the pushed rows that may change it: the record, and each of its
    amendments. Only records stored final are judged (a draft is its author's)."""
    rows = owners_touched(session, changes, CONTACT_TABLE,
                          ContactAmendment.__table__.c.contact_id)
    ids = sorted(i for i in rows if len(i) <= 64)
    final: set[str] = set()
    for at in range(0, len(ids), 500):
        final.update(str(i) for i in session.scalars(select(Contact.id).where(
            Contact.id.in_(ids[at:at + 500]), Contact.status == ContactStatus.FINAL)))
    return {i: keys for i, keys in rows.items() if i in final}


def _recorded_final(session: Session, contact_id: str) -> dt.datetime | None:
    """When the service first recorded the record final (its history), or None."""
    from yjdesk.models.server import RowRevision

    for fields_json, at in session.execute(
            select(RowRevision.fields_json, RowRevision.updated_at).where(
                RowRevision.table_name == CONTACT_TABLE, RowRevision.row_id == contact_id)
            .order_by(RowRevision.rev)):
        if json.loads(fields_json).get("status") == ContactStatus.FINAL:
            return at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)
    return None


def final_contact_state(session: Session, contact_id: str) -> FinalContact:
    from yjdesk.models.types import utcnow
    from yjdesk.services.casework.contacts import window_ends
    from yjdesk.services.casework.sync_rules import FINAL_TEXT

    read_afresh(session, Contact, ContactAmendment)
    contact = session.get(Contact, contact_id)
    if contact is None or contact.status != ContactStatus.FINAL:
        return FinalContact()
    ends = window_ends(_recorded_final(session, contact_id) or contact.finalised_at)
    steps = tuple(sorted(
        (a.id, (a.field, a.original_text, a.new_text, a.amended_at.isoformat()
                if a.amended_at is not None else ""))
        for a in session.scalars(select(ContactAmendment).where(
            ContactAmendment.contact_id == contact_id, ContactAmendment.deleted.is_(False)))))
    return FinalContact(True, bool(contact.deleted), ends is not None and utcnow() <= ends,
                        tuple((f, getattr(contact, f)) for f in FINAL_TEXT), steps)


def unamended_refusal(before: FinalContact, after: FinalContact) -> str | None:
    """A final record whose window had closed before the push changes only by amendment."""
    from yjdesk.services.casework.contacts import AMENDABLE, EDIT_WINDOW_CLOSED

    if not before.final or before.window_open or before.deleted or after.deleted:
        return None
    was, now = dict(before.text), dict(after.text)
    changed = [f for f in was if was[f] != now.get(f)]
    if not changed:
        return None
    if not after.final or set(changed) - set(AMENDABLE):
        return EDIT_WINDOW_CLOSED
    known = dict(before.amendments)
    new = sorted((s for i, s in after.amendments if i not in known), key=lambda s: s[3])
    for name in changed:
        text = was[name]
        for field, original, new_text, _ in new:
            if field != name:
                continue
            if original != text:
                return EDIT_WINDOW_CLOSED
            text = new_text
        if text != now[name]:
            return EDIT_WINDOW_CLOSED
    return None


class _FinalContact:
    """A final contact and its amendments (``yjdesk.server.set_rules``)."""

    owner_table = CONTACT_TABLE
    tables = (CONTACT_TABLE, AMENDMENT_TABLE)

    @staticmethod
    def touched(session: Session, changes: list[Any]) -> dict[str, set[tuple[str, str]]]:
        return contacts_touched(session, changes)

    @staticmethod
    def state(session: Session, contact_id: str) -> FinalContact:
        return final_contact_state(session, contact_id)

    @staticmethod
    def worse(before: FinalContact, after: FinalContact) -> str | None:
        return unamended_refusal(before, after)


FINAL_CONTACT_SET = _FinalContact()
