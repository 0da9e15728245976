"""Reviews follow events (issue 13): recording a new offence, a hearing outcome, a remand or
custody episode, or a change of address makes a review of the plan due without the
practitioner having to remember (``services.casework.reviews.record_event``, due within
``assessment.review_after_significant_change_working_days`` working days). Missing
episodes and school exclusions are recorded as events and make theirs due the same way.

Only a child the service is working with (an ongoing disposal) gets a review; one event
date makes one review, however many records it touches.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.casework import CaseEvent, Review
from yjdesk.models.justice import Disposal
from yjdesk.models.statuses import ReviewStatus


def follow_event(session: Session, child_id: str, trigger: str, on: dt.date,
                 detail: str | None = None, offence_id: str | None = None) -> Review | None:
    """Make a review due because of ``trigger`` on ``on`` (None when none is needed)."""
    ongoing = session.scalar(select(Disposal.id).where(
        Disposal.child_id == child_id, Disposal.deleted.is_(False),
        Disposal.outcome == "ongoing").limit(1))
    if ongoing is None:
        return None
    already = session.scalar(
        select(Review.id).join(CaseEvent, CaseEvent.id == Review.event_id)
        .where(Review.child_id == child_id, Review.deleted.is_(False),
               Review.status == ReviewStatus.DUE, CaseEvent.event_date == on).limit(1))
    if already is not None:
        return None
    from yjdesk.services.casework.reviews import EventInput, record_event

    _event, review = record_event(session, child_id, EventInput(
        trigger, on, detail, offence_id), max(on, dt.date.today()))
    return review
