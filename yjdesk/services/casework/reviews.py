"""Reviews: scheduled (every ``assessment.review_months``; referral order panels every 3
months) and triggered by significant events, each event making a review due within
``assessment.review_after_significant_change_working_days`` working days.

A review says what changed and updates the plan; a review that leaves the plan as it was
must say why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yjdesk.errors import NotFound, ValidationError, WorkflowError
from yjdesk.models.base import not_deleted
from yjdesk.models.casework import CaseEvent, Plan, Review
from yjdesk.models.justice import Disposal
from yjdesk.models.statuses import PlanStatus, ReviewStatus
from yjdesk.services.casework.levels import for_children
from yjdesk.services.casework.plans import (
    PlanInput,
    current_plan,
    plan_differs,
    update_plan,
    validate_plan,
)
from yjdesk.services.children import get_child
from yjdesk.services.codes import codelist
from yjdesk.services.fetch import child_rows
from yjdesk.services.policy import current_policy
from yjdesk.services.uow import actor_of
from yjdesk.services.validation import Errors
from yjdesk.services.workdays import add_working_days

REFERRAL_ORDER_PANEL_MONTHS = 3
COMPLETION_TRIGGERS = ("scheduled", "referral_order_panel", "end_of_order")


@dataclass
class EventInput:
    event_type: str
    event_date: dt.date | None
    detail: str | None = None
    offence_id: str | None = None


def record_event(session: Session, child_id: str, data: EventInput,
                 today: dt.date) -> tuple[CaseEvent, Review]:
    """Record a significant change; a review falls due because of it."""
    get_child(session, child_id, audit_view=False)
    e = Errors()
    code = codelist("review_trigger").get(data.event_type)
    if code is None or not code.extra.get("event"):
        e.add("event_type", "'%1' is not a known kind of significant change.",
              data.event_type)
    if data.event_date is None:
        e.add("event_date", "The date of the event is required.")
    elif data.event_date > today:
        e.add("event_date", "The event is dated in the future.")
    e.raise_if_any()
    assert data.event_date is not None
    days = current_policy().assessment.review_after_significant_change_working_days
    event = CaseEvent(child_id=child_id, event_type=data.event_type,
                      event_date=data.event_date, detail=(data.detail or "").strip() or None,
                      offence_id=data.offence_id)
    session.add(event)
    session.flush()
    plan = current_plan(session, child_id)
    review = Review(child_id=child_id, trigger=data.event_type, event_id=event.id,
                    plan_id=plan.id if plan else None, status=ReviewStatus.DUE,
                    due_date=add_working_days(data.event_date, days))
    session.add(review)
    session.flush()
    return event, review


@dataclass
class ReviewInput:
    review_date: dt.date | None
    what_changed: str | None
    other_agency_info: str | None = None
    #: The plan as it should be after the review; None or unchanged = no plan change.
    plan: PlanInput | None = None
    no_change_reason: str | None = None
    #: For a review that was not made due by an event: "scheduled", "referral_order_panel"
    #: or "end_of_order".
    trigger: str = "scheduled"


def review_errors(data: ReviewInput, today: dt.date, *, was_due: bool,
                  plan_changed: bool) -> dict[str, str]:
    """A completed review's checks (also run on a pushed review, ``services.record_rules``).
    ``was_due``: it completes a review made due by an event."""
    e = Errors()
    if data.review_date is None:
        e.add("review_date", "The date of the review is required.")
    elif data.review_date > today:
        e.add("review_date", "The review is dated in the future.")
    e.require("what_changed", (data.what_changed or "").strip(),
              "What has changed since the last review")
    if not was_due and data.trigger not in COMPLETION_TRIGGERS:
        e.add("trigger", "Choose a scheduled, referral order panel or end of order review.")
    if not plan_changed and not (data.no_change_reason or "").strip():
        e.add("no_change_reason", "The review leaves the plan unchanged: say why the plan "
                                  "still fits.")
    return e.errors


def complete_review(session: Session, child_id: str, data: ReviewInput, today: dt.date,
                    review_id: str | None = None) -> Review:
    """Record a review (completing a due one when ``review_id`` is given)."""
    get_child(session, child_id, audit_view=False)
    review: Review | None = None
    if review_id is not None:
        review = session.get(Review, review_id)
        if review is None or review.deleted or review.child_id != child_id:
            raise NotFound("No such review.")
        if review.status != ReviewStatus.DUE:
            raise WorkflowError("This review has already been completed.")
    plan = current_plan(session, child_id)
    changed = bool(plan is not None and data.plan is not None
                   and plan_differs(session, plan, data.plan))
    errors = review_errors(data, today, was_due=review is not None, plan_changed=changed)
    if errors:
        raise ValidationError(errors)
    if changed:
        assert plan is not None and data.plan is not None
        validate_plan(session, child_id, data.plan)
        update_plan(session, plan.id, data.plan)
    if review is None:
        assert data.review_date is not None
        review = Review(child_id=child_id, trigger=data.trigger, due_date=data.review_date)
        session.add(review)
    review.status = ReviewStatus.COMPLETED
    review.review_date = data.review_date
    review.what_changed = (data.what_changed or "").strip()
    review.other_agency_info = (data.other_agency_info or "").strip() or None
    review.plan_changed = changed
    review.no_change_reason = None if changed else (data.no_change_reason or "").strip()
    review.plan_id = plan.id if plan else None
    review.reviewed_by = actor_of(session).user_id
    session.flush()
    return review


def reviews(session: Session, child_id: str) -> list[Review]:
    return child_rows(session, Review, child_id, Review.status.desc(), Review.due_date.desc())


def events(session: Session, child_id: str) -> list[CaseEvent]:
    return child_rows(session, CaseEvent, child_id, CaseEvent.event_date.desc())


@dataclass(frozen=True)
class DueReview:
    child_id: str
    due: dt.date
    #: In English, the same for every child: "Scheduled review", or "Review after %1" with
    #: the trigger's label in :attr:`args` (``services.due.TEMPLATES``).
    label: str
    review_id: str | None
    args: tuple[str, ...] = ()


def due_reviews(session: Session, child_ids: list[str]) -> dict[str, list[DueReview]]:
    """Open triggered reviews, and the next scheduled review of each supervised child."""
    pol = current_policy()
    wanted = set(child_ids)
    out: dict[str, list[DueReview]] = {}
    triggers = codelist("review_trigger")
    for review_id, child_id, due_date, trigger in session.execute(
            select(Review.id, Review.child_id, Review.due_date, Review.trigger)
            .where(not_deleted(Review), Review.status == ReviewStatus.DUE,
                   for_children(Review.child_id, child_ids))):
        if child_id in wanted:
            out.setdefault(child_id, []).append(DueReview(
                child_id, due_date, "Review after %1", review_id, (triggers.label(trigger),)))
    last_review: dict[str, dt.date] = {
        cid: day for cid, day in session.execute(  # type: ignore[misc]
            select(Review.child_id, func.max(Review.review_date))
            .where(not_deleted(Review), Review.status == ReviewStatus.COMPLETED,
                   for_children(Review.child_id, child_ids))
            .group_by(Review.child_id))}
    plan_start: dict[str, dt.date] = {
        cid: day for cid, day in session.execute(
            select(Plan.child_id, func.max(Plan.start_date))
            .where(not_deleted(Plan), Plan.status == PlanStatus.ACTIVE,
                   for_children(Plan.child_id, child_ids))
            .group_by(Plan.child_id))}
    kinds = codelist("disposal_type")
    months = pol.assessment.review_months
    seen: set[str] = set()
    for child_id, disposal_type, start_date, end_date in session.execute(
            select(Disposal.child_id, Disposal.disposal_type, Disposal.start_date,
                   Disposal.end_date)
            .where(not_deleted(Disposal), Disposal.outcome == "ongoing",
                   for_children(Disposal.child_id, child_ids))
            .order_by(Disposal.start_date.desc())):
        kind = kinds.get(disposal_type)
        if child_id not in wanted or child_id in seen:
            continue
        supervised = bool(kind and kind.extra.get("yjs_supervised"))
        if not supervised and child_id not in plan_start:
            continue
        seen.add(child_id)
        candidates = [x for x in (last_review.get(child_id), plan_start.get(child_id),
                                  start_date) if x is not None]
        base = max(candidates)
        if disposal_type == "referral_order":
            due = _months_after(base, min(months, REFERRAL_ORDER_PANEL_MONTHS))
            label = "Referral order panel"
        else:
            due = _months_after(base, months)
            label = "Scheduled review"
        if end_date is not None and due > end_date:
            continue  # the end-of-order review takes its place
        out.setdefault(child_id, []).append(DueReview(child_id, due, label, None))
    return out


@lru_cache(maxsize=65536)
def _months_after(day: dt.date, months: int) -> dt.date:
    result: dt.date = day + relativedelta(months=months)
    return result
