"""Transition to adult probation at 18 (YJB-REFERENCE 6).

Preparation usually starts at 17 years 6 months (``transition.planning_from_age_months``,
policy): a child whose order runs past their 18th birthday then shows "transition planning
due" until a transition plan exists. The plan records needs, strengths, what probation must
know, the child's views and phased introductions; then the information handed over with its
date, the transfer date and type, and the review of how it went. Transfer criteria and the
Joint National Protocol's timescales were NOT FOUND: eligibility is a recorded flag with its
reason. A looked-after 17-year-old in the justice system is flagged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Set
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yjdesk.errors import NotFound
from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child, StatusHistory
from yjdesk.models.justice import Disposal
from yjdesk.models.orders import TransitionPlan
from yjdesk.services.policy import Policy, current_policy
from yjdesk.services.validation import Errors

if TYPE_CHECKING:
    from yjdesk.services.due import DueFact

TRANSFER_TYPES = {"community_order": "Community order (probation)",
                  "licence": "Licence (probation)", "none": "No transfer"}


def planning_from(date_of_birth: dt.date) -> dt.date:
    months = current_policy().transition.planning_from_age_months
    start: dt.date = date_of_birth + relativedelta(months=months)
    return start


def needs_transition(date_of_birth: dt.date, order_end: dt.date | None, today: dt.date) -> bool:
    """From 17y6m (policy), a child whose order runs past their 18th birthday."""
    eighteen = date_of_birth + relativedelta(years=18)
    return order_end is not None and order_end > eighteen \
        and today >= planning_from(date_of_birth)


def looked_after_at_17(child: Child, today: dt.date) -> bool:
    return child.age_on(today) == 17 and child.looked_after == StatusHistory.CURRENTLY


def plan_for(session: Session, child_id: str) -> TransitionPlan | None:
    return session.scalar(select(TransitionPlan).where(
        TransitionPlan.child_id == child_id, not_deleted(TransitionPlan))
        .order_by(TransitionPlan.updated_at.desc()).limit(1))


def _latest_end(session: Session, child_id: str) -> dt.date | None:
    ends = [e for (e,) in session.execute(select(Disposal.end_date).where(
        Disposal.child_id == child_id, not_deleted(Disposal),
        Disposal.outcome == "ongoing", Disposal.category == "court"))
        if e is not None]
    return max(ends) if ends else None


@dataclass
class TransitionInput:
    eligible: bool = True
    eligibility_reason: str | None = None
    needs: str | None = None
    strengths: str | None = None
    probation_must_know: str | None = None
    child_views: str | None = None
    introductions: str | None = None
    probation_contact: str | None = None
    info_handover_on: dt.date | None = None
    info_shared: str | None = None
    transfer_date: dt.date | None = None
    transfer_type: str | None = None
    review_outcome: str | None = None
    reviewed_on: dt.date | None = None


def transition_errors(data: TransitionInput, today: dt.date) -> dict[str, str]:
    e = Errors()
    t = lambda v: (v or "").strip()  # noqa: E731
    if not t(data.eligibility_reason):
        e.add("eligibility_reason", "Say why the child does (or does not) transfer.")
    if data.eligible:
        for key, value, what in (("needs", data.needs, "The child's needs"),
                                 ("child_views", data.child_views, "The child's views"),
                                 ("probation_must_know", data.probation_must_know,
                                  "What probation must know")):
            e.require(key, t(value), what)
    if data.transfer_type is not None and data.transfer_type not in TRANSFER_TYPES:
        e.add("transfer_type", "Choose the kind of transfer.")
    if data.transfer_date is not None:
        if data.info_handover_on is None or data.info_handover_on > data.transfer_date:
            e.add("info_handover_on", "Share the information with probation before the "
                                      "transfer: give the handover date.")
        if not data.transfer_type:
            e.add("transfer_type", "Choose the kind of transfer.")
    if data.info_handover_on is not None and not t(data.info_shared):
        e.add("info_shared", "Say what was handed over.")
    for key, day in (("info_handover_on", data.info_handover_on),
                     ("reviewed_on", data.reviewed_on)):
        if day is not None and day > today:
            e.add(key, "This is dated in the future.")
    if data.reviewed_on is not None and (data.transfer_date is None
                                         or data.reviewed_on < data.transfer_date):
        e.add("reviewed_on", "The transition is reviewed after the transfer.")
    if data.reviewed_on is not None and not t(data.review_outcome):
        e.add("review_outcome", "Say how the transition went.")
    return e.errors


def save_plan(session: Session, child_id: str, data: TransitionInput,
              today: dt.date) -> TransitionPlan:
    child = session.get(Child, child_id)
    if child is None:
        raise NotFound("No such child.")
    errors = transition_errors(data, today)
    if errors:
        e = Errors()
        e.errors.update(errors)
        e.raise_if_any()
    plan = plan_for(session, child_id)
    if plan is None:
        plan = TransitionPlan(child_id=child_id)
        session.add(plan)
    for name in TransitionInput.__dataclass_fields__:
        value = getattr(data, name)
        setattr(plan, name, value.strip() or None if isinstance(value, str) else value)
    session.flush()
    return plan


def transition_due(session: Session, child_ids: Set[str],
                   policy: Policy) -> dict[str, list[DueFact]]:
    """Planning due from 17y6m for a child whose order runs past 18 (shown from then:
    :func:`needs_transition`); then the handover.

    Set-based (issue 16): one query reads each child's latest ongoing court order's end;
    plans are read as columns."""
    from yjdesk.services.casework.levels import for_children
    from yjdesk.services.due import DueFact, soon

    out: dict[str, list[DueFact]] = {}
    if not child_ids:
        return out
    ids = sorted(child_ids)
    found = session.execute(
        select(Child.id, Child.date_of_birth, func.max(Disposal.end_date))
        .join(Disposal, Disposal.child_id == Child.id)
        .where(not_deleted(Child), not_deleted(Disposal), Disposal.outcome == "ongoing",
               Disposal.category == "court", Disposal.end_date.is_not(None),
               for_children(Disposal.child_id, ids))
        .group_by(Child.id, Child.date_of_birth))
    # needs_transition(dob, end, today) is: the order runs past 18, and today is on or
    # after planning_from(dob) -- the day the fact shows from
    born = {cid: dob for cid, dob, end in found
            if cid in child_ids and needs_transition(dob, end, dt.date.max)}
    if not born:
        return out
    planned = {cid: (eligible, handover) for cid, eligible, handover in session.execute(
        select(TransitionPlan.child_id, TransitionPlan.eligible,
               TransitionPlan.info_handover_on).where(
            not_deleted(TransitionPlan), for_children(TransitionPlan.child_id, sorted(born))))}
    for cid, dob in born.items():
        plan = planned.get(cid)
        start = planning_from(dob)
        if plan is None:
            due = start + dt.timedelta(days=28)
            out.setdefault(cid, []).append(DueFact(
                due, "Transition to probation: planning due", "order_work", soon(14),
                shown_from=start))
        elif plan[0] and plan[1] is None:
            due = dob + relativedelta(years=18) - dt.timedelta(days=28)
            out.setdefault(cid, []).append(DueFact(
                due, "Transition: hand the information over to probation", "order_work",
                soon(14), shown_from=start))
    return out
