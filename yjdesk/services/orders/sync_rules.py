"""Court-order invariants the sync service enforces on pushed changes (issue 13).

The same pure functions as the laptop's services (``services.orders.limits`` ...), fed
from the pushed row and the server's own records. Registered in
``yjdesk.server.rules.RULES`` through :data:`ORDERS_RULES`. A rule judges a row only when
a field it is about changes, so editing an old record's notes is never refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal
from yjdesk.services.change_rules import ChangeLike
from yjdesk.services.orders.limits import (
    OrderFacts,
    RequirementFacts,
    order_length_errors,
    requirement_error,
)

ORDER_FIELDS = {"disposal_type", "decision_date", "conviction_date", "start_date", "end_date"}
REQUIREMENT_FIELDS = {"requirement_code", "quantity", "hours_per_week", "end_date",
                      "disposal_id"}


def as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return None


def _dob(change: ChangeLike, child_id: object) -> dt.date | None:
    if not isinstance(child_id, str):
        return None
    found = change.session.scalar(select(Child.date_of_birth).where(Child.id == child_id))
    return found if isinstance(found, dt.date) else None


def order_facts(change: ChangeLike, row: dict[str, Any]) -> OrderFacts:
    return OrderFacts(
        disposal_type=str(row.get("disposal_type") or ""),
        order_date=as_date(row.get("decision_date")),
        conviction_date=as_date(row.get("conviction_date")),
        start_date=as_date(row.get("start_date")), end_date=as_date(row.get("end_date")),
        date_of_birth=_dob(change, row.get("child_id")))


def order_limits(change: ChangeLike) -> str | None:
    """An order's length within the law in force on its dates (DTO terms, YRO, RO)."""
    if change.table.name != "disposal" or not change.changed & ORDER_FIELDS:
        return None
    errors = order_length_errors(order_facts(change, dict(change.proposed)))
    return next(iter(errors.values()), None)


def requirement_limits(change: ChangeLike) -> str | None:
    """A YRO requirement's quantity within the limits for the order's conviction date."""
    if change.table.name != "disposal_requirement" \
            or not change.changed & REQUIREMENT_FIELDS or change.proposed.get("deleted"):
        return None
    row = change.proposed
    order = change.session.get(Disposal, row.get("disposal_id"))
    if order is None:
        return None
    facts = OrderFacts(order.disposal_type, order.decision_date, order.conviction_date,
                       order.start_date, order.end_date,
                       _dob(change, order.child_id))
    req = RequirementFacts(str(row.get("requirement_code") or ""), as_int(row.get("quantity")),
                           as_int(row.get("hours_per_week")), as_date(row.get("end_date")))
    return requirement_error(facts, req)


ORDERS_RULES: list[Callable[[ChangeLike], str | None]] = [order_limits, requirement_limits]
