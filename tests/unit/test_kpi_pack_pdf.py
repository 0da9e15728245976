"""The performance pack PDF, read back: marking, page numbers, figures and suppression."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pdfplumber
from pypdf import PdfReader

from tests.unit.test_kpi_national import FY, SETTINGS, disp, kid
from tests.unit.test_kpi_snapshot import data  # noqa: F401 - the fixture
from yjdesk.reports import performance_pack
from yjdesk.services.oversight.kpi import compute_pack
from yjdesk.services.oversight.kpi.base import shown

D = dt.date


def test_pack_pdf(uow, data, tmp_path: Path) -> None:  # noqa: F811
    with uow() as u:
        for i in range(12):  # 12 first-time entrants: shown exactly
            disp(u.session, kid(u.session, f"E{i}", D(2010, 2, 1)), "youth_caution",
                 D(2025, 6, 1) + dt.timedelta(days=i))
    with uow() as u:
        pack = compute_pack(u.session, FY, SETTINGS)
    # 15 boys and 1 girl: "<5" alone would give the girl away by subtraction from the
    # cohort total, so the boys' count is withheld as well.
    assert shown(pack.section("profile.gender"), SETTINGS.suppress) == {
        "profile.gender.male": ("*", "--"), "profile.gender.female": ("<5", "--")}
    out = tmp_path / "pack.pdf"
    performance_pack.build(pack, out, service="Blackpool Youth Justice Service",
                           produced_by="Mo Manager")
    reader = PdfReader(str(out))
    pages = [p.extract_text() for p in reader.pages]
    total = len(pages)
    assert total >= 4
    for n, page in enumerate(pages, 1):
        assert "OFFICIAL-SENSITIVE" in page
        assert f"Page {n} of {total}" in page
        assert "01 Apr 2025 to 31 Mar 2026" in page
    text = "\n".join(pages)
    assert "First-time entrants" in text and "12" in text
    assert "KPI 1: Suitable accommodation" in text
    assert "<5" in text and "--" in text
    assert "suppressed (--)" in text          # a chart bar left empty and labelled
    lines = text.splitlines()
    male = lines.index("Male")                # the gender table: Male | * | 16 | --
    assert lines[male + 1:male + 4] == ["*", "16", "--"]
    assert "Cohort profile" in text
    assert "Management board attendance" in text
    # the headlines have a "Change" column; it says nothing where last year's figure is
    # suppressed ("<5" first-time entrants)
    first = pages[0].splitlines()
    assert "Change" in first
    row = first.index("First-time entrants")
    assert first[row:row + 7] == ["First-time entrants", "First-time entrants", "14", "-",
                                  "<5", "-", "-"]
    with pdfplumber.open(str(out)) as pdf:
        words = {w["text"] for p in pdf.pages for w in p.extract_words()}
    assert "<5" in words
    keep = os.environ.get("YJDESK_KEEP_PACK")
    if keep:  # developers: look at the pages with pdftoppm -png -r 60
        shutil.copy(out, keep)
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "60", keep, keep.removesuffix(".pdf")],
                           check=True)
