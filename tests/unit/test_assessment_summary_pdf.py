"""The assessment summary PDF, read back: marking, child name and DOB on every page, page
numbers, the child's own words, ratings with rationales, and the countersign hash."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.unit.test_assessment_helpers import COMPLETE, add_disposal, make_user
from yjdesk.models import Role
from yjdesk.reports import assessment_summary
from yjdesk.services.assessments import signing, stages

LONG = ("Jay described the evening in detail. He says the older boys told him to take the "
        "phone and that he was frightened of what they would do if he refused. ") * 12


@pytest.fixture
def signed(uow, actor, child_id) -> tuple[str, str]:
    with uow() as u:
        manager = make_user(u.session, actor.team_id, Role.TEAM_MANAGER, "tess", "Tess Manager")
        disp = add_disposal(u.session, child_id)
        sid = stages.create_stage(u.session, child_id, disp, today=TODAY).id
        stages.save_answers(u.session, sid, {
            **COMPLETE, "offence_analysis": LONG, "living_notes": LONG,
            "child_worries": "That I get kicked out and my mum gets upset.",
            "child_help_wanted": "Someone to help me with maths, I'm not stupid.",
        }, clarify={"missing_episodes": True}, today=TODAY)
        signing.submit(u.session, sid, today=TODAY)
    with uow(manager) as u:
        st = signing.countersign(u.session, sid)
        assert st.content_hash is not None
        return sid, st.content_hash


def _render(uow, sid: str) -> bytes:
    with uow() as u:
        data = assessment_summary.gather(u.session, sid)
    buf = io.BytesIO()
    assessment_summary.render(data, buf)
    return buf.getvalue()


def test_summary_pdf_reads_back(uow, signed, tmp_path: Path) -> None:
    sid, digest = signed
    pdf = _render(uow, sid)
    out = os.environ.get("YJDESK_PDF_OUT")
    if out:  # for looking at the pages: pdftoppm -png -r 60
        Path(out).write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    assert pages >= 2
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        texts = [p.extract_text() for p in doc.pages]
    for n, page in enumerate(texts, start=1):
        assert page.count("OFFICIAL-SENSITIVE") >= 2, n
        assert "Jayden Okafor-Test" in page and "DOB 17/05/2010" in page, n
        assert f"Page {n} of {pages}" in page
    whole = re.sub(r"\s+", " ", " ".join(texts))
    assert digest in whole.replace(" ", "") or digest in "".join(texts).replace("\n", "")
    assert "Tess Manager" in whole and "matches the countersigned hash" in whole
    assert "Someone to help me with maths" in whole  # the child's own words
    assert "Likelihood of reoffending" in whole and "Used intimidation" in whole
    assert "Yet to clarify" in whole


def test_draft_summary_says_not_countersigned(uow, child_id) -> None:
    with uow() as u:
        disp = add_disposal(u.session, child_id)
        sid = stages.create_stage(u.session, child_id, disp, today=TODAY).id
    with pdfplumber.open(io.BytesIO(_render(uow, sid))) as doc:
        first = doc.pages[0].extract_text()
    assert "NOT COUNTERSIGNED" in first and "Page 1 of" in first


def test_review_summary_shows_what_changed_and_carried_forward_dates(uow, signed) -> None:
    sid, _digest = signed
    later = TODAY.replace(month=12, day=14)
    with uow() as u:
        rid = stages.start_review(u.session, sid, today=later).id
        stages.save_answers(u.session, rid, {"ete_hours": 25}, today=later)
    with pdfplumber.open(io.BytesIO(_render(uow, rid))) as doc:
        whole = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in doc.pages))
    assert "Changed since the previous stage" in whole
    assert "carried forward unchanged" in whole and "NOT COUNTERSIGNED" in whole
