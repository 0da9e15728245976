"""Plans ("My targets"): targets in three areas, contingency plans, external controls.

Proportionality rule (decisions.md): the sessions a plan asks for must fit the time left on
the disposal at the intervention level's pace. Capacity = weeks from the plan's start to the
disposal's end (or, without an end date, its legal maximum length) x
``contacts.contacts_per_week[level]``, rounded down; more planned sessions than that gives a
warning (not an error: the plan still saves, and the practitioner sees why it may be
disproportionate).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import Message, ValidationError, WorkflowError
from yjdesk.models.base import not_deleted
from yjdesk.models.casework import Plan, PlanTarget
from yjdesk.models.justice import Disposal
from yjdesk.models.statuses import PlanStatus, TargetStatus
from yjdesk.services.casework.levels import intervention_level
from yjdesk.services.children import get_child
from yjdesk.services.codes import codelist
from yjdesk.services.fetch import fetch_live
from yjdesk.services.policy import current_policy
from yjdesk.services.validation import Errors
from yjdesk.services.victims.planning import has_identified_victim, plan_problem

AREAS = ("desistance", "safety_wellbeing", "others_safety")


@dataclass
class TargetInput:
    area: str
    description: str
    owner: str
    child_words: str | None = None
    planned_sessions: int = 0
    sequence: int = 1
    status: str = TargetStatus.OPEN
    id: str | None = None


@dataclass
class PlanInput:
    start_date: dt.date | None
    targets: list[TargetInput] = field(default_factory=list)
    disposal_id: str | None = None
    assessment_stage_id: str | None = None
    child_words: str | None = None
    contingency_wellbeing: str | None = None
    contingency_others: str | None = None
    victim_safety: str | None = None
    control_curfew: bool = False
    control_exclusion: bool = False
    control_police_links: bool = False
    external_controls: str | None = None


@dataclass(frozen=True)
class PlanResult:
    plan: Plan
    warnings: list[str]


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def validate_plan(session: Session, child_id: str, data: PlanInput) -> None:
    get_child(session, child_id, audit_view=False)
    e = Errors()
    if data.start_date is None:
        e.add("start_date", "The plan's start date is required.")
    if data.disposal_id is not None:
        disposal = session.get(Disposal, data.disposal_id)
        if disposal is None or disposal.child_id != child_id:
            e.add("disposal_id", "The disposal is not this child's.")
    if not data.targets:
        e.add("targets", "A plan needs at least one target.")
    e.require("contingency_wellbeing", _text(data.contingency_wellbeing),
              "A contingency plan for the child's safety and wellbeing")
    e.require("contingency_others", _text(data.contingency_others),
              "A contingency plan for keeping other people safe")
    victim = plan_problem(has_identified_victim(session, child_id), data.victim_safety)
    if victim:
        e.add("victim_safety", victim)
    if (data.control_curfew or data.control_exclusion or data.control_police_links) \
            and not _text(data.external_controls):
        e.add("external_controls", "Describe the external controls ticked.")
    for i, t in enumerate(data.targets):
        problem = target_problem(t)
        if problem is not None:
            e.add(f"targets[{i}]", problem[1])
    e.raise_if_any()


def target_problem(t: TargetInput) -> tuple[str, str] | None:
    """A target's first problem as (field, message), or None (also run on a pushed target,
    ``services.record_rules``)."""
    if t.area not in codelist("plan_area"):
        return "area", Message("'%1' is not a known plan area.", t.area)
    if not t.description.strip():
        return "description", Message("Each target needs a description.")
    if not t.owner.strip():
        return "owner", Message("Each target needs an owner (who will do it).")
    if t.planned_sessions < 0 or t.sequence < 1:
        return "planned_sessions", Message("Sessions cannot be negative and the sequence "
                                           "starts at 1.")
    if t.status not in codelist("target_status"):
        return "status", Message("'%1' is not a known target status.", t.status)
    return None


def disposal_for(session: Session, child_id: str, disposal_id: str | None) -> Disposal | None:
    if disposal_id:
        return session.get(Disposal, disposal_id)
    return session.scalars(select(Disposal).where(
        Disposal.child_id == child_id, not_deleted(Disposal),
        Disposal.outcome == "ongoing").order_by(Disposal.start_date.desc())).first()


@dataclass(frozen=True)
class Capacity:
    """How many sessions fit between the plan's start and the disposal's end, and why."""

    #: The sessions that fit (the weeks left x the level's pace, rounded down).
    sessions: int
    #: The weeks left on the disposal, to the nearest week.
    weeks: int
    #: The disposal's kind (a ``disposal_type`` code).
    disposal_type: str
    #: The child's intervention level ("standard", "out_of_court", ...).
    level: str
    #: Contacts a week at that level (policy ``contacts.contacts_per_week``).
    per_week: float

    @property
    def text(self) -> str:
        """The window in English: "13 weeks left on the youth conditional caution at the
        out of court level (0.5 a week)"."""
        label = codelist("disposal_type").label(self.disposal_type).lower()
        weeks = "week" if self.weeks == 1 else "weeks"
        return (f"{self.weeks} {weeks} left on the {label} at the "
                f"{self.level.replace('_', ' ')} level ({self.per_week:g} a week)")


