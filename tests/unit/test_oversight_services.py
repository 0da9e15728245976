"""Oversight records, quality audits and their roll-up, the team dashboard, the data
quality report, board meetings, the CSV export and who may open a figure."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from tests.conftest import TODAY, child_input
from tests.unit.test_kpi_national import FY, SETTINGS, disp
from tests.unit.test_oversight_audit_log import make_user
from yjdesk.errors import PermissionDenied, ValidationError, WorkflowError
from yjdesk.models import AuditEvent
from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.casework import SafeguardingItem
from yjdesk.models.org import Role
from yjdesk.models.types import utcnow
from yjdesk.services import children
from yjdesk.services.due import DueState, next_due
from yjdesk.services.oversight import board, dashboard, data_quality, export_csv
from yjdesk.services.oversight import quality_audit as qa
from yjdesk.services.oversight import supervision as sv
from yjdesk.services.oversight.kpi import compute_pack, drill_down
from yjdesk.services.policy import Policy
from yjdesk.services.uow import Actor

D = dt.date


@pytest.fixture
def manager(uow, actor) -> Actor:
    return make_user(uow, actor, Role.TEAM_MANAGER, "Mo Manager")


def test_oversight_record_with_actions(uow, actor, manager, child_id) -> None:
    data = sv.OversightInput(
        kind="management_oversight", recorded_on=D(2026, 11, 2),
        decision="Step up to enhanced contact", rationale="Missing episodes since October",
        actions=[sv.ActionInput("Refer to exploitation panel", actor.user_id, D(2026, 11, 9)),
                 sv.ActionInput("Review contingency plan", manager.user_id, D(2026, 12, 1))])
    with uow(manager) as u:
        rec = sv.record(u.session, child_id, data, TODAY)
        assert rec.practitioner_id == actor.user_id  # the case manager by default
    with uow() as u:
        views = sv.for_child(u.session, child_id)
        due = next_due(u.session, [child_id], TODAY)[child_id]
    assert len(views) == 1 and views[0].author == "Mo Manager"
    assert views[0].decision == "Step up to enhanced contact"
    assert [(a.description, a.owner) for a in views[0].actions] == [
        ("Refer to exploitation panel", "Pat Practitioner"),
        ("Review contingency plan", "Mo Manager")]
    assert due.kind == "oversight_action" and due.due == D(2026, 11, 9)
    with uow() as u:  # the owner completes their action
        sv.complete_action(u.session, views[0].actions[0].id, TODAY)
    with uow() as u:
        assert sv.for_child(u.session, child_id)[0].actions[0].done_on == TODAY


def test_oversight_validation_and_permission(uow, actor, manager, child_id) -> None:
    bad = sv.OversightInput(kind="chat", recorded_on=D(2027, 1, 1), decision=" ",
                            rationale="", actions=[sv.ActionInput("", None, None)])
    with uow(manager) as u, pytest.raises(ValidationError) as err:
        sv.record(u.session, child_id, bad, TODAY)
    assert set(err.value.errors) >= {"kind", "recorded_on", "decision", "rationale",
                                     "actions[0].description", "actions[0].owner_id",
                                     "actions[0].due_date"}
    good = sv.OversightInput("supervision", TODAY, "Continue", "Engaging well")
    with uow() as u, pytest.raises(PermissionDenied):
        sv.record(u.session, child_id, good, TODAY)


def _answers(case_type: str, insufficient: set[str]) -> dict[str, tuple[str, str]]:
    return {q.code: ("insufficient" if q.code in insufficient else "sufficient",
                     f"evidence for {q.code}") for q in qa.questions_for(case_type)}


def test_quality_audit_rolls_up_and_feeds_back(uow, actor, manager) -> None:
    with uow() as u:
        c1 = children.create_child(u.session, child_input(), TODAY).id
        c2 = children.create_child(u.session, child_input(given_name="Kim"), TODAY).id
    assert len(qa.questions_for("court")) == 12
    assert len(qa.questions_for("out_of_court")) == 14
    with uow(manager) as u:
        draft = qa.save(u.session, c1, qa.AuditInput("court", TODAY, None, {
            "assessment.desistance": ("sufficient", "")}), TODAY)
        with pytest.raises(ValidationError) as err:  # incomplete: every question named
            qa.save(u.session, c1, qa.AuditInput("court", TODAY, None, {}), TODAY,
                    audit_id=draft.id, complete=True)
        assert "planning.child_safety" in err.value.errors and "feedback" in err.value.errors
        a1 = qa.save(u.session, c1, qa.AuditInput(
            "court", TODAY, None, _answers("court", {"planning.child_safety"}),
            "Good analysis; plan lacks contingency."), TODAY, audit_id=draft.id,
            complete=True)
        qa.save(u.session, c2, qa.AuditInput(
            "out_of_court", TODAY, actor.user_id,
            _answers("out_of_court", {"planning.child_safety", "ooc.police"}),
            "Chase police on delivery."), TODAY, complete=True)
        with pytest.raises(WorkflowError):
            qa.save(u.session, c1, qa.AuditInput("court", TODAY, None, {}), TODAY,
                    audit_id=a1.id)
        audits, rows = qa.rollup(u.session, D(2026, 1, 1), D(2026, 12, 31), actor.team_id)
    by = {r.question.code: r for r in rows}
    assert audits == 2
    assert (by["planning.child_safety"].sufficient, by["planning.child_safety"].scored) == (0, 2)
    assert by["assessment.desistance"].percent_sufficient == 100.0
    assert (by["ooc.police"].insufficient, by["ooc.police"].scored) == (1, 1)
    assert by["ooc.recommendation"].percent_sufficient == 100.0
    with uow() as u:  # the practitioner sees and acknowledges their feedback
        mine = qa.summaries(u.session, practitioner_id=actor.user_id)
        assert {m.feedback for m in mine} == {"Good analysis; plan lacks contingency.",
                                              "Chase police on delivery."}
        assert not any(m.acknowledged for m in mine)
        qa.acknowledge(u.session, mine[0].id, TODAY, "Will add contingency")
    with uow(manager) as u, pytest.raises(PermissionDenied):
        qa.acknowledge(u.session, mine[1].id, TODAY)
    with uow() as u:
        acked = {m.id: m for m in qa.summaries(u.session, practitioner_id=actor.user_id)}
    assert acked[mine[0].id].acknowledged
    assert acked[mine[0].id].practitioner_response == "Will add contingency"


def test_dashboard_counts_and_drills(uow, actor, manager) -> None:
    with uow() as u:
        late = children.create_child(u.session, child_input(given_name="Late"), TODAY).id
        ok = children.create_child(u.session, child_input(given_name="Fine"), TODAY).id
        d = disp(u.session, late, "referral_order", D(2026, 9, 1), end=D(2027, 3, 1))
        u.session.add(AssessmentStage(child_id=late, disposal_id=d, stage_type="start",
                                      status="draft", form_version=1, author_id=actor.user_id,
                                      started_on=D(2026, 9, 2), due_on=D(2026, 10, 1)))
        d2 = disp(u.session, ok, "youth_caution", D(2026, 11, 1))
        u.session.add(AssessmentStage(child_id=ok, disposal_id=d2, stage_type="start",
                                      status="submitted", form_version=1,
                                      author_id=actor.user_id, started_on=D(2026, 11, 2),
                                      due_on=D(2026, 11, 30),
                                      countersign_due_on=D(2026, 11, 24)))
        u.session.add(SafeguardingItem(child_id=ok, summary="Disclosed threats",
                                       raised_by=actor.user_id, raised_at=utcnow()))
    with uow(manager) as u:
        board_ = dashboard.build(u.session, TODAY)
    me = actor.user_id
    assert board_.count("caseload", me) == 2
    assert [c.child_id for c in board_.children("assessments_overdue", me)] == [late]
    overdue = board_.children("assessments_overdue")[0].due  # the view words it
    assert overdue is not None and overdue.state == DueState.OVERDUE
    assert overdue.kind == "assessment" and overdue.due < TODAY
    assert board_.team_name == "North Team" and not board_.own_title  # a team manager
    assert [c.child_id for c in board_.children("countersign")] == [ok]
    assert [c.child_id for c in board_.children("safeguarding")] == [ok]
    assert board_.count("assessments_overdue") == 1
    with uow() as u, pytest.raises(PermissionDenied):
        dashboard.build(u.session, TODAY)


def test_data_quality_lists_gaps_per_practitioner(uow, actor) -> None:
    with uow() as u:
        c = children.create_child(u.session, child_input(ethnicity="not_stated"), TODAY).id
        disp(u.session, c, "referral_order", D(2025, 5, 1), end=D(2025, 11, 1),
             outcome="completed", outcome_date=D(2025, 11, 1))
        disp(u.session, c, "yro", D(2026, 1, 1), end=D(2026, 10, 1))
    with uow() as u:
        issues = data_quality.report(u.session, FY, TODAY)
    problems = {i.problem.split(" (ended")[0] for i in issues}
    assert "No ethnicity recorded" in problems
    assert "No accommodation status at the end of the intervention" in problems
    assert "No ETE status at the end of the intervention" in problems
    assert "No end-of-intervention (exit) record" in problems
    assert any("passed its end date" in p for p in problems)
    assert set(data_quality.by_practitioner(issues)) == {"Pat Practitioner"}
    assert {i.child_id for i in issues} == {c}


def test_board_meetings(uow, actor) -> None:
    head = make_user(uow, actor, Role.SERVICE_MANAGER, "Sam Head")
    with uow(head) as u:
        board.record_meeting(u.session, D(2025, 6, 1), "YJ board",
                             {"police": ("attended", "Supt Lee"),
                              "education": ("apologies", "")}, TODAY)
        with pytest.raises(ValidationError) as err:
            board.record_meeting(u.session, None, "", {"army": ("attended", "")}, TODAY)
        assert set(err.value.errors) == {"held_on", "board", "attendance.army"}
        pack = compute_pack(u.session, FY, SETTINGS)
    assert pack.figure("board.statutory").shown(SETTINGS.suppress) == ("1", "50.0%")
    with uow() as u, pytest.raises(PermissionDenied):
        board.record_meeting(u.session, D(2025, 6, 1), "YJ board",
                             {"police": ("attended", "")}, TODAY)


def test_csv_export_and_drill_permission(uow, actor, manager, tmp_path) -> None:
    with uow() as u:
        kids = [children.create_child(u.session, child_input(given_name=f"K{i}"), TODAY).id
                for i in range(3)]
        for k in kids:
            disp(u.session, k, "youth_caution", D(2025, 6, 1))
    policy = Policy.load()
    with uow(manager) as u:
        pack = compute_pack(u.session, FY, SETTINGS)
        path = export_csv.export(u.session, pack, tmp_path / "pack.csv")
        rows = drill_down(u.session, policy, FY, SETTINGS, "fte", "entrant")
    assert {r.child_id for r in rows} == set(kids)
    table = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))
    assert table[0][0] == "section"
    fte_row = next(r for r in table if r[1] == "First-time entrants")
    assert fte_row[2] == "<5"
    assert all(r[2] not in {"1", "2", "3", "4", "5", "6", "7", "8", "9"} for r in table[1:]
               if "board" not in r[0].lower())
    with uow() as u:
        with pytest.raises(PermissionDenied):
            drill_down(u.session, policy, FY, SETTINGS, "fte", "entrant")
        actions = {e.action for e in u.session.query(AuditEvent)}
    assert {"export", "kpi_drill"} <= actions


def test_demo_extension_writes_oversight_records(store) -> None:
    from sqlalchemy import func, select

    from yjdesk.demo import generator as demo
    from yjdesk.models import BoardMeeting, OversightRecord, QualityAudit

    with store.engine.begin() as conn:
        ctx = demo.generate(conn, "tiny", today=TODAY)  # runs the registered extensions
    with store.session() as s:
        # oversight of a child is by the child's own team's manager, about its case manager
        for rec in s.scalars(select(OversightRecord)):
            _team, worker = ctx.child_team[rec.child_id]
            assert rec.practitioner_id == worker
        assert s.scalar(select(func.count()).select_from(BoardMeeting)) == 8
        assert (s.scalar(select(func.count()).select_from(OversightRecord)) or 0) >= 4
        assert (s.scalar(select(func.count()).select_from(QualityAudit)) or 0) >= 2
        audits, rows = qa.rollup(s, TODAY - dt.timedelta(days=90), TODAY)
    assert audits >= 2 and sum(r.scored for r in rows) == audits * 12
