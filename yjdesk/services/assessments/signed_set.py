"""A submitted or countersigned stage and its answers, as a set judged on the service
(security review).

A countersign stores the SHA-256 of the stage's canonical content (``signing.countersign``;
``signing.verify`` recomputes it). The service took the hash a laptop sent as it came: a
manager's laptop could lock a stage under the hash of other answers, or of none, and a later
verification then said the record had been altered outside yjdesk. The stage and its answers
reach the service as several rows (the stage first, whatever else the push holds), so the
hash is judged once the whole push is applied (``yjdesk.server.set_rules``): a push that
leaves a stage countersigned under a hash that is not the hash of what the service holds
(``hashing.content_hash``, the laptop's own function) is refused, and nothing of it stored.

A submitted stage waits for its countersign, or for a manager to return it: the laptop
refuses any edit of it (``stages.check_editable``). On the service its answers stayed
writable, since a laptop pushes its last answers in the same push as the submission (the
stage first). Judged as a set, against the stage as the service held it before the push:
a push that changes the content of a stage that was already submitted or countersigned
(its hashed fields and its answers; who submitted and signed aside) and leaves it so is
refused in the laptop's words (``stages.not_editable_refusal``), while a draft's last
answers and its submission still travel together. Only a manager sends a submitted stage
back (``signing.sent_back_by_a_manager``, a row rule), after which it is the author's again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from yjdesk.models.assessment import AssessmentAnswer, AssessmentStage
from yjdesk.models.statuses import StageStatus
from yjdesk.services.assessments.submitted_set import ANSWER_TABLE, STAGE_TABLE, stages_touched
from yjdesk.services.sets import hash_refusal, read_afresh

HASH_MISMATCH = ("This countersignature's content hash is not the hash of the assessment as "
                 "the service holds it; sync, check the assessment and countersign it again.")


@dataclass(frozen=True)
class Signed:
    """What the set rule compares: the stage's status, its stored content hash and (for a
    submitted or countersigned stage) its content and the hash of it as stored now."""

    status: str | None = None
    deleted: bool = False
    stored_hash: str | None = None
    computed_hash: str | None = None
    content: str | None = None
    countersigned_at: dt.datetime | None = None


#: Statuses whose content is fixed (until a manager returns a submitted stage).
FIXED = (StageStatus.SUBMITTED, StageStatus.COUNTERSIGNED)


def signed_state(session: Session, stage_id: str) -> Signed:
    from yjdesk.services.assessments import stages
    from yjdesk.services.assessments.hashing import canonical_content, content_hash

    read_afresh(session, AssessmentStage, AssessmentAnswer)
    stage = session.get(AssessmentStage, stage_id)
    if stage is None or stage.status not in FIXED:
        return Signed(stage.status if stage is not None else None,
                      bool(stage is not None and stage.deleted))
    rows = list(stages.answers(session, stage_id).values())
    computed = content_hash(stage, rows) \
        if stage.status == StageStatus.COUNTERSIGNED else None
    return Signed(stage.status, bool(stage.deleted), stage.content_hash, computed,
                  canonical_content(stage, rows, signature=False), stage.countersigned_at)


def fixed_content_refusal(before: Signed, after: Signed) -> str | None:
    """A stage submitted or countersigned before the push keeps its content while it stays
    so (a manager's return, or a countersign, changes its status, not its content)."""
    from yjdesk.services.assessments.stages import not_editable_refusal

    if after.deleted or before.status not in FIXED or after.status not in FIXED:
        return None
    if after.content == before.content:
        return None
    return not_editable_refusal(before.status, before.countersigned_at)


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
        return fixed_content_refusal(before, after) or hash_refusal(
            before, after, StageStatus.COUNTERSIGNED, HASH_MISMATCH)


SIGNED_STAGE_SET = _SignedStage()
