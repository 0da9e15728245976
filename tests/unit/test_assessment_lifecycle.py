"""Assessment stages end to end: create, answer, submit, return, resubmit, countersign,
lock, verify, review with carry-forward."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from tests.conftest import TODAY
from tests.unit.test_assessment_helpers import COMPLETE, add_disposal, make_user
from yjdesk.errors import PermissionDenied, RecordLocked, ValidationError, WorkflowError
from yjdesk.models import AssessmentAnswer, AssessmentStage, Role
from yjdesk.services.assessments import latest_countersigned_stage, signing, stages


@pytest.fixture
def manager(uow, actor):
    with uow() as u:
        return make_user(u.session, actor.team_id, Role.TEAM_MANAGER, "tess", "Tess Manager")


@pytest.fixture
def stage_id(uow, child_id) -> str:
    with uow() as u:
        disp = add_disposal(u.session, child_id)
        st = stages.create_stage(u.session, child_id, disp, today=TODAY)
        return st.id


def _submit_complete(uow, stage_id: str) -> None:
    with uow() as u:
        stages.save_answers(u.session, stage_id, COMPLETE, today=TODAY)
        signing.submit(u.session, stage_id, today=TODAY)


def test_full_lifecycle_with_return_and_resubmission(uow, stage_id, manager, actor) -> None:
    _submit_complete(uow, stage_id)
    with uow() as u:
        st = stages.get_stage(u.session, stage_id)
        assert st.status == "submitted" and st.countersign_due_on is not None
        # structured facts are real columns
        assert (st.ete_hours, st.send, st.rosh, st.intervention_level) == (
            15, True, "medium", "enhanced")
    with uow(manager) as u:
        queue = signing.countersign_queue(u.session)
    assert [r.stage_id for r in queue] == [stage_id]
    assert queue[0].author == "Pat Practitioner" and queue[0].countersign_due_on is not None

    with uow(manager) as u:
        signing.return_stage(u.session, stage_id, "Say more about the older peers.")
    with uow() as u:
        assert stages.get_stage(u.session, stage_id).status == "returned"
        stages.save_answers(u.session, stage_id, {
            "lifestyle_notes": "Older peers (17-19) known to police for robbery."}, today=TODAY)
        assert stages.get_stage(u.session, stage_id).status == "draft"
        signing.submit(u.session, stage_id, today=TODAY)
    with uow(manager) as u:
        st = signing.countersign(u.session, stage_id)
        assert st.countersigned_by == manager.user_id and len(st.content_hash or "") == 64
    with uow() as u:
        actions = [(e.action, e.comment) for e in stages.events(u.session, stage_id)]
        assert actions == [("created", None), ("submitted", None),
                           ("returned", "Say more about the older peers."),
                           ("submitted", None), ("countersigned", None)]
        assert signing.verify(u.session, stage_id).ok
        assert latest_countersigned_stage(u.session, stages.get_stage(
            u.session, stage_id).child_id).id == stage_id


def test_countersigned_stage_refuses_edits_through_the_service_layer(
        uow, stage_id, manager) -> None:
    _submit_complete(uow, stage_id)
    with uow(manager) as u:
        signing.countersign(u.session, stage_id)
    with pytest.raises(RecordLocked), uow() as u:
        stages.save_answers(u.session, stage_id, {"strengths": "changed"}, today=TODAY)
    with pytest.raises(RecordLocked), uow() as u:
        stages.check_editable(u.session, stages.get_stage(u.session, stage_id))
    # the flush guard stops even direct ORM edits
    with uow() as u:
        u.session.get(AssessmentStage, stage_id).rosh = "low"
        with pytest.raises(RecordLocked):
            u.session.flush()
        u.session.rollback()
    with uow() as u:
        row = u.session.scalars(select(AssessmentAnswer).where(
            AssessmentAnswer.stage_id == stage_id)).first()
        row.value = json.dumps("tampered")
        with pytest.raises(RecordLocked):
            u.session.flush()
        u.session.rollback()
    with uow() as u:
        u.session.get(AssessmentStage, stage_id).deleted = True  # a tombstone: refused too
        with pytest.raises(RecordLocked):
            u.session.flush()
        u.session.rollback()
    with uow() as u:  # sync bookkeeping (revision numbers) may still be updated
        st = u.session.get(AssessmentStage, stage_id)
        st.rev, st.server_seq = 3, 42
        u.session.flush()
    with pytest.raises(WorkflowError), uow(manager) as u:
        signing.countersign(u.session, stage_id)
    with uow() as u:
        assert signing.verify(u.session, stage_id).ok


def test_hash_verification_fails_after_a_tampered_row(uow, stage_id, manager, store) -> None:
    _submit_complete(uow, stage_id)
    with uow(manager) as u:
        signing.countersign(u.session, stage_id)
    with store.session() as s, s.begin():
        s.execute(text("UPDATE assessment_answer SET value = :v "
                       "WHERE stage_id = :s AND question_key = 'rosh_rationale'"),
                  {"v": json.dumps("No risk at all."), "s": stage_id})
    with uow() as u:
        result = signing.verify(u.session, stage_id)
    assert not result.ok and "altered" in result.message
    assert result.stored != result.computed


def test_hash_verification_fails_after_a_tampered_rating_column(uow, stage_id, manager,
                                                               store) -> None:
    _submit_complete(uow, stage_id)
    with uow(manager) as u:
        signing.countersign(u.session, stage_id)
    with store.session() as s, s.begin():
        s.execute(text("UPDATE assessment_stage SET rosh = 'low' WHERE id = :s"),
                  {"s": stage_id})
    with uow() as u:
        assert not signing.verify(u.session, stage_id).ok


def test_self_countersign_refused(uow, actor, child_id) -> None:
    """A team manager who writes an assessment cannot countersign it themselves."""
    with uow() as u:
        me = make_user(u.session, actor.team_id, Role.TEAM_MANAGER, "mo", "Mo Manager")
    with uow(me) as u:
        disp = add_disposal(u.session, child_id)
        sid = stages.create_stage(u.session, child_id, disp, today=TODAY).id
        stages.save_answers(u.session, sid, COMPLETE, today=TODAY)
        signing.submit(u.session, sid, today=TODAY)
    with pytest.raises(PermissionDenied, match="you wrote"), uow(me) as u:
        signing.countersign(u.session, sid)
    with uow() as u:
        assert stages.get_stage(u.session, sid).status == "submitted"


def test_only_a_manager_of_the_childs_team_countersigns(uow, stage_id, actor) -> None:
    _submit_complete(uow, stage_id)
    with uow() as u:
        peer = make_user(u.session, actor.team_id, Role.PRACTITIONER, "pip", "Pip Peer")
        from yjdesk.models import Team
        other = Team(name="South", code="SOUTH")
        u.session.add(other)
        u.session.flush()
        elsewhere = make_user(u.session, other.id, Role.TEAM_MANAGER, "sam", "Sam South")
    with pytest.raises(PermissionDenied, match="team manager"), uow(peer) as u:
        signing.countersign(u.session, stage_id)
    with pytest.raises(PermissionDenied, match="child's team"), uow(elsewhere) as u:
        signing.countersign(u.session, stage_id)
    with pytest.raises(PermissionDenied), uow(peer) as u:
        signing.return_stage(u.session, stage_id, "no")


def test_return_needs_a_comment_and_submitted_stage_is_not_editable(
        uow, stage_id, manager) -> None:
    _submit_complete(uow, stage_id)
    with pytest.raises(WorkflowError, match="waiting for a countersign"), uow() as u:
        stages.save_answers(u.session, stage_id, {"strengths": "x"}, today=TODAY)
    with pytest.raises(ValidationError) as info, uow(manager) as u:
        signing.return_stage(u.session, stage_id, "   ")
    assert "comment" in info.value.errors


def test_every_disposal_category_needs_a_countersign(uow, child_id, manager) -> None:
    """Out-of-court and prevention stages follow the same lifecycle: submitted is not final."""
    for kind in ("youth_caution", "turnaround"):
        with uow() as u:
            disp = add_disposal(u.session, child_id, kind=kind)
            sid = stages.create_stage(u.session, child_id, disp, today=TODAY).id
            stages.save_answers(u.session, sid, {**COMPLETE, "rosh": "low",
                                                 "likelihood_reoffending": "low",
                                                 "intervention_level": "standard"},
                                today=TODAY)
            signing.submit(u.session, sid, today=TODAY)
        with uow() as u:
            assert latest_countersigned_stage(u.session, child_id) is None or \
                latest_countersigned_stage(u.session, child_id).id != sid
        with uow(manager) as u:
            assert signing.countersign(u.session, sid).status == "countersigned"


def test_review_carries_forward_and_shows_what_changed(uow, stage_id, manager) -> None:
    _submit_complete(uow, stage_id)
    with uow(manager) as u:
        signing.countersign(u.session, stage_id)
    later = TODAY.replace(month=12, day=10)
    with uow() as u:
        review = stages.start_review(u.session, stage_id, today=later)
        rid = review.id
        assert review.previous_stage_id == stage_id and review.rosh == "medium"
        rows = stages.answers(u.session, rid)
        assert rows["strengths"].carried_forward_from == stage_id
        assert rows["strengths"].as_at == TODAY and not rows["strengths"].changed
        stages.save_answers(u.session, rid, {"ete_status": "school_full_time",
                                             "ete_hours": 25}, today=later)
    with uow() as u:
        rows = stages.answers(u.session, rid)
        assert rows["ete_hours"].changed and rows["ete_hours"].as_at == later
        assert not rows["strengths"].changed
        changes = stages.changes_since_previous(u.session, rid)
        assert [(c.key, c.before, c.after) for c in changes] == [
            ("ete_status", "school_part_time", "school_full_time"), ("ete_hours", 15, 25)]


def test_review_needs_a_countersigned_stage(uow, stage_id) -> None:
    with pytest.raises(WorkflowError), uow() as u:
        stages.start_review(u.session, stage_id, today=TODAY)


def _tombstone(session, stage_id: str, reason: str) -> None:
    row = session.get(AssessmentStage, stage_id)
    row.deleted, row.deleted_reason = True, reason
    session.flush()


def test_a_countersigned_stage_is_deleted_only_by_a_manager_saying_why(
        uow, stage_id, manager, actor) -> None:
    """Issue 11: the laptop applies the push path's rule (``services.locks``)."""
    from yjdesk.services import locks

    _submit_complete(uow, stage_id)
    with uow() as u:
        other = make_user(u.session, actor.team_id, Role.TEAM_MANAGER, "tom", "Tom Manager")
    with uow(manager) as u:
        signing.countersign(u.session, stage_id)
    with pytest.raises(PermissionDenied), uow() as u:
        locks.delete_locked(u.session, u.session.get(AssessmentStage, stage_id), "mine")
    with pytest.raises(RecordLocked), uow() as u:  # the guard behind the services
        _tombstone(u.session, stage_id, "mine")
    with uow(other) as u:
        locks.delete_locked(u.session, u.session.get(AssessmentStage, stage_id), "duplicate")
    with uow() as u:
        row = u.session.get(AssessmentStage, stage_id)
        assert row.deleted and row.deleted_reason == "duplicate"


