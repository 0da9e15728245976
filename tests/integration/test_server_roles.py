"""The specialist roles and the narrower scopes inside a child, asserted over HTTP.

Each specialist holds the children their work concerns and writes only the records their
work needs; inside a child, rows in an audience a role may not see are never sent to its
laptops and cannot be pushed by it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import pytest

from tests.integration.serverkit import ApiClient, ServerDb, World, change, child_fields
from yjdesk.models.org import Role
from yjdesk.models.types import new_id
from yjdesk.server.push import NOT_FOUND
from yjdesk.services import visibility
from yjdesk.services.child_creation import NOT_A_CREATOR
from yjdesk.services.visibility import Audience


def _login(live_server: str, username: str) -> ApiClient:
    c = ApiClient(live_server, username)
    c.login()
    return c


def _children(rows: list[Any]) -> set[str]:
    return {r.child_id for r in rows if r.child_id is not None}


def _offence(db: ServerDb, child_id: str, victim: bool) -> str:
    return db.put("offence", {"child_id": child_id, "offence_date": dt.date(2026, 3, 1),
                              "offence_code": "theft", "status": "suspected", "gravity": 2,
                              "victim_involved": victim, "serious_violence": False})


@pytest.fixture
def specialists(server_db: ServerDb, world: World) -> dict[str, str]:
    made = {name: server_db.add_user(name, role, world.north) for name, role in (
        ("petra", Role.POLICE_OFFICER), ("vic", Role.VICTIM_WORKER),
        ("hana", Role.HEALTH_WORKER), ("ed", Role.ETE_OFFICER),
        ("val", Role.PANEL_VOLUNTEER))}
    made["ines"] = server_db.add_user("ines", Role.INFORMATION_OFFICER, None)
    return made


def test_each_specialist_holds_the_children_their_work_concerns(
        live_server: str, server_db: ServerDb, world: World,
        specialists: dict[str, str]) -> None:
    quiet = server_db.add_child(world.north, world.pat, given_name="Quinn")
    victim_case = server_db.add_child(world.north, world.pat, given_name="Vera")
    _offence(server_db, victim_case, victim=True)
    _offence(server_db, quiet, victim=False)
    _offence(server_db, world.south_child, victim=True)  # another team's victim
    server_db.put("ooc_decision", {
        "child_id": quiet, "referral_date": dt.date(2026, 3, 2), "screening_summary": "s",
        "panel_date": dt.date(2026, 3, 9), "decision": "youth_caution", "rationale": "r",
        "child_understood": False, "parent_understood": False})
    server_db.allocate(world.north_child, specialists["hana"], role="health_worker")
    server_db.allocate(world.south_child, specialists["val"], role="panel_member")
    expected = {
        "petra": {quiet},  # the team's out-of-court work
        "vic": {victim_case},  # the team's children whose offence has a victim
        "hana": {world.north_child},  # referred (allocated) to them
        "ed": {world.north_child, quiet, victim_case},  # the whole team
        "val": {world.south_child},  # their panel
        "ines": {world.north_child, world.south_child, quiet, victim_case},  # everything
    }
    for user, children in expected.items():
        with _login(live_server, user) as c:
            rows, _ = c.pull_all()
        assert _children(rows) == children, user


@pytest.fixture
def victim_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Relationship rows of type "other" stand in for a table restricted per row."""
    def audience(row: Mapping[str, Any]) -> Audience:
        return Audience.VICTIM if row.get("relationship_type") == "other" else Audience.CASE
    monkeypatch.setitem(visibility.TABLE_AUDIENCE, "relationship", audience)


def _relationship(child_id: str, kind: str, name: str) -> dict[str, Any]:
    return {"child_id": child_id, "name": name, "relationship_type": kind,
            "parental_responsibility": False, "lives_with_child": False,
            "phone": "07700 900123"}


