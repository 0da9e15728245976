"""The one reading of dates from forms and pushed rows: strict, optional and lenient."""

from __future__ import annotations

import datetime as dt

import pytest

from yjdesk.services.dates import lenient_date, optional_date, strict_date

DAY = dt.date(2026, 11, 20)


@pytest.mark.parametrize("value", [DAY, dt.datetime(2026, 11, 20, 10, 30), "2026-11-20",
                                   "2026-11-20T10:30:00", " 2026-11-20 "])
def test_every_reading_takes_a_date_a_datetime_or_iso_text(value: object) -> None:
    assert strict_date(value) == optional_date(value) == lenient_date(value) == DAY
    assert type(strict_date(value)) is dt.date  # a datetime's day, never the datetime


@pytest.mark.parametrize("value", ["2026-02-30", "20/11/2026", "soon", 20261120, True])
def test_strict_and_optional_refuse_what_is_not_a_date_lenient_gives_none(value: object) -> None:
    with pytest.raises(ValueError):
        strict_date(value)
    with pytest.raises(ValueError):
        optional_date(value)
    assert lenient_date(value) is None


@pytest.mark.parametrize("value", [None, ""])
def test_missing_is_none_except_for_strict(value: object) -> None:
    assert optional_date(value) is None and lenient_date(value) is None
    with pytest.raises(ValueError):
        strict_date(value)
