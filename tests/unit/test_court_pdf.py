"""Court report PDFs, read back: marking, child, court and hearing on every page; proposal."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.unit import test_court_psr as base
from tests.unit.test_court_psr import add_stage, full_input
from yjdesk.reports.psr import render_psr
from yjdesk.reports.stand_down import render_report
from yjdesk.services.court import gatekeeping as gk
from yjdesk.services.court import psr as ps
from yjdesk.services.court.document import build_document

# The fixtures of the PSR tests: court officer, team manager, a hearing adjourned for report.
officer = base.officer
manager = base.manager
hearing_id = base.hearing_id

LONG = ("Jay accepts that he took the phone. He says the older boys told him to and that he "
        "owes them money. ") * 60


def _finalised(uow, officer, manager, hearing_id, kind: str = "psr", **over) -> str:
    with uow(officer) as u:
        psr_id = ps.request_report(u.session, hearing_id, kind=kind, requested_on=TODAY).id
        ps.update_report(u.session, psr_id, full_input(**over))
        gk.submit_for_check(u.session, psr_id)
    with uow(manager) as u:
        gk.mark_court_ready(u.session, psr_id)
    with uow(officer) as u:
        gk.finalise(u.session, psr_id)
        gk.record_sent(u.session, psr_id, "court", "Blackpool Youth Court", "secure_email")
    return psr_id


def _pages_text(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_text() or "" for page in doc.pages]


def test_finalised_psr_pdf_reads_back(uow, actor, officer, manager, child_id,
                                      hearing_id) -> None:
    add_stage(uow, actor, manager, child_id)
    psr_id = _finalised(uow, officer, manager, hearing_id, offence_analysis=LONG,
                        circumstances=LONG)
    with uow(officer) as u:
        doc = build_document(u.session, psr_id, TODAY)
        pdf = render_psr(doc)
    pages = _pages_text(pdf)
    assert len(pages) >= 3
    for i, page in enumerate(pages, start=1):
        assert "OFFICIAL-SENSITIVE" in page, i
        assert "Jayden Okafor-Test" in page, i
        assert "DOB 17/05/2010" in page, i
        assert "Blackpool Youth Court" in page, i
        assert "Hearing 30/11/2026 at 10:00" in page, i
        assert f"Page {i} of {len(pages)}" in page, i
        assert "DRAFT" not in page
    whole = " ".join(pages).replace("\n", " ")
    assert "Proposed sentence: Youth rehabilitation order for 12 months" in whole
    assert "Curfew (electronically monitored) (12 hours per day): 19:00 to 07:00" in whole
    assert "Interview with Jay at the YJS office" in whole          # sources listed
    assert "AssetPlus assessment countersigned on 01/10/2026" in whole  # the source stage
    assert "Colin" in whole and "Maria" in whole                     # author and manager
    assert doc.content_hash and doc.content_hash in whole.replace(" ", "")
    assert "to court (Blackpool Youth Court) by secure e-mail" in whole
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.subject == "OFFICIAL-SENSITIVE"


def test_draft_pdf_is_stamped_and_warns_without_assessment(uow, officer, hearing_id) -> None:
    with uow(officer) as u:
        psr_id = ps.request_report(u.session, hearing_id, requested_on=TODAY).id
        ps.update_report(u.session, psr_id, full_input())
        pdf = render_report(build_document(u.session, psr_id, TODAY))
    pages = _pages_text(pdf)
    assert all("DRAFT - not for the court" in p for p in pages)
    assert "no countersigned assessment" in pages[0]


def test_stand_down_pdf_is_short(uow, officer, manager, hearing_id) -> None:
    psr_id = _finalised(uow, officer, manager, hearing_id, kind="stand_down", maturity=None,
                        needs=None, strengths=None)
    with uow(officer) as u:
        doc = build_document(u.session, psr_id, TODAY)
    pdf = render_report(doc, generated=dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC))
    pages = _pages_text(pdf)
    assert len(pages) <= 2
    assert pages[0].count("Stand-down report") >= 2  # header and title
    assert all("Jayden Okafor-Test" in p and "OFFICIAL-SENSITIVE" in p for p in pages)
    whole = "\n".join(pages)
    assert "Proposed sentence: Youth rehabilitation order for 12 months" in whole
    assert "Maturity" not in whole


def test_finalised_report_printed_later_keeps_the_warnings_it_had(
        uow, actor, officer, manager, child_id, hearing_id) -> None:
    """A report sent to court is judged as it stood when finalised: printing it again two
    years later must not add 'the assessment is too old'."""
    add_stage(uow, actor, manager, child_id)
    psr_id = _finalised(uow, officer, manager, hearing_id)
    with uow(officer) as u:
        now = build_document(u.session, psr_id, TODAY)
        later = build_document(u.session, psr_id, TODAY + dt.timedelta(days=730))
    assert now.warnings == [] and later.warnings == []
