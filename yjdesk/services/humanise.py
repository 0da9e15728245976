"""Words and times as people read them: UK local time, dates, ages, real plurals.

Times are stored in UTC; a person in England and Wales reads them in Europe/London time,
with the zone named (``14:05 BST`` in summer, ``14:05 GMT`` in winter). Every screen and
every PDF formats through here, so no one ever sees UTC.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from yjdesk.models.child import age_on

UK = ZoneInfo("Europe/London")

__all__ = ["UK", "age_on", "clock_text", "date_text", "days_text", "fingerprint",
           "long_date", "plural", "time_text", "uk_time", "when_text"]


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


def when_text(value: dt.date | dt.datetime | None, empty: str = "") -> str:
    """A date as ``date_text``, a date and time as ``time_text`` (UK, with the zone)."""
    if isinstance(value, dt.datetime):
        return time_text(value, empty)
    return date_text(value, empty)


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
