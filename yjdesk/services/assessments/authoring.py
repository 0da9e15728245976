"""Who writes a child's assessment (security review, issue 11): one rule for the laptop's
``stages`` service and for the sync service's push path.

Practitioners, court officers and team managers write assessments, and only for children
of their own team (a child with no team: anyone of those roles who holds it). Without the
rule on the push path, anyone holding a child -- an administrator, a service manager, a
practitioner of another team covering the child -- could write or rewrite its assessment.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from yjdesk.models.org import Role
from yjdesk.models.statuses import StageStatus
from yjdesk.services.change_rules import ChangeLike, judges
from yjdesk.services.locks import is_tombstone

AUTHOR_ROLES = (Role.PRACTITIONER, Role.COURT_OFFICER, Role.TEAM_MANAGER)
OTHER_TEAM = "Only staff of the child's team can write their assessments."
NOT_AN_AUTHOR = "Only practitioners, court officers and team managers write assessments."


def author_refusal(role: Role, team_id: str | None, child_team: str | None) -> str | None:
    """A refusal for ``role`` (of ``team_id``) writing an assessment of a child of
    ``child_team``, or None."""
    if role not in AUTHOR_ROLES:
        return NOT_AN_AUTHOR
    if child_team is not None and team_id != child_team:
        return OTHER_TEAM
    return None


def _child_team(change: ChangeLike, row: Mapping[str, Any]) -> str | None:
    from sqlalchemy import select

    from yjdesk.models.child import Child

    child_id = row.get("child_id")
    if change.session is None or not isinstance(child_id, str):
        return None
    with change.session.no_autoflush:
        team = change.session.scalar(select(Child.team_id).where(Child.id == child_id))
    return str(team) if team is not None else None


@judges("assessment_stage", "assessment_answer")
def assessments_by_authors(change: ChangeLike) -> str | None:
    """:func:`author_refusal` for a written stage or answer (a manager's tombstone of a
    countersigned stage is ``services.locks``'s to judge)."""
    if not change.changed or is_tombstone(change.table.name, change.current, change.proposed):
        return None
    actor = change.actor
    return author_refusal(Role(actor.role), actor.team_id,
                          _child_team(change, change.proposed))


def manager_refusal(role: str, team_id: str | None, user_id: str, child_team: str | None,
                    author_id: str | None, submitted_by: str | None,
                    doing: str) -> str | None:
    """Only a team manager of the child's team who did not write or submit a stage
    countersigns or returns it (``doing``): the refusal, or None. The laptop's countersign
    and return, and the push path (:func:`sent_back_by_a_manager`), call it."""
    countersign = doing == "countersign"  # (each message written out whole, to translate)
    if role != Role.TEAM_MANAGER:
        return ("Only a team manager can countersign an assessment." if countersign else
                "Only a team manager can return an assessment.")
    if child_team is None or child_team != team_id:
        return ("Only a manager of the child's team can countersign this assessment."
                if countersign else
                "Only a manager of the child's team can return this assessment.")
    if user_id in (author_id, submitted_by):
        return ("You cannot countersign an assessment you wrote or submitted; another "
                "manager must." if countersign else
                "You cannot return an assessment you wrote or submitted; another manager "
                "must.")
    return None


@judges("assessment_stage")
def sent_back_by_a_manager(change: ChangeLike) -> str | None:
    """A submitted stage goes back to its author (returned, or the manager's own draft)
    only as ``signing.return_stage`` sends it: by a manager of the child's team who did not
    write or submit it (the stage's author and submitter as the service holds them)."""
    current = change.current
    if current is None or current.get("status") != StageStatus.SUBMITTED:
        return None
    if change.proposed.get("status") in (StageStatus.SUBMITTED, StageStatus.COUNTERSIGNED):
        return None  # still waiting, or countersigned (server.rules judges who signs)
    actor = change.actor
    return manager_refusal(actor.role, actor.team_id, actor.user_id,
                           _child_team(change, current), current.get("author_id"),
                           current.get("submitted_by"), "return")


ASSESSMENT_RULES = [assessments_by_authors, sent_back_by_a_manager]
