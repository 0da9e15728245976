"""Issue 13, 'wrong today': the legal limits of youth orders, by the dated rule set in force.

Each limit is tested at its boundaries and on both sides of the dated change (DTO terms by
the order date, 28 June 2022; curfew hours and extended activity by the conviction date).
"""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select

from tests.conftest import TODAY
from yjdesk.errors import ValidationError
from yjdesk.models.justice import Disposal, DisposalRequirement
from yjdesk.services.court import psr as ps
from yjdesk.services.justice import DisposalInput, RequirementInput, add_disposal
from yjdesk.services.orders.limits import (
    OrderFacts,
    RequirementFacts,
    order_errors,
    proposal_months_error,
)
from yjdesk.services.orders.rulesets import rule_set

CHANGE = dt.date(2022, 6, 28)
DOB = dt.date(2005, 3, 1)  # 16 or 17 through 2021-2023


def dto(made: dt.date, months: int, days: int = 0) -> OrderFacts:
    return OrderFacts("dto", made, None, made, made + relativedelta(months=months, days=days),
                      DOB)


def yro(convicted: dt.date, months: int = 12, kind: str = "yro",
        dob: dt.date = DOB) -> OrderFacts:
    start = convicted + dt.timedelta(days=21)
    return OrderFacts(kind, start, convicted, start, start + relativedelta(months=months), dob)


def test_rule_sets_are_dated_data_with_their_source() -> None:
    before = rule_set("dto_term", CHANGE - dt.timedelta(days=1))
    after = rule_set("dto_term", CHANGE)
    assert before.get("allowed_months") == [4, 6, 8, 10, 12, 18, 24]
    assert after.applies_from == CHANGE and after.int("max_months") == 24
    assert "s.158" in after.source and after.date_basis == "order_date"
    assert rule_set("yro", CHANGE).date_basis == "conviction_date"


@pytest.mark.parametrize(("months", "days", "ok_before", "ok_after"), [
    (4, 0, True, True), (5, 0, False, True), (6, 0, True, True), (3, 0, False, False),
    (24, 0, True, True), (24, 1, False, False), (13, 0, False, True), (18, 0, True, True),
    (7, 3, False, True)])
def test_dto_terms_on_both_sides_of_28_june_2022(months: int, days: int, ok_before: bool,
                                                 ok_after: bool) -> None:
    made_before, made_on = CHANGE - dt.timedelta(days=1), CHANGE
    assert ("end_date" not in order_errors(dto(made_before, months, days), [])) is ok_before
    assert ("end_date" not in order_errors(dto(made_on, months, days), [])) is ok_after


def test_a_5_month_dto_message_names_the_allowed_terms() -> None:
    message = order_errors(dto(dt.date(2021, 1, 5), 5), [])["end_date"]
    assert "4, 6, 8, 10, 12, 18 or 24 months" in message and "28/06/2022" in message


@pytest.mark.parametrize(("hours", "ok"), [(1, False), (2, True), (16, True), (17, False)])
def test_curfew_hours_before_the_change(hours: int, ok: bool) -> None:
    order = yro(CHANGE - dt.timedelta(days=1))
    errs = order_errors(order, [RequirementFacts("curfew_electronic", hours)], False)
    assert ("requirements[0]" not in errs) is ok


@pytest.mark.parametrize(("hours", "week", "ok"), [(2, None, True), (16, None, True),
                                           (17, 112, True), (20, 112, True), (21, 112, False),
                                           (20, 113, False), (20, None, False)])
def test_curfew_hours_from_the_change(hours: int, week: int | None, ok: bool) -> None:
    order = yro(CHANGE)  # convicted on 28 June 2022: the new limits
    errs = order_errors(order, [RequirementFacts("curfew_electronic", hours, week)], False)
    assert ("requirements[0]" not in errs) is ok, errs


def test_a_23_hour_curfew_is_refused_in_plain_words() -> None:
    errs = order_errors(yro(dt.date(2026, 10, 1)), [RequirementFacts("curfew_doorstep", 23)])
    assert errs["requirements[0]"] == ("A curfew is from 2 to 20 hours a day for a conviction "
                                       "on 01/10/2026.")


def test_curfew_within_12_months_and_exclusion_at_most_3() -> None:
    order = yro(dt.date(2026, 1, 5), 24)
    assert order.start_date is not None
    within = order.start_date + relativedelta(months=12)
    assert not order_errors(order, [RequirementFacts("curfew_electronic", 10, 70, within)])
    assert "12 months" in order_errors(order, [RequirementFacts(
        "curfew_electronic", 10, 70, within + dt.timedelta(days=1))])["requirements[0]"]
    three = order.start_date + relativedelta(months=3)
    assert not order_errors(order, [RequirementFacts("exclusion", None, None, three)])
    assert "at most 3 months" in order_errors(order, [RequirementFacts(
        "exclusion", None, None, three + dt.timedelta(days=1))])["requirements[0]"]


@pytest.mark.parametrize(("hours", "ok"), [(39, False), (40, True), (240, True), (241, False),
                                      (400, False)])
def test_unpaid_work_hours(hours: int, ok: bool) -> None:
    errs = order_errors(yro(dt.date(2022, 1, 10)), [RequirementFacts("unpaid_work", hours)])
    assert ("requirements[0]" not in errs) is ok


def test_unpaid_work_only_at_16_or_17_at_conviction() -> None:
    convicted = dt.date(2026, 3, 1)
    sixteen_today = convicted - relativedelta(years=16)
    assert not order_errors(yro(convicted, dob=sixteen_today),
                            [RequirementFacts("unpaid_work", 60)])
    fifteen = sixteen_today + dt.timedelta(days=1)
    assert "aged 16 or 17 at conviction (this child was 15)" in order_errors(
        yro(convicted, dob=fifteen), [RequirementFacts("unpaid_work", 60)])["requirements[0]"]


