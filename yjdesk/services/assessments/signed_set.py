"""A countersigned stage and its answers, as a set judged on the service (security review).

A countersign stores the SHA-256 of the stage's canonical content (``signing.countersign``;
``signing.verify`` recomputes it). The service took the hash a laptop sent as it came: a
manager's laptop could lock a stage under the hash of other answers, or of none, and a later
verification then said the record had been altered outside yjdesk. The stage and its answers
reach the service as several rows (the stage first, whatever else the push holds), so the
hash is judged once the whole push is applied (``yjdesk.server.set_rules``): a push that
leaves a stage countersigned under a hash that is not the hash of what the service holds
(``hashing.content_hash``, the laptop's own function) is refused, and nothing of it stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from yjdesk.models.assessment import AssessmentAnswer, AssessmentStage
from yjdesk.models.statuses import StageStatus
from yjdesk.services.assessments.submitted_set import ANSWER_TABLE, STAGE_TABLE, stages_touched

HASH_MISMATCH = ("This countersignature's content hash is not the hash of the assessment as "
                 "the service holds it; sync, check the assessment and countersign it again.")


@dataclass(frozen=True)
class Signed:
    """What the set rule compares: the stage's status, its stored content hash and (for a
    countersigned stage) the hash of its content as stored now."""

    status: str | None = None
    deleted: bool = False
    stored_hash: str | None = None
    computed_hash: str | None = None


def signed_state(session: Session, stage_id: str) -> Signed:
    from yjdesk.services.assessments import stages
    from yjdesk.services.assessments.hashing import content_hash

    for obj in list(session.identity_map.values()):  # rows this push wrote are read afresh
        if isinstance(obj, AssessmentStage | AssessmentAnswer):
            session.expire(obj)
    stage = session.get(AssessmentStage, stage_id)
    if stage is None:
        return Signed()
    computed = None
    if stage.status == StageStatus.COUNTERSIGNED:
        computed = content_hash(stage, stages.answers(session, stage_id).values())
    return Signed(stage.status, bool(stage.deleted), stage.content_hash, computed)


def hash_refusal(before: Signed, after: Signed) -> str | None:
    """A stage countersigned (or its hash rewritten) by the push carries the hash of the
    content the service holds."""
    if after.deleted or after.status != StageStatus.COUNTERSIGNED:
        return None
    if before.status == StageStatus.COUNTERSIGNED and before.stored_hash == after.stored_hash:
        return None  # signed before this push (judged then)
    return None if after.stored_hash == after.computed_hash else HASH_MISMATCH


class _SignedStage:
    """A stage and its answers as what a countersign signs (``yjdesk.server.set_rules``)."""

    owner_table = STAGE_TABLE
    tables = (STAGE_TABLE, ANSWER_TABLE)

    @staticmethod
    def touched(session: Session, changes: list[Any]) -> dict[str, set[tuple[str, str]]]:
        return stages_touched(session, changes)

    @staticmethod
    def state(session: Session, stage_id: str) -> Signed:
        return signed_state(session, stage_id)

    @staticmethod
    def worse(before: Signed, after: Signed) -> str | None:
        return hash_refusal(before, after)


SIGNED_STAGE_SET = _SignedStage()
