"""What the quarterly return reads: the children with activity in the quarter and, per
part, their records as plain facts (the item names of the data-item file), streamed in
batches so a national service never sits in memory at once.

A child is in the return when in the quarter they had an intervention or outcome open, an
offence, an assessment completed, or a transfer in or out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import CompoundSelect, Select, and_, func, or_, select, text, union
from sqlalchemy.orm import Session, aliased

from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.base import not_deleted
from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal, DisposalRequirement, Offence
from yjdesk.models.org import Team, UserAccount
from yjdesk.models.statuses import StageStatus
from yjdesk.services.oversight.kpi.base import Period, intervention_types
from yjdesk.services.oversight.kpi.definitions import definition

BATCH = 5000
DONE = (StageStatus.SUBMITTED, StageStatus.COUNTERSIGNED)
REMAND = ("remand_la", "remand_yda")
#: Child record tab where each part's facts are corrected (the "link to fix it").
FIX_TAB = {"children": "overview", "offences": "justice", "outcomes": "justice",
           "interventions": "justice", "custody": "justice", "assessments": "assessments"}

Record = dict[str, Any]


UK = ZoneInfo("Europe/London")


def _uk_midnight(day: dt.date) -> dt.datetime:
    """The start of a UK day, as the aware UTC time the store compares with."""
    return dt.datetime.combine(day, dt.time(), tzinfo=UK).astimezone(dt.UTC)


def _day_after(q: Period) -> dt.datetime:
    return _uk_midnight(q.end + dt.timedelta(days=1))


def _completed_at() -> Any:
    return func.coalesce(AssessmentStage.countersigned_at, AssessmentStage.submitted_at)


def _open_in(q: Period) -> Any:
    ended = func.coalesce(Disposal.outcome_date, Disposal.end_date)
    return and_(not_deleted(Disposal), Disposal.start_date <= q.end,
                or_(Disposal.outcome == "ongoing", ended.is_(None), ended >= q.start))


def custodial_types(q: Period) -> list[str]:
    return list(definition("custody", q.start)["custodial_disposals"])


def children_in(q: Period) -> CompoundSelect[Any]:
    """The ids of the children in the quarter's return."""
    start, after = _uk_midnight(q.start), _day_after(q)
    transferred = select(Disposal.child_id).where(
        not_deleted(Disposal), Disposal.outcome == "transferred",
        Disposal.outcome_date.between(q.start, q.end))
    return union(
        select(Disposal.child_id).where(_open_in(q)),
        select(Disposal.child_id).where(not_deleted(Disposal),
                                        Disposal.decision_date.between(q.start, q.end)),
        select(Offence.child_id).where(not_deleted(Offence),
                                       Offence.offence_date.between(q.start, q.end)),
        select(AssessmentStage.child_id).where(
            not_deleted(AssessmentStage), AssessmentStage.status.in_(DONE),
            _completed_at() >= start, _completed_at() < after),
        transferred)


def _stream(session: Session, stmt: Select[Any] | Any) -> Iterator[Any]:
    if session.get_bind().dialect.name == "postgresql":
        # A streamed query is a server-side cursor, which PostgreSQL plans for reading a
        # tenth of the rows first (cursor_tuple_fraction 0.1): nested index loops in case
        # number order that stall for many seconds on a national service. The return
        # reads every row, so plan for every row (this transaction only).
        session.execute(text("SET LOCAL cursor_tuple_fraction = 1.0"))
    yield from session.execute(stmt.execution_options(yield_per=BATCH))


def _in_return(q: Period) -> Any:
    ids = children_in(q).subquery("in_return")
    return Child.id.in_(select(ids.c.child_id))


def _as_date(v: Any) -> dt.date | None:
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return (v if v.tzinfo else v.replace(tzinfo=dt.UTC)).astimezone(UK).date()
    return v  # type: ignore[no-any-return]


