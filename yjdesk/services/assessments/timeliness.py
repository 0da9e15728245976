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
from yjdesk.models.base import not_deleted
from yjdesk.models.court import CourtHearing
from yjdesk.models.justice import Disposal
from yjdesk.models.statuses import HearingStatus, StageStatus
from yjdesk.services.casework.levels import for_children
from yjdesk.services.due import DueItem, DueState
from yjdesk.services.policy import current_policy
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
        .where(CourtHearing.child_id == child_id, not_deleted(CourtHearing),
               CourtHearing.status == HearingStatus.LISTED, CourtHearing.hearing_date >= today)
        .order_by(CourtHearing.hearing_date).limit(1))


def assessment_due(start: dt.date, *, next_court: dt.date | None = None) -> dt.date:
    """Due N working days after the intervention starts, or the working day before the
    next court date if that is sooner."""
    pol = current_policy()
    due = add_working_days(start, pol.assessment.due_working_days_from_start)
    if next_court is not None and next_court > start:
        due = min(due, previous_working_day(next_court))
    return due


def countersign_due(submitted_on: dt.date) -> dt.date:
    pol = current_policy()
    return add_working_days(submitted_on, pol.assessment.countersign_working_days)


def due_state(due: dt.date, today: dt.date) -> DueState:
    pol = current_policy()
    if due < today:
        return DueState.OVERDUE
    if due <= add_working_days(today, pol.assessment.due_soon_working_days):
        return DueState.DUE_SOON
    return DueState.UPCOMING


def assessment_due_items(session: Session, child_ids: list[str],
                         today: dt.date) -> dict[str, list[DueItem]]:
    """The caseload provider: stages to finish, stages awaiting a countersign, and ongoing
    interventions that have no assessment at all yet.

    Set-based: one query per kind of row for all the children asked about (plain columns,
    no ORM objects), so the whole caseload's items take a few queries.
    """
    out: dict[str, list[DueItem]] = {}
    if not child_ids:
        return out
    wanted = set(child_ids)

    def add(child_id: str, due: dt.date, label: str, kind: str) -> None:
        out.setdefault(child_id, []).append(DueItem(due_state(due, today), due, label,
                                                    kind))

    assessed: set[str] = set()
    for child_id, disposal_id, status, stage_type, due_on, countersign_due_on in \
            session.execute(select(
                AssessmentStage.child_id, AssessmentStage.disposal_id, AssessmentStage.status,
                AssessmentStage.stage_type, AssessmentStage.due_on,
                AssessmentStage.countersign_due_on)
                .where(not_deleted(AssessmentStage),
                       for_children(AssessmentStage.child_id, child_ids))):
        if child_id not in wanted:
            continue
        assessed.add(disposal_id)
        if status == StageStatus.SUBMITTED and countersign_due_on is not None:
            add(child_id, countersign_due_on, "Assessment countersign", "assessment_sign")
        elif status in (StageStatus.DRAFT, StageStatus.RETURNED):
            add(child_id, due_on, f"Assessment ({stage_type.replace('_', ' ')})",
                "assessment")
    hearings: dict[str, dt.date] = {child: day for child, day in session.execute(
        select(CourtHearing.child_id, func.min(CourtHearing.hearing_date))
        .where(for_children(CourtHearing.child_id, child_ids),
               not_deleted(CourtHearing), CourtHearing.status == HearingStatus.LISTED,
               CourtHearing.hearing_date >= today)
        .group_by(CourtHearing.child_id))}
    for disposal_id, child_id, start in session.execute(
            select(Disposal.id, Disposal.child_id, Disposal.start_date)
            .where(not_deleted(Disposal), Disposal.outcome == "ongoing",
                   for_children(Disposal.child_id, child_ids))):
        if disposal_id not in assessed and child_id in wanted:
            add(child_id, assessment_due(start, next_court=hearings.get(child_id)),
                "Assessment not started", "assessment")
    return out
