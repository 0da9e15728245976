"""The pack's headline "Change" column and trend labels, on hand-made figures: better or
worse in the direction that is good for the figure, nothing said about a suppressed one,
and small rates on a trend bar keep their difference."""

from __future__ import annotations

from yjdesk.reports.performance_pack import HEADLINES, change, rate_text
from yjdesk.services.oversight.kpi.base import Figure
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
