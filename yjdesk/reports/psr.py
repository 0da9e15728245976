"""The pre-sentence report as a PDF a court would accept.

Every page carries the OFFICIAL-SENSITIVE marking, the child's name and date of birth, the
court and hearing date, and "Page X of Y" (the shared frame of :mod:`yjdesk.reports.common`
plus a court line). A report that is not finalised is stamped DRAFT on every page.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph

from yjdesk.reports.common import (
    MARGIN_X,
    MUTED,
    PAGE_H,
    PAGE_W,
    STYLES,
    CaseDocTemplate,
    boxed,
    fmt_date,
    gap,
    grid,
    keep,
    key_values,
    para,
    text,
)
from yjdesk.services.court.document import PsrDocument
from yjdesk.services.humanise import date_text, english_date

WARN_BG = colors.HexColor("#fff4e0")
DRAFT_BG = colors.HexColor("#fde8e8")
SERVICE_NAME = "Youth Justice Service"
#: Headings that stay on the page of the text they introduce.
HEADINGS = {1: ParagraphStyle("court_h1", parent=STYLES["h1"], keepWithNext=1),
            2: ParagraphStyle("court_h2", parent=STYLES["h2"], keepWithNext=1)}


def heading(value: str, level: int = 1) -> Paragraph:
    return Paragraph(text(value), HEADINGS[1 if level == 1 else 2])


def long_date(day: dt.date) -> str:
    return english_date(day, "%A %-d %B %Y")


def hearing_line(doc: PsrDocument) -> str:
    when = fmt_date(doc.hearing_date) + (f" at {doc.hearing_time}" if doc.hearing_time else "")
    return f"{doc.court}  |  Hearing {when}"


class CourtDocTemplate(CaseDocTemplate):
    """The case-document frame plus the court and hearing on every page, and a DRAFT stamp."""

    def __init__(self, out: str | IO[bytes] | Any, doc: PsrDocument,
                 generated: dt.datetime | None = None) -> None:
        super().__init__(out, doc.title, doc.child_name, doc.date_of_birth,
                         reference=doc.case_number, author=doc.author or SERVICE_NAME,
                         generated=generated)
        self.court_line = hearing_line(doc)
        self.draft = not doc.is_final

    def draw_frame(self, canvas: Canvas, page: int, total: int) -> None:
        super().draw_frame(canvas, page, total)
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, PAGE_H - 24.5 * mm, self.court_line)
        if self.draft:
            canvas.setFont("Helvetica-Bold", 8.5)
            canvas.setFillColor(colors.HexColor("#a00000"))
            canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 24.5 * mm,
                                   "DRAFT - not for the court")
            canvas.setFont("Helvetica-Bold", 70)
            canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.08))
            canvas.translate(PAGE_W / 2, PAGE_H / 2)
            canvas.rotate(40)
            canvas.drawCentredString(0, 0, "DRAFT")
        canvas.restoreState()


def title_block(doc: PsrDocument) -> list[Flowable]:
    when = long_date(doc.hearing_date) + (f" at {doc.hearing_time}" if doc.hearing_time
                                          else "")
    return [
        Paragraph(SERVICE_NAME.upper(), STYLES["label"]),
        Paragraph(text(doc.title), STYLES["title"]),
        Paragraph(f"Prepared for {text(doc.court)} for the hearing on {text(when)} "
                  f"({text(doc.hearing_type.lower())})", STYLES["subtitle"]),
    ]


def status_boxes(doc: PsrDocument) -> list[Flowable]:
    out: list[Flowable] = []
    if not doc.is_final:
        out += [boxed([Paragraph(
            "<b>DRAFT.</b> This report has not been finalised after a manager's quality "
            "check and must not be given to the court or the defence.", STYLES["body"])],
            DRAFT_BG), gap(3)]
    if not doc.is_final:  # an internal note for the author: never in a report for court
        for warning in doc.warnings:
            out += [boxed([Paragraph(f"<b>Assessment:</b> {text(warning)}", STYLES["body"])],
                          WARN_BG), gap(3)]
    return out


def details(doc: PsrDocument, compact: bool = False) -> Flowable:
    name = doc.child_name + (f' (known as "{doc.known_as}")' if doc.known_as
                             and doc.known_as not in doc.child_name.split() else "")
    checked = (f"{doc.checked_by}, {fmt_date(doc.checked_at.date())}"
               if doc.checked_by and doc.checked_at else "Not yet quality-checked")
    rows: list[tuple[str, object]] = [
        ("Name", name),
        ("Date of birth", f"{fmt_date(doc.date_of_birth)} (age {doc.age_at_hearing} at the "
                          "hearing)"),
        ("Address", doc.address or "Not recorded"),
        ("Legal status", doc.legal_status),
        ("PNC number", doc.pnc_number or "-"),
        ("YJS case number", doc.case_number),
        ("Court", doc.court + (f"\n{doc.court_address}" if doc.court_address else "")),
        ("Hearing", f"{long_date(doc.hearing_date)}"
                    + (f" at {doc.hearing_time}" if doc.hearing_time else "")
                    + f" ({doc.hearing_type})"),
        ("Legal representative", doc.legal_representative or "-"),
        ("Report requested", f"{fmt_date(doc.requested_on)}; due {fmt_date(doc.due_date)}"),
        ("Author", f"{doc.author}, {doc.author_role}"),
        ("Quality-checked by", checked),
    ]
    if compact:
        keep_rows = {"Name", "Date of birth", "Address", "PNC number", "Hearing",
                     "Legal representative", "Author", "Quality-checked by"}
        rows = [r for r in rows if r[0] in keep_rows]
    return key_values(rows, label_width=42 * mm)


def numbered(items: list[str]) -> Flowable:
    return ListFlowable(
        [ListItem(Paragraph(text(i), STYLES["body"]), leftIndent=14) for i in items],
        bulletType="1", bulletFontName="Helvetica", bulletFontSize=9.5, leftIndent=14)


def bullets(items: list[str]) -> Flowable:
    return ListFlowable(
        [ListItem(Paragraph(text(i), STYLES["body"]), leftIndent=12, value="\u2022")
         for i in items], bulletType="bullet", leftIndent=12, bulletFontSize=9)


def sources_part(doc: PsrDocument, number: int) -> list[Flowable]:
    out: list[Flowable] = [heading(f"{number}. Sources of information")]
    if doc.source_stage_id and doc.source_stage_signed:
        out.append(para(
            f"The assessment ratings in this report are drawn from the AssetPlus assessment "
            f"countersigned on {date_text(doc.source_stage_signed)} "
            f"(reference {doc.source_stage_id[:8]})."))
    out.append(numbered(doc.sources) if doc.sources else para("None recorded."))
    return out


def offences_part(doc: PsrDocument, number: int) -> list[Flowable]:
    out: list[Flowable] = [heading(f"{number}. Offences before the court")]
    if not doc.offences:
        return [*out, para("No offences are recorded against this hearing.")]
    width = PAGE_W - 2 * MARGIN_X
    out.append(grid(["Date", "Offence", "Particulars", "Plea"],
                    [(fmt_date(o.date), o.offence, o.description or "-", o.plea)
                     for o in doc.offences],
                    [24 * mm, 50 * mm, width - 96 * mm, 22 * mm]))
    return out


def victim_part(doc: PsrDocument) -> list[Flowable]:
    """The victim's views, only in the words the victim consented to for this use."""
    out: list[Flowable] = [heading("The victim's views", 2)]
    if not doc.victim_views:
        return [*out, para("Not included: no victim has consented to their views being "
                           "shared in this report.")]
    for consented, words in doc.victim_views:
        out.append(para(f"{words} (shared with the victim's consent given on "
                        f"{fmt_date(consented)})"))
    return out


