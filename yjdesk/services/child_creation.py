"""Who may add a child, and to which team (issue 11, finding 7): one rule for the laptop's
``services.children.create_child`` and the sync service's push path.

A service manager or an administrator adds a child anywhere; everyone else who may add
children adds them only to their own team, and a practitioner only to their own
caseload. The refusal never says whether the child (or its case number) exists elsewhere.

Moving a child to another team (security review) is for a service manager or an
administrator, or the team manager of the child's team (:func:`team_move_refusal`, a rule
the laptop and the push path run on every child row): a practitioner could otherwise take
a child out of their own manager's oversight, or put one into another team's caseload.

Allocations decide who holds a child (``server.scope``): they are written by the same
managers (:func:`allocation_refusal`), and by no one else but a practitioner adding a child,
whose own case-manager allocation goes with it. Anyone holding a child could otherwise give
themselves a lasting "cover" (kept when a manager reallocates the child) or give the child
to anyone, in any team.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from yjdesk.models.org import Role
from yjdesk.services.change_rules import ChangeLike, judges

#: Roles that may add children.
CREATORS = frozenset({Role.PRACTITIONER, Role.COURT_OFFICER, Role.TEAM_MANAGER,
                      Role.SERVICE_MANAGER, Role.ADMINISTRATOR})
#: Roles that may add a child to any team.
ANY_TEAM = frozenset({Role.SERVICE_MANAGER, Role.ADMINISTRATOR})

NOT_A_CREATOR = "your role cannot add children"
OTHER_TEAM = "you can add a child only to your own team"
OWN_CASELOAD = "a child you add goes in your own caseload: you must be its case manager"


def creation_refusal(role: Role | str, user_id: str, team_id: str | None,
                     row: Mapping[str, Any]) -> str | None:
    """A refusal for adding the child ``row`` (wire or model values), or None."""
    if role not in CREATORS:
        return NOT_A_CREATOR
    if role in ANY_TEAM:
        return None
    if team_id is None or row.get("team_id") != team_id:
        return OTHER_TEAM
    if role == Role.PRACTITIONER and row.get("case_manager_id") != user_id:
        return OWN_CASELOAD
    return None


OTHER_TEAM_MOVE = ("only a manager of the child's team, a service manager or an "
                   "administrator can move a child to another team")


def team_move_refusal(role: Role | str, team_id: str | None,
                      before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> str | None:
    """A refusal for changing a stored child's team (``before`` None: a new child, judged
    by :func:`creation_refusal`), or None."""
    if before is None or "team_id" not in after or after.get("team_id") == before.get("team_id"):
        return None
    if role in ANY_TEAM:
        return None
    if role == Role.TEAM_MANAGER and team_id is not None and before.get("team_id") == team_id:
        return None
    return OTHER_TEAM_MOVE


@judges("child")
def child_team_moves(change: ChangeLike) -> str | None:
    """:func:`team_move_refusal` as a change rule (laptop and service)."""
    actor = change.actor
    return team_move_refusal(actor.role, actor.team_id, change.current, change.proposed)


CASE_MANAGER_CHANGE = ("only a manager of the child's team, a service manager or an "
                       "administrator can change a child's case manager")


def case_manager_refusal(role: Role | str, team_id: str | None,
                         before: Mapping[str, Any] | None,
                         after: Mapping[str, Any]) -> str | None:
    """A refusal for changing a stored child's case manager (``before`` None: a new child,
    judged by :func:`creation_refusal`), or None. The case manager decides who holds the
    child: whoever holds it must not hand it to someone else (another team's practitioner)
    or take it over; a reallocation is a manager's (:func:`allocation_refusal`)."""
    if before is None or "case_manager_id" not in after or \
            after.get("case_manager_id") == before.get("case_manager_id"):
        return None
    if role in ANY_TEAM:
        return None
    if role == Role.TEAM_MANAGER and team_id is not None and before.get("team_id") == team_id:
        return None
    return CASE_MANAGER_CHANGE


@judges("child")
def child_case_manager_changes(change: ChangeLike) -> str | None:
    """:func:`case_manager_refusal` as a change rule (laptop and service)."""
    actor = change.actor
    return case_manager_refusal(actor.role, actor.team_id, change.current, change.proposed)


ALLOCATORS = "only a manager of the child's team, a service manager or an administrator " \
             "can allocate a child"


def allocation_refusal(role: Role | str, user_id: str, team_id: str | None,
                       child: Mapping[str, Any] | None, before: Mapping[str, Any] | None,
                       after: Mapping[str, Any]) -> str | None:
    """A refusal for writing the allocation ``after`` (``before``: as stored, None for a new
    one) of ``child`` (its stored ``team_id`` and ``case_manager_id``; None: not stored), or
    None."""
    if role in ANY_TEAM:
        return None
    child_team = child.get("team_id") if child is not None else None
    if role == Role.TEAM_MANAGER and team_id is not None and child_team == team_id:
        return None
    own_new_case = (before is None and not after.get("deleted")
                    and after.get("user_id") == user_id
                    and after.get("allocation_role") == "case_manager"
                    and child is not None and child.get("case_manager_id") == user_id)
    return None if own_new_case else ALLOCATORS


@judges("allocation")
def allocations_by_managers(change: ChangeLike) -> str | None:
    """:func:`allocation_refusal` as a change rule (laptop and service)."""
    from yjdesk.models.child import Child

    actor = change.actor
    if actor.role in ANY_TEAM:
        return None
    child_id = change.proposed.get("child_id")
    child: Mapping[str, Any] | None = None
    if isinstance(child_id, str) and change.session is not None:
        with change.session.no_autoflush:
            found = change.session.execute(select(Child.team_id, Child.case_manager_id)
                                           .where(Child.id == child_id)).first()
        child = dict(found._mapping) if found is not None else None
    return allocation_refusal(actor.role, actor.user_id, actor.team_id, child,
                              change.current, change.proposed)
