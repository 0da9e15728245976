"""Issue 13/16: the court-orders due provider, now set-based, finds exactly the due items
the per-requirement, per-child version found, on a generated caseload and on edge cases
(balances part delivered, deleted deliveries, violations this week, a child born on the
31st reaching 17y6m, transition plans with and without the handover, events before and
after an assessment was started).

The reference below is the provider as it was before it became set-based (kept here
verbatim in substance: ORM rows per requirement, Python filtering per child)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterator, Set

import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

import yjdesk.models  # noqa: F401
from tests.conftest import TODAY, demo_caseload
from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.casework import CaseEvent
from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal, DisposalRequirement
from yjdesk.models.orders import CustodyMeeting, ReferralPanel, RequirementDelivery, TransitionPlan
from yjdesk.models.statuses import PanelStatus
from yjdesk.paths import Paths
from yjdesk.services import due
from yjdesk.services.codes import codelist
from yjdesk.services.due import DueItem, state_for
from yjdesk.services.orders.custody import MEETING_LABELS
from yjdesk.services.orders.delivery import DAYS, HOURS, _due_by
from yjdesk.services.orders.referral import PANEL_KINDS
from yjdesk.services.orders.transition import needs_transition, planning_from
from yjdesk.services.policy import Policy, current_policy
from yjdesk.services.workdays import add_working_days
from yjdesk.store import LocalStore

# --- the reference: the provider before it was set-based ---------------------------------


def _old_delivery(session: Session, child_ids: Set[str], today: dt.date,
                  policy: Policy) -> dict[str, list[DueItem]]:
    labels = codelist("requirement")
    done = dict(session.execute(
        select(RequirementDelivery.requirement_id, func.sum(RequirementDelivery.quantity))
        .where(RequirementDelivery.deleted.is_(False), RequirementDelivery.kind != "violation")
        .group_by(RequirementDelivery.requirement_id)).all())
    out: dict[str, list[DueItem]] = {}
    warn = policy.requirements.balance_warning_days
    for req, disposal in session.execute(
            select(DisposalRequirement, Disposal)
            .join(Disposal, Disposal.id == DisposalRequirement.disposal_id)
            .where(DisposalRequirement.deleted.is_(False), Disposal.deleted.is_(False),
                   Disposal.disposal_type.in_(("yro", "yro_iss")),
                   Disposal.outcome == "ongoing")):
        if req.child_id not in child_ids:
            continue
        required = req.quantity if req.requirement_code in HOURS + DAYS else None
        left = None if required is None else max(required - int(done.get(req.id) or 0), 0)
        due_by = _due_by(req.requirement_code, disposal, req)
        if left and due_by is not None and (due_by - today).days <= warn:
            unit = "hours" if req.requirement_code in HOURS else "days"
            out.setdefault(req.child_id, []).append(DueItem(
                state_for(due_by, today, warn), due_by,
                f"{labels.label(req.requirement_code)}: {left} of {required} {unit} still "
                "to do", "order_work"))
    week = today - dt.timedelta(days=7)
    for child_id, code, day in session.execute(
            select(RequirementDelivery.child_id, DisposalRequirement.requirement_code,
                   RequirementDelivery.delivered_on)
            .join(DisposalRequirement,
                  DisposalRequirement.id == RequirementDelivery.requirement_id)
            .where(RequirementDelivery.deleted.is_(False),
                   RequirementDelivery.kind == "violation",
                   RequirementDelivery.delivered_on >= week)):
        if child_id in child_ids:
            decide = day + dt.timedelta(days=2)
            out.setdefault(child_id, []).append(DueItem(
                state_for(decide, today, 2), decide,
                f"{labels.label(code)} violation reported: decide on enforcement",
                "order_work"))
    return out


def _old_transition(session: Session, child_ids: Set[str], today: dt.date,
                    policy: Policy) -> dict[str, list[DueItem]]:
    out: dict[str, list[DueItem]] = {}
    ends = {cid: end for cid, end in session.execute(
        select(Disposal.child_id, func.max(Disposal.end_date)).where(
            Disposal.deleted.is_(False), Disposal.outcome == "ongoing",
            Disposal.category == "court", Disposal.end_date.is_not(None))
        .group_by(Disposal.child_id)) if cid in child_ids}
    born = {cid: dob for cid, dob in session.execute(
        select(Child.id, Child.date_of_birth).where(Child.deleted.is_(False))) if cid in ends}
    planned = {p.child_id: p for p in session.scalars(select(TransitionPlan).where(
        TransitionPlan.deleted.is_(False)))}
    for cid in [c for c, dob in born.items() if needs_transition(dob, ends[c], today)]:
        plan = planned.get(cid)
        if plan is None:
            start = planning_from(born[cid]) + dt.timedelta(days=28)
            out.setdefault(cid, []).append(DueItem(
                state_for(start, today, 14), start, "Transition to probation: planning due",
                "order_work"))
        elif plan.eligible and plan.info_handover_on is None:
            day = born[cid] + relativedelta(years=18) - dt.timedelta(days=28)
            out.setdefault(cid, []).append(DueItem(
                state_for(day, today, 14), day,
                "Transition: hand the information over to probation", "order_work"))
    return out


def _old_reviews(session: Session, child_ids: Set[str], today: dt.date,
                 policy: Policy) -> dict[str, list[DueItem]]:
    out: dict[str, list[DueItem]] = {}
    triggers = list(policy.assessment.reassess_after_events or [])
    started = dict(session.execute(
        select(AssessmentStage.child_id, func.max(AssessmentStage.started_on))
        .where(AssessmentStage.deleted.is_(False)).group_by(AssessmentStage.child_id)).all())
    days = policy.assessment.review_after_significant_change_working_days
    labels = codelist("review_trigger")
    latest: dict[str, tuple[dt.date, str]] = {}
    for child_id, day, trigger in session.execute(
            select(CaseEvent.child_id, CaseEvent.event_date, CaseEvent.event_type)
            .where(CaseEvent.deleted.is_(False), CaseEvent.event_type.in_(triggers))):
        if child_id in child_ids and (child_id not in latest or day > latest[child_id][0]):
            latest[child_id] = (day, trigger)
    for child_id, (day, trigger) in latest.items():
        last = started.get(child_id)
        if last is not None and last >= day:
            continue
        when = add_working_days(day, days)
        out.setdefault(child_id, []).append(DueItem(
            state_for(when, today, 5), when,
            f"Assessment review after {labels.label(trigger).lower()}", "assessment"))
    return out


def old_orders_due(session: Session, child_ids: list[str],
                   today: dt.date) -> dict[str, list[DueItem]]:
    policy = current_policy()
    wanted = set(child_ids)
    out: dict[str, list[DueItem]] = {}
    soon = policy.referral_order.due_soon_days
    for child_id, kind, day in session.execute(
            select(ReferralPanel.child_id, ReferralPanel.kind, ReferralPanel.due_date)
            .where(ReferralPanel.deleted.is_(False),
                   ReferralPanel.status == PanelStatus.PLANNED)):
        if child_id in wanted:
            out.setdefault(child_id, []).append(DueItem(
                state_for(day, today, soon), day,
                f"Referral order: {PANEL_KINDS.get(kind, kind)}", "order_work"))
    for child_id, kind, day in session.execute(
            select(CustodyMeeting.child_id, CustodyMeeting.kind, CustodyMeeting.due_date)
            .where(CustodyMeeting.deleted.is_(False), CustodyMeeting.held_on.is_(None))):
        if child_id in wanted:
            out.setdefault(child_id, []).append(DueItem(
                state_for(day, today, soon), day,
                f"Custody: {MEETING_LABELS.get(kind, kind)} meeting", "order_work"))
    for part in (_old_delivery(session, wanted, today, policy),
                 _old_transition(session, wanted, today, policy),
                 _old_reviews(session, wanted, today, policy)):
        for child_id, items in part.items():
            out.setdefault(child_id, []).extend(items)
    return out


# --- the caseload ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def caseload(tmp_path_factory: pytest.TempPathFactory,
             _demo_template: tuple[Paths, bytes]) -> Iterator[LocalStore]:
    store = demo_caseload(tmp_path_factory.mktemp("due13"), _demo_template)
    with store.session() as s, s.begin():
        _edge_cases(s)
    yield store
    store.close()


def _edge_cases(s: Session) -> None:
    """Rows the generated caseload may lack: every branch of the provider at least once."""
    team = s.scalar(select(Child.team_id).limit(1))
    kids = []
    for i, dob in enumerate((dt.date(2008, 8, 31), TODAY - relativedelta(months=210),
                             TODAY - relativedelta(months=210) + dt.timedelta(days=1),
                             dt.date(2009, 2, 28))):
        child = Child(case_number=f"EDGE-{i}", given_name="Edge", family_name=str(i),
                      date_of_birth=dob, gender="male", ethnicity="white_british",
                      team_id=team)
        s.add(child)
        s.flush()
        kids.append(child.id)
    start = TODAY - dt.timedelta(days=200)
    for n, cid in enumerate(kids):
        yro = Disposal(child_id=cid, disposal_type="yro", category="court",
                       decision_date=start, start_date=start,
                       end_date=TODAY + dt.timedelta(days=10 + 400 * (n != 0)),
                       outcome="ongoing")
        s.add(yro)
        s.flush()
        uw = DisposalRequirement(child_id=cid, disposal_id=yro.id, requirement_code="unpaid_work",
                                 quantity=80)
        act = DisposalRequirement(child_id=cid, disposal_id=yro.id, requirement_code="activity",
                                  quantity=30, end_date=TODAY + dt.timedelta(days=20))
        cur = DisposalRequirement(child_id=cid, disposal_id=yro.id,
                                  requirement_code="curfew_doorstep", quantity=8)
        gone = DisposalRequirement(child_id=cid, disposal_id=yro.id, requirement_code="activity",
                                   quantity=10, deleted=True)
        s.add_all([uw, act, cur, gone])
        s.flush()
        s.add_all([
            RequirementDelivery(child_id=cid, requirement_id=uw.id, kind="hours",
                                quantity=20 * n, delivered_on=start),
            RequirementDelivery(child_id=cid, requirement_id=act.id, kind="activity_day",
                                quantity=30, delivered_on=start, deleted=n == 1),
            RequirementDelivery(child_id=cid, requirement_id=cur.id, kind="violation",
                                quantity=1, delivered_on=TODAY - dt.timedelta(days=3 + 3 * n),
                                reported_by="EM provider")])
        if n == 2:
            s.add(TransitionPlan(child_id=cid, eligible=True))
        if n == 3:
            s.add(TransitionPlan(child_id=cid, eligible=True, info_handover_on=TODAY))
        s.add(CaseEvent(child_id=cid, event_date=TODAY - dt.timedelta(days=5 + n),
                        event_type="new_offence" if n % 2 else "hearing_outcome"))


DAYS_ON = (-400, -120, -30, -7, 0, 1, 14, 45, 120, 400)


def _in_english(item: DueItem) -> DueItem:
    """The item as the reference states it: its label in English with its values in (the
    provider gives a template and the values, for the view to translate)."""
    return dataclasses.replace(item, label=due.english_label(item), args=())


@pytest.mark.parametrize("offset", DAYS_ON)
def test_set_based_court_orders_due_finds_the_same_items(caseload: LocalStore,
                                                         offset: int) -> None:
    today = TODAY + dt.timedelta(days=offset)
    with caseload.session() as s:
        ids = list(s.scalars(select(Child.id)))
        new = {c: [_in_english(i) for i in items]
               for c, items in due.court_orders_due(s, ids, today).items()}
        old = old_orders_due(s, ids, today)
        assert {c: Counter(items) for c, items in new.items()} == \
            {c: Counter(items) for c, items in old.items()}
        # a subset of children gets only theirs
        some = ids[::3]
        part = {c: [_in_english(i) for i in items]
                for c, items in due.court_orders_due(s, some, today).items()}
        assert set(part) <= set(some)
        assert {c: Counter(v) for c, v in part.items()} == \
            {c: Counter(new[c]) for c in part}


def test_every_kind_of_court_order_item_is_on_the_caseload(caseload: LocalStore) -> None:
    """The comparison above covers every branch: each kind of item occurs."""
    seen: set[str] = set()
    with caseload.session() as s:
        ids = list(s.scalars(select(Child.id)))
        for offset in DAYS_ON:
            for items in due.court_orders_due(s, ids, TODAY + dt.timedelta(days=offset)).values():
                seen.update(due.english_label(i) for i in items)
    for words in ("Referral order: ", "Custody: ", "hours still to do", "days still to do",
                  "violation reported", "Transition to probation: planning due",
                  "Transition: hand the information over", "Assessment review after"):
        assert any(words in label for label in seen), words


def test_the_provider_is_a_few_queries_and_loads_no_records(caseload: LocalStore) -> None:
    """Set-based: a fixed number of statements whatever the caseload's size, and columns
    only (no ORM record is built per requirement or plan)."""
    from sqlalchemy import event

    from yjdesk.models.base import Base

    loaded: list[str] = []
    statements: list[str] = []

    def on_load(target: object, _context: object) -> None:
        loaded.append(type(target).__name__)

    def on_execute(*args: object) -> None:
        statements.append(str(args[2])[:60])

    event.listen(Base, "load", on_load, propagate=True)
    event.listen(caseload.engine, "before_cursor_execute", on_execute)
    try:
        with caseload.session() as s:
            ids = list(s.scalars(select(Child.id)))
            statements.clear()
            items = due.court_orders_due(s, ids, TODAY + dt.timedelta(days=14))
    finally:
        event.remove(Base, "load", on_load)
        event.remove(caseload.engine, "before_cursor_execute", on_execute)
    assert sum(len(v) for v in items.values()) > 20
    assert loaded == []
    assert len(statements) <= 8, statements
