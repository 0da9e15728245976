"""Words and times as people read them: UK time with its zone, ages, plurals, fingerprints."""

from __future__ import annotations

import datetime as dt

from yjdesk.services import humanise as h


def test_times_are_uk_local_with_the_zone_never_utc() -> None:
    summer = dt.datetime(2026, 7, 1, 12, 30, tzinfo=dt.UTC)
    winter = dt.datetime(2026, 12, 1, 12, 30, tzinfo=dt.UTC)
    assert h.time_text(summer) == "01/07/2026 13:30 BST"
    assert h.time_text(winter) == "01/12/2026 12:30 GMT"
    assert h.clock_text(summer) == "13:30 BST"
    # late evening UTC in summer is the next day in the UK
    assert h.date_text(dt.datetime(2026, 7, 1, 23, 30, tzinfo=dt.UTC)) == "02/07/2026"
    assert h.time_text(dt.datetime(2026, 7, 1, 12, 30)) == "01/07/2026 13:30 BST"  # naive=UTC
    assert "UTC" not in h.when_text(summer)
    assert h.when_text(dt.date(2026, 7, 1)) == "01/07/2026"


def test_ages_plurals_fingerprints() -> None:
    dob = dt.date(2010, 5, 17)
    assert h.age_on(dob, dt.date(2026, 5, 16)) == 15
    assert h.age_on(dob, dt.date(2026, 5, 17)) == 16
    assert h.plural(1, "child", "children") == "1 child"
    assert h.plural(3, "child", "children") == "3 children"
    assert h.plural(0, "item") == "0 items"
    assert h.days_text(1) == "1 day"
    assert h.fingerprint("a3f9c2" + "0" * 58) == "A3F9 C200 0000"
    assert h.fingerprint(None) == ""
