"""Safeguarding items: concerns raised in contacts, on the team manager's list until closed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import PermissionDenied, ValidationError, WorkflowError
from yjdesk.models.base import not_deleted
from yjdesk.models.casework import SafeguardingItem
from yjdesk.models.child import Child
from yjdesk.models.org import Role
from yjdesk.models.statuses import SafeguardingStatus
from yjdesk.models.types import utcnow
from yjdesk.services.casework.sync_rules import MANAGERS, raised_on
from yjdesk.services.fetch import fetch_live
from yjdesk.services.humanise import time_text
from yjdesk.services.uow import actor_of

MANAGER_ROLES = MANAGERS  # (casework sync_rules: the laptop and the push path)


NO_SUMMARY = "Describe the safeguarding concern."
NO_ACTION = "Say what you have done or decided."
NO_REASON = "Say why the item can be closed."


def item_errors(summary: str | None, status: str | None,
                manager_actions: str | None) -> dict[str, str]:
    """What a safeguarding item must hold (also run on a pushed item,
    ``services.record_rules``): the concern, and once a manager acted, what they did."""
    e: dict[str, str] = {}
    if not (summary or "").strip():
        e["summary"] = NO_SUMMARY
    if status not in {s.value for s in SafeguardingStatus}:
        e["status"] = "A safeguarding item is open, acknowledged or closed."
    elif status != SafeguardingStatus.OPEN and not (manager_actions or "").strip():
        e["manager_actions"] = NO_ACTION if status == SafeguardingStatus.ACKNOWLEDGED \
            else NO_REASON
    return e


def raise_item(session: Session, child_id: str, summary: str,
               contact_id: str | None = None) -> SafeguardingItem:
    actor = actor_of(session)
    if item_errors(summary, SafeguardingStatus.OPEN, None):
        raise ValidationError({"safeguarding": NO_SUMMARY})
    child = session.get(Child, child_id)
    item = SafeguardingItem(
        child_id=child_id, contact_id=contact_id, summary=summary.strip(),
        status=SafeguardingStatus.OPEN,
        team_id=raised_on(child.team_id if child else None, actor.team_id),
        raised_by=actor.user_id, raised_at=utcnow())
    session.add(item)
    session.flush()
    return item


@dataclass(frozen=True)
class ItemRow:
    item: SafeguardingItem
    child_name: str
    case_number: str


def manager_list(session: Session, include_closed: bool = False) -> list[ItemRow]:
    """The acting manager's list: items for their team (a service manager sees all)."""
    actor = actor_of(session)
    if actor.role not in MANAGER_ROLES:
        raise PermissionDenied("The safeguarding list is for team and service managers.")
    stmt = (select(SafeguardingItem, Child).join(Child, Child.id == SafeguardingItem.child_id)
            .where(not_deleted(SafeguardingItem)))
    if actor.role == Role.TEAM_MANAGER:
        stmt = stmt.where(SafeguardingItem.team_id == actor.team_id)
    if not include_closed:
        stmt = stmt.where(SafeguardingItem.status != SafeguardingStatus.CLOSED)
    rows = session.execute(stmt.order_by(SafeguardingItem.raised_at.desc())).all()
    return [ItemRow(item, child.display_name, child.case_number) for item, child in rows]


def _managed(session: Session, item_id: str) -> SafeguardingItem:
    if actor_of(session).role not in MANAGER_ROLES:
        raise PermissionDenied("Only a manager acts on safeguarding items.")
    item = fetch_live(session, SafeguardingItem, item_id, "No such safeguarding item.")
    return item


def _add_action(item: SafeguardingItem, action: str, who: str) -> None:
    stamp = time_text(utcnow())  # people read it: UK time, with the zone
    line = f"[{stamp} {who}] {action.strip()}"
    item.manager_actions = f"{item.manager_actions}\n{line}" if item.manager_actions else line


def acknowledge(session: Session, item_id: str, action: str) -> SafeguardingItem:
    item = _managed(session, item_id)
    if item.status != SafeguardingStatus.OPEN:
        raise WorkflowError("This item has already been acknowledged.")
    if not action.strip():
        raise ValidationError({"action": NO_ACTION})
    actor = actor_of(session)
    item.status = SafeguardingStatus.ACKNOWLEDGED
    item.acknowledged_by = actor.user_id
    item.acknowledged_at = utcnow()
    _add_action(item, action, actor.display_name or actor.user_id)
    session.flush()
    return item


def close(session: Session, item_id: str, action: str) -> SafeguardingItem:
    item = _managed(session, item_id)
    if item.status == SafeguardingStatus.CLOSED:
        raise WorkflowError("This item is already closed.")
    if not action.strip():
        raise ValidationError({"action": NO_REASON})
    actor = actor_of(session)
    if item.acknowledged_at is None:
        item.acknowledged_by = actor.user_id
        item.acknowledged_at = utcnow()
    item.status = SafeguardingStatus.CLOSED
    item.closed_by = actor.user_id
    item.closed_at = utcnow()
    _add_action(item, action, actor.display_name or actor.user_id)
    session.flush()
    return item
