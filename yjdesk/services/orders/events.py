"""Reviews follow events (issue 13): recording a new offence, a hearing outcome, a remand or
custody episode, or a change of address makes a review of the plan due without the
practitioner having to remember (``services.casework.reviews.record_event``, due within
``assessment.review_after_significant_change_working_days`` working days). Missing
episodes and school exclusions are recorded as events and make theirs due the same way.

Only a child the service is working with (an ongoing disposal) gets a review; one event
date makes one review, however many records it touches. Where the policy says
(``assessment.reassess_after_events``), the event also makes an assessment review due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Set
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.casework import CaseEvent, Review
from yjdesk.models.justice import Disposal
from yjdesk.models.statuses import ReviewStatus
from yjdesk.services.codes import codelist
from yjdesk.services.policy import Policy

if TYPE_CHECKING:
    from yjdesk.services.due import DueFact


def follow_event(session: Session, child_id: str, trigger: str, on: dt.date,
                 detail: str | None = None, offence_id: str | None = None) -> Review | None:
    """Make a review due because of ``trigger`` on ``on`` (None when none is needed)."""
    ongoing = session.scalar(select(Disposal.id).where(
        Disposal.child_id == child_id, not_deleted(Disposal),
        Disposal.outcome == "ongoing").limit(1))
    if ongoing is None:
        return None
    already = session.scalar(
        select(Review.id).join(CaseEvent, CaseEvent.id == Review.event_id)
        .where(Review.child_id == child_id, not_deleted(Review),
               Review.status == ReviewStatus.DUE, CaseEvent.event_date == on).limit(1))
    if already is not None:
        return None
    from yjdesk.services.casework.reviews import EventInput, record_event

    _event, review = record_event(session, child_id, EventInput(
        trigger, on, detail, offence_id), max(on, dt.date.today()))
    return review


def assessment_reviews_due(session: Session, child_ids: Set[str],
                           policy: Policy) -> dict[str, list[DueFact]]:
    """Where the policy says (``assessment.reassess_after_events``), an event also makes an
    assessment review due, until an assessment stage is started on or after the event."""
    from yjdesk.models.assessment import AssessmentStage
    from yjdesk.services.casework.levels import for_children
    from yjdesk.services.due import DueFact, soon
    from yjdesk.services.workdays import add_working_days

    out: dict[str, list[DueFact]] = {}
    triggers = list(policy.assessment.reassess_after_events or [])
    if not child_ids or not triggers:
        return out
    days = policy.assessment.review_after_significant_change_working_days
    labels = codelist("review_trigger")
    latest: dict[str, tuple[dt.date, str]] = {}
    for child_id, day, trigger in session.execute(
            select(CaseEvent.child_id, CaseEvent.event_date, CaseEvent.event_type)
            .where(not_deleted(CaseEvent), CaseEvent.event_type.in_(triggers),
                   for_children(CaseEvent.child_id, sorted(child_ids)))):
        if child_id in child_ids and (child_id not in latest or day > latest[child_id][0]):
            latest[child_id] = (day, trigger)
    # the last stage started, only for the children with such an event (issue 16)
    started: dict[str, dt.date] = {}
    ids = sorted(latest)
    for at in range(0, len(ids), 500):
        started.update((cid, day) for cid, day in session.execute(
            select(AssessmentStage.child_id, func.max(AssessmentStage.started_on))
            .where(not_deleted(AssessmentStage),
                   AssessmentStage.child_id.in_(ids[at:at + 500]))
            .group_by(AssessmentStage.child_id)))
    for child_id, (day, trigger) in latest.items():
        last = started.get(child_id)
        if last is not None and last >= day:
            continue
        due = add_working_days(day, days)
        out.setdefault(child_id, []).append(DueFact(
            due, "Assessment review after %1", "assessment", soon(5),
            args=(labels.label(trigger),)))
    return out
