"""The Pathways tab (issue 14): a CAMHS referral recorded, an outcome dated before the
referral refused in place, then the outcome and waiting time shown."""

from __future__ import annotations

import datetime as dt

from tests.conftest import TODAY
from tests.ui.conftest import wait_idle
from yjdesk.models.org import Role
from yjdesk.ui import registry
from yjdesk.ui.pathways import PathwaysTab

D = dt.timedelta


def test_referral_outcome_and_waiting_time(qtbot, ctx, child_id) -> None:  # type: ignore[no-untyped-def]
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
