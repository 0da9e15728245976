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

from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yjdesk.errors import Message
from yjdesk.models.base import not_deleted
from yjdesk.models.justice import Disposal, DisposalRequirement
from yjdesk.models.orders import RequirementDelivery

REQUIREMENT_TABLE = "disposal_requirement"
DELIVERY_TABLE = "requirement_delivery"
#: Requirements with a balance of hours, or of days.
HOURS = ("unpaid_work", "reparation", "attendance_centre")
DAYS = ("activity", "extended_activity", "iss")
YRO_TYPES = ("yro", "yro_iss")
REQUIREMENT_FIELDS = frozenset({"quantity", "requirement_code", "disposal_id"})


def balance_refusal(required: int | None, delivered: int, adding: int | None) -> str | None:
    """The one rule: a delivery line of ``adding`` on a requirement of ``required`` with
    ``delivered`` already recorded."""
    if required is None or adding is None:
        return None
    left = max(required - delivered, 0)
    if adding > left:
        return Message("Only %1 of %2 remain on this requirement.", left, required)
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
    def touched(session: Session, changes: list[Any]) -> dict[str, set[tuple[str, str]]]:
        """Requirement id -> the pushed rows that may change its balance: its delivery
        lines (for the requirement as stored and as pushed), and a stored requirement
        whose quantity, code or order changes (a new one has nothing delivered yet but
        what this push brings, which touches it already)."""
        from yjdesk.services.sets import stored_parents

        out: dict[str, set[tuple[str, str]]] = {}
        lines = [c for c in changes if c.table == DELIVERY_TABLE]
        stored = stored_parents(session, RequirementDelivery.__table__.c.requirement_id,
                                [c.id for c in lines])
        for c in lines:
            for req in {c.fields.get("requirement_id"), stored.get(c.id)}:
                if isinstance(req, str):
                    out.setdefault(req, set()).add((c.table, c.id))
        reqs = [c.id for c in changes if c.table == REQUIREMENT_TABLE
                and REQUIREMENT_FIELDS & set(c.fields)]
        known = stored_parents(session, DisposalRequirement.__table__.c.disposal_id, reqs)
        for row_id in known:
            out.setdefault(row_id, set()).add((REQUIREMENT_TABLE, row_id))
        return out

    @staticmethod
    def state(session: Session, requirement_id: str) -> Balance:
        return balance_of(session, requirement_id)

    @staticmethod
    def worse(before: Balance, after: Balance) -> str | None:
        return worse(before, after)


BALANCE_SET = _BalanceSet()
