"""Push: idempotency, field-level three-way merge, conflicts, validation, scope, rules."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from tests.integration.serverkit import (
    ApiClient,
    ServerDb,
    World,
    audit_fields,
    change,
    child_fields,
)
from yjdesk.models.server import RowRevision
from yjdesk.models.types import new_id
from yjdesk.server import feed


@pytest.fixture
def pat2(live_server: str, world: World) -> Iterator[ApiClient]:
    """Pat's second laptop."""
    c = ApiClient(live_server, "pat")
    c.login()
    yield c
    c.close()


def test_new_row_is_applied_with_rev_1(pat: ApiClient, world: World,
                                       server_db: ServerDb) -> None:
    rel = new_id()
    res = pat.push([change("relationship", rel, {
        "child_id": world.north_child, "name": "Mum", "relationship_type": "mother",
        "parental_responsibility": True, "lives_with_child": True})])
    [row] = res.results
    assert (row.status, row.rev) == ("applied", 1) and row.server_seq > 0
    stored = server_db.row("relationship", rel)
    assert stored is not None
    assert stored["name"] == "Mum" and stored["updated_by"] == world.pat
    assert stored["rev"] == 1 and stored["server_seq"] == row.server_seq



def test_each_revision_records_the_row_as_stored(pat: ApiClient, world: World,
                                                server_db: ServerDb) -> None:
    """A revision's fields are the stored row's, in canonical wire form, whatever form the
    laptop sent them in (a date-time with another offset) and whichever fields it sent."""
    item, kid = new_id(), new_id()
    made = pat.push([
        change("safeguarding_item", item, {
            "child_id": world.north_child, "team_id": world.north, "summary": "Worried",
            "status": "open", "raised_by": world.pat,
            "raised_at": "2026-11-01T11:00:00+01:00"}),
        change("child", kid, child_fields(world.north, world.pat))])
    assert [r.status for r in made.results] == ["applied", "applied"]
    edited = pat.push([change("child", kid, {"ete_hours": 12}, base_rev=1),
                       change("safeguarding_item", item, {"summary": "Less worried"},
                              base_rev=1)])
    assert [r.status for r in edited.results] == ["applied", "applied"]
    with server_db.session() as s:
        for table_name, row_id in (("safeguarding_item", item), ("child", kid)):
            table = feed.tables()[table_name]
            revisions = s.scalars(select(RowRevision).where(
                RowRevision.table_name == table_name, RowRevision.row_id == row_id)
                .order_by(RowRevision.rev)).all()
            assert [r.rev for r in revisions] == [1, 2]
            stored = feed.wire_row(table, feed.load(s, table, row_id))
            assert json.loads(revisions[-1].fields_json) == stored
            # the very text: every field, in the columns' order (an edit's revision is
            # written from the fields the push already holds, feed.write_row's known)
            assert revisions[-1].fields_json == json.dumps(stored)
            first = json.loads(revisions[0].fields_json)
            changed = {k for k in stored if first[k] != stored[k]}
            assert changed == ({"ete_hours"} if table_name == "child" else {"summary"})
            if table_name == "safeguarding_item":
                assert first["raised_at"] == stored["raised_at"] == "2026-11-01T10:00:00+00:00"


def test_same_batch_twice_applies_once(pat: ApiClient, world: World,
                                       server_db: ServerDb) -> None:
    batch = str(uuid.uuid4())
    rel = new_id()
    changes = [change("relationship", rel, {
        "child_id": world.north_child, "name": "Aunt", "relationship_type": "aunt_uncle"})]
    before = server_db.count("row_revision")
    first = pat.push(changes, batch_id=batch)
    second = pat.push(changes, batch_id=batch)
    assert not first.replayed and second.replayed
    assert second.results == first.results
    assert server_db.count("relationship") == 1
    assert server_db.count("row_revision") == before + 1


