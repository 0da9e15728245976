"""Victim safety in plans and assessments (issue 14; inspectors found two-thirds of plans
did not address the safety of the actual or potential victim).

Where an offence of the child has an identified victim, the plan's "keeping other people
safe" section (``plan.victim_safety``) must address the victim's safety, or record why it
need not; the assessment's quality check says so too. The rules are pure functions; the
plan service, the assessment quality check and the sync service's push path call them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import exists, or_, select

from yjdesk.models.base import not_deleted
from yjdesk.services.change_rules import judges

PLAN_MESSAGE = ("An offence has an identified victim: say under 'keeping other people safe' "
                "how the plan keeps the victim safe, or record why it need not.")
ASSESSMENT_MESSAGE = ("An offence has an identified victim, and neither this assessment "
                      "('Victim needs and safety') nor the linked plan ('keeping other people "
                      "safe') addresses the victim's safety. Address it, or record why not.")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def plan_problem(identified_victim: bool, victim_safety: str | None) -> str | None:
    """The refusal for a plan that leaves an identified victim's safety unaddressed."""
    return PLAN_MESSAGE if identified_victim and _blank(victim_safety) else None


def assessment_problem(identified_victim: bool, victim_needs: object,
                       plan_addresses_victim: bool) -> str | None:
    if identified_victim and _blank(victim_needs) and not plan_addresses_victim:
        return ASSESSMENT_MESSAGE
    return None


def has_identified_victim(session: Any, child_id: str) -> bool:
    """Does any of the child's offences have an identified victim (marked on the offence,
    or a victim record's safety summary)?"""
    from yjdesk.models.justice import Offence
    from yjdesk.models.victims import VictimSafetySummary

    offence = exists().where(Offence.child_id == child_id, not_deleted(Offence),
                             Offence.victim_involved.is_(True))
    summary = exists().where(VictimSafetySummary.child_id == child_id,
                             not_deleted(VictimSafetySummary))
    return bool(session.scalar(select(or_(offence, summary))))


@judges("plan")
def plan_victim_rule(change: Any) -> str | None:
    """The push path: a new plan, or a change to its victim safety, is judged the same way."""
    if change.proposed.get("deleted"):
        return None
    if change.current is not None and "victim_safety" not in change.changed:
        return None
    child_id = change.proposed.get("child_id")
    if not child_id:
        return None
    message = plan_problem(has_identified_victim(change.session, str(child_id)),
                           change.proposed.get("victim_safety"))
    return message[:1].lower() + message[1:].rstrip(".") if message else None
