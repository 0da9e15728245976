"""The frame every case document shares (ARCHITECTURE.md section 6).

``CaseDocTemplate(path_or_buffer, title, child_name, dob)`` is an A4 reportlab document
whose every page carries the protective marking (OFFICIAL-SENSITIVE) at top and bottom, the
child's name and date of birth, the document title and "Page X of Y". Build it with a list
of flowables made with the shared :data:`STYLES` and helpers::

    doc = CaseDocTemplate(buf, "Assessment summary", "Jay Okafor", dt.date(2010, 5, 17))
    doc.build([heading("Ratings"), para("..."), key_values([("Rating", "High")])])
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from yjdesk.services.humanise import time_text

MARKING = "OFFICIAL-SENSITIVE"
INK = colors.HexColor("#1b2a3a")
MUTED = colors.HexColor("#5a6572")
RULE = colors.HexColor("#b8c2cc")
SHADE = colors.HexColor("#eef2f5")
ACCENT = colors.HexColor("#1f4e79")

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 30 * mm
MARGIN_BOTTOM = 22 * mm
#: Usable width of a page's frame (inside reportlab's 6pt frame padding).
CONTENT_W = PAGE_W - 2 * MARGIN_X - 12
#: Usable width inside :func:`boxed`.
BOXED_W = CONTENT_W - 16


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()["Normal"]
    body = ParagraphStyle("body", parent=base, fontName="Helvetica", fontSize=10,
                          leading=13.5, textColor=INK, spaceAfter=4)
    return {
        "title": ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=18,
                                leading=22, textColor=ACCENT, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=10.5, textColor=MUTED,
                                   spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=13,
                             leading=16, textColor=ACCENT, spaceBefore=10, spaceAfter=5),
        "h2": ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=11,
                             leading=14, spaceBefore=6, spaceAfter=3),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11,
                                textColor=MUTED),
        "label": ParagraphStyle("label", parent=body, fontName="Helvetica-Bold", fontSize=9,
                                leading=12, textColor=MUTED, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0),
        "quote": ParagraphStyle("quote", parent=body, fontName="Helvetica-Oblique",
                                leftIndent=10 * mm, rightIndent=6 * mm, textColor=INK,
                                borderPadding=(3, 0, 3, 6), spaceBefore=2, spaceAfter=6),
        "mono": ParagraphStyle("mono", parent=body, fontName="Courier", fontSize=8.5,
                               leading=11),
        "marking": ParagraphStyle("marking", parent=body, fontName="Helvetica-Bold",
                                  alignment=TA_CENTER, textColor=colors.HexColor("#a00000")),
    }


#: Shared paragraph styles: title, subtitle, h1, h2, body, small, label, cell, quote, mono.
STYLES: dict[str, ParagraphStyle] = _styles()


def text(value: object) -> str:
    """Escape free text for a Paragraph and keep the writer's line breaks."""
    if value is None:
        return ""
    return escape(str(value)).replace("\n", "<br/>")


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    """A date, or a date and time in UK local time with its zone (BST / GMT), never UTC."""
    if value is None:
        return "-"
    if isinstance(value, dt.datetime):
        return time_text(value)
    return value.strftime("%d/%m/%Y")


def para(value: object, style: str = "body") -> Paragraph:
    """A paragraph of plain (escaped) text."""
    return Paragraph(text(value) or "-", STYLES[style])


def heading(value: str, level: int = 1) -> Paragraph:
    return Paragraph(text(value), STYLES["h1" if level == 1 else "h2"])


def quote(value: object, who: str | None = None) -> Paragraph:
    """The child's or a parent's own words, in italics, attributed."""
    body = f"\u201c{text(value)}\u201d"
    if who:
        body += f" <font name='Helvetica' color='#5a6572'>- {text(who)}</font>"
    return Paragraph(body, STYLES["quote"])