def session_capacity(session: Session, child_id: str, disposal: Disposal | None,
                     start: dt.date) -> Capacity | None:
    """How many sessions fit, and the window they fit in; None if no end is known."""
    if disposal is None:
        return None
    end = disposal.end_date
    if end is None:
        kind = codelist("disposal_type").get(disposal.disposal_type)
        months = kind.extra.get("max_months") if kind else None
        if not months:
            return None
        end = disposal.start_date + relativedelta(months=int(months))
    begin = max(start, disposal.start_date)
    weeks = max(0, (end - begin).days) / 7
    level = intervention_level(session, child_id)
    per_week = float(current_policy().contacts.contacts_per_week
                     .get(level, 0.5))
    return Capacity(math.floor(weeks * per_week), round(weeks), disposal.disposal_type,
                    level, per_week)


#: The kinds of plan warning (:attr:`PlanWarning.kind`).
NO_TARGET, TOO_MANY_SESSIONS, SAME_SEQUENCE = "no_target", "too_many_sessions", "same_sequence"


@dataclass(frozen=True)
class PlanWarning:
    """One proportionality or coverage warning, in parts: the plan tab words it in the
    person's language; :attr:`text` is its English (:attr:`PlanResult.warnings`)."""

    kind: str
    #: NO_TARGET: the plan area (a ``plan_area`` code) with no open target.
    area: str = ""
    #: TOO_MANY_SESSIONS: the sessions the open targets plan, and what fits.
    planned: int = 0
    capacity: Capacity | None = None

    @property
    def text(self) -> str:
        if self.kind == NO_TARGET:
            return f"No open target for {codelist('plan_area').label(self.area).lower()}."
        if self.kind == TOO_MANY_SESSIONS:
            assert self.capacity is not None
            planned = f"{self.planned} session is" if self.planned == 1 else \
                f"{self.planned} sessions are"
            return (f"{planned} planned but only about {self.capacity.sessions} fit: "
                    f"{self.capacity.text}. Is the plan proportionate to the disposal?")
        return "All targets have the same place in the sequence; say what comes first."


def plan_warnings(session: Session, child_id: str, data: PlanInput) -> list[PlanWarning]:
    """Proportionality and coverage warnings; the plan saves regardless."""
    out: list[PlanWarning] = []
    covered = {t.area for t in data.targets if t.status == TargetStatus.OPEN}
    out.extend(PlanWarning(NO_TARGET, area=area) for area in AREAS if area not in covered)
    if data.start_date is not None:
        planned = sum(t.planned_sessions for t in data.targets if t.status == TargetStatus.OPEN)
        disposal = disposal_for(session, child_id, data.disposal_id)
        cap = session_capacity(session, child_id, disposal, data.start_date)
        if cap is not None and planned > cap.sessions:
            out.append(PlanWarning(TOO_MANY_SESSIONS, planned=planned, capacity=cap))
    sequences = [t.sequence for t in data.targets if t.status == TargetStatus.OPEN]
    if len(sequences) > 1 and len(set(sequences)) == 1:
        out.append(PlanWarning(SAME_SEQUENCE))
    return out


def warnings_for(session: Session, child_id: str, data: PlanInput) -> list[str]:
    """:func:`plan_warnings` in English."""
    return [w.text for w in plan_warnings(session, child_id, data)]


def _apply(plan: Plan, data: PlanInput) -> None:
    plan.start_date = data.start_date  # type: ignore[assignment]
    plan.disposal_id = data.disposal_id
    plan.assessment_stage_id = data.assessment_stage_id
    plan.child_words = _text(data.child_words)
    plan.contingency_wellbeing = _text(data.contingency_wellbeing)
    plan.contingency_others = _text(data.contingency_others)
    plan.victim_safety = _text(data.victim_safety)
    plan.control_curfew = data.control_curfew
    plan.control_exclusion = data.control_exclusion
    plan.control_police_links = data.control_police_links
    plan.external_controls = _text(data.external_controls)


