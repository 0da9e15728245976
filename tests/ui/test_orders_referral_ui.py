"""Issue 13 UI: a referral order from sentence through the initial panel, the contract, a
progress panel (recorded by a volunteer panel member, who sees panel papers only) and the
final panel; bad input gets a clear message and saves nothing."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.ui.conftest import make_ctx, wait_idle
from tests.unit.casework_support import make_user
from yjdesk.models.org import Role
from yjdesk.services.court import hearings as hs
from yjdesk.services.justice import OffenceInput, add_offence, allocate
from yjdesk.services.orders import referral as ro
from yjdesk.services.uow import UnitOfWork
from yjdesk.services.workdays import add_working_days
from yjdesk.ui import registry
from yjdesk.ui.court.dialogs import OutcomeDialog
from yjdesk.ui.orders.tab import CourtOrdersTab, table_rows

COURT = TODAY - dt.timedelta(days=200)
SIGNED = COURT + dt.timedelta(days=10)


def _fill_panel(dialog, day: dt.date, volunteers: str) -> None:
    dialog.held_on.set_date(day)
    dialog.yjs.setPlainText("Sam Patel")
    dialog.volunteers.setPlainText(volunteers)
    dialog.parent_.setChecked(True)
    dialog.attendees.setPlainText("Mother")


def test_referral_order_from_sentence_to_final_panel(qtbot, ctx, child_id, tmp_path) -> None:
    assert "court_orders" in {t.key for t in registry.child_tabs_for(Role.PANEL_VOLUNTEER)}
    with ctx.uow() as u:
        offence = add_offence(u.session, child_id, OffenceInput(
            COURT - dt.timedelta(days=30), "theft_handling"), TODAY)
        hearing = hs.create_hearing(u.session, child_id, hs.HearingInput(
            court_code="blackpool_youth", hearing_date=COURT, hearing_type="sentence",
            status="heard", offence_ids=[offence.id]), TODAY)
        volunteer = make_user(u.session, ctx.actor, Role.PANEL_VOLUNTEER, "vera")
        manager = make_user(u.session, ctx.actor, Role.TEAM_MANAGER, "maria")
    # (a manager allocates: services.child_creation)
    with UnitOfWork(ctx.store.session_factory, manager, ctx.store.paths.database) as u:
        allocate(u.session, child_id, volunteer.user_id, "panel_member", COURT)
    # Sentence, recorded live in court.
    outcome = OutcomeDialog(ctx, hearing.id, [(ctx.actor.user_id, "Pat")])
    qtbot.addWidget(outcome)
    outcome.outcome.set_code("sentence")
    outcome.sentence.set_value("referral_order")
    outcome.start.set_date(COURT)
    outcome.end.set_date(COURT + relativedelta(months=6))
    outcome.officer.set_value(ctx.actor.user_id)
    outcome.submit()
    wait_idle(qtbot, ctx)
    assert outcome.result() == 1 and not outcome.form.errors()

    tab = CourtOrdersTab(ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    assert "Waiting for the initial panel" in tab.referral_summary.text()
    due = add_working_days(COURT, 20)  # the policy's default
    assert table_rows(tab.panels)[0][:3] == ["Initial panel", f"{due:%d/%m/%Y}", "not yet"]
    # Initial panel with one volunteer: refused, nothing saved.
    dialog = tab.record_panel()
    assert dialog is not None
    _fill_panel(dialog, SIGNED, "Ann Lee")
    dialog.outcome.set_value("contract_agreed")
    dialog.submit()
    wait_idle(qtbot, ctx)
    assert "2 community volunteers" in dialog.form.errors()["volunteers"]
    assert dialog.isVisible()
    with ctx.uow() as u:
        order = ro.orders_for_child(u.session, child_id)[0]
        assert all(p.status == "planned" for p in ro.panels(u.session, order.id))
    dialog.volunteers.setPlainText("Ann Lee\nBob Grey")
    dialog.submit()
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)
    assert not dialog.isVisible()
    assert table_rows(tab.panels)[0][4] == "Contract agreed"
    # The contract's terms, then the signatures (not before the order).
    terms = tab.edit_terms()
    assert terms is not None
    terms.reparation.setPlainText("Write a letter of apology to the shop owner")
    terms.activities.setPlainText("Weekly sessions on consequential thinking")
    terms.submit()
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)
    sign = tab.sign()
    assert sign is not None
    sign.signed_on.set_date(COURT - dt.timedelta(days=1))
    sign.member.setText("Ann Lee")
    sign.child.setChecked(True)
    sign.submit()
    wait_idle(qtbot, ctx)
    assert "before the court made the order" in sign.form.errors()["signed_on"]
    sign.signed_on.set_date(SIGNED)
    sign.submit()
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)
    end = SIGNED + relativedelta(months=6)
    assert (f"Contract signed {SIGNED:%d/%m/%Y}; compliance period ends {end:%d/%m/%Y}"
            in tab.referral_summary.text())
    kinds = [r[0] for r in table_rows(tab.panels)]
    assert kinds == ["Initial panel", "Progress panel", "Final panel"]

    # The volunteer panel member: panel papers only, and records the progress panel.
    vctx = make_ctx(ctx.store, volunteer)
    errors: list[BaseException] = []
    vctx.tasks.default_failure = errors.append
    try:
        vtab = CourtOrdersTab(vctx, child_id)
        qtbot.addWidget(vtab)
        wait_idle(qtbot, vctx)
        assert vtab.sections is None and vtab.action_buttons["sign"].isHidden()
        assert "Weekly sessions" in table_rows(vtab.contracts)[0][5]
        vtab.panels.selectRow(1)
        progress = vtab.record_panel()
        assert progress is not None
        _fill_panel(progress, SIGNED + relativedelta(months=3) - dt.timedelta(days=3),
                    "Vera Volunteer\nBob Grey")
        progress.outcome.set_value("continue")
        progress.submit()
        wait_idle(qtbot, vctx)
        wait_idle(qtbot, vctx)
        assert not progress.isVisible()
    finally:
        vctx.tasks.shutdown()
    assert not errors
    wait_idle(qtbot, ctx)
    tab.reload()
    wait_idle(qtbot, ctx)
    rows = table_rows(tab.panels)
    assert (rows[1][0], rows[1][4]) == ("Progress panel", "Progress reviewed: continue")
    assert "Vera Volunteer" in rows[1][3]
    # The final panel: completed, the conviction spent.
    final_row = next(i for i, r in enumerate(rows) if r[0] == "Final panel")
    tab.panels.selectRow(final_row)
    final = tab.record_panel()
    assert final is not None
    _fill_panel(final, TODAY, "Ann Lee\nBob Grey")
    final.outcome.set_value("completed")
    final.submit()
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)
    assert "Completed (conviction spent)" in tab.referral_summary.text()
    assert "Conviction spent on" in tab.referral_summary.text()
    # An ended order takes no more panels, terms or extensions; its papers stay printable.
    assert not tab.action_buttons["panel"].isEnabled()
    assert not tab.action_buttons["extend"].isEnabled()
    assert tab.action_buttons["pdf"].isEnabled()
    # The child's copy of the contract.
    target = tmp_path / "contract.pdf"
    tab.save_contract_pdf(str(target))
    qtbot.waitUntil(target.exists, timeout=20000)
    wait_idle(qtbot, ctx)
    words = " ".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert "My referral order contract" in words and "letter of apology" in words
