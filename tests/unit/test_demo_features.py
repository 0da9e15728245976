"""The demo service's feature records: assessments, case work and court work look like a
living service and obey the services' own rules (hashes verify, nothing final is dated in
the future, report statuses match their review trail)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

import yjdesk.models  # noqa: F401
from tests.conftest import TODAY, demo_caseload
from yjdesk.demo.generator import DEMO_USERNAME, generate
from yjdesk.models import Base, Child, Disposal, UserAccount
from yjdesk.models.assessment import AssessmentAnswer, AssessmentStage
from yjdesk.models.casework import (
    ComplianceRecord,
    Contact,
    ExitPlan,
    OocDecision,
    Plan,
    SafeguardingItem,
)
from yjdesk.models.court import CourtHearing, PreSentenceReport, PsrReview
from yjdesk.paths import Paths
from yjdesk.services.assessments import signing
from yjdesk.services.casework import contacts, exit, plans, safeguarding, work_due
from yjdesk.services.court import gatekeeping, hearings
from yjdesk.services.due import casework_due
from yjdesk.services.uow import Actor, UnitOfWork
from yjdesk.store import LocalStore


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory,
               _demo_template: tuple[Paths, bytes]) -> Iterator[LocalStore]:
    store = demo_caseload(tmp_path_factory.mktemp("demo"), _demo_template)
    yield store
    store.close()


def _actor(session: Session, username: str) -> Actor:
    user = session.scalars(select(UserAccount).where(UserAccount.username == username)).one()
    return Actor(user.id, user.role, user.team_id, "demo-test", user.display_name)


def _uow(store: LocalStore, username: str) -> UnitOfWork:
    with store.session() as s:
        who = _actor(s, username)
    return UnitOfWork(store.session_factory, who, store.paths.database)


def test_assessment_stages_countersigned_submitted_and_drafts(demo_store: LocalStore) -> None:
    with _uow(demo_store, "morgan.manager") as u:
        s = u.session
        by_status = Counter(s.scalars(select(AssessmentStage.status)))
        assert by_status["countersigned"] > 100
        assert 5 <= by_status["submitted"] < by_status["countersigned"]
        assert by_status["draft"] >= 5
        signed = s.scalars(select(AssessmentStage).where(
            AssessmentStage.status == "countersigned")).all()
        for stage in signed:
            assert signing.verify(s, stage.id).ok, stage.id
            assert stage.countersigned_by not in (stage.author_id, stage.submitted_by)
            assert stage.countersigned_at is not None and stage.countersigned_at.date() < TODAY
        for stage in s.scalars(select(AssessmentStage).where(
                AssessmentStage.status.in_(("countersigned", "submitted")))):
            assert not [p for p in signing.check_stage(s, stage.id) if p.blocking], stage.id
        # an end stage carries the start stage forward, question by question
        end = s.scalars(select(AssessmentStage).where(AssessmentStage.stage_type == "end")
                        ).first()
        assert end is not None and end.previous_stage_id is not None
        carried = s.scalars(select(AssessmentAnswer.carried_forward_from).where(
            AssessmentAnswer.stage_id == end.id)).all()
        assert carried and set(carried) == {end.previous_stage_id}
        # ratings follow the disposal: out of court mostly low, custody/ISS higher
        rows = s.execute(select(Disposal.category, Disposal.disposal_type,
                                AssessmentStage.likelihood_reoffending)
                         .join(Disposal, Disposal.id == AssessmentStage.disposal_id)
                         .where(AssessmentStage.status == "countersigned")).all()
        ooc = [r[2] for r in rows if r[0] == "out_of_court"]
        assert ooc and ooc.count("low") / len(ooc) > 0.5
        assert all(r[2] is not None for r in rows)
        # the manager's queue: oldest first, some overdue
        queue = signing.countersign_queue(s)
        assert queue
        times = [q.submitted_at for q in queue]
        assert times == sorted(times)  # type: ignore[type-var]
        overdue = s.scalar(select(func.count()).select_from(AssessmentStage).where(
            AssessmentStage.status == "submitted", AssessmentStage.countersign_due_on < TODAY))
        assert overdue and 0 < overdue < by_status["submitted"]


def test_contacts_plans_and_due_work(demo_store: LocalStore) -> None:
    with _uow(demo_store, DEMO_USERNAME) as u:
        s = u.session
        latest = s.scalar(select(func.max(Contact.contact_at)).where(Contact.status == "final"))
        assert latest is not None and latest.date() < TODAY
        assert (s.scalar(select(func.count()).select_from(Contact)) or 0) > 1000
        now = dt.datetime.combine(TODAY, dt.time(0), tzinfo=dt.UTC)
        finals = s.scalars(select(Contact).where(Contact.status == "final")
                           .order_by(Contact.id).limit(150)).all()
        for c in finals:
            contacts.validate_final(s, c.child_id, contacts.ContactInput.from_contact(
                c, contacts.target_ids(s, c.id)), now)
        current = {cid for cid, start in s.execute(
            select(Disposal.child_id, Disposal.start_date).where(
                Disposal.outcome == "ongoing",
                Disposal.disposal_type.in_(("referral_order", "yro", "yro_iss", "dto")),
                Disposal.start_date < TODAY - dt.timedelta(days=14)))}
        seen = set(s.scalars(select(Contact.child_id).where(Contact.status == "final")))
        assert len(current & seen) / len(current) > 0.95
        attendance = Counter(s.scalars(select(Contact.attendance)))
        assert attendance["dna_unacceptable"] > 0 and attendance["dna_acceptable"] > 0
        assert s.scalar(select(func.count()).select_from(ComplianceRecord)) == \
            attendance["dna_unacceptable"]
        for plan in s.scalars(select(Plan)).all()[:60]:
            plans.validate_plan(s, plan.child_id, plans.plan_input(s, plan))
        for row in s.scalars(select(ExitPlan)):
            assert row.status == "signed_off" and exit.missing_for_sign_off(row) == []
        assert (s.scalar(select(func.count()).select_from(OocDecision)) or 0) > 20
        week = work_due.my_week(s, u.actor, TODAY)
        assert week.contacts or week.not_seen
        found = casework_due(s, list(s.scalars(select(Child.id))), TODAY)
        kinds = Counter(item.kind for items in found.values() for item in items)
        assert kinds["not_seen"] >= 3 and kinds["review"] > 0 and kinds["contact"] > 50
    with _uow(demo_store, "morgan.manager") as u:
        items = safeguarding.manager_list(u.session)
        assert any(i.item.status == "open" for i in items)
        assert (u.session.scalar(select(func.count()).select_from(SafeguardingItem).where(
            SafeguardingItem.status == "closed")) or 0) > 0


def test_court_list_and_reports(demo_store: LocalStore) -> None:
    with _uow(demo_store, "morgan.manager") as u:
        s = u.session
        upcoming = hearings.court_list(s, TODAY, TODAY + dt.timedelta(days=13))
        assert len(upcoming) >= 10 and any(r.hearing_date == TODAY for r in upcoming)
        assert any(r.psr_id for r in upcoming)
        assert all(r.hearing_status == "listed" for r in upcoming)
        expected = {"requested": [], "drafting": [], "submitted": ["submitted"],
                    "returned": ["submitted", "returned"],
                    "court_ready": ["submitted", "court_ready"],
                    "finalised": ["submitted", "court_ready", "finalised"]}
        statuses: Counter[str] = Counter()
        for psr in s.scalars(select(PreSentenceReport)):
            statuses[psr.status] += 1
            trail = list(s.scalars(select(PsrReview.action).where(PsrReview.psr_id == psr.id)
                                   .order_by(PsrReview.at)))
            assert trail == expected[psr.status], psr.status
            if psr.status == "finalised":
                assert gatekeeping.verify(s, psr.id)
                assert len(gatekeeping.sendings(s, psr.id)) == 2
            if psr.status in ("court_ready", "finalised"):
                assert psr.checked_by_id and psr.checked_by_id != psr.author_id
        assert statuses["finalised"] > 5 and len(statuses) >= 4
        sentenced = s.scalar(select(func.count()).select_from(CourtHearing).where(
            CourtHearing.outcome == "sentence"))
        court_orders = s.scalar(select(func.count()).select_from(Disposal).where(
            Disposal.category == "court"))
        assert sentenced == court_orders


def _snapshot() -> list[tuple[object, ...]]:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        generate(conn, "tiny", seed=5, today=TODAY)
        out: list[tuple[object, ...]] = []
        for stmt in (select(AssessmentStage.id, AssessmentStage.status,
                            AssessmentStage.content_hash).order_by(AssessmentStage.id),
                     select(Contact.id, Contact.contact_at, Contact.aim).order_by(Contact.id),
                     select(Plan.id, Plan.start_date).order_by(Plan.id),
                     select(PreSentenceReport.id, PreSentenceReport.status,
                            PreSentenceReport.content_hash).order_by(PreSentenceReport.id)):
            out.extend(tuple(r) for r in conn.execute(stmt))
    engine.dispose()
    return out


def test_same_seed_same_feature_records() -> None:
    first = _snapshot()
    assert first and first == _snapshot()


def _fixed_part(template: str) -> str:
    """The words of a demo template between the child's name and the next placeholder."""
    after = template.split("}", 1)[1] if template.startswith("{") else template
    return after.split("{", 1)[0].strip()