def ratings_part(doc: PsrDocument, number: int, with_empty: bool = True) -> list[Flowable]:
    out: list[Flowable] = [heading(f"{number}. Assessment")]
    if doc.assessment_basis:
        out += [heading("How the ratings were assessed", 2), para(doc.assessment_basis)]
    for rating in doc.ratings:
        if not rating.rating and not rating.rationale and not with_empty:
            continue
        out.append(keep(
            Paragraph(f"{text(rating.title)}: <font color='#1f4e79'>"
                      f"{text(rating.rating or 'Not assessed')}</font>", STYLES["h2"]),
            para(rating.rationale or "No rationale recorded.")))
    return out


def proposal_part(doc: PsrDocument, number: int, title: str = "Proposal") -> list[Flowable]:
    inner: list[Flowable] = [
        Paragraph(f"<b>Proposed sentence:</b> {text(doc.proposal or 'None proposed')}",
                  STYLES["body"])]
    if doc.requirements:
        inner += [Paragraph("<b>With the following requirements:</b>", STYLES["body"]),
                  bullets(doc.requirements)]
    if doc.proposal_detail:
        inner.append(para(doc.proposal_detail))
    return [heading(f"{number}. {title}"), boxed(inner)]


def signature_part(doc: PsrDocument) -> list[Flowable]:
    rows: list[tuple[str, object]] = [
        ("Report author", f"{doc.author}, {doc.author_role}"),
        ("Countersigning manager", doc.checked_by or "Not yet checked"),
        ("Checked as court ready", fmt_date(doc.checked_at) if doc.checked_at else "-"),
        ("Finalised", fmt_date(doc.finalised_at) if doc.finalised_at else "Not finalised"),
    ]
    if doc.content_hash:
        rows.append(("Integrity (SHA-256)",
                     Paragraph(text(doc.content_hash), STYLES["mono"])))
    tail: list[Flowable] = [heading("Signature"), key_values(rows, label_width=48 * mm)]
    if doc.sent:
        tail += [heading("Distribution", 2), bullets(doc.sent)]
    tail += [gap(4), Paragraph(
        "This report is confidential. It has been prepared for the court and is disclosed "
        "to the defence and prosecution for this hearing only. It must not be copied or "
        "shown to anyone else without the court's permission.", STYLES["small"])]
    return [keep(*tail)]