def test_yro_length_and_iss() -> None:
    convicted = dt.date(2025, 5, 1)
    assert not order_errors(yro(convicted, 36), [])
    assert "3 years" in order_errors(yro(convicted, 37), [])["end_date"]
    full = [RequirementFacts("extended_activity", 180), RequirementFacts("supervision"),
            RequirementFacts("curfew_electronic", 12, 84)]
    assert not order_errors(yro(convicted, 6, "yro_iss"), full)
    assert "at least 6 months" in order_errors(yro(convicted, 5, "yro_iss"), full)["end_date"]
    missing = order_errors(yro(convicted, 12, "yro_iss"), full[1:])["requirements"]
    assert "missing: extended activity" in missing
    doorstep = [*full[:2], RequirementFacts("curfew_doorstep", 12, 84)]
    assert "electronic monitoring" in order_errors(yro(convicted, 12, "yro_iss"),
                                                   doorstep)["requirements"]
    assert not order_errors(yro(convicted, 12, "yro_iss"),
                            [*doorstep, RequirementFacts("electronic_monitoring")])


@pytest.mark.parametrize(("days", "before_ok", "after_ok"), [(90, False, False), (91, True, True),
                                                     (180, True, True), (181, False, True),
                                                     (365, False, True), (366, False, False)])
def test_extended_activity_days_by_conviction_date(days: int, before_ok: bool,
                                                   after_ok: bool) -> None:
    req = [RequirementFacts("extended_activity", days)]
    for convicted, ok in ((CHANGE - dt.timedelta(days=1), before_ok), (CHANGE, after_ok)):
        errs = order_errors(yro(convicted, 12, "yro_iss"), req, False)
        assert ("requirements[0]" not in errs) is ok


def test_activity_at_most_90_days_and_extended_activity_only_with_iss() -> None:
    order = yro(dt.date(2025, 1, 1))
    assert not order_errors(order, [RequirementFacts("activity", 90)])
    assert "at most 90 days" in order_errors(order, [RequirementFacts("activity", 91)])[
        "requirements[0]"]
    assert "only possible in a YRO with intensive" in order_errors(
        order, [RequirementFacts("extended_activity", 120)])["requirements[0]"]


def test_referral_order_3_to_12_months() -> None:
    made = dt.date(2026, 2, 2)
    for months in (3, 12):
        assert order_errors(OrderFacts("referral_order", made, None, made,
                                       made + relativedelta(months=months)), []) == {}
    short = OrderFacts("referral_order", made, None, made, made + relativedelta(months=3)
                       - dt.timedelta(days=1))
    assert "at least 3" in order_errors(short, [])["end_date"]
    long = OrderFacts("referral_order", made, None, made, made + relativedelta(months=12,
                                                                                days=1))
    assert "at most 12" in order_errors(long, [])["end_date"]


def test_psr_proposal_at_most_36_months() -> None:
    assert proposal_months_error("yro", 36, TODAY) is None
    assert proposal_months_error("yro", 37, TODAY) == "The proposed length is from 1 to 36 months."
    assert proposal_months_error("yro", 48, TODAY) is not None
    assert proposal_months_error("referral_order", 13, TODAY) is not None
    assert proposal_months_error("dto", 25, TODAY) is not None
    assert proposal_months_error("s250_detention", 60, TODAY) is None


def test_psr_service_refuses_a_48_month_proposal() -> None:
    with pytest.raises(ValidationError) as exc:
        ps.validate_input(ps.PsrInput(proposal_disposal_type="yro", proposal_months=48))
    assert "36 months" in exc.value.errors["proposal_months"]


def _count(uow) -> tuple[int, int]:
    with uow() as u:
        return (u.session.scalar(select(func.count()).select_from(Disposal)) or 0,
                u.session.scalar(select(func.count()).select_from(DisposalRequirement)) or 0)


def test_service_refuses_400_hours_and_a_23_hour_curfew_and_saves_nothing(
        uow, child_id) -> None:
    # The fixture child (born 17/05/2010) is 16 on TODAY.
    data = DisposalInput(
        "yro", TODAY, TODAY, TODAY + relativedelta(months=12),
        requirements=[RequirementInput("unpaid_work", quantity=400),
                      RequirementInput("curfew_electronic", quantity=23)])
    with uow() as u, pytest.raises(ValidationError) as exc:
        add_disposal(u.session, child_id, data)
    assert "40 to 240 hours" in exc.value.errors["requirements[0]"]
    assert "2 to 20 hours a day" in exc.value.errors["requirements[1]"]
    assert _count(uow) == (0, 0)
    ok = DisposalInput("yro", TODAY, TODAY, TODAY + relativedelta(months=12),
                       requirements=[RequirementInput("unpaid_work", quantity=240),
                                     RequirementInput("curfew_electronic", quantity=12,
                                                      hours_per_week=84)])
    with uow() as u:
        add_disposal(u.session, child_id, ok)
    assert _count(uow) == (1, 2)


def test_service_judges_a_dto_by_its_order_date(uow, child_id) -> None:
    made = dt.date(2022, 6, 27)  # the child was 12: a DTO is possible at 12+
    five = DisposalInput("dto", made, made, made + relativedelta(months=5))
    with uow() as u, pytest.raises(ValidationError) as exc:
        add_disposal(u.session, child_id, five)
    assert "4, 6, 8, 10, 12, 18 or 24" in exc.value.errors["end_date"]
    assert _count(uow) == (0, 0)
    later = DisposalInput("dto", CHANGE, CHANGE, CHANGE + relativedelta(months=5))
    with uow() as u:
        add_disposal(u.session, child_id, later)
    assert _count(uow) == (1, 0)