@pytest.mark.usefixtures("victim_rows")
def test_rows_of_a_narrower_audience_reach_only_the_roles_that_may_see_them(
        live_server: str, server_db: ServerDb, world: World,
        specialists: dict[str, str]) -> None:
    _offence(server_db, world.north_child, victim=True)
    hidden = server_db.put("relationship", _relationship(world.north_child, "other",
                                                         "Margaret Oduya"))
    shown = server_db.put("relationship", _relationship(world.north_child, "mother",
                                                        "Nadia Northam"))
    for user, sees_hidden in (("pat", False), ("colin", False), ("ines", False),
                              ("vic", True), ("nina", True), ("sonia", True)):
        if user == "colin":
            server_db.allocate(world.north_child, world.colin, role="court_officer")
        with _login(live_server, user) as c:
            r = c.post("/sync/pull", {"cursor": 0, "limit": 1000})
            assert r.status_code == 200
            assert ("Margaret Oduya" in r.text) is sees_hidden, user
            rows, _ = c.pull_all()
        ids = {row.id for row in rows}
        assert (hidden in ids) is sees_hidden and shown in ids, user


@pytest.mark.usefixtures("victim_rows")
def test_a_push_of_rows_the_pusher_may_not_see_is_refused(
        live_server: str, server_db: ServerDb, world: World) -> None:
    hidden = server_db.put("relationship", _relationship(world.north_child, "other",
                                                         "Margaret Oduya"))
    shown = server_db.put("relationship", _relationship(world.north_child, "mother", "Nadia"))
    with _login(live_server, "pat") as pat:
        before = server_db.snapshot()
        # one push each: a push holding the same record twice takes only the first copy
        results = [pat.push([c]).results[0] for c in (
            change("relationship", new_id(), _relationship(world.north_child, "other",
                                                           "Forged victim")),
            change("relationship", hidden, {"phone": "0000"}, base_rev=1),
            change("relationship", hidden, {"deleted": True}, base_rev=1, deleted=True),
            change("relationship", shown, {"relationship_type": "other"}, base_rev=1),
        )]
        assert server_db.snapshot() == before
    assert [r.status for r in results] == ["rejected"] * 4
    assert [r.error for r in results][:3] == [NOT_FOUND] * 3
    assert "visible to different people" in (results[3].error or "")
    with _login(live_server, "nina") as nina:  # a manager may
        res = nina.push([change("relationship", hidden, {"phone": "01632 960000"},
                                base_rev=1)])
    assert res.results[0].status == "applied"


def test_specialists_write_only_the_records_their_work_needs(
        live_server: str, server_db: ServerDb, world: World,
        specialists: dict[str, str]) -> None:
    server_db.allocate(world.north_child, specialists["hana"], role="health_worker")
    hana, ines = _login(live_server, "hana"), _login(live_server, "ines")
    before = server_db.snapshot()
    with hana:
        res = hana.push([
            change("relationship", new_id(), _relationship(world.north_child, "mother", "M")),
            change("child", world.north_child, {"ete_hours": 3}, base_rev=1),
            change("child", new_id(), child_fields(world.north, specialists["hana"])),
        ])
    assert [r.status for r in res.results] == ["rejected"] * 3
    assert res.results[0].error == "Health workers cannot change relationship records"
    assert res.results[2].error == NOT_A_CREATOR  # specialists do not add children
    with ines:  # the information officer reads only
        res = ines.push([change("child", world.north_child, {"ete_hours": 3}, base_rev=1)])
    assert res.results[0].status == "rejected"
    assert res.results[0].error == "Information officers cannot change child records"
    assert server_db.snapshot() == before


def test_a_panel_volunteer_receives_the_child_and_panel_papers_only(
        live_server: str, server_db: ServerDb, world: World, specialists: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(visibility.TABLE_AUDIENCE, "relationship", Audience.PANEL)
    server_db.allocate(world.north_child, specialists["val"], role="panel_member")
    paper = server_db.put("relationship", _relationship(world.north_child, "mother", "Panel"))
    case_row = _offence(server_db, world.north_child, victim=False)
    with _login(live_server, "val") as val:
        rows, _ = val.pull_all()
    held = {(r.table, r.id) for r in rows if r.child_id is not None}
    assert ("child", world.north_child) in held and ("relationship", paper) in held
    assert ("offence", case_row) not in held
    assert {t for t, _ in held} == {"child", "relationship"}
    with _login(live_server, "pat") as pat:  # the case holder sees panel papers too
        rows, _ = pat.pull_all()
    assert paper in {r.id for r in rows} and case_row in {r.id for r in rows}