def test_an_editor_s_save_never_writes_over_an_answer_changed_since_it_read_it(
        uow, stage_id, manager) -> None:
    """``base``: each answer as the editor read it. An answer the store changed since (the
    manager's edit arrived by sync) is refused with what it holds now, and nothing of that
    save is written; a part the editor did not change keeps what is stored; saving again
    with what was shown as the base replaces it."""
    with uow() as u:
        stages.save_answers(u.session, stage_id, {"strengths": "Football."}, today=TODAY)
        read = stages.stored_answers(stages.answers(u.session, stage_id))
    with uow(manager) as u:  # the manager's edit, arrived by sync
        stages.save_answers(u.session, stage_id, {"living_notes": "With dad now."},
                            clarify={"living_notes": True}, today=TODAY)
    base = {k: read.get(k, stages.Answer()) for k in ("living_notes", "strengths")}
    with pytest.raises(stages.AnswersChangedElsewhere) as refused, uow() as u:
        stages.save_answers(u.session, stage_id, {"living_notes": "With nan.",
                                                  "strengths": "Boxing."},
                            today=TODAY, base=base)
    assert refused.value.now == {"living_notes": stages.Answer("With dad now.", True)}
    assert "With dad now." in refused.value.errors["living_notes"]
    with uow() as u:
        vals = stages.values_of(stages.answers(u.session, stage_id))
        assert (vals["living_notes"], vals["strengths"]) == ("With dad now.", "Football.")
        # the same text on both sides is no clash; the flag the editor left keeps the store's
        stages.save_answers(u.session, stage_id, {"living_notes": "With dad now."},
                            clarify={"living_notes": False}, today=TODAY, base=base)
        stages.save_answers(u.session, stage_id, {"strengths": "Boxing."}, today=TODAY,
                            base=base)
        row = stages.answers(u.session, stage_id)["living_notes"]
        assert row.yet_to_clarify and stages.values_of({"x": row})["x"] == "With dad now."
    with uow() as u:  # having seen it, the person replaces it
        stages.save_answers(u.session, stage_id, {"living_notes": "With nan."},
                            clarify={"living_notes": False}, today=TODAY,
                            base={"living_notes": refused.value.now["living_notes"]})
        row = stages.answers(u.session, stage_id)["living_notes"]
        assert (json.loads(row.value or "null"), row.yet_to_clarify) == ("With nan.", False)
