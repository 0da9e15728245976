"""Issue 12: what the screenshots showed, each checked so it does not come back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize

from tests.ui.conftest import wait_idle
from tests.ui.test_oversight_pages import as_role, kids  # noqa: F401 (fixtures)
from yjdesk.models.org import Role
from yjdesk.services.oversight import quality_audit as qa
from yjdesk.ui import tour


def test_audit_questions_read_as_english() -> None:
    """"Does assessment sufficiently analyse how to keeping the child safe?" was on show."""
    texts = [q.text for q in qa.QUESTIONS]
    assert "Does assessment sufficiently analyse how to keep the child safe?" in texts
    assert "Does assessment sufficiently analyse how to support the child's desistance?" in \
        texts
    assert not [t for t in texts if "how to keeping" in t or "how to the" in t]


def test_quality_and_data_quality_pages_start_on_this_year(qtbot, as_role) -> None:  # noqa: F811
    """The audits list showed this year's audits under "0 completed audit(s) in the
    period" (last year's): the pages on work in progress start on this year so far."""
    from yjdesk.ui.oversight.data_quality_page import DataQualityPage
    from yjdesk.ui.oversight.quality_page import QualityAuditsPage

    ctx = as_role(Role.TEAM_MANAGER)
    today = ctx.today()
    april = dt.date(today.year if today.month >= 4 else today.year - 1, 4, 1)
    for page in (QualityAuditsPage(ctx), DataQualityPage(ctx)):
        qtbot.addWidget(page)
        assert page.period.dates() == (april, today)
    from yjdesk.ui.oversight.performance_page import PerformancePage

    performance = PerformancePage(ctx)  # a complete year to report on
    qtbot.addWidget(performance)
    assert performance.period.dates() == (dt.date(april.year - 1, 4, 1),
                                          dt.date(april.year, 3, 31))
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=20_000)


def test_every_page_has_the_page_header(qtbot, as_role) -> None:  # noqa: F811
    """Safeguarding, quality audits, performance, data quality, audit log and sync pages
    had no title: every page a role sees starts with the design system's page header."""
    from yjdesk.ui import registry

    registry.load_features()
    for role in (Role.SERVICE_MANAGER, Role.ADMINISTRATOR, Role.PRACTITIONER):
        ctx = as_role(role)
        for spec in registry.pages_for(role):
            page = spec.factory(ctx)
            qtbot.addWidget(page)
            page.resize(QSize(1100, 640))
            page.show()
            problems = [p for p in tour.look_problems(page, "page") if "page header" in p]
            assert problems == [], spec.key
        qtbot.waitUntil(lambda c=ctx: not c.tasks.busy, timeout=30_000)


def test_performance_page_computes_on_open(qtbot, as_role, kids) -> None:  # noqa: F811
    """The page stayed empty until the manager found and pressed Compute: it computes the
    default period as it opens, on the database worker, and says so meanwhile."""
    from yjdesk.ui.oversight.performance_page import PerformancePage

    ctx = as_role(Role.SERVICE_MANAGER)
    page = PerformancePage(ctx)
    qtbot.addWidget(page)
    # the page is on show at once: nothing computed on the UI thread, the wait said
    assert page.pack is None and ctx.tasks.busy
    assert page.computing and not page.compute_button.isEnabled()
    assert page.status.text() == "Computing the figures for 01 Apr 2025 to 31 Mar 2026..."
    assert not page.tree.isEnabled() and not page.pdf_button.isEnabled()
    wait_idle(qtbot, ctx)
    assert page.pack is not None and not page.computing
    assert page.tree.topLevelItemCount() > 0 and page.tree.isEnabled()
    assert page.tree.topLevelItem(0).child(0).text(1) == "<5"  # the three first entrants
    assert page.status.text().startswith("01 Apr 2025 to 31 Mar 2026. Small numbers")
    assert page.pdf_button.isEnabled() and page.csv_button.isEnabled()
