"""The Pathways tab (issue 14): a CAMHS referral recorded, an outcome dated before the
referral refused in place, then the outcome and waiting time shown."""

from __future__ import annotations

import datetime as dt

from tests.conftest import TODAY
from tests.ui.conftest import wait_idle
from yjdesk.models.org import Role
from yjdesk.ui import registry
from yjdesk.ui.pathways.tab import PathwaysTab

D = dt.timedelta


def test_referral_outcome_and_waiting_time(qtbot, ctx, child_id) -> None:
    assert "pathways" in {t.key for t in registry.child_tabs_for(Role.HEALTH_WORKER)}
    tab = PathwaysTab(ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    d = tab.new_referral()
    d.pathway.set_code("camhs")
    d.referred.set_date(TODAY - D(days=90))
    d.reason.setPlainText("Low mood; self-harm history.")
    d.outcome.set_code("accepted")
    d.outcome_date.set_date(TODAY - D(days=95))
    d.submit()
    wait_idle(qtbot, ctx)
    assert "cannot be before the referral" in d.form.errors()["outcome_date"]
    assert d.result_value is None
    d.outcome_date.set_date(TODAY - D(days=80))
    d.seen.set_date(TODAY - D(days=20))
    d.submit()
    wait_idle(qtbot, ctx)
    assert d.result_value is not None
    wait_idle(qtbot, ctx)
    assert tab.table.row_count() == 1
    assert tab.table.text(0, 2) == "70"          # 70 days from referral to first seen
    assert "CAMHS / mental health" in tab.detail.toPlainText()
    assert "70 days' wait" in tab.detail.toPlainText()


def test_a_mappa_meeting_is_recorded_from_the_tab(qtbot, ctx, child_id) -> None:
    tab = PathwaysTab(ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    d = tab.new_referral()
    d.pathway.set_code("mappa")
    d.referred.set_date(TODAY - D(days=30))
    d.reason.setPlainText("Serious violent offence; MAPPA category 2.")
    d.category.set_value(2)
    d.submit()
    wait_idle(qtbot, ctx)
    assert d.result_value is not None, d.form.errors()
    wait_idle(qtbot, ctx)
    assert tab.meeting_button.isEnabled()
    m = tab.new_meeting()
    assert m is not None
    m.meeting_date.set_date(TODAY - D(days=40))      # before the referral: refused in place
    m.level.set_value(2)
    m.outcome.setPlainText("Level 2 management agreed; exclusion zone kept.")
    m.submit()
    wait_idle(qtbot, ctx)
    assert "cannot be before the referral" in m.form.errors()["meeting_date"]
    assert m.result_value is None
    m.meeting_date.set_date(TODAY - D(days=10))
    m.submit()
    wait_idle(qtbot, ctx)
    assert m.result_value is not None, m.form.errors()
    wait_idle(qtbot, ctx)
    assert "Level 2 management agreed" in tab.detail.toPlainText()
    assert "(level 2)" in tab.detail.toPlainText()
