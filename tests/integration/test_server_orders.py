"""Issue 13 over HTTP, against the real service on PostgreSQL: the dated legal limits, the
referral order panel and contract, the warning ledger and the LASPO remand are enforced on
pushed changes too; a panel volunteer receives the panel papers and nothing else."""

from __future__ import annotations

import datetime as dt

from tests.integration.serverkit import ApiClient, ServerDb, World, change
from yjdesk.models.org import Role
from yjdesk.models.types import new_id


def _login(live_server: str, username: str) -> ApiClient:
    c = ApiClient(live_server, username)
    c.login()
    return c


def _dto(world: World, made: str, end: str) -> dict[str, object]:
    return {"child_id": world.north_child, "disposal_type": "dto", "category": "court",
            "decision_date": made, "start_date": made, "end_date": end, "outcome": "ongoing"}


def test_orders_rules_on_the_push_path(live_server: str, world: World,
                                       server_db: ServerDb) -> None:
    with _login(live_server, "pat") as pat:
        bad, good = new_id(), new_id()
        res = pat.push([change("disposal", bad, _dto(world, "2022-06-27", "2022-11-27")),
                        change("disposal", good, _dto(world, "2022-06-28", "2022-11-28"))])
        assert res.results[0].status == "rejected"
        assert "4, 6, 8, 10, 12, 18 or 24" in (res.results[0].error or "")
        assert res.results[1].status == "applied"
        yro = server_db.put("disposal", {
            "child_id": world.north_child, "disposal_type": "yro", "category": "court",
            "decision_date": dt.date(2026, 10, 1), "start_date": dt.date(2026, 10, 1),
            "end_date": dt.date(2027, 10, 1), "outcome": "ongoing"})
        res = pat.push([change("disposal_requirement", new_id(), {
            "child_id": world.north_child, "disposal_id": yro,
            "requirement_code": "curfew_electronic", "quantity": 21, "mandatory": True})])
        assert res.results[0].status == "rejected"
        assert "2 to 20 hours a day" in (res.results[0].error or "")
        res = pat.push([change("disposal_requirement", new_id(), {
            "child_id": world.north_child, "disposal_id": yro,
            "requirement_code": "flogging", "mandatory": True})])
        assert res.results[0].error == "Unknown requirement or condition."
        for day in ("2026-10-10", "2026-10-20"):
            res = pat.push([change("enforcement_step", new_id(), {
                "child_id": world.north_child, "disposal_id": yro, "kind": "warning",
                "step_date": day, "failure_date": day, "failure": "Missed",
                "warned_period_end": day.replace("2026", "2027")})])
            assert res.results[0].status == "applied", res
        res = pat.push([change("enforcement_step", new_id(), {
            "child_id": world.north_child, "disposal_id": yro, "kind": "warning",
            "step_date": "2026-11-02", "failure_date": "2026-11-02", "failure": "Missed",
            "warned_period_end": "2027-11-02"})])
        assert res.results[0].status == "rejected"
        assert "requires breach action" in (res.results[0].error or "")
        res = pat.push([change("custody_episode", new_id(), {
            "child_id": world.north_child, "kind": "remand_yda", "status": "in_custody",
            "placement_date": "2026-11-01"})])
        assert res.results[0].status == "rejected"
        assert "designated authority" in (res.results[0].error or "")


