"""Every form's field validation on the push path (issue 11): over HTTP, on the real service
(SQLite and PostgreSQL), a row the laptop's own form would refuse -- a required field left
out, a value out of range, an unknown code -- is refused in the form's words and changes
nothing; the same record done properly is applied."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from tests.integration.serverkit import ApiClient, ServerDb, World, change
from yjdesk.models.types import new_id

TODAY = dt.date.today()
PAST = (TODAY - dt.timedelta(days=30)).isoformat()
FUTURE = (TODAY + dt.timedelta(days=30)).isoformat()


def _good(world: World, plan: str, disposal: str,
          ooc: str) -> list[tuple[str, dict[str, Any]]]:
    child = world.north_child
    return [
        ("plan", {"child_id": child, "start_date": PAST, "contingency_wellbeing": "Call CSC",
                  "contingency_others": "Call police"}),
        ("plan_target", {"child_id": child, "plan_id": plan, "area": "desistance",
                         "description": "Attend ETE", "owner": "Pat"}),
        ("review", {"child_id": child, "trigger": "scheduled", "due_date": PAST,
                    "status": "completed", "review_date": PAST, "what_changed": "School",
                    "no_change_reason": "Plan still fits"}),
        ("compliance_record", {"child_id": child, "event_date": PAST,
                               "kind": "unacceptable_absence", "enforcement_needed": False}),
        ("court_hearing", {"child_id": child, "court_code": "preston_youth",
                           "court_name": "Preston Youth Court", "hearing_date": FUTURE,
                           "hearing_type": "first_appearance", "status": "listed",
                           "hearing_time": "10:00"}),
        ("ooc_decision", {"child_id": child, "referral_date": PAST,
                          "screening_summary": "First offence", "panel_date": PAST,
                          "decision": "triage", "route": "police",
                          "rationale": "Low gravity"}),
        ("exit_plan", {"child_id": child, "disposal_id": disposal, "ete_hours_offered": 20,
                       "ete_hours_attended": 15}),
        ("offence", {"child_id": child, "offence_date": PAST,
                     "offence_code": "theft_handling", "status": "suspected", "gravity": 2}),
        ("disposal", {"child_id": child, "disposal_type": "triage",
                      "category": "out_of_court", "decision_date": PAST, "start_date": PAST}),
        ("transition_plan", {"child_id": child, "eligible": False,
                             "eligibility_reason": "Order ends before 18"}),
        ("child_address", {"child_id": child, "line1": "1 High St", "from_date": PAST,
                           "postcode": "PR1 2QT"}),
        ("relationship", {"child_id": child, "name": "Ann", "relationship_type": "mother",
                          "email": "ann@example.org"}),
        ("ooc_condition", {"child_id": child, "decision_id": ooc,
                           "description": "Attend two sessions"}),
        ("safeguarding_item", {"child_id": child, "summary": "Bruise on his arm",
                               "status": "open", "team_id": world.north,
                               "raised_by": world.pat,
                               "raised_at": f"{PAST}T10:00:00+00:00"}),
    ]


#: (record type, fields that break the form, words of the laptop form's message)
HOSTILE: list[tuple[str, dict[str, Any], str]] = [
    ("plan", {"contingency_wellbeing": None},
     "A contingency plan for the child's safety and wellbeing is required."),
    ("plan_target", {"area": "world_peace"}, "'world_peace' is not a known plan area."),
    ("plan_target", {"description": "  "}, "Each target needs a description."),
    ("review", {"what_changed": ""}, "What has changed since the last review is required."),
    ("review", {"review_date": FUTURE}, "The review is dated in the future."),
    ("compliance_record", {"kind": "forgot"}, "'forgot' is not a known kind of non-compliance"),
    ("compliance_record", {"action": "breach", "enforcement_needed": True},
     "Before breach, record the alternatives tried"),
    ("court_hearing", {"hearing_time": "25:99"}, "Give the time as HH:MM"),
    ("court_hearing", {"court_code": "atlantis"}, "Please choose the court from the list"),
    ("court_hearing", {"legal_rep_email": "not an email"}, "This is not an e-mail address."),
    ("ooc_decision", {"gravity_score": 7}, "from 1 to 5"),
    ("ooc_decision", {"referral_date": FUTURE}, "The referral is dated in the future."),
    ("ooc_decision", {"offence_id": "e2d4f0d4-0000-4000-8000-000000000000"},
     "The offence is not this child's."),
    ("exit_plan", {"ete_hours_offered": 99}, "Hours a week must be between 0 and 60."),
    ("exit_plan", {"ete_status": "astronaut"}, "'astronaut' is not a known ete status."),
    ("offence", {"gravity": 12}, "Gravity is a score from 1 to 8."),
    ("offence", {"offence_date": FUTURE}, "The offence date cannot be in the future."),
    ("disposal", {"start_date": (TODAY - dt.timedelta(days=60)).isoformat()},
     "A disposal cannot start before it was decided."),
    ("disposal", {"disposal_type": "exile"}, "Please choose a disposal type from the list."),
    ("transition_plan", {"eligibility_reason": None},
     "Say why the child does (or does not) transfer."),
    ("child_address", {"postcode": "NOT A CODE"}, "This is not a UK postcode."),
    ("relationship", {"relationship_type": "nemesis"}, "Please choose the relationship."),
    ("safeguarding_item", {"summary": " "}, "Describe the safeguarding concern."),
    ("ooc_condition", {"description": "  "}, "Describe the condition."),
]


def test_every_form_family_is_judged_by_the_laptops_form_on_the_push_path(
        live_server: str, server_db: ServerDb, world: World) -> None:
    plan, disposal, ooc = new_id(), new_id(), new_id()
    good = _good(world, plan, disposal, ooc)
    rows = {table: fields for table, fields in good}
    ids = {"plan": plan, "disposal": disposal, "ooc_decision": ooc}
    # the disposal first (the plan and the exit plan name it)
    ordered = sorted(good, key=lambda g: (g[0] != "disposal", g[0] != "plan"))
    with ApiClient(live_server, "pat") as pat:
        pat.login()
        ok = pat.push([change(t, ids.get(t) or new_id(), f) for t, f in ordered])
        assert [(r.table, r.status, r.error) for r in ok.results] == [
            (t, "applied", None) for t, _ in ordered]
        before = server_db.snapshot()
        res = pat.push([change(t, new_id(), {**rows[t], **bad}) for t, bad, _ in HOSTILE])
        assert server_db.snapshot() == before, [
            (h[1], r.status) for h, r in zip(HOSTILE, res.results, strict=True)
            if r.status != "rejected"]
    got = [(r.table, r.status) for r in res.results]
    assert got == [(t, "rejected") for t, _, _ in HOSTILE]
    for (table, bad, words), result in zip(HOSTILE, res.results, strict=True):
        assert words in (result.error or ""), (table, bad, result.error)


def test_an_edit_is_judged_on_the_fields_it_changes(
        live_server: str, server_db: ServerDb, world: World) -> None:
    """A bad edit of an existing record is refused; an old record's untouched problem does
    not block an edit of another field."""
    old = server_db.put("compliance_record", {
        "child_id": world.north_child, "event_date": dt.date.fromisoformat(PAST),
        "kind": "retired_code"})  # saved before its code was withdrawn
    with ApiClient(live_server, "pat") as pat:
        pat.login()
        res = pat.push([change("compliance_record", old, {"action": "lecture"}, base_rev=1)])
        assert res.results[0].status == "rejected"
        assert "'lecture' is not a known enforcement action." in (res.results[0].error or "")
        res = pat.push([change("compliance_record", old, {"detail": "Phoned mum"},
                               base_rev=1)])
        assert res.results[0].status == "applied", res.results[0].error
    row = server_db.row("compliance_record", old)
    assert row is not None and row["detail"] == "Phoned mum" and row["action"] is None


def test_an_answer_must_fit_its_question(
        live_server: str, server_db: ServerDb, world: World) -> None:
    disposal = server_db.put("disposal", {
        "child_id": world.north_child, "disposal_type": "triage", "category": "out_of_court",
        "decision_date": TODAY, "start_date": TODAY})
    stage = server_db.put("assessment_stage", {
        "child_id": world.north_child, "disposal_id": disposal, "stage_type": "start",
        "form_version": 3, "author_id": world.pat, "started_on": TODAY, "due_on": TODAY,
        "status": "draft"})

    def answer(key: str, value: Any) -> dict[str, Any]:
        return change("assessment_answer", new_id(), {
            "child_id": world.north_child, "stage_id": stage, "question_key": key,
            "value": json.dumps(value), "as_at": TODAY.isoformat()})

    with ApiClient(live_server, "pat") as pat:
        pat.login()
        before = server_db.snapshot()
        res = pat.push([answer("ete_hours", 75), answer("engagement", "lots"),
                        answer("no_such_question", 1)])
        assert server_db.snapshot() == before
        errors = [r.error or "" for r in res.results]
        assert [r.status for r in res.results] == ["rejected"] * 3, errors
        assert "must be between 0 to 60; 75 is outside" in errors[0]
        assert "needs a number" in errors[1]
        assert "'no_such_question' is not a question on assessment form version 3." \
            in errors[2]
        ok = pat.push([answer("ete_hours", 25)])
        assert ok.results[0].status == "applied", ok.results[0].error


def test_a_stage_submitted_without_its_required_answers_is_refused(
        live_server: str, server_db: ServerDb, world: World) -> None:
    """Submitting is judged with the stage's answers once the whole push is applied (they
    arrive after the stage): without them the laptop's own blocking checks refuse it; with
    them, in the same push, it is submitted."""
    from tests.unit.test_assessment_helpers import COMPLETE
    from yjdesk.services.assessments import forms

    disposal = server_db.put("disposal", {
        "child_id": world.north_child, "disposal_type": "triage", "category": "out_of_court",
        "decision_date": TODAY, "start_date": TODAY})
    version = forms.current_version()

    def stage_fields(**extra: Any) -> dict[str, Any]:
        return {"child_id": world.north_child, "disposal_id": disposal, "stage_type": "start",
                "form_version": version, "author_id": world.pat, "started_on": PAST,
                "due_on": FUTURE, **extra}

    submitted = {"status": "submitted", "submitted_by": world.pat,
                 "submitted_at": f"{TODAY.isoformat()}T09:00:00+00:00"}

    def answers(stage: str) -> list[dict[str, Any]]:
        return [change("assessment_answer", new_id(), {
            "child_id": world.north_child, "stage_id": stage, "question_key": key,
            "value": json.dumps(value), "as_at": TODAY.isoformat()})
            for key, value in COMPLETE.items()]

    bare, full = new_id(), new_id()
    with ApiClient(live_server, "pat") as pat:
        pat.login()
        made = pat.push([change("assessment_stage", bare, stage_fields(status="draft"))])
        assert made.results[0].status == "applied", made
        res = pat.push([change("assessment_stage", bare, submitted, base_rev=1)])
        assert res.results[0].status == "rejected"
        assert (res.results[0].error or "").startswith(
            "The assessment cannot be submitted yet:"), res.results[0].error
        stored = server_db.row("assessment_stage", bare)
        assert stored is not None and stored["status"] == "draft"
        ok = pat.push([change("assessment_stage", full, stage_fields(**submitted)),
                       *answers(full)])
        assert {r.status for r in ok.results} == {"applied"}, [
            r.error for r in ok.results if r.status != "applied"]
    stored = server_db.row("assessment_stage", full)
    assert stored is not None and stored["status"] == "submitted"


def test_a_quality_audit_the_form_would_refuse_is_refused(
        live_server: str, server_db: ServerDb, world: World) -> None:
    audit = new_id()
    good = {"child_id": world.north_child, "auditor_id": world.nina, "team_id": world.north,
            "practitioner_id": world.pat, "audited_on": PAST, "case_type": "court",
            "status": "draft"}
    with ApiClient(live_server, "nina") as nina:
        nina.login()
        made = nina.push([change("quality_audit", audit, good)])
        assert made.results[0].status == "applied", made
        before = server_db.snapshot()
        res = nina.push([
            change("quality_audit", new_id(), {**good, "case_type": "hunch"}),
            change("quality_audit", new_id(), {**good, "audited_on": FUTURE}),
            change("quality_audit_answer", new_id(), {
                "child_id": world.north_child, "audit_id": audit, "question": "made.up",
                "score": "sufficient"}),
        ])
        assert server_db.snapshot() == before
    errors = [r.error or "" for r in res.results]
    assert [r.status for r in res.results] == ["rejected"] * 3, errors
    assert "Choose a court or an out-of-court case." in errors[0]
    assert "The audit date cannot be in the future." in errors[1]
    assert "This question is not asked of this kind of case." in errors[2]


def _days_ago(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


def test_each_later_step_of_an_out_of_court_record_is_judged_by_its_form(
        live_server: str, server_db: ServerDb, world: World) -> None:
    """An out-of-court record is made in steps. Each step pushed without the fields its
    laptop form requires is refused in the form's words (``casework.ooc_steps``) and changes
    nothing; with them it is applied; once decided, the assessment is closed."""
    ooc = new_id()
    referral = {"child_id": world.north_child, "referral_date": _days_ago(40),
                "admission": "admitted", "evidential_standard_met": True, "gravity_score": 2}
    #: (a step missing a required field, the form's words, the step done properly)
    steps: list[tuple[dict[str, Any], str, dict[str, Any]]] = [
        ({"assessed_date": _days_ago(35)}, "The assessment summary is required.",
         {"assessed_date": _days_ago(35), "screening_summary": "Admitted theft; first time"}),
        ({"yjs_recommendation": "youth_caution"},
         "The reasons for the recommendation is required.",
         {"yjs_recommendation": "youth_caution",
          "recommendation_rationale": "Second offence; admitted"}),
        ({"decision": "youth_caution", "route": "panel", "panel_date": _days_ago(30),
          "panel_attendees": "PC Shah; YJS officer; chair"},
         "The rationale for the decision is required.",
         {"decision": "youth_caution", "route": "panel", "panel_date": _days_ago(30),
          "panel_attendees": "PC Shah; YJS officer; chair",
          "rationale": "Admitted; proportionate"}),
        ({"delivered_date": _days_ago(28), "child_understood": True,
          "parent_understood": True}, "Who delivered the disposal is required.",
         {"delivered_date": _days_ago(28), "delivered_by": "PC Shah",
          "child_understood": True, "parent_understood": True}),
        ({"outcome": "completed"}, "The date of the outcome is required.",
         {"outcome": "completed", "outcome_date": _days_ago(5)}),
    ]
    with ApiClient(live_server, "pat") as pat:
        pat.login()
        made = pat.push([change("ooc_decision", ooc, referral)])
        assert made.results[0].status == "applied", made.results[0].error
        rev = 1
        for missing, words, proper in steps:
            before = server_db.snapshot()
            res = pat.push([change("ooc_decision", ooc, missing, base_rev=rev)])
            assert res.results[0].status == "rejected", (missing, res.results[0])
            assert words in (res.results[0].error or ""), (missing, res.results[0].error)
            assert server_db.snapshot() == before
            ok = pat.push([change("ooc_decision", ooc, proper, base_rev=rev)])
            assert ok.results[0].status == "applied", (proper, ok.results[0].error)
            rev += 1
        closed = pat.push([change("ooc_decision", ooc, {"screening_summary": "Rewritten"},
                                  base_rev=rev)])
        assert closed.results[0].status == "rejected"
        assert "The decision has been made; the assessment is closed." in (
            closed.results[0].error or "")
        again = pat.push([change("ooc_decision", ooc, {"outcome": "not_completed",
                                                        "outcome_date": _days_ago(4)},
                                 base_rev=rev)])
        assert again.results[0].status == "rejected"
        assert "The outcome has already been recorded." in (again.results[0].error or "")
        # a new record decided whole, or a police outcome, meets that form
        whole = {"child_id": world.north_child, "referral_date": _days_ago(20),
                 "panel_date": _days_ago(10), "decision": "triage", "route": "police",
                 "rationale": "Low gravity"}
        police = {"child_id": world.north_child, "referral_date": _days_ago(9),
                  "panel_date": _days_ago(9), "decision": "community_resolution",
                  "route": "police", "told_date": _days_ago(2)}
        res = pat.push([change("ooc_decision", new_id(), whole),
                        change("ooc_decision", new_id(), {**police, "told_date": None,
                                                          "rationale": "Told late"}),
                        change("ooc_decision", new_id(), {**police, "panel_date": FUTURE})])
        errors = [r.error or "" for r in res.results]
        assert [r.status for r in res.results] == ["rejected"] * 3, errors
        assert "The screening summary is required." in errors[0]
        assert "The screening summary is required." in errors[1]
        assert "The police decision is dated in the future." in errors[2]
        ok = pat.push([change("ooc_decision", new_id(), {**whole, "screening_summary": "Ok"}),
                       change("ooc_decision", new_id(), police)])
        assert [r.status for r in ok.results] == ["applied"] * 2, [
            r.error for r in ok.results]
    row = server_db.row("ooc_decision", ooc)
    assert row is not None and row["outcome"] == "completed"
    assert row["screening_summary"] == "Admitted theft; first time"


def test_the_remand_details_of_a_hearing_outcome_are_judged_as_the_form_judges_them(
        live_server: str, server_db: ServerDb, world: World) -> None:
    """A remand to youth detention accommodation: not for a child under the age in the
    rules (on the hearing's outcome), and its episode records the LASPO set of conditions
    the court found met (``remand.remand_errors``, as the outcome form)."""
    young = server_db.add_child(world.north, world.pat, given_name="Yan",
                                date_of_birth=TODAY - dt.timedelta(days=365 * 11))
    server_db.allocate(young, world.pat)

    def hearing(child: str) -> dict[str, Any]:
        return {"child_id": child, "court_code": "preston_youth",
                "court_name": "Preston Youth Court", "hearing_date": _days_ago(1),
                "hearing_type": "first_appearance", "status": "heard",
                "outcome": "remand", "remand_type": "remand_yda",
                "outcome_recorded_by": world.pat,
                "outcome_recorded_at": f"{_days_ago(1)}T15:00:00+00:00"}

    episode = {"child_id": world.north_child, "kind": "remand_yda", "status": "in_custody",
               "placement_date": _days_ago(1), "designated_authority": "Lancashire",
               "looked_after_from": _days_ago(1), "establishment": "wetherby_yoi"}
    with ApiClient(live_server, "pat") as pat:
        pat.login()
        before = server_db.snapshot()
        res = pat.push([change("court_hearing", new_id(), hearing(young)),
                        change("custody_episode", new_id(), episode)])
        errors = [r.error or "" for r in res.results]
        assert [r.status for r in res.results] == ["rejected"] * 2, errors
        assert "A child under 12 cannot be remanded to youth detention accommodation." \
            in errors[0]
        assert "Record which LASPO set of conditions the court found met" in errors[1]
        assert server_db.snapshot() == before
        ok = pat.push([change("court_hearing", new_id(), hearing(world.north_child)),
                       change("custody_episode", new_id(),
                              {**episode, "laspo_condition_set": "first"})])
        assert [r.status for r in ok.results] == ["applied"] * 2, [
            r.error for r in ok.results]
