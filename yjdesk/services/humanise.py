"""Words and times as people read them: UK local time, dates, ages, real plurals.

Times are stored in UTC; a person in England and Wales reads them in Europe/London time,
with the zone named (``14:05 BST`` in summer, ``14:05 GMT`` in winter). Every screen and
every PDF formats through here, so no one ever sees UTC.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

UK = ZoneInfo("Europe/London")


def uk_time(value: dt.datetime) -> dt.datetime:
    """``value`` in UK local time (a naive value is taken as UTC, as the store keeps it)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(UK)


def date_text(value: dt.date | dt.datetime | None, empty: str = "") -> str:
    """``17/05/2026`` (a date and time gives its UK date)."""
    if value is None:
        return empty
    if isinstance(value, dt.datetime):
        value = uk_time(value)
    return value.strftime("%d/%m/%Y")


def long_date(value: dt.date | dt.datetime | None, empty: str = "") -> str:
    """``Friday 17 May 2026``."""
    if value is None:
        return empty
    if isinstance(value, dt.datetime):
        value = uk_time(value)
    return f"{value:%A} {value.day} {value:%B %Y}"


def time_text(value: dt.datetime | None, empty: str = "") -> str:
    """``17/05/2026 14:05 BST``: UK date and time with the zone, never UTC."""
    if value is None:
        return empty
    local = uk_time(value)
    return f"{local:%d/%m/%Y %H:%M} {local.tzname()}"


def clock_text(value: dt.datetime | None, empty: str = "") -> str:
    """``14:05 BST`` (today's events)."""
    if value is None:
        return empty
    local = uk_time(value)
    return f"{local:%H:%M} {local.tzname()}"


def age_on(date_of_birth: dt.date, on: dt.date) -> int:
    """Age in whole years on ``on`` (a birthday counts on the day)."""
    years = on.year - date_of_birth.year
    if (on.month, on.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


def plural(n: int, one: str, many: str | None = None) -> str:
    """``1 child``, ``3 children``, ``0 items`` (``many`` defaults to ``one + "s"``)."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def days_text(n: int) -> str:
    """``1 day``, ``7 days``."""
    return plural(n, "day")


def fingerprint(digest: str | None) -> str:
    """A SHA-256 hash as people compare it: the first 12 hex digits in groups of four."""
    if not digest:
        return ""
    head = digest[:12].upper()
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4))
