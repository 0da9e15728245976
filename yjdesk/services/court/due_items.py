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
    from yjdesk.services.due import DueFact

HEARING_HORIZON_DAYS = 14
#: A report's due items by its kind: (quality check, finalise, send), in English, each the
#: same for every child (the view translates them: ``services.due.FIXED_LABELS``).
REPORT_LABELS: dict[str, tuple[str, str, str]] = {
    "psr": ("PSR quality check", "Finalise PSR", "Send PSR to court"),
    "stand_down": ("Stand-down report quality check", "Finalise Stand-down report",
                   "Send Stand-down report to court"),
}
#: Those of a report of any other kind.
OTHER_REPORT_LABELS = ("Court report quality check", "Finalise Court report",
                       "Send Court report to court")


def quality_check_due(due_date: dt.date) -> dt.date:
    """The day a report due on ``due_date`` must have been quality-checked by."""
    policy = current_policy()
    days = policy.court.psr_quality_check_working_days_before_hearing
    return working_days_before(due_date, days)


def court_due_facts(session: Session, child_ids: list[str]) -> dict[str, list[DueFact]]:
    from yjdesk.services.casework.levels import for_children
    from yjdesk.services.due import DueFact, soon

    wanted = set(child_ids)
    out: dict[str, list[DueFact]] = {}
    if not wanted:
        return out
    sent = set(session.scalars(select(PsrSent.psr_id).where(
        not_deleted(PsrSent), for_children(PsrSent.child_id, child_ids))))
    reports = session.execute(
        select(PreSentenceReport.id, PreSentenceReport.child_id, PreSentenceReport.kind,
               PreSentenceReport.status, PreSentenceReport.due_date)
        .where(not_deleted(PreSentenceReport),
               for_children(PreSentenceReport.child_id, child_ids)))
    for psr_id, child_id, kind, status, due in reports:
        if child_id not in wanted or psr_id in sent:
            continue
        check, finalise, send = REPORT_LABELS.get(kind, OTHER_REPORT_LABELS)
        if status == PsrStatus.FINALISED:
            fact = DueFact(due, send, "psr_send", soon(1))
        elif status == PsrStatus.COURT_READY:
            fact = DueFact(due, finalise, "psr_finalise", soon(1))
        else:
            fact = DueFact(quality_check_due(due), check, "psr_check", soon(2))
        out.setdefault(child_id, []).append(fact)
    # a listed hearing shows from a fortnight before it until its day
    hearings = session.execute(
        select(CourtHearing.child_id, CourtHearing.hearing_date, CourtHearing.court_name)
        .where(not_deleted(CourtHearing), CourtHearing.status == HearingStatus.LISTED,
               for_children(CourtHearing.child_id, child_ids)))
    for child_id, day, court in hearings:
        if child_id in wanted:
            # the court's name as printed (the view translates "Court: %1" around it)
            out.setdefault(child_id, []).append(DueFact(
                day, "Court: %1", "hearing", soon(2),
                shown_from=day - dt.timedelta(days=HEARING_HORIZON_DAYS), shown_until=day,
                args=(court,)))
    return out

