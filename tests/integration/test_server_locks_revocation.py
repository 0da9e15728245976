"""Issue 11, findings 1, 4 and 7: revocation that ends, locked means locked, children only in
one's own team and case-number clashes that reveal nothing. Real service, both databases."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
from sqlalchemy import select, update

from tests.integration.serverkit import (
    ApiClient,
    ServerDb,
    World,
    change,
    child_fields,
    complete_answers,
    form_version,
    stage_hash,
)
from yjdesk.models.org import Role
from yjdesk.models.server import DeviceChild, RowRevision
from yjdesk.models.types import new_id, utcnow
from yjdesk.server import revocation
from yjdesk.services import child_creation


def _client(live_server: str, name: str) -> ApiClient:
    c = ApiClient(live_server, name)
    c.login()
    return c


def _relationship(world: World) -> dict[str, object]:
    return {"child_id": world.north_child, "name": "Mum", "relationship_type": "mother"}


@pytest.fixture
def revoked(live_server: str, world: World, server_db: ServerDb
            ) -> Iterator[tuple[ApiClient, str]]:
    """Pat held the north child and a relationship of it; the child moved to Pia."""
    rel = server_db.put("relationship", _relationship(world))
    pia = server_db.add_user("pia", Role.PRACTITIONER, world.north)
    pat = _client(live_server, "pat")
    rows, _ = pat.pull_all()
    assert any(r.id == rel for r in rows)
    server_db.reallocate(world.north_child, pia)
    _, gone = pat.pull_all()
    assert gone == [world.north_child]
    yield pat, rel
    pat.close()


def test_a_revoked_device_cannot_take_the_child_back(
        revoked: tuple[ApiClient, str], world: World, server_db: ServerDb) -> None:
    """Finding 1: while revoked-pending, the laptop made itself case manager again and
    added contacts; both are refused, and the next pull still reports the child revoked."""
    pat, _rel = revoked
    attempts = [
        change("child", world.north_child, {"case_manager_id": world.pat}, base_rev=1),
        change("child", world.north_child, {"team_id": world.south}, base_rev=1),
        change("allocation", new_id(), {
            "child_id": world.north_child, "user_id": world.pat,
            "allocation_role": "cover", "from_date": "2026-01-01"}),
        change("contact", new_id(), {"child_id": world.north_child,
                                     "author_id": world.pat, "status": "draft"}),
    ]
    results = [pat.push([a]).results[0] for a in attempts]
    assert [r.error for r in results] == [
        revocation.SCOPE_CHANGE, revocation.SCOPE_CHANGE, revocation.NEW_ROW,
        revocation.NEW_ROW]
    child = server_db.row("child", world.north_child)
    assert child is not None and child["case_manager_id"] != world.pat
    rows, gone = pat.pull_all()
    assert gone == [world.north_child]
    assert all(r.child_id != world.north_child for r in rows)


def test_only_edits_made_before_the_revocation_still_go(
        revoked: tuple[ApiClient, str], world: World, server_db: ServerDb) -> None:
    pat, rel = revoked
    # An edit of what pat held (revision 1, recorded before the revocation) is taken.
    ok = pat.push([change("relationship", rel, {"name": "Mum (Jo)"}, base_rev=1)])
    assert ok.results[0].status == "applied", ok
    # A revision pat can only have heard of after the revocation is not.
    server_db.put("relationship", {"phone": "0161 000 0000"}, rel)
    late = pat.push([change("relationship", rel, {"name": "Jo"}, base_rev=3)])
    assert late.results[0].error == revocation.TOO_LATE
    stored = server_db.row("relationship", rel)
    assert stored is not None and stored["name"] == "Mum (Jo)"


def test_the_pending_window_ends_without_an_ack(
        revoked: tuple[ApiClient, str], world: World, server_db: ServerDb) -> None:
    pat, rel = revoked
    with server_db.session() as s:
        s.execute(update(DeviceChild).where(DeviceChild.device_id == pat.device_id)
                  .values(changed_at=utcnow() - dt.timedelta(days=8)))
    res = pat.push([change("relationship", rel, {"name": "Mum (Jo)"}, base_rev=1)])
    assert res.results[0].status == "rejected"
    assert "not in your caseload" in (res.results[0].error or "")
    stored = server_db.row("relationship", rel)
    assert stored is not None and stored["name"] == "Mum"


def _final_contact(pat: ApiClient, world: World) -> str:
    cid = new_id()
    res = pat.push([change("contact", cid, {
        "child_id": world.north_child, "author_id": world.pat, "status": "final",
        "contact_at": "2026-11-01T10:00:00+00:00", "contact_type": "home_visit",
        "attendance": "dna_acceptable", "aim": "Check in.", "next_steps": "Call again."})])
    assert res.results[0].status == "applied", res
    return cid


def test_a_locked_record_is_deleted_only_by_a_manager_with_a_reason(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """Finding 4: rewriting a final contact was refused but deleting it was applied."""
    item = new_id()
    with _client(live_server, "pat") as pat, _client(live_server, "nina") as nina:
        contact = _final_contact(pat, world)
        made = pat.push([change("safeguarding_item", item, {
            "child_id": world.north_child, "team_id": world.north, "summary": "Worried",
            "status": "open", "raised_by": world.pat,
            "raised_at": "2026-11-01T10:00:00+00:00"})])
        assert made.results[0].status == "applied"
        closed = nina.push([change("safeguarding_item", item, {
            "status": "closed", "closed_by": world.nina,
            "closed_at": "2026-11-02T10:00:00+00:00",
            "manager_actions": "[02/11/2026 10:00 Nina] CSC aware; closed."}, base_rev=1)])
        assert closed.results[0].status == "applied", closed
        res = pat.push([change("contact", contact, {}, base_rev=1, deleted=True),
                        change("safeguarding_item", item, {}, base_rev=2, deleted=True)])
        assert [r.error for r in res.results] == [
            "only a team or service manager can delete a final contact record",
            "only a team or service manager can delete a closed safeguarding item"]
        res = nina.push([change("contact", contact, {}, base_rev=1, deleted=True)])
        assert "say why the final contact record is deleted" in (res.results[0].error or "")
        res = nina.push([change("contact", contact, {"deleted_reason": "Wrong child"},
                                base_rev=1, deleted=True),
                         change("contact", new_id(), {}, deleted=True)])
        assert res.results[0].status == "applied", res
    stored = server_db.row("contact", contact)
    assert stored is not None and stored["deleted"] is True
    with server_db.session() as s:
        last = s.scalars(select(RowRevision).where(RowRevision.row_id == contact)
                         .order_by(RowRevision.rev.desc())).first()
        assert last is not None and last.updated_by == world.nina
        assert json.loads(last.fields_json)["deleted_reason"] == "Wrong child"
    item_row = server_db.row("safeguarding_item", item)
    assert item_row is not None and item_row["deleted"] is False


def test_a_countersigned_stage_is_deleted_only_by_a_manager(
        live_server: str, world: World, server_db: ServerDb) -> None:
    disposal = server_db.put("disposal", {
        "child_id": world.north_child, "disposal_type": "referral_order", "category": "court",
        "decision_date": dt.date(2026, 10, 1), "start_date": dt.date(2026, 10, 1)})
    stage = new_id()
    with _client(live_server, "pat") as pat, _client(live_server, "nina") as nina, \
            _client(live_server, "sonia") as sonia:
        pat.push([change("assessment_stage", stage, {
            "child_id": world.north_child, "disposal_id": disposal, "stage_type": "start",
            "status": "submitted", "form_version": form_version(), "author_id": world.pat,
            "submitted_by": world.pat, "started_on": "2026-10-02", "due_on": "2026-10-30"}),
            *complete_answers(world.north_child, stage)])
        digest = stage_hash(server_db, stage, countersigned_by=world.nina,
                            countersigned_at=dt.datetime(2026, 11, 1, 10, 0, tzinfo=dt.UTC))
        signed = nina.push([change("assessment_stage", stage, {
            "status": "countersigned", "countersigned_by": world.nina,
            "countersigned_at": "2026-11-01T10:00:00+00:00", "content_hash": digest},
            base_rev=1)])
        assert signed.results[0].status == "applied", signed
        refused = pat.push([change("assessment_stage", stage, {"deleted_reason": "mine"},
                                   base_rev=2, deleted=True)])
        assert refused.results[0].error == ("only a team or service manager can delete a "
                                            "countersigned assessment")
        sneaky = sonia.push([change("assessment_stage", stage, {
            "deleted_reason": "duplicate", "rosh": "low"}, base_rev=2, deleted=True)])
        assert sneaky.results[0].status == "rejected"
        ok = sonia.push([change("assessment_stage", stage, {"deleted_reason": "duplicate"},
                                base_rev=2, deleted=True)])
        assert ok.results[0].status == "applied", ok
    stored = server_db.row("assessment_stage", stage)
    assert stored is not None and stored["deleted"] is True
    assert stored["deleted_reason"] == "duplicate" and stored["rosh"] is None


def test_children_are_added_only_to_ones_own_team(live_server: str, world: World,
                                                  server_db: ServerDb) -> None:
    """Finding 7: a practitioner created a child in another team."""
    with _client(live_server, "pat") as pat, _client(live_server, "nina") as nina:
        res = pat.push([change("child", new_id(), child_fields(world.south, world.pat))])
        assert res.results[0].error == child_creation.OTHER_TEAM
        res = nina.push([change("child", new_id(), child_fields(world.south, None))])
        assert res.results[0].error == child_creation.OTHER_TEAM
        res = pat.push([change("child", new_id(), child_fields(world.north, world.nina))])
        assert res.results[0].error == child_creation.OWN_CASELOAD
        ok = pat.push([change("child", new_id(), child_fields(world.north, world.pat))])
        assert ok.results[0].status in ("applied", "merged"), ok


def test_a_case_number_clash_does_not_say_where_the_other_child_is(
        live_server: str, world: World, server_db: ServerDb) -> None:
    south = server_db.row("child", world.south_child)
    assert south is not None
    with _client(live_server, "pat") as pat:
        res = pat.push([change("child", new_id(), child_fields(
            world.north, world.pat, case_number=south["case_number"]))])
    error = res.results[0].error or ""
    assert res.results[0].status == "rejected" and "already used" in error
    for secret in (world.south_child, world.south, "South", "Sid", "Southey", world.sam,
                   "sam"):
        assert secret not in error


def test_a_finalised_court_report_is_deleted_only_by_a_manager_with_a_reason(
        live_server: str, world: World, server_db: ServerDb) -> None:
    """Locked means locked for the fourth kind of locked record too: a finalised report."""
    hearing = server_db.put("court_hearing", {
        "child_id": world.north_child, "court_code": "preston_youth",
        "court_name": "Preston Youth Court", "hearing_date": dt.date(2026, 11, 20),
        "hearing_type": "sentence", "status": "listed"})
    report = server_db.put("psr", {
        "child_id": world.north_child, "hearing_id": hearing, "kind": "psr",
        "requested_on": dt.date(2026, 10, 20), "due_date": dt.date(2026, 11, 13),
        "author_id": world.pat, "status": "finalised"})
    with _client(live_server, "pat") as pat, _client(live_server, "nina") as nina:
        refused = pat.push([change("psr", report, {"deleted_reason": "mine"}, base_rev=1,
                                   deleted=True)])
        assert refused.results[0].error == ("only a team or service manager can delete a "
                                            "finalised court report")
        no_reason = nina.push([change("psr", report, {}, base_rev=1, deleted=True)])
        assert "say why the finalised court report is deleted" in (
            no_reason.results[0].error or "")
        stored = server_db.row("psr", report)
        assert stored is not None and stored["deleted"] is False
        ok = nina.push([change("psr", report, {"deleted_reason": "Entered twice"},
                               base_rev=1, deleted=True)])
        assert ok.results[0].status == "applied", ok
    stored = server_db.row("psr", report)
    assert stored is not None and stored["deleted"] is True
    assert stored["deleted_reason"] == "Entered twice"
