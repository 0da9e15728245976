"""Assessments and countersigning (issue 3).

Modules: :mod:`forms` (versioned form definitions in ``resources/forms``), :mod:`stages`
(create, edit, carry forward), :mod:`signing` (submit, return, countersign,
verify, the countersign queue), :mod:`quality` (checks before
submission), :mod:`timeliness` (working-day due dates and the caseload provider),
:mod:`hashing` (canonical content and its SHA-256).

Other feature areas use :func:`latest_countersigned_stage` (the PSR pre-fills from it).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.base import not_deleted
from yjdesk.models.statuses import StageStatus


def latest_countersigned_stage(session: Session, child_id: str) -> AssessmentStage | None:
    """The child's most recently countersigned assessment stage, or None."""
    return session.scalars(
        select(AssessmentStage)
        .where(AssessmentStage.child_id == child_id, not_deleted(AssessmentStage),
               AssessmentStage.status == StageStatus.COUNTERSIGNED)
        .order_by(AssessmentStage.countersigned_at.desc())
        .limit(1)
    ).first()
