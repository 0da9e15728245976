"""Specialist pathways over HTTP (issue 14): the service applies a good referral and refuses a
bad referral or meeting in the laptop's own words, changing nothing."""

from __future__ import annotations

from tests.integration.serverkit import ApiClient, ServerDb, World, change
from yjdesk.models.types import new_id


def test_pathway_records_are_judged_by_the_laptops_rules(
        live_server: str, server_db: ServerDb, world: World) -> None:
    referral = new_id()
    with ApiClient(live_server, "pat") as pat:
        pat.login()
        ok = pat.push([change("pathway_referral", referral, {
            "child_id": world.north_child, "pathway": "camhs", "referral_date": "2026-05-01",
            "reason": "Low mood"})])
        assert [r.status for r in ok.results] == ["applied"], ok.results
        before = server_db.snapshot()
        res = pat.push([
            # an outcome dated before the referral
            change("pathway_referral", new_id(), {
                "child_id": world.north_child, "pathway": "camhs",
                "referral_date": "2026-05-01", "outcome": "accepted",
                "outcome_date": "2026-04-20"}),
            # a meeting on a CAMHS referral (meetings are for MAPPA and exploitation)
            change("pathway_meeting", new_id(), {
                "child_id": world.north_child, "referral_id": referral,
                "meeting_date": "2026-05-10", "outcome": "Discussed"}),
        ])
        assert server_db.snapshot() == before
    assert [r.status for r in res.results] == ["rejected"] * 2
    errors = [r.error or "" for r in res.results]
    assert "cannot be before the referral" in errors[0]
    assert "MAPPA and exploitation" in errors[1]
