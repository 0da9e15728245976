"""Work that falls due in case work: contacts by intervention level, reviews, children not
seen, enforcement decisions. Registered in :data:`yjdesk.services.due.SOURCES`; "My week"
lists them for the acting practitioner.

Rules (decisions.md): a contact is due ``contacts.max_days_between_contacts[level]`` days
after the last final contact record of any kind (from the disposal's start if none). A child
is "not seen" once that many days have passed since the last attended face-to-face contact.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.casework import ComplianceRecord, Contact
from yjdesk.models.child import Child
from yjdesk.models.justice import Allocation, Disposal
from yjdesk.models.statuses import ContactStatus
from yjdesk.services import due
from yjdesk.services.casework.levels import for_children, intervention_levels
from yjdesk.services.casework.reviews import due_reviews
from yjdesk.services.codes import codelist
from yjdesk.services.dates import strict_date
from yjdesk.services.due import DueFact, DueItem, add_facts, soon
from yjdesk.services.policy import Policy, current_policy
from yjdesk.services.uow import Actor

NOT_SUPERVISED = ("nfa",)
#: The labels of the case-work rules' due items, in English (the view translates them; the
#: ``%1`` of "Not seen since %1" is the day the child was last seen, ``DueItem.since``).
CONTACT_DUE = "Contact due"
NOT_SEEN_SINCE = "Not seen since %1"
NOT_SEEN_YET = "Not seen yet"
ENFORCEMENT_DECISION = "Enforcement decision"
LABELS = (CONTACT_DUE, NOT_SEEN_SINCE, NOT_SEEN_YET, ENFORCEMENT_DECISION)


def supervised_since(session: Session, child_ids: list[str]) -> dict[str, dt.date]:
    """Children on an ongoing disposal the service works with, and since when."""
    kinds = codelist("disposal_type")
    wanted = set(child_ids)
    out: dict[str, dt.date] = {}
    for child_id, kind, start in session.execute(
            select(Disposal.child_id, Disposal.disposal_type, Disposal.start_date)
            .where(not_deleted(Disposal), Disposal.outcome == "ongoing",
                   for_children(Disposal.child_id, child_ids))):
        code = kinds.get(kind)
        if code is None or kind in NOT_SUPERVISED or child_id not in wanted:
            continue
        if code.extra.get("yjs_supervised") or code.extra.get("category") in (
                "out_of_court", "prevention"):
            out[child_id] = min(start, out.get(child_id, start))
    return out


def _max_days(policy: Policy, level: str) -> int:
    table = policy.contacts.max_days_between_contacts
    return int(table.get(level, table.get("standard", 14)))


def _last_contacts(session: Session, child_ids: list[str]) -> tuple[
        dict[str, dt.date], dict[str, dt.date]]:
    """The last final contact, and the last attended face-to-face contact, of each child."""
    remote = [c.code for c in codelist("contact_type").codes
              if c.extra.get("face_to_face") is False]
    last_any: dict[str, dt.date] = {}
    last_seen: dict[str, dt.date] = {}
    # One pass over the covering index ix_contact_due for both dates (not one scan each).
    seen_at = case((and_(Contact.attendance == "attended", Contact.contact_type.not_in(remote)),
                    Contact.contact_at), else_=None)
    wanted = set(child_ids)
    for child_id, at, seen in session.execute(
            select(Contact.child_id, func.max(Contact.contact_at), func.max(seen_at))
            .where(Contact.status == ContactStatus.FINAL, not_deleted(Contact),
                   for_children(Contact.child_id, child_ids))
            .group_by(Contact.child_id)):
        if child_id not in wanted:
            continue
        if at is not None:
            last_any[child_id] = strict_date(at)
        if seen is not None:
            last_seen[child_id] = strict_date(seen)
    return last_any, last_seen


def contact_facts(session: Session, child_ids: list[str]) -> dict[str, list[DueFact]]:
    pol = current_policy()
    since = supervised_since(session, child_ids)
    ids = list(since)
    levels = intervention_levels(session, ids)
    last_any, last_seen = _last_contacts(session, ids)
    out: dict[str, list[DueFact]] = {}
    for child_id in ids:
        days = _max_days(pol, levels[child_id])
        due = last_any.get(child_id, since[child_id]) + dt.timedelta(days=days)
        facts = [DueFact(due, CONTACT_DUE, "contact", soon(2))]
        seen = last_seen.get(child_id)
        seen_due = (seen or since[child_id]) + dt.timedelta(days=days)
        # the view words the day last seen ("Not seen since 07 Jul") in the person's language
        label = NOT_SEEN_SINCE if seen else NOT_SEEN_YET
        # shown once it is overdue (from the day after it fell due)
        facts.append(DueFact(seen_due, label, "not_seen", soon(5),
                             shown_from=seen_due + dt.timedelta(days=1), since=seen))
        out[child_id] = facts
    return out


def review_facts(session: Session, child_ids: list[str]) -> dict[str, list[DueFact]]:
    return {cid: [DueFact(r.due, r.label, "review", soon(10), args=r.args) for r in items]
            for cid, items in due_reviews(session, child_ids).items()}


def enforcement_facts(session: Session, child_ids: list[str]) -> dict[str, list[DueFact]]:
    out: dict[str, list[DueFact]] = {}
    wanted = set(child_ids)
    for child_id, event_date in session.execute(
            select(ComplianceRecord.child_id, ComplianceRecord.event_date).where(
                not_deleted(ComplianceRecord),
                ComplianceRecord.enforcement_needed.is_(None),
                for_children(ComplianceRecord.child_id, child_ids))):
        if child_id not in wanted:
            continue
        due = event_date + dt.timedelta(days=5)
        out.setdefault(child_id, []).append(
            DueFact(due, ENFORCEMENT_DECISION, "compliance", soon(2)))
    return out


def casework_due_facts(session: Session, child_ids: list[str]) -> dict[str, list[DueFact]]:
    """The case-work rule registered in ``services.due.SOURCES``."""
    out: dict[str, list[DueFact]] = {}
    for part in (contact_facts(session, child_ids), review_facts(session, child_ids),
                 enforcement_facts(session, child_ids)):
        add_facts(out, part)
    return out


@dataclass(frozen=True)
class WeekRow:
    child_id: str
    child_name: str
    case_number: str
    item: DueItem


@dataclass(frozen=True)
class MyWeek:
    contacts: list[WeekRow]
    reviews: list[WeekRow]
    not_seen: list[WeekRow]
    enforcement: list[WeekRow]
    #: Assessments to start or finish, and those waiting for a countersign.
    assessments: list[WeekRow] = field(default_factory=list)
    #: Court orders: panels, custody meetings, requirement balances, transition (issue 13).
    orders: list[WeekRow] = field(default_factory=list)

    @property
    def all(self) -> list[WeekRow]:
        """Every row, most urgent first (overdue, then by date)."""
        rows = [*self.contacts, *self.reviews, *self.assessments, *self.enforcement,
                *self.orders, *self.not_seen]
        return sorted(rows, key=lambda r: (r.item.state, r.item.due, r.child_name))


def my_children(session: Session, actor: Actor) -> list[Child]:
    covered = select(Allocation.child_id).where(
        Allocation.user_id == actor.user_id, Allocation.to_date.is_(None),
        not_deleted(Allocation))
    return list(session.scalars(select(Child).where(
        not_deleted(Child),
        (Child.case_manager_id == actor.user_id) | Child.id.in_(covered))))


def my_week(session: Session, actor: Actor, today: dt.date, days: int = 7) -> MyWeek:
    """Everything due for the actor's children up to ``days`` days ahead (and overdue)."""
    children = {c.id: c for c in my_children(session, actor)}
    ids = list(children)
    horizon = today + dt.timedelta(days=days)
    buckets: dict[str, list[WeekRow]] = {"contact": [], "review": [], "not_seen": [],
                                         "compliance": [], "assessment": [],
                                         "order_work": []}
    kinds = {"assessment_sign": "assessment"}
    for part in (due.casework_due(session, ids, today), due.assessments_due(session, ids, today),
                 due.court_orders_due(session, ids, today)):
        for cid, items in part.items():
            child = children[cid]
            for item in items:
                kind = kinds.get(item.kind, item.kind)
                if kind in buckets and (item.due <= horizon or kind == "not_seen"):
                    buckets[kind].append(
                        WeekRow(cid, child.display_name, child.case_number, item))
    for rows in buckets.values():
        rows.sort(key=lambda r: (r.item.due, r.child_name))
    return MyWeek(buckets["contact"], buckets["review"], buckets["not_seen"],
                  buckets["compliance"], buckets["assessment"], buckets["order_work"])
