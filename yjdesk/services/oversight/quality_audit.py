"""Quality audits: a manager scores a case against the HMIP inspection questions, with the
evidence for each score; results roll up to team and service level and go back to the
practitioner, who acknowledges the feedback (seed 3.8, section 5).

Questions: assessment, planning, implementation and delivery, and reviewing, each asking
about (1) desistance, (2) keeping the child safe and (3) keeping other people safe.
Out-of-court cases add: were the recommendations well-informed, and did the team work with
the police to implement the disposal (HMIP 3.4.1 and 3.4.2).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from yjdesk.errors import NotFound, PermissionDenied, ValidationError, WorkflowError
from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.org import UserAccount
from yjdesk.models.oversight import QualityAudit, QualityAuditAnswer
from yjdesk.models.statuses import AuditStatus
from yjdesk.services.fetch import fetch_live
from yjdesk.services.oversight.sync_rules import AUDITS_BY_MANAGERS, MANAGERS
from yjdesk.services.uow import actor_of
from yjdesk.services.validation import Errors

AUDITORS = MANAGERS  # (oversight sync_rules: the laptop and the push path)
SCORES = {"sufficient": "Sufficient", "insufficient": "Insufficient",
          "not_applicable": "Not applicable"}
CASE_TYPES = {"court": "Court disposal", "out_of_court": "Out-of-court disposal"}
STAGES = (("assessment", "Assessment", "Does assessment sufficiently analyse how to"),
          ("planning", "Planning", "Does planning focus sufficiently on"),
          ("delivery", "Implementation and delivery",
           "Does the implementation and delivery of services effectively support"),
          ("review", "Reviewing", "Does reviewing focus sufficiently on"))
LENSES = (("desistance", "the child's desistance"),
          ("child_safety", "keeping the child safe"),
          ("others_safety", "keeping other people safe"))
#: After "analyse how to" the lens reads as a verb ("how to keep the child safe").
_AFTER_HOW_TO = {"desistance": "support the child's desistance",
                 "child_safety": "keep the child safe",
                 "others_safety": "keep other people safe"}


@dataclass(frozen=True)
class Question:
    code: str
    heading: str
    text: str
    out_of_court_only: bool = False


_CORE: tuple[Question, ...] = tuple(
    Question(f"{stage}.{lens}", heading,
             f"{lead} {_AFTER_HOW_TO[lens] if lead.endswith(' how to') else about}?")
    for stage, heading, lead in STAGES for lens, about in LENSES)
QUESTIONS: tuple[Question, ...] = (
    *_CORE,
    Question("ooc.recommendation", "Joint working",
             "Are the YJS's recommendations sufficiently well-informed, analytical and "
             "personalised to the child, supporting joint decision-making?", True),
    Question("ooc.police", "Joint working",
             "Does the YJS work effectively with the police in implementing the "
             "out-of-court disposal?", True),
)


def questions_for(case_type: str) -> list[Question]:
    if case_type not in CASE_TYPES:
        raise ValidationError({"case_type": "Choose a court or an out-of-court case."})
    return [q for q in QUESTIONS if case_type == "out_of_court" or not q.out_of_court_only]


@dataclass
class AuditInput:
    case_type: str
    audited_on: dt.date | None
    practitioner_id: str | None
    #: question code -> (score, evidence)
    answers: dict[str, tuple[str, str]] = field(default_factory=dict)
    feedback: str = ""


def check_audit(session: Session, data: AuditInput, complete: bool, today: dt.date) -> None:
    """The audit form's checks (also run on a pushed audit and its answers,
    ``services.record_rules``)."""
    e = Errors()
    if data.case_type not in CASE_TYPES:
        e.add("case_type", "Choose a court or an out-of-court case.")
        e.raise_if_any()
    if data.audited_on is None:
        e.add("audited_on", "The audit date is required.")
    elif data.audited_on > today:
        e.add("audited_on", "The audit date cannot be in the future.")
    if data.practitioner_id and session.get(UserAccount, data.practitioner_id) is None:
        e.add("practitioner_id", "Unknown practitioner.")
    wanted = {q.code for q in questions_for(data.case_type)}
    for code, (score, evidence) in data.answers.items():
        if code not in wanted:
            e.add(code, "This question is not asked of this kind of case.")
        elif score not in SCORES:
            e.add(code, "Score sufficient, insufficient or not applicable.")
        elif complete and score != "not_applicable" and not evidence.strip():
            e.add(code, "Give the evidence for this score.")
    if complete:
        for code in sorted(wanted - set(data.answers)):
            e.add(code, "Score every question before completing the audit.")
        if not data.feedback.strip():
            e.add("feedback", "Write the feedback for the practitioner.")
        if not data.practitioner_id:
            e.add("practitioner_id", "Say whose work was audited.")
    e.raise_if_any()


def save(session: Session, child_id: str, data: AuditInput, today: dt.date, *,
         audit_id: str | None = None, complete: bool = False) -> QualityAudit:
    """Create or update a draft audit; ``complete`` checks every question is scored with
    evidence and locks it."""
    actor = actor_of(session)
    if actor.role not in AUDITORS:
        raise PermissionDenied(AUDITS_BY_MANAGERS)
    child = fetch_live(session, Child, child_id, "This child's record is not on this laptop.")
    if not data.practitioner_id:
        data.practitioner_id = child.case_manager_id
    check_audit(session, data, complete, today)
    assert data.audited_on is not None
    if audit_id:
        row = session.get(QualityAudit, audit_id)
        if row is None or row.deleted or row.child_id != child_id:
            raise NotFound("No such audit.")
        if row.status == AuditStatus.COMPLETE:
            raise WorkflowError("A completed audit cannot be changed.")
    else:
        row = QualityAudit(child_id=child_id, auditor_id=actor.user_id)
        session.add(row)
    row.case_type = data.case_type
    row.audited_on = data.audited_on
    row.practitioner_id = data.practitioner_id
    row.team_id = child.team_id
    row.feedback = data.feedback.strip() or None
    row.status = AuditStatus.COMPLETE if complete else AuditStatus.DRAFT
    session.flush()
    existing = {a.question: a for a in session.scalars(select(QualityAuditAnswer).where(
        QualityAuditAnswer.audit_id == row.id, not_deleted(QualityAuditAnswer)))}
    for code, (score, evidence) in data.answers.items():
        ans = existing.pop(code, None)
        if ans is None:
            ans = QualityAuditAnswer(child_id=child_id, audit_id=row.id, question=code)
            session.add(ans)
        ans.score = score
        ans.evidence = evidence.strip() or None
    for stale in existing.values():
        stale.deleted = True
    session.flush()
    return row


def acknowledge(session: Session, audit_id: str, today: dt.date,
                response: str = "") -> QualityAudit:
    """The audited practitioner acknowledges the feedback (optionally replying)."""
    actor = actor_of(session)
    row = fetch_live(session, QualityAudit, audit_id, "No such audit.")
    if row.status != AuditStatus.COMPLETE:
        raise WorkflowError("The audit has not been completed yet.")
    if actor.user_id != row.practitioner_id:
        raise PermissionDenied("Only the practitioner whose work was audited acknowledges "
                               "the feedback.")
    row.acknowledged = True
    row.acknowledged_on = today
    row.practitioner_response = response.strip() or None
    session.flush()
    return row


@dataclass(frozen=True)
class RollupRow:
    question: Question
    sufficient: int
    insufficient: int
    not_applicable: int

    @property
    def scored(self) -> int:
        return self.sufficient + self.insufficient

    @property
    def percent_sufficient(self) -> float | None:
        return 100.0 * self.sufficient / self.scored if self.scored else None


def rollup(session: Session, start: dt.date, end: dt.date,
           team_id: str | None = None) -> tuple[int, list[RollupRow]]:
    """Completed audits in the period (one team, or the whole service): how many, and per
    question the count of each score ("% yes" as the inspectorate reports it)."""
    if end < start:
        raise ValidationError({"end": "The period cannot end before it starts."})
    where = [not_deleted(QualityAudit), QualityAudit.status == AuditStatus.COMPLETE,
             QualityAudit.audited_on.between(start, end)]
    if team_id:
        where.append(QualityAudit.team_id == team_id)
    audits = int(session.scalar(select(func.count()).select_from(QualityAudit)
                                .where(*where)) or 0)
    got: dict[str, tuple[int, int, int]] = {}
    for code, s, i, n in session.execute(
            select(QualityAuditAnswer.question,
                   *(func.sum(case((QualityAuditAnswer.score == k, 1), else_=0))
                     for k in SCORES))
            .join(QualityAudit, and_(QualityAudit.id == QualityAuditAnswer.audit_id))
            .where(not_deleted(QualityAuditAnswer), *where)
            .group_by(QualityAuditAnswer.question)):
        got[str(code)] = (int(s or 0), int(i or 0), int(n or 0))
    return audits, [RollupRow(q, *got.get(q.code, (0, 0, 0))) for q in QUESTIONS]


@dataclass(frozen=True)
class AuditSummary:
    id: str
    child_id: str
    child_name: str
    audited_on: dt.date
    case_type: str
    auditor: str
    #: The audited practitioner's name; None: none (the view says "Unallocated").
    practitioner: str | None
    status: str
    sufficient: int
    scored: int
    feedback: str
    acknowledged: bool
    practitioner_response: str


def summaries(session: Session, *, child_id: str | None = None,
              practitioner_id: str | None = None,
              team_id: str | None = None) -> list[AuditSummary]:
    """Audits, newest first, filtered by child, practitioner (their feedback) or team."""
    users = {str(i): str(n) for i, n in session.execute(
        select(UserAccount.id, UserAccount.display_name))}
    stmt = (select(QualityAudit, Child.given_name, Child.family_name)
            .join(Child, Child.id == QualityAudit.child_id)
            .where(not_deleted(QualityAudit)))
    if child_id:
        stmt = stmt.where(QualityAudit.child_id == child_id)
    if practitioner_id:
        stmt = stmt.where(QualityAudit.practitioner_id == practitioner_id)
    if team_id:
        stmt = stmt.where(QualityAudit.team_id == team_id)
    scores: dict[str, tuple[int, int]] = {}
    for audit_id, s, n in session.execute(
            select(QualityAuditAnswer.audit_id,
                   func.sum(case((QualityAuditAnswer.score == "sufficient", 1), else_=0)),
                   func.sum(case((QualityAuditAnswer.score != "not_applicable", 1), else_=0)))
            .where(not_deleted(QualityAuditAnswer))
            .group_by(QualityAuditAnswer.audit_id)):
        scores[str(audit_id)] = (int(s or 0), int(n or 0))
    out = []
    for a, given, family in session.execute(stmt.order_by(QualityAudit.audited_on.desc())):
        s, n = scores.get(a.id, (0, 0))
        out.append(AuditSummary(a.id, a.child_id, f"{given} {family}", a.audited_on,
                                a.case_type, users.get(a.auditor_id, "?"),
                                users.get(a.practitioner_id or ""), a.status,
                                s, n, a.feedback or "", a.acknowledged,
                                a.practitioner_response or ""))
    return out


def answers(session: Session, audit_id: str) -> dict[str, tuple[str, str]]:
    return {a.question: (a.score, a.evidence or "") for a in session.scalars(
        select(QualityAuditAnswer).where(QualityAuditAnswer.audit_id == audit_id,
                                         not_deleted(QualityAuditAnswer)))}
