"""The Victims tab (issue 14): a victim and RJ worker records consent, views and an RJ
conference; the child's practitioner sees only the safety summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from tests.conftest import TODAY
from tests.ui.conftest import make_ctx, wait_idle
from tests.unit.casework_support import make_user
from yjdesk.models.org import Role
from yjdesk.services.justice import OffenceInput, add_offence
from yjdesk.services.victims import records
from yjdesk.ui import registry
from yjdesk.ui.context import AppContext
from yjdesk.ui.victims.tab import VictimsTab

D = dt.timedelta
NAME, PHONE = "Ada Kowalski", "07700 900461"
VIEWS = "She is frightened to walk past the shop."


@pytest.fixture
def worker_ctx(qtbot, ctx, store) -> Iterator[AppContext]:
    with ctx.uow() as u:
        who = make_user(u.session, ctx.actor, Role.VICTIM_WORKER, "vicky")
    c = make_ctx(store, who)
    errors: list[BaseException] = []
    c.tasks.default_failure = errors.append
    yield c
    c.tasks.shutdown()
    assert not errors


def test_victim_worker_records_consent_views_and_rj_practitioner_sees_the_summary(
        qtbot, ctx, worker_ctx, child_id) -> None:
    assert "victims" in {t.key for t in registry.child_tabs_for(Role.PRACTITIONER)}
    with ctx.uow() as u:
        oid = add_offence(u.session, child_id, OffenceInput(
            TODAY - D(days=60), "robbery", victim_involved=True), TODAY).id
    tab = VictimsTab(worker_ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, worker_ctx)
    d = tab.new_victim()
    d.name.setText(NAME)
    d.phone.setText(PHONE)
    d.check_offence(oid)
    d.consent.set_value(True)
    d.consent_date.set_date(TODAY - D(days=70))          # before the offence: refused
    d.views.setPlainText(VIEWS)
    d.views_date.set_date(TODAY - D(days=30))
    d.concerns.set_value(True)
    d.safety_detail.setPlainText("He waited outside her shop twice.")
    d.safety_summary.setPlainText("exclusion zone around Talbot Road shops")
    d.submit()
    wait_idle(qtbot, worker_ctx)
    assert "before the offence" in d.form.errors()["consent_date"]
    assert d.result_value is None and d.isVisible()
    d.consent_date.set_date(TODAY - D(days=40))
    d.submit()
    wait_idle(qtbot, worker_ctx)
    assert d.result_value is not None
    wait_idle(qtbot, worker_ctx)
    assert tab.table is not None and len(tab.table.rows) == 1
    # Later: the RJ conference.
    e = tab.edit_selected()
    assert e is not None and e.name.text() == NAME
    e.rj_offered.set_value(True)
    e.rj_offered_date.set_date(TODAY - D(days=20))
    e.rj_type.set_code("direct_conference")
    e.rj_took_part.set_value(True)
    e.rj_date.set_date(TODAY - D(days=5))
    e.rj_outcome.setPlainText("Apology given and accepted; reparation agreed.")
    e.submit()
    wait_idle(qtbot, worker_ctx)
    assert e.result_value is not None
    wait_idle(qtbot, worker_ctx)
    assert tab.detail is not None
    shown = tab.detail.toPlainText()
    assert VIEWS in shown and "Direct meeting / conference" in shown and PHONE in shown
    with worker_ctx.uow() as u:
        [v] = records.victims(u.session, child_id)
        assert (v.consent_to_contact, v.rj_took_part, v.rj_type) == (
            True, True, "direct_conference")
    # The practitioner's tab: the safety summary only, no buttons, no victim details.
    mine = VictimsTab(ctx, child_id)
    qtbot.addWidget(mine)
    wait_idle(qtbot, ctx)
    text = mine.safety.toPlainText()
    assert "Victim safety concerns: yes - exclusion zone around Talbot Road shops" in text
    assert mine.table is None and mine.detail is None
    assert mine.findChild(type(tab.buttons.itemAt(0).widget()), "newVictim") is None
    for detail in (NAME, PHONE, VIEWS, "waited outside", "Apology"):
        assert detail not in text
