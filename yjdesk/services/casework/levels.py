"""The child's intervention level, which sets contact frequency and plan capacity.

The level comes from the latest countersigned assessment stage's ``intervention_level``;
failing that, from the kind of disposal the child is on ("out_of_court",
"prevention"), else "standard".
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.base import not_deleted
from yjdesk.models.justice import Disposal
from yjdesk.models.statuses import StageStatus

DEFAULT_LEVEL = "standard"
#: Above this many ids, query every row and filter in Python (SQL variable limits).
IN_LIMIT = 500


def for_children(column: Any, child_ids: list[str]) -> ColumnElement[bool]:
    """``column IN child_ids`` for a short list; no restriction for a long one (the caller
    keeps only the children it asked about)."""
    return column.in_(child_ids) if len(child_ids) <= IN_LIMIT else true()


def assessed_levels(session: Session, child_ids: list[str]) -> dict[str, str]:
    """The intervention level of each child's latest countersigned assessment stage."""
    if not child_ids:
        return {}
    out: dict[str, str] = {}
    rows = session.execute(
        select(AssessmentStage.child_id, AssessmentStage.intervention_level)
        .where(for_children(AssessmentStage.child_id, child_ids),
               not_deleted(AssessmentStage),
               AssessmentStage.status == StageStatus.COUNTERSIGNED,
               AssessmentStage.intervention_level.is_not(None))
        .order_by(AssessmentStage.countersigned_at))
    wanted = set(child_ids)
    for child_id, level in rows:
        if child_id in wanted:
            out[child_id] = str(level)  # later rows (newer stages) win
    return out


def disposal_levels(session: Session, child_ids: list[str]) -> dict[str, str]:
    """A level from the category of the child's current disposal, where no assessment says."""
    out: dict[str, str] = {}
    rows = session.execute(
        select(Disposal.child_id, Disposal.category, Disposal.start_date)
        .where(not_deleted(Disposal), Disposal.outcome == "ongoing",
               for_children(Disposal.child_id, child_ids))
        .order_by(Disposal.start_date))
    wanted = set(child_ids)
    for child_id, category, _start in rows:
        if child_id not in wanted:
            continue
        out[child_id] = category if category in ("out_of_court", "prevention") else DEFAULT_LEVEL
    return out


def intervention_levels(session: Session, child_ids: list[str]) -> dict[str, str]:
    levels = {cid: DEFAULT_LEVEL for cid in child_ids}
    levels.update(disposal_levels(session, child_ids))
    levels.update(assessed_levels(session, child_ids))
    return levels


def intervention_level(session: Session, child_id: str) -> str:
    return intervention_levels(session, [child_id])[child_id]
