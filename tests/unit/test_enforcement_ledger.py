"""Issue 13: the enforcement warning ledger (Sentencing Act 2020 Sch 7 para 4): each warning
dated and tied to its failure with a 12-month warned period; a third unacceptable failure in a
warned period requires breach action or a manager-signed exceptional reason."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select

from tests.conftest import TODAY, table_of
from tests.unit.casework_support import make_user
from yjdesk.errors import PermissionDenied, ValidationError
from yjdesk.models.casework import ComplianceRecord
from yjdesk.models.orders import EnforcementStep
from yjdesk.models.org import Role
from yjdesk.server import rules
from yjdesk.services.casework import compliance
from yjdesk.services.codes import codelist
from yjdesk.services.justice import DisposalInput, add_disposal
from yjdesk.services.orders import enforcement as enf
from yjdesk.services.uow import Actor

START = TODAY - relativedelta(months=14)


@pytest.fixture
def yro_id(uow, child_id) -> str:
    with uow() as u:
        return add_disposal(u.session, child_id, DisposalInput(
            "yro", START, START, START + relativedelta(months=24))).id


def warn(uow, yro_id: str, day: dt.date) -> EnforcementStep:
    with uow() as u:
        step = enf.record_step(u.session, yro_id, enf.StepInput(
            "warning", day, "Missed supervision without a reasonable excuse", day), TODAY)
        u.session.expunge(step)
        return step


def _steps(uow) -> int:
    with uow() as u:
        return u.session.scalar(select(func.count()).select_from(EnforcementStep)) or 0


def test_no_final_warning_wording() -> None:
    assert "final_warning" not in codelist("compliance_action")
    assert all("final" not in c.label.lower() for c in codelist("compliance_action").codes)


def test_warning_is_dated_with_its_12_month_warned_period(uow, yro_id) -> None:
    first = START + dt.timedelta(days=10)
    step = warn(uow, yro_id, first)
    assert (step.step_date, step.warned_period_end) == (first, first + relativedelta(months=12))
    assert step.failure.startswith("Missed supervision")


def test_third_failure_in_the_warned_period_requires_breach(uow, yro_id) -> None:
    first = START + dt.timedelta(days=10)
    warn(uow, yro_id, first)
    warn(uow, yro_id, first + dt.timedelta(days=30))
    third = first + relativedelta(months=12)  # the last day of the first warned period
    with uow() as u:
        assert enf.next_step_required(u.session, yro_id, third) == "breach_action"
    before = _steps(uow)
    with pytest.raises(ValidationError) as exc, uow() as u:
        enf.record_step(u.session, yro_id, enf.StepInput(
            "warning", third, "Missed again", third), TODAY)
    assert "requires breach action" in exc.value.errors["kind"]
    assert _steps(uow) == before
    # The day after the first warned period ends only one warning covers the failure.
    later = third + dt.timedelta(days=1)
    with uow() as u:
        assert enf.next_step_required(u.session, yro_id, later) == "warning"
    with uow() as u:
        enf.record_step(u.session, yro_id, enf.StepInput(
            "breach_action", third, "Third failure in the warned period", third), TODAY)
    assert _steps(uow) == before + 1


def test_exceptional_reason_signed_off_by_a_manager_only(uow, actor, yro_id) -> None:
    first = START + dt.timedelta(days=10)
    warn(uow, yro_id, first)
    warn(uow, yro_id, first + dt.timedelta(days=20))
    third = first + dt.timedelta(days=40)
    with pytest.raises(ValidationError) as exc, uow() as u:
        enf.record_step(u.session, yro_id, enf.StepInput(
            "exceptional_reason", third, "Missed", third), TODAY)
    assert "exceptional reason" in exc.value.errors["reason"]
    with uow() as u:
        step_id = enf.record_step(u.session, yro_id, enf.StepInput(
            "exceptional_reason", third, "Missed", third,
            reason="Mother in hospital that day; he rang the office"), TODAY).id
    with pytest.raises(PermissionDenied), uow() as u:
        enf.sign_off_exception(u.session, step_id)
    with uow() as u:
        manager = make_user(u.session, actor, Role.TEAM_MANAGER, "mo")
    with uow(manager) as u:
        step = enf.sign_off_exception(u.session, step_id)
        assert step.signed_off_by == manager.user_id and step.signed_off_at is not None


def test_referral_order_goes_back_to_the_panel(uow, child_id) -> None:
    with uow() as u:
        ro_id = add_disposal(u.session, child_id, DisposalInput(
            "referral_order", TODAY, TODAY, TODAY + relativedelta(months=6))).id
    with pytest.raises(ValidationError) as exc, uow() as u:
        enf.record_step(u.session, ro_id, enf.StepInput("warning", TODAY, "Missed", TODAY),
                        TODAY)
    assert "panel" in exc.value.errors["kind"]
    with uow() as u:
        assert enf.next_step_required(u.session, ro_id, TODAY) == "referred_to_panel"


def test_compliance_warnings_fill_the_ledger_and_refuse_a_third(uow, child_id, yro_id) -> None:
    day = TODAY - dt.timedelta(days=40)
    for n in range(2):
        with uow() as u:
            compliance.record(u.session, child_id, compliance.ComplianceInput(
                day + dt.timedelta(days=10 * n), "unacceptable_absence", "Missed session",
                disposal_id=yro_id, enforcement_needed=True, action="written_warning"), TODAY)
    assert _steps(uow) == 2
    with pytest.raises(ValidationError) as exc, uow() as u:
        compliance.record(u.session, child_id, compliance.ComplianceInput(
            day + dt.timedelta(days=30), "unacceptable_absence", "Missed session",
            disposal_id=yro_id, enforcement_needed=True, action="verbal_warning"), TODAY)
    assert "requires breach action" in exc.value.errors["action"]
    with uow() as u:
        assert u.session.scalar(select(func.count()).select_from(ComplianceRecord)) == 2
    with uow() as u:
        compliance.record(u.session, child_id, compliance.ComplianceInput(
            day + dt.timedelta(days=30), "unacceptable_absence", "Missed session",
            disposal_id=yro_id, enforcement_needed=True, action="breach",
            alternatives_tried="Home visit; call to mum", breach_date=TODAY), TODAY)
    with uow() as u:
        kinds = [s.kind for s in enf.ledger(u.session, yro_id)]
    assert kinds == ["warning", "warning", "breach_action"]


def _change(session: Any, actor: Actor, current: dict[str, Any] | None,
            proposed: dict[str, Any]) -> rules.Change:
    return rules.Change(session=session, actor=actor, table=table_of(EnforcementStep),
                        row_id=str(proposed.get("id")), current=current, proposed=proposed)


def test_server_refuses_a_third_warning_and_edits(uow, actor, child_id, yro_id) -> None:
    first = START + dt.timedelta(days=10)
    warn(uow, yro_id, first)
    warn(uow, yro_id, first + dt.timedelta(days=5))
    day = (first + dt.timedelta(days=9)).isoformat()
    row = {"id": "new", "child_id": child_id, "disposal_id": yro_id, "kind": "warning",
           "step_date": day, "failure_date": day, "failure": "Missed",
           "warned_period_end": (first + dt.timedelta(days=9)
                                 + relativedelta(months=12)).isoformat()}
    with uow() as u:
        refusal = rules.check(_change(u.session, actor, None, row))
        assert refusal is not None and "requires breach action" in refusal
        breach = {**row, "kind": "breach_action", "warned_period_end": None}
        assert rules.check(_change(u.session, actor, None, breach)) is None
        assert "cannot be changed" in str(rules.check(_change(
            u.session, actor, breach, {**breach, "failure": "Something else"})))
        exc_row = {**breach, "kind": "exceptional_reason", "reason": "r",
                   "given_by": actor.user_id}
        assert "manager" in str(rules.check(_change(
            u.session, actor, exc_row, {**exc_row, "signed_off_by": actor.user_id})))


def test_referral_non_compliance_plans_a_breach_panel(uow, child_id) -> None:
    from yjdesk.services.orders import referral as ro

    with uow() as u:
        ro_id = add_disposal(u.session, child_id, DisposalInput(
            "referral_order", TODAY - dt.timedelta(days=30), TODAY - dt.timedelta(days=30),
            TODAY + relativedelta(months=5))).id
        enf.record_step(u.session, ro_id, enf.StepInput(
            "referred_to_panel", TODAY - dt.timedelta(days=2), "Missed two sessions", TODAY),
            TODAY)
        order = ro.order_for_disposal(u.session, ro_id)
        assert order is not None
        planned = [(p.kind, p.due_date) for p in ro.panels(u.session, order.id)
                   if p.status == "planned"]
    assert ("breach", TODAY + dt.timedelta(days=10)) in planned


def test_dto_licence_breach_with_the_courts_decision(uow, child_id) -> None:
    start = TODAY - relativedelta(months=8)
    with uow() as u:
        dto = add_disposal(u.session, child_id, DisposalInput(
            "dto", start, start, start + relativedelta(months=12))).id
    with uow() as u:
        step_id = enf.record_step(u.session, dto, enf.StepInput(
            "licence_breach", TODAY - dt.timedelta(days=3), "Broke the licence curfew",
            TODAY), TODAY).id
    with pytest.raises(ValidationError) as exc, uow() as u:
        enf.record_court_decision(u.session, step_id, " ")
    assert "court decided" in exc.value.errors["court_decision"]
    with uow() as u:
        enf.record_court_decision(u.session, step_id, "Further supervision for 3 months")
        assert enf.ledger(u.session, dto)[-1].court_decision == \
            "Further supervision for 3 months"
    with pytest.raises(ValidationError) as exc, uow() as u:
        enf.record_step(u.session, dto, enf.StepInput(
            "referred_to_panel", TODAY, "Missed", TODAY), TODAY)
    assert "Only referral order" in exc.value.errors["kind"]
