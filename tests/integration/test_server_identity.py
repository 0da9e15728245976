"""Issue 11, findings 2 and 3: identity comes from the token and the service's history.

Authorship fields name the caller or the row is refused; separation of duties is judged
from ``row_revision``; audit events carry the token's device and user, concern a child the
device holds and continue that device's chain, and refused ones are listed per device.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from tests.integration.serverkit import (
    ApiClient,
    ServerDb,
    World,
    audit_chain,
    audit_fields,
    change,
    complete_answers,
    form_version,
)
from yjdesk.models.org import Role
from yjdesk.models.types import new_id
from yjdesk.server import cli, identity


def _client(live_server: str, name: str) -> ApiClient:
    c = ApiClient(live_server, name)
    c.login()
    return c


def _disposal(server_db: ServerDb, child: str) -> str:
    return server_db.put("disposal", {
        "child_id": child, "disposal_type": "referral_order", "category": "court",
        "decision_date": dt.date(2026, 10, 1), "start_date": dt.date(2026, 10, 1)})


def _stage(child: str, disposal: str, author: str, **extra: object) -> dict[str, object]:
    return {"child_id": child, "disposal_id": disposal, "stage_type": "start",
            "status": "draft", "form_version": form_version(), "author_id": author,
            "started_on": "2026-10-02", "due_on": "2026-10-30", **extra}


def test_authorship_fields_must_name_the_caller(live_server: str, world: World,
                                                server_db: ServerDb) -> None:
    disposal = _disposal(server_db, world.north_child)
    stage_as_pat, contact_as_nina, concern_as_sam, own = new_id(), new_id(), new_id(), new_id()
    with _client(live_server, "nina") as nina, _client(live_server, "pat") as pat:
        # A manager creating an assessment "written" by a practitioner.
        res = nina.push([change("assessment_stage", stage_as_pat,
                                _stage(world.north_child, disposal, world.pat))])
        assert res.results[0].status == "rejected"
        assert "must be you" in (res.results[0].error or "")
        # A practitioner writing a final contact "by" the manager, and a concern "raised"
        # by someone else.
        res = pat.push([
            change("contact", contact_as_nina, {
                "child_id": world.north_child, "author_id": world.nina, "status": "final",
                "contact_at": "2026-11-01T10:00:00+00:00", "contact_type": "home_visit"}),
            change("safeguarding_item", concern_as_sam, {
                "child_id": world.north_child, "raised_by": world.sam,
                "raised_at": "2026-11-01T10:00:00+00:00", "summary": "worried",
                "status": "open"}),
        ])
        assert [r.status for r in res.results] == ["rejected", "rejected"], res
        assert all("must be you" in (r.error or "") for r in res.results), res
        # Naming yourself is fine, and the row records who sent it.
        res = pat.push([change("assessment_stage", own,
                               _stage(world.north_child, disposal, world.pat))])
        assert res.results[0].status == "applied", res
        # ...but who wrote it cannot be changed afterwards, nor a submission put on another.
        results = [*pat.push([change("assessment_stage", own, {"author_id": world.nina},
                                     base_rev=1)]).results,
                   *pat.push([change("assessment_stage", own, {
                       "status": "submitted", "submitted_by": world.nina},
                       base_rev=1)]).results]
        assert [r.error for r in results] == [
            "who made a record cannot be changed", "submitted by must be you, the person "
            "signed in"], results
    for table, rid in (("assessment_stage", stage_as_pat), ("contact", contact_as_nina),
                       ("safeguarding_item", concern_as_sam)):
        assert server_db.row(table, rid) is None
    stored = server_db.row("assessment_stage", own)
    assert stored is not None
    assert (stored["author_id"], stored["updated_by"], stored["submitted_by"]) == (
        world.pat, world.pat, None)


def test_countersigning_is_judged_from_the_services_history(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """The manager rewrote part of the stage: the fields still say pat wrote and submitted
    it, but the service recorded her writing, so she may not countersign it."""
    disposal = _disposal(server_db, world.north_child)
    stage = new_id()
    with _client(live_server, "pat") as pat, _client(live_server, "nina") as nina:
        assert pat.push([change("assessment_stage", stage, _stage(
            world.north_child, disposal, world.pat))]).results[0].status == "applied"
        edit = nina.push([change("assessment_stage", stage,
                                 {"rosh": "high", "rosh_rationale": "her words"}, base_rev=1)])
        assert edit.results[0].status == "applied"
        sub = pat.push([change("assessment_stage", stage, {
            "status": "submitted", "submitted_by": world.pat,
            "submitted_at": "2026-11-01T09:00:00+00:00"}, base_rev=2),
            *complete_answers(world.north_child, stage)])
        assert {r.status for r in sub.results} == {"applied"}, sub
        res = nina.push([change("assessment_stage", stage, {
            "status": "countersigned", "countersigned_by": world.nina,
            "countersigned_at": "2026-11-01T10:00:00+00:00", "content_hash": "c" * 64},
            base_rev=3)])
    assert res.results[0].status == "rejected"
    assert res.results[0].error == identity.WROTE_OR_SUBMITTED
    stored = server_db.row("assessment_stage", stage)
    assert stored is not None and stored["status"] == "submitted"


def test_audit_events_take_identity_from_the_token(live_server: str, world: World,
                                                   server_db: ServerDb) -> None:
    """Finding 2: pat forges nina's first event (her device, her name, a south child); it
    is refused, and nina's own first event is then accepted."""
    with _client(live_server, "pat") as pat, _client(live_server, "nina") as nina:
        forged = [
            change("audit_event", *audit_fields(nina.device_id, 1, world.north_child,
                                                user_id=world.nina)),
            change("audit_event", *audit_fields(pat.device_id, 1, world.north_child,
                                                user_id=world.nina)),
            change("audit_event", *audit_fields(pat.device_id, 1, world.south_child,
                                                user_id=world.pat)),
        ]
        res = pat.push(forged)
        assert [r.error for r in res.results] == [
            identity.NOT_YOUR_DEVICE, identity.NOT_YOU, identity.NOT_HELD]
        real = nina.push(audit_chain(nina.device_id, world.nina, [world.north_child]))
        assert real.results[0].status == "applied", real
    assert server_db.count("audit_event") == 1
    stored = server_db.row("audit_event", real.results[0].id)
    assert stored is not None and stored["user_id"] == world.nina
    with server_db.session() as s:
        breaks = identity.list_breaks(s)
    assert {(b.device_id, b.reason) for b in breaks} == {
        (pat.device_id, identity.NOT_YOUR_DEVICE), (pat.device_id, identity.NOT_YOU),
        (pat.device_id, identity.NOT_HELD)}