def test_referral_panel_and_volunteer_papers(live_server: str, world: World,
                                             server_db: ServerDb) -> None:
    val = server_db.add_user("val", Role.PANEL_VOLUNTEER, world.north)
    server_db.allocate(world.north_child, val, role="panel_member")
    disposal = server_db.put("disposal", {
        "child_id": world.north_child, "disposal_type": "referral_order", "category": "court",
        "decision_date": dt.date(2026, 9, 1), "start_date": dt.date(2026, 9, 1),
        "end_date": dt.date(2027, 3, 1), "outcome": "ongoing"})
    order = server_db.put("referral_order", {
        "child_id": world.north_child, "disposal_id": disposal, "length_months": 6,
        "parent_ordered": False, "status": "awaiting_panel",
        "initial_panel_due": dt.date(2026, 9, 29), "extension_months": 0})
    custody = server_db.put("custody_episode", {
        "child_id": world.north_child, "kind": "remand_la", "status": "ended",
        "placement_date": dt.date(2026, 8, 1), "designated_authority": "Blackpool",
        "looked_after_from": dt.date(2026, 8, 1), "ended_on": dt.date(2026, 8, 20)})
    panel = {"child_id": world.north_child, "referral_order_id": order, "kind": "initial",
             "status": "held", "due_date": "2026-09-29", "held_on": "2026-09-20",
             "yjs_members": "Pat", "volunteers": "Val", "outcome": "contract_agreed",
             "child_attended": True, "parent_attended": False}
    with _login(live_server, "val") as v:
        one, two = new_id(), new_id()
        res = v.push([change("referral_panel", one, panel),
                      change("referral_panel", two, {**panel, "volunteers": "Val\nBob"})])
        assert res.results[0].status == "rejected"
        assert "2 community volunteers" in (res.results[0].error or "")
        assert res.results[1].status == "applied", res
        contract = {"child_id": world.north_child, "referral_order_id": order, "version": 1,
                    "status": "signed", "reparation": "Letter", "signed_by_child": True,
                    "panel_member_name": "Val", "signed_on": "2026-08-31"}
        res = v.push([change("referral_contract", new_id(), contract)])
        assert res.results[0].status == "rejected"
        assert "before the court made the order" in (res.results[0].error or "")
        rows, _ = v.pull_all()
    held = {(r.table, r.id) for r in rows if r.child_id is not None}
    assert ("referral_order", order) in held and ("referral_panel", two) in held
    assert ("custody_episode", custody) not in held and ("disposal", disposal) not in held


def test_a_custody_meeting_is_recorded_as_the_laptop_records_it(
        live_server: str, world: World, server_db: ServerDb) -> None:
    episode = server_db.put("custody_episode", {
        "child_id": world.north_child, "kind": "dto", "status": "in_custody",
        "establishment": "wetherby_yoi", "placement_date": dt.date(2026, 9, 1)})
    meeting = server_db.put("custody_meeting", {
        "child_id": world.north_child, "episode_id": episode, "kind": "initial",
        "due_date": dt.date(2026, 9, 15)})
    with _login(live_server, "pat") as pat:
        held = {"held_on": "2026-09-10", "attendees": "Child, Mum", "actions": "College"}
        for bad, words in (({**held, "attendees": " "}, "Record who attended"),
                           ({**held, "actions": ""}, "Record the actions agreed"),
                           ({**held, "held_on": "2026-08-31"}, "before the child was placed"),
                           ({**held, "held_on": "2099-01-01"}, "dated in the future")):
            res = pat.push([change("custody_meeting", meeting, bad, base_rev=1)])
            assert res.results[0].status == "rejected", bad
            assert words in (res.results[0].error or ""), res.results[0].error
        # A new meeting row claiming to have been held is judged the same.
        res = pat.push([change("custody_meeting", new_id(), {
            "child_id": world.north_child, "episode_id": episode, "kind": "review",
            "due_date": "2026-10-15", "held_on": "2026-10-01", "attendees": "Child"})])
        assert "Record the actions agreed" in (res.results[0].error or "")
        res = pat.push([change("custody_meeting", meeting, held, base_rev=1)])
        assert res.results[0].status == "applied", res
        res = pat.push([change("custody_meeting", meeting, {"attendees": "Nobody"},
                               base_rev=2)])
        assert res.results[0].error == "This meeting has already been recorded."
    assert server_db.row("custody_meeting", meeting)["attendees"] == "Child, Mum"  # type: ignore[index]