def test_replay_of_a_mixed_batch_gives_the_first_answer_with_real_positions(
        pat: ApiClient, world: World, server_db: ServerDb) -> None:
    """The stored answer of a batch (on PostgreSQL written by the statement that takes the
    feed positions, from JSON naming provisional ones) is the answer the pusher got:
    several applied rows, a rejected one, and text with format() markers in it."""
    batch = str(uuid.uuid4())
    rels = [new_id() for _ in range(3)]
    changes = [change("relationship", rel, {
        "child_id": world.north_child, "name": f"Aunt 100% %1$s %s {i}",
        "relationship_type": "aunt_uncle"}) for i, rel in enumerate(rels)]
    changes.insert(1, change("relationship", new_id(), {
        "child_id": world.north_child, "name": "Nobody", "relationship_type": "other",
        "50% %1$s %s": 1}))  # an unknown field: its name comes back in the answer
    first = pat.push(changes, batch_id=batch)
    second = pat.push(changes, batch_id=batch)
    assert [r.status for r in first.results] == ["applied", "rejected", "applied", "applied"]
    assert second.replayed and second.results == first.results
    assert "50% %1$s %s" in (first.results[1].error or "")  # the text kept as sent
    seqs = [r.server_seq for r in first.results if r.status == "applied"]
    assert all(s is not None and s > 0 for s in seqs) and len(set(seqs)) == 3
    for rel, result in zip(rels, [first.results[0], *first.results[2:]], strict=True):
        stored = server_db.row("relationship", rel)
        assert stored is not None and stored["server_seq"] == result.server_seq
        assert stored["name"].startswith("Aunt 100% %1$s %s ")


def test_resent_batch_while_the_first_is_still_running_applies_once(
        pat: ApiClient, pat2: ApiClient, world: World, server_db: ServerDb) -> None:
    """A laptop killed mid-push resends its batch while the first request is still working."""
    batch = str(uuid.uuid4())
    rel = new_id()
    changes = [change("relationship", rel, {
        "child_id": world.north_child, "name": "Aunt", "relationship_type": "aunt_uncle"})]
    before = server_db.count("row_revision")
    first_working, release = threading.Event(), threading.Event()
    calls = []

    def hold_first(batch_id: str) -> None:
        calls.append(batch_id)
        if len(calls) == 1:  # the first request pauses before it commits
            first_working.set()
            release.wait(10)

    server_db.settings.hooks.after_seq_assigned = hold_first
    answers: dict[str, object] = {}
    ta = threading.Thread(target=lambda: answers.setdefault("a", pat.push(changes, batch)),
                          daemon=True)
    ta.start()
    assert first_working.wait(10)
    tb = threading.Thread(target=lambda: answers.setdefault("b", pat2.push(changes, batch)),
                          daemon=True)
    tb.start()
    tb.join(0.5)  # the repeat must not finish while the first is uncommitted
    still_waiting = tb.is_alive()
    release.set()
    ta.join(10)
    tb.join(10)
    a, b = answers["a"], answers["b"]
    assert not a.replayed and b.replayed  # type: ignore[attr-defined]
    assert b.results == a.results  # type: ignore[attr-defined]
    assert server_db.count("relationship") == 1
    assert server_db.count("row_revision") == before + 1
    assert calls == [batch]  # the repeat never applied anything
    if server_db.kind == "postgresql":
        assert still_waiting


def test_batch_id_of_another_user_is_refused(pat: ApiClient, live_server: str,
                                             world: World) -> None:
    batch = str(uuid.uuid4())
    pat.push([change("child", world.north_child, {"ete_hours": 5}, base_rev=1)], batch)
    with ApiClient(live_server, "sam") as sam:
        sam.login()
        r = sam.push_raw([], batch_id=batch)
        assert r.status_code == 409
        assert r.json()["error"] == "batch_id_reused"
        assert world.north_child not in r.text


