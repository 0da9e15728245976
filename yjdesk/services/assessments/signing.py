"""Submitting, returning and countersigning assessment stages; verifying the hash.

draft -> submitted -> countersigned (locked), or submitted -> returned (with comments) ->
draft -> submitted again. Only a team manager of the child's team may countersign or return,
and nobody countersigns an assessment they wrote or submitted. Countersigning stores the
signer, the time and the SHA-256 of the canonical content; :func:`verify` recomputes it.

:func:`install_lock_guard` (:mod:`yjdesk.services.assessments.lock`) adds a second line of
defence: a flush that would change a countersigned stage or its answers raises
:class:`RecordLocked` whatever code path tried.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from yjdesk.errors import Message, PermissionDenied, ValidationError, Word, WorkflowError
from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.base import not_deleted
from yjdesk.models.casework import Plan
from yjdesk.models.child import Child
from yjdesk.models.org import Role, UserAccount
from yjdesk.models.statuses import StageEvent, StageStatus
from yjdesk.models.types import utcnow
from yjdesk.services.assessments import forms, quality, stages, timeliness
from yjdesk.services.assessments.authoring import manager_refusal
from yjdesk.services.assessments.hashing import content_hash
from yjdesk.services.assessments.lock import _guard as _guard
from yjdesk.services.assessments.lock import install_lock_guard as install_lock_guard
from yjdesk.services.assessments.quality import Problem
from yjdesk.services.uow import actor_of
from yjdesk.services.victims.planning import has_identified_victim


def plan_has_contingency(session: Session, stage: AssessmentStage) -> bool:
    """Does a case-work plan linked to this stage hold a contingency plan?"""
    conds = [Plan.assessment_stage_id == stage.id]
    if stage.plan_id:
        conds.append(Plan.id == stage.plan_id)
    for plan in session.scalars(select(Plan).where(
            Plan.child_id == stage.child_id, not_deleted(Plan), or_(*conds))):
        if (plan.contingency_wellbeing or "").strip() or (plan.contingency_others or "").strip():
            return True
    return False


def plan_addresses_victim(session: Session, stage: AssessmentStage) -> bool:
    """Does a case-work plan linked to this stage address the victim's safety?"""
    conds = [Plan.assessment_stage_id == stage.id]
    if stage.plan_id:
        conds.append(Plan.id == stage.plan_id)
    return any((plan.victim_safety or "").strip() for plan in session.scalars(select(Plan).where(
        Plan.child_id == stage.child_id, not_deleted(Plan), or_(*conds))))


def check_stage(session: Session, stage_id: str) -> list[Problem]:
    """The quality problems of a stage as it stands."""
    stage = stages.get_stage(session, stage_id)
    rows = stages.answers(session, stage.id)
    clarify = {k for k, a in rows.items() if a.yet_to_clarify}
    return quality.check(forms.load(stage.form_version), stages.values_of(rows), clarify,
                         plan_has_contingency=plan_has_contingency(session, stage),
                         identified_victim=has_identified_victim(session, stage.child_id),
                         plan_addresses_victim=plan_addresses_victim(session, stage))


def submit(session: Session, stage_id: str, *, today: dt.date) -> AssessmentStage:
    """Submit for countersigning; refused (ValidationError per question) while any blocking
    quality check fails."""
    stage = stages.get_stage(session, stage_id)
    stages.check_editable(session, stage)
    blocking = [p for p in check_stage(session, stage_id) if p.blocking]
    if blocking:
        errors: dict[str, str] = {}
        for p in blocking:
            errors[p.key] = Message("%1 %2", errors[p.key], p.message) if p.key in errors \
                else p.message
        raise ValidationError(errors, detail="The assessment cannot be submitted yet.")
    stage.status = StageStatus.SUBMITTED
    stage.submitted_at = utcnow()
    stage.submitted_by = actor_of(session).user_id
    stage.countersign_due_on = timeliness.countersign_due(today)
    stages.log_event(session, stage, StageEvent.SUBMITTED)
    session.flush()
    return stage


def _check_manager(session: Session, stage: AssessmentStage, doing: str) -> None:
    actor = actor_of(session)
    child = session.get(Child, stage.child_id)
    refused = manager_refusal(actor.role, actor.team_id, actor.user_id,
                              child.team_id if child is not None else None,
                              stage.author_id, stage.submitted_by, doing)
    if refused:
        raise PermissionDenied(refused)
    refused = not_submitted_refusal(stage.status, doing)
    if refused:
        raise WorkflowError(refused)


