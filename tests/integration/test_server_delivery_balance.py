"""Issue 13: a requirement's delivered hours or days never pass what the court required, on
the sync service too (the laptop's rule, judged on the set once a push is applied).

A hostile client on loopback against the real service, SQLite and PostgreSQL: lines that
together pass the balance, in one push or in several, and a requirement lowered below what
is delivered, are refused in the laptop's words; lines within it are taken."""

from __future__ import annotations

from typing import Any

from tests.integration.serverkit import ApiClient, ServerDb, World, change
from yjdesk.models.types import new_id


def _line(world: World, req: str, days: int, on: str = "2026-10-20") -> dict[str, Any]:
    return {"child_id": world.north_child, "requirement_id": req, "delivered_on": on,
            "kind": "activity_day", "quantity": days}


def test_deliveries_never_pass_the_requirement(live_server: str, world: World,
                                               server_db: ServerDb) -> None:
    order, req = new_id(), new_id()
    with ApiClient(live_server, "pat") as pat:
        pat.login()
        res = pat.push([
            change("disposal", order, {
                "child_id": world.north_child, "disposal_type": "yro", "category": "court",
                "decision_date": "2026-10-01", "start_date": "2026-10-01",
                "end_date": "2027-10-01", "outcome": "ongoing"}),
            change("disposal_requirement", req, {
                "child_id": world.north_child, "disposal_id": order,
                "requirement_code": "activity", "quantity": 30, "mandatory": True}),
            change("requirement_delivery", new_id(), _line(world, req, 20))])
        assert {r.status for r in res.results} == {"applied"}, res
        res = pat.push([change("requirement_delivery", new_id(), _line(world, req, 15))])
        assert res.results[0].status == "rejected"
        assert res.results[0].error == "Only 10 of 30 remain on this requirement."
        # Two lines that pass it together are both refused; within it, both are taken.
        over = [new_id(), new_id()]
        res = pat.push([change("requirement_delivery", i, _line(world, req, 6)) for i in over])
        assert [r.status for r in res.results] == ["rejected", "rejected"], res
        assert server_db.row("requirement_delivery", over[0]) is None
        res = pat.push([change("requirement_delivery", new_id(), _line(world, req, n))
                        for n in (6, 4)])
        assert {r.status for r in res.results} == {"applied"}, res
        res = pat.push([change("requirement_delivery", new_id(), _line(world, req, 1))])
        assert res.results[0].error == "Only 0 of 30 remain on this requirement."
        # The requirement cannot be lowered below what is recorded.
        res = pat.push([change("disposal_requirement", req, {"quantity": 25}, base_rev=1)])
        assert res.results[0].status == "rejected"
        assert res.results[0].error == ("30 are already recorded against this requirement: "
                                        "it cannot be less.")
        assert server_db.row("disposal_requirement", req)["quantity"] == 30  # type: ignore[index]