def test_different_fields_from_the_same_base_both_survive(
        pat: ApiClient, pat2: ApiClient, world: World, server_db: ServerDb) -> None:
    a = pat.push([change("child", world.north_child, {"ete_hours": 12}, base_rev=1)])
    b = pat2.push([change("child", world.north_child,
                          {"communication_needs": "Prefers text messages"}, base_rev=1)])
    assert a.results[0].status == "applied" and a.results[0].rev == 2
    assert b.results[0].status == "merged" and b.results[0].rev == 3
    assert not b.results[0].conflicts
    stored = server_db.row("child", world.north_child)
    assert stored is not None
    assert stored["ete_hours"] == 12
    assert stored["communication_needs"] == "Prefers text messages"


def test_same_field_is_a_conflict_and_server_keeps_its_value(
        pat: ApiClient, pat2: ApiClient, world: World, server_db: ServerDb) -> None:
    pat.push([change("child", world.north_child, {"ete_provider": "City College"},
                     base_rev=1)])
    res = pat2.push([change("child", world.north_child,
                            {"ete_provider": "Riverside School", "ete_hours": 20},
                            base_rev=1)])
    [row] = res.results
    assert row.status == "conflict" and row.rev == 3  # ete_hours was still applied
    [conflict] = row.conflicts
    assert conflict.field == "ete_provider"
    assert conflict.server_value == "City College"
    assert conflict.client_value == "Riverside School"
    assert conflict.server_updated_by == world.pat
    assert conflict.server_updated_at is not None
    stored = server_db.row("child", world.north_child)
    assert stored is not None
    assert stored["ete_provider"] == "City College" and stored["ete_hours"] == 20


def test_same_value_on_both_sides_is_not_a_conflict(pat: ApiClient, pat2: ApiClient,
                                                    world: World) -> None:
    pat.push([change("child", world.north_child, {"ete_hours": 7}, base_rev=1)])
    res = pat2.push([change("child", world.north_child, {"ete_hours": 7}, base_rev=1)])
    assert res.results[0].status == "merged" and res.results[0].rev == 2


def test_insert_clash_with_different_content_is_a_conflict(
        pat: ApiClient, pat2: ApiClient, world: World) -> None:
    rel = new_id()
    fields = {"child_id": world.north_child, "name": "Dad", "relationship_type": "father"}
    pat.push([change("relationship", rel, fields)])
    same = pat2.push([change("relationship", rel, fields)])
    assert same.results[0].status == "merged" and same.results[0].rev == 1
    other = pat2.push([change("relationship", rel, {**fields, "name": "Father"})])
    assert other.results[0].status == "conflict"
    assert [c.field for c in other.results[0].conflicts] == ["name"]


def test_delete_is_a_tombstone(pat: ApiClient, world: World, server_db: ServerDb) -> None:
    rel = new_id()
    pat.push([change("relationship", rel, {
        "child_id": world.north_child, "name": "Gran", "relationship_type": "grandparent"})])
    res = pat.push([change("relationship", rel, {}, base_rev=1, deleted=True)])
    assert res.results[0].status == "applied"
    stored = server_db.row("relationship", rel)
    assert stored is not None and stored["deleted"] is True


@pytest.mark.parametrize(("table", "fields", "error"), [
    ("no_such_table", {}, "not a kind of record"),
    ("child", {"shoe_size": 5}, "not a field"),
    ("child", {"date_of_birth": "not a date"}, "date_of_birth"),
    ("child", {"ete_hours": "many"}, "whole number"),
    ("child", {"given_name": None}, "cannot be empty"),
    ("child", {"looked_after": "sometimes"}, "must be one of"),
    ("child", {"gender": "x" * 500}, "longer than"),
])
def test_bad_fields_are_rejected_and_nothing_changes(pat: ApiClient, world: World,
                                                     server_db: ServerDb, table: str,
                                                     fields: dict[str, object],
                                                     error: str) -> None:
    before = server_db.snapshot()
    res = pat.push([change(table, world.north_child, fields, base_rev=1)])
    [row] = res.results
    assert row.status == "rejected"
    assert row.error is not None and error in row.error
    assert server_db.snapshot() == before


