"""YRO requirements delivered, not just listed (issue 13).

Delivery is recorded against each requirement: unpaid-work / reparation / attendance-centre
hours done, activity days, programme and supervision sessions attended, and curfew,
exclusion or electronic-monitoring violations reported by the monitoring provider.
Each requirement with a quantity has a balance; as its end date nears
(``requirements.balance_warning_days``, policy) with hours or days still to do, "Work due"
says so. Unpaid work must be done within 12 months (``resources/rules``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Set
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yjdesk.errors import LowerWord, Message
from yjdesk.models.base import not_deleted
from yjdesk.models.justice import Disposal, DisposalRequirement
from yjdesk.models.orders import RequirementDelivery
from yjdesk.services.codes import codelist
from yjdesk.services.fetch import fetch_live
from yjdesk.services.orders.balance import DAYS, HOURS, balance_refusal
from yjdesk.services.orders.rulesets import rule_set
from yjdesk.services.policy import Policy
from yjdesk.services.validation import Errors

if TYPE_CHECKING:
    from yjdesk.services.due import DueFact

MONITORED = ("curfew_electronic", "curfew_doorstep", "exclusion", "electronic_monitoring")
KIND_WORDS = {"hours": "Hours worked", "activity_day": "Activity day",
              "session": "Session attended", "violation": "Violation reported"}


def kinds_for(code: str) -> tuple[str, ...]:
    """The kinds of delivery a requirement takes."""
    if code in HOURS:
        return ("hours",)
    if code in DAYS:
        return ("activity_day", "session")
    if code in MONITORED:
        return ("violation",)
    return ("session",)


def delivery_errors(code: str, kind: str, quantity: int | None,
                    reported_by: str | None) -> dict[str, str]:
    """The one rule about a delivery line, for the service and the server (by field)."""
    if kind not in kinds_for(code):
        words = [LowerWord(KIND_WORDS[k]) for k in kinds_for(code)]
        return {"kind": Message("For this requirement record %1 or %2.", *words)
                if len(words) == 2 else Message("For this requirement record %1.", words[0])}
    if quantity is None or quantity < 1:
        return {"quantity": "The quantity is at least 1."}
    if kind == "violation" and not (reported_by or "").strip():
        return {"reported_by": "Say who reported the violation (e.g. the electronic "
                               "monitoring provider)."}
    if kind == "hours" and quantity > 24:
        return {"quantity": "At most 24 hours can be recorded for one day."}
    return {}


@dataclass(frozen=True)
class Balance:
    requirement_id: str
    disposal_id: str
    child_id: str
    code: str
    label: str
    required: int | None
    done: int
    violations: int
    due_by: dt.date | None

    @property
    def remaining(self) -> int | None:
        return None if self.required is None else max(self.required - self.done, 0)


def _due_by(code: str, disposal: Disposal, req: DisposalRequirement) -> dt.date | None:
    return due_by(code, req.end_date, disposal.conviction_date, disposal.decision_date,
                  disposal.start_date, disposal.end_date)


def due_by(code: str, req_end: dt.date | None, convicted: dt.date | None,
           decided: dt.date, start: dt.date, order_end: dt.date | None) -> dt.date | None:
    """The day a requirement's balance must be done by (its own end, unpaid work within
    the months the law gives, else the order's end)."""
    if req_end is not None:
        return req_end
    if code == "unpaid_work":
        months = rule_set("yro", convicted or decided).int("unpaid_work_within_months")
        end: dt.date = start + relativedelta(months=months)
        return min(end, order_end) if order_end else end
    return order_end


def balances(session: Session, child_ids: Set[str] | None = None,
             disposal_id: str | None = None, ongoing_only: bool = True) -> list[Balance]:
    labels = codelist("requirement")
    done = dict(session.execute(
        select(RequirementDelivery.requirement_id, func.sum(RequirementDelivery.quantity))
        .where(not_deleted(RequirementDelivery),
               RequirementDelivery.kind != "violation")
        .group_by(RequirementDelivery.requirement_id)).all())
    violations = dict(session.execute(
        select(RequirementDelivery.requirement_id, func.count())
        .where(not_deleted(RequirementDelivery),
               RequirementDelivery.kind == "violation")
        .group_by(RequirementDelivery.requirement_id)).all())
    stmt = (select(DisposalRequirement, Disposal)
            .join(Disposal, Disposal.id == DisposalRequirement.disposal_id)
            .where(not_deleted(DisposalRequirement), not_deleted(Disposal),
                   Disposal.disposal_type.in_(("yro", "yro_iss"))))
    if disposal_id is not None:
        stmt = stmt.where(Disposal.id == disposal_id)
    elif ongoing_only:
        stmt = stmt.where(Disposal.outcome == "ongoing")
    out = []
    for req, disposal in session.execute(stmt):
        if child_ids is not None and req.child_id not in child_ids:
            continue
        required = req.quantity if req.requirement_code in HOURS + DAYS else None
        out.append(Balance(req.id, disposal.id, req.child_id, req.requirement_code,
                           labels.label(req.requirement_code), required,
                           int(done.get(req.id) or 0), int(violations.get(req.id) or 0),
                           _due_by(req.requirement_code, disposal, req)))
    return out


