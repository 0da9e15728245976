"""Case numbers on the service: assigned on a child's first push, clashes refused in words.

See :mod:`yjdesk.services.case_numbers`. Every push that stores a child's case number
takes the ``case_number`` counter row's lock first (rows -> this counter -> the feed
counter, the one lock order), so two laptops pushing new children at once get different
numbers, and a typed number is checked against every committed child, not a snapshot.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from yjdesk.models.child import Child
from yjdesk.models.server import ServerCounter
from yjdesk.services import case_numbers
from yjdesk.wire.protocol import WireValue

COUNTER = "case_number"


def _lock_counter(session: Session) -> int:
    stmt = select(ServerCounter.value).where(ServerCounter.name == COUNTER).with_for_update()
    value = session.execute(stmt).scalar()
    if value is not None:
        return int(value)
    # A database made before migration 0011 numbered anything: start after the highest.
    highest = max((case_numbers.number_value(n) or 0 for n in session.scalars(
        select(Child.case_number).where(Child.case_number.like(f"{case_numbers.PREFIX}%")))),
        default=0)
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(dialect.insert(ServerCounter).values(name=COUNTER, value=highest)
                    .on_conflict_do_nothing())
    return int(session.execute(stmt).scalar_one())


def _taken(session: Session, number: str, row_id: str) -> bool:
    return session.scalar(select(Child.id).where(Child.case_number == number,
                                                 Child.id != row_id)) is not None


def next_number(session: Session) -> str:
    """The next free service number (the counter stays locked until the caller commits)."""
    n = _lock_counter(session) + 1
    while _taken(session, case_numbers.format_number(n), ""):
        n += 1  # typed by a person earlier: skip it
    session.execute(update(ServerCounter).where(ServerCounter.name == COUNTER).values(value=n))
    return case_numbers.format_number(n)


def settle_new(session: Session, row_id: str, wire: dict[str, WireValue]) -> tuple[
        str | None, bool]:
    """A new child: number it if its number is provisional (or missing).

    Returns ``(refusal, assigned)``; ``wire`` gets the assigned number.
    """
    number = wire.get("case_number")
    if number is None or number == "" or case_numbers.is_provisional(number):
        wire["case_number"] = next_number(session)
        return None, True
    _lock_counter(session)
    if _taken(session, str(number), row_id):
        return case_numbers.clash_message(str(number)), False
    return None, False


def settle_update(session: Session, row_id: str, stored: dict[str, WireValue],
                  wire: dict[str, WireValue]) -> str | None:
    """A change to a stored child: a provisional number never replaces the service's; a
    typed new number must be free. Returns a refusal or None (``wire`` may lose the field)."""
    if "case_number" not in wire:
        return None
    number = wire["case_number"]
    if number is None or number == "" or case_numbers.is_provisional(number):
        del wire["case_number"]  # the laptop has not heard its number yet: keep it
        return None
    if number == stored.get("case_number"):
        return None
    _lock_counter(session)
    if _taken(session, str(number), row_id):
        return case_numbers.clash_message(str(number))
    return None
