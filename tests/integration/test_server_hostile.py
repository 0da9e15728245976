"""A hostile laptop against the real service (security review): each test is an attack the
service refused only after the review; the comments say what a laptop could do before."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.integration.serverkit import ApiClient, ServerDb, World, change, form_version
from yjdesk.models.types import new_id
from yjdesk.services.assessments.authoring import NOT_AN_AUTHOR


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


def test_a_manager_countersigns_only_a_submitted_assessment(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """A team manager countersigned (locked) a draft its author had not submitted, skipping
    the submission and its blocking quality checks."""
    disposal = server_db.put("disposal", {
        "child_id": world.north_child, "disposal_type": "referral_order", "category": "court",
        "decision_date": dt.date(2026, 10, 1), "start_date": dt.date(2026, 10, 1)})
    stage = server_db.put("assessment_stage", {
        "child_id": world.north_child, "disposal_id": disposal, "stage_type": "start",
        "status": "draft", "form_version": form_version(), "author_id": world.pat,
        "started_on": dt.date(2026, 10, 2), "due_on": dt.date(2026, 10, 30)})
    sign = {"status": "countersigned", "countersigned_by": world.nina,
            "countersigned_at": "2026-11-01T10:00:00+00:00", "content_hash": "c" * 64}
    with _login(live_server, "nina") as nina:
        res = nina.push([change("assessment_stage", stage, sign, base_rev=1)])
    assert res.results[0].status == "rejected"
    assert res.results[0].error == ("This assessment is still a draft; only a submitted one "
                                    "can be countersigned.")
    stored = server_db.row("assessment_stage", stage)
    assert stored is not None and stored["status"] == "draft"


def test_a_court_report_goes_to_court_as_its_manager_checked_it(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """A manager checked a report court ready while its author was still drafting it, and
    the author rewrote a court-ready report (and its proposed requirements) and could
    finalise it: the court got words no manager had checked."""
    from yjdesk.services.court.sync_rules import NOT_SUBMITTED

    hearing = server_db.put("court_hearing", {
        "child_id": world.north_child, "court_code": "MC1", "court_name": "Northtown Youth",
        "hearing_date": dt.date(2026, 12, 20), "hearing_type": "first_appearance"})
    report = server_db.put("psr", {
        "child_id": world.north_child, "hearing_id": hearing, "kind": "psr",
        "requested_on": dt.date(2026, 11, 1), "due_date": dt.date(2026, 12, 18),
        "author_id": world.pat, "status": "drafting", "conclusion": "A referral order."})
    check = {"status": "court_ready", "checked_by_id": world.nina,
             "checked_at": "2026-11-10T10:00:00+00:00"}
    with _login(live_server, "nina") as nina:
        early = nina.push([change("psr", report, check, base_rev=1)])
    assert early.results[0].status == "rejected" and early.results[0].error == NOT_SUBMITTED
    requirement = server_db.put("psr_requirement", {
        "child_id": world.north_child, "psr_id": report, "requirement_code": "unpaid_work",
        "quantity": 40})
    server_db.put("psr", {"status": "submitted"}, report)
    with _login(live_server, "nina") as nina:
        ok = nina.push([change("psr", report, check, base_rev=2)])
    assert ok.results[0].status == "applied", ok
    with _login(live_server, "pat") as pat:
        before = server_db.snapshot()
        results = [pat.push([a]).results[0] for a in (
            change("psr", report, {"conclusion": "Custody."}, base_rev=3),
            change("psr_requirement", requirement, {"quantity": 200}, base_rev=1),
            change("psr_requirement", new_id(), {
                "child_id": world.north_child, "psr_id": report,
                "requirement_code": "curfew", "quantity": 10}))]
        assert server_db.snapshot() == before
        assert [r.status for r in results] == ["rejected"] * 3, results
        assert {r.error for r in results} == {
            "This report has been checked as court ready; a manager must return it before "
            "it can be changed."}
        # Taking it back to drafting (to be checked again) with the new words is fine.
        back = pat.push([change("psr", report, {"status": "drafting",
                                                "conclusion": "Custody."}, base_rev=3)])
    assert back.results[0].status == "applied", back


def test_a_change_applied_in_part_is_judged_as_applied(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """The rules judged the whole pushed change, but a change from an older revision is
    applied only in part (fields the server changed since are conflicts): an author sent
    a court-ready report's new conclusion with ``status: drafting`` from the revision it
    was drafting at, the status conflicted, and the new words were applied to the
    court-ready report."""
    hearing = server_db.put("court_hearing", {
        "child_id": world.north_child, "court_code": "MC1", "court_name": "Northtown Youth",
        "hearing_date": dt.date(2026, 12, 20), "hearing_type": "first_appearance"})
    report = server_db.put("psr", {
        "child_id": world.north_child, "hearing_id": hearing, "kind": "psr",
        "requested_on": dt.date(2026, 11, 1), "due_date": dt.date(2026, 12, 18),
        "author_id": world.pat, "status": "drafting", "conclusion": "A referral order."})
    server_db.put("psr", {"status": "submitted"}, report)
    with _login(live_server, "nina") as nina:
        ok = nina.push([change("psr", report, {
            "status": "court_ready", "checked_by_id": world.nina,
            "checked_at": "2026-11-10T10:00:00+00:00"}, base_rev=2)])
    assert ok.results[0].status == "applied", ok
    with _login(live_server, "pat") as pat:
        before = server_db.snapshot()
        res = pat.push([change("psr", report, {"status": "drafting",
                                               "conclusion": "Custody."}, base_rev=1)])
        assert server_db.snapshot() == before
    assert res.results[0].status == "rejected", res
    assert "checked as court ready" in (res.results[0].error or "")
    stored = server_db.row("psr", report)
    assert stored is not None and stored["conclusion"] == "A referral order."


def test_the_return_ledger_reaches_only_the_roles_that_see_every_child(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """A YJB return's ledger row names every child in the return by case number (its
    manifest, the children added and removed) and was a "global" row: every laptop, a
    practitioner's or a panel volunteer's, received the whole service's case numbers."""
    import json

    from yjdesk.models.org import Role
    from yjdesk.services.returns.ledger import pack_manifest, unpack_manifest

    south_number = "YJ-SOUTH-0001"
    server_db.add_user("val", Role.PANEL_VOLUNTEER, world.north)
    ledger = server_db.put("data_return", {
        "quarter_start": dt.date(2026, 4, 1), "quarter_end": dt.date(2026, 6, 30),
        "specification": "CLD v1", "file_name": "return.zip", "sha256": "a" * 64,
        "produced_at": dt.datetime(2026, 7, 10, 9, 0, tzinfo=dt.UTC),
        "produced_by": world.sonia, "children": 2, "records_json": "{}", "rejected": 0,
        "incomplete": 0, "manifest": pack_manifest({south_number: "abc123"}),
        "changes_json": json.dumps({"added_children": [south_number]})})
    for user, receives in (("pat", False), ("nina", False), ("val", False),
                           ("sonia", True), ("ada", True)):
        with _login(live_server, user) as c:
            rows, _ = c.pull_all()
        got = [r for r in rows if r.table == "data_return"]
        assert bool(got) is receives, user
        if receives:
            assert got[0].id == ledger
            assert south_number in unpack_manifest(str(got[0].fields["manifest"]))


