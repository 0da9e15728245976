"""Case numbers: provisional on the laptop, assigned by the service (issue 18).

A child added on a laptop (often offline) cannot know which numbers other laptops have
handed out, so it gets a *provisional reference* made from its own random id
(``PROVISIONAL-3F9A2C61D0``): unique without asking anyone, and saying what it is. The
service replaces it with the next case number (``YJ-000124``) in the same transaction that
first stores the child; the laptop receives the number with the next pull.

A number a person typed is kept as typed; if another child already has it, the service
refuses the child with :func:`clash_message` and the sync screen says what to do.
The rules here are the one copy used by the laptop's service layer and the sync service.
"""

from __future__ import annotations

import re

from yjdesk.errors import Message

PROVISIONAL_PREFIX = "PROVISIONAL-"
#: The service's numbers: ``YJ-`` and six (or more) digits.
PREFIX = "YJ-"
NUMBER_RE = re.compile(r"^YJ-(\d{6,})$")


def provisional_reference(row_id: str) -> str:
    """The child's provisional reference, made from its random id (no clash possible)."""
    return PROVISIONAL_PREFIX + row_id.replace("-", "")[:10].upper()


def is_provisional(number: object) -> bool:
    return isinstance(number, str) and number.startswith(PROVISIONAL_PREFIX)


def format_number(n: int) -> str:
    return f"{PREFIX}{n:06d}"


def number_value(number: str | None) -> int | None:
    """The numeric part of a service number (``YJ-000123`` -> 123), else None."""
    match = NUMBER_RE.match(number or "")
    return int(match.group(1)) if match else None


def clash_message(number: str) -> str:
    return Message("case number %1 is already used; change it on this child's record",
                   number)


def typed_provisional_message() -> str:
    return Message("a case number cannot start with %1: leave it blank for a new number, or "
                   "type the child's case number", repr(PROVISIONAL_PREFIX))


def shown(number: str) -> str:
    """The number as people read it (a provisional one says it is waiting for a number)."""
    if is_provisional(number):
        return f"{number} (provisional until the next sync)"
    return number
