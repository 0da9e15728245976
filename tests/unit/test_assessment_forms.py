"""Form definitions as data: bad input refused whole, drafts survive a form upgrade."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY
from tests.unit.test_assessment_helpers import COMPLETE, add_disposal
from yjdesk.errors import ValidationError
from yjdesk.models import AssessmentAnswer, AssessmentStage
from yjdesk.services.assessments import forms, signing, stages


@pytest.fixture
def draft(uow, child_id) -> str:
    with uow() as u:
        disp = add_disposal(u.session, child_id)
        return stages.create_stage(u.session, child_id, disp, today=TODAY).id


def _count(uow, model) -> int:
    with uow() as u:
        return u.session.scalar(select(func.count()).select_from(model))


def test_every_question_key_is_unique_and_columns_exist() -> None:
    for version in forms.known_versions():
        form = forms.load(version)
        for q in form.column_questions():
            assert q.column is not None and hasattr(AssessmentStage, q.column), q.column
        assert {s.kind for s in form.sections} == {"information", "self_assessment",
                                                   "conclusions"}


def test_unknown_form_version_refused_and_nothing_saved(uow, child_id) -> None:
    with uow() as u:
        disp = add_disposal(u.session, child_id)
    with pytest.raises(ValidationError) as info, uow() as u:
        stages.create_stage(u.session, child_id, disp, today=TODAY, form_version=99)
    assert "form version 99 is not known" in info.value.errors["form_version"]
    assert _count(uow, AssessmentStage) == 0


@pytest.mark.parametrize(("values", "key", "words"), [
    ({"rosh": "extreme"}, "rosh", "not one of the choices"),
    ({"likelihood_reoffending": "very_high"}, "likelihood_reoffending", "not one of"),
    ({"child_wellbeing": 9}, "child_wellbeing", "on the scale 1 to 5"),
    ({"ete_hours": "fifteen"}, "ete_hours", "needs a number"),
    ({"ete_hours": 2.5}, "ete_hours", "whole number"),
    ({"send": "yes"}, "send", "needs yes or no"),
    ({"strengths": 42}, "strengths", "needs written text"),
    ({"no_such_question": "x"}, "no_such_question", "not a question"),
])
def test_bad_answers_refused_with_nothing_saved(uow, draft, values, key, words) -> None:
    before = _count(uow, AssessmentAnswer)
    with pytest.raises(ValidationError) as info, uow() as u:
        stages.save_answers(u.session, draft, {"strengths": "Good at football", **values},
                            today=TODAY)
    assert words in info.value.errors[key]
    assert _count(uow, AssessmentAnswer) == before  # the good answer was not saved either


def test_yet_to_clarify_only_where_allowed(uow, draft) -> None:
    with pytest.raises(ValidationError, match="cannot be left"), uow() as u:
        stages.save_answers(u.session, draft, {}, clarify={"rosh": True}, today=TODAY)
    with uow() as u:
        stages.save_answers(u.session, draft, {}, clarify={"send": True}, today=TODAY)
        assert stages.answers(u.session, draft)["send"].yet_to_clarify


@pytest.fixture
def forms_up_to_v2(tmp_path, monkeypatch):
    """Only form versions 1 and 2 installed (v2 dropped a question v3 brought back)."""
    folder = tmp_path / "forms"
    folder.mkdir()
    for v in (1, 2):
        name = f"assessment-v{v}.json"
        (folder / name).write_bytes((forms.forms_dir() / name).read_bytes())
    monkeypatch.setattr(forms, "forms_dir", lambda: folder)
    return folder


def test_draft_survives_a_form_definition_upgrade(uow, child_id, forms_up_to_v2) -> None:
    """Begun under v1 (which asks about health-risking behaviour); v2 dropped that question."""
    assert forms.current_version() == 2
    assert forms.load(2).question("health_risk_behaviour") is None
    with uow() as u:
        disp = add_disposal(u.session, child_id)
        sid = stages.create_stage(u.session, child_id, disp, today=TODAY, form_version=1).id
        v1_answers = {k: v for k, v in COMPLETE.items() if forms.load(1).question(k)}
        stages.save_answers(u.session, sid, {**v1_answers, "health_risk_behaviour": True},
                            today=TODAY)
    with uow() as u:
        assert stages.upgrade_form(u.session, sid) is True
    with uow() as u:
        st = stages.get_stage(u.session, sid)
        assert st.form_version == 2 and st.rosh == "medium"
        vals = stages.values_of(stages.answers(u.session, sid))
        assert vals["health_risk_behaviour"] is True  # kept, from an earlier form version
        assert {k: vals[k] for k in v1_answers} == v1_answers  # nothing lost
        # the new v2 questions can now be answered; the dropped one can no longer be edited
        stages.save_answers(u.session, sid, {"sources_consulted": "School, police"},
                            today=TODAY)
        with pytest.raises(ValidationError, match="not a question on assessment form version 2"):
            stages.save_answers(u.session, sid, {"health_risk_behaviour": False}, today=TODAY)
        assert signing.submit(u.session, sid, today=TODAY).status == "submitted"


def test_version_3_carries_drafts_forward_with_the_needs_items(uow, child_id) -> None:
    """A v2 draft moves to v3: every answer kept, the needs items answerable and mirrored
    to their columns; a v1 answer to the health-at-risk question v3 brought back counts."""
    assert forms.current_version() == 3
    v3 = forms.load(3)
    for key, column in (("parent_mental_health", "parent_mental_health"),
                        ("health_risk_behaviour", "health_at_risk"),
                        ("previous_convictions", "previous_convictions"),
                        ("looked_after_status", "looked_after_status")):
        q = v3.question(key)
        assert q is not None and q.column == column
    with uow() as u:
        disp = add_disposal(u.session, child_id)
        old = stages.create_stage(u.session, child_id, disp, today=TODAY, form_version=1).id
        stages.save_answers(u.session, old, {"health_risk_behaviour": True}, today=TODAY)
        sid = stages.create_stage(u.session, child_id, add_disposal(u.session, child_id),
                                  today=TODAY, form_version=2).id
        v2_answers = {k: v for k, v in COMPLETE.items() if forms.load(2).question(k)}
        stages.save_answers(u.session, sid, v2_answers, today=TODAY)
    with uow() as u:
        assert stages.upgrade_form(u.session, sid) is True
        assert stages.upgrade_form(u.session, old) is True
    with uow() as u:
        vals = stages.values_of(stages.answers(u.session, sid))
        assert {k: vals[k] for k in v2_answers} == v2_answers          # nothing lost
        stages.save_answers(u.session, sid, {
            "parent_mental_health": True, "bereavement": False, "previous_convictions": 2,
            "age_at_first_conviction": 14, "looked_after_status": "previously",
            "self_harm_or_suicide_attempt": True}, today=TODAY)
        st = stages.get_stage(u.session, sid)
        assert st.form_version == 3
        assert (st.parent_mental_health, st.bereavement, st.previous_convictions,
                st.age_at_first_conviction, st.looked_after_status,
                st.self_harm_or_suicide_attempt) == (True, False, 2, 14, "previously", True)
        first = stages.get_stage(u.session, old)
        assert first.form_version == 3 and first.health_at_risk is True


def test_answers_stored_as_json_with_as_at(uow, draft) -> None:
    with uow() as u:
        stages.save_answers(u.session, draft, {"ete_hours": 12, "send": False}, today=TODAY)
        rows = stages.answers(u.session, draft)
        assert json.loads(rows["ete_hours"].value or "") == 12 and rows["send"].as_at == TODAY
        stages.save_answers(u.session, draft, {"ete_hours": None}, today=TODAY)
        assert stages.get_stage(u.session, draft).ete_hours is None
