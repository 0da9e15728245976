"""Working days in England and Wales: weekends and bank holidays excluded.

The bank holidays come from the maintained ``holidays`` library, in the calendar policy
``working_days.calendar`` names (:data:`CALENDARS`), never a hand-typed list. Every timescale
in yjdesk (assessments, reviews, court reports) counts days with these functions. They are
pure functions of their dates, so results are memoised: a caseload of 20,000 children asks
the same few hundred questions many times.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from yjdesk.errors import KnownError

#: The calendars policy ``working_days.calendar`` may name: (country, subdivision) in the
#: ``holidays`` library. yjdesk serves youth justice services in England and Wales, which
#: share their bank holidays (the library's "ENG" and "WLS" lists are the same).
CALENDARS: dict[str, tuple[str, str]] = {"england_and_wales": ("GB", "ENG")}
DEFAULT_CALENDAR = "england_and_wales"
_calendar = DEFAULT_CALENDAR


def check_calendar(name: object) -> str:
    """``name`` if it is a calendar yjdesk knows; a plain-words error if not."""
    if not isinstance(name, str) or name not in CALENDARS:
        raise KnownError(f"The policy's working_days.calendar is {name!r}; yjdesk knows "
                         f"{', '.join(sorted(CALENDARS))}.")
    return name


def use_calendar(name: str) -> None:
    """Count working days by the bank holidays of ``name`` (policy ``working_days.calendar``;
    :func:`yjdesk.services.policy.use_policy` calls this)."""
    global _calendar
    name = check_calendar(name)
    if name != _calendar:
        _calendar = name
        for memo in (_bank_holidays, add_working_days, working_days_before):
            memo.cache_clear()


def calendar_in_use() -> str:
    return _calendar


@cache
def _country_class(country: str) -> Any:
    """The ``holidays`` library's own class for ``country``, its module loaded alone.

    ``holidays.country_holidays`` imports the library's ``countries`` package, which imports
    all of its 250 countries' calendars (about 300 modules, 0.12 s of CPU) to offer any one;
    the laptop needs one. The module is named by the library's registry and found by the
    import system's own finders without the package (from the source tree, or from a frozen
    build's archive: PyInstaller's finder looks modules up by name); its own imports are the
    library's base classes. If the library's layout ever differs, the library's own way is
    used. A test checks both give the same days."""
    try:
        import holidays
        from holidays.registry import COUNTRIES

        module = next(name for name, names in COUNTRIES.items() if country in names)
        name = f"holidays.countries.{module}"
        where = [str(Path(holidays.__file__).parent / "countries")]
        spec = next(filter(None, (getattr(finder, "find_spec", lambda *_: None)(name, where)
                                  for finder in sys.meta_path)), None)
        if spec is None or spec.loader is None:
            return None
        loaded = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(loaded)
        return getattr(loaded, COUNTRIES[module][0])
    except Exception:  # noqa: BLE001 - any surprise: the library's own (slower) way
        return None


def _holidays_of(country: str, subdiv: str, year: int) -> frozenset[dt.date]:
    found = _country_class(country)
    if found is None:
        import holidays

        return frozenset(holidays.country_holidays(country, subdiv=subdiv, years=year).keys())
    return frozenset(found(subdiv=subdiv, years=year).keys())


@cache
def _bank_holidays(year: int) -> frozenset[dt.date]:
    country, subdiv = CALENDARS[_calendar]
    return _holidays_of(country, subdiv, year)


def warm_up() -> None:
    """Load this year's calendar now (the library is imported at the first count of days:
    the caseload's rows need none, its due items do, on the database worker)."""
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
