"""Plans, the proportionality warning, reviews (triggered and scheduled), compliance."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import TODAY
from tests.unit.casework_support import caution, count
from yjdesk.errors import ValidationError, WorkflowError
from yjdesk.models import ComplianceRecord, Plan, PlanTarget, Review
from yjdesk.services.casework import compliance, plans, reviews
from yjdesk.services.casework.compliance import ComplianceInput
from yjdesk.services.casework.plans import PlanInput, TargetInput
from yjdesk.services.casework.reviews import EventInput, ReviewInput
from yjdesk.services.due import all_due, english_label
from yjdesk.services.workdays import add_working_days


def plan_input(sessions: tuple[int, int, int] = (2, 1, 1), **kw: object) -> PlanInput:
    base: dict[str, object] = dict(
        start_date=TODAY,
        targets=[
            TargetInput("desistance", "Understand the impact on the victim", "Pat",
                        "I want to say sorry", sessions[0], 1),
            TargetInput("safety_wellbeing", "Keep away from the older group", "Pat and mum",
                        None, sessions[1], 2),
            TargetInput("others_safety", "Stay away from the victim's street", "Jay", None,
                        sessions[2], 3),
        ],
        contingency_wellbeing="If he goes missing, mum calls the police and the duty worker.",
        contingency_others="If he contacts the victim, police are told the same day.",
        control_exclusion=True, external_controls="Exclusion from Park Road (condition).")
    base.update(kw)
    return PlanInput(**base)  # type: ignore[arg-type]


def test_plan_saves_targets_in_sequence(uow, child_id) -> None:
    with uow() as u:
        caution(u.session, child_id)
        result = plans.create_plan(u.session, child_id, plan_input())
        assert result.warnings == []
        pid = result.plan.id
    with uow() as u:
        targets = plans.plan_targets(u.session, pid)
        assert [t.area for t in targets] == ["desistance", "safety_wellbeing", "others_safety"]
        assert targets[0].child_words == "I want to say sorry"


def test_twelve_sessions_in_a_three_month_caution_warns(uow, child_id) -> None:
    with uow() as u:
        caution(u.session, child_id)
        result = plans.create_plan(u.session, child_id, plan_input(sessions=(6, 3, 3)))
    [warning] = result.warnings
    assert warning.startswith("12 sessions are planned but only about 6 fit")
    assert "youth conditional caution" in warning and "proportionate" in warning


def test_plan_without_contingency_is_refused_and_nothing_saved(uow, child_id) -> None:
    with uow() as u, pytest.raises(ValidationError) as err:
        plans.create_plan(u.session, child_id, plan_input(contingency_others=" ",
                                                          targets=[]))
    assert set(err.value.errors) >= {"contingency_others", "targets"}
    with uow() as u, pytest.raises(ValidationError) as err:
        plans.create_plan(u.session, child_id, plan_input(targets=[
            TargetInput("world_peace", "x", "Pat")]))
    assert "not a known plan area" in err.value.errors["targets[0]"]
    with uow() as u:
        assert count(u.session, Plan) == 0 and count(u.session, PlanTarget) == 0


def test_event_creates_a_due_review_within_working_days(uow, child_id) -> None:
    friday = dt.date(2026, 12, 18)
    with uow() as u:
        _event, review = reviews.record_event(
            u.session, child_id, EventInput("homelessness", friday, "Asked to leave home"),
            today=friday)
    # 10 working days after Fri 18 Dec 2026, skipping 25 Dec, Boxing Day (kept 28 Dec), 1 Jan.
    assert review.due_date == add_working_days(friday, 10) == dt.date(2027, 1, 6)
    with uow() as u:
        items = all_due(u.session, [child_id], friday)[child_id]
        assert any(i.kind == "review" and english_label(i) == "Review after homelessness"
                   for i in items)


def test_event_in_future_or_unknown_is_refused(uow, child_id) -> None:
    with uow() as u, pytest.raises(ValidationError) as err:
        reviews.record_event(u.session, child_id,
                             EventInput("abduction_by_aliens", TODAY + dt.timedelta(days=1)),
                             today=TODAY)
    assert set(err.value.errors) == {"event_type", "event_date"}
    with uow() as u:
        assert count(u.session, Review) == 0


def test_review_without_plan_change_asks_for_a_reason(uow, child_id) -> None:
    with uow() as u:
        caution(u.session, child_id)
        plan = plans.create_plan(u.session, child_id, plan_input()).plan
        _, due = reviews.record_event(u.session, child_id,
                                      EventInput("new_arrest", TODAY, "Arrested for theft"),
                                      today=TODAY)
        same = plans.plan_input(u.session, plan)
        rid = due.id
    with uow() as u, pytest.raises(ValidationError) as err:
        reviews.complete_review(u.session, child_id, ReviewInput(
            TODAY, "Arrested again; released under investigation", plan=same), TODAY, rid)
    assert "say why" in err.value.errors["no_change_reason"]
    with uow() as u:
        assert u.session.get(Review, rid).status == "due"
    with uow() as u:
        reviews.complete_review(u.session, child_id, ReviewInput(
            TODAY, "Arrested again", plan=same,
            no_change_reason="The plan already covers the peer group."), TODAY, rid)
        assert u.session.get(Review, rid).plan_changed is False


def test_review_that_updates_the_plan(uow, child_id) -> None:
    with uow() as u:
        caution(u.session, child_id)
        plan = plans.create_plan(u.session, child_id, plan_input()).plan
        changed = plans.plan_input(u.session, plan)
        changed.targets.append(TargetInput("safety_wellbeing", "Housing referral", "Pat",
                                           None, 1, 4))
        review = reviews.complete_review(u.session, child_id, ReviewInput(
            TODAY, "Family breakdown", plan=changed), TODAY)
        assert review.plan_changed and review.trigger == "scheduled"
        assert plan.version == 2 and len(plans.plan_targets(u.session, plan.id)) == 4
    with uow() as u, pytest.raises(WorkflowError):
        plans.create_plan(u.session, child_id, plan_input())


def test_enforcement_needed_but_not_taken_requires_reason(uow, child_id) -> None:
    bad = ComplianceInput(TODAY, "unacceptable_absence", enforcement_needed=True,
                          action="none")
    with uow() as u, pytest.raises(ValidationError) as err:
        compliance.record(u.session, child_id, bad, TODAY)
    assert "give the reason" in err.value.errors["reason_not_taken"]
    with uow() as u, pytest.raises(ValidationError) as err:
        compliance.record(u.session, child_id, ComplianceInput(
            TODAY, "other_non_compliance", enforcement_needed=True, action="breach"), TODAY)
    assert set(err.value.errors) == {"alternatives_tried", "breach_date"}
    with uow() as u:
        assert count(u.session, ComplianceRecord) == 0
        bad.reason_not_taken = "Mum in hospital that week; absence understandable."
        compliance.record(u.session, child_id, bad, TODAY)
        assert count(u.session, ComplianceRecord) == 1


def test_scheduled_review_and_referral_order_panel_due(uow, child_id) -> None:
    start = TODAY - dt.timedelta(days=10)
    with uow() as u:
        caution(u.session, child_id, start=start, months=12, kind="referral_order")
        [due] = reviews.due_reviews(u.session, [child_id])[child_id]
    assert due.label == "Referral order panel"
    assert due.due == dt.date(2027, 2, 10)
