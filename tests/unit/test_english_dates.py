"""Dates the services, PDFs and command line write are English whatever the process's
locale: ``strftime``'s month and weekday names follow ``LC_TIME``, which Qt sets from the
environment when the app starts (a pack or report made on a machine set to Welsh mixed
"Mai" into its English). The UI words dates in the person's language instead."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from yjdesk.services.humanise import MONTH_NUMBERS, english_date
from yjdesk.sync.conflicts import parse_value

ROOT = Path(__file__).resolve().parents[2]
#: A month or weekday name from strftime or strptime: in an f-string (``{day:%B}``) or a
#: format string (``"%d %B %Y"``).
NAMED = re.compile(r"""(?:strftime\(|strptime\(|:|["'])[^)}"'\n]*%[aAbBc]\b""")


def test_english_date_writes_english_names() -> None:
    day = dt.date(2026, 9, 7)
    assert english_date(day, "%d %B %Y") == "07 September 2026"
    assert english_date(day, "%-d %b %Y") == "7 Sep 2026"
    assert english_date(day, "%A %-d %B %Y") == "Monday 7 September 2026"
    assert english_date(day, "%b-%b %y") == "Sep-Sep 26"
    assert english_date(dt.datetime(2026, 5, 1, 9, 5), "%-d %B %Y at %H:%M") == \
        "1 May 2026 at 09:05"
    with pytest.raises(ValueError, match="does not know"):
        english_date(day, "%c")


def test_every_month_is_understood_by_its_english_names() -> None:
    for number in range(1, 13):
        day = dt.date(2026, number, 28)
        for form in ("%d %B %Y", "%d %b %Y", "%-d %B %Y"):
            assert parse_value("child", "date_of_birth", english_date(day, form)) == \
                day.isoformat()
    assert MONTH_NUMBERS["sept"] == 9


def test_no_service_pdf_or_command_writes_a_month_or_weekday_by_the_locale() -> None:
    """Outside the UI (which words dates through its translation), no ``%B``, ``%b``,
    ``%A``, ``%a`` or ``%c`` in a date format."""
    found = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
             for path in sorted((ROOT / "yjdesk").rglob("*.py"))
             if "ui" not in path.relative_to(ROOT).parts[:2] and path.name != "humanise.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if NAMED.search(line) and "english_date" not in line]
    assert found == []