def test_only_a_manager_moves_a_child_to_another_team(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """A practitioner moved her child to another team (she stays its case manager, so she
    still held it): her own team manager lost it from view, another team's gained it."""
    from yjdesk.services.child_creation import OTHER_TEAM_MOVE

    with _login(live_server, "pat") as pat:
        before = server_db.snapshot()
        res = pat.push([change("child", world.north_child, {"team_id": world.south},
                               base_rev=1)])
        assert server_db.snapshot() == before
    assert res.results[0].status == "rejected" and res.results[0].error == OTHER_TEAM_MOVE
    with _login(live_server, "nina") as nina:  # the child's team manager may
        ok = nina.push([change("child", world.north_child, {"team_id": world.south},
                               base_rev=1)])
    assert ok.results[0].status == "applied", ok


def test_only_managers_allocate_children(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """Allocations decide who holds a child. A practitioner gave herself a lasting cover of
    her child (kept when a manager reallocates it, so she kept the child) and gave the
    child to a practitioner of another team."""
    from tests.integration.serverkit import child_fields
    from yjdesk.services.child_creation import ALLOCATORS

    def allocation(user_id: str, role: str) -> dict[str, object]:
        return {"child_id": world.north_child, "user_id": user_id, "allocation_role": role,
                "from_date": "2020-01-01", "to_date": None}

    with _login(live_server, "pat") as pat:
        before = server_db.snapshot()
        results = [pat.push([change("allocation", new_id(), a)]).results[0] for a in (
            allocation(world.pat, "cover"), allocation(world.sam, "case_manager"))]
        assert server_db.snapshot() == before
        assert [(r.status, r.error) for r in results] == [("rejected", ALLOCATORS)] * 2
        # A child she adds comes with her own case-manager allocation, as the laptop makes it.
        child = new_id()
        made = pat.push([
            change("child", child, child_fields(world.north, world.pat)),
            change("allocation", new_id(), {
                "child_id": child, "user_id": world.pat, "allocation_role": "case_manager",
                "from_date": "2026-11-01", "to_date": None})])
        assert [r.status for r in made.results] == ["applied", "applied"], made
    with _login(live_server, "nina") as nina:
        ok = nina.push([change("allocation", new_id(), allocation(world.pat, "cover"))])
    assert ok.results[0].status == "applied", ok


def test_only_a_manager_acts_on_a_safeguarding_concern(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """A safeguarding concern goes on the team manager's list until a manager closes it.
    A practitioner closed the concern about her own child herself (off the list), moved
    it to (or raised it on) another team's list, and reopened and rewrote one a manager
    had closed; and deleted an open concern (review: off the list too)."""
    from yjdesk.services.casework.sync_rules import MANAGER_ACTS

    def item(status: str, **extra: object) -> str:
        return server_db.put("safeguarding_item", {
            "child_id": world.north_child, "team_id": world.north, "summary": "Bruises",
            "status": status, "raised_by": world.pat,
            "raised_at": dt.datetime(2026, 11, 1, 10, 0, tzinfo=dt.UTC), **extra})

    open_item = item("open")
    closed = item("closed", manager_actions="Referred to MASH", closed_by=world.nina,
                  closed_at=dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC),
                  acknowledged_by=world.nina,
                  acknowledged_at=dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC))
    close = {"status": "closed", "closed_by": world.pat,
             "closed_at": "2026-11-03T10:00:00+00:00", "manager_actions": "Nothing to do"}
    with _login(live_server, "pat") as pat:
        before = server_db.snapshot()
        results = [pat.push([a]).results[0] for a in (
            change("safeguarding_item", open_item, close, base_rev=1),
            change("safeguarding_item", open_item, {"team_id": world.south}, base_rev=1),
            change("safeguarding_item", closed, {"status": "open"}, base_rev=1),
            change("safeguarding_item", closed, {"manager_actions": "Nothing"}, base_rev=1),
            change("safeguarding_item", open_item, {"deleted": True}, base_rev=1),
            change("safeguarding_item", new_id(), {
                "child_id": world.north_child, "team_id": world.south, "summary": "Hidden",
                "status": "open", "raised_by": world.pat,
                "raised_at": "2026-11-04T10:00:00+00:00"}))]
        assert server_db.snapshot() == before
        assert [r.status for r in results] == ["rejected"] * 6, results
        assert {r.error for r in results} == {MANAGER_ACTS}
        # She still raises concerns.
        raised = pat.push([change("safeguarding_item", new_id(), {
            "child_id": world.north_child, "team_id": world.north, "summary": "Missing",
            "status": "open", "raised_by": world.pat,
            "raised_at": "2026-11-04T10:00:00+00:00"})])
        assert raised.results[0].status == "applied", raised
    with _login(live_server, "nina") as nina:
        ok = nina.push([change("safeguarding_item", open_item,
                               {**close, "closed_by": world.nina}, base_rev=1)])
    assert ok.results[0].status == "applied", ok


def test_a_deleted_locked_record_is_restored_only_by_a_manager(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """Only a manager deletes a final contact, saying why; anyone holding the child undid
    it by sending ``deleted: false`` (no text changed, so no other rule looked)."""
    contact = server_db.put("contact", {
        "child_id": world.north_child, "status": "final", "author_id": world.pat,
        "contact_at": dt.datetime(2026, 10, 5, 10, 0, tzinfo=dt.UTC),
        "contact_type": "phone", "attendance": "attended", "content": "Spoke to Nora",
        "finalised_at": dt.datetime(2026, 10, 5, 11, 0, tzinfo=dt.UTC),
        "deleted": True, "deleted_reason": "Recorded on the wrong child"})
    with _login(live_server, "pat") as pat:
        before = server_db.snapshot()
        res = pat.push([change("contact", contact, {"deleted": False}, base_rev=1)])
        assert server_db.snapshot() == before
    assert res.results[0].status == "rejected", res
    assert res.results[0].error == ("only a team or service manager can restore a deleted "
                                    "final contact record")
    with _login(live_server, "nina") as nina:
        ok = nina.push([change("contact", contact, {"deleted": False}, base_rev=1)])
    assert ok.results[0].status == "applied", ok


def test_oversight_and_case_audits_are_a_managers(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """Only managers record management oversight and audit cases (the laptop's services
    say so); a practitioner recorded "oversight" of her own case, audited and scored her
    own work, and rewrote a completed audit of it."""
    from yjdesk.services.oversight import sync_rules as o

    audit = server_db.put("quality_audit", {
        "child_id": world.north_child, "auditor_id": world.nina, "practitioner_id": world.pat,
        "team_id": world.north, "audited_on": dt.date(2026, 11, 2), "case_type": "court",
        "status": "complete", "feedback": "Plans need dates.", "acknowledged": False})
    own_audit = {"child_id": world.north_child, "auditor_id": world.pat,
                 "practitioner_id": world.pat, "team_id": world.north,
                 "audited_on": "2026-11-03", "case_type": "court", "status": "complete",
                 "feedback": "All good.", "acknowledged": False}
    with _login(live_server, "pat") as pat:
        before = server_db.snapshot()
        results = [pat.push([a]).results[0] for a in (
            change("oversight_record", new_id(), {
                "child_id": world.north_child, "kind": "management_oversight",
                "recorded_on": "2026-11-03", "author_id": world.pat,
                "practitioner_id": world.pat, "decision": "Carry on",
                "rationale": "Checked by me"}),
            change("quality_audit", new_id(), own_audit),
            change("quality_audit", audit, {"feedback": "Outstanding."}, base_rev=1))]
        assert server_db.snapshot() == before
        assert [(r.status, r.error) for r in results] == [
            ("rejected", o.OVERSIGHT_BY_MANAGERS), ("rejected", o.AUDITS_BY_MANAGERS),
            ("rejected", o.AUDITS_BY_MANAGERS)]
        # She acknowledges the feedback on her work, as the laptop lets her.
        ack = pat.push([change("quality_audit", audit, {
            "acknowledged": True, "acknowledged_on": "2026-11-04",
            "practitioner_response": "Will do."}, base_rev=1)])
        assert ack.results[0].status == "applied", ack
    with _login(live_server, "nina") as nina:
        locked = nina.push([change("quality_audit", audit, {"feedback": "Fine."},
                                   base_rev=2)])
    assert (locked.results[0].status, locked.results[0].error) == (
        "rejected", o.AUDIT_COMPLETED)


def test_assessments_are_written_by_their_teams_authors(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """The laptop lets practitioners, court officers and team managers of the child's team
    write its assessment; the service took a stage or an answer from anyone holding the
    child: an administrator or a service manager rewrote a child's risk ratings."""
    disposal = server_db.put("disposal", {
        "child_id": world.north_child, "disposal_type": "referral_order", "category": "court",
        "decision_date": dt.date(2026, 10, 1), "start_date": dt.date(2026, 10, 1)})
    stage = server_db.put("assessment_stage", {
        "child_id": world.north_child, "disposal_id": disposal, "stage_type": "start",
        "status": "draft", "form_version": form_version(), "author_id": world.pat,
        "started_on": dt.date(2026, 10, 2), "due_on": dt.date(2026, 10, 30)})
    for user in ("ada", "sonia"):
        with _login(live_server, user) as c:
            before = server_db.snapshot()
            results = [c.push([a]).results[0] for a in (
                change("assessment_stage", stage, {"rosh": "low"}, base_rev=1),
                change("assessment_answer", new_id(), {
                    "child_id": world.north_child, "stage_id": stage,
                    "question_key": "accommodation_type", "value": "\"family_home\"",
                    "as_at": "2026-11-02"}))]
            assert server_db.snapshot() == before
        assert [(r.status, r.error) for r in results] == [
            ("rejected", NOT_AN_AUTHOR)] * 2
    with _login(live_server, "pat") as pat:
        ok = pat.push([change("assessment_stage", stage, {"rosh": "low"}, base_rev=1)])
    assert ok.results[0].status == "applied", ok


def test_a_draft_contact_is_its_authors(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """Only a draft's author works on it (the laptop says so); anyone else holding the
    child rewrote a colleague's draft and finalised it in her name."""
    from yjdesk.services.casework.sync_rules import DRAFT_AUTHOR

    draft = server_db.put("contact", {
        "child_id": world.north_child, "status": "draft", "author_id": world.pat,
        "contact_at": dt.datetime(2026, 10, 5, 10, 0, tzinfo=dt.UTC),
        "contact_type": "phone", "content": "Pat's notes"})
    with _login(live_server, "nina") as nina:
        before = server_db.snapshot()
        res = nina.push([change("contact", draft, {"content": "Nina's words"}, base_rev=1)])
        assert server_db.snapshot() == before
    assert (res.results[0].status, res.results[0].error) == ("rejected", DRAFT_AUTHOR)
    with _login(live_server, "pat") as pat:
        ok = pat.push([change("contact", draft, {"content": "Pat's own notes"}, base_rev=1)])
    assert ok.results[0].status == "applied", ok


def test_a_final_contact_is_amended_by_its_author_or_a_manager(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """An amendment says who changed a final record's text and why; a colleague holding
    the child (the court officer) added amendments to someone else's record."""
    from yjdesk.services.casework.sync_rules import AMEND_AUTHOR

    server_db.allocate(world.north_child, world.colin, "court_officer")
    final = server_db.put("contact", {
        "child_id": world.north_child, "status": "final", "author_id": world.pat,
        "contact_at": dt.datetime(2026, 10, 5, 10, 0, tzinfo=dt.UTC),
        "contact_type": "phone", "attendance": "attended", "content": "Spoke to Nora",
        "finalised_at": dt.datetime(2026, 10, 5, 11, 0, tzinfo=dt.UTC)})

    def amendment(who: str) -> dict[str, Any]:
        return change("contact_amendment", new_id(), {
            "child_id": world.north_child, "contact_id": final, "field": "content",
            "original_text": "Spoke to Nora", "new_text": "Did not speak to Nora",
            "reason": "Correction", "amended_by": who,
            "amended_at": "2026-11-01T10:00:00+00:00"})

    with _login(live_server, "colin") as colin:
        before = server_db.snapshot()
        res = colin.push([amendment(world.colin)])
        assert server_db.snapshot() == before
    assert (res.results[0].status, res.results[0].error) == ("rejected", AMEND_AUTHOR)
    with _login(live_server, "pat") as pat:
        ok = pat.push([amendment(world.pat)])
    assert ok.results[0].status == "applied", ok


def _staff_bundle(*rows: str) -> bytes:
    import io
    import json
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("bundle.json", json.dumps({"format": 1, "source": "legacy"}))
        z.writestr("staff.csv", "\n".join(
            ["staff_id,username,display_name,role,team_id,email,active", *rows]) + "\n")
    return out.getvalue()


def test_only_an_administrator_imports_staff_and_teams(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """Only administrators change teams and user accounts (decision 18), but an
    information officer may import a bundle, whose staff file creates and changes user
    accounts: she re-imported her own account (imported at go-live) as an administrator.
    (She may still add accounts, which have no password until an administrator sets one.)"""
    from yjdesk.models.org import Role
    from yjdesk.server.import_routes import IMPORT_PATH, STAFF_BY_ADMINISTRATORS

    def post(c: ApiClient, data: bytes) -> Any:
        return c.http.post(IMPORT_PATH + "?apply=true", content=data, headers={
            "Authorization": f"Bearer {c.token}", "Content-Type": "application/zip"})

    with _login(live_server, "ada") as ada:  # go-live: the administrator imports the staff
        made = post(ada, _staff_bundle("S1,iris,Iris Info,information_officer,,,yes"))
        assert made.status_code == 200 and made.json()["applied"], made.text
    with server_db.session() as s:
        from sqlalchemy import select

        from yjdesk.models.org import UserAccount
        iris = s.scalar(select(UserAccount.id).where(UserAccount.username == "iris"))
    assert iris is not None
    from tests.integration.serverkit import PASSWORD
    from yjdesk.server.admin import reset_password
    with server_db.session() as s:
        reset_password(s, server_db.settings, "iris", PASSWORD)
    with _login(live_server, "iris") as c:
        r = post(c, _staff_bundle("S1,iris,Iris Info,administrator,,,yes"))
        assert r.status_code == 403, r.text
        assert r.json()["message"] == STAFF_BY_ADMINISTRATORS
    row = server_db.row("user_account", iris)
    assert row is not None and row["role"] == Role.INFORMATION_OFFICER


def test_a_bundle_that_unzips_to_too_much_is_refused(
        live_server: str, world: World, server_db: ServerDb,
        monkeypatch: Any) -> None:
    """The import read every file of a zip whole into memory and onto disk: a small zip
    of a huge file (a zip bomb) from a stolen information officer's token could exhaust
    the service's memory or disk. A bundle unpacking to more than the limit is refused
    before anything is read (the limit is made small here)."""
    from yjdesk.models.org import Role
    from yjdesk.server import import_routes

    monkeypatch.setattr(import_routes, "UNPACKED_MAX_BYTES", 100_000)
    server_db.add_user("iris", Role.INFORMATION_OFFICER)
    bomb = _staff_bundle(*(f"S{n},user{n},User {n},practitioner,,,yes"
                           for n in range(10_000)))
    assert len(bomb) < 100_000
    with _login(live_server, "iris") as c:
        r = c.http.post(import_routes.IMPORT_PATH, content=bomb, headers={
            "Authorization": f"Bearer {c.token}", "Content-Type": "application/zip"})
    assert r.status_code == 422 and "unzips to more than" in r.json()["message"], r.text


def _submitted_stage(live_server: str, world: World, server_db: ServerDb) -> str:
    """A stage pat submitted with complete answers, pushed as her laptop does."""
    from tests.integration.serverkit import complete_answers

    disposal = server_db.put("disposal", {
        "child_id": world.north_child, "disposal_type": "referral_order", "category": "court",
        "decision_date": dt.date(2026, 10, 1), "start_date": dt.date(2026, 10, 1)})
    stage = new_id()
    with _login(live_server, "pat") as pat:
        res = pat.push([change("assessment_stage", stage, {
            "child_id": world.north_child, "disposal_id": disposal, "stage_type": "start",
            "status": "submitted", "form_version": form_version(), "author_id": world.pat,
            "submitted_by": world.pat, "submitted_at": "2026-11-01T09:00:00+00:00",
            "started_on": "2026-10-02", "due_on": "2026-10-30"}),
            *complete_answers(world.north_child, stage)])
    assert {r.status for r in res.results} == {"applied"}, res
    return stage


def test_a_countersignature_signs_what_the_service_holds(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """The service stored the content hash a countersigning laptop sent without looking at
    it: a manager's laptop could lock a stage under a hash of other answers (or none of
    the service's), and verification later said the record was altered."""
    from tests.integration.serverkit import stage_hash
    from yjdesk.services.assessments.signed_set import HASH_MISMATCH

    stage = _submitted_stage(live_server, world, server_db)
    at = "2026-11-02T10:00:00+00:00"
    sign = {"status": "countersigned", "countersigned_by": world.nina, "countersigned_at": at}
    with _login(live_server, "nina") as nina:
        before = server_db.snapshot()
        forged = nina.push([change("assessment_stage", stage,
                                   {**sign, "content_hash": "c" * 64}, base_rev=1)])
        assert server_db.snapshot() == before
        assert (forged.results[0].status, forged.results[0].error) == (
            "rejected", HASH_MISMATCH)
        true = stage_hash(server_db, stage, countersigned_by=world.nina,
                          countersigned_at=dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC))
        ok = nina.push([change("assessment_stage", stage, {**sign, "content_hash": true},
                               base_rev=1)])
    assert ok.results[0].status == "applied", ok
    from sqlalchemy.orm import Session

    from yjdesk.services.assessments import signing
    with Session(server_db.engine) as s:
        assert signing.verify(s, stage).ok


def test_a_finalised_report_carries_the_hash_of_what_the_service_holds(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """Finalising stored the laptop's hash as sent: a report could be finalised under a
    hash of words the court never got (or of none)."""
    from tests.integration.serverkit import report_hash
    from yjdesk.services.court.finalised_set import FINAL_HASH_MISMATCH

    hearing = server_db.put("court_hearing", {
        "child_id": world.north_child, "court_code": "MC1", "court_name": "Northtown Youth",
        "hearing_date": dt.date(2026, 12, 20), "hearing_type": "first_appearance"})
    report = server_db.put("psr", {
        "child_id": world.north_child, "hearing_id": hearing, "kind": "psr",
        "requested_on": dt.date(2026, 11, 1), "due_date": dt.date(2026, 12, 18),
        "author_id": world.pat, "status": "court_ready", "conclusion": "A referral order.",
        "checked_by_id": world.nina,
        "checked_at": dt.datetime(2026, 11, 10, 10, 0, tzinfo=dt.UTC)})
    final = {"status": "finalised", "finalised_by_id": world.pat,
             "finalised_at": "2026-11-11T10:00:00+00:00"}
    with _login(live_server, "pat") as pat:
        before = server_db.snapshot()
        forged = pat.push([change("psr", report, {**final, "content_hash": "d" * 64},
                                  base_rev=1)])
        assert server_db.snapshot() == before
        assert (forged.results[0].status, forged.results[0].error) == (
            "rejected", FINAL_HASH_MISMATCH)
        ok = pat.push([change("psr", report, {**final,
                                              "content_hash": report_hash(server_db, report)},
                              base_rev=1)])
    assert ok.results[0].status == "applied", ok
    from sqlalchemy.orm import Session

    from yjdesk.services.court import gatekeeping
    with Session(server_db.engine) as s:
        assert gatekeeping.verify(s, report)


def test_an_honest_countersign_syncs_with_the_hash_the_service_computes(
        live_server: str, world: World, server_db: ServerDb, tmp_path: Any) -> None:
    """The laptops' own hashes are the service's: a practitioner's last answers pushed with
    her submission (the stage's answers travel in its push, however small the push chunk:
    sent after it, they would change a stage already submitted), and her manager's
    countersign, all apply, and the service's stage verifies."""
    from sqlalchemy.orm import Session

    from tests.support.sync_laptop import Laptop
    from tests.unit.test_assessment_helpers import COMPLETE, add_disposal
    from yjdesk.services.assessments import signing, stages

    pats = Laptop(live_server, "pat", tmp_path / "pat")
    ninas = Laptop(live_server, "nina", tmp_path / "nina")
    try:
        pats.sync()
        today = dt.date.today()
        with pats.uow() as u:
            disposal = add_disposal(u.session, world.north_child,
                                    start=today - dt.timedelta(days=3))
            stage = stages.create_stage(u.session, world.north_child, disposal,
                                        today=today).id
        assert not pats.sync().waiting
        with pats.uow() as u:  # her last answers and the submission travel together
            stages.save_answers(u.session, stage, COMPLETE, today=today)
            signing.submit(u.session, stage, today=today)
        assert not pats.sync(push_chunk=5).waiting  # (in one push, whatever its size)
        ninas.sync()
        with ninas.uow() as u:
            signing.countersign(u.session, stage)
        assert not ninas.sync().waiting
    finally:
        pats.close()
        ninas.close()
    with Session(server_db.engine) as s:
        assert signing.verify(s, stage).ok


def _answer_id(server_db: ServerDb, stage: str, key: str) -> str:
    from sqlalchemy import select

    from yjdesk.models.assessment import AssessmentAnswer

    with server_db.session() as s:
        found = s.scalar(select(AssessmentAnswer.id).where(
            AssessmentAnswer.stage_id == stage, AssessmentAnswer.question_key == key))
    assert found is not None
    return str(found)


def test_a_submitted_assessment_waits_for_its_countersign_unchanged(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """The laptop refuses any edit of a submitted stage (it waits for its countersign, or
    for a manager to return it); the service took new and changed answers, deleted ones and
    changed ratings of a stage submitted long before, and the author could take it back to
    draft herself: the manager countersigned words other than those submitted."""
    from yjdesk.services.assessments.stages import not_editable_refusal

    stage = _submitted_stage(live_server, world, server_db)
    notes = _answer_id(server_db, stage, "living_notes")
    waiting = not_editable_refusal("submitted")
    with _login(live_server, "pat") as pat:
        before = server_db.snapshot()
        results = [pat.push([a]).results[0] for a in (
            change("assessment_answer", notes, {"value": "\"Lives alone.\""}, base_rev=1),
            change("assessment_answer", notes, {}, base_rev=1, deleted=True),
            change("assessment_answer", new_id(), {
                "child_id": world.north_child, "stage_id": stage,
                "question_key": "ete_notes", "value": "\"Goes to college.\"",
                "as_at": "2026-11-02"}),
            change("assessment_stage", stage, {"rosh": "low"}, base_rev=1))]
        assert server_db.snapshot() == before
        assert [(r.status, r.error) for r in results] == [("rejected", waiting)] * 4, results
        # nor does she send it back to herself to change it
        back = [pat.push([a]).results[0] for a in (
            change("assessment_stage", stage, {"status": "draft", "rosh": "low"}, base_rev=1),
            change("assessment_stage", stage, {"status": "returned"}, base_rev=1))]
        assert server_db.snapshot() == before
        assert [r.status for r in back] == ["rejected"] * 2, back
        assert {r.error for r in back} == {"Only a team manager can return an assessment."}
    with _login(live_server, "nina") as nina:  # her manager returns it ...
        returned = nina.push([change("assessment_stage", stage, {"status": "returned"},
                                     base_rev=1)])
        assert returned.results[0].status == "applied", returned
    with _login(live_server, "pat") as pat:  # ... and then she changes it
        ok = pat.push([change("assessment_stage", stage, {"status": "draft", "rosh": "low"},
                              base_rev=2),
                       change("assessment_answer", notes, {"value": "\"Lives alone.\""},
                              base_rev=1)])
    assert [r.status for r in ok.results] == ["applied"] * 2, ok


def _final_contact(server_db: ServerDb, world: World, recorded_days_ago: int) -> str:
    """A final contact pat wrote, which the service recorded final ``recorded_days_ago``."""
    from sqlalchemy import update

    from yjdesk.models.server import RowRevision

    contact = server_db.put("contact", {
        "child_id": world.north_child, "status": "final", "author_id": world.pat,
        "contact_at": dt.datetime(2026, 10, 5, 10, 0, tzinfo=dt.UTC),
        "contact_type": "phone", "attendance": "attended", "content": "Spoke to Nora",
        "finalised_at": dt.datetime(2026, 10, 5, 11, 0, tzinfo=dt.UTC)})
    with server_db.session() as s:
        s.execute(update(RowRevision).where(RowRevision.row_id == contact).values(
            updated_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=recorded_days_ago)))
    return contact


def test_a_final_contact_changes_after_its_edit_window_only_by_amendment(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """The laptop lets the author correct a final record in place only inside the edit
    window; after it, each change is an amendment saying what the text was and why. The
    service took a silent rewrite of a final record at any time (every revision kept, but
    nothing on the record saying it changed)."""
    from yjdesk.services.casework.contacts import EDIT_WINDOW_CLOSED

    old = _final_contact(server_db, world, recorded_days_ago=30)

    def amendment(field: str, was: str | None, now: str) -> dict[str, Any]:
        return change("contact_amendment", new_id(), {
            "child_id": world.north_child, "contact_id": old, "field": field,
            "original_text": was, "new_text": now, "reason": "Correction",
            "amended_by": world.pat, "amended_at": "2026-11-01T10:00:00+00:00"})

    with _login(live_server, "pat") as pat:
        before = server_db.snapshot()
        results = [pat.push(a).results[0] for a in (
            [change("contact", old, {"content": "Did not speak to Nora"}, base_rev=1)],
            [change("contact", old, {"contact_type": "home_visit"}, base_rev=1)],
            # an amendment row that says something other than what changed
            [change("contact", old, {"content": "Did not speak to Nora"}, base_rev=1),
             amendment("content", "Spoke to Nora", "Spoke to Nora's mum")])]
        assert server_db.snapshot() == before
        assert [(r.status, r.error) for r in results] == [
            ("rejected", EDIT_WINDOW_CLOSED)] * 3, results
        # An amendment, as the laptop makes it: the text and the row saying why.
        ok = pat.push([change("contact", old, {"content": "Did not speak to Nora"},
                              base_rev=1),
                       amendment("content", "Spoke to Nora", "Did not speak to Nora")])
        assert [r.status for r in ok.results] == ["applied"] * 2, ok
        # Inside the window (the service recorded it final just now) she corrects it.
        fresh = _final_contact(server_db, world, recorded_days_ago=0)
        edit = pat.push([change("contact", fresh, {"content": "Spoke to Nora at home",
                                                   "contact_type": "home_visit"},
                                base_rev=1)])
    assert edit.results[0].status == "applied", edit


def test_an_honest_amendment_syncs_with_its_record(
        live_server: str, world: World, server_db: ServerDb, tmp_path: Any) -> None:
    """A laptop's amendment (the record's new text and the row saying why) applies on the
    service, however small the push chunk: the amendment travels in its record's push."""
    from tests.support.sync_laptop import Laptop
    from yjdesk.services.casework import contacts

    old = _final_contact(server_db, world, recorded_days_ago=30)
    pats = Laptop(live_server, "pat", tmp_path / "pat")
    try:
        pats.sync()
        with pats.uow() as u:
            contacts.amend(u.session, old, {"content": "Did not speak to Nora",
                                            "outcome": "Try again Monday"}, "Correction")
        assert not pats.sync(push_chunk=1).waiting
    finally:
        pats.close()
    stored = server_db.row("contact", old)
    assert stored is not None and stored["content"] == "Did not speak to Nora"
    assert server_db.count("contact_amendment") == 2


def test_court_work_is_done_by_the_court_roles(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """The laptop lets court officers, practitioners and managers list hearings and write
    court reports (``hearings.require_court_role``; an administrator has no Court tab); the
    service took them from an administrator, who sees every child: she listed a hearing
    naming a court officer (who then held the child), and rewrote a report."""
    from yjdesk.services.court.sync_rules import COURT_WORK

    hearing = server_db.put("court_hearing", {
        "child_id": world.north_child, "court_code": "MC1", "court_name": "Northtown Youth",
        "hearing_date": dt.date(2026, 12, 20), "hearing_type": "first_appearance"})
    report = server_db.put("psr", {
        "child_id": world.north_child, "hearing_id": hearing, "kind": "psr",
        "requested_on": dt.date(2026, 11, 1), "due_date": dt.date(2026, 12, 18),
        "author_id": world.pat, "status": "drafting", "conclusion": "A referral order."})
    listed = {"child_id": world.north_child, "court_code": "preston_youth",
              "court_name": "Preston Youth Court",
              "hearing_date": (dt.date.today() + dt.timedelta(days=60)).isoformat(),
              "hearing_type": "first_appearance", "status": "listed",
              "court_officer_id": world.colin}
    with _login(live_server, "ada") as ada:
        before = server_db.snapshot()
        results = [ada.push([a]).results[0] for a in (
            change("court_hearing", new_id(), listed),
            change("court_hearing", hearing, {"notes": "Adjourned"}, base_rev=1),
            change("psr", report, {"conclusion": "Custody."}, base_rev=1),
            change("psr_requirement", new_id(), {
                "child_id": world.north_child, "psr_id": report,
                "requirement_code": "curfew", "quantity": 10}))]
        assert server_db.snapshot() == before
    assert [(r.status, r.error) for r in results] == [("rejected", COURT_WORK)] * 4, results
    with _login(live_server, "sonia") as sonia:  # a service manager does court work
        ok = sonia.push([change("court_hearing", new_id(), listed)])
    assert ok.results[0].status == "applied", ok


def test_a_hearing_gives_its_court_officer_the_child_only_around_its_date(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """A court officer holds the children of the hearings naming him. Allocated to a child
    for a while, he listed a hearing years ahead naming himself (the laptop names the court
    officer who lists one), or named himself on one long past, and held the child for good
    once his allocation ended."""
    from sqlalchemy import update

    from yjdesk.server import scope
    from yjdesk.server.push import NOT_FOUND

    allocation = server_db.allocate(world.north_child, world.colin, "court_officer")
    today = dt.date.today()

    def hearing(on: dt.date, status: str) -> dict[str, Any]:
        return {"child_id": world.north_child, "court_code": "preston_youth",
                "court_name": "Preston Youth Court", "hearing_date": on.isoformat(),
                "hearing_type": "first_appearance", "status": status,
                "court_officer_id": world.colin}

    with _login(live_server, "colin") as colin:
        made = colin.push([
            change("court_hearing", new_id(), hearing(today + dt.timedelta(days=1000),
                                                      "listed")),
            change("court_hearing", new_id(), hearing(today - dt.timedelta(days=400),
                                                      "heard"))])
        assert [r.status for r in made.results] == ["applied"] * 2, made
    with server_db.session() as s:  # a manager ends his allocation
        s.execute(update(feed_table("allocation")).where(
            feed_table("allocation").c.id == allocation).values(
                to_date=today - dt.timedelta(days=1)))

    def note() -> dict[str, Any]:
        return change("relationship", new_id(), {"child_id": world.north_child,
                                                 "name": "Mum", "relationship_type": "mother"})

    with _login(live_server, "colin") as colin:
        gone = colin.push([note()])
    assert (gone.results[0].status, gone.results[0].error) == ("rejected", NOT_FOUND)
    # A hearing he works on soon (or just had) still brings him the child.
    for days in (scope.COURT_WORK_BEFORE_DAYS, -scope.COURT_WORK_AFTER_DAYS):
        soon = server_db.put("court_hearing", {
            **hearing(today + dt.timedelta(days=days), "listed" if days > 0 else "heard"),
            "hearing_date": today + dt.timedelta(days=days)})
        with _login(live_server, "colin") as colin:
            held = colin.push([note()])
        assert held.results[0].status == "applied", (days, held)
        server_db.put("court_hearing", {"deleted": True}, soon)


def feed_table(name: str) -> Any:
    from yjdesk.server import feed

    return feed.tables()[name]


def test_a_concern_raised_without_a_list_goes_on_the_childs_teams_list(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """The laptop puts a concern on the child's team manager's list; the service took one
    pushed with no team (as older laptops sent it), which then stood on no manager's
    list. The service now puts it on the list the laptop would have (and the laptop pulls
    it: ``merged``)."""
    from sqlalchemy import select

    from yjdesk.models.casework import SafeguardingItem

    item = new_id()
    with _login(live_server, "pat") as pat:
        res = pat.push([change("safeguarding_item", item, {
            "child_id": world.north_child, "summary": "Bruises", "status": "open",
            "raised_by": world.pat, "raised_at": "2026-11-04T10:00:00+00:00"})])
    assert res.results[0].status == "merged", res
    stored = server_db.row("safeguarding_item", item)
    assert stored is not None and stored["team_id"] == world.north
    with server_db.session() as s:  # on nina's list
        assert s.scalar(select(SafeguardingItem.id).where(
            SafeguardingItem.team_id == world.north)) == item
    with _login(live_server, "nina") as nina:
        rows, _ = nina.pull_all()
    got = [r for r in rows if r.table == "safeguarding_item" and r.id == item]
    assert got and got[0].fields["team_id"] == world.north


def test_a_record_added_as_deleted_is_judged_when_it_is_restored(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """Review: a row added as deleted (never judged: a deleted row hangs off nothing), then
    restored, hung an answer off another team's assessment. Its restoring is judged as its
    adding is."""
    disposal = server_db.put("disposal", {
        "child_id": world.south_child, "disposal_type": "referral_order", "category": "court",
        "decision_date": dt.date(2026, 10, 1), "start_date": dt.date(2026, 10, 1)})
    stage = server_db.put("assessment_stage", {
        "child_id": world.south_child, "disposal_id": disposal, "stage_type": "start",
        "status": "draft", "form_version": form_version(), "author_id": world.sam,
        "started_on": dt.date(2026, 10, 2), "due_on": dt.date(2026, 10, 30)})
    answer = new_id()
    with _login(live_server, "pat") as pat:
        added = pat.push([change("assessment_answer", answer, {
            "child_id": world.north_child, "stage_id": stage,
            "question_key": "accommodation_type", "value": "\"family_home\"",
            "as_at": "2026-11-02", "deleted": True})])
        assert added.results[0].status == "applied", added  # a tombstone: harmless
        before = server_db.snapshot()
        restored = pat.push([change("assessment_answer", answer, {"deleted": False},
                                    base_rev=1)])
        assert server_db.snapshot() == before
    assert (restored.results[0].status, restored.results[0].error) == (
        "rejected", "the assessment stage this record names belongs to another child")


def test_only_a_manager_changes_a_childs_case_manager(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """Review: the case manager decides who holds a child. A practitioner handed her child
    to another team's practitioner by writing its case manager (the allocation rule did
    not see it); her team manager may."""
    from yjdesk.services.child_creation import CASE_MANAGER_CHANGE

    with _login(live_server, "pat") as pat:
        before = server_db.snapshot()
        res = pat.push([change("child", world.north_child, {"case_manager_id": world.sam},
                               base_rev=1)])
        assert server_db.snapshot() == before
    assert (res.results[0].status, res.results[0].error) == ("rejected", CASE_MANAGER_CHANGE)
    with _login(live_server, "nina") as nina:
        ok = nina.push([change("child", world.north_child, {"case_manager_id": world.sam},
                               base_rev=1)])
    assert ok.results[0].status == "applied", ok


def test_only_the_audited_practitioner_acknowledges_an_audit(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """Review: the manager who audited a practitioner's work acknowledged the feedback and
    replied in the practitioner's place (the laptop lets only the audited practitioner),
    on a completed audit and on a new one pushed already acknowledged."""
    from yjdesk.services.oversight import sync_rules as o

    audit = server_db.put("quality_audit", {
        "child_id": world.north_child, "auditor_id": world.nina, "practitioner_id": world.pat,
        "team_id": world.north, "audited_on": dt.date(2026, 11, 2), "case_type": "court",
        "status": "complete", "feedback": "Plans need dates.", "acknowledged": False})
    acknowledged = {"child_id": world.north_child, "auditor_id": world.nina,
                    "practitioner_id": world.pat, "team_id": world.north,
                    "audited_on": "2026-11-03", "case_type": "court",
                    "status": "complete", "feedback": "All good.", "acknowledged": True,
                    "acknowledged_on": "2026-11-03", "practitioner_response": "I agree."}
    with _login(live_server, "nina") as nina:
        before = server_db.snapshot()
        results = [nina.push([c]).results[0] for c in (
            change("quality_audit", audit, {"acknowledged": True,
                                            "practitioner_response": "I agree entirely."},
                   base_rev=1),
            change("quality_audit", new_id(), acknowledged))]
        assert server_db.snapshot() == before
    assert [(r.status, r.error) for r in results] == [
        ("rejected", o.ACKNOWLEDGED_BY_PRACTITIONER)] * 2
