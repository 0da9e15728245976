"""A manager opens the team dashboard and drills from an overdue count to the child."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.conftest import TODAY, child_input
from tests.ui.conftest import make_ctx, wait_idle
from tests.unit.test_kpi_national import disp
from tests.unit.test_oversight_audit_log import make_user
from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.org import Role
from yjdesk.services import children
from yjdesk.services.oversight import dashboard as svc
from yjdesk.ui.oversight.dashboard_page import TeamDashboardPage


def late_assessment(uow, actor):
    """A child whose start assessment is overdue, and a team manager: (child id, manager)."""
    with uow() as u:
        late = children.create_child(u.session, child_input(given_name="Lateassess"),
                                     TODAY).id
        d = disp(u.session, late, "referral_order", dt.date(2026, 9, 1),
                 end=dt.date(2027, 3, 1))
        u.session.add(AssessmentStage(child_id=late, disposal_id=d, stage_type="start",
                                      status="draft", form_version=1, author_id=actor.user_id,
                                      started_on=dt.date(2026, 9, 2),
                                      due_on=dt.date(2026, 10, 1)))
    return late, make_user(uow, actor, Role.TEAM_MANAGER, "Mo Manager")


def test_manager_drills_from_overdue_count_to_child(qtbot, uow, actor, store) -> None:
    with uow() as u:
        late = children.create_child(u.session, child_input(given_name="Lateassess"),
                                     TODAY).id
        children.create_child(u.session, child_input(given_name="Ontime"), TODAY)
        d = disp(u.session, late, "referral_order", dt.date(2026, 9, 1),
                 end=dt.date(2027, 3, 1))
        u.session.add(AssessmentStage(child_id=late, disposal_id=d, stage_type="start",
                                      status="draft", form_version=1, author_id=actor.user_id,
                                      started_on=dt.date(2026, 9, 2),
                                      due_on=dt.date(2026, 10, 1)))
    manager = make_user(uow, actor, Role.TEAM_MANAGER, "Mo Manager")
    ctx = make_ctx(store, manager)
    errors: list[BaseException] = []
    ctx.tasks.default_failure = errors.append
    try:
        page = TeamDashboardPage(ctx)
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        qtbot.waitExposed(page)
        wait_idle(qtbot, ctx)
        table = page.table
        rows = {table.text(r, 0): r for r in range(table.row_count())}
        assert set(rows) == {"Whole team", "Pat Practitioner"}
        col = 1 + [m for m, _ in svc.MEASURES].index("assessments_overdue")
        assert table.text(rows["Pat Practitioner"], col) == "1"
        assert table.text(rows["Pat Practitioner"], 1) == "2"  # caseload
        # Keyboard: move to the overdue figure and press Enter.
        table.setFocus()
        table.setCurrentIndex(table.proxy.index(rows["Pat Practitioner"], col))
        qtbot.keyClick(table, Qt.Key.Key_Return)
        listed = page.children_list.table
        assert listed.row_count() == 1
        assert listed.text(0, 0) == "Jay Okafor-Test"
        assert "overdue" in listed.text(0, 3)
        assert "Assessments overdue" in page.children_list.title.text()
        with qtbot.waitSignal(ctx.events.open_child, timeout=2000) as opened:
            rect = listed.visualRect(listed.proxy.index(0, 0))
            qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            qtbot.mouseDClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert opened.args == [late, "assessments"]  # the tab behind the figure
    finally:
        ctx.tasks.shutdown()
    assert not errors


def test_in_the_main_window_the_child_record_opens(qtbot, uow, actor, store) -> None:
    from yjdesk.ui.main_window import MainWindow

    with uow() as u:
        late = children.create_child(u.session, child_input(given_name="Lateassess"),
                                     TODAY).id
        d = disp(u.session, late, "referral_order", dt.date(2026, 9, 1),
                 end=dt.date(2027, 3, 1))
        u.session.add(AssessmentStage(child_id=late, disposal_id=d, stage_type="start",
                                      status="draft", form_version=1, author_id=actor.user_id,
                                      started_on=dt.date(2026, 9, 2),
                                      due_on=dt.date(2026, 10, 1)))
    manager = make_user(uow, actor, Role.TEAM_MANAGER, "Mo Manager")
    ctx = make_ctx(store, manager)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        wait_idle(qtbot, ctx)
        assert "team_dashboard" in window.page_keys
        window.open_page("team_dashboard")
        wait_idle(qtbot, ctx)
        page = window.pages.currentWidget()
        assert isinstance(page, TeamDashboardPage)
        col = 1 + [m for m, _ in svc.MEASURES].index("assessments_overdue")
        page.drill(0, col)  # the whole team's overdue assessments
        assert page.children_list.table.row_count() == 1
        page.children_list.open_row(0)
        assert window.child_view is not None and window.child_view.child_id == late
        qtbot.waitUntil(lambda: window.child_view.record is not None, timeout=30_000)
        wait_idle(qtbot, ctx)
        window.close()
        wait_idle(qtbot, ctx)
    finally:
        ctx.tasks.shutdown()
