"""Shared builders for the assessment tests (no tests of its own)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from yjdesk.models import Role, UserAccount
from yjdesk.services import justice
from yjdesk.services.profile import device_id
from yjdesk.services.uow import Actor

#: Answers that pass every quality check (ratings medium, self-assessments reflected).
COMPLETE: dict[str, Any] = {
    "accommodation_type": "family_home", "accommodation_suitable": True,
    "living_notes": "Lives with mum and two younger sisters.",
    "ete_status": "school_part_time", "ete_hours": 15, "send": True, "ehcp": False,
    "learning_plan": True, "mental_health_need": True,
    "mental_health_intervention": "offered", "self_harm_history": False,
    "self_harm_current": False, "substance_misuse_need": False,
    "criminal_exploitation": False, "sexual_exploitation": False, "county_lines": "none",
    "missing_episodes": False,
    "offence_analysis": "Robbery of a phone with two older peers; Jay says he was scared.",
    "strengths": "Close to his nan; loves football; attends boxing.",
    "child_wellbeing": 3, "child_worries": "Getting kicked out of school.",
    "child_hurt_self": False, "child_unsafe": False,
    "child_help_wanted": "Help with maths and getting back to full days.",
    "parent_worries": "The older lads he hangs around with.",
    "parent_safety_concern": False, "parent_support_wanted": "Someone to talk to school.",
    "self_assessment_reflection": "Jay and his mum both named the older peer group; this "
                                  "shaped the likelihood rating and the ETE target.",
    "likelihood_reoffending": "medium",
    "likelihood_rationale": "First offence but strong peer influence and part-time school.",
    "rosh": "medium", "rosh_rationale": "Used intimidation in a group; no weapon.",
    "safety_wellbeing": "medium",
    "safety_wellbeing_rationale": "Part-time timetable leaves unsupervised time with peers.",
    "mappa_eligible": False, "intervention_level": "enhanced",
    "intervention_level_rationale": "Medium ratings with a peer-influence pattern.",
    "sources_consulted": "Children's social care, school, police intelligence.",
}


def add_disposal(session: Any, child_id: str, start: dt.date = dt.date(2026, 11, 2),
                 kind: str = "referral_order", end: dt.date | None = None) -> str:
    months = {"referral_order": 6}.get(kind)
    end = end or (start + dt.timedelta(days=31 * months) if months else None)
    disp = justice.add_disposal(session, child_id, justice.DisposalInput(
        disposal_type=kind, decision_date=start, start_date=start, end_date=end))
    return disp.id


def make_user(session: Any, team_id: str | None, role: Role, username: str,
              name: str) -> Actor:
    user = UserAccount(username=username, display_name=name, role=role, team_id=team_id)
    session.add(user)
    session.flush()
    return Actor(user.id, role, team_id, device_id(session), name)