def test_missing_required_fields_are_rejected(pat: ApiClient, world: World) -> None:
    res = pat.push([change("relationship", new_id(), {"child_id": world.north_child})])
    assert res.results[0].status == "rejected"
    assert "missing field(s): name, relationship_type" in (res.results[0].error or "")


def test_bad_row_does_not_stop_good_rows(pat: ApiClient, world: World,
                                         server_db: ServerDb) -> None:
    good = new_id()
    res = pat.push([
        change("relationship", new_id(), {"child_id": world.north_child, "name": 5}),
        change("relationship", good, {"child_id": world.north_child, "name": "Uncle",
                                      "relationship_type": "aunt_uncle"}),
        change("offence", new_id(), {"child_id": str(uuid.uuid4()), "offence_date":
                                     "2026-01-01", "offence_code": "x", "status": "proven",
                                     "gravity": 3}),
    ])
    assert [r.status for r in res.results] == ["rejected", "applied", "rejected"]
    assert server_db.row("relationship", good) is not None


def test_writing_another_teams_child_is_refused_without_leaking(
        pat: ApiClient, world: World, server_db: ServerDb) -> None:
    before = server_db.snapshot()
    res = pat.push([
        change("child", world.south_child, {"ete_hours": 1}, base_rev=1),
        change("relationship", new_id(), {"child_id": world.south_child, "name": "X",
                                          "relationship_type": "mother"}),
    ])
    assert [r.status for r in res.results] == ["rejected", "rejected"]
    assert all("not in your caseload" in (r.error or "") for r in res.results)
    text = res.model_dump_json()
    assert "Sid" not in text and "Southey" not in text
    assert server_db.snapshot() == before


def test_practitioner_may_create_own_child(pat: ApiClient, world: World) -> None:
    child = new_id()
    res = pat.push([change("child", child, child_fields(world.north, world.pat)),
                    change("relationship", new_id(), {"child_id": child, "name": "Mum",
                                                      "relationship_type": "mother"})])
    assert [r.status for r in res.results] == ["applied", "applied"]
    other = pat.push([change("child", new_id(), child_fields(world.south, world.sam))])
    assert other.results[0].status == "rejected"


def test_teams_and_users_are_for_administrators(pat: ApiClient, live_server: str,
                                                world: World) -> None:
    res = pat.push([change("team", world.north, {"name": "Renamed"}, base_rev=1),
                    change("user_account", world.pat, {"role": "administrator"}, base_rev=1)])
    assert [r.status for r in res.results] == ["rejected", "rejected"]
    with ApiClient(live_server, "ada") as ada:
        ada.login()
        ok = ada.push([change("team", world.north, {"name": "North Team (Central)"},
                              base_rev=1)])
        assert ok.results[0].status == "applied"


def test_audit_events_are_append_only(pat: ApiClient, world: World,
                                      server_db: ServerDb) -> None:
    ev, fields = audit_fields(pat.device_id, 1, world.north_child)
    first = pat.push([change("audit_event", ev, fields)])
    assert first.results[0].status == "applied", first
    again = pat.push([change("audit_event", ev, fields)])  # a re-sent copy is harmless
    assert again.results[0].status in ("applied", "merged")
    edit = pat.push([change("audit_event", ev, {"action": "export"}, base_rev=1)])
    gone = pat.push([change("audit_event", ev, {}, base_rev=1, deleted=True)])
    for res in (edit, gone):
        assert res.results[0].status == "rejected"
        assert "audit events cannot be changed" in (res.results[0].error or "")
    stored = server_db.row("audit_event", ev)
    assert stored is not None and stored["action"] == "view" and stored["deleted"] is False
    assert server_db.count("audit_event") == 1


def test_audit_events_are_never_pulled(pat: ApiClient, pat2: ApiClient, world: World) -> None:
    pat.push([change("audit_event", *audit_fields(pat.device_id, 1, None))])
    rows, _ = pat2.pull_all()
    assert rows and all(r.table != "audit_event" for r in rows)