def children(session: Session, q: Period) -> Iterator[tuple[str, str | None, Record]]:
    """(child id, case manager's name -- None: unallocated --, facts) for every child in
    the return, by case number. (The name is for the list of records to put right, not
    the file.)"""
    stage_in = (select(func.min(AssessmentStage.started_on))
                .where(AssessmentStage.child_id == Child.id, not_deleted(AssessmentStage),
                       AssessmentStage.stage_type == "transfer_in")
                .correlate(Child).scalar_subquery())
    out = (select(func.max(Disposal.outcome_date))
           .where(Disposal.child_id == Child.id, not_deleted(Disposal),
                  Disposal.outcome == "transferred")
           .correlate(Child).scalar_subquery())
    stmt = (select(Child.id, Child.case_number, Child.given_name, Child.family_name,
                   Child.preferred_name, Child.pnc_number, Child.date_of_birth,
                   Child.gender, Child.ethnicity, Child.home_local_authority,
                   Child.originating_person_id, Child.looked_after,
                   Team.local_authority.label("service_la"),
                   UserAccount.display_name.label("manager"),
                   stage_in.label("transfer_in"), out.label("transfer_out"))
            .outerjoin(Team, Team.id == Child.team_id)
            .outerjoin(UserAccount, UserAccount.id == Child.case_manager_id)
            .where(not_deleted(Child), _in_return(q))
            .order_by(Child.case_number))
    for r in _stream(session, stmt):
        home = (r.home_local_authority or "").strip()
        other = bool(home and r.service_la and home.lower() != r.service_la.strip().lower())
        yield r.id, r.manager or None, {
            "local_id": r.case_number, "pnc_number": r.pnc_number,
            "date_of_birth": r.date_of_birth, "gender": r.gender,
            "ethnicity": r.ethnicity, "local_status": "other" if other else "local",
            "home_yot": home or None,
            # Caretaking ("other") needs no originating id (YJB-REFERENCE.md 1.2).
            "originating_id": None if other else r.originating_person_id,
            "transfer_in_date": r.transfer_in,
            # The host service of a caretaken child records no transfer out.
            "transfer_out_date": None if other else r.transfer_out,
            "looked_after": getattr(r.looked_after, "value", r.looked_after),
            "_name": f"{r.preferred_name or r.given_name} {r.family_name}"}


def _child_cols() -> tuple[Any, ...]:
    return (Child.id.label("child_id"), Child.case_number)


def offences(session: Session, q: Period) -> Iterator[tuple[str, Record]]:
    decided = aliased(Disposal, name="decided")
    stmt = (select(*_child_cols(), Offence.id, Offence.offence_date, Offence.offence_code,
                   Offence.gravity, Offence.status, Offence.disposal_id)
            .join(Child, Child.id == Offence.child_id)
            .outerjoin(decided, decided.id == Offence.disposal_id)
            .where(not_deleted(Offence), _in_return(q),
                   or_(Offence.offence_date.between(q.start, q.end),
                       decided.decision_date.between(q.start, q.end)))
            .order_by(Child.case_number, Offence.offence_date, Offence.id))
    for r in _stream(session, stmt):
        yield r.child_id, {"local_id": r.case_number, "record_id": r.id,
                           "offence_date": r.offence_date, "offence_type": r.offence_code,
                           "gravity": r.gravity, "offence_status": r.status,
                           "outcome_id": r.disposal_id}


def _months(start: dt.date | None, end: dt.date | None) -> int | None:
    if start is None or end is None or end < start:
        return None
    return (end.year - start.year) * 12 + end.month - start.month


def outcomes(session: Session, q: Period) -> Iterator[tuple[str, Record]]:
    stmt = (select(*_child_cols(), Disposal.id, Disposal.disposal_type,
                   Disposal.decision_date, Disposal.decision_body, Disposal.start_date,
                   Disposal.end_date)
            .join(Child, Child.id == Disposal.child_id)
            .where(not_deleted(Disposal), not_deleted(Child),
                   Disposal.decision_date.between(q.start, q.end))
            .order_by(Child.case_number, Disposal.decision_date, Disposal.id))
    for r in _stream(session, stmt):
        yield r.child_id, {"local_id": r.case_number, "record_id": r.id,
                           "outcome_type": r.disposal_type, "decision_date": r.decision_date,
                           "decision_body": r.decision_body, "start_date": r.start_date,
                           "end_date": r.end_date,
                           "length_months": _months(r.start_date, r.end_date)}


