"""A hostile laptop against the real service (security review): each test is an attack the
service refused only after the review; the comments say what a laptop could do before."""

from __future__ import annotations

import datetime as dt

from tests.integration.serverkit import ApiClient, ServerDb, World, change, form_version
from yjdesk.models.types import new_id


def _login(live_server: str, username: str) -> ApiClient:
    c = ApiClient(live_server, username)
    c.login()
    return c


def test_a_record_cannot_hang_off_another_childs_record(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """Scope is judged on the row's own child: a north practitioner named her own child and
    hung an answer off a south child's assessment, amended a south contact and recorded
    hours delivered against a south order's requirement."""
    disposal = server_db.put("disposal", {
        "child_id": world.south_child, "disposal_type": "referral_order", "category": "court",
        "decision_date": dt.date(2026, 10, 1), "start_date": dt.date(2026, 10, 1)})
    stage = server_db.put("assessment_stage", {
        "child_id": world.south_child, "disposal_id": disposal, "stage_type": "start",
        "status": "draft", "form_version": form_version(), "author_id": world.sam,
        "started_on": dt.date(2026, 10, 2), "due_on": dt.date(2026, 10, 30)})
    contact = server_db.put("contact", {
        "child_id": world.south_child, "status": "draft", "author_id": world.sam,
        "contact_at": dt.datetime(2026, 10, 5, 10, 0, tzinfo=dt.UTC),
        "contact_type": "face_to_face"})
    requirement = server_db.put("disposal_requirement", {
        "child_id": world.south_child, "disposal_id": disposal,
        "requirement_code": "unpaid_work", "quantity": 40, "mandatory": True})
    north = world.north_child
    attacks = [
        change("assessment_answer", new_id(), {
            "child_id": north, "stage_id": stage, "question_key": "accommodation_type",
            "value": "\"family_home\"", "as_at": "2026-11-02"}),
        change("contact_amendment", new_id(), {
            "child_id": north, "contact_id": contact, "field": "content",
            "original_text": "a", "new_text": "b", "reason": "typo", "amended_by": world.pat,
            "amended_at": "2026-11-01T10:00:00+00:00"}),
        change("requirement_delivery", new_id(), {
            "child_id": north, "requirement_id": requirement, "delivered_on": "2026-10-10",
            "kind": "hours", "quantity": 5}),
    ]
    with _login(live_server, "pat") as pat:
        before = server_db.snapshot()
        results = [pat.push([a]).results[0] for a in attacks]
        assert server_db.snapshot() == before
    assert [r.status for r in results] == ["rejected"] * 3, results
    assert [r.error for r in results] == [
        "the assessment stage this record names belongs to another child",
        "the contact this record names belongs to another child",
        "the disposal requirement this record names belongs to another child"]
    # Its own child's records it still names.
    own = server_db.put("disposal", {
        "child_id": north, "disposal_type": "referral_order", "category": "court",
        "decision_date": dt.date(2026, 10, 1), "start_date": dt.date(2026, 10, 1)})
    with _login(live_server, "pat") as pat:
        ok = pat.push([change("assessment_stage", new_id(), {
            "child_id": north, "disposal_id": own, "stage_type": "start", "status": "draft",
            "form_version": form_version(), "author_id": world.pat,
            "started_on": "2026-10-02", "due_on": "2026-10-30"})])
        assert ok.results[0].status == "applied", ok
        # nor may an existing row be pointed at another child's record
        moved = pat.push([change("assessment_stage", ok.results[0].id,
                                 {"disposal_id": disposal}, base_rev=1)])
    assert moved.results[0].status == "rejected"
    assert moved.results[0].error == "the disposal this record names belongs to another child"
