"""Workflow invariants the service enforces on every pushed change (ARCHITECTURE.md 4-5).

A rule looks at one proposed change and returns an error message to refuse it, or None.
Rules for new record types are added to :data:`RULES`; each sees the row as stored
(``current``, None for a new row) and as it would be after the change (``proposed``),
both as wire values.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from yjdesk.models.base import Base
from yjdesk.models.child import Child
from yjdesk.models.org import Role
from yjdesk.models.statuses import StageStatus
from yjdesk.server import identity, registry
from yjdesk.services import locks
from yjdesk.services.assessments import signing
from yjdesk.services.assessments.authoring import ASSESSMENT_RULES
from yjdesk.services.casework.ooc_rules import OOC_RULES
from yjdesk.services.casework.sync_rules import CASEWORK_RULES
from yjdesk.services.change_rules import judges, rules_for
from yjdesk.services.child_creation import (
    allocations_by_managers,
    child_case_manager_changes,
    child_team_moves,
)
from yjdesk.services.child_links import other_child_refusal
from yjdesk.services.court.sync_rules import COURT_RULES
from yjdesk.services.orders.sync_rules import ORDERS_RULES
from yjdesk.services.oversight.sync_rules import OVERSIGHT_RULES
from yjdesk.services.pathways.rules import PATHWAY_RULES
from yjdesk.services.returns.sync_rules import RETURNS_RULES
from yjdesk.services.shared_rules import attested_by_caller, locked_tombstones
from yjdesk.services.uow import Actor
from yjdesk.services.victims.planning import plan_victim_rule
from yjdesk.services.victims.rules import VICTIM_RULES
from yjdesk.services.visibility import write_refusal
from yjdesk.wire.protocol import WireValue

LOCKED_MESSAGE = "countersigned assessments cannot be changed"


@dataclass(frozen=True)
class Change:
    session: Session
    actor: Actor
    table: Table
    row_id: str
    current: dict[str, WireValue] | None
    proposed: dict[str, WireValue]
    #: The stored row's Python values by column name (as read from the database), of
    #: which ``current`` is the encoding; None when not at hand. Only to save decoding
    #: ``current`` again (``registry.form_validation``): rules judge the wire values.
    stored: Mapping[str, Any] | None = None

    @cached_property
    def changed(self) -> set[str]:
        """The fields the change changes (worked out once a change: a dozen rules ask;
        do not change the set)."""
        if self.current is None:
            return set(self.proposed)
        return {k for k, v in self.proposed.items() if self.current.get(k) != v}


Rule = Callable[[Change], str | None]


@judges("audit_event")
def audit_append_only(change: Change) -> str | None:
    if change.current is not None and change.changed:
        return "audit events cannot be changed or deleted"
    if change.proposed.get("deleted"):
        return "audit events cannot be deleted"
    return None


def _board_recorders() -> frozenset[Role]:
    from yjdesk.services.oversight.board import RECORDERS

    return frozenset(RECORDERS)


#: Record types only some roles may write (table -> (roles, refusal)).
WRITERS: dict[str, tuple[Callable[[], frozenset[Role]], str]] = {
    "team": (lambda: frozenset({Role.ADMINISTRATOR}),
             "only an administrator can change teams and user accounts"),
    "user_account": (lambda: frozenset({Role.ADMINISTRATOR}),
                     "only an administrator can change teams and user accounts"),
    "board_meeting": (_board_recorders, "board meetings are recorded by service managers or "
                                        "administrators"),
    "board_attendance": (_board_recorders, "board meetings are recorded by service managers "
                                           "or administrators"),
}


@judges(*WRITERS)
def restricted_writers(change: Change) -> str | None:
    entry = WRITERS[change.table.name]
    if change.actor.role not in entry[0]():
        return entry[1]
    return None


def role_writes(change: Change) -> str | None:
    """Roles limited to some records (specialists, read-only roles) write only those."""
    return write_refusal(change.actor.role, change.table.name)


def _stage_status(session: Session, stage_id: WireValue) -> str | None:
    table = Base.metadata.tables.get("assessment_stage")
    if table is None or not isinstance(stage_id, str):
        return None
    value = session.scalar(select(table.c.status).where(table.c.id == stage_id))
    return str(value) if value is not None else None


def countersigned_locked(change: Change) -> str | None:
    """A countersigned stage, and anything hanging off it, never changes again."""
    if change.table.name == "assessment_stage":
        if locks.is_tombstone("assessment_stage", change.current, change.proposed):
            return None  # judged by locked_tombstones
        current = change.current
        if current is not None and current.get("status") == StageStatus.COUNTERSIGNED \
                and change.changed:
            return LOCKED_MESSAGE
        return None
    if "stage_id" in change.table.c and change.table.name.startswith("assessment_") \
            and change.table.name != "assessment_event":
        ids = {change.proposed.get("stage_id")}
        if change.current is not None:
            ids.add(change.current.get("stage_id"))
        if any(_stage_status(change.session, s) == StageStatus.COUNTERSIGNED for s in ids):
            return LOCKED_MESSAGE
    return None


@judges("assessment_stage")
def countersign_by_team_manager(change: Change) -> str | None:
    """Only a team manager of the child's team may countersign a stage."""
    if change.proposed.get("status") != StageStatus.COUNTERSIGNED:
        return None
    if change.current is not None and change.current.get("status") == StageStatus.COUNTERSIGNED:
        return None
    actor = change.actor
    team = change.session.scalar(
        select(Child.team_id).where(Child.id == change.proposed.get("child_id")))
    if actor.role != Role.TEAM_MANAGER or team is None or team != actor.team_id:
        return "only a team manager of the child's team can countersign an assessment"
    if change.proposed.get("countersigned_by") != actor.user_id:
        return "a countersignature must name the team manager who signs"
    if actor.user_id in (change.proposed.get("author_id"), change.proposed.get("submitted_by")):
        return "nobody can countersign an assessment they wrote or submitted"
    # only a submitted stage: not a draft its author has not put forward (nor its checks)
    status = change.current.get("status") if change.current is not None else None
    return signing.not_submitted_refusal(str(status) if status is not None else None,
                                         "countersign")


