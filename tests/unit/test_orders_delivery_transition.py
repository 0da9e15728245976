"""Issue 13: YRO requirement delivery with balance warnings; the transition to probation from
17 years 6 months; reviews that follow events."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from tests.conftest import TODAY, table_of
from yjdesk.errors import ValidationError
from yjdesk.models.casework import Review
from yjdesk.models.child import Child, StatusHistory
from yjdesk.models.justice import DisposalRequirement
from yjdesk.models.orders import RequirementDelivery
from yjdesk.server import rules
from yjdesk.services import due
from yjdesk.services.casework.reviews import EventInput, record_event
from yjdesk.services.children import AddressInput, add_address
from yjdesk.services.court import hearings as hs
from yjdesk.services.court.outcomes import OutcomeInput, record_outcome
from yjdesk.services.justice import (
    DisposalInput,
    OffenceInput,
    RequirementInput,
    add_disposal,
    add_offence,
)
from yjdesk.services.orders import delivery as dl
from yjdesk.services.orders import transition as tr

DOB = dt.date(2010, 5, 17)  # the fixture child


@pytest.fixture
def yro(uow, child_id) -> dict[str, str]:
    start = TODAY - relativedelta(months=11)
    with uow() as u:
        d = add_disposal(u.session, child_id, DisposalInput(
            "yro", start, start, start + relativedelta(months=18), requirements=[
                RequirementInput("reparation", quantity=10),
                RequirementInput("curfew_electronic", quantity=10, hours_per_week=70,
                                 end_date=start + relativedelta(months=6)),
                RequirementInput("supervision")]))
        reqs = {r.requirement_code: r.id for r in u.session.scalars(
            select(DisposalRequirement).where(DisposalRequirement.disposal_id == d.id))}
        return {"disposal": d.id, **reqs}


def test_delivery_balance_and_violation_warnings(uow, child_id, yro) -> None:
    with uow() as u:
        dl.record_delivery(u.session, yro["reparation"], dl.DeliveryInput(
            TODAY - dt.timedelta(days=30), "hours", 4), TODAY)
    with pytest.raises(ValidationError) as exc, uow() as u:
        dl.record_delivery(u.session, yro["reparation"], dl.DeliveryInput(
            TODAY, "hours", 7), TODAY)
    assert exc.value.errors["quantity"] == "Only 6 of 10 remain on this requirement."
    with pytest.raises(ValidationError) as exc, uow() as u:
        dl.record_delivery(u.session, yro["curfew_electronic"], dl.DeliveryInput(
            TODAY, "violation", 1), TODAY)
    assert "monitoring provider" in exc.value.errors["reported_by"]
    with pytest.raises(ValidationError) as exc, uow() as u:
        dl.record_delivery(u.session, yro["curfew_electronic"], dl.DeliveryInput(
            TODAY, "hours", 1), TODAY)
    assert "violation reported" in exc.value.errors["kind"]
    with uow() as u:
        dl.record_delivery(u.session, yro["curfew_electronic"], dl.DeliveryInput(
            TODAY - dt.timedelta(days=1), "violation", 1, "EM provider", "Out at 23:10"), TODAY)
        [rep] = [b for b in dl.balances(u.session, {child_id}) if b.code == "reparation"]
        assert (rep.required, rep.done, rep.remaining) == (10, 4, 6)
        # 28 days (policy) before the order ends the balance shows in Work due.
        assert rep.due_by is not None
        soon = rep.due_by - dt.timedelta(days=28)
        labels = [due.english_label(i) for i in due.all_due(u.session, [child_id], soon)[child_id]]
        assert "Reparation: 6 of 10 hours still to do" in labels
        early = [due.english_label(i) for i in due.all_due(u.session, [child_id],
                                                soon - dt.timedelta(days=1))[child_id]]
        assert "Reparation: 6 of 10 hours still to do" not in early
        now = [due.english_label(i) for i in due.all_due(u.session, [child_id], TODAY)[child_id]]
    assert ("Curfew (electronically monitored) violation reported: decide on enforcement"
            in now)


def test_work_still_to_do_says_hour_or_day_as_its_total_does(uow, child_id, yro) -> None:
    """"1 of 1 hour still to do", not "1 of 1 hours": the unit agrees with the total (the
    template's %n, which gives a translator the language's plural forms)."""
    with uow() as u:
        reqs = {r.requirement_code: r for r in u.session.scalars(
            select(DisposalRequirement).where(DisposalRequirement.disposal_id
                                              == yro["disposal"]))}
        u.session.info["sync_apply"] = True
        reqs["reparation"].quantity = 1
    with uow() as u:
        [rep] = [b for b in dl.balances(u.session, {child_id}) if b.code == "reparation"]
        assert rep.due_by is not None
        items = due.all_due(u.session, [child_id], rep.due_by)[child_id]
    [work] = [i for i in items if i.kind == "order_work" and i.args[0] == "Reparation"]
    assert work.label == "%1: %2 of %n hours still to do"
    assert work.args == ("Reparation", "1", "1")
    assert due.english_label(work) == "Reparation: 1 of 1 hour still to do"
    days = due.DueItem(work.state, work.due, "%1: %2 of %n days still to do", "order_work",
                       args=("Extended activity", "1", "1"))
    assert due.english_label(days) == "Extended activity: 1 of 1 day still to do"
    assert due.english_label(due.DueItem(work.state, work.due, days.label, "order_work",
                                         args=("Extended activity", "1", "2"))) == \
        "Extended activity: 1 of 2 days still to do"


def test_server_checks_delivery_lines(uow, actor, child_id, yro) -> None:
    row = {"child_id": child_id, "requirement_id": yro["curfew_electronic"],
           "delivered_on": TODAY.isoformat(), "kind": "violation", "quantity": 1}
    with uow() as u:
        change = rules.Change(u.session, actor, table_of(RequirementDelivery), "x", None, row)
        assert "who reported" in str(rules.check(change))
        ok = rules.Change(u.session, actor, table_of(RequirementDelivery), "x", None,
                          {**row, "reported_by": "EM provider"})
        assert rules.check(ok) is None


def test_transition_flag_from_17_years_6_months() -> None:
    start = tr.planning_from(DOB)
    assert start == dt.date(2027, 11, 17)
    past_18 = DOB + relativedelta(years=18, days=1)
    assert not tr.needs_transition(DOB, past_18, start - dt.timedelta(days=1))
    assert tr.needs_transition(DOB, past_18, start)
    # An order ending on or before the 18th birthday needs no transition.
    assert not tr.needs_transition(DOB, DOB + relativedelta(years=18), start)


def test_transition_planning_due_in_work_due_and_the_plan(uow, child_id) -> None:
    start = tr.planning_from(DOB)
    with uow() as u:
        add_disposal(u.session, child_id, DisposalInput(
            "yro", TODAY, TODAY, TODAY + relativedelta(months=24)))
        labels = [due.english_label(i) for i in due.all_due(u.session, [child_id], start)[child_id]]
        assert "Transition to probation: planning due" in labels
        before = [due.english_label(i) for i in due.all_due(u.session, [child_id],
                                                 start - dt.timedelta(days=1))[child_id]]
        assert "Transition to probation: planning due" not in before
    with pytest.raises(ValidationError) as exc, uow() as u:
        tr.save_plan(u.session, child_id, tr.TransitionInput(
            eligibility_reason="YRO runs to 2028", needs="ETE", child_views="Nervous",
            probation_must_know="Risk when using", transfer_date=start,
            transfer_type="community_order"), start)
    assert "before the transfer" in exc.value.errors["info_handover_on"]
    with uow() as u:
        tr.save_plan(u.session, child_id, tr.TransitionInput(
            eligibility_reason="YRO runs to 2028", needs="ETE", child_views="Nervous",
            probation_must_know="Risk when using"), start)
        labels = [due.english_label(i) for i in due.all_due(u.session, [child_id], start)[child_id]]
    assert "Transition to probation: planning due" not in labels
    assert "Transition: hand the information over to probation" in labels


def test_looked_after_17_year_old_is_flagged(uow, child_id) -> None:
    with uow() as u:
        child = u.session.get(Child, child_id)
        assert child is not None
        child.looked_after = StatusHistory.CURRENTLY
        assert not tr.looked_after_at_17(child, DOB + relativedelta(years=17)
                                         - dt.timedelta(days=1))
        assert tr.looked_after_at_17(child, DOB + relativedelta(years=17))


def _due_reviews(uow, child_id: str) -> list[str]:
    with uow() as u:
        return sorted(r.trigger for r in u.session.scalars(select(Review).where(
            Review.child_id == child_id, Review.status == "due")))


@pytest.fixture
def supervised(uow, child_id) -> str:
    with uow() as u:
        add_disposal(u.session, child_id, DisposalInput(
            "yro", TODAY - relativedelta(months=2), TODAY - relativedelta(months=2),
            TODAY + relativedelta(months=10)))
    return child_id


def test_each_event_makes_its_review_due(uow, actor, supervised) -> None:
    cid = supervised
    with uow() as u:
        offence = add_offence(u.session, cid, OffenceInput(TODAY - dt.timedelta(days=9),
                                                           "robbery"), TODAY)
    assert _due_reviews(uow, cid) == ["new_offence"]
    with uow() as u:
        h = hs.create_hearing(u.session, cid, hs.HearingInput(
            court_code="blackpool_youth", hearing_date=TODAY - dt.timedelta(days=8),
            hearing_type="first_appearance", status="heard", offence_ids=[offence.id]), TODAY)
        record_outcome(u.session, h.id, OutcomeInput(
            outcome="adjourned", next_hearing_date=TODAY + dt.timedelta(days=14),
            next_hearing_type="trial"), TODAY)
    assert _due_reviews(uow, cid) == ["hearing_outcome", "new_offence"]
    with uow() as u:
        h2 = hs.create_hearing(u.session, cid, hs.HearingInput(
            court_code="blackpool_youth", hearing_date=TODAY - dt.timedelta(days=6),
            hearing_type="remand_review", status="heard", offence_ids=[offence.id]), TODAY)
        record_outcome(u.session, h2.id, OutcomeInput(
            outcome="remand", remand_type="remand_la", designated_authority="Blackpool",
            next_hearing_date=TODAY + dt.timedelta(days=14), next_hearing_type="trial"), TODAY)
    assert "remand_custody" in _due_reviews(uow, cid)
    with uow() as u:
        add_address(u.session, cid, AddressInput(line1="1 First St",
                                                 from_date=TODAY - dt.timedelta(days=300)))
        add_address(u.session, cid, AddressInput(line1="2 New Rd",
                                                 from_date=TODAY - dt.timedelta(days=4)))
    assert "address_change" in _due_reviews(uow, cid)
    with uow() as u:
        record_event(u.session, cid, EventInput("missing", TODAY - dt.timedelta(days=3)), TODAY)
        record_event(u.session, cid, EventInput("school_exclusion",
                                                TODAY - dt.timedelta(days=2)), TODAY)
    assert _due_reviews(uow, cid) == sorted(["new_offence", "hearing_outcome",
                                             "remand_custody", "address_change", "missing",
                                             "school_exclusion"])


def test_no_review_without_an_ongoing_order(uow, child_id) -> None:
    with uow() as u:
        add_offence(u.session, child_id, OffenceInput(TODAY, "robbery"), TODAY)
    assert _due_reviews(uow, child_id) == []


def test_policy_event_makes_an_assessment_review_due(uow, actor, supervised) -> None:
    from yjdesk.models.assessment import AssessmentStage
    from yjdesk.models.justice import Disposal

    cid = supervised
    day = TODAY - dt.timedelta(days=3)
    with uow() as u:
        add_offence(u.session, cid, OffenceInput(day, "robbery"), TODAY)
        labels = [due.english_label(i) for i in due.all_due(u.session, [cid], TODAY)[cid]]
    assert "Assessment review after new offence" in labels
    with uow() as u:
        disposal = u.session.scalars(select(Disposal).where(Disposal.child_id == cid)).first()
        assert disposal is not None
        u.session.add(AssessmentStage(
            child_id=cid, disposal_id=disposal.id, stage_type="review", status="draft",
            form_version=1, author_id=actor.user_id, started_on=day, due_on=TODAY))
    with uow() as u:
        labels = [due.english_label(i) for i in due.all_due(u.session, [cid], TODAY)[cid]]
    assert "Assessment review after new offence" not in labels
    with uow() as u:  # an address change is not on the policy's list
        add_address(u.session, cid, AddressInput(line1="1 A St", from_date=TODAY - dt.timedelta(9)))
        add_address(u.session, cid, AddressInput(line1="2 B St", from_date=TODAY))
        labels = [due.english_label(i) for i in due.all_due(u.session, [cid], TODAY)[cid]]
    assert not any(x.startswith("Assessment review after change") for x in labels)
