"""Dirty tracking, shadows, batches and push results: the laptop's bookkeeping, no server."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.conftest import TODAY, child_input
from yjdesk.errors import ValidationError
from yjdesk.models import Child, SyncBatch, SyncConflict, SyncPending, SyncShadow
from yjdesk.services.children import ChildInput, create_child, update_child
from yjdesk.store import LocalStore
from yjdesk.sync import conflicts
from yjdesk.sync.push import PushOutcome, apply_results, build_batch, pending_keys
from yjdesk.wire.protocol import FieldConflict, PushRequest, PushResponse, RowResult


def sync_session(store: LocalStore) -> Session:
    s = store.session()
    s.info["sync_apply"] = True
    return s


def accept_all(store: LocalStore, status: str = "applied") -> PushRequest:
    """Play the server: accept every pending row at rev+1."""
    with sync_session(store) as s, s.begin():
        batch = build_batch(s, pending_keys(s))
        assert batch is not None
        req = PushRequest.model_validate_json(batch.body_json)
        results = [RowResult(table=c.table, id=c.id, status=status,  # type: ignore[arg-type]
                             rev=c.base_rev + 1, server_seq=i + 1)
                   for i, c in enumerate(req.changes)]
        apply_results(s, batch, PushResponse(batch_id=req.batch_id, results=results),
                      PushOutcome())
    return req


def pending(store: LocalStore) -> set[tuple[str, str]]:
    with store.session() as s:
        return {(p.table_name, p.row_id) for p in s.scalars(select(SyncPending))}


def edit(uow, child_id: str, **changes: object) -> None:
    with uow() as u:
        data = ChildInput.from_child(u.session.get(Child, child_id))
        for k, v in changes.items():
            setattr(data, k, v)
        update_child(u.session, child_id, data, TODAY)


def test_local_changes_are_queued_and_sync_writes_are_not(store, uow, child_id) -> None:
    keys = pending(store)
    assert ("child", child_id) in keys
    assert any(t == "allocation" for t, _ in keys)
    assert any(t == "audit_event" for t, _ in keys)
    with sync_session(store) as s, s.begin():
        s.get(Child, child_id).ete_provider = "written by sync"
    assert pending(store) == keys


def test_new_row_sends_every_field_and_parents_go_first(store, uow, child_id) -> None:
    with sync_session(store) as s, s.begin():
        batch = build_batch(s, pending_keys(s))
        assert batch is not None
        req = PushRequest.model_validate_json(batch.body_json)
    order = [c.table for c in req.changes]
    assert order.index("child") < order.index("allocation")
    child = next(c for c in req.changes if c.table == "child")
    assert child.base_rev == 0
    assert child.fields["given_name"] == "Jayden" and child.fields["date_of_birth"] == "2010-05-17"
    with store.session() as s:  # written down before it is sent
        assert s.get(SyncBatch, req.batch_id) is not None


def test_accepted_rows_leave_the_queue_and_edits_send_only_changed_fields(
        store, uow, child_id) -> None:
    accept_all(store)
    assert pending(store) == set()
    with store.session() as s:
        assert s.get(Child, child_id).rev == 1
        assert s.scalar(select(SyncShadow)) is None
    edit(uow, child_id, ete_provider="Northgate College")
    with store.session() as s:
        shadow = s.get(SyncShadow, ("child", child_id))
        assert shadow is not None and shadow.rev == 1
        assert json.loads(shadow.fields_json)["ete_provider"] is None
    edit(uow, child_id, ete_hours=12)  # the shadow keeps the accepted version
    req = accept_all(store)
    change = next(c for c in req.changes if c.table == "child")
    assert change.base_rev == 1
    assert change.fields == {"ete_provider": "Northgate College", "ete_hours": 12}


def test_a_row_edited_while_its_push_was_in_flight_stays_queued(store, uow, child_id) -> None:
    accept_all(store)
    edit(uow, child_id, ete_hours=10)
    with sync_session(store) as s, s.begin():
        batch = build_batch(s, pending_keys(s))
        assert batch is not None
        req = PushRequest.model_validate_json(batch.body_json)
        batch_id = batch.batch_id
    edit(uow, child_id, ete_hours=11)  # meanwhile
    with sync_session(store) as s, s.begin():
        results = [RowResult(table=c.table, id=c.id, status="applied", rev=c.base_rev + 1,
                             server_seq=5) for c in req.changes]
        apply_results(s, s.get_one(SyncBatch, batch_id),
                      PushResponse(batch_id=batch_id, results=results), PushOutcome())
    assert ("child", child_id) in pending(store)
    req2 = accept_all(store)
    change = next(c for c in req2.changes if c.table == "child")
    assert change.base_rev == 2 and change.fields == {"ete_hours": 11}


def _ete_provider_conflict(store, uow, child_id, *, at: str | None) -> None:
    """"Mine College" here, "Their College" on the server (someone else's, made ``at``):
    the push's answer stores the conflict."""
    accept_all(store)
    edit(uow, child_id, ete_provider="Mine College")
    with sync_session(store) as s, s.begin():
        batch = build_batch(s, pending_keys(s))
        assert batch is not None
        req = PushRequest.model_validate_json(batch.body_json)
        results = [RowResult(table=c.table, id=c.id, status="conflict", rev=2, server_seq=9,
                             conflicts=[FieldConflict(
                                 field="ete_provider", server_value="Their College",
                                 client_value="Mine College", server_updated_by=None,
                                 server_updated_at=at)])
                   for c in req.changes if c.table == "child"]
        apply_results(s, batch, PushResponse(batch_id=req.batch_id, results=results),
                      PushOutcome())


def test_conflict_is_stored_held_back_and_resolved_as_a_new_edit(store, uow, child_id) -> None:
    _ete_provider_conflict(store, uow, child_id, at="2026-11-20T10:30:00+00:00")
    with store.session() as s:
        assert s.get(Child, child_id).ete_provider == "Mine College"  # user's value kept
        [view] = conflicts.open_conflicts(s)
        assert view.mine_text == "Mine College" and view.theirs_text == "Their College"
        assert view.field_label == "Ete provider"
        # nothing to send while the conflict is open
        assert build_batch(s, [("child", child_id)]) is None
        s.rollback()
    with uow() as u:
        conflicts.resolve(u.session, view.id, "merged", "Mine and Their College")
    req = accept_all(store)
    change = next(c for c in req.changes if c.table == "child")
    assert change.base_rev == 2 and change.fields == {"ete_provider": "Mine and Their College"}
    with store.session() as s:
        c = s.get(SyncConflict, view.id)
        assert c.resolution == "merged" and c.resolved_at is not None


def test_a_conflict_gives_the_ui_its_parts_and_parses_the_words_the_ui_shows(
        store, uow, child_id) -> None:
    """yjdesk/sync stays English and Qt-free: a conflict hands the UI the kind of record,
    the child's name and the other author's name (None: not known) to word them itself,
    and a merged date or yes/no is read in the words the UI gives (a Welsh month) as well
    as English."""
    _ete_provider_conflict(store, uow, child_id, at=None)
    with store.session() as s:
        [view] = conflicts.open_conflicts(s)
    assert (view.kind, view.child_name, view.author_name) == (
        "Child's details", "Jay Okafor-Test", None)
    assert view.record == "Record of Jay Okafor-Test"  # (the English, unchanged)
    assert view.their_author == "Someone else" and view.their_author in conflicts.AUTHOR_WORDS
    welsh = {"medi": 9, "rhagfyr": 12}
    parse = conflicts.parse_value
    assert parse("child", "date_of_birth", "7 Medi 2010", months=welsh) == "2010-09-07"
    assert parse("child", "date_of_birth", "07 RHAGFYR 2010", months=welsh) == "2010-12-07"
    assert parse("child", "date_of_birth", "7 September 2010", months=welsh) == "2010-09-07"
    assert parse("child", "date_of_birth", "07/09/2010") == "2010-09-07"
    for wrong in ("7 Medi 2010", "31 Medi 2010"):  # not given the words; no 31 September
        with pytest.raises(ValidationError):
            parse("child", "date_of_birth", wrong, months={} if "7 " in wrong else welsh)
    answers = {"ie": True, "na": False}
    assert parse("relationship", "lives_with_child", "Ie", answers=answers) is True
    assert parse("relationship", "lives_with_child", "na", answers=answers) is False
    assert parse("relationship", "lives_with_child", "yes", answers=answers) is True


def test_rejected_change_is_listed_with_its_reason_until_edited_again(
        store, uow, child_id) -> None:
    accept_all(store)
    edit(uow, child_id, ete_hours=5)
    with sync_session(store) as s, s.begin():
        batch = build_batch(s, pending_keys(s))
        assert batch is not None
        req = PushRequest.model_validate_json(batch.body_json)
        results = [RowResult(table=c.table, id=c.id, status="rejected",
                             error="this record is locked") for c in req.changes]
        apply_results(s, batch, PushResponse(batch_id=req.batch_id, results=results),
                      PushOutcome())
    with store.session() as s:
        p = s.get(SyncPending, ("child", child_id))
        assert p.failed_reason == "this record is locked"
        assert pending_keys(s) == []
    edit(uow, child_id, ete_hours=6)
    with store.session() as s:
        assert s.get(SyncPending, ("child", child_id)).failed_reason is None


def test_keep_theirs_sends_nothing_and_clears_the_queue(store, uow, child_id) -> None:
    accept_all(store)
    edit(uow, child_id, ete_provider="Mine")
    with sync_session(store) as s, s.begin():
        batch = build_batch(s, pending_keys(s))
        assert batch is not None
        req = PushRequest.model_validate_json(batch.body_json)
        results = [RowResult(table="child", id=child_id, status="conflict", rev=2,
                             server_seq=3, conflicts=[FieldConflict(
                                 field="ete_provider", server_value="Theirs",
                                 client_value="Mine", server_updated_by=None,
                                 server_updated_at=None)])]
        apply_results(s, batch, PushResponse(batch_id=req.batch_id, results=results),
                      PushOutcome())
    with store.session() as s:
        [view] = conflicts.open_conflicts(s)
    with uow() as u:
        conflicts.resolve(u.session, view.id, "theirs")
    with store.session() as s:
        assert s.get(Child, child_id).ete_provider == "Theirs"
    with sync_session(store) as s, s.begin():
        keys = [k for k in pending_keys(s) if k[0] == "child"]
        assert build_batch(s, keys) is None
    assert ("child", child_id) not in pending(store)


def test_new_children_from_two_inputs_are_tracked(store, uow) -> None:
    with uow() as u:
        a = create_child(u.session, child_input(given_name="Ann"), TODAY).id
        b = create_child(u.session, child_input(given_name="Bea"), TODAY).id
    assert {("child", a), ("child", b)} <= pending(store)


def test_refusal_in_a_fresh_answer_to_a_resent_batch_is_retried_not_reported(
        store, uow, child_id) -> None:
    """A resent batch may race its own first request; only a replayed refusal is final."""
    accept_all(store)
    edit(uow, child_id, ete_hours=4)
    for replayed, failed in ((False, False), (True, True)):
        with sync_session(store) as s, s.begin():
            batch = build_batch(s, [("child", child_id)])
            assert batch is not None
            results = [RowResult(table="child", id=child_id, status="rejected",
                                 error="repeats a value that must be unique")]
            apply_results(s, batch, PushResponse(batch_id=batch.batch_id, results=results,
                                                 replayed=replayed), PushOutcome(),
                          resent=True)
        with store.session() as s:
            p = s.get(SyncPending, ("child", child_id))
            assert (p.failed_reason is not None) is failed
