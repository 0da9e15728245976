"""Working days in England and Wales: weekends and bank holidays excluded.

The bank holidays come from the maintained ``holidays`` library (the UK calendar,
subdivision "ENG", which England and Wales share), never a hand-typed list. Every timescale
in yjdesk (assessments, reviews, court reports) counts days with these functions. They are
pure functions of their dates, so results are memoised: a caseload of 20,000 children asks
the same few hundred questions many times.
"""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache

import holidays


@cache
def _bank_holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


def warm_up() -> None:
    """Load this year's calendar now (the library's first use imports every country)."""
    _bank_holidays(dt.date.today().year)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


@lru_cache(maxsize=65536)
def add_working_days(start: dt.date, days: int) -> dt.date:
    """The date ``days`` working days after ``start`` (``start`` itself is day 0)."""
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    while days > 0:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            days -= 1
    return day


@lru_cache(maxsize=65536)
def working_days_before(day: dt.date, n: int) -> dt.date:
    """The date ``n`` working days before ``day`` (``n == 0``: ``day`` itself)."""
    current = day
    while n > 0:
        current -= dt.timedelta(days=1)
        if is_working_day(current):
            n -= 1
    return current


def previous_working_day(day: dt.date) -> dt.date:
    """The last working day strictly before ``day``."""
    return working_days_before(day, 1)


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
    if end < start:
        return -working_days_between(end, start)
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        count += is_working_day(day)
    return count
