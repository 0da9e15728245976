"""Assessment due dates (DOMAIN.md "Timescales").

Working days are counted by :mod:`yjdesk.services.workdays` (weekends and the bank holidays
of England and Wales excluded). Timescales come from the policy file, keys under
``"assessment"``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.base import not_deleted
from yjdesk.models.court import CourtHearing
from yjdesk.models.justice import Disposal
from yjdesk.models.statuses import HearingStatus, StageStatus
from yjdesk.services.casework.levels import for_children
from yjdesk.services.due import DueFact, DueState, soon
from yjdesk.services.policy import current_policy
from yjdesk.services.workdays import (
    add_working_days,
    is_working_day,
    previous_working_day,
    working_days_between,
)

#: The due item of a stage to finish, by its type (``models.assessment.STAGE_TYPES``), in
#: English, the same for every child (the view translates them: ``due.FIXED_LABELS``); a
#: stage of another type is "Assessment (%1)" with the type as stored.
STAGE_LABELS: dict[str, str] = {
    "start": "Assessment (start)", "review": "Assessment (review)",
    "end": "Assessment (end)", "transfer_in": "Assessment (transfer in)"}

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


def assessment_due_facts(session: Session, child_ids: list[str]) -> dict[str, list[DueFact]]:
    """The caseload's rule: stages to finish, stages awaiting a countersign, and ongoing
    interventions that have no assessment at all yet.

    Set-based: one query per kind of row for all the children asked about (plain columns,
    no ORM objects). An intervention not yet assessed is due by :func:`assessment_due`,
    which depends on the next court date: one fact for each stretch of days between two
    listed hearings (the days it shows), so the facts hold whatever the day."""
    out: dict[str, list[DueFact]] = {}
    if not child_ids:
        return out
    wanted = set(child_ids)
    rule = soon(current_policy().assessment.due_soon_working_days, working=True)

    def add(child_id: str, due: dt.date, label: str, kind: str,
            shown_from: dt.date | None = None, shown_until: dt.date | None = None,
            args: tuple[str, ...] = ()) -> None:
        out.setdefault(child_id, []).append(DueFact(due, label, kind, rule, shown_from,
                                                    shown_until, args=args))

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
            if stage_type in STAGE_LABELS:
                add(child_id, due_on, STAGE_LABELS[stage_type], "assessment")
            else:
                add(child_id, due_on, "Assessment (%1)", "assessment",
                    args=(stage_type.replace("_", " "),))
    unassessed = [(child_id, start) for disposal_id, child_id, start in session.execute(
        select(Disposal.id, Disposal.child_id, Disposal.start_date)
        .where(not_deleted(Disposal), Disposal.outcome == "ongoing",
               for_children(Disposal.child_id, child_ids)))
        if disposal_id not in assessed and child_id in wanted]
    if not unassessed:
        return out
    hearings: dict[str, list[dt.date]] = {}
    for child, day in session.execute(
            select(CourtHearing.child_id, CourtHearing.hearing_date)
            .where(for_children(CourtHearing.child_id, [c for c, _s in unassessed]),
                   not_deleted(CourtHearing), CourtHearing.status == HearingStatus.LISTED)
            .distinct()):
        hearings.setdefault(child, []).append(day)
    for child_id, start in unassessed:
        # the days up to each hearing have that hearing as the next court date
        shown_from: dt.date | None = None
        for day in sorted(hearings.get(child_id, ())):
            add(child_id, assessment_due(start, next_court=day), "Assessment not started",
                "assessment", shown_from, day)
            shown_from = day + dt.timedelta(days=1)
        add(child_id, assessment_due(start), "Assessment not started", "assessment",
            shown_from)
    return out

