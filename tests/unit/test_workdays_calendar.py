"""The bank-holiday calendar: the library's own class for the country, loaded alone (issue 16:
the library's ``countries`` package imports all 250 countries' calendars)."""

from __future__ import annotations

import json
import subprocess
import sys

import holidays
import pytest

from yjdesk.services import workdays


@pytest.mark.parametrize("subdiv", ["ENG", "WLS", "NIR", "SCT"])
def test_the_days_are_the_librarys_own(subdiv: str) -> None:
    for year in range(1990, 2061):
        expected = frozenset(holidays.country_holidays("GB", subdiv=subdiv, years=year).keys())
        assert workdays._holidays_of("GB", subdiv, year) == expected, (subdiv, year)


def test_loading_the_calendar_imports_one_country_not_all() -> None:
    code = ("import json, sys\nfrom yjdesk.services import workdays\nworkdays.warm_up()\n"
            "print(json.dumps({'all': 'holidays.countries' in sys.modules, "
            "'modules': sum(m.startswith('holidays') for m in sys.modules), "
            "'days': len(workdays._bank_holidays(2026))}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True)
    got = json.loads(out.stdout)
    assert got["all"] is False, got  # (about 300 modules and 0.12 s of CPU with it)
    assert got["modules"] < 100, got
    assert got["days"] == 9, got  # England and Wales, 2026 (Boxing Day observed on the 28th)
