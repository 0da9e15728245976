"""Issue 13: an ISS order's requirements are judged as a set on the sync service too.

A hostile client on loopback, against the real service on SQLite and PostgreSQL: an ISS
order without electronic monitoring, an ISS order pushed before its requirements (or its
requirements spread over pushes), and deleting, recoding or moving away a requirement an
ISS needs are refused in plain words, and nothing of the refused set is stored. A laptop
that records an ISS order (one unit of work) syncs it in one batch, even with a push chunk
smaller than the order and its requirements.

Deliberate: the service judges the set at the end of each push, so an ISS order must
arrive with its four requirements in the same push; an order pushed alone is refused, and
requirements pushed later are refused as their order is not on the service.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tests.integration.serverkit import ApiClient, ServerDb, World, change
from tests.support.sync_laptop import Laptop
from yjdesk.models.justice import Disposal, DisposalRequirement
from yjdesk.models.types import new_id
from yjdesk.services.justice import DisposalInput, RequirementInput, add_disposal

MISSING = ("A YRO with intensive supervision and surveillance needs extended activity, "
           "supervision, curfew and electronic monitoring requirements; missing: ")


def _login(live_server: str, username: str) -> ApiClient:
    c = ApiClient(live_server, username)
    c.login()
    return c


def _order(world: World, kind: str = "yro_iss") -> dict[str, Any]:
    return {"child_id": world.north_child, "disposal_type": kind, "category": "court",
            "decision_date": "2026-10-01", "start_date": "2026-10-01",
            "end_date": "2027-04-01", "outcome": "ongoing"}


def _reqs(world: World, order: str) -> dict[str, dict[str, Any]]:
    """The four requirements an ISS needs, by code (wire fields). A doorstep curfew: an
    electronically monitored curfew is itself the electronic monitoring
    (``resources/rules/youth_sentencing.json``, ``iss_requires``)."""
    base = {"child_id": world.north_child, "disposal_id": order, "mandatory": True}
    return {
        "extended_activity": {**base, "requirement_code": "extended_activity",
                              "quantity": 120},
        "supervision": {**base, "requirement_code": "supervision"},
        "curfew_doorstep": {**base, "requirement_code": "curfew_doorstep",
                            "quantity": 10, "hours_per_week": 70},
        "electronic_monitoring": {**base, "requirement_code": "electronic_monitoring"},
    }


def _push_iss(client: ApiClient, world: World, codes: list[str] | None = None,
              order: str | None = None) -> tuple[str, dict[str, str], Any]:
    order = order or new_id()
    reqs = _reqs(world, order)
    ids = {code: new_id() for code in (codes if codes is not None else list(reqs))}
    res = client.push([change("disposal", order, _order(world)),
                       *(change("disposal_requirement", ids[c], reqs[c]) for c in ids)])
    return order, ids, res


def _live_codes(db: ServerDb, order: str) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(DisposalRequirement.requirement_code).where(
            DisposalRequirement.disposal_id == order,
            DisposalRequirement.deleted.is_(False))))


def test_an_iss_without_electronic_monitoring_is_refused_whole(
        live_server: str, world: World, server_db: ServerDb) -> None:
    with _login(live_server, "pat") as pat:
        other = new_id()
        order, ids, res = _push_iss(pat, world, ["extended_activity", "supervision",
                                                 "curfew_doorstep"])
        assert [r.status for r in res.results] == ["rejected"] * 4, res
        for r in res.results:
            assert r.error == MISSING + "electronic monitoring.", r
        assert server_db.row("disposal", order) is None
        assert all(server_db.row("disposal_requirement", i) is None for i in ids.values())
        # The rest of the push is taken: only the broken set is refused.
        reqs = _reqs(world, order)
        res = pat.push([change("disposal", order, _order(world)),
                        change("disposal_requirement", ids["supervision"],
                               reqs["supervision"]),
                        change("disposal", other, {**_order(world, "yro"),
                                                   "end_date": "2027-10-01"})])
        assert [r.status for r in res.results] == ["rejected", "rejected", "applied"], res
        assert "missing: curfew, electronic monitoring, extended activity." in (
            res.results[0].error or "")
        # Electronic monitoring alone in a YRO: refused as a set too.
        alone = new_id()
        res = pat.push([change("disposal_requirement", alone, {
            **_reqs(world, other)["electronic_monitoring"]})])
        assert res.results[0].status == "rejected"
        assert res.results[0].error == ("Electronic monitoring can only go with at least one "
                                        "other requirement.")
        # The complete set goes.
        order, ids, res = _push_iss(pat, world)
        assert {r.status for r in res.results} == {"applied"}, res
    assert _live_codes(server_db, order) == set(ids)


def test_an_iss_order_before_its_requirements_is_refused_and_so_are_they(
        live_server: str, world: World, server_db: ServerDb) -> None:
    with _login(live_server, "pat") as pat:
        order, _, res = _push_iss(pat, world, [])
        assert res.results[0].status == "rejected"
        assert res.results[0].error == MISSING + (
            "curfew, electronic monitoring, extended activity, supervision.")
        reqs = _reqs(world, order)
        res = pat.push([change("disposal_requirement", new_id(), r) for r in reqs.values()])
        assert {r.status for r in res.results} == {"rejected"}, res
        assert server_db.row("disposal", order) is None
        # Spread over pushes: three with the order, the fourth later. Neither is taken.
        order, _, res = _push_iss(pat, world, ["extended_activity", "supervision",
                                               "curfew_doorstep"])
        assert {r.status for r in res.results} == {"rejected"}
        res = pat.push([change("disposal_requirement", new_id(),
                               _reqs(world, order)["electronic_monitoring"])])
        assert res.results[0].status == "rejected"
        assert server_db.row("disposal", order) is None
        # A YRO stored first cannot become an ISS in a push without the requirements...
        yro = new_id()
        res = pat.push([change("disposal", yro, _order(world, "yro")),
                        change("disposal_requirement", new_id(),
                               _reqs(world, yro)["supervision"])])
        assert {r.status for r in res.results} == {"applied"}, res
        res = pat.push([change("disposal", yro, {"disposal_type": "yro_iss"}, base_rev=1)])
        assert res.results[0].status == "rejected"
        assert "missing: curfew, electronic monitoring, extended activity." in (
            res.results[0].error or "")
        # ... and can with them, in one push.
        rest = _reqs(world, yro)
        res = pat.push([change("disposal", yro, {"disposal_type": "yro_iss"}, base_rev=1),
                        *(change("disposal_requirement", new_id(), rest[c]) for c in
                          ("extended_activity", "curfew_doorstep",
                           "electronic_monitoring"))])
        assert {r.status for r in res.results} == {"applied"}, res
    assert server_db.row("disposal", yro)["disposal_type"] == "yro_iss"  # type: ignore[index]


def test_a_requirement_an_iss_needs_cannot_be_deleted_recoded_or_moved(
        live_server: str, world: World, server_db: ServerDb) -> None:
    with _login(live_server, "pat") as pat:
        order, ids, res = _push_iss(pat, world)
        assert {r.status for r in res.results} == {"applied"}, res
        em = ids["electronic_monitoring"]
        res = pat.push([change("disposal_requirement", em, {}, base_rev=1, deleted=True)])
        assert res.results[0].status == "rejected"
        assert res.results[0].error == MISSING + "electronic monitoring."
        res = pat.push([change("disposal_requirement", em,
                               {"requirement_code": "programme"}, base_rev=1)])
        assert res.results[0].status == "rejected"
        other = new_id()
        res = pat.push([change("disposal", other, {**_order(world, "yro"),
                                                   "end_date": "2027-10-01"}),
                        change("disposal_requirement", new_id(),
                               _reqs(world, other)["supervision"]),
                        change("disposal_requirement", em, {"disposal_id": other},
                               base_rev=1)])
        # The move is refused for the ISS it leaves; the other order is taken.
        assert [r.status for r in res.results] == ["applied", "applied", "rejected"], res
        assert res.results[2].error == MISSING + "electronic monitoring."
        assert _live_codes(server_db, order) == set(ids)
        # A requirement the ISS does not need may go; the order's notes may change.
        extra = new_id()
        res = pat.push([change("disposal_requirement", extra, {
            "child_id": world.north_child, "disposal_id": order,
            "requirement_code": "programme", "mandatory": True})])
        assert res.results[0].status == "applied", res
        res = pat.push([change("disposal_requirement", extra, {}, base_rev=1, deleted=True),
                        change("disposal", order, {"conditions": "Reviewed"}, base_rev=1)])
        assert {r.status for r in res.results} == {"applied"}, res
        # Deleting the whole order, requirements and all, is not a broken set.
        res = pat.push([change("disposal", order, {}, base_rev=2, deleted=True),
                        *(change("disposal_requirement", i, {}, base_rev=1, deleted=True)
                          for i in ids.values())])
        assert {r.status for r in res.results} == {"applied"}, res


def test_an_incomplete_iss_already_stored_is_not_refused_an_unrelated_edit(
        live_server: str, world: World, server_db: ServerDb) -> None:
    order = server_db.put("disposal", {
        "child_id": world.north_child, "disposal_type": "yro_iss", "category": "court",
        "decision_date": dt.date(2026, 10, 1), "start_date": dt.date(2026, 10, 1),
        "end_date": dt.date(2027, 4, 1), "outcome": "ongoing"})
    sup = server_db.put("disposal_requirement", {
        "child_id": world.north_child, "disposal_id": order, "requirement_code": "supervision",
        "mandatory": True})
    with _login(live_server, "pat") as pat:
        rev = int(server_db.row("disposal", order)["rev"])  # type: ignore[index]
        res = pat.push([change("disposal", order, {"conditions": "Older record"},
                               base_rev=rev)])
        assert res.results[0].status == "applied", res
        reqs = _reqs(world, order)
        res = pat.push([change("disposal_requirement", new_id(), reqs["curfew_doorstep"])])
        assert res.results[0].status == "applied", res  # lacks less than before
        srev = int(server_db.row("disposal_requirement", sup)["rev"])  # type: ignore[index]
        res = pat.push([change("disposal_requirement", sup, {}, base_rev=srev,
                               deleted=True)])
        assert res.results[0].status == "rejected"  # would lack more
        assert "supervision" in (res.results[0].error or "")


def test_a_laptop_made_iss_syncs_in_one_batch(live_server: str, server_db: ServerDb,
                                             tmp_path: Path) -> None:
    team = server_db.add_team()
    pat = server_db.add_user("pat", team_id=team)
    child = server_db.add_child(team, pat, given_name="Jayden", family_name="Okafor")
    server_db.allocate(child, pat)
    laptop = Laptop(live_server, "pat", tmp_path / "laptop")
    try:
        laptop.sync()
        made = []
        for _ in range(2):
            with laptop.uow() as u:
                made.append(add_disposal(u.session, child, DisposalInput(
                    disposal_type="yro_iss", decision_date=dt.date(2026, 10, 1),
                    start_date=dt.date(2026, 10, 1), end_date=dt.date(2027, 4, 1),
                    requirements=[
                        RequirementInput("extended_activity", quantity=120),
                        RequirementInput("supervision"),
                        RequirementInput("curfew_doorstep", quantity=10,
                                         hours_per_week=70),
                        RequirementInput("electronic_monitoring")])).id)
        # A chunk of 3 would put both orders in one batch and their requirements in others.
        result = laptop.sync(push_chunk=3)
        assert not result.failed, result.failed
        for order in made:
            assert _live_codes(server_db, order) == {
                "extended_activity", "supervision", "curfew_doorstep",
                "electronic_monitoring"}
        with server_db.session() as s:
            assert set(s.scalars(select(Disposal.id).where(
                Disposal.disposal_type == "yro_iss"))) == set(made)
    finally:
        laptop.close()