def interventions(session: Session, q: Period) -> Iterator[tuple[str, Record]]:
    reqs = (select(func.aggregate_strings(DisposalRequirement.requirement_code, ","))
            .where(DisposalRequirement.disposal_id == Disposal.id,
                   not_deleted(DisposalRequirement))
            .correlate(Disposal).scalar_subquery())
    stmt = (select(*_child_cols(), Disposal.id, Disposal.disposal_type, Disposal.start_date,
                   Disposal.end_date, Disposal.outcome, Disposal.outcome_date,
                   reqs.label("requirements"))
            .join(Child, Child.id == Disposal.child_id)
            .where(not_deleted(Child), _open_in(q),
                   Disposal.disposal_type.in_(intervention_types()))
            .order_by(Child.case_number, Disposal.start_date, Disposal.id))
    for r in _stream(session, stmt):
        ended = r.outcome != "ongoing"
        yield r.child_id, {"local_id": r.case_number, "record_id": r.id,
                           "intervention_type": r.disposal_type, "start_date": r.start_date,
                           "planned_end_date": r.end_date,
                           "end_date": r.outcome_date if ended else None,
                           "end_reason": r.outcome if ended else None,
                           "requirements": r.requirements or None,
                           # for the checks only (not items): still open at quarter end
                           "_open": not ended}


def assessments(session: Session, q: Period) -> Iterator[tuple[str, Record]]:
    start, after = _uk_midnight(q.start), _day_after(q)
    done = _completed_at()
    stmt = (select(*_child_cols(), AssessmentStage.id, AssessmentStage.stage_type,
                   AssessmentStage.started_on, done.label("completed_at"),
                   AssessmentStage.likelihood_reoffending, AssessmentStage.rosh,
                   AssessmentStage.safety_wellbeing, AssessmentStage.intervention_level)
            .join(Child, Child.id == AssessmentStage.child_id)
            .where(not_deleted(AssessmentStage), not_deleted(Child),
                   AssessmentStage.status.in_(DONE), done >= start, done < after)
            .order_by(Child.case_number, AssessmentStage.started_on, AssessmentStage.id))
    for r in _stream(session, stmt):
        yield r.child_id, {"local_id": r.case_number, "record_id": r.id,
                           "stage_type": r.stage_type, "started_on": r.started_on,
                           "completed_on": _as_date(r.completed_at),
                           "likelihood_reoffending": r.likelihood_reoffending,
                           "rosh": r.rosh, "safety_wellbeing": r.safety_wellbeing,
                           "intervention_level": r.intervention_level}


def custody(session: Session, q: Period) -> Iterator[tuple[str, Record]]:
    custodial = custodial_types(q)
    stmt = (select(*_child_cols(), Disposal.id, Disposal.disposal_type.label("kind"),
                   Disposal.start_date,
                   Disposal.outcome, Disposal.outcome_date)
            .join(Child, Child.id == Disposal.child_id)
            .where(not_deleted(Child), _open_in(q),
                   Disposal.disposal_type.in_([*custodial, *REMAND]))
            .order_by(Child.case_number, Disposal.start_date, Disposal.id))
    for r in _stream(session, stmt):
        yield r.child_id, {"local_id": r.case_number, "record_id": r.id,
                           "episode_type": r.kind if r.kind in REMAND else "custody",
                           "start_date": r.start_date,
                           "end_date": r.outcome_date if r.outcome != "ongoing" else None}


#: Each part's reader, by the part names of the data-item file.
READERS: dict[str, Callable[[Session, Period], Iterator[tuple[str, Record]]]] = {
    "offences": offences, "outcomes": outcomes, "interventions": interventions,
    "assessments": assessments, "custody": custody,
}