_STATES: dict[str, Word] = {StageStatus.COUNTERSIGNED: Word("already countersigned"),
                             StageStatus.DRAFT: Word("still a draft"),
                             StageStatus.RETURNED: Word("returned to the practitioner")}


def not_submitted_refusal(status: str | None, doing: str) -> str | None:
    """A manager countersigns or returns only a submitted stage (``status``: as stored,
    None for a stage not stored yet): the refusal, or None. The laptop's countersign and
    return, and the push path (``server.rules.countersign_by_team_manager``), call it."""
    if status == StageStatus.SUBMITTED:
        return None
    state = _STATES.get(status, Word(status)) if status is not None else Word("not submitted")
    if doing == "countersign":
        return Message("This assessment is %1; only a submitted one can be countersigned.",
                       state)
    return Message("This assessment is %1; only a submitted one can be returned.", state)


def return_stage(session: Session, stage_id: str, comment: str) -> AssessmentStage:
    """Send a submitted stage back to its author with the manager's comments."""
    stage = stages.get_stage(session, stage_id)
    _check_manager(session, stage, "return")
    if not (comment or "").strip():
        raise ValidationError({"comment": "Say what needs to change before you return it."})
    stage.status = StageStatus.RETURNED
    stage.countersign_due_on = None
    stages.log_event(session, stage, StageEvent.RETURNED, comment.strip())
    session.flush()
    return stage


def countersign(session: Session, stage_id: str, comment: str | None = None) -> AssessmentStage:
    """Lock a submitted stage with the manager's signature; ``comment`` (optional) is kept
    with the stage, in its history."""
    stage = stages.get_stage(session, stage_id)
    _check_manager(session, stage, "countersign")
    rows = stages.answers(session, stage.id)  # read first: the stage changes in one flush
    stage.status = StageStatus.COUNTERSIGNED
    stage.countersigned_by = actor_of(session).user_id
    stage.countersigned_at = utcnow().replace(microsecond=0)
    stage.content_hash = content_hash(stage, rows.values())
    stages.log_event(session, stage, StageEvent.COUNTERSIGNED,
                     (comment or "").strip() or None)
    session.flush()
    return stage


@dataclass(frozen=True)
class Verification:
    ok: bool
    stored: str | None
    computed: str
    message: str


def verify(session: Session, stage_id: str) -> Verification:
    """Recompute the hash of a countersigned stage and compare it with the stored one."""
    stage = stages.get_stage(session, stage_id)
    session.refresh(stage)
    rows = stages.answers(session, stage.id)
    for row in rows.values():
        session.refresh(row)
    computed = content_hash(stage, rows.values())
    if stage.status != StageStatus.COUNTERSIGNED or not stage.content_hash:
        return Verification(False, stage.content_hash, computed,
                            "This assessment has not been countersigned.")
    if computed != stage.content_hash:
        return Verification(False, stage.content_hash, computed,
                            "The content no longer matches the countersigned hash: it has "
                            "been altered outside yjdesk.")
    return Verification(True, stage.content_hash, computed,
                        "The content matches the countersigned hash.")


@dataclass(frozen=True)
class QueueRow:
    stage_id: str
    child_id: str
    child_name: str
    case_number: str
    stage_type: str
    author: str
    submitted_at: dt.datetime | None
    countersign_due_on: dt.date | None
    previous_stage_id: str | None


def countersign_queue(session: Session) -> list[QueueRow]:
    """Submitted stages of the acting manager's team, oldest submission first."""
    actor = actor_of(session)
    if actor.role not in (Role.TEAM_MANAGER, Role.SERVICE_MANAGER):
        raise PermissionDenied("The countersign queue is for managers.")
    rows = session.execute(
        select(AssessmentStage, Child, UserAccount.display_name)
        .join(Child, Child.id == AssessmentStage.child_id)
        .join(UserAccount, UserAccount.id == AssessmentStage.author_id)
        .where(AssessmentStage.status == StageStatus.SUBMITTED, not_deleted(AssessmentStage),
               Child.team_id == actor.team_id)
        .order_by(AssessmentStage.submitted_at))
    return [QueueRow(st.id, ch.id, ch.display_name, ch.case_number, st.stage_type, author,
                     st.submitted_at, st.countersign_due_on, st.previous_stage_id)
            for st, ch, author in rows]


