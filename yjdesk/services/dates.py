"""Dates from forms and pushed rows: one place, a strict and a lenient reading.

A value may be a ``date``, a ``datetime`` (its day is taken), ISO text (``2026-11-20``, or a
datetime's ``2026-11-20T10:30:00``), or missing (``None`` / ``""``).

- :func:`strict_date` -- the value must be a date: anything else raises ``ValueError``
  (for rules that have already checked the value is there).
- :func:`optional_date` -- missing gives ``None``; anything else as :func:`strict_date`.
- :func:`lenient_date` -- ``None`` for anything that is not a readable date (push-path rules
  that judge only what they can read; the field checks refuse the rest in plain words).

Text in the UK ``dd/mm/yyyy`` style is for people, not rows: see
:func:`yjdesk.services.validation.parse_date`.
"""

from __future__ import annotations

import datetime as dt


def strict_date(value: object) -> dt.date:
    """The day ``value`` names; ``ValueError`` if it names none."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return dt.datetime.fromisoformat(text).date()


def optional_date(value: object) -> dt.date | None:
    """``None`` for a missing value, else :func:`strict_date`."""
    if value is None or value == "":
        return None
    return strict_date(value)


def lenient_date(value: object) -> dt.date | None:
    """The day ``value`` names, or ``None`` if it is missing or names none."""
    try:
        return optional_date(value)
    except ValueError:
        return None
