"""A requirement's balance as a set: the hours or days delivered never pass what the court
required (issue 13).

The laptop refuses a delivery line that would pass the balance
(``services.orders.delivery.record_delivery``, through :func:`balance_refusal`); the sync
service judges the requirement and its delivery lines as a set once a push is applied
(``yjdesk.server.set_rules``, :data:`BALANCE_SET`), so lines pushed one by one, in several
pushes, or a requirement's quantity lowered below what is delivered, are refused in the
same words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.justice import Disposal, DisposalRequirement
from yjdesk.models.orders import RequirementDelivery

REQUIREMENT_TABLE = "disposal_requirement"
DELIVERY_TABLE = "requirement_delivery"
#: Requirements with a balance of hours, or of days.
HOURS = ("unpaid_work", "reparation", "attendance_centre")
DAYS = ("activity", "extended_activity", "iss")
YRO_TYPES = ("yro", "yro_iss")


def balance_refusal(required: int | None, delivered: int, adding: int | None) -> str | None:
    """The one rule: a delivery line of ``adding`` on a requirement of ``required`` with
    ``delivered`` already recorded."""
    if required is None or adding is None:
        return None
    left = max(required - delivered, 0)
    if adding > left:
        return f"Only {left} of {required} remain on this requirement."
    return None


class Balance(NamedTuple):
    required: int | None
    delivered: int


def balance_of(session: Session, requirement_id: str) -> Balance:
    """A live YRO requirement's required hours or days and what is delivered (columns, so
    rows written in this push are seen)."""
    r, d = DisposalRequirement, Disposal
    row = session.execute(
        select(r.requirement_code, r.quantity, r.deleted, d.disposal_type, d.deleted)
        .join(d, d.id == r.disposal_id).where(r.id == requirement_id)).first()
    required = None
    if row is not None and not row[2] and not row[4] and row[3] in YRO_TYPES \
            and row[0] in HOURS + DAYS and isinstance(row[1], int):
        required = int(row[1])
    rd = RequirementDelivery
    delivered = session.scalar(
        select(func.coalesce(func.sum(rd.quantity), 0))
        .where(rd.requirement_id == requirement_id, not_deleted(rd),
               rd.kind != "violation"))
    return Balance(required, int(delivered or 0))


def worse(before: Balance, after: Balance) -> str | None:
    """The refusal when the push took the balance past the requirement (or further past)."""
    if after.required is None or after.delivered <= after.required:
        return None
    was = before.delivered - before.required if before.required is not None else 0
    if after.delivered - after.required <= max(was, 0):
        return None
    if before.required is not None and after.required < before.required \
            and after.delivered <= before.delivered:
        return (f"{after.delivered} are already recorded against this requirement: it "
                "cannot be less.")
    return balance_refusal(after.required, before.delivered,
                           after.delivered - before.delivered) \
        or f"Only 0 of {after.required} remain on this requirement."


class _BalanceSet:
    owner_table = REQUIREMENT_TABLE
    tables = frozenset({REQUIREMENT_TABLE, DELIVERY_TABLE})

    @staticmethod
    def touched(session: Session, table: str, row_id: str,
                fields: Mapping[str, Any]) -> set[str]:
        if table == REQUIREMENT_TABLE:
            return {row_id}
        out: set[str] = set()
        pushed = fields.get("requirement_id")
        if isinstance(pushed, str):
            out.add(pushed)
        stored = session.scalar(select(RequirementDelivery.requirement_id)
                                .where(RequirementDelivery.id == row_id))
        if isinstance(stored, str):
            out.add(stored)
        return out

    @staticmethod
    def state(session: Session, requirement_id: str) -> Balance:
        return balance_of(session, requirement_id)

    @staticmethod
    def worse(before: Balance, after: Balance) -> str | None:
        return worse(before, after)


BALANCE_SET = _BalanceSet()
