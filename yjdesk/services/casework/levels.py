"""The child's intervention level, which sets contact frequency and plan capacity.

The level comes from the latest countersigned assessment stage's ``intervention_level``;
failing that, from the kind of disposal the child is on ("out_of_court",
"prevention"), else "standard".
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.justice import Disposal

DEFAULT_LEVEL = "standard"


def assessed_levels(session: Session, child_ids: list[str]) -> dict[str, str]:
    """The intervention level of each child's latest countersigned assessment stage."""
    if not child_ids:
        return {}
    out: dict[str, str] = {}
    rows = session.execute(
        select(AssessmentStage.child_id, AssessmentStage.intervention_level)
        .where(AssessmentStage.child_id.in_(child_ids), AssessmentStage.deleted.is_(False),
               AssessmentStage.status == "countersigned",
               AssessmentStage.intervention_level.is_not(None))
        .order_by(AssessmentStage.countersigned_at))
    for child_id, level in rows:
        out[child_id] = str(level)  # later rows (newer stages) win
    return out


def disposal_levels(session: Session, child_ids: list[str]) -> dict[str, str]:
    """A level from the category of the child's current disposal, where no assessment says."""
    out: dict[str, str] = {}
    rows = session.execute(
        select(Disposal.child_id, Disposal.category, Disposal.start_date)
        .where(Disposal.deleted.is_(False), Disposal.outcome == "ongoing",
               Disposal.child_id.in_(child_ids))
        .order_by(Disposal.start_date))
    for child_id, category, _start in rows:
        out[child_id] = category if category in ("out_of_court", "prevention") else DEFAULT_LEVEL
    return out


def intervention_levels(session: Session, child_ids: list[str]) -> dict[str, str]:
    levels = {cid: DEFAULT_LEVEL for cid in child_ids}
    levels.update(disposal_levels(session, child_ids))
    levels.update(assessed_levels(session, child_ids))
    return levels


def intervention_level(session: Session, child_id: str) -> str:
    return intervention_levels(session, [child_id])[child_id]
