"""The pack's headline "Change" column and trend labels, on hand-made figures: better or
worse in the direction that is good for the figure, nothing said about a suppressed one,
and small rates on a trend bar keep their difference."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from yjdesk.reports.performance_pack import HEADLINES, change, rate_text
from yjdesk.services.oversight.kpi import compute_pack
from yjdesk.services.oversight.kpi.base import Figure, rate_cell
from yjdesk.services.oversight.kpi.victims import section as victims_section
from yjdesk.services.oversight.suppression import Suppression

S = Suppression()


def test_change_follows_the_good_direction() -> None:
    fewer = Figure("fte.entrants", "First-time entrants", count=40)
    more = Figure("fte.entrants", "First-time entrants", count=55)
    assert change(fewer, more, "down", S) == "Better"      # fewer entrants than last year
    assert change(more, fewer, "down", S) == "Worse"
    # percentages are compared, not counts: 60 of 100 (60%) against 50 of 80 (62.5%)
    now = Figure("ete.engaged_end", "In ETE at end", count=60, denominator=100)
    before = Figure("ete.engaged_end", "In ETE at end", count=50, denominator=80)
    assert change(now, before, "up", S) == "Worse"
    assert change(before, now, "up", S) == "Better"
    same = Figure("ete.engaged_end", "In ETE at end", count=30, denominator=50)
    assert change(now, same, "up", S) == "No change"       # 60.0% both
    rate_now = Figure("custody.rate", "Rate", rate=2.7, rate_bases=(27,))
    rate_before = Figure("custody.rate", "Rate", rate=2.3, rate_bases=(23,))
    assert change(rate_now, rate_before, "down", S) == "Worse"


def test_change_says_nothing_about_a_suppressed_or_missing_figure() -> None:
    small = Figure("fte.entrants", "First-time entrants", count=3)        # shown "<5"
    big = Figure("fte.entrants", "First-time entrants", count=30)
    assert change(small, big, "down", S) == "-"
    assert change(big, small, "down", S) == "-"
    assert change(big, None, "down", S) == "-"
    hidden_rate = Figure("custody.rate", "Rate", rate=0.3, rate_bases=(3,))
    assert change(hidden_rate, Figure("custody.rate", "Rate", rate=2.0, rate_bases=(20,)),
                  "down", S) == "-"


def test_every_headline_has_a_direction() -> None:
    assert {d for _, d in HEADLINES} == {"up", "down"}
    assert len({k for k, _ in HEADLINES}) == len(HEADLINES) == 10


def test_small_rates_keep_their_difference_on_a_trend_bar() -> None:
    assert rate_text(0.06) == "0.06" and rate_text(0.14) == "0.14"
    assert rate_text(12.345) == "12.3"
    assert rate_text(3648.0) == "3,648"


def test_kpi_10_with_no_victims_says_so() -> None:
    zero = dict.fromkeys(("asked", "consented", "declined", "views", "informed", "offered",
                          "engaged", "supported"), 0)
    assert "no victim records" in victims_section(zero, None).caveat  # type: ignore[arg-type]
    assert victims_section({**zero, "asked": 4}, None).caveat == ""  # type: ignore[arg-type]


def test_a_rate_cell_does_not_repeat_the_unit_its_label_names() -> None:
    """"545.8 per 100,000" broke over two lines in the headline column beside "Rate per
    100,000 aged 10-17"; the unit is dropped where the label says it."""
    rate = Figure("fte.rate", "Rate per 100,000 aged 10-17", rate=545.8,
                  rate_label="per 100,000", rate_bases=(69,))
    assert rate_cell(rate, rate.shown(S)[1]) == "545.8"
    hidden = Figure("custody.rate", "Custodial sentences per 1,000 aged 10-17", rate=0.2,
                    rate_label="per 1,000", rate_bases=(3,))
    assert rate_cell(hidden, hidden.shown(S)[1]) == "--"
    unnamed = Figure("x.rate", "Reoffences per reoffender", rate=1.5, rate_label="a child")
    assert rate_cell(unnamed, "1.5 a child") == "1.5 a child"


