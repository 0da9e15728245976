"""Working days over England and Wales bank holidays; due dates; the caseload provider."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import TODAY
from tests.unit.test_assessment_helpers import COMPLETE, add_disposal
from yjdesk.services import due
from yjdesk.services.assessments import signing, stages, timeliness
from yjdesk.services.policy import Policy, use_policy

D = dt.date


def test_working_days_skip_christmas_and_boxing_day_substitute() -> None:
    # Thu 24 Dec 2026 + 1 working day: Fri 25 (Christmas), Sat, Sun, Mon 28 (Boxing Day
    # substitute) are not working days -> Tue 29 Dec.
    assert timeliness.add_working_days(D(2026, 12, 24), 1) == D(2026, 12, 29)
    assert not timeliness.is_working_day(D(2026, 12, 28))
    assert timeliness.previous_working_day(D(2026, 12, 29)) == D(2026, 12, 24)


def test_working_days_skip_easter_2026() -> None:
    # Thu 2 Apr 2026 + 1: Good Friday 3 Apr, weekend, Easter Monday 6 Apr -> Tue 7 Apr.
    assert timeliness.add_working_days(D(2026, 4, 2), 1) == D(2026, 4, 7)
    assert timeliness.working_days_between(D(2026, 4, 2), D(2026, 4, 7)) == 1


def test_assessment_due_twenty_working_days_across_christmas() -> None:
    # Start Mon 14 Dec 2026: 20 working days skip 25 and 28 Dec (Boxing Day substitute)
    # and 1 Jan, and the weekends -> Thu 14 Jan 2027 (it would be Mon 11 Jan without them).
    assert timeliness.assessment_due(D(2026, 12, 14)) == D(2027, 1, 14)


def test_assessment_due_before_a_sooner_court_date() -> None:
    assert timeliness.assessment_due(D(2026, 12, 14), next_court=D(2026, 12, 29)) == \
        D(2026, 12, 24)
    # a later court date does not push the due date back
    assert timeliness.assessment_due(D(2026, 12, 14), next_court=D(2027, 3, 1)) == \
        D(2027, 1, 14)


def test_timescales_come_from_policy() -> None:
    strict = Policy.load().changed(assessment={"due_working_days_from_start": 5,
                                               "countersign_working_days": 2})
    use_policy(strict)  # the app installs the service's policy; the test's is undone after it
    assert timeliness.assessment_due(D(2026, 12, 21)) == D(2026, 12, 30)
    assert timeliness.countersign_due(D(2026, 12, 24)) == D(2026, 12, 30)


def test_caseload_shows_assessment_and_countersign_due(uow, child_id, actor) -> None:
    with uow() as u:
        disp = add_disposal(u.session, child_id, start=D(2026, 10, 1))
        (item,) = [i for i in due.all_due(u.session, [child_id], TODAY)[child_id]
                   if i.kind.startswith("assessment")]
        assert item.kind == "assessment" and item.state == due.DueState.OVERDUE
        assert "not started" in item.label
        sid = stages.create_stage(u.session, child_id, disp, today=TODAY).id
        assert stages.get_stage(u.session, sid).due_on == D(2026, 10, 29)
        stages.save_answers(u.session, sid, COMPLETE, today=TODAY)
        signing.submit(u.session, sid, today=TODAY)
        items = [i for i in due.all_due(u.session, [child_id], TODAY)[child_id]
                 if i.kind.startswith("assessment")]
        assert [(i.kind, i.due, i.state) for i in items] == [
            ("assessment_sign", D(2026, 11, 27), due.DueState.DUE_SOON)]


def test_stage_due_before_the_childs_next_listed_hearing(uow, child_id) -> None:
    from yjdesk.models import CourtHearing

    with uow() as u:
        disp = add_disposal(u.session, child_id, start=D(2026, 11, 16))
        for day, status in ((D(2026, 11, 19), "heard"), (D(2026, 12, 29), "vacated"),
                            (D(2026, 12, 7), "listed")):
            u.session.add(CourtHearing(child_id=child_id, court_code="X", court_name="Youth",
                                       hearing_date=day, hearing_type="sentence",
                                       status=status))
        u.session.flush()
        assert timeliness.next_court_date(u.session, child_id, TODAY) == D(2026, 12, 7)
        st = stages.create_stage(u.session, child_id, disp, today=TODAY)
        # 20 working days from 16 Nov is 14 Dec, but the hearing on Mon 7 Dec is sooner:
        # due the working day before it, Fri 4 Dec (heard and vacated hearings are ignored)
        assert st.due_on == D(2026, 12, 4)
        soon = stages.create_stage(u.session, child_id, disp, today=TODAY,
                                   next_court=D(2026, 11, 30))
        assert soon.due_on == D(2026, 11, 27)  # the working day before the hearing


def test_the_policy_calendar_chooses_the_bank_holidays(tmp_path, monkeypatch) -> None:
    """``working_days.calendar`` names the bank holidays counted; a name yjdesk does not
    know is refused in words when the policy is read."""
    from yjdesk.errors import KnownError
    from yjdesk.services import workdays
    from yjdesk.services.policy import use_policy

    st_patricks = D(2026, 3, 17)  # a Tuesday; a bank holiday in Northern Ireland only
    assert timeliness.is_working_day(st_patricks)
    monkeypatch.setitem(workdays.CALENDARS, "northern_ireland", ("GB", "NIR"))
    override = tmp_path / "policy.json"
    override.write_text('{"working_days": {"calendar": "northern_ireland"}}')
    use_policy(Policy.load([override]))
    try:
        assert workdays.calendar_in_use() == "northern_ireland"
        assert not timeliness.is_working_day(st_patricks)
        assert timeliness.add_working_days(D(2026, 3, 16), 1) == D(2026, 3, 18)
    finally:
        use_policy(None)
    assert timeliness.is_working_day(st_patricks)  # back to England and Wales
    override.write_text('{"working_days": {"calendar": "narnia"}}')
    with pytest.raises(KnownError, match=r"working_days\.calendar is 'narnia'"):
        Policy.load([override])
