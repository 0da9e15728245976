"""Assessment stages: create, read, edit answers, carry forward, upgrade the form.

Answers are validated against the stage's form definition before anything is written; a
bad answer raises :class:`ValidationError` naming the question and nothing is saved. Answers
to questions mirrored to a column (ratings, KPI facts) are copied onto the stage, so the
KPIs read real columns. Submitting, returning and countersigning are in
:mod:`yjdesk.services.assessments.signing`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import (
    Message,
    PermissionDenied,
    RecordLocked,
    ValidationError,
    Word,
    WorkflowError,
)
from yjdesk.models.assessment import STAGE_TYPES, AssessmentAnswer, AssessmentEvent, AssessmentStage
from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal
from yjdesk.models.statuses import StageEvent, StageStatus
from yjdesk.models.types import utcnow
from yjdesk.services.assessments import forms, timeliness
from yjdesk.services.assessments.authoring import AUTHOR_ROLES as AUTHOR_ROLES
from yjdesk.services.assessments.authoring import author_refusal
from yjdesk.services.assessments.forms import FormDefinition
from yjdesk.services.fetch import child_rows, fetch_live
from yjdesk.services.humanise import date_text
from yjdesk.services.uow import actor_of
from yjdesk.services.validation import Errors


def get_stage(session: Session, stage_id: str) -> AssessmentStage:
    return fetch_live(session, AssessmentStage, stage_id,
                      "This assessment stage is not on this laptop.")


def stages_for_child(session: Session, child_id: str) -> list[AssessmentStage]:
    return child_rows(session, AssessmentStage, child_id, AssessmentStage.started_on.desc(),
                      AssessmentStage.updated_at.desc())


def answers(session: Session, stage_id: str) -> dict[str, AssessmentAnswer]:
    return {a.question_key: a for a in session.scalars(
        select(AssessmentAnswer).where(AssessmentAnswer.stage_id == stage_id,
                                       not_deleted(AssessmentAnswer)))}


def values_of(rows: Mapping[str, AssessmentAnswer]) -> dict[str, Any]:
    return {k: json.loads(a.value) if a.value is not None else None for k, a in rows.items()}


def events(session: Session, stage_id: str) -> list[AssessmentEvent]:
    return list(session.scalars(
        select(AssessmentEvent).where(AssessmentEvent.stage_id == stage_id,
                                      not_deleted(AssessmentEvent))
        .order_by(AssessmentEvent.at)))


def log_event(session: Session, stage: AssessmentStage, action: str,
              comment: str | None = None) -> AssessmentEvent:
    ev = AssessmentEvent(child_id=stage.child_id, stage_id=stage.id, action=action,
                         user_id=actor_of(session).user_id, at=utcnow(), comment=comment)
    session.add(ev)
    return ev


def _child_for_author(session: Session, child_id: str) -> Child:
    actor = actor_of(session)
    child = fetch_live(session, Child, child_id, "This child's record is not on this laptop.")
    refused = author_refusal(actor.role, actor.team_id, child.team_id)
    if refused:
        raise PermissionDenied(refused)
    return child


def not_editable_refusal(status: str | None,
                         countersigned_at: dt.datetime | None = None) -> str | None:
    """A submitted stage's content waits for its countersign (or its return), a
    countersigned one's never changes: the refusal, or None. :func:`check_editable` and the
    push path (``services.assessments.signed_set``) call it."""
    if status == StageStatus.COUNTERSIGNED:
        return Message("This assessment was countersigned %1 and cannot be changed. Start a "
                       "review to record new information.", date_text(countersigned_at))
    if status == StageStatus.SUBMITTED:
        return ("This assessment is waiting for a countersign. Ask the manager to return it "
                "if it needs changing.")
    return None


def check_editable(session: Session, stage: AssessmentStage) -> None:
    """Refuse any edit of a countersigned or submitted stage, or by someone not allowed."""
    refused = not_editable_refusal(stage.status, stage.countersigned_at)
    if refused and stage.status == StageStatus.COUNTERSIGNED:
        raise RecordLocked(refused)
    if refused:
        raise WorkflowError(refused)
    _child_for_author(session, stage.child_id)


def create_stage(session: Session, child_id: str, disposal_id: str, stage_type: str = "start",
                 *, today: dt.date, form_version: int | None = None,
                 next_court: dt.date | None = None,
                 authoring_service: str | None = None,
                 prefill: bool = True) -> AssessmentStage:
    """Begin a new stage (draft) for an intervention of the child; ``prefill`` writes the
    facts of the child's specialist pathways (CAMHS, SLT, MAPPA ...) into it."""
    _child_for_author(session, child_id)
    e = Errors()
    if stage_type not in STAGE_TYPES:
        e.add("stage_type", "'%1' is not a stage type (start, review, end, transfer in).",
              stage_type)
    disposal = session.get(Disposal, disposal_id)
    if disposal is None or disposal.deleted or disposal.child_id != child_id:
        e.add("disposal_id", "Choose one of this child's interventions.")
    e.raise_if_any()
    assert disposal is not None
    version = form_version if form_version is not None else forms.current_version()
    forms.load(version)  # an unknown version is refused here, before anything is written
    if next_court is None:
        next_court = timeliness.next_court_date(session, child_id, today)
    due = (timeliness.assessment_due(max(disposal.start_date, today), next_court=next_court)
           if stage_type != "start" else
           timeliness.assessment_due(disposal.start_date, next_court=next_court))
    stage = AssessmentStage(
        child_id=child_id, disposal_id=disposal_id, stage_type=stage_type, status=StageStatus.DRAFT,
        form_version=version, author_id=actor_of(session).user_id, started_on=today,
        due_on=due, authoring_service=authoring_service)
    session.add(stage)
    session.flush()
    log_event(session, stage, StageEvent.CREATED)
    session.flush()
    if prefill:
        from yjdesk.services.pathways.records import prefill_stage

        prefill_stage(session, stage.id, today)
    return stage


