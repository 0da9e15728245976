"""The performance pack PDF: national indicators, KPIs 1-10 and the cohort profile, each
as a table and a bar chart (reportlab.graphics), suppressed per policy, marked
OFFICIAL-SENSITIVE with "Page X of Y" on every page (the shared frame of reports.common).

Suppressed figures are never drawn to scale: their bar is left empty and labelled with the
suppressed text ("<5", "<10" or "--") so a reader cannot measure the value off the chart.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from yjdesk.reports.common import (
    INK,
    MARGIN_X,
    MUTED,
    PAGE_W,
    CaseDocTemplate,
    fmt_date,
    gap,
    grid,
    heading,
    keep,
    para,
)
from yjdesk.services.oversight.kpi import Pack
from yjdesk.services.oversight.kpi.base import WITHHELD, Figure, Section, rate_cell, shown
from yjdesk.services.oversight.suppression import Suppression

TITLE = "Youth justice performance pack"
BAR = colors.HexColor("#2f6f9f")
SUPPRESSED_NOTE = ("Small numbers are suppressed: counts of 1-4 are shown as \"<5\", 5-9 as "
                   "\"<10\", and a percentage or rate built on a suppressed count as \"--\". "
                   "Zero is shown as 0. Where one cell of a table is suppressed, one more is "
                   "withheld (\"*\") so it cannot be worked out from the total. Suppressed "
                   "bars are left empty and labelled.")


class PackDocTemplate(CaseDocTemplate):
    """The case-document frame, with the period where a case document names the child."""

    def __init__(self, target: str | IO[bytes] | Any, pack: Pack, service: str) -> None:
        super().__init__(target, TITLE, service, None, generated=pack.generated_at)
        self.pack = pack
        self.service = service

    def child_line(self) -> str:
        return f"{self.service}   {self.pack.period.label}"


def _bar_values(section: Section, s: Suppression) -> tuple[list[str], list[float],
                                                          list[str], bool]:
    """Labels, values, value labels and whether the chart is of percentages."""
    figures = [section.figure(k) for k in section.chart]
    published = shown(section, s)
    percent = all(f.denominator is not None for f in figures)
    labels, values, texts = [], [], []
    for f in figures:
        count, other = published[f.key]
        labels.append(f.label if len(f.label) <= 38 else f.label[:36] + "...")
        if percent:
            hidden = other in ("--", "-")
            value = 0.0 if hidden or not f.denominator else 100.0 * (f.count or 0) / f.denominator
            texts.append("suppressed (--)" if other == "--" else other)
        else:
            hidden = count == WITHHELD or (f.suppress and s.hides(f.count))
            value = 0.0 if hidden else float(f.count or 0)
            texts.append(f"suppressed ({count})" if hidden else _n(count))
        values.append(value)
    return labels, values, texts, percent


def bar_chart(section: Section, s: Suppression, width: float = PAGE_W - 2 * MARGIN_X) -> Drawing:
    labels, values, texts, percent = _bar_values(section, s)
    row_h = 17
    height = 26 + row_h * len(labels)
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 70 * mm, 14
    chart.width, chart.height = width - 70 * mm - 32 * mm, row_h * len(labels)
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    top = max(values) if values else 0
    chart.valueAxis.valueMax = 100 if percent else max(10.0, top * 1.15)
    chart.valueAxis.valueStep = 20 if percent else None
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = "Helvetica"
    if percent:
        chart.valueAxis.labelTextFormat = "%d%%"
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barWidth = 10
    chart.barLabelFormat = "values"
    chart.barLabelArray = [list(reversed(texts))]
    chart.barLabels.fontName = "Helvetica-Bold"
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = INK
    d.add(chart)
    d.add(String(chart.x, height - 9, "% of the group" if percent else "Count",
                 fontName="Helvetica", fontSize=7, fillColor=MUTED))
    return d


def _n(shown: str) -> str:
    """Thousands separators for an exact count ("53867" -> "53,867")."""
    return f"{int(shown):,}" if shown.isdigit() else shown


def _base(f: Figure, s: Suppression) -> str:
    if f.denominator is None:
        return ""
    return s.count(f.denominator) if f.suppress else str(f.denominator)


def _figure_rows(section: Section, s: Suppression) -> list[list[str]]:
    rows = []
    published = shown(section, s)
    before = shown(section.prior, s) if section.prior else {}
    for f in section.figures:
        count, other = published[f.key]
        row = [f.label, _n(count), _n(_base(f, s)), rate_cell(f, other)]
        if section.prior is not None:
            p_count, p_other = before.get(f.key, ("", ""))
            row += [_n(p_count), rate_cell(f, p_other)]
        rows.append(row)
    return rows


def rate_text(rate: float) -> str:
    """A rate on a trend bar: whole numbers from 100, one decimal from 10, else two (a
    custody rate of 0.06 and 0.14 per 1,000 must not both read "0.1")."""
    return f"{rate:,.0f}" if rate >= 100 else f"{rate:.1f}" if rate >= 10 else f"{rate:.2f}"


def trend_value(f: Figure, s: Suppression) -> tuple[float | None, str]:
    """The value a trend bar is drawn to (None: suppressed, bar left empty) and its label."""
    count, other = f.shown(s if f.suppress else Suppression(1, 1))
    if f.rate is not None:
        return (None, "--") if other.startswith("--") else (f.rate, rate_text(f.rate))
    if f.denominator is not None:
        if other in ("--", "-") or not f.denominator:
            return None, other
        value = 100.0 * (f.count or 0) / f.denominator
        return value, f"{value:.0f}%"
    if f.suppress and s.hides(f.count):
        return None, count
    return float(f.count or 0), _n(count)


def trend_chart(section: Section, s: Suppression,
                width: float = PAGE_W - 2 * MARGIN_X) -> Drawing:
    """The trend figure by quarter, oldest first. Suppressed quarters get no bar, only
    their suppressed text, so a value cannot be measured off the chart."""
    key = section.trend_figure
    points = [(label, q.figure(key)) for label, q in section.trend]
    values = [trend_value(f, s) for _, f in points]
    first = points[0][1]
    percent = first.rate is None and first.denominator is not None
    height = 118
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 26
    chart.width, chart.height = width - 50, height - 46
    chart.data = [[v if v is not None else 0.0 for v, _ in values]]
    chart.categoryAxis.categoryNames = [label for label, _ in points]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max([v for v, _ in values if v is not None] or [0.0])
    chart.valueAxis.valueMax = 100 if percent else max(1.0, top * 1.2)
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = "Helvetica"
    if percent:
        chart.valueAxis.valueStep = 25
        chart.valueAxis.labelTextFormat = "%d%%"
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[text for _, text in values]]
    chart.barLabels.fontName = "Helvetica-Bold"
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    chart.barLabels.fillColor = INK
    d.add(chart)
    what = first.label + (" (% of the group)" if percent else
                          f" ({first.rate_label})" if first.rate_label
                          and first.rate_label not in first.label else "")
    if not percent:  # a count or rate over a quarter is about a quarter of the year's
        what += ", each bar one quarter's"
    d.add(String(chart.x, height - 10, f"Trend by quarter: {what}", fontName="Helvetica",
                 fontSize=8, fillColor=MUTED))
    return d


def _section(section: Section, s: Suppression) -> list[Flowable]:
    cw = PAGE_W - 2 * MARGIN_X
    parts: list[Flowable] = [heading(section.title)]
    if section.definition:
        parts.append(para(section.definition, "small"))
    if section.caveat:
        parts.append(para(section.caveat, "small"))
    if section.prior is not None:
        table = grid(["Figure", "Count", "Of", "% / rate", "Last year", "% / rate"],
                     _figure_rows(section, s),
                     widths=[cw * 0.40, cw * 0.11, cw * 0.11, cw * 0.14, cw * 0.11,
                             cw * 0.13])
    else:
        table = grid(["Figure", "Count", "Of", "% / rate"], _figure_rows(section, s),
                     widths=[cw * 0.52, cw * 0.14, cw * 0.14, cw * 0.20])
    # the chart is kept on the page of its heading and table (a chart alone at the top of
    # the next page had no title saying which indicator it was)
    if section.trend:
        parts += [table, gap(2), trend_chart(section, s)]
    elif section.chart:
        parts += [table, gap(2), bar_chart(section, s)]
    else:
        parts.append(table)
    # the space after a section belongs to it: a lone spacer that spilled onto the next
    # page, followed by the page break before the next part, left a blank page
    return [keep(*parts, gap(5))]


#: The headline figures, with the direction that is better ("up": more is better).
HEADLINES: tuple[tuple[str, str], ...] = (
    ("fte.entrants", "down"), ("fte.rate", "down"), ("reoffending.reoffenders", "down"),
    ("reoffending.per_reoffender", "down"), ("custody.rate", "down"),
    ("accommodation.suitable_end", "up"), ("ete.engaged_end", "up"),
    ("ooc.completed", "up"), ("violence.serious", "down"), ("victims.engaged", "up"))


def _value(f: Figure, s: Suppression) -> float | None:
    """What a headline compares: the rate, else the percentage, else the count (None when
    it is suppressed or cannot be worked out)."""
    count, other = f.shown(s)
    if f.rate is not None:
        return None if other.startswith(("--", "-")) else f.rate
    if f.denominator is not None:
        if other in ("--", "-") or not f.denominator:
            return None
        return 100.0 * (f.count or 0) / f.denominator
    return None if not count.isdigit() else float(f.count or 0)


def change(now: Figure, before: Figure | None, better: str, s: Suppression) -> str:
    """"Better", "worse" or "no change" against the year before, in the direction that is
    good for the figure ("-" when either side is suppressed or missing)."""
    a = _value(now, s)
    b = _value(before, s) if before is not None else None
    if a is None or b is None:
        return "-"
    if round(a, 1) == round(b, 1):
        return "No change"
    up = a > b
    return "Better" if up == (better == "up") else "Worse"


def _headlines(pack: Pack) -> list[list[str]]:
    s = pack.settings.suppress
    rows = []
    for key, better in HEADLINES:
        f: Figure = pack.figure(key)
        section = pack.section(key.split(".")[0])
        count, other = f.shown(s)
        prior = section.prior.figure(key) if section.prior else None
        p_count, p_other = prior.shown(s) if prior else ("", "")
        rows.append([section.title, f.label, _n(count), rate_cell(f, other), _n(p_count),
                     rate_cell(f, p_other), change(f, prior, better, s)])
    return rows


def build(pack: Pack, target: str | Path | IO[bytes], *, service: str = "Youth Justice Service",
          produced_by: str = "") -> None:
    """Write the pack to ``target`` (a path or a binary file)."""
    s = pack.settings.suppress
    doc = PackDocTemplate(str(target) if isinstance(target, Path) else target, pack, service)
    cw = PAGE_W - 2 * MARGIN_X
    story: list[Flowable] = [
        para(TITLE, "title"),
        para(f"{service} - {pack.period.label}", "subtitle"),
        para(f"Produced {fmt_date(pack.generated_at)}"
             + (f" by {produced_by}" if produced_by else "")
             + f". 10-17 population used for rates: {pack.settings.population_10_17:,}. "
               f"Reoffending tracked for {pack.settings.tracking_months} months.", "small"),
        para(SUPPRESSED_NOTE, "small"), gap(3), heading("Headlines"),
        para("Each indicator is shown for the period and for the same period a year "
             "earlier (\"Last year\"), with a chart of the last eight quarters. "
             "\"Change\" says whether the figure moved the way the service wants (fewer "
             "first-time entrants, reoffenders, custodial sentences and serious violence "
             "offences; more children in suitable accommodation and education, training or "
             "employment, more out-of-court disposals completed, more victims engaged). "
             "Percentages and rates are compared, not counts, where there are any.",
             "small"),
        grid(["Indicator", "Figure", "Count", "% / rate", "Last year", "% / rate",
              "Change"],
             _headlines(pack),
             widths=[cw * 0.20, cw * 0.26, cw * 0.09, cw * 0.12, cw * 0.09, cw * 0.12,
                     cw * 0.12]),
        PageBreak(), para("National indicators", "title"),
    ]
    for section in pack.sections:
        if section.key == "accommodation":
            story += [PageBreak(), para("Key performance indicators (from April 2023)",
                                        "title")]
        story += _section(section, s)
    story += [PageBreak(), para("Cohort profile", "title"),
              para("Children the service worked with in the period (after appendix 7 of the "
                   "2023-24 plan).", "subtitle")]
    for table in pack.profile:
        story += _section(table, s)
    if pack.needs:
        story += [PageBreak(), para("Needs of the children assessed", "title"),
                  para("What the assessments recorded, with the year before alongside "
                       "(\"Last year\").", "subtitle")]
        for table in pack.needs:
            story += _section(table, s)
    if pack.disproportionality:
        story += _disproportionality(pack, s)
    doc.build(story)


SHORT = {"out_of_court": "Out of court", "court": "Court order", "custody": "Custody",
         "remand": "Remand"}


def _disproportionality(pack: Pack, s: Suppression) -> list[Flowable]:
    from yjdesk.services.oversight.disproportionality import OUTCOMES

    cw = PAGE_W - 2 * MARGIN_X
    b = pack.baseline
    flow: list[Flowable] = [
        PageBreak(), para("Disproportionality", "title"),
        para("Children with at least one out-of-court disposal, non-custodial court order, "
             "custodial sentence or remand decided in the period, by group. The relative "
             "rate index (RRI) compares each group's rate per 1,000 children aged 10-17 with the "
             "reference group's: 1.00 means the same rate, 2.00 twice as likely, 0.50 half "
             "as likely.", "small"),
        para(f"Population baseline: {b.source} (as at {b.as_at}). An RRI built on a "
             "suppressed count is not shown (\"--\"); where a group has no children with "
             "the outcome or no population figure there is no RRI (\"-\").", "small")]
    for tab in pack.disproportionality:
        header = ["Group", "Population aged 10-17"]
        for o, _ in OUTCOMES:
            header += [SHORT.get(o, o), "RRI"]
        rows = []
        for g in tab.groups:
            pop = tab.population.get(g)
            name = f"{g} (reference)" if g == tab.reference else g
            row = [name, f"{pop:,}" if pop else "not in baseline"]
            for o, _ in OUTCOMES:
                count, rri = tab.shown(g, o, s)
                row += [f"{int(count):,}" if count.isdigit() else count, rri]
            rows.append(row)
        # every count and RRI column wide enough for "12,345" / "10.53" on one line
        first, pop_w = cw * 0.15, cw * 0.135
        rest = (cw - first - pop_w) / (2 * len(OUTCOMES))
        flow += [keep(heading(tab.title),
                      grid(header, rows, widths=[first, pop_w,
                                                 *([rest * 1.16, rest * 0.84] * len(OUTCOMES))])),
                 gap(5)]
    return flow


def build_bytes(pack: Pack, **kw: Any) -> bytes:
    import io

    buf = io.BytesIO()
    build(pack, buf, **kw)
    return buf.getvalue()


__all__ = ["PackDocTemplate", "bar_chart", "build", "build_bytes"]
