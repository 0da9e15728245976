"""Pre-filling a court report from the child's latest countersigned assessment stage.

The ratings and their rationales are copied as they are (the court must see the assessed
ratings); the text sections are drafted from the stage's answers only where the author has
not written anything yet. The report names the stage it came from, and
:func:`assessment_warnings` says when there is none or it is older than policy allows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Session

from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.court import PreSentenceReport
from yjdesk.services.assessments import latest_countersigned_stage
from yjdesk.services.assessments.stages import answers, values_of
from yjdesk.services.humanise import date_text, uk_time
from yjdesk.services.policy import current_policy

SOURCE_PREFIX = "AssetPlus assessment"

#: Report section <- assessment answers (question keys), joined in this order.
TEXT_FROM_ANSWERS: dict[str, tuple[str, ...]] = {
    "offence_analysis": ("offence_analysis", "offending_patterns", "attitudes", "victims"),
    "circumstances": ("living_notes", "parenting", "family_relationships", "ete_notes"),
    "maturity": ("maturity",),
    "needs": ("physical_health", "mental_health_notes", "substance_notes",
              "lifestyle_notes"),
    "strengths": ("strengths", "goals"),
}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def prefill(session: Session, psr: PreSentenceReport) -> AssessmentStage | None:
    """Copy the latest countersigned stage into ``psr``; return the stage (None if none)."""
    stage = latest_countersigned_stage(session, psr.child_id)
    sources = [s for s in (psr.sources or "").splitlines()
               if s.strip() and not s.startswith(SOURCE_PREFIX)]
    if stage is None:
        psr.source_stage_id = None
        psr.source_stage_countersigned_at = None
        psr.sources = "\n".join(sources) or None
        return None
    psr.source_stage_id = stage.id
    psr.source_stage_countersigned_at = stage.countersigned_at
    psr.likelihood_of_reoffending = stage.likelihood_reoffending
    psr.reoffending_rationale = stage.likelihood_rationale
    psr.risk_of_serious_harm = stage.rosh
    psr.serious_harm_rationale = stage.rosh_rationale
    psr.safety_wellbeing = stage.safety_wellbeing
    psr.safety_wellbeing_rationale = stage.safety_wellbeing_rationale
    values = values_of(answers(session, stage.id))
    for section, keys in TEXT_FROM_ANSWERS.items():
        if getattr(psr, section):
            continue
        parts = [_text(values.get(k)) for k in keys]
        drafted = "\n\n".join(p for p in parts if p)
        if drafted:
            setattr(psr, section, drafted)
    signed = stage.countersigned_at
    line = SOURCE_PREFIX + (f", countersigned {date_text(signed)}"  # its UK date
                            if signed else "")
    consulted = [s.strip() for s in _text(values.get("sources_consulted")).splitlines()
                 if s.strip() and s.strip() not in sources]
    psr.sources = "\n".join([line, *sources, *consulted])
    return stage


def assessment_warnings(psr: PreSentenceReport, today: dt.date) -> list[str]:
    """Why the assessment behind a report may not be good enough to rely on."""
    policy = current_policy()
    months = policy.court.assessment_max_age_months_for_psr
    if psr.source_stage_id is None or psr.source_stage_countersigned_at is None:
        return ["There is no countersigned assessment for this child: the ratings must be "
                "assessed and written for this report."]
    signed = uk_time(psr.source_stage_countersigned_at).date()
    if signed + relativedelta(months=months) < today:
        return [f"The latest countersigned assessment is from {date_text(signed)}, older than "
                f"the {months} months policy allows: review it before relying on it."]
    return []
