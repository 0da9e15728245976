"""Issue 12 defects on the assessment screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.ui.conftest import wait_idle
from tests.unit.test_assessment_helpers import add_disposal
from yjdesk.services.assessments import stages
from yjdesk.ui.assessments.tab import AssessmentsTab
from yjdesk.ui.context import AppContext
from yjdesk.ui.main_window import MainWindow


def test_open_shows_the_assessment_in_the_record_first_time(
        qtbot: QtBot, ctx: AppContext, child_id: str, uow) -> None:  # type: ignore[no-untyped-def]
    with uow() as u:
        disposal = add_disposal(u.session, child_id)
        stage = stages.create_stage(u.session, child_id, disposal, today=TODAY).id
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, ctx)
    view = window.open_child(child_id, "assessments")
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None)
    wait_idle(qtbot, ctx)
    tab = view.tabs.stack.currentWidget()
    assert isinstance(tab, AssessmentsTab)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.view is not None)
    wait_idle(qtbot, ctx)
    assert window.child_view is view
    assert window.pages.currentWidget() is view, "the record must stay in front"
    assert view.current_tab_key() == "assessments"
    assert tab.currentWidget() is tab.editor and tab.editor.stage_id == stage
    assert tab.editor.isVisible()
    window.close()
    wait_idle(qtbot, ctx)