def test_each_headline_indicator_charts_its_headline_figure(uow: Any, tmp_path: Path) -> None:
    """KPI 1 and 2 charted accommodation and ETE at the start while the KPI (and the
    headline) is the end; serious violence charted children, not the offences its
    headline counts."""
    from tests.unit.test_kpi_national import FY, SETTINGS

    with uow() as u:
        pack = compute_pack(u.session, FY, SETTINGS)
    headlines: dict[str, set[str]] = {}
    for key, _ in HEADLINES:
        headlines.setdefault(key.split(".")[0], set()).add(key)
    for section, keys in headlines.items():
        assert pack.section(section).trend_figure in keys, section


def test_a_chart_is_on_the_page_of_its_indicator(uow: Any, tmp_path: Path) -> None:
    """A chart alone at the top of a page (KPI 9's after KPI 8's long table, the looked
    after bars after their table) said no indicator's name; each chart now stays on the
    page of its heading and table."""
    from pypdf import PdfReader

    from tests.unit.test_kpi_national import FY, SETTINGS
    from yjdesk.reports.performance_pack import build

    with uow() as u:
        pack = compute_pack(u.session, FY, SETTINGS)
    out = tmp_path / "pack.pdf"
    build(pack, out)
    pages = [p.extract_text() for p in PdfReader(str(out)).pages]
    # a quarter's rate is about a quarter of the year's (4.5 a year, bars near 1): said
    assert "Rate per 100,000 aged 10-17, each bar one quarter's" in "".join(pages)
    charted = [sec for sec in (*pack.sections, *pack.profile) if sec.trend or sec.chart]
    assert len(charted) > 10
    for sec in charted:
        if sec.trend:
            caption = f"Trend by quarter: {sec.figure(sec.trend_figure).label}"
            where = [n for n, text in enumerate(pages) if caption in text]
        else:
            where = [n for n, text in enumerate(pages)
                     if "% of the group" in text and sec.title in text]
        assert where, sec.title
        assert any(sec.title in pages[n] for n in where), (sec.title, where)
    for n, text in enumerate(pages):
        body = [line for line in text.splitlines() if line.strip()]
        top = next(i for i, line in enumerate(body) if "performance pack" in line)
        assert not body[top + 1].startswith("Trend by quarter"), n + 1
        # no page is blank but for its running header and footer (a section's trailing
        # space spilled onto a page of its own before a page break)
        running = ("OFFICIAL-SENSITIVE", "performance pack", "Produced ", "Page ",
                   "01 Apr 2025 to 31 Mar 2026")
        assert [line for line in body if not any(r in line for r in running)], n + 1


def test_no_page_of_a_generated_service_s_pack_is_blank(store: Any, tmp_path: Path) -> None:
    """On a generated service KPI 10 filled page 9 to the bottom: its trailing space went
    to a page of its own and the page break before the cohort profile left that page
    blank but for the running header and footer."""
    from pypdf import PdfReader

    from tests.unit.test_kpi_national import FY, SETTINGS
    from yjdesk.demo.generator import generate
    from yjdesk.reports.performance_pack import build

    with store.engine.begin() as conn:
        generate(conn, "tiny", today=dt.date(2026, 11, 20))
    with store.session() as s, s.begin():
        pack = compute_pack(s, FY, SETTINGS)
    out = tmp_path / "pack.pdf"
    build(pack, out)
    running = ("OFFICIAL-SENSITIVE", "performance pack", "Produced ", "Page ",
               "01 Apr 2025 to 31 Mar 2026")
    for n, page in enumerate(PdfReader(str(out)).pages, 1):
        body = [line for line in page.extract_text().splitlines()
                if line.strip() and not any(r in line for r in running)]
        assert body, f"page {n} is blank"
