"""Working days in England and Wales: weekends and bank holidays excluded."""

from __future__ import annotations

import datetime as dt
from functools import cache

import holidays


@cache
def _bank_holidays(year: int) -> frozenset[dt.date]:
    days = holidays.country_holidays("GB", subdiv="ENG", years=year)
    return frozenset(days.keys())


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def working_days_before(day: dt.date, n: int) -> dt.date:
    """The date ``n`` working days before ``day`` (``n == 0``: ``day`` itself)."""
    current = day
    remaining = n
    while remaining > 0:
        current -= dt.timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current
