"""Assessment due dates (DOMAIN.md "Timescales").

Working days are counted by :mod:`yjdesk.services.workdays` (weekends and the bank holidays
of England and Wales excluded). Timescales come from the policy file, keys under
``"assessment"``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.court import CourtHearing
from yjdesk.models.justice import Disposal
from yjdesk.models.statuses import HearingStatus, StageStatus
from yjdesk.services.due import DueItem, DueState
from yjdesk.services.policy import Policy, default_policy
from yjdesk.services.workdays import (
    add_working_days,
    is_working_day,
    previous_working_day,
    working_days_between,
)

__all__ = ["add_working_days", "is_working_day", "previous_working_day",
           "working_days_between"]


def next_court_date(session: Session, child_id: str, today: dt.date) -> dt.date | None:
    """The child's next listed court hearing on or after ``today``."""
    return session.scalar(
        select(CourtHearing.hearing_date)
        .where(CourtHearing.child_id == child_id, CourtHearing.deleted.is_(False),
               CourtHearing.status == HearingStatus.LISTED, CourtHearing.hearing_date >= today)
        .order_by(CourtHearing.hearing_date).limit(1))


def assessment_due(start: dt.date, *, next_court: dt.date | None = None,
                   policy: Policy | None = None) -> dt.date:
    """Due N working days after the intervention starts, or the working day before the
    next court date if that is sooner."""
    pol = policy or default_policy()
    due = add_working_days(start, pol.int("assessment", "due_working_days_from_start"))
    if next_court is not None and next_court > start:
        due = min(due, previous_working_day(next_court))
    return due


def countersign_due(submitted_on: dt.date, policy: Policy | None = None) -> dt.date:
    pol = policy or default_policy()
    return add_working_days(submitted_on, pol.int("assessment", "countersign_working_days"))


def due_state(due: dt.date, today: dt.date, policy: Policy | None = None) -> DueState:
    pol = policy or default_policy()
    if due < today:
        return DueState.OVERDUE
    if due <= add_working_days(today, pol.int("assessment", "due_soon_working_days")):
        return DueState.DUE_SOON
    return DueState.UPCOMING


def assessment_due_items(session: Session, child_ids: list[str],
                         today: dt.date) -> dict[str, list[DueItem]]:
    """The caseload provider: stages to finish, stages awaiting a countersign, and ongoing
    interventions that have no assessment at all yet."""
    out: dict[str, list[DueItem]] = {}

    def add(child_id: str, due: dt.date, label: str, kind: str) -> None:
        out.setdefault(child_id, []).append(DueItem(due_state(due, today), due, label, kind))

    for start in range(0, len(child_ids), 500):
        chunk = child_ids[start:start + 500]
        assessed: set[str] = set()
        for st in session.scalars(select(AssessmentStage).where(
                AssessmentStage.deleted.is_(False), AssessmentStage.child_id.in_(chunk))):
            assessed.add(st.disposal_id)
            if st.status == StageStatus.SUBMITTED and st.countersign_due_on is not None:
                add(st.child_id, st.countersign_due_on, "Assessment countersign",
                    "assessment_sign")
            elif st.status in (StageStatus.DRAFT, StageStatus.RETURNED):
                add(st.child_id, st.due_on,
                    f"Assessment ({st.stage_type.replace('_', ' ')})", "assessment")
        hearings: dict[str, dt.date] = {child: day for child, day in session.execute(
            select(CourtHearing.child_id, func.min(CourtHearing.hearing_date))
            .where(CourtHearing.child_id.in_(chunk), CourtHearing.deleted.is_(False),
                   CourtHearing.status == HearingStatus.LISTED, CourtHearing.hearing_date >= today)
            .group_by(CourtHearing.child_id))}
        for disp in session.scalars(select(Disposal).where(
                Disposal.deleted.is_(False), Disposal.outcome == "ongoing",
                Disposal.child_id.in_(chunk))):
            if disp.id not in assessed:
                add(disp.child_id,
                    assessment_due(disp.start_date, next_court=hearings.get(disp.child_id)),
                    "Assessment not started", "assessment")
    return out
