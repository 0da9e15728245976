"""Pre-sentence reports: pre-fill from the assessment, gatekeeping, locking and hashing."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY
from tests.unit.test_court_hearings import hearing_input, make_user
from yjdesk.errors import PermissionDenied, RecordLocked, ValidationError, WorkflowError
from yjdesk.models.assessment import AssessmentAnswer, AssessmentStage
from yjdesk.models.court import PreSentenceReport, PsrSent
from yjdesk.models.org import Role
from yjdesk.services import due
from yjdesk.services.assessments.signing import countersign
from yjdesk.services.court import gatekeeping as gk
from yjdesk.services.court import hearings as hs
from yjdesk.services.court import psr as ps
from yjdesk.services.court.due_items import quality_check_due
from yjdesk.services.court.prefill import assessment_warnings
from yjdesk.services.humanise import date_text
from yjdesk.services.justice import DisposalInput, OffenceInput, add_disposal, add_offence
from yjdesk.services.uow import Actor

SIGNED = dt.datetime(2026, 10, 1, 15, 30, tzinfo=dt.UTC)


@pytest.fixture
def officer(uow, actor: Actor) -> Actor:
    return make_user(uow, actor, "colin", Role.COURT_OFFICER)


@pytest.fixture
def manager(uow, actor: Actor) -> Actor:
    return make_user(uow, actor, "maria", Role.TEAM_MANAGER)


def add_stage(uow, actor: Actor, manager: Actor, child_id: str, *,
              signed: dt.datetime | None = SIGNED, lor: str = "medium",
              answers: dict[str, str] | None = None) -> str:
    """An assessment stage with ratings and answers, submitted by ``actor``.

    ``signed=None`` countersigns it through the assessments service (by ``manager``, now);
    a datetime records it as countersigned at that time; answers are written first.
    """
    with uow(actor) as u:
        day = (signed or SIGNED).date()
        bail = add_disposal(u.session, child_id, DisposalInput("bail_supervision", day, day))
        stage = AssessmentStage(
            child_id=child_id, disposal_id=bail.id, stage_type="start", status="submitted",
            # version 2 asks for the sources consulted (its answers must fit its questions)
            form_version=2, author_id=actor.user_id, submitted_by=actor.user_id,
            started_on=day, due_on=day,
            likelihood_reoffending=lor, likelihood_rationale="Two offences in a month, "
            "peer group involved in robbery.",
            rosh="high", rosh_rationale="Used a knife to threaten; victim was injured.",
            safety_wellbeing="medium", safety_wellbeing_rationale="Missing twice this year.")
        u.session.add(stage)
        u.session.flush()
        for key, value in (answers or {}).items():
            u.session.add(AssessmentAnswer(child_id=child_id, stage_id=stage.id,
                                           question_key=key, value=json.dumps(value),
                                           as_at=day))
        stage_id = stage.id
    with uow(manager) as u:
        if signed is None:
            countersign(u.session, stage_id)
        else:
            row = u.session.get(AssessmentStage, stage_id)
            assert row is not None
            row.status, row.countersigned_by, row.countersigned_at = (
                "countersigned", manager.user_id, signed)
    return stage_id


@pytest.fixture
def hearing_id(uow, officer: Actor, child_id: str) -> str:
    with uow(officer) as u:
        off = add_offence(u.session, child_id, OffenceInput(dt.date(2026, 9, 1), "robbery"),
                          TODAY)
        return hs.create_hearing(u.session, child_id, hearing_input(
            hearing_date=TODAY + dt.timedelta(days=10), hearing_type="adjourned_for_report",
            offence_ids=[off.id]), TODAY).id


def full_input(**over: object) -> ps.PsrInput:
    base: dict[str, object] = dict(
        sources=["Interview with Jay at the YJS office, 12/11/2026",
                 "CPS case summary and witness statements"],
        offence_analysis="Jay accepts taking the phone.", circumstances="Lives with mum.",
        maturity="Younger than his years.", needs="Speech and language needs.",
        strengths="Boxing club, supportive grandmother.",
        likelihood_of_reoffending="medium", reoffending_rationale="Peer group.",
        risk_of_serious_harm="high", serious_harm_rationale="Knife.",
        safety_wellbeing="medium", safety_wellbeing_rationale="Missing episodes.",
        conclusion="A community sentence can manage the risk.",
        proposal_disposal_type="yro", proposal_months=12,
        assessment_basis="No AssetPlus assessment was countersigned in time: I assessed the "
                         "ratings for this report from two interviews and the CPS papers.",
        requirements=[ps.ProposedRequirement("supervision"),
                      ps.ProposedRequirement("curfew_electronic", "19:00 to 07:00", 12)])
    base.update(over)
    return ps.PsrInput(**base)  # type: ignore[arg-type]


def test_prefill_names_the_uk_date_of_the_countersignature(uow, actor, officer, manager,
                                                         child_id, hearing_id) -> None:
    """Issue 12: UK dates in reports. Countersigned at 23:30 UTC on a summer evening is
    00:30 BST the next day: the report's sources give the UK date."""
    add_stage(uow, actor, manager, child_id,
              signed=dt.datetime(2026, 7, 29, 23, 30, tzinfo=dt.UTC))
    with uow(officer) as u:
        psr = ps.request_report(u.session, hearing_id, requested_on=TODAY)
        assert ps.source_list(psr)[0] == "AssetPlus assessment, countersigned 30/07/2026"