@dataclass(frozen=True)
class Answer:
    """One answer as stored: its value (as :func:`values_of` reads it) and its flag."""

    value: Any = None
    yet_to_clarify: bool = False


def stored_answers(rows: Mapping[str, AssessmentAnswer]) -> dict[str, Answer]:
    """Each answer of ``rows`` as an :class:`Answer` (what an editor shows, its base)."""
    vals = values_of(rows)
    return {k: Answer(vals[k], bool(a.yet_to_clarify)) for k, a in rows.items()}


class AnswersChangedElsewhere(ValidationError):
    """Answers an editor changed that were also changed in the store since the editor read
    them (an edit made on another laptop, arrived by sync): nothing is saved. ``now``: each
    answer as stored now (the screen quotes it, so that saving again replaces it
    knowingly)."""

    def __init__(self, now: dict[str, Answer], labels: Mapping[str, str]) -> None:
        self.now = now
        super().__init__({key: Message(
            "'%1' was changed on another laptop since you opened this assessment. It now "
            "reads: %2. Your answer is still here: save again to replace that with it.",
            labels.get(key, key), _quoted(answer)) for key, answer in now.items()})


def _quoted(answer: Answer) -> str:
    """An answer as a clash quotes it: typed text in quotes, other words translated where
    shown (a question's label is the form's, as given)."""
    value = answer.value
    words: str = Word("(nothing)") if value in (None, "") else (
        Word("yes" if value else "no") if isinstance(value, bool) else f'"{value}"')
    return Message("%1 (yet to clarify)", words) if answer.yet_to_clarify else words


def _merged(mine: Any, was: Any, now: Any) -> tuple[bool, Any]:
    """(clash?, what to store) for one part of an answer the editor read as ``was``."""
    if mine == was or now == mine:
        return False, now
    return now != was, mine


def save_answers(session: Session, stage_id: str, values: Mapping[str, Any], *,
                 today: dt.date, clarify: Mapping[str, bool] | None = None,
                 base: Mapping[str, Answer] | None = None) -> AssessmentStage:
    """Set answers (key -> value; None clears) and "yet to clarify" flags, all or nothing.

    ``base`` (an editor's save): each answer saved as the editor last read or saved it. A
    part of an answer (its value, its flag) the editor left as it was keeps what is stored
    now; one it changed is written only if the store still holds what the editor read (or
    holds what it writes). Otherwise the answer was changed elsewhere meanwhile (on another
    laptop, arrived by sync): :class:`AnswersChangedElsewhere`, and nothing is saved --
    never silently over the other text. Without ``base`` the values are simply written."""
    stage = get_stage(session, stage_id)
    check_editable(session, stage)
    form = forms.load(stage.form_version)
    clarify = dict(clarify or {})
    e = Errors()
    cleaned: dict[str, Any] = {}
    for key in sorted(set(values) | set(clarify)):
        q = form.question(key)
        if q is None:
            e.add(key, "'%1' is not a question on assessment form version %2.", key,
                  stage.form_version)
            continue
        if key in values:
            try:
                cleaned[key] = forms.clean_value(q, values[key])
            except ValidationError as err:
                for field, message in err.errors.items():
                    e.add(field, message)
        if clarify.get(key) and not q.yet_to_clarify:
            e.add(key, "'%1' cannot be left as 'yet to clarify'.", q.label)
    e.raise_if_any()
    rows = answers(session, stage.id)
    if base is not None:
        cleaned, clarify = _onto_stored(form, rows, cleaned, clarify, base)
    for key in sorted(set(cleaned) | set(clarify)):
        row = rows.get(key)
        if row is None:
            row = AssessmentAnswer(child_id=stage.child_id, stage_id=stage.id,
                                   question_key=key, as_at=today, yet_to_clarify=False,
                                   changed=False)
            session.add(row)
            rows[key] = row
        before = (row.value, row.yet_to_clarify)
        if key in cleaned:
            row.value = None if cleaned[key] is None else json.dumps(
                cleaned[key], sort_keys=True, ensure_ascii=False)
        if key in clarify:
            row.yet_to_clarify = bool(clarify[key])
        if (row.value, row.yet_to_clarify) != before:
            row.as_at = today
            if row.carried_forward_from is not None:
                row.changed = True
    _mirror_columns(stage, form, values_of(rows))
    if stage.status == StageStatus.RETURNED:
        stage.status = StageStatus.DRAFT
    session.flush()
    return stage


