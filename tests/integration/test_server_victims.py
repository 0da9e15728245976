"""Victims' privacy over HTTP (issue 14): a practitioner's pull never carries a victim's
contact details or views, only the safety summary; a victim worker's pull does; pushes of
victim records by others, and bad victim records by anyone, are refused."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.serverkit import ApiClient, ServerDb, World, change
from yjdesk.models.org import Role
from yjdesk.models.types import new_id
from yjdesk.server.push import NOT_FOUND

PHONE = "07700 900461"
NAME = "Ada Kowalski"
VIEWS = "I am frightened to walk past the shop"
SUMMARY = "exclusion zone around Talbot Road shops"


def _login(live_server: str, username: str) -> ApiClient:
    c = ApiClient(live_server, username)
    c.login()
    return c


@pytest.fixture
def victim_case(server_db: ServerDb, world: World) -> dict[str, str]:
    vic = server_db.add_user("vic", Role.VICTIM_WORKER, world.north)
    offence = server_db.put("offence", {
        "child_id": world.north_child, "offence_date": dt.date(2026, 3, 1),
        "offence_code": "robbery", "status": "proven", "gravity": 5,
        "victim_involved": True, "serious_violence": True})
    victim = server_db.put("victim", {
        "child_id": world.north_child, "kind": "person", "name": NAME,
        "address": "14 Talbot Road, Blackpool", "phone": PHONE, "email": None,
        "preferred_contact": "phone", "enhanced_service": False,
        "consent_to_contact": True, "consent_date": dt.date(2026, 3, 10), "views": VIEWS,
        "safety_concerns": True, "safety_detail": "He waited outside her shop."})
    server_db.put("victim_offence", {"child_id": world.north_child, "victim_id": victim,
                                     "offence_id": offence})
    summary = server_db.put("victim_safety_summary", {
        "child_id": world.north_child, "victim_ref": victim, "offence_id": offence,
        "victim_kind": "person", "concerns": True, "summary": SUMMARY})
    return {"vic": vic, "offence": offence, "victim": victim, "summary": summary}


def test_a_practitioners_pull_never_carries_victim_details(
        live_server: str, world: World, victim_case: dict[str, str]) -> None:
    for user, sees in (("pat", False), ("colin", False), ("vic", True), ("nina", True),
                       ("sonia", True)):
        if user == "colin":
            continue  # the court officer holds no court work for this child
        with _login(live_server, user) as c:
            r = c.post("/sync/pull", {"cursor": 0, "limit": 1000})
            assert r.status_code == 200, user
            body = r.text
            rows, _ = c.pull_all()
        for detail in (PHONE, NAME, VIEWS, "Talbot Road, Blackpool"):
            assert (detail in body) is sees, (user, detail)
        ids = {row.id for row in rows}
        assert (victim_case["victim"] in ids) is sees, user
        # everyone on the case gets what planning needs
        assert SUMMARY in body and victim_case["summary"] in ids, user


def test_victim_records_are_pushed_only_by_victim_workers_and_managers(
        live_server: str, server_db: ServerDb, world: World,
        victim_case: dict[str, str]) -> None:
    fields = {"child_id": world.north_child, "kind": "person", "name": "Forged",
              "enhanced_service": False}
    with _login(live_server, "pat") as pat:
        before = server_db.snapshot()
        res = pat.push([
            change("victim", new_id(), fields),
            change("victim", victim_case["victim"], {"phone": "0000"}, base_rev=1),
            change("victim_safety_summary", victim_case["summary"], {"summary": "nothing"},
                   base_rev=1),
        ])
        assert server_db.snapshot() == before
    assert [r.status for r in res.results] == ["rejected"] * 3
    assert [r.error for r in res.results][:2] == [NOT_FOUND] * 2
    assert "cannot change victim safety summary" in (res.results[2].error or "")


def test_the_server_refuses_bad_victim_records_with_the_laptops_words(
        live_server: str, server_db: ServerDb, world: World,
        victim_case: dict[str, str]) -> None:
    with _login(live_server, "vic") as vic:
        before = server_db.snapshot()
        res = vic.push([
            # consent dated before the offence it is linked to (01/03/2026)
            change("victim", victim_case["victim"], {"consent_date": "2026-02-20"},
                   base_rev=1),
            # an RJ outcome without consent to contact
            change("victim", new_id(), {
                "child_id": world.north_child, "kind": "person", "name": "B",
                "enhanced_service": False, "rj_outcome": "Met at a conference"}),
            # the practitioner's summary naming the victim
            change("victim_safety_summary", victim_case["summary"],
                   {"summary": "Keep away from Ada Kowalski"}, base_rev=1),
        ])
        assert server_db.snapshot() == before
        assert [r.status for r in res.results] == ["rejected"] * 3
        errors = [r.error or "" for r in res.results]
        assert "before the offence" in errors[0]
        assert "needs the victim's consent to contact" in errors[1]
        assert "leave out the victim's name" in errors[2]
        ok = vic.push([change("victim", victim_case["victim"],
                              {"rj_offered": True, "rj_type": "direct_conference",
                               "rj_took_part": True, "rj_date": "2026-04-01",
                               "rj_outcome": "Apology accepted"}, base_rev=1)])
    assert ok.results[0].status == "applied"


def test_victims_past_retention_are_redacted_by_the_service_command_and_logged(
        live_server: str, server_db: ServerDb, world: World, victim_case: dict[str, str],
        capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import select

    from yjdesk.models.server import RowRevision, VictimRedaction
    from yjdesk.models.victims import Victim
    from yjdesk.server.cli import main

    def redact(*extra: str) -> str:
        assert main(["--database-url", server_db.url, "victims", "redact", "--by", "dpo",
                     *extra]) == 0
        return capsys.readouterr().out

    # Last contact 10/03/2026; 24 months' retention: not due in 2027, due in April 2028.
    assert redact("--as-of", "2027-12-01").startswith("0 victim record(s) redacted")
    assert "1 victim record(s) would be redacted" in redact("--as-of", "2028-04-01",
                                                            "--dry-run")
    with server_db.session() as s:
        assert s.get(Victim, victim_case["victim"]).phone == PHONE  # a dry run changes nothing
    out = redact("--as-of", "2028-04-01")
    assert out.startswith("1 victim record(s) redacted") and victim_case["victim"] in out
    with server_db.session() as s:
        v = s.get(Victim, victim_case["victim"])
        assert (v.name, v.phone, v.address, v.views) == ("Redacted victim", None, None, None)
        assert v.redacted_at is not None and v.consent_to_contact is True  # KPI facts stay
        history = " ".join(s.scalars(select(RowRevision.fields_json).where(
            RowRevision.row_id.in_([victim_case["victim"], victim_case["summary"]]))))
        [logged] = s.scalars(select(VictimRedaction)).all()
    for detail in (PHONE, NAME, VIEWS, SUMMARY):
        assert detail not in history
    assert (logged.victim_id, logged.by, logged.retention_months) == (
        victim_case["victim"], "dpo", 24)
    # The laptops that hold the record receive the redaction at their next pull.
    with _login(live_server, "vic") as c:
        body = c.post("/sync/pull", {"cursor": 0, "limit": 1000}).text
    assert "Redacted victim" in body and PHONE not in body and NAME not in body
    assert redact("--as-of", "2029-01-01").startswith("0 victim record(s)")  # done once
