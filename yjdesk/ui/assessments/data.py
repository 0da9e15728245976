"""Plain snapshots of assessment data for the screens (built on the database worker).

Nothing here imports Qt; the screens receive these dataclasses, never ORM objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from yjdesk.errors import YjdeskError
from yjdesk.models.child import Child
from yjdesk.models.org import Role, UserAccount
from yjdesk.models.statuses import StageStatus
from yjdesk.services import justice
from yjdesk.services.assessments import forms, signing, stages
from yjdesk.services.assessments.quality import Problem
from yjdesk.services.audit import record_view
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import date_text
from yjdesk.services.uow import actor_of


@dataclass
class StageView:
    id: str
    child_id: str
    child_name: str
    stage_type: str
    status: str
    form_version: int
    started_on: dt.date
    due_on: dt.date
    author: str
    author_id: str
    submitted_at: dt.datetime | None
    countersign_due_on: dt.date | None
    countersigned_by: str | None
    countersigned_at: dt.datetime | None
    content_hash: str | None
    previous_stage_id: str | None
    editable: bool
    can_sign: bool
    values: dict[str, Any] = field(default_factory=dict)
    clarify: set[str] = field(default_factory=set)
    as_at: dict[str, dt.date] = field(default_factory=dict)
    carried: dict[str, bool] = field(default_factory=dict)  # key -> changed since carried
    orphans: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    events: list[tuple[str, str, dt.datetime, str]] = field(default_factory=list)
    previous: dict[str, Any] = field(default_factory=dict)

    @property
    def form(self) -> forms.FormDefinition:
        return forms.load(self.form_version)

    @property
    def last_return_comment(self) -> str:
        returns = [e for e in self.events if e[0] == StageStatus.RETURNED]
        return returns[-1][3] if returns and self.status == StageStatus.RETURNED else ""


def _name(session: Session, user_id: str | None) -> str:
    user = session.get(UserAccount, user_id) if user_id else None
    return user.display_name if user else ""


def load_stage(session: Session, stage_id: str, *, upgrade: bool = True) -> StageView:
    """Everything the editor or the read-only view needs; an editable draft is moved to the
    current form version first (nothing is lost)."""
    actor = actor_of(session)
    st = stages.get_stage(session, stage_id)
    editable = True
    try:
        stages.check_editable(session, st)
    except YjdeskError:
        editable = False
    if editable and upgrade:
        stages.upgrade_form(session, st.id)
    child = session.get(Child, st.child_id)
    record_view(session, st.child_id, "assessment_stage")
    rows = stages.answers(session, st.id)
    vals = stages.values_of(rows)
    form = forms.load(st.form_version)
    can_sign = (st.status == StageStatus.SUBMITTED and actor.role == Role.TEAM_MANAGER
                and child is not None and child.team_id == actor.team_id
                and actor.user_id not in (st.author_id, st.submitted_by))
    view = StageView(
        id=st.id, child_id=st.child_id, child_name=child.display_name if child else "",
        stage_type=st.stage_type, status=st.status, form_version=st.form_version,
        started_on=st.started_on, due_on=st.due_on, author=_name(session, st.author_id),
        author_id=st.author_id, submitted_at=st.submitted_at,
        countersign_due_on=st.countersign_due_on,
        countersigned_by=_name(session, st.countersigned_by) or None,
        countersigned_at=st.countersigned_at, content_hash=st.content_hash,
        previous_stage_id=st.previous_stage_id, editable=editable, can_sign=can_sign,
        values={k: v for k, v in vals.items() if form.question(k) is not None},
        clarify={k for k, a in rows.items() if a.yet_to_clarify},
        as_at={k: a.as_at for k, a in rows.items()},
        carried={k: a.changed for k, a in rows.items() if a.carried_forward_from},
        orphans={k: v for k, v in vals.items() if form.question(k) is None},
        problems=(signing.check_stage(session, st.id)
                  if st.status != StageStatus.COUNTERSIGNED else []),
        events=[(e.action, _name(session, e.user_id), e.at, e.comment or "")
                for e in stages.events(session, st.id)],
    )
    if st.previous_stage_id:
        view.previous = stages.values_of(stages.answers(session, st.previous_stage_id))
    return view


@dataclass(frozen=True)
class Intervention:
    """The disposal a stage assesses: its type's label (English; the screen shows it in the
    person's language) and its start date."""

    kind: str
    start: str


@dataclass
class StageRow:
    id: str
    stage_type: str
    status: str
    started_on: dt.date
    due_on: dt.date
    countersigned_at: dt.datetime | None
    intervention: Intervention | None


@dataclass
class ChildAssessments:
    rows: list[StageRow]
    interventions: list[tuple[str, Intervention]]  # disposal id, its words
    can_write: bool


def child_assessments(session: Session, child_id: str) -> ChildAssessments:
    labels = {d.id: Intervention(codelist("disposal_type").label(d.disposal_type),
                                 date_text(d.start_date))
              for d in justice.disposals(session, child_id)}
    rows = [StageRow(s.id, s.stage_type, s.status, s.started_on, s.due_on,
                     s.countersigned_at, labels.get(s.disposal_id))
            for s in stages.stages_for_child(session, child_id)]
    actor = actor_of(session)
    return ChildAssessments(rows, list(labels.items()), actor.role in stages.AUTHOR_ROLES)


def save_and_check(session: Session, stage_id: str, values: dict[str, Any],
                   clarify: dict[str, bool], today: dt.date,
                   base: dict[str, stages.Answer] | None = None
                   ) -> tuple[list[Problem], dict[str, stages.Answer]]:
    """Save an editor's changed answers and check the stage: its problems, and the answers
    as saved (the base of the editor's next save). ``base``: each answer as the editor
    last read or saved it; one changed elsewhere since is refused, not written over
    (:class:`stages.AnswersChangedElsewhere`)."""
    saved: dict[str, stages.Answer] = {}
    if values or clarify:
        stages.save_answers(session, stage_id, values, clarify=clarify, today=today,
                            base=base)
        saved = stages.as_stored(session, stage_id, values, clarify, base or {})
    return signing.check_stage(session, stage_id), saved