@dataclass
class DeliveryInput:
    delivered_on: dt.date | None
    kind: str
    quantity: int | None = 1
    reported_by: str | None = None
    detail: str | None = None


def record_delivery(session: Session, requirement_id: str, data: DeliveryInput,
                    today: dt.date) -> RequirementDelivery:
    req = fetch_live(session, DisposalRequirement, requirement_id, "No such requirement.")
    disposal = session.get(Disposal, req.disposal_id)
    assert disposal is not None
    e = Errors()
    e.errors.update(delivery_errors(req.requirement_code, data.kind, data.quantity,
                                    data.reported_by))
    if data.delivered_on is None:
        e.add("delivered_on", "Give the date.")
    elif data.delivered_on > today:
        e.add("delivered_on", "This is dated in the future.")
    elif data.delivered_on < disposal.start_date:
        e.add("delivered_on", "This is before the order started.")
    if not e.errors and data.kind != "violation":
        for balance in balances(session, disposal_id=disposal.id):
            refusal = balance_refusal(balance.required, balance.done, data.quantity) \
                if balance.requirement_id == req.id else None
            if refusal:  # the sync service judges the same (services.orders.balance)
                e.add("quantity", refusal)
    e.raise_if_any()
    assert data.delivered_on is not None and data.quantity is not None
    row = RequirementDelivery(child_id=req.child_id, requirement_id=req.id,
                              delivered_on=data.delivered_on, kind=data.kind,
                              quantity=data.quantity,
                              reported_by=(data.reported_by or "").strip() or None,
                              detail=(data.detail or "").strip() or None)
    session.add(row)
    session.flush()
    return row


def delivery_due(session: Session, child_ids: Set[str],
                 policy: Policy) -> dict[str, list[DueFact]]:
    """Balances not delivered as the end date nears (shown from ``balance_warning_days``
    before it); violations reported (shown for a week).

    Set-based (issue 16): one query finds the requirements of ongoing YROs with hours or
    days still to do (the delivered sum per requirement read through its index), so only
    those are looked at in Python."""
    from yjdesk.services.casework.levels import for_children
    from yjdesk.services.due import DueFact, soon

    out: dict[str, list[DueFact]] = {}
    if not child_ids:
        return out
    ids = sorted(child_ids)
    warn = policy.requirements.balance_warning_days
    labels = codelist("requirement")
    rd, req, order = RequirementDelivery, DisposalRequirement, Disposal
    done = (select(func.coalesce(func.sum(rd.quantity), 0))
            .where(rd.requirement_id == req.id, not_deleted(rd),
                   rd.kind != "violation")
            .correlate(req).scalar_subquery())
    rows = session.execute(
        select(req.child_id, req.requirement_code, req.quantity, done, req.end_date,
               order.conviction_date, order.decision_date, order.start_date, order.end_date)
        .join(order, order.id == req.disposal_id)
        .where(not_deleted(req), not_deleted(order),
               order.disposal_type.in_(("yro", "yro_iss")), order.outcome == "ongoing",
               req.requirement_code.in_(HOURS + DAYS), req.quantity > done,
               for_children(req.child_id, ids)))
    for child_id, code, required, delivered, req_end, convicted, decided, start, end in rows:
        if child_id not in child_ids:
            continue
        day = due_by(code, req_end, convicted, decided, start, end)
        if day is None:
            continue
        left = max(int(required) - int(delivered or 0), 0)
        label = ("%1: %2 of %n hours still to do" if code in HOURS
                 else "%1: %2 of %n days still to do")
        out.setdefault(child_id, []).append(DueFact(
            day, label, "order_work", soon(warn), shown_from=day - dt.timedelta(days=warn),
            args=(labels.label(code), str(left), str(required))))
    for child_id, code, day in session.execute(
            select(RequirementDelivery.child_id, DisposalRequirement.requirement_code,
                   RequirementDelivery.delivered_on)
            .join(DisposalRequirement,
                  DisposalRequirement.id == RequirementDelivery.requirement_id)
            .where(not_deleted(RequirementDelivery),
                   RequirementDelivery.kind == "violation",
                   RequirementDelivery.delivered_on.is_not(None),
                   for_children(RequirementDelivery.child_id, ids))):
        if child_id in child_ids:
            out.setdefault(child_id, []).append(DueFact(
                day + dt.timedelta(days=2), "%1 violation reported: decide on enforcement",
                "order_work", soon(2), shown_until=day + dt.timedelta(days=7),
                args=(labels.label(code),)))
    return out
