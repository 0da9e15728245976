"""Victim safety in plans and assessments (issue 14): where an offence has an identified
victim, the plan's "keeping other people safe" must address the victim (or say why not),
and the assessment's quality check says so; the sync service refuses the same plan."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import TODAY
from tests.unit.casework_support import caution, count
from tests.unit.test_assessment_helpers import COMPLETE, add_disposal
from tests.unit.test_casework_plans import plan_input
from yjdesk.errors import ValidationError
from yjdesk.models import Base, Plan
from yjdesk.server.rules import Change, check
from yjdesk.services.assessments import signing, stages
from yjdesk.services.casework import plans
from yjdesk.services.justice import OffenceInput, add_offence
from yjdesk.services.victims.planning import PLAN_MESSAGE


def victim_offence(uow, child_id: str, victim: bool = True) -> None:
    with uow() as u:
        add_offence(u.session, child_id, OffenceInput(TODAY - dt.timedelta(days=30), "robbery",
                                                      victim_involved=victim), TODAY)


def test_a_plan_must_address_an_identified_victim(uow, actor, child_id) -> None:
    victim_offence(uow, child_id)
    with uow() as u:
        caution(u.session, child_id)
    with uow() as u, pytest.raises(ValidationError) as err:
        plans.create_plan(u.session, child_id, plan_input(victim_safety="  "))
    assert err.value.errors["victim_safety"] == PLAN_MESSAGE
    with uow() as u:
        assert count(u.session, Plan) == 0
        plans.create_plan(u.session, child_id, plan_input(
            victim_safety="Exclusion zone around the victim's street; the victim worker "
                          "tells us of any contact."))
        assert count(u.session, Plan) == 1
    # The sync service refuses the same plan with the same words.
    with uow() as u:
        table = Base.metadata.tables["plan"]
        # a plan otherwise complete (the form's own checks run on the push path too)
        row = {"child_id": child_id, "start_date": TODAY.isoformat(), "victim_safety": None,
               "contingency_wellbeing": "Call CSC", "contingency_others": "Call police"}
        refusal = check(Change(u.session, actor, table, "p1", None, row))
        assert refusal is not None and "identified victim" in refusal
        assert check(Change(u.session, actor, table, "p1", None,
                            {**row, "victim_safety": "Not needed: the victim moved away."})) \
            is None


def test_no_identified_victim_no_requirement(uow, child_id) -> None:
    victim_offence(uow, child_id, victim=False)
    with uow() as u:
        caution(u.session, child_id)
        plans.create_plan(u.session, child_id, plan_input())
        assert count(u.session, Plan) == 1


def test_the_assessment_quality_check_fires_for_an_identified_victim(uow, child_id) -> None:
    victim_offence(uow, child_id)
    answers = {k: v for k, v in COMPLETE.items() if k != "victim_needs"}
    with uow() as u:
        sid = stages.create_stage(u.session, child_id, add_disposal(u.session, child_id),
                                  today=TODAY).id
        stages.save_answers(u.session, sid, answers, today=TODAY)
        problems = [p for p in signing.check_stage(u.session, sid) if p.rule == "victim_safety"]
    assert len(problems) == 1 and problems[0].blocking
    assert problems[0].key == "victim_needs"
    assert "identified victim" in problems[0].message
    with uow() as u, pytest.raises(ValidationError) as err:
        signing.submit(u.session, sid, today=TODAY)
    assert "keeping other people safe" in err.value.errors["victim_needs"]
    # A linked plan that addresses the victim answers it.
    with uow() as u:
        plans.create_plan(u.session, child_id, plan_input(
            assessment_stage_id=sid, victim_safety="No contact; exclusion zone."))
        assert not [p for p in signing.check_stage(u.session, sid)
                    if p.rule == "victim_safety"]