def test_the_demo_reads_true(demo_store: LocalStore) -> None:
    """Issue 12: court reports are pre-filled, their offence analysis is about the offence
    before the court, the proposal and the conclusion agree, and "Unallocated" on the team
    dashboard is open work nobody holds."""
    from yjdesk.demo import court_text as T
    from yjdesk.models.court import HearingOffence
    from yjdesk.models.justice import Offence
    from yjdesk.services.codes import codelist
    from yjdesk.services.oversight import dashboard

    with _uow(demo_store, "alex.servicemanager") as u:
        s = u.session
        upcoming = s.scalars(select(PreSentenceReport).join(
            CourtHearing, CourtHearing.id == PreSentenceReport.hearing_id).where(
            CourtHearing.hearing_date >= TODAY, PreSentenceReport.kind == "psr")).all()
        assert len(upcoming) >= 5
        for psr in upcoming:  # each one pre-filled from a countersigned assessment
            assert psr.source_stage_id and psr.source_stage_countersigned_at, psr.id
        checked = prefilled = 0
        for psr in s.scalars(select(PreSentenceReport).where(
                PreSentenceReport.offence_analysis.is_not(None))):
            code = s.scalar(select(Offence.offence_code).join(
                HearingOffence, HearingOffence.offence_id == Offence.id).where(
                HearingOffence.hearing_id == psr.hearing_id).order_by(Offence.id).limit(1))
            if code is None:
                continue
            # pre-filled or not, the analysis opens with the offence before the court (not
            # the one the assessment was written for), in words of its own kind
            analysis = psr.offence_analysis or ""
            assert _fixed_part(T.offence_analysis(code)) in analysis.split("\n\n")[0], (
                code, analysis)
            assert "offence of" not in analysis, analysis
            checked += 1
            prefilled += bool(psr.source_stage_id)
        assert checked >= 5 and prefilled >= 3, (checked, prefilled)
        for offence_kind in codelist("offence_type").codes:  # each kind has its own
            assert T.offence_analysis(offence_kind.code) != T.OFFENCE_OTHER, offence_kind.code
        proposals = 0
        for psr in s.scalars(select(PreSentenceReport).where(
                PreSentenceReport.proposal_disposal_type.is_not(None))):
            kind = psr.proposal_disposal_type or ""
            assert psr.proposal_detail == T.PROPOSALS[kind]
            assert _fixed_part(T.CONCLUSIONS[kind]) in (psr.conclusion or ""), kind
            proposals += 1
        assert proposals >= 5
        board = dashboard.build(s, TODAY)
        unallocated = board.children("caseload", dashboard.UNALLOCATED)
        closed = s.scalars(select(Child.id).where(Child.case_manager_id.is_(None))).all()
        assert len(unallocated) < len(closed)  # closed cases are not "unallocated"
        for line in unallocated:
            running = s.scalars(select(Disposal).where(
                Disposal.child_id == line.child_id, Disposal.outcome == "ongoing")).all()
            assert running, line