def test_prefill_copies_latest_countersigned_stage(uow, actor, officer, manager, child_id,
                                                   hearing_id) -> None:
    add_stage(uow, actor, manager, child_id, signed=SIGNED - dt.timedelta(days=60), lor="low")
    latest = add_stage(uow, actor, manager, child_id, signed=None, answers={
        "offence_analysis": "Took a phone under pressure from older peers.",
        "offending_patterns": "Offends in a group, evenings.",
        "strengths": "Boxing club.", "maturity": "Young for his age.",
        "sources_consulted": "School records\nInterview with mum"})
    with uow(actor) as u:  # a newer stage still awaiting its countersignature is not used
        day = TODAY
        bail = add_disposal(u.session, child_id, DisposalInput("bail_supervision", day, day))
        u.session.add(AssessmentStage(
            child_id=child_id, disposal_id=bail.id, stage_type="review", status="submitted",
            form_version=1, author_id=actor.user_id, started_on=day, due_on=day,
            likelihood_reoffending="high", likelihood_rationale="Not signed."))
    with uow(officer) as u:
        psr = ps.request_report(u.session, hearing_id, requested_on=TODAY)
        psr_id = psr.id
    with uow(officer) as u:
        psr = ps.get_psr(u.session, psr_id)
        stage = u.session.get(AssessmentStage, latest)
        assert stage is not None and stage.status == "countersigned"
        signed = stage.countersigned_at
        assert signed is not None
        assert (psr.source_stage_id, psr.source_stage_countersigned_at) == (latest, signed)
        assert psr.likelihood_of_reoffending == "medium"
        assert psr.reoffending_rationale == ("Two offences in a month, peer group involved "
                                             "in robbery.")
        assert (psr.risk_of_serious_harm, psr.serious_harm_rationale) == (
            "high", "Used a knife to threaten; victim was injured.")
        assert (psr.safety_wellbeing, psr.safety_wellbeing_rationale) == (
            "medium", "Missing twice this year.")
        assert ps.source_list(psr) == [
            f"AssetPlus assessment, countersigned {date_text(signed)}",
            "School records", "Interview with mum"]
        assert psr.offence_analysis == ("Took a phone under pressure from older peers.\n\n"
                                        "Offends in a group, evenings.")
        assert (psr.strengths, psr.maturity, psr.needs) == (
            "Boxing club.", "Young for his age.", None)
        assert psr.due_date == TODAY + dt.timedelta(days=10)
        assert psr.author_id == officer.user_id
        assert assessment_warnings(psr, signed.date()) == []
        late = signed.date() + dt.timedelta(days=200)
        assert "older than the 3 months" in assessment_warnings(psr, late)[0]


def test_no_countersigned_assessment_warns(uow, officer, child_id, hearing_id) -> None:
    with uow(officer) as u:
        psr = ps.request_report(u.session, hearing_id, requested_on=TODAY)
        assert psr.source_stage_id is None
        assert psr.likelihood_of_reoffending is None
        assert "no countersigned assessment" in assessment_warnings(psr, TODAY)[0]


def _drafted(uow, officer, hearing_id, kind: str = "psr") -> str:
    with uow(officer) as u:
        psr = ps.request_report(u.session, hearing_id, kind=kind, requested_on=TODAY)
        ps.update_report(u.session, psr.id, full_input())
        return psr.id


