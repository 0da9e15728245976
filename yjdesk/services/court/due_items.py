"""Court work on the caseload's "next due" column.

* A report not yet court ready falls due for its quality check
  ``court.psr_quality_check_working_days_before_hearing`` working days before it is due.
* A court-ready report is to be finalised, and a finalised one sent, by its due date.
* A listed hearing in the next fortnight shows as the hearing itself.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.court import CourtHearing, PreSentenceReport, PsrSent
from yjdesk.models.statuses import HearingStatus, PsrStatus
from yjdesk.services.policy import current_policy
from yjdesk.services.workdays import working_days_before

if TYPE_CHECKING:
    from yjdesk.services.due import DueItem

HEARING_HORIZON_DAYS = 14


def quality_check_due(due_date: dt.date) -> dt.date:
    """The day a report due on ``due_date`` must have been quality-checked by."""
    policy = current_policy()
    days = policy.court.psr_quality_check_working_days_before_hearing
    return working_days_before(due_date, days)


def court_due(session: Session, child_ids: list[str],
              today: dt.date) -> dict[str, list[DueItem]]:
    from yjdesk.services.due import DueItem, state_for

    wanted = set(child_ids)
    out: dict[str, list[DueItem]] = {}
    if not wanted:
        return out
    sent = set(session.scalars(select(PsrSent.psr_id).where(not_deleted(PsrSent))))
    reports = session.execute(
        select(PreSentenceReport.id, PreSentenceReport.child_id, PreSentenceReport.kind,
               PreSentenceReport.status, PreSentenceReport.due_date)
        .where(not_deleted(PreSentenceReport)))
    name = {"psr": "PSR", "stand_down": "Stand-down report"}
    for psr_id, child_id, kind, status, due in reports:
        if child_id not in wanted or psr_id in sent:
            continue
        label = name.get(kind, "Court report")
        if status == PsrStatus.FINALISED:
            item = DueItem(state_for(due, today, 1), due, f"Send {label} to court", "psr_send")
        elif status == PsrStatus.COURT_READY:
            item = DueItem(state_for(due, today, 1), due, f"Finalise {label}", "psr_finalise")
        else:
            check = quality_check_due(due)
            item = DueItem(state_for(check, today, 2), check, f"{label} quality check",
                           "psr_check")
        out.setdefault(child_id, []).append(item)
    horizon = today + dt.timedelta(days=HEARING_HORIZON_DAYS)
    hearings = session.execute(
        select(CourtHearing.child_id, CourtHearing.hearing_date, CourtHearing.court_name)
        .where(not_deleted(CourtHearing), CourtHearing.status == HearingStatus.LISTED,
               CourtHearing.hearing_date >= today, CourtHearing.hearing_date <= horizon))
    for child_id, day, court in hearings:
        if child_id in wanted:
            out.setdefault(child_id, []).append(
                DueItem(state_for(day, today, 2), day, f"Court: {court}", "hearing"))
    return out