def test_demo_audit_trail_reads_as_the_work_behind_the_records(demo_store: LocalStore) -> None:
    """The audit log page was all but empty in the demo: the seed data now leaves the trail
    the work behind its recent records would have (sign-ins, views, changes, countersigning,
    exports), by the people who did it, on one intact hash chain per laptop."""
    from yjdesk.models.audit import AuditEvent
    from yjdesk.services import audit

    with demo_store.session() as s:
        events = list(s.scalars(select(AuditEvent)))
        assert len(events) > 500
        assert audit.verify_chain(s) == []  # "Verify chain" finds it intact
        actions = Counter(e.action for e in events)
        assert {"sign_in", "view", "create", "update", "export"} <= set(actions)
        by_user = Counter(e.user_id for e in events)
        assert len(by_user) >= 8  # practitioners, managers, court officers, the head
        devices = {e.user_id: e.device_id for e in events}
        assert len(set(devices.values())) == len(devices)  # a laptop each
        end = dt.datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=dt.UTC)
        assert all(e.at < end for e in events)  # nothing after the day before the demo's
        # each change names a record that exists, of its child, by the person who did it
        contacts_ = {c.id: c for c in s.scalars(select(Contact))}
        stages = {st.id: st for st in s.scalars(select(AssessmentStage))}
        signed = 0
        for e in events:
            if e.entity == "contact" and e.action in ("create", "update"):
                c = contacts_[e.entity_id or ""]
                assert (c.child_id, c.author_id) == (e.child_id, e.user_id)
            if e.entity == "assessment_stage" and e.action == "update" and \
                    "countersigned_by" in (e.detail or ""):
                st = stages[e.entity_id or ""]
                assert (st.child_id, st.countersigned_by) == (e.child_id, e.user_id)
                assert st.countersigned_at is not None
                assert abs(st.countersigned_at - e.at) < dt.timedelta(hours=12)
                signed += 1
        assert signed >= 3
        reviews = {r.id: r for r in s.scalars(select(PsrReview))}
        signed_off = [e for e in events if e.entity == "psr_review"]
        assert signed_off  # court reports signed court-ready, returned or finalised
        for e in signed_off:
            r = reviews[e.entity_id or ""]
            assert (r.child_id, r.by_id, r.action != "submitted") == (e.child_id, e.user_id,
                                                                      True)
        # a person's first event of a day is signing in
        first: dict[tuple[str | None, dt.date], AuditEvent] = {}
        for e in sorted(events, key=lambda e: e.at):
            first.setdefault((e.user_id, e.at.date()), e)
        assert {e.action for e in first.values()} == {"sign_in"}