def test_gatekeeping_loop_then_finalise_locks_and_hashes(uow, officer, manager,
                                                        hearing_id) -> None:
    psr_id = _drafted(uow, officer, hearing_id)
    with pytest.raises(WorkflowError, match="manager must check"), uow(officer) as u:
        gk.finalise(u.session, psr_id)
    with uow(officer) as u:
        gk.submit_for_check(u.session, psr_id)
    with pytest.raises(WorkflowError), uow(officer) as u:  # with the manager: no edits
        ps.update_report(u.session, psr_id, full_input(conclusion="Changed"))
    with pytest.raises(WorkflowError, match="manager must check"), uow(officer) as u:
        gk.finalise(u.session, psr_id)
    with pytest.raises(PermissionDenied), uow(officer) as u:  # not a manager
        gk.mark_court_ready(u.session, psr_id)
    with pytest.raises(ValidationError), uow(manager) as u:
        gk.return_with_comments(u.session, psr_id, "  ")
    with uow(manager) as u:
        gk.return_with_comments(u.session, psr_id, "Say more about maturity.")
    with uow(officer) as u:
        assert gk.latest_return_comments(u.session, psr_id) == "Say more about maturity."
        ps.update_report(u.session, psr_id, full_input(maturity="Much younger; ECT shows "
                                                       "language needs."))
        gk.submit_for_check(u.session, psr_id)
    with uow(manager) as u:
        gk.mark_court_ready(u.session, psr_id)
    with uow(officer) as u:
        psr = gk.finalise(u.session, psr_id)
        assert psr.status == "finalised"
        assert psr.checked_by_id == manager.user_id
        assert psr.content_hash is not None and len(psr.content_hash) == 64
    with pytest.raises(RecordLocked), uow(officer) as u:
        ps.update_report(u.session, psr_id, full_input(conclusion="Custody."))
    with pytest.raises(RecordLocked), uow(manager) as u:
        gk.return_with_comments(u.session, psr_id, "Reopen")
    with pytest.raises(RecordLocked), uow(officer) as u:
        ps.refresh_from_assessment(u.session, psr_id)
    with uow(officer) as u:
        psr = ps.get_psr(u.session, psr_id)
        assert psr.conclusion == "A community sentence can manage the risk."
        assert gk.verify(u.session, psr_id)
        assert [r.action for r in gk.reviews(u.session, psr_id)] == [
            "submitted", "returned", "submitted", "court_ready", "finalised"]


def test_author_cannot_gatekeep_own_report(uow, manager, hearing_id) -> None:
    psr_id = _drafted(uow, manager, hearing_id)
    with uow(manager) as u:
        gk.submit_for_check(u.session, psr_id)
    with pytest.raises(PermissionDenied, match="another manager"), uow(manager) as u:
        gk.mark_court_ready(u.session, psr_id)


def test_submit_names_missing_sections(uow, officer, hearing_id) -> None:
    with uow(officer) as u:
        psr_id = ps.request_report(u.session, hearing_id, requested_on=TODAY).id
        ps.update_report(u.session, psr_id, full_input(maturity="", requirements=[]))
    with pytest.raises(ValidationError) as err, uow(officer) as u:
        gk.submit_for_check(u.session, psr_id)
    assert set(err.value.errors) >= {"maturity", "requirements"}
    with uow(officer) as u:
        assert ps.get_psr(u.session, psr_id).status == "drafting"


def test_stand_down_needs_fewer_sections(uow, officer, hearing_id) -> None:
    with uow(officer) as u:
        psr_id = ps.request_report(u.session, hearing_id, kind="stand_down",
                                   requested_on=TODAY).id
        ps.update_report(u.session, psr_id, full_input(
            maturity=None, needs=None, strengths=None, safety_wellbeing=None,
            safety_wellbeing_rationale=None, proposal_disposal_type="referral_order",
            requirements=[]))
        assert gk.submit_for_check(u.session, psr_id).status == "submitted"