def psr_story(doc: PsrDocument) -> list[Flowable]:
    story: list[Flowable] = [*title_block(doc), *status_boxes(doc), details(doc), gap(2)]
    story += sources_part(doc, 1)
    story += offences_part(doc, 2)
    story += [heading("3. Offence analysis"),
              para(doc.section("Offence analysis") or "Not written.")]
    story += victim_part(doc)
    story.append(heading("4. The child"))
    for title in ("The child's circumstances", "Maturity", "Needs",
                  "Strengths and protective factors"):
        story += [heading(title.replace("The child's circumstances", "Circumstances"), 2),
                  para(doc.section(title) or "Not written.")]
    story += ratings_part(doc, 5)
    story += [heading("6. Conclusion"), para(doc.section("Conclusion") or "Not written.")]
    story += proposal_part(doc, 7)
    story += signature_part(doc)
    return story


def render_story(doc: PsrDocument, story: list[Any], out: str | IO[bytes] | None,
                 generated: dt.datetime | None) -> bytes:
    """Lay ``story`` out as a court document; return the PDF bytes (also written to ``out``)."""
    buffer = io.BytesIO()
    CourtDocTemplate(buffer, doc, generated).build(story)
    data = buffer.getvalue()
    if isinstance(out, str):
        with open(out, "wb") as fh:
            fh.write(data)
    elif out is not None:
        out.write(data)
    return data


def render_psr(doc: PsrDocument, out: str | IO[bytes] | None = None,
               generated: dt.datetime | None = None) -> bytes:
    """Render a pre-sentence report; return the PDF bytes (also written to ``out``)."""
    return render_story(doc, psr_story(doc), out, generated)

