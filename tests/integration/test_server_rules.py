"""Workflow invariants enforced by the service: countersigned stages are locked, and only a
team manager of the child's team countersigns."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.serverkit import (
    ApiClient,
    ServerDb,
    World,
    change,
    complete_answers,
    form_version,
    stage_hash,
)
from yjdesk.models.types import new_id
from yjdesk.server import rules


@pytest.fixture
def stage(server_db: ServerDb, world: World, live_server: str) -> str:
    disposal = server_db.put("disposal", {
        "child_id": world.north_child, "disposal_type": "referral_order", "category": "court",
        "decision_date": dt.date(2026, 10, 1), "start_date": dt.date(2026, 10, 1)})
    stage_id = new_id()
    with ApiClient(live_server, "pat") as pat:
        pat.login()
        res = pat.push([change("assessment_stage", stage_id, {
            "child_id": world.north_child, "disposal_id": disposal, "stage_type": "start",
            "status": "submitted", "form_version": form_version(), "author_id": world.pat,
            "started_on": "2026-10-02", "due_on": "2026-10-30"}),
            *complete_answers(world.north_child, stage_id)])
        assert {r.status for r in res.results} == {"applied"}, res
    return stage_id


def _countersign(server_db: ServerDb, stage_id: str, user_id: str) -> dict[str, object]:
    """A countersign of the stage as the service holds it (its true content hash)."""
    digest = stage_hash(server_db, stage_id, countersigned_by=user_id,
                        countersigned_at=dt.datetime(2026, 11, 1, 10, 0, tzinfo=dt.UTC))
    return {"status": "countersigned", "countersigned_by": user_id,
            "countersigned_at": "2026-11-01T10:00:00+00:00", "content_hash": digest}


def test_only_a_team_manager_of_the_childs_team_countersigns(
        live_server: str, world: World, stage: str, server_db: ServerDb) -> None:
    with ApiClient(live_server, "pat") as pat, ApiClient(live_server, "sonia") as sonia:
        pat.login()
        sonia.login()
        for c, who in ((pat, world.pat), (sonia, world.sonia)):
            res = c.push([change("assessment_stage", stage,
                                 _countersign(server_db, stage, who), base_rev=1)])
            assert res.results[0].status == "rejected"
            assert "only a team manager" in (res.results[0].error or "")
    stored = server_db.row("assessment_stage", stage)
    assert stored is not None and stored["status"] == "submitted"


def test_a_manager_cannot_countersign_their_own_assessment(
        live_server: str, world: World, server_db: ServerDb) -> None:
    disposal = server_db.put("disposal", {
        "child_id": world.north_child, "disposal_type": "referral_order", "category": "court",
        "decision_date": dt.date(2026, 10, 1), "start_date": dt.date(2026, 10, 1)})
    own = new_id()
    with ApiClient(live_server, "nina") as nina:
        nina.login()
        made = nina.push([change("assessment_stage", own, {
            "child_id": world.north_child, "disposal_id": disposal, "stage_type": "start",
            "status": "submitted", "form_version": form_version(), "author_id": world.nina,
            "submitted_by": world.nina, "started_on": "2026-10-02", "due_on": "2026-10-30"}),
            *complete_answers(world.north_child, own)])
        assert {r.status for r in made.results} == {"applied"}, made
        res = nina.push([change("assessment_stage", own,
                                _countersign(server_db, own, world.nina), base_rev=1)])
    assert res.results[0].status == "rejected"
    assert "wrote or submitted" in (res.results[0].error or "")
    stored = server_db.row("assessment_stage", own)
    assert stored is not None and stored["status"] == "submitted"


def test_countersigned_stage_cannot_be_changed_through_the_api(
        live_server: str, world: World, stage: str, server_db: ServerDb) -> None:
    with ApiClient(live_server, "nina") as nina, ApiClient(live_server, "pat") as pat:
        nina.login()
        pat.login()
        signed = nina.push([change("assessment_stage", stage,
                                   _countersign(server_db, stage, world.nina), base_rev=1)])
        assert signed.results[0].status == "applied" and signed.results[0].rev == 2
        before = server_db.snapshot()
        attempts = [
            change("assessment_stage", stage, {"rosh": "high"}, base_rev=2),
            change("assessment_stage", stage, {"status": "draft"}, base_rev=1),
            change("assessment_stage", stage, {}, base_rev=2, deleted=True),
            change("assessment_answer", new_id(), {
                "child_id": world.north_child, "stage_id": stage, "question_key": "q1",
                "value": "\"yes\"", "as_at": "2026-11-02"}),
        ]
        for c in (pat, nina):
            # one push each: a push holding the same record twice takes only the first
            results = [c.push([a]).results[0] for a in attempts]
            assert [r.status for r in results] == ["rejected"] * len(attempts)
            # Deleting it follows its own rule: a manager, saying why (issue 11).
            tombstone = results.pop(2)
            assert "countersigned assessment" in (tombstone.error or "")
            assert all(r.error == rules.LOCKED_MESSAGE for r in results)
        assert server_db.snapshot() == before
        # Recording the countersign event against the locked stage is still allowed.
        ev = nina.push([change("assessment_event", new_id(), {
            "child_id": world.north_child, "stage_id": stage, "action": "countersigned",
            "user_id": world.nina, "at": "2026-11-01T10:00:00+00:00"})])
        assert ev.results[0].status == "applied"


def test_rules_are_a_pluggable_list(live_server: str, world: World,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pnc_edits(c: rules.Change) -> str | None:
        return "PNC numbers are set centrally" if "pnc_number" in c.changed else None

    monkeypatch.setattr(rules, "RULES", [*rules.RULES, no_pnc_edits])
    with ApiClient(live_server, "pat") as pat:
        pat.login()
        res = pat.push([change("child", world.north_child, {"pnc_number": "26/1234A"},
                               base_rev=1)])
    assert res.results[0].status == "rejected"
    assert res.results[0].error == "PNC numbers are set centrally"


def test_board_meetings_are_recorded_by_service_managers(live_server: str,
                                                         world: World) -> None:
    meeting = {"held_on": "2026-11-01", "board": "YJS Management Board", "notes": None}
    with ApiClient(live_server, "pat") as pat, ApiClient(live_server, "sonia") as sonia:
        pat.login()
        sonia.login()
        refused = pat.push([change("board_meeting", new_id(), meeting)])
        assert refused.results[0].status == "rejected"
        assert "service managers" in (refused.results[0].error or "")
        ok = sonia.push([change("board_meeting", new_id(), meeting)])
        assert ok.results[0].status == "applied"