def _onto_stored(form: FormDefinition, rows: Mapping[str, AssessmentAnswer],
                 cleaned: dict[str, Any], clarify: dict[str, bool],
                 base: Mapping[str, Answer]) -> tuple[dict[str, Any], dict[str, bool]]:
    """The editor's answers merged onto what is stored now (see :func:`save_answers`)."""
    stored = stored_answers(rows)
    values: dict[str, Any] = {}
    flags: dict[str, bool] = {}
    clashes: dict[str, Answer] = {}
    for key in sorted(set(cleaned) | set(clarify)):
        now, was = stored.get(key, Answer()), base.get(key, Answer())
        clash_v, value = _merged(cleaned.get(key, was.value), was.value, now.value)
        clash_c, flag = _merged(bool(clarify.get(key, was.yet_to_clarify)),
                                bool(was.yet_to_clarify), now.yet_to_clarify)
        if clash_v or clash_c:
            clashes[key] = now
        elif Answer(value, flag) != now:  # (as stored already: nothing to write)
            values[key], flags[key] = value, flag
    if clashes:
        raise AnswersChangedElsewhere(clashes, {
            key: q.label for key in clashes if (q := form.question(key)) is not None})
    return values, flags


def as_stored(session: Session, stage_id: str, values: Mapping[str, Any],
              clarify: Mapping[str, bool], base: Mapping[str, Answer]) -> dict[str, Answer]:
    """The answers of an editor's save as the save stored them: the base of its next save
    (an answer's value as cleaned; a part not sent, as in ``base``)."""
    form = forms.load(get_stage(session, stage_id).form_version)
    out: dict[str, Answer] = {}
    for key in set(values) | set(clarify):
        q, was = form.question(key), base.get(key, Answer())
        value = forms.clean_value(q, values[key]) if q is not None and key in values \
            else was.value
        out[key] = Answer(value, bool(clarify.get(key, was.yet_to_clarify)))
    return out


def _mirror_columns(stage: AssessmentStage, form: FormDefinition,
                    vals: Mapping[str, Any]) -> None:
    for q in form.column_questions():
        assert q.column is not None
        setattr(stage, q.column, vals.get(q.key))


def upgrade_form(session: Session, stage_id: str) -> bool:
    """Move an editable stage to the current form version; True if it changed.

    Answers to questions the new version dropped are kept (and shown as from an earlier
    form version); nothing is lost.
    """
    stage = get_stage(session, stage_id)
    current = forms.current_version()
    if stage.form_version >= current:
        return False
    check_editable(session, stage)
    stage.form_version = current
    _mirror_columns(stage, forms.load(current), values_of(answers(session, stage.id)))
    log_event(session, stage, StageEvent.FORM_UPGRADED, f"to form version {current}")
    session.flush()
    return True


def start_review(session: Session, previous_stage_id: str, *, today: dt.date,
                 stage_type: str = "review") -> AssessmentStage:
    """A new stage that carries forward every answer of a countersigned stage."""
    prev = get_stage(session, previous_stage_id)
    if prev.status != StageStatus.COUNTERSIGNED:
        raise WorkflowError("Only a countersigned assessment can be carried forward.")
    stage = create_stage(session, prev.child_id, prev.disposal_id, stage_type, today=today,
                         prefill=False)
    stage.previous_stage_id = prev.id
    for key, row in answers(session, prev.id).items():
        session.add(AssessmentAnswer(
            child_id=prev.child_id, stage_id=stage.id, question_key=key, value=row.value,
            yet_to_clarify=row.yet_to_clarify, as_at=row.as_at,
            carried_forward_from=row.carried_forward_from or prev.id, changed=False))
    session.flush()
    _mirror_columns(stage, forms.load(stage.form_version), values_of(answers(session, stage.id)))
    session.flush()
    from yjdesk.services.pathways.records import prefill_stage

    prefill_stage(session, stage.id, today)
    return stage


@dataclass(frozen=True)
class Change:
    key: str
    label: str
    section: str
    before: Any
    after: Any


def changes_since_previous(session: Session, stage_id: str) -> list[Change]:
    """What this stage says differently from the stage it carried forward."""
    stage = get_stage(session, stage_id)
    if stage.previous_stage_id is None:
        return []
    form = forms.load(stage.form_version)
    old_form = forms.load(get_stage(session, stage.previous_stage_id).form_version)
    now = values_of(answers(session, stage.id))
    then = values_of(answers(session, stage.previous_stage_id))
    out: list[Change] = []
    order = {q.key: i for i, q in enumerate(q for s in form.sections for q in s.questions)}
    for key in sorted(set(now) | set(then), key=lambda k: (order.get(k, 10**6), k)):
        if now.get(key) != then.get(key):
            q = form.question(key) or old_form.question(key)
            out.append(Change(key, q.label if q else key, q.section if q else "",
                              then.get(key), now.get(key)))
    return out