def _write_targets(session: Session, plan: Plan, targets: list[TargetInput]) -> None:
    existing = {t.id: t for t in plan_targets(session, plan.id)}
    keep: set[str] = set()
    for t in targets:
        row = existing.get(t.id) if t.id else None
        if t.id and row is None:
            raise ValidationError({"targets": "A target is not on this plan."})
        if row is None:
            row = PlanTarget(child_id=plan.child_id, plan_id=plan.id)
            session.add(row)
        row.area, row.description, row.owner = t.area, t.description.strip(), t.owner.strip()
        row.child_words = _text(t.child_words)
        row.planned_sessions, row.sequence, row.status = t.planned_sessions, t.sequence, t.status
        if t.id:
            keep.add(t.id)
    for tid, row in existing.items():
        if tid not in keep:
            row.deleted = True


def create_plan(session: Session, child_id: str, data: PlanInput) -> PlanResult:
    validate_plan(session, child_id, data)
    if current_plan(session, child_id) is not None:
        raise WorkflowError("The child already has an active plan: change it through a review.")
    plan = Plan(child_id=child_id, status=PlanStatus.ACTIVE, version=1)
    _apply(plan, data)
    session.add(plan)
    session.flush()
    _write_targets(session, plan, data.targets)
    session.flush()
    return PlanResult(plan, warnings_for(session, child_id, data))


def update_plan(session: Session, plan_id: str, data: PlanInput) -> PlanResult:
    """Change the plan (a review does this); the version goes up by one."""
    plan = get_plan(session, plan_id)
    if plan.status != PlanStatus.ACTIVE:
        raise WorkflowError("A closed plan cannot be changed.")
    validate_plan(session, plan.child_id, data)
    _apply(plan, data)
    _write_targets(session, plan, data.targets)
    plan.version += 1
    session.flush()
    return PlanResult(plan, warnings_for(session, plan.child_id, data))


def get_plan(session: Session, plan_id: str) -> Plan:
    plan = fetch_live(session, Plan, plan_id, "No such plan.")
    return plan


def current_plan(session: Session, child_id: str) -> Plan | None:
    return session.scalars(select(Plan).where(
        Plan.child_id == child_id, not_deleted(Plan), Plan.status == PlanStatus.ACTIVE)
        .order_by(Plan.start_date.desc())).first()


def plan_targets(session: Session, plan_id: str) -> list[PlanTarget]:
    return list(session.scalars(select(PlanTarget).where(
        PlanTarget.plan_id == plan_id, not_deleted(PlanTarget))
        .order_by(PlanTarget.sequence, PlanTarget.area)))


def plan_input(session: Session, plan: Plan) -> PlanInput:
    """The plan as an input, to edit and pass back (e.g. in a review)."""
    return PlanInput(
        start_date=plan.start_date, disposal_id=plan.disposal_id,
        assessment_stage_id=plan.assessment_stage_id, child_words=plan.child_words,
        contingency_wellbeing=plan.contingency_wellbeing,
        contingency_others=plan.contingency_others, victim_safety=plan.victim_safety,
        control_curfew=plan.control_curfew, control_exclusion=plan.control_exclusion,
        control_police_links=plan.control_police_links,
        external_controls=plan.external_controls,
        targets=[TargetInput(area=t.area, description=t.description, owner=t.owner,
                             child_words=t.child_words, planned_sessions=t.planned_sessions,
                             sequence=t.sequence, status=t.status, id=t.id)
                 for t in plan_targets(session, plan.id)])


def _canonical(data: PlanInput) -> tuple[object, ...]:
    """The plan's content with blank text treated as missing, targets in a fixed order."""
    targets = sorted(
        (t.id or "", t.area, t.description.strip(), t.owner.strip(), _text(t.child_words),
         t.planned_sessions, t.sequence, t.status) for t in data.targets)
    return (data.start_date, data.disposal_id, data.assessment_stage_id,
            _text(data.child_words), _text(data.contingency_wellbeing),
            _text(data.contingency_others), _text(data.victim_safety), data.control_curfew,
            data.control_exclusion, data.control_police_links, _text(data.external_controls),
            tuple(targets))


def plan_differs(session: Session, plan: Plan, data: PlanInput) -> bool:
    """Would saving ``data`` change the plan? (Whitespace-only differences do not count.)"""
    return _canonical(plan_input(session, plan)) != _canonical(data)
