"""Issue 12 defects on the manager's dashboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import make_ctx, wait_idle
from tests.ui.test_oversight_dashboard import late_assessment
from yjdesk.services.oversight import dashboard as svc
from yjdesk.ui.oversight.dashboard_page import TeamDashboardPage


def test_one_click_on_a_figure_lists_its_children_and_back_returns(
        qtbot: QtBot, uow, actor, store) -> None:
    from yjdesk.ui.main_window import MainWindow

    late, manager = late_assessment(uow, actor)
    ctx = make_ctx(store, manager)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        window.open_page("team_dashboard")
        wait_idle(qtbot, ctx)
        page = window.pages.currentWidget()
        assert isinstance(page, TeamDashboardPage)
        assert "Click a figure" in page.hint.text()
        table = page.table
        # every column fits: no horizontal scroll bar at 1280 pixels
        assert not table.horizontalScrollBar().isVisible()
        col = 1 + [m for m, _ in svc.MEASURES].index("assessments_overdue")
        rect = table.visualRect(table.proxy.index(0, col))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert page.children_list.table.row_count() == 1  # one click is enough
        page.children_list.open_row(0)
        view = window.child_view
        assert view is not None and view.child_id == late
        qtbot.waitUntil(lambda: view.record is not None, timeout=30_000)
        wait_idle(qtbot, ctx)
        assert view.current_tab_key() == "assessments"  # the tab behind the figure
        assert view.close_button.text() == "Back to team dashboard"
        qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, ctx)
        assert window.current_page_key == "team_dashboard"
        window.close()
        wait_idle(qtbot, ctx)
    finally:
        ctx.tasks.shutdown()
