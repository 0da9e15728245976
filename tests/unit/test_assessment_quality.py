"""Each quality check fires, explains itself at the right question, and clears."""

from __future__ import annotations

import pytest

from tests.conftest import TODAY
from tests.unit.test_assessment_helpers import COMPLETE, add_disposal
from yjdesk.errors import ValidationError
from yjdesk.models import Plan
from yjdesk.services.assessments import forms, quality, signing, stages

FORM = forms.load(2)


def problems(values: dict, clarify: frozenset[str] = frozenset(), **kw) -> list:
    return [p for p in quality.check(FORM, values, clarify, **kw) if p.blocking]


def test_complete_answers_pass() -> None:
    assert problems(COMPLETE) == []


@pytest.mark.parametrize(("change", "key", "rule", "words", "fix"), [
    # missing rationale
    ({"rosh_rationale": None}, "rosh_rationale", "rationale", "no written rationale",
     {"rosh_rationale": "Group intimidation, no weapon."}),
    # a self-assessment concern not addressed in the conclusions
    ({"child_hurt_self": True}, "safety_wellbeing_rationale", "concern",
     "hurting yourself", {"safety_wellbeing_rationale":
                          "Jay said he sometimes feels like hurting himself; self-harm "
                          "safety plan agreed with CAMHS."}),
    # high rating without a contingency plan
    ({"safety_wellbeing": "high", "safety_wellbeing_rationale": "Missing overnight twice."},
     "contingency_plan", "contingency", "safety and wellbeing concerns is high",
     {"contingency_plan": "If missing: police report, call EDT, return interview."}),
    # contradictory ratings: standard intervention with very high risk of harm
    ({"rosh": "very_high", "contingency_plan": "MARAC referral.",
      "intervention_level": "standard"}, "intervention_level", "contradiction",
     "standard but the risk of serious harm is very high", {"intervention_level": "intensive"}),
    # contradictory: low safety and wellbeing with exploitation recorded
    ({"safety_wellbeing": "low", "criminal_exploitation": True}, "safety_wellbeing",
     "contradiction", "criminal exploitation", {"safety_wellbeing": "medium"}),
    # contradictory: MAPPA level 2 with low risk of harm
    ({"mappa_eligible": True, "mappa_category": 2, "mappa_level": 2,
      "mappa_rationale": "Violent offence", "rosh": "low"}, "mappa_level", "contradiction",
     "multi-agency", {"rosh": "medium"}),
    # self-assessment not reflected in the conclusions
    ({"self_assessment_reflection": None}, "self_assessment_reflection", "voice",
     "voice lost", {"self_assessment_reflection": "He wants help with school; now a target."}),
    # a self-assessment left empty with no reason recorded
    ({"parent_worries": None, "parent_safety_concern": None, "parent_support_wanted": None},
     "parent_not_completed", "voice", "parent or carer is empty",
     {"parent_not_completed": "Mum declined; she will be offered it again at review."}),
    # a required answer missing
    ({"offence_analysis": None}, "offence_analysis", "required", "required",
     {"offence_analysis": "Robbery with peers."}),
])
def test_each_check_fires_and_clears(change, key, rule, words, fix) -> None:
    found = problems({**COMPLETE, **change})
    assert [(p.key, p.rule) for p in found] == [(key, rule)], found
    assert words in found[0].message
    assert found[0].section == FORM.question(key).section
    assert problems({**COMPLETE, **change, **fix}) == []


def test_concern_addressed_only_by_naming_it_not_by_rating_alone() -> None:
    values = {**COMPLETE, "child_hurt_self": True, "safety_wellbeing": "very_high",
              "contingency_plan": "Crisis line; CAMHS."}
    assert [p.rule for p in problems(values)] == ["concern"]


def test_linked_plan_contingency_satisfies_the_check() -> None:
    values = {**COMPLETE, "rosh": "high", "intervention_level": "intensive"}
    assert [p.rule for p in problems(values)] == ["contingency"]
    assert problems(values, plan_has_contingency=True) == []


def test_yet_to_clarify_counts_as_answered_but_warns() -> None:
    values = {**COMPLETE, "accommodation_suitable": None}
    assert [p.key for p in problems(values)] == ["accommodation_suitable"]
    all_problems = quality.check(FORM, values, frozenset({"accommodation_suitable"}))
    assert [(p.rule, p.blocking) for p in all_problems] == [("yet_to_clarify", False)]


def test_submit_refused_while_a_check_fails_and_problems_name_questions(uow, child_id) -> None:
    with uow() as u:
        disp = add_disposal(u.session, child_id)
        sid = stages.create_stage(u.session, child_id, disp, today=TODAY).id
        stages.save_answers(u.session, sid, {**COMPLETE, "rosh": "high",
                                             "intervention_level": "intensive"}, today=TODAY)
    with pytest.raises(ValidationError) as info, uow() as u:
        signing.submit(u.session, sid, today=TODAY)
    assert set(info.value.errors) == {"contingency_plan"}
    with uow() as u:
        assert stages.get_stage(u.session, sid).status == "draft"
        # a contingency in the linked case-work plan clears it
        u.session.add(Plan(child_id=child_id, disposal_id=disp, assessment_stage_id=sid,
                           start_date=TODAY, contingency_wellbeing="CSC duty line.",
                           contingency_others="Police and MARAC on arrest."))
        u.session.flush()
        assert signing.submit(u.session, sid, today=TODAY).status == "submitted"
