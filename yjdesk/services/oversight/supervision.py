"""Management oversight and supervision records on a child's case: the decision, its
rationale, and the actions agreed with their owners and due dates (seed 3.3).

Only managers record oversight; anyone who can see the child reads it. Actions that fall
due appear in the caseload and the dashboard through :func:`due_facts` (a rule of
:data:`yjdesk.services.due.SOURCES`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import PermissionDenied, ValidationError
from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.org import UserAccount
from yjdesk.models.oversight import OversightAction, OversightRecord
from yjdesk.services.codes import codelist
from yjdesk.services.due import DueFact, soon
from yjdesk.services.fetch import fetch_live
from yjdesk.services.oversight.sync_rules import ACTION_OWNER, MANAGERS, OVERSIGHT_BY_MANAGERS
from yjdesk.services.uow import actor_of
from yjdesk.services.validation import Errors

RECORDERS = MANAGERS  # (oversight sync_rules: the laptop and the push path)


@dataclass
class ActionInput:
    description: str
    owner_id: str | None
    due_date: dt.date | None


@dataclass
class OversightInput:
    kind: str
    recorded_on: dt.date | None
    decision: str
    rationale: str
    practitioner_id: str | None = None
    actions: list[ActionInput] = field(default_factory=list)


@dataclass(frozen=True)
class ActionView:
    id: str
    description: str
    owner: str
    due_date: dt.date
    done_on: dt.date | None


@dataclass(frozen=True)
class OversightView:
    id: str
    kind: str
    kind_label: str
    recorded_on: dt.date
    author: str
    practitioner: str | None
    decision: str
    rationale: str
    actions: tuple[ActionView, ...]


def validate(session: Session, data: OversightInput, today: dt.date) -> None:
    e = Errors()
    if data.kind not in codelist("oversight_kind"):
        e.add("kind", "Choose management oversight or supervision.")
    if data.recorded_on is None:
        e.add("recorded_on", "The date is required.")
    elif data.recorded_on > today:
        e.add("recorded_on", "The date cannot be in the future.")
    e.require("decision", data.decision, "The decision")
    e.require("rationale", data.rationale, "The rationale for the decision")
    if data.practitioner_id and session.get(UserAccount, data.practitioner_id) is None:
        e.add("practitioner_id", "Unknown practitioner.")
    for i, a in enumerate(data.actions):
        if not a.description.strip():
            e.add(f"actions[{i}].description", "Say what is to be done.")
        if not a.owner_id or session.get(UserAccount, a.owner_id) is None:
            e.add(f"actions[{i}].owner_id", "Choose who owns the action.")
        if a.due_date is None:
            e.add(f"actions[{i}].due_date", "The action needs a due date.")
        elif data.recorded_on and a.due_date < data.recorded_on:
            e.add(f"actions[{i}].due_date", "An action cannot be due before it was agreed.")
    e.raise_if_any()


def record(session: Session, child_id: str, data: OversightInput,
           today: dt.date) -> OversightRecord:
    """Record oversight or supervision on a child's case, with its actions."""
    actor = actor_of(session)
    if actor.role not in RECORDERS:
        raise PermissionDenied(OVERSIGHT_BY_MANAGERS)
    child = fetch_live(session, Child, child_id, "This child's record is not on this laptop.")
    validate(session, data, today)
    assert data.recorded_on is not None
    row = OversightRecord(child_id=child_id, kind=data.kind, recorded_on=data.recorded_on,
                          author_id=actor.user_id,
                          practitioner_id=data.practitioner_id or child.case_manager_id,
                          decision=data.decision.strip(), rationale=data.rationale.strip())
    session.add(row)
    session.flush()
    for a in data.actions:
        assert a.owner_id is not None and a.due_date is not None
        session.add(OversightAction(child_id=child_id, oversight_id=row.id,
                                    description=a.description.strip(), owner_id=a.owner_id,
                                    due_date=a.due_date))
    session.flush()
    return row


def complete_action(session: Session, action_id: str, on: dt.date) -> OversightAction:
    """Mark an action done: by its owner or a manager."""
    actor = actor_of(session)
    action = fetch_live(session, OversightAction, action_id, "No such action.")
    if actor.user_id != action.owner_id and actor.role not in RECORDERS:
        raise PermissionDenied(ACTION_OWNER)
    parent = session.get(OversightRecord, action.oversight_id)
    if parent is not None and on < parent.recorded_on:
        raise ValidationError({"done_on": "An action cannot be done before it was agreed."})
    action.done_on = on
    session.flush()
    return action


def for_child(session: Session, child_id: str) -> list[OversightView]:
    """Every oversight and supervision record on the child, newest first."""
    users = {str(i): str(n) for i, n in session.execute(
        select(UserAccount.id, UserAccount.display_name))}
    kinds = codelist("oversight_kind")
    actions: dict[str, list[ActionView]] = {}
    for a in session.scalars(select(OversightAction).where(
            OversightAction.child_id == child_id, not_deleted(OversightAction))
            .order_by(OversightAction.due_date)):
        actions.setdefault(a.oversight_id, []).append(ActionView(
            a.id, a.description, users.get(a.owner_id, "Unknown"), a.due_date, a.done_on))
    return [OversightView(r.id, r.kind, kinds.label(r.kind), r.recorded_on,
                          users.get(r.author_id, "Unknown"),
                          users.get(r.practitioner_id) if r.practitioner_id else None,
                          r.decision, r.rationale, tuple(actions.get(r.id, ())))
            for r in session.scalars(select(OversightRecord).where(
                OversightRecord.child_id == child_id, not_deleted(OversightRecord))
                .order_by(OversightRecord.recorded_on.desc(),
                          OversightRecord.updated_at.desc()))]


def due_facts(session: Session, child_ids: list[str]) -> dict[str, list[DueFact]]:
    """The due-work rule: open oversight actions by due date."""
    from yjdesk.services.casework.levels import for_children

    wanted = set(child_ids)
    out: dict[str, list[DueFact]] = {}
    for child_id, due, text in session.execute(
            select(OversightAction.child_id, OversightAction.due_date,
                   OversightAction.description)
            .where(not_deleted(OversightAction), OversightAction.done_on.is_(None),
                   for_children(OversightAction.child_id, child_ids))):
        if child_id in wanted:
            out.setdefault(child_id, []).append(
                DueFact(due, "Oversight action: %1", "oversight_action", soon(5),
                        args=(text[:40],)))
    return out

