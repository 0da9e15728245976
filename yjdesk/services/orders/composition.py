"""An order's requirements judged as a set, wherever the set is written (issue 13).

An intensive supervision and surveillance (ISS) YRO needs extended activity, supervision,
curfew and electronic monitoring requirements, and electronic monitoring goes with at
least one other requirement (``limits.composition_problems``, the one rule). The laptop
judges the set it is about to write (``services.justice.validate_disposal``); the sync
service cannot judge a pushed row on its own, because a set arrives as several rows. So it
judges the composed set once all the rows of a push are applied
(``yjdesk.server.set_rules``, :data:`ORDER_SET`), for every order the push touched: the
order row, or any of its requirement rows (new, changed, moved to or from it, or deleted).

A push may not make an order's set break, or break more: a new ISS order must arrive with
its four requirements in the same push (the laptop writes an order and its requirements
in one unit of work, and its push keeps them in one batch: :data:`TRAVELS_WITH`), and a
requirement an ISS needs cannot be deleted. An order that was already incomplete on the
service (older data) is not refused for an unrelated edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal, DisposalRequirement
from yjdesk.services.orders.limits import (
    OrderFacts,
    RequirementFacts,
    composition_problems,
)
from yjdesk.services.sets import new_problems, stored_parents

ORDER_TABLE = "disposal"
REQUIREMENT_TABLE = "disposal_requirement"
TABLES = frozenset({ORDER_TABLE, REQUIREMENT_TABLE})

#: Dependent record type -> (its parent's field, the parent's record type): pushed in the
#: same batch as a parent pushed with it, so the service judges them together.
TRAVELS_WITH: dict[str, tuple[str, str]] = {REQUIREMENT_TABLE: ("disposal_id", ORDER_TABLE)}


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


#: Order fields that change which rules its set is judged by.
ORDER_FIELDS = frozenset({"disposal_type", "decision_date", "conviction_date"})


def orders_touched(session: Session, changes: list[Any]) -> dict[str, set[tuple[str, str]]]:
    """Order id -> the pushed rows that may change its set (read before the rows are
    applied): the order when its type or dates change (or nothing but its tombstone: it
    may come back), and every requirement row (new,
    changed, deleted) for its order as stored and as pushed."""
    out: dict[str, set[tuple[str, str]]] = {}
    reqs = [c for c in changes if c.table == REQUIREMENT_TABLE]
    stored = stored_parents(session, DisposalRequirement.__table__.c.disposal_id,
                            [c.id for c in reqs])
    for c in changes:
        if c.table == ORDER_TABLE and (ORDER_FIELDS & set(c.fields) or not c.fields):
            out.setdefault(c.id, set()).add((c.table, c.id))
    for c in reqs:
        pushed = c.fields.get("disposal_id")
        for order_id in {pushed, stored.get(c.id)}:
            if isinstance(order_id, str):
                out.setdefault(order_id, set()).add((c.table, c.id))
    return out


def stored_set(session: Session, order_id: str
               ) -> tuple[OrderFacts, list[RequirementFacts]] | None:
    """A live order and its live requirements as the session's database holds them now
    (column reads, never the identity map: rows written in this push are seen)."""
    d = Disposal
    row = session.execute(select(
        d.disposal_type, d.decision_date, d.conviction_date, d.start_date, d.end_date,
        d.child_id, d.deleted).where(d.id == order_id)).first()
    if row is None or row.deleted:
        return None
    dob = session.scalar(select(Child.date_of_birth).where(Child.id == row.child_id))
    order = OrderFacts(str(row.disposal_type or ""), _date(row.decision_date),
                       _date(row.conviction_date), _date(row.start_date),
                       _date(row.end_date), _date(dob))
    r = DisposalRequirement
    reqs = [RequirementFacts(str(code or ""), _int(qty), _int(week), _date(end))
            for code, qty, week, end in session.execute(
                select(r.requirement_code, r.quantity, r.hours_per_week, r.end_date)
                .where(r.disposal_id == order_id, not_deleted(r)))]
    return order, reqs


def problems(session: Session, order_id: str) -> dict[str, str]:
    """What an order's set of requirements lacks now (problem id -> message)."""
    found = stored_set(session, order_id)
    return composition_problems(*found) if found is not None else {}


class _OrderSet:
    """An order's requirements as a set (for ``yjdesk.server.set_rules``)."""

    owner_table = ORDER_TABLE
    tables = TABLES

    @staticmethod
    def touched(session: Session, changes: list[Any]) -> dict[str, set[tuple[str, str]]]:
        return orders_touched(session, changes)

    @staticmethod
    def state(session: Session, order_id: str) -> dict[str, str]:
        return problems(session, order_id)

    @staticmethod
    def worse(before: Mapping[str, str], after: Mapping[str, str]) -> str | None:
        return new_problems(before, after)


ORDER_SET = _OrderSet()