def test_bad_report_input_is_refused(uow, officer, hearing_id) -> None:
    with uow(officer) as u:
        psr_id = ps.request_report(u.session, hearing_id, requested_on=TODAY).id
    with pytest.raises(ValidationError) as err, uow(officer) as u:
        ps.update_report(u.session, psr_id, full_input(
            likelihood_of_reoffending="very_high", proposal_disposal_type="youth_caution",
            proposal_months=99, requirements=[ps.ProposedRequirement("juggling")]))
    assert set(err.value.errors) == {"likelihood_of_reoffending", "proposal_disposal_type",
                                     "proposal_months", "requirements[0]"}
    with pytest.raises(ValidationError) as err2, uow(officer) as u:
        ps.request_report(u.session, hearing_id, requested_on=TODAY)
    assert "kind" in err2.value.errors  # a second PSR for the same hearing


def test_sending_is_recorded_for_finalised_reports_only(uow, officer, manager,
                                                       hearing_id) -> None:
    psr_id = _drafted(uow, officer, hearing_id)
    with pytest.raises(WorkflowError), uow(officer) as u:
        gk.record_sent(u.session, psr_id, "court", "Blackpool Youth Court", "secure_email")
    with uow(officer) as u:
        gk.submit_for_check(u.session, psr_id)
    with uow(manager) as u:
        gk.mark_court_ready(u.session, psr_id)
    with uow(officer) as u:
        gk.finalise(u.session, psr_id)
        gk.record_sent(u.session, psr_id, "court", "Blackpool Youth Court", "secure_email")
        gk.record_sent(u.session, psr_id, "defence", "A. Solicitor", "secure_email")
    with pytest.raises(ValidationError) as err, uow(officer) as u:
        gk.record_sent(u.session, psr_id, "press", "", "pigeon")
    assert set(err.value.errors) == {"recipient_type", "recipient_name", "method"}
    with uow(officer) as u:
        rows = u.session.scalars(select(PsrSent)).all()
        assert sorted(r.recipient_type for r in rows) == ["court", "defence"]
        psr = ps.get_psr(u.session, psr_id)
        assert all(r.content_hash == psr.content_hash for r in rows)
        start, end = hs.week_bounds(TODAY + dt.timedelta(days=10))
        listed = hs.court_list(u.session, start, end)
        assert [r.report_status for r in listed] == ["sent"]


def test_quality_check_falls_due_working_days_before(uow, officer, child_id,
                                                     hearing_id) -> None:
    with uow(officer) as u:
        psr = ps.request_report(u.session, hearing_id, requested_on=TODAY)
        assert psr.due_date == dt.date(2026, 11, 30)  # a Monday
        assert due.court_due in due.PROVIDERS
        items = due.court_due(u.session, [child_id], TODAY)[child_id]
        check = next(i for i in items if i.kind == "psr_check")
        assert check.due == dt.date(2026, 11, 27)  # the Friday before
    assert quality_check_due(dt.date(2026, 12, 29)) == dt.date(2026, 12, 24)  # bank holidays
    with uow(officer) as u:
        n = u.session.scalar(select(func.count()).select_from(PreSentenceReport))
        assert n == 1


def test_save_sections_writes_only_what_was_typed_and_never_over_a_newer_text(
        uow, officer, hearing_id) -> None:
    """An editor's save writes the sections typed in, and only where the store still holds
    what the editor read: a section changed since (a colleague's edit pulled by sync) is
    refused with what it holds now, and nothing is written; the other sections keep what
    is stored now, not the editor's stale copy."""
    psr_id = _drafted(uow, officer, hearing_id)
    with uow(officer) as u:
        read = ps.PsrInput.from_report(u.session, ps.get_psr(u.session, psr_id))
    with uow(officer) as u:  # the colleague's edit, arrived by sync
        ps.update_report(u.session, psr_id, full_input(needs="A school place."))
    typed = full_input(conclusion="Supervision works best.", needs=read.needs)
    with uow(officer) as u:
        saved = ps.save_sections(u.session, psr_id, typed, {"conclusion"},
                                 {"conclusion": read.conclusion})
    assert (saved.conclusion, saved.needs) == ("Supervision works best.", "A school place.")
    with pytest.raises(ps.SectionsChangedElsewhere) as refused, uow(officer) as u:
        ps.save_sections(u.session, psr_id, full_input(needs="Mine."), {"needs"},
                         {"needs": read.needs})
    assert refused.value.now == {"needs": "A school place."}
    with uow(officer) as u:
        assert ps.get_psr(u.session, psr_id).needs == "A school place."