def key_values(rows: Iterable[tuple[str, object]], label_width: float = 48 * mm,
               width: float | None = None) -> Table:
    """A two-column table of labels and values (values may be flowables)."""
    data: list[list[Any]] = []
    for label, value in rows:
        cell = value if isinstance(value, Flowable) else para(value, "cell")
        data.append([Paragraph(text(label), STYLES["label"]), cell])
    width = width or CONTENT_W
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def grid(header: Sequence[str], rows: Iterable[Sequence[object]],
         widths: Sequence[float] | None = None) -> Table:
    """A ruled table with a shaded header row."""
    data: list[list[Any]] = [[Paragraph(text(h), STYLES["label"]) for h in header]]
    for row in rows:
        data.append([v if isinstance(v, Flowable) else para(v, "cell") for v in row])
    table = Table(data, colWidths=list(widths) if widths else None, hAlign="LEFT",
                  repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def boxed(flowables: list[Flowable], background: colors.Color = SHADE) -> Table:
    """Flowables in a shaded, ruled box (a signature block, a warning)."""
    table = Table([[flowables]], colWidths=[CONTENT_W], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


class _NumberedCanvas(Canvas):
    """Defers each page so the total page count is known when the frame is drawn."""

    def __init__(self, *args: Any, doc: CaseDocTemplate, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._case_doc = doc
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._case_doc.draw_frame(self, self._pageNumber, total)
            super().showPage()
        super().save()


class CaseDocTemplate(SimpleDocTemplate):
    """An A4 case document: marking, child name + DOB, title and "Page X of Y" on every page.

    ``path_or_buffer`` is a file path or a binary file object. ``reference`` (e.g. the case
    number) is printed beside the child's name; ``marking`` defaults to OFFICIAL-SENSITIVE.
    """

    def __init__(self, path_or_buffer: str | IO[bytes] | Any, title: str, child_name: str,
                 dob: dt.date | None, *, reference: str | None = None,
                 marking: str = MARKING, author: str = "yjdesk",
                 generated: dt.datetime | None = None) -> None:
        super().__init__(path_or_buffer, pagesize=A4, leftMargin=MARGIN_X,
                         rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, title=f"{title} - {child_name}",
                         author=author, subject=marking)
        self.doc_title = title
        self.child_name = child_name
        self.dob = dob
        self.reference = reference
        self.marking = marking
        self.generated = generated or dt.datetime.now(dt.UTC)

    def build(self, flowables: list[Flowable], **kwargs: Any) -> None:  # type: ignore[override]
        doc = self

        def make_canvas(*args: Any, **kw: Any) -> _NumberedCanvas:
            return _NumberedCanvas(*args, doc=doc, **kw)

        super().build(flowables, canvasmaker=make_canvas, **kwargs)

    def child_line(self) -> str:
        line = f"{self.child_name}   DOB {fmt_date(self.dob)}"
        if self.reference:
            line += f"   {self.reference}"
        return line

    def draw_frame(self, canvas: Canvas, page: int, total: int) -> None:
        """Header and footer of one page (called once the page count is known)."""
        canvas.saveState()
        top = PAGE_H - 12 * mm
        canvas.setFillColor(colors.HexColor("#a00000"))
        canvas.setFont("Helvetica-Bold", 9.5)
        canvas.drawCentredString(PAGE_W / 2, top, self.marking)
        canvas.setFillColor(INK)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(MARGIN_X, top - 6 * mm, self.child_line())
        canvas.setFont("Helvetica", 9)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_W - MARGIN_X, top - 6 * mm, self.doc_title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 8.5 * mm, PAGE_W - MARGIN_X, top - 8.5 * mm)

        bottom = 10 * mm
        canvas.line(MARGIN_X, bottom + 5 * mm, PAGE_W - MARGIN_X, bottom + 5 * mm)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(MARGIN_X, bottom, f"Produced {fmt_date(self.generated)}")
        canvas.drawRightString(PAGE_W - MARGIN_X, bottom, f"Page {page} of {total}")
        canvas.setFont("Helvetica-Bold", 8.5)
        canvas.setFillColor(colors.HexColor("#a00000"))
        canvas.drawCentredString(PAGE_W / 2, bottom, self.marking)
        canvas.restoreState()
