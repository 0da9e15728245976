"""Out-of-court decisions, the end of intervention with its exit plan (and its PDF)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.unit.casework_support import count, make_user
from yjdesk.errors import PermissionDenied, RecordLocked, ValidationError
from yjdesk.models import Disposal, ExitPlan, OocCondition, OocDecision
from yjdesk.models.org import Role
from yjdesk.reports.exit_plan import exit_plan_data, render_exit_plan
from yjdesk.services.casework import exit as exit_svc
from yjdesk.services.casework import ooc
from yjdesk.services.casework.exit import ExitInput
from yjdesk.services.casework.ooc import ConditionInput, OocInput


def ooc_input(**kw: object) -> OocInput:
    base: dict[str, object] = dict(
        referral_date=TODAY - dt.timedelta(days=20),
        screening_summary="First offence; shoplifting; remorseful; school supportive.",
        panel_date=TODAY - dt.timedelta(days=10), decision="youth_conditional_caution",
        rationale="Realistic prospect of conviction; admitted; needs structured work.",
        conditions=[ConditionInput("Attend 4 victim awareness sessions", True),
                    ConditionInput("Join the boxing club", False)],
        delivered_date=TODAY - dt.timedelta(days=7), delivered_by="PC Shah (YJS police)",
        child_understood=True, parent_understood=True,
        disposal_end_date=TODAY + dt.timedelta(days=80),
        yjs_recommendation="youth_conditional_caution", panel_attendees="Police, YJS, chair",
        admission="admitted", evidential_standard_met=True)
    base.update(kw)
    return OocInput(**base)  # type: ignore[arg-type]


def test_panel_decision_creates_the_disposal_and_records_outcome(uow, child_id) -> None:
    with uow() as u:
        row = ooc.record_decision(u.session, child_id, ooc_input(), TODAY)
        did = row.id
        disposal = u.session.get(Disposal, row.disposal_id)
        assert disposal.disposal_type == "youth_conditional_caution"
        assert disposal.decision_body == "Youth Disposal Panel"
        assert "(mandatory)" in disposal.conditions and "(voluntary)" in disposal.conditions
        assert [c.mandatory for c in ooc.conditions(u.session, did)] == [True, False]
    with uow() as u:
        ooc.record_outcome(u.session, did, "completed", TODAY, TODAY)
    with uow() as u:
        row = u.session.get(OocDecision, did)
        assert row.outcome == "completed"
        assert u.session.get(Disposal, row.disposal_id).outcome == "completed"


def test_charge_makes_no_disposal(uow, child_id) -> None:
    with uow() as u:
        row = ooc.record_decision(u.session, child_id, ooc_input(
            decision="charge", conditions=[], delivered_date=None), TODAY)
        assert row.disposal_id is None and count(u.session, Disposal) == 0


def test_bad_ooc_input_is_refused_and_nothing_saved(uow, child_id) -> None:
    with uow() as u, pytest.raises(ValidationError) as err:
        ooc.record_decision(u.session, child_id, ooc_input(
            decision="slap_on_wrist", parent_understood=False,
            panel_date=TODAY - dt.timedelta(days=30)), TODAY)
    e = err.value.errors
    assert "not a known panel decision" in e["decision"]
    assert "cannot be before" in e["panel_date"]
    assert "understood the implications" in e["child_understood"]
    # An end date before the start, caught by the disposal rules: still nothing half-saved.
    with uow() as u, pytest.raises(ValidationError) as err:
        ooc.record_decision(u.session, child_id, ooc_input(
            disposal_end_date=TODAY - dt.timedelta(days=30)), TODAY)
    assert "before the start" in err.value.errors["disposal_end_date"]
    with uow() as u:
        assert count(u.session, OocDecision) == 0 and count(u.session, OocCondition) == 0
        assert count(u.session, Disposal) == 0


def complete_exit(**kw: object) -> ExitInput:
    base: dict[str, object] = dict(
        end_date=TODAY, ete_status="college", ete_hours_offered=16, ete_hours_attended=14,
        accommodation_type="family_home", accommodation_suitable=True,
        rj_engagement="indirect", continuing_support="early_help",
        receiving_service="Blackpool Early Help - Central hub",
        support_detail="Family support worker visits weekly from 1 December.",
        strategies="Walk away and ring my uncle when the lads start.",
        child_feedback="Pat listened to me. The boxing helped.",
        family_feedback="We feel we can cope now.")
    base.update(kw)
    return ExitInput(**base)  # type: ignore[arg-type]


def test_sign_off_refused_while_end_statuses_missing(uow, actor, child_id) -> None:
    with uow() as u:
        manager = make_user(u.session, actor, Role.TEAM_MANAGER, "morgan")
        did = ooc.record_decision(u.session, child_id, ooc_input(), TODAY).disposal_id
        xid = exit_svc.save(u.session, child_id, complete_exit(
            disposal_id=did, ete_status=None, accommodation_suitable=None,
            receiving_service=None), TODAY).id
    with uow() as u, pytest.raises(PermissionDenied):
        exit_svc.sign_off(u.session, xid)
    with uow(manager) as u, pytest.raises(ValidationError) as err:
        exit_svc.sign_off(u.session, xid)
    message = err.value.errors[""]
    assert message.startswith("The exit plan cannot be signed off yet. Still missing:")
    for part in ("ETE status at the end", "whether the accommodation is suitable",
                 "the service receiving the child"):
        assert part in message
    with uow() as u:
        assert u.session.get(ExitPlan, xid).status == "draft"
        exit_svc.save(u.session, child_id, complete_exit(), TODAY, xid)
    with uow(manager) as u:
        row = exit_svc.sign_off(u.session, xid)
        assert row.status == "signed_off" and row.signed_off_by == manager.user_id
    with uow() as u, pytest.raises(RecordLocked):
        exit_svc.save(u.session, child_id, complete_exit(strategies="changed"), TODAY, xid)


def test_exit_end_before_start_and_unknown_code(uow, child_id) -> None:
    with uow() as u:
        did = ooc.record_decision(u.session, child_id, ooc_input(), TODAY).disposal_id
    with uow() as u, pytest.raises(ValidationError) as err:
        exit_svc.save(u.session, child_id, complete_exit(
            disposal_id=did, end_date=TODAY - dt.timedelta(days=60),
            continuing_support="magic_circle"), TODAY)
    assert "cannot be before the start date" in err.value.errors["end_date"]
    assert "not a known exit support" in err.value.errors["continuing_support"]
    with uow() as u:
        assert count(u.session, ExitPlan) == 0


def test_exit_plan_pdf_reads_back(uow, actor, child_id, tmp_path: Path) -> None:
    with uow() as u:
        manager = make_user(u.session, actor, Role.TEAM_MANAGER, "morgan")
        did = ooc.record_decision(u.session, child_id, ooc_input(), TODAY).disposal_id
        long_text = " ".join(["I will keep going to college and boxing."] * 60)
        xid = exit_svc.save(u.session, child_id, complete_exit(
            disposal_id=did, support_detail=long_text), TODAY).id
    with uow(manager) as u:
        exit_svc.sign_off(u.session, xid)
        data = exit_plan_data(u.session, xid)
    buf = io.BytesIO()
    render_exit_plan(data, buf)
    pdf = tmp_path / "exit.pdf"
    pdf.write_bytes(buf.getvalue())
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 2
    with pdfplumber.open(pdf) as doc:
        pages = [p.extract_text() or "" for p in doc.pages]
    for n, page in enumerate(pages, 1):
        assert "OFFICIAL-SENSITIVE" in page
        assert "Jayden Okafor-Test" in page and "DOB 17/05/2010" in page
        assert f"Page {n} of {len(pages)}" in page
    text = "\n".join(pages)
    assert "College / further education, 16 hours a week offered (14 attended)" in text
    assert "Living with parents or family - suitable" in text
    assert "Step-down to Early Help" in text and "Central hub" in text
    assert "Walk away and ring my uncle" in text
    assert "Signed off by Morgan" in text
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "page")],
                       check=True, timeout=60)
        assert sorted(tmp_path.glob("page-*.png"))
