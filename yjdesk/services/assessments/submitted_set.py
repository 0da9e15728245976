"""A submitted assessment stage and its answers, as a set (issue 11).

The laptop submits a stage only while no blocking quality check fails
(``signing.submit`` calls ``signing.check_stage``). A stage and its answers reach the sync
service as several rows, parents first (the stage, then its answers), so the service judges
the set once the whole push is applied (``yjdesk.server.set_rules``): a push that leaves a
submitted stage failing a blocking check it did not fail before is refused, in the words
``check_stage`` gives the laptop. A draft is not judged: it may be incomplete.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from yjdesk.errors import KnownError, Message
from yjdesk.models.assessment import AssessmentAnswer, AssessmentStage
from yjdesk.models.statuses import StageStatus
from yjdesk.services.sets import new_problems, owners_touched, read_afresh

STAGE_TABLE = "assessment_stage"
ANSWER_TABLE = "assessment_answer"
#: A stage's answers go in its push (``sync.push.push_chunks``): a stage and its answers are
#: judged as a set at the end of a push, and a stage's last answers sent after it, in a
#: later push, would change a stage already submitted (``signed_set``).
TRAVELS_WITH: dict[str, tuple[str, str]] = {ANSWER_TABLE: ("stage_id", STAGE_TABLE)}


def stages_touched(session: Session, changes: list[Any]) -> dict[str, set[tuple[str, str]]]:
    """Stage id -> the pushed rows that may change what it lacks: the stage itself, and
    every answer to it (as stored and as pushed)."""
    return owners_touched(session, changes, STAGE_TABLE, AssessmentAnswer.__table__.c.stage_id)


def blocking_problems(session: Session, stage_id: str) -> dict[str, str]:
    """What stops a submitted stage being submitted now (question -> the laptop's words);
    nothing for a stage that is not submitted."""
    from yjdesk.services.assessments.signing import check_stage

    read_afresh(session, AssessmentStage, AssessmentAnswer)
    stage = session.get(AssessmentStage, stage_id)
    if stage is None or stage.deleted or stage.status != StageStatus.SUBMITTED:
        return {}
    try:
        problems = check_stage(session, stage_id)
    except KnownError as exc:  # e.g. an unknown form version
        return {"form_version": str(exc)}
    out: dict[str, str] = {}
    for p in problems:
        if p.blocking:
            out[p.key] = Message("%1 %2", out[p.key], p.message) if p.key in out \
                else p.message
    return out


class _SubmittedStage:
    """A submitted stage and its answers as a set (for ``yjdesk.server.set_rules``)."""

    owner_table = STAGE_TABLE
    tables = (STAGE_TABLE, ANSWER_TABLE)

    @staticmethod
    def touched(session: Session, changes: list[Any]) -> dict[str, set[tuple[str, str]]]:
        return stages_touched(session, changes)

    @staticmethod
    def state(session: Session, stage_id: str) -> dict[str, str]:
        return blocking_problems(session, stage_id)

    @staticmethod
    def worse(before: Mapping[str, str], after: Mapping[str, str]) -> str | None:
        found = new_problems(before, after)
        return f"The assessment cannot be submitted yet: {found}" if found else None


SUBMITTED_STAGE_SET = _SubmittedStage()
