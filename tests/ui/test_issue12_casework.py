"""Issue 12 defects on the case-work pages and tabs."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.ui.conftest import wait_idle
from tests.unit.test_assessment_helpers import COMPLETE, add_disposal
from tests.unit.test_casework_exit import ooc_input
from yjdesk.models import AssessmentStage
from yjdesk.services.assessments import signing, stages
from yjdesk.services.casework import exit as exit_svc
from yjdesk.services.casework import ooc
from yjdesk.sync.push import store_conflict
from yjdesk.ui.casework.exit_tab import ExitDialog, ExitTab
from yjdesk.ui.casework.ooc_tab import OocTab
from yjdesk.ui.casework.pages import MyWeekPage
from yjdesk.ui.context import AppContext
from yjdesk.ui.sync_ui.page import SyncPage


def test_my_week_lists_overdue_assessments_and_countersigns(
        qtbot: QtBot, ctx: AppContext, child_id: str, uow) -> None:
    with uow() as u:  # an order 37 days old, never assessed
        add_disposal(u.session, child_id, start=TODAY - dt.timedelta(days=60))
    with uow() as u:  # and a stage waiting 7 days past its countersign date
        other = add_disposal(u.session, child_id, start=TODAY - dt.timedelta(days=40),
                             kind="yro", end=TODAY + dt.timedelta(days=300))
        sid = stages.create_stage(u.session, child_id, other, today=TODAY).id
        stages.save_answers(u.session, sid, COMPLETE, today=TODAY)
        signing.submit(u.session, sid, today=TODAY)
        stage = u.session.get(AssessmentStage, sid)
        stage.countersign_due_on = TODAY - dt.timedelta(days=7)
    page = MyWeekPage(ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, ctx)
    kinds = {r.item.kind: r for r in page.rows_of("assessment", "assessment_sign")}
    assert set(kinds) == {"assessment", "assessment_sign"}
    assert kinds["assessment_sign"].item.due == TODAY - dt.timedelta(days=7)
    shown = [page.table.text(r, 0) for r in range(page.table.row_count())]
    assert "Overdue: 7 days late (13/11/2026)" in shown
    assert page.rows_of("assessment")[0].item.state.name == "OVERDUE"
    assert "overdue" in page.header.summary.text()


def test_no_blank_end_of_intervention_without_a_disposal(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    tab = ExitTab(ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    assert not tab.edit_button.isEnabled()
    assert "no current order" in tab.message.text()
    dialog = ExitDialog(ctx, child_id, None, tab)  # even if the form is reached
    dialog.submit()
    wait_idle(qtbot, ctx)
    assert "no current order" in dialog.form.errors()[""]
    with ctx.uow() as u:
        assert exit_svc.exit_plans(u.session, child_id) == []


def test_a_blank_end_of_intervention_is_refused(qtbot: QtBot, ctx: AppContext,
                                                child_id: str, uow) -> None:
    with uow() as u:
        add_disposal(u.session, child_id)
    tab = ExitTab(ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    assert tab.edit_button.isEnabled()
    dialog = tab.edit()
    dialog.end.set_date(None)
    dialog.submit()
    wait_idle(qtbot, ctx)
    assert "Nothing to save yet" in dialog.form.errors()[""]
    with ctx.uow() as u:
        assert exit_svc.exit_plans(u.session, child_id) == []


def test_settling_a_conflict_refreshes_the_tab_that_shows_the_record(
        qtbot: QtBot, ctx: AppContext, child_id: str) -> None:
    with ctx.uow() as u:
        decision = ooc.record_decision(u.session, child_id, ooc_input(), TODAY)
        u.session.flush()
        store_conflict(u.session, "ooc_decision", decision.id, child_id, "rationale",
                       decision.rationale, "Agreed at panel: a caution is enough.", None, None)
    tab = OocTab(ctx, child_id)
    page = SyncPage(ctx)
    for w in (tab, page):
        qtbot.addWidget(w)
    wait_idle(qtbot, ctx)
    assert "Agreed at panel" not in tab.detail.toPlainText()
    loads = tab.loads
    assert page.views, "the conflict is listed on the sync page"
    page.conflict_list.setCurrentRow(0)
    page.resolve("theirs")
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)
    assert tab.loads > loads
    assert "Agreed at panel: a caution is enough." in tab.detail.toPlainText()


def test_exit_sign_off_is_confirmed_before_it_locks(qtbot: QtBot, ctx: AppContext,
                                                    child_id: str, uow, actor) -> None:
    from tests.ui.conftest import make_ctx
    from tests.unit.test_assessment_helpers import make_user
    from tests.unit.test_casework_exit import complete_exit
    from yjdesk.models.org import Role

    with uow() as u:
        did = add_disposal(u.session, child_id)
        xid = exit_svc.save(u.session, child_id, complete_exit(disposal_id=did), TODAY).id
        manager = make_user(u.session, actor.team_id, Role.TEAM_MANAGER, "tess", "Tess")
    mctx = make_ctx(ctx.store, manager)
    try:
        tab = ExitTab(mctx, child_id)
        qtbot.addWidget(tab)
        wait_idle(qtbot, mctx)
        dialog = tab.sign_off()
        assert dialog is not None and "Jay Okafor-Test" in dialog.subject.text()
        dialog.reject()  # changing one's mind signs nothing
        wait_idle(qtbot, mctx)
        with mctx.uow() as u:
            assert exit_svc.get_exit(u.session, xid).status == "draft"
        dialog = tab.sign_off()
        assert dialog is not None
        dialog.action_button.click()
        wait_idle(qtbot, mctx)
        wait_idle(qtbot, mctx)
        with mctx.uow() as u:
            assert exit_svc.get_exit(u.session, xid).status == "signed_off"
    finally:
        mctx.tasks.shutdown()