def test_referral_panels_extension_and_referral_back_as_the_laptop_has_them(
        live_server: str, world: World, server_db: ServerDb) -> None:
    disposal = server_db.put("disposal", {
        "child_id": world.north_child, "disposal_type": "referral_order", "category": "court",
        "decision_date": dt.date(2026, 9, 1), "start_date": dt.date(2026, 9, 1),
        "end_date": dt.date(2027, 3, 1), "outcome": "ongoing"})
    order = server_db.put("referral_order", {
        "child_id": world.north_child, "disposal_id": disposal, "length_months": 6,
        "parent_ordered": False, "status": "awaiting_panel",
        "initial_panel_due": dt.date(2026, 9, 29), "extension_months": 0})
    initial = server_db.put("referral_panel", {
        "child_id": world.north_child, "referral_order_id": order, "kind": "initial",
        "status": "planned", "due_date": dt.date(2026, 9, 29)})
    held = {"status": "held", "held_on": "2026-09-20", "yjs_members": "Pat",
            "volunteers": "Val\nBob", "outcome": "contract_agreed", "child_attended": True,
            "parent_attended": False}

    def rev(table: str, row_id: str) -> int:
        return int(server_db.row(table, row_id)["rev"])  # type: ignore[index]

    with _login(live_server, "pat") as pat:
        for bad, words in (
                ({**held, "outcome": "completed"}, "An initial panel agrees the contract"),
                ({**held, "held_on": "2099-01-01"}, "The panel is dated in the future."),
                ({**held, "held_on": "2026-08-20"}, "cannot meet before the court made")):
            res = pat.push([change("referral_panel", initial, bad, base_rev=1)])
            assert res.results[0].status == "rejected", bad
            assert words in (res.results[0].error or ""), res.results[0].error
        res = pat.push([change("referral_panel", new_id(), {
            "child_id": world.north_child, "referral_order_id": order, "kind": "final",
            "due_date": "2027-03-01", **held, "outcome": "completed"})])
        assert res.results[0].error == ("No contract was signed: the order cannot be "
                                        "completed.")
        res = pat.push([change("referral_panel", initial, held, base_rev=1)])
        assert res.results[0].status == "applied", res
        res = pat.push([change("referral_panel", initial, {"volunteers": "Val"},
                               base_rev=rev("referral_panel", initial))])
        assert res.results[0].error == "This panel meeting has already been recorded."
        res = pat.push([change("referral_order", order, {"extension_months": 3},
                               base_rev=rev("referral_order", order))])
        assert res.results[0].error == ("The period can only be extended once the contract "
                                        "has taken effect.")
        res = pat.push([change("referral_order", order, {
            "status": "referred_back", "referred_back_on": "2026-10-01"},
            base_rev=rev("referral_order", order))])
        assert res.results[0].error == "A referral back goes with the panel's written report."
        res = pat.push([change("referral_order", order, {
            "status": "referred_back", "referred_back_on": "2026-10-01",
            "referral_report": "Did not engage with the contract."},
            base_rev=rev("referral_order", order))])
        assert res.results[0].status == "applied", res


def test_a_custody_episode_pushed_meets_the_laptops_custody_forms(
        live_server: str, world: World, server_db: ServerDb) -> None:
    episode = {"child_id": world.north_child, "kind": "dto", "status": "in_custody",
               "placement_date": "2026-09-01"}
    with _login(live_server, "pat") as pat:
        for bad, words in (
                ({"establishment": "hmp_nowhere"}, "Choose the establishment from the list."),
                ({"accommodation_confirmed_on": "2099-01-01", "accommodation_detail": "Flat"},
                 "This is dated in the future."),
                ({"ete_confirmed_on": "2026-10-01"},
                 "Say what education, training or work was confirmed.")):
            res = pat.push([change("custody_episode", new_id(), {**episode, **bad})])
            assert res.results[0].status == "rejected", bad
            assert res.results[0].error == words, res.results[0].error
        good = new_id()
        res = pat.push([change("custody_episode", good, {
            **episode, "establishment": "wetherby_yoi",
            "accommodation_confirmed_on": "2026-10-01", "accommodation_detail": "Mum's"})])
        assert res.results[0].status == "applied", res
