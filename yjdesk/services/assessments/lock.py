"""The lock guard: a flush that would change a countersigned assessment stage or its answers
raises :class:`~yjdesk.errors.RecordLocked`, whatever code path tried (the second line of
defence behind :mod:`yjdesk.services.assessments.signing`'s workflow).

A module of its own, importing the models only: the laptop installs the guard on every
session (:mod:`yjdesk.laptop`), and a cold start need not import the forms, quality checks
and stages that signing itself uses.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session, sessionmaker

from yjdesk.errors import RecordLocked
from yjdesk.models.assessment import AssessmentAnswer, AssessmentStage
from yjdesk.models.base import SYNC_COLUMNS
from yjdesk.models.statuses import StageStatus
from yjdesk.store.listen import listen_once


def _stored_status(stage: AssessmentStage) -> str:
    """The status as last flushed (before any change pending in this session)."""
    hist = inspect(stage).attrs.status.history
    return str(hist.deleted[0]) if hist.deleted else str(stage.status)


#: Bookkeeping sync may update on a locked row (a tombstone is not allowed).
_BOOKKEEPING = SYNC_COLUMNS - {"deleted"}


def _content_changed(obj: Any) -> bool:
    state = inspect(obj)
    columns = state.mapper.columns
    return any(a.key in columns and a.key not in _BOOKKEEPING and a.history.has_changes()
               for a in state.attrs)


def _stage_locked(session: Session, stage_id: str) -> bool:
    with session.no_autoflush:
        stage = session.get(AssessmentStage, stage_id)
    return stage is not None and _stored_status(stage) == StageStatus.COUNTERSIGNED


def _manager_tombstone(session: Session, obj: Any) -> bool:
    """A manager deleting a countersigned stage with a reason (``services.locks``: the same
    rule as the push path), changing nothing else."""
    from yjdesk.services import locks

    if not isinstance(obj, AssessmentStage) or not obj.deleted:
        return False
    state = inspect(obj)
    columns = state.mapper.columns
    changed = {a.key for a in state.attrs if a.key in columns and a.history.has_changes()}
    actor = session.info.get("actor")
    if actor is None or not changed - _BOOKKEEPING <= locks.TOMBSTONE_FIELDS:
        return False
    before = {"status": StageStatus.COUNTERSIGNED.value}
    after = {**before, "deleted": True, "deleted_reason": obj.deleted_reason}
    return locks.tombstone_refusal("assessment_stage", before, after, actor.role) is None


def _guard(session: Session, flush_context: Any, instances: Any) -> None:
    if session.info.get("sync_apply"):
        return
    for obj in list(session.dirty) + list(session.deleted):
        if obj not in session.deleted and not _content_changed(obj):
            continue
        if obj not in session.deleted and _manager_tombstone(session, obj):
            continue
        if isinstance(obj, AssessmentStage) and _stored_status(obj) == StageStatus.COUNTERSIGNED:
            raise RecordLocked("A countersigned assessment cannot be changed.")
        if isinstance(obj, AssessmentAnswer) and _stage_locked(session, obj.stage_id):
            raise RecordLocked("An answer of a countersigned assessment cannot be changed.")
    for obj in session.new:
        if isinstance(obj, AssessmentAnswer) and _stage_locked(session, obj.stage_id):
            raise RecordLocked("A countersigned assessment cannot be given new answers.")


def install_lock_guard(factory: sessionmaker[Session]) -> None:
    """Refuse changes to countersigned stages on every session from ``factory`` (idempotent;
    installed with the laptop's other flush hooks in :mod:`yjdesk.laptop`)."""
    listen_once(factory, "before_flush", _guard)
