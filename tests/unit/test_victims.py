"""Victims as people with their own privacy (issue 14): the victim worker's record, the
practitioner's safety summary, bad input, consent per use in a PSR (PDF read back), and
KPI 10 counted per victim on a hand-built set."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY, child_input
from tests.unit import test_court_psr as base
from tests.unit.test_court_pdf import _finalised
from tests.unit.test_court_psr import add_stage
from yjdesk.errors import PermissionDenied, ValidationError
from yjdesk.models import Offence, Victim, VictimOffence, VictimSafetySummary
from yjdesk.models.org import Role
from yjdesk.reports.psr import render_psr
from yjdesk.services.court.document import build_document
from yjdesk.services.justice import OffenceInput, add_offence
from yjdesk.services.oversight.kpi import victims as kpi10
from yjdesk.services.oversight.kpi.base import KpiSettings, Period
from yjdesk.services.uow import Actor
from yjdesk.services.victims import records as vr
from yjdesk.services.victims.records import VictimInput

officer = base.officer
manager = base.manager
hearing_id = base.hearing_id
D = dt.timedelta
NAME = "Ada Kowalski"
PHONE = "07700 900461"
VIEWS = "I am frightened to walk past the shop on Talbot Road."
TWO_MONTHS_AGO = TODAY - D(days=60)


@pytest.fixture
def worker(uow, actor: Actor) -> Actor:
    return base.make_user(uow, actor, "vicky", Role.VICTIM_WORKER)


def offence(uow, child_id: str, when: dt.date = TWO_MONTHS_AGO) -> str:
    with uow() as u:
        return add_offence(u.session, child_id, OffenceInput(when, "robbery",
                                                             victim_involved=True), TODAY).id


def victim_input(offence_ids: list[str], **over: object) -> VictimInput:
    values: dict[str, object] = dict(
        name=NAME, offence_ids=offence_ids, address="14 Talbot Road\nBlackpool FY1 3AA",
        phone=PHONE, preferred_contact="phone", consent_to_contact=True,
        consent_date=TODAY - D(days=40), views=VIEWS, views_date=TODAY - D(days=35),
        safety_concerns=True, safety_detail="The boy waited outside her shop twice.",
        safety_summary="exclusion zone around Talbot Road shops")
    values.update(over)
    return VictimInput(**values)  # type: ignore[arg-type]


def counts(uow) -> tuple[int, int, int]:
    with uow() as u:
        s = u.session
        return tuple(int(s.scalar(select(func.count()).select_from(m)) or 0)  # type: ignore[return-value]
                     for m in (Victim, VictimOffence, VictimSafetySummary))


def test_the_victim_worker_records_and_the_practitioner_sees_only_the_summary(
        uow, actor, worker, child_id) -> None:
    oid = offence(uow, child_id)
    with uow(worker) as u:
        v = vr.save_victim(u.session, child_id, victim_input([oid]), TODAY)
        vid = v.id
    with uow(worker) as u:
        vr.save_victim(u.session, child_id, victim_input(
            [oid], rj_offered=True, rj_offered_date=TODAY - D(days=30),
            rj_type="direct_conference", rj_took_part=True, rj_date=TODAY - D(days=10),
            rj_outcome="Apology accepted; reparation agreed."), TODAY, vid)
        [mine] = vr.victims(u.session, child_id)
        assert (mine.phone, mine.rj_type, mine.last_contact_date) == (
            PHONE, "direct_conference", TODAY - D(days=10))
        assert vr.linked_offences(u.session, vid) == [oid]
    # The practitioner cannot open the record, and sees the safety summary only.
    with uow(actor) as u, pytest.raises(PermissionDenied):
        vr.victims(u.session, child_id)
    with uow(actor) as u:
        [summary] = vr.safety_summaries(u.session, child_id)
    assert summary.line == ("Victim safety concerns: yes - exclusion zone around Talbot Road "
                            "shops")
    assert NAME not in summary.line and PHONE not in summary.line
    assert counts(uow) == (1, 1, 1)


def test_bad_victim_input_is_refused_and_nothing_saved(uow, worker, child_id) -> None:
    oid = offence(uow, child_id, TODAY - D(days=60))
    with uow(worker) as u, pytest.raises(ValidationError) as err:
        vr.save_victim(u.session, child_id, victim_input(
            [oid], consent_date=TODAY - D(days=61)), TODAY)
    assert "before the offence" in err.value.errors["consent_date"]
    with uow(worker) as u, pytest.raises(ValidationError) as err:
        vr.save_victim(u.session, child_id, victim_input(
            [oid], consent_to_contact=None, consent_date=None, rj_outcome="Met him."), TODAY)
    assert "needs the victim's consent to contact" in err.value.errors["rj_outcome"]
    with uow(worker) as u, pytest.raises(ValidationError) as err:
        vr.save_victim(u.session, child_id, victim_input(
            [oid], safety_summary="Keep away from Ada Kowalski"), TODAY)
    assert "leave out the victim's name" in err.value.errors["safety_summary"]
    with uow(worker) as u, pytest.raises(ValidationError) as err:
        vr.save_victim(u.session, child_id, victim_input([]), TODAY)
    assert "at least one" in err.value.errors["offence_ids"]
    assert counts(uow) == (0, 0, 0)


def test_a_psr_quotes_a_victim_only_with_consent_for_that_use(
        uow, actor, officer, manager, worker, child_id, hearing_id) -> None:
    with uow() as u:
        oid = u.session.scalar(select(Offence.id).where(Offence.child_id == child_id))
    with uow(worker) as u:
        vid = vr.save_victim(u.session, child_id, victim_input([oid], consent_date=TODAY - D(
            days=20), views_date=TODAY - D(days=20)), TODAY).id
    add_stage(uow, actor, manager, child_id)
    psr_id = _finalised(uow, officer, manager, hearing_id)

    def pdf_text() -> str:
        with uow(officer) as u:
            pdf = render_psr(build_document(u.session, psr_id, TODAY))
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            return " ".join(p.extract_text() or "" for p in doc.pages).replace("\n", " ")

    before = pdf_text()
    for detail in (NAME, "Kowalski", PHONE, "Talbot Road", "frightened", "waited outside"):
        assert detail not in before
    assert "no victim has consented to their views being shared" in before
    # Consent to an assessment does not reach a PSR; consent to the PSR does.
    with uow(worker) as u:
        vr.record_disclosure(u.session, vid, "assessment", TODAY - D(days=2),
                             "She would like an apology.", TODAY)
    assert "apology" not in pdf_text()
    with uow(worker) as u:
        vr.record_disclosure(u.session, vid, "psr", TODAY - D(days=1),
                             "The victim feels unsafe near her shop and wants an apology.",
                             TODAY, psr_id=psr_id)
    after = pdf_text()
    assert "The victim feels unsafe near her shop and wants an apology." in after
    assert f"consent given on {(TODAY - D(days=1)).strftime('%d/%m/%Y')}" in after
    assert NAME not in after and PHONE not in after
    # A disclosure without consent to contact, or undated, is refused.
    with uow(worker) as u, pytest.raises(ValidationError) as err:
        vr.record_disclosure(u.session, vid, "psr", None, "words", TODAY)
    assert "consented to this use" in err.value.errors["consent_date"]


def test_kpi10_is_counted_per_victim(uow, worker, child_id) -> None:
    """Hand-built: child A's robbery and theft share one victim (one victim, not two) and a
    second victim of the robbery declined; child B has one victim who consented and was
    offered RJ but did not take part. So: asked 3, consented 2, declined 1, RJ offered 2,
    engaged 1 -> KPI 10 = 1 of 2."""
    from yjdesk.services.children import create_child

    with uow() as u:
        other = create_child(u.session, child_input(given_name="Bea"), TODAY).id
    a1, a2 = offence(uow, child_id), offence(uow, child_id, TODAY - D(days=50))
    b1 = offence(uow, other)
    with uow(worker) as u:
        s = u.session
        vr.save_victim(s, child_id, victim_input(
            [a1, a2], rj_offered=True, rj_offered_date=TODAY - D(days=30),
            rj_type="letter_of_apology", rj_took_part=True, rj_date=TODAY - D(days=5),
            information_given="Explained the referral order.",
            support_referrals="Victim Support"), TODAY)
        vr.save_victim(s, child_id, victim_input(
            [a1], name="Corner Shop Ltd", kind="organisation", consent_to_contact=False,
            views=None, safety_concerns=False, safety_summary=None), TODAY)
        vr.save_victim(s, other, victim_input(
            [b1], name="Sam Reid", rj_offered=True, rj_offered_date=TODAY - D(days=20),
            rj_took_part=False), TODAY)
    with uow() as u:
        section = kpi10.compute(u.session, Period(TODAY - D(days=90), TODAY),
                                KpiSettings(population_10_17=1000, tracking_months=12))
    got = {f.key.split(".", 1)[1]: (f.count, f.denominator) for f in section.figures}
    assert got["asked"][0] == 3
    assert got["consented"] == (2, 3)
    assert got["declined"] == (1, 3)
    assert got["offered"] == (2, 2)
    assert got["engaged"] == (1, 2)          # KPI 10: 1 of the 2 victims who consented
    assert got["informed"] == (1, 2) and got["supported"] == (1, 2)
    assert got["views"] == (2, 2)


def test_only_victim_workers_and_managers_write_victims(uow, actor, child_id) -> None:
    oid = offence(uow, child_id)
    with uow(actor) as u, pytest.raises(PermissionDenied):
        vr.save_victim(u.session, child_id, victim_input([oid]), TODAY)
    manager = base.make_user(uow, actor, "mo", Role.TEAM_MANAGER)
    with uow(manager) as u:
        vr.save_victim(u.session, child_id, victim_input([oid]), TODAY)
    assert counts(uow)[0] == 1


def test_an_assessment_summary_quotes_a_victim_only_with_consent_for_assessments(
        uow, actor, worker, child_id) -> None:
    from tests.unit.test_assessment_helpers import COMPLETE, add_disposal
    from yjdesk.reports import assessment_summary
    from yjdesk.services.assessments import stages

    oid = offence(uow, child_id)
    with uow(worker) as u:
        vid = vr.save_victim(u.session, child_id, victim_input([oid]), TODAY).id
    with uow() as u:
        sid = stages.create_stage(u.session, child_id, add_disposal(u.session, child_id),
                                  today=TODAY).id
        stages.save_answers(u.session, sid, dict(COMPLETE), today=TODAY)

    def pdf_text() -> str:
        with uow() as u:
            data = assessment_summary.gather(u.session, sid)
        buf = io.BytesIO()
        assessment_summary.render(data, buf)
        with pdfplumber.open(io.BytesIO(buf.getvalue())) as doc:
            return " ".join(p.extract_text() or "" for p in doc.pages).replace("\n", " ")

    before = pdf_text()
    for detail in (NAME, PHONE, "Talbot Road", "frightened", "waited outside", "victim's views"):
        assert detail not in before
    with uow(worker) as u:  # consent for a PSR is not consent for an assessment
        vr.record_disclosure(u.session, vid, "psr", TODAY, "Wants an apology.", TODAY)
    assert "apology" not in pdf_text()
    with uow(worker) as u:
        vr.record_disclosure(u.session, vid, "assessment", TODAY,
                             "The victim would welcome a letter of apology.", TODAY)
    after = pdf_text()
    assert "The victim would welcome a letter of apology." in after
    assert NAME not in after and PHONE not in after


def test_the_push_path_refuses_quoting_a_victim_who_did_not_consent(
        uow, worker, child_id) -> None:
    from yjdesk.models import Base
    from yjdesk.server.rules import Change, check

    oid = offence(uow, child_id)
    with uow(worker) as u:
        vid = vr.save_victim(u.session, child_id, victim_input(
            [oid], consent_to_contact=False, views=None), TODAY).id
    with uow(worker) as u, pytest.raises(ValidationError) as err:
        vr.record_disclosure(u.session, vid, "psr", TODAY, "Words", TODAY)
    laptop = err.value.errors["consent_date"]
    with uow(worker) as u:
        table = Base.metadata.tables["victim_disclosure"]
        row = {"child_id": child_id, "victim_ref": vid, "use": "psr",
               "consent_date": TODAY.isoformat(), "text": "Words"}
        refusal = check(Change(u.session, worker, table, "d1", None, row))
    assert refusal is not None and refusal.rstrip(".") == \
        (laptop[:1].lower() + laptop[1:]).rstrip(".")
