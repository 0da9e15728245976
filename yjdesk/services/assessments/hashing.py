"""Canonical content of an assessment stage and its SHA-256.

The canonical form is JSON with sorted keys and no spaces: the stage's identity, every
rating, rationale and structured fact, and every answer (sorted by question key) with its
"yet to clarify" flag, "as at" date and provenance. Countersigning stores the hash;
:func:`content_hash` recomputed later must give the same value.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from typing import Any

from yjdesk.models.assessment import AssessmentAnswer, AssessmentStage

IDENTITY = ("id", "child_id", "disposal_id", "stage_type", "form_version",
            "previous_stage_id", "author_id", "started_on", "submitted_by",
            "countersigned_by", "countersigned_at")
CONTENT_COLUMNS = (
    "likelihood_reoffending", "likelihood_rationale", "rosh", "rosh_rationale",
    "safety_wellbeing", "safety_wellbeing_rationale", "mappa_eligible", "mappa_category",
    "mappa_level", "mappa_rationale", "intervention_level", "intervention_level_rationale",
    "contingency_plan", "plan_id", "accommodation_type", "accommodation_suitable",
    "ete_status", "ete_hours", "send", "ehcp", "learning_plan", "mental_health_need",
    "mental_health_intervention", "substance_misuse_need", "substance_misuse_intervention",
    "criminal_exploitation", "sexual_exploitation", "county_lines", "missing_episodes",
)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


#: Who submitted and countersigned: in the hash, but not what a submission fixes.
SIGNATURE = ("submitted_by", "countersigned_by", "countersigned_at")


def canonical_content(stage: AssessmentStage, answers: Iterable[AssessmentAnswer], *,
                      signature: bool = True) -> str:
    """The canonical JSON; without ``signature``, the content only (what a submitted stage
    keeps until a manager returns it: ``services.assessments.signed_set``)."""
    rows = sorted((a for a in answers if not a.deleted), key=lambda a: a.question_key)
    doc = {
        "stage": {k: _plain(getattr(stage, k)) for k in IDENTITY
                  if signature or k not in SIGNATURE},
        "conclusions": {k: _plain(getattr(stage, k)) for k in CONTENT_COLUMNS},
        "answers": [
            [a.question_key, json.loads(a.value) if a.value is not None else None,
             bool(a.yet_to_clarify), _plain(a.as_at), a.carried_forward_from, bool(a.changed)]
            for a in rows
        ],
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(stage: AssessmentStage, answers: Iterable[AssessmentAnswer]) -> str:
    return hashlib.sha256(canonical_content(stage, answers).encode("utf-8")).hexdigest()