def test_a_break_in_a_devices_chain_is_refused_and_listed(
        live_server: str, world: World, server_db: ServerDb,
        capsys: pytest.CaptureFixture[str]) -> None:
    with _client(live_server, "pat") as pat:
        chain = audit_chain(pat.device_id, world.pat, [world.north_child, None, None, None])
        # Sent out of order within a batch: still applied in chain order.
        first = pat.push([chain[1], chain[0]])
        assert [r.status for r in first.results] == ["applied", "applied"], first
        # Event 4 without event 3: a gap.
        gap = pat.push([chain[3]])
        assert gap.results[0].status == "rejected"
        assert "event 4 arrived where event 3 was expected" in (gap.results[0].error or "")
        # Event 3 altered after it was hashed.
        altered = dict(chain[2], fields={**chain[2]["fields"], "action": "export"})
        bad = pat.push([altered])
        assert "does not match its hash" in (bad.results[0].error or "")
        # A second event 2 (another history of this device).
        _, fork = audit_fields(pat.device_id, 2, None, user_id=world.pat,
                               prev_hash=str(chain[0]["fields"]["hash"]), action="export")
        forked = pat.push([change("audit_event", new_id(), fork)])
        assert forked.results[0].status == "rejected"
        # The real event 3, then 4, continue it.
        ok = pat.push([chain[2], chain[3]])
        assert [r.status for r in ok.results] == ["applied", "applied"], ok
    assert server_db.count("audit_event") == 4
    with server_db.session() as s:
        breaks = identity.list_breaks(s, pat.device_id)
    assert len(breaks) == 3 and all(b.device_id == pat.device_id for b in breaks)
    code = cli.main(["--database-url", server_db.url, "audit", "breaks"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"device {pat.device_id}: 3 break(s)" in out
    assert "expected 3" in out and "does not match its hash" in out


def test_updated_by_is_the_caller_whatever_the_payload(live_server: str, world: World,
                                                       server_db: ServerDb) -> None:
    rel = new_id()
    with _client(live_server, "pat") as pat:
        res = pat.push([change("relationship", rel, {
            "child_id": world.north_child, "name": "Mum", "relationship_type": "mother",
            "updated_by": world.nina})])
        assert res.results[0].status == "rejected"
        res = pat.push([change("relationship", rel, {
            "child_id": world.north_child, "name": "Mum", "relationship_type": "mother"})])
        assert res.results[0].status == "applied"
    stored = server_db.row("relationship", rel)
    assert stored is not None and stored["updated_by"] == world.pat
    with server_db.session() as s:
        who = s.execute(text("SELECT updated_by, device_id FROM row_revision "
                             "WHERE row_id = :r"), {"r": rel}).one()
    assert tuple(who) == (world.pat, pat.device_id)


@pytest.mark.parametrize("server_db", ["postgresql"], indirect=True)
def test_service_role_may_only_renumber_row_revision(live_server: str, world: World,
                                                     server_db: ServerDb) -> None:
    """Finding 7: the service's history of who changed what is append-only for the
    service role (it may move ``server_seq`` and nothing else)."""
    assert server_db.kind == "postgresql"
    server_db.add_user("pia", Role.PRACTITIONER, world.north)
    service = create_engine(server_db.service_url)
    try:
        with service.begin() as conn:
            conn.execute(text("UPDATE row_revision SET server_seq = server_seq "
                              "WHERE table_name = 'child'"))
        for sql in ("UPDATE row_revision SET updated_by = NULL",
                    "UPDATE row_revision SET fields_json = '{}'",
                    "DELETE FROM row_revision", "TRUNCATE row_revision",
                    "UPDATE audit_chain_break SET reason = 'x'",
                    "DELETE FROM audit_chain_break"):
            with pytest.raises(ProgrammingError, match="permission denied"), \
                    service.begin() as conn:
                conn.execute(text(sql))
    finally:
        service.dispose()
    with server_db.session() as s:
        assert s.execute(text("SELECT count(*) FROM row_revision "
                              "WHERE updated_by IS NULL")).scalar_one() > 0


def test_a_payload_the_laptops_form_refuses_is_refused_in_the_same_words(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """Field validation (``services/*/validate``) runs on the push path too."""
    from tests.integration.serverkit import child_fields
    from yjdesk.errors import ValidationError
    from yjdesk.services.casework.contacts import ContactInput, final_record_errors
    from yjdesk.services.children import ChildInput, validate

    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    bad_child = child_fields(world.north, world.pat, date_of_birth=future, gender="x")
    with pytest.raises(ValidationError) as form:
        validate(ChildInput(given_name="Pushed", family_name="Child",
                            date_of_birth=dt.date.fromisoformat(future), gender="x",
                            ethnicity="white_british"), dt.date.today())
    contact = {"child_id": world.north_child, "author_id": world.pat, "status": "final",
               "contact_at": "2026-11-01T10:00:00+00:00", "attendance": "attended",
               "contact_type": "home_visit", "aim": "Check in"}
    laptop = final_record_errors(ContactInput(
        contact_at=dt.datetime(2026, 11, 1, 10, tzinfo=dt.UTC), attendance="attended",
        contact_type="home_visit", aim="Check in"), dt.datetime.now(dt.UTC), None)
    draft = new_id()
    with _client(live_server, "pat") as pat:
        res = pat.push([change("child", new_id(), bad_child),
                        change("contact", new_id(), contact),
                        change("contact", draft, {**contact, "status": "draft"})])
        assert res.results[0].error == "; ".join(form.value.errors.values())
        assert res.results[1].error == "; ".join(laptop.errors.values())
        assert "Content is required." in (res.results[1].error or "")
        # A draft may be incomplete; making it final without the record is refused.
        assert res.results[2].status == "applied"
        final = pat.push([change("contact", draft, {"status": "final"}, base_rev=1)])
        assert final.results[0].error == res.results[1].error
        # Editing one field checks that field only.
        ok = pat.push([change("child", world.north_child, {"ete_hours": 12}, base_rev=1)])
        assert ok.results[0].status == "applied", ok
        bad = pat.push([change("child", world.north_child, {"ete_hours": 99}, base_rev=2)])
        assert bad.results[0].error == "ETE hours per week must be between 0 and 60."
    stored = server_db.row("contact", draft)
    assert stored is not None and stored["status"] == "draft"


def test_a_court_report_the_editor_would_refuse_is_refused(
        live_server: str, world: World, server_db: ServerDb) -> None:
    from yjdesk.errors import ValidationError
    from yjdesk.services.court.psr import PsrInput, validate_input

    hearing = server_db.put("court_hearing", {
        "child_id": world.north_child, "court_code": "MC1", "court_name": "Northtown Youth",
        "hearing_date": dt.date(2026, 12, 20), "hearing_type": "first_appearance"})
    report = server_db.put("psr", {
        "child_id": world.north_child, "hearing_id": hearing, "kind": "psr",
        "requested_on": dt.date(2026, 11, 1), "due_date": dt.date(2026, 12, 18),
        "author_id": world.pat, "status": "drafting"})
    with pytest.raises(ValidationError) as form:
        validate_input(PsrInput(risk_of_serious_harm="purple"))
    with _client(live_server, "pat") as pat:
        bad = pat.push([change("psr", report, {"risk_of_serious_harm": "purple"}, base_rev=1)])
        assert bad.results[0].error == "; ".join(form.value.errors.values())
        ok = pat.push([change("psr", report, {"conclusion": "A referral order."}, base_rev=1)])
        assert ok.results[0].status == "applied", ok
    stored = server_db.row("psr", report)
    assert stored is not None and stored["risk_of_serious_harm"] is None


def test_the_creator_of_a_court_report_may_not_check_it_as_court_ready(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """A manager creates a report naming a practitioner as its author and then checks it
    herself: the service recorded her creating it, so she may not (another manager may)."""
    nick_id = server_db.add_user("nick", Role.TEAM_MANAGER, world.north)
    hearing = server_db.put("court_hearing", {
        "child_id": world.north_child, "court_code": "preston_youth",
        "court_name": "Preston Youth Court", "hearing_date": dt.date.today() + dt.timedelta(30),
        "hearing_type": "first_appearance"})
    report = new_id()
    today = dt.date.today().isoformat()
    with _client(live_server, "nina") as nina, _client(live_server, "pat") as pat, \
            _client(live_server, "nick") as nick:
        made = nina.push([change("psr", report, {
            "child_id": world.north_child, "hearing_id": hearing, "kind": "psr",
            "requested_on": today, "due_date": today, "author_id": world.pat,
            "status": "drafting", "conclusion": "Nina's own words."})])
        assert made.results[0].status == "applied", made
        sent = pat.push([change("psr", report, {"status": "submitted",
                                                "submitted_at": f"{today}T09:00:00+00:00"},
                                base_rev=1)])
        assert sent.results[0].status == "applied", sent
        check = {"status": "court_ready", "checked_at": f"{today}T10:00:00+00:00"}
        res = nina.push([change("psr", report, {**check, "checked_by_id": world.nina},
                                base_rev=2)])
        assert res.results[0].status == "rejected"
        assert res.results[0].error == identity.WROTE_REPORT
        stored = server_db.row("psr", report)
        assert stored is not None and stored["status"] == "submitted"
        ok = nick.push([change("psr", report, {**check, "checked_by_id": nick_id},
                               base_rev=2)])
        assert ok.results[0].status == "applied", ok
    stored = server_db.row("psr", report)
    assert stored is not None and stored["status"] == "court_ready"

