"""Benchmark: time to render a 10-page pre-sentence report (target under 0.5 s).

    python bench/bench_psr.py [--out report.pdf] [--runs 5]

Prints the median time for a 10-page report and, as a baseline from the same run, for a
one-page stand-down report, with their ratio and the time per page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import time

from pypdf import PdfReader

from yjdesk.reports.psr import render_psr
from yjdesk.reports.stand_down import render_stand_down
from yjdesk.services.court.document import OffenceLine, PsrDocument, Rating

TARGET_SECONDS = 0.5

PARAGRAPH = (
    "Jay described the afternoon in detail and accepted that he took the phone from the "
    "victim's hand while two older boys stood close by. He said he did not plan it and that "
    "he felt he had to go along with the older boys, whom he owes money for cannabis. He "
    "understood that the victim, a boy of his own age, was frightened, and he said he would "
    "be willing to write a letter of apology. His account was consistent with the CPS case "
    "summary, though he minimised the threat the group presented. ")


def sample_document(paragraphs: int, *, kind: str = "psr", final: bool = True,
                    short: bool = False, extra: int = 0) -> PsrDocument:
    """A realistic report with ``paragraphs`` paragraphs in each long section (``extra``
    more in the conclusion)."""
    text = PARAGRAPH.split(". ")[0] + "." if short else PARAGRAPH.strip()
    body = "\n\n".join([text] * paragraphs)
    conclusion = "\n\n".join([text] * (paragraphs + extra))
    signed = dt.datetime(2026, 10, 1, 15, 30, tzinfo=dt.UTC)
    return PsrDocument(
        psr_id="5d3f2a10-0000-4000-8000-000000000001", kind=kind,
        title="Pre-sentence report" if kind == "psr" else "Stand-down report",
        status="finalised" if final else "drafting",
        child_name="Jayden Okafor", known_as="Jay", date_of_birth=dt.date(2010, 5, 17),
        age_at_hearing=16, case_number="YJ-000123", pnc_number="2025/0123456X",
        address="14 Cedar Road, Blackpool, FY1 3AB", legal_status="Not looked after",
        court="Blackpool Youth Court",
        court_address="Blackpool Magistrates' Court, Civic Centre, Chapel Street, "
                      "Blackpool FY1 5RJ",
        hearing_date=dt.date(2026, 11, 30), hearing_time="10:00",
        hearing_type="Adjourned for report",
        legal_representative="Amira Shah, Shah & Co Solicitors",
        requested_on=dt.date(2026, 11, 9), due_date=dt.date(2026, 11, 30),
        author="Colin Hughes", author_role="Court officer (probation officer)",
        checked_by="Maria Lewis", checked_at=dt.datetime(2026, 11, 26, 11, 5, tzinfo=dt.UTC),
        finalised_at=dt.datetime(2026, 11, 26, 14, 40, tzinfo=dt.UTC) if final else None,
        content_hash="9f2c4b1e" * 8 if final else None,
        source_stage_id="a1b2c3d4-1111-4222-8333-944445555666", source_stage_signed=signed,
        warnings=[],
        sources=["Interview with Jay at the YJS office, 12/11/2026 (90 minutes)",
                 "Home visit and interview with Jay's mother, 16/11/2026",
                 "CPS case summary, witness statements and victim personal statement",
                 "AssetPlus assessment, countersigned 01/10/2026",
                 "School attendance and behaviour records (Highfield Academy)",
                 "Children's social care records (Mosaic)",
                 "Speech and language therapy report, 03/2026"],
        offences=[OffenceLine(dt.date(2026, 9, 1), "Robbery",
                              "Robbery of a mobile phone from a 15-year-old, Talbot Road",
                              "Guilty"),
                  OffenceLine(dt.date(2026, 9, 2), "Theft and handling stolen goods",
                              "Handling the stolen phone", "Guilty")],
        sections=[("Offence analysis", body), ("The child's circumstances", body),
                  ("Maturity", body), ("Needs", body),
                  ("Strengths and protective factors", body), ("Conclusion", conclusion)],
        ratings=[Rating("Likelihood of reoffending", "Medium", body),
                 Rating("Risk of serious harm to others", "High", body),
                 Rating("Safety and wellbeing concerns", "Medium", body)],
        proposal="Youth rehabilitation order for 12 months",
        proposal_detail="The requirements address the exploitation Jay describes and give "
                        "structure to his evenings, when the offending happened.",
        requirements=["Supervision", "Curfew (electronically monitored) (12 hours per day): "
                      "19:00 to 07:00", "Activity (30 days): boxing club and ETE mentoring"],
        sent=["26/11/2026 15:02 to court (Blackpool Youth Court) by secure e-mail (cjsm)",
              "26/11/2026 15:04 to defence (Amira Shah) by secure e-mail (cjsm)"])


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def document_of_pages(target: int) -> PsrDocument:
    """A realistic report of ``target`` pages: long sections, then a longer conclusion."""
    n = 1
    while pages(render_psr(sample_document(n + 1))) <= target:
        n += 1
    extra = 0
    while pages(render_psr(sample_document(n, extra=extra))) < target:
        extra += 1
    return sample_document(n, extra=extra)


def timed(fn: object, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", help="also write the 10-page PDF here")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    big = document_of_pages(10)
    small = sample_document(1, kind="stand_down", short=True)
    big_pages = pages(render_psr(big, args.out))
    small_pages = pages(render_stand_down(small))
    t_big = timed(lambda: render_psr(big), args.runs)
    t_small = timed(lambda: render_stand_down(small), args.runs)
    verdict = "OK" if t_big < TARGET_SECONDS else "SLOWER THAN TARGET"
    print(f"PSR, {big_pages} pages: {t_big * 1000:.0f} ms median of {args.runs} "
          f"(target < {TARGET_SECONDS * 1000:.0f} ms) {verdict}")
    print(f"baseline: stand-down report, {small_pages} page(s): {t_small * 1000:.0f} ms")
    print(f"ratio {big_pages}-page / baseline: {t_big / t_small:.1f}x; "
          f"{t_big / big_pages * 1000:.0f} ms per page")


if __name__ == "__main__":
    main()