RULES: list[Rule] = [
    audit_append_only,
    attested_by_caller,
    locked_tombstones,
    other_child_refusal,
    child_team_moves,
    child_case_manager_changes,
    allocations_by_managers,
    restricted_writers,
    role_writes,
    countersigned_locked,
    countersign_by_team_manager,
]
RULES.extend(CASEWORK_RULES)  # exit plan sign-off lock, amendments, final contacts (issue 4)
RULES.extend(COURT_RULES)  # court reports: court ready by a manager, finalised locked (issue 6)
RULES.extend(identity.RULES)  # audit chain, separation of duties from history (issue 11)
RULES.extend(RETURNS_RULES)  # the YJB return ledger: recorded once, by its producer (issue 15)
RULES.extend(ORDERS_RULES)  # court orders: dated legal limits, panels, ledger, custody (issue 13)
RULES.extend(OOC_RULES)  # out of court: who decides, cautions are never breached (issue 14)
RULES.extend(VICTIM_RULES)  # victims: consent before RJ, summaries without details (issue 14)
RULES.append(plan_victim_rule)  # a plan addresses an identified victim's safety (issue 14)
RULES.extend(PATHWAY_RULES)  # specialist pathways: nothing before the referral (issue 14)
RULES.extend(OVERSIGHT_RULES)  # oversight and case audits are managers' (security review)
RULES.extend(ASSESSMENT_RULES)  # assessments by their team's authors (security review)
# Last: the laptop form's field validation (issue 11), once who may do what has allowed it.
RULES.append(registry.form_validation)


#: :data:`RULES` chosen for each table (:func:`rules_of`), and the list (and its length)
#: they were chosen from.
_CHOSEN: dict[str, list[Rule]] = {}
_CHOSEN_FROM: list[Any] = [None, 0]


def rules_of(table: str) -> list[Rule]:
    """The rules of :data:`RULES` that can refuse a change of ``table``, chosen once a
    table (``services.change_rules.rules_for``): about thirty rules were called on every
    pushed row, most of them only to see that the row was not theirs."""
    if _CHOSEN_FROM[0] is not RULES or _CHOSEN_FROM[1] != len(RULES):
        _CHOSEN.clear()
        _CHOSEN_FROM[:] = [RULES, len(RULES)]
    found = _CHOSEN.get(table)
    if found is None:
        found = _CHOSEN[table] = rules_for(RULES, table)
    return found


def check(change: Change) -> str | None:
    """The first rule's refusal, or None when every rule allows the change."""
    for rule in rules_of(change.table.name):
        message = rule(change)
        if message:
            return message
    return None
