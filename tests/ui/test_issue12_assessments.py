"""Issue 12 defects on the assessment screens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD, TODAY, child_input
from tests.ui.conftest import make_ctx, wait_idle
from tests.unit.test_assessment_helpers import COMPLETE, add_disposal, make_user
from yjdesk.models.org import Role
from yjdesk.services.assessments import signing, stages
from yjdesk.services.children import create_child
from yjdesk.services.uow import Actor, UnitOfWork
from yjdesk.ui.assessments.queue import CountersignQueuePage
from yjdesk.ui.assessments.tab import AssessmentsTab
from yjdesk.ui.context import AppContext
from yjdesk.ui.main_window import MainWindow
from yjdesk.ui.widgets.password import NO_PASSWORD, WRONG_PASSWORD


def test_open_shows_the_assessment_in_the_record_first_time(
        qtbot: QtBot, ctx: AppContext, child_id: str, uow) -> None:
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
    tab = view.tabs.current_widget()
    assert isinstance(tab, AssessmentsTab)
    qtbot.waitUntil(lambda: tab.table.row_count() == 1)
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


def _submitted(u: UnitOfWork, child_id: str) -> str:
    disposal = add_disposal(u.session, child_id)
    sid = stages.create_stage(u.session, child_id, disposal, today=TODAY).id
    stages.save_answers(u.session, sid, COMPLETE, today=TODAY)
    signing.submit(u.session, sid, today=TODAY)
    return sid


@pytest.fixture
def two_waiting(uow, actor, child_id) -> tuple[Actor, list[str]]:
    with uow() as u:
        other = create_child(u.session, child_input(given_name="Amira", family_name="Begum",
                                                         preferred_name=None),
                             TODAY).id
    with uow() as u:
        first = _submitted(u, child_id)
    with uow() as u:
        second = _submitted(u, other)
    with uow() as u:
        manager = make_user(u.session, actor.team_id, Role.TEAM_MANAGER, "tess", "Tess")
    return manager, [first, second]


def test_queue_moves_to_the_next_assessment_after_a_decision(
        qtbot: QtBot, store, two_waiting) -> None:
    manager, (first, second) = two_waiting
    mctx = make_ctx(store, manager)
    try:
        page = CountersignQueuePage(mctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.current is not None)
        assert page.current.view.id == first
        # a first stage: no empty "Previous stage" column squeezing the answers
        assert page.comparison.isColumnHidden(2)
        width = page.comparison.viewport().width()
        assert page.comparison.columnWidth(3) >= width // 3
        page.sign_button.click()
        assert page.dialog is not None
        page.dialog.comment.setPlainText("Checked with the police summary.")
        page.dialog.action_button.click()
        qtbot.waitUntil(lambda: page.result.isVisibleTo(page) or not page.error.isHidden())
        assert page.error.isHidden(), page.error.text()
        wait_idle(qtbot, mctx)
        qtbot.waitUntil(lambda: page.current is not None and page.current.view.id == second)
        # the next one is selected AND shown, and the message names whose was signed
        assert page.table.current_key() == second
        assert "Amira" in page.heading.text() and page.sign_button.isEnabled()
        assert "Jay Okafor-Test" in page.result.text.text()
        assert "Amira" not in page.result.text.text()
        with mctx.uow() as u:  # the comment is kept with the stage
            events = stages.events(u.session, first)
        assert any(e.action == "countersigned" and e.comment == "Checked with the police "
                   "summary." for e in events)
        # a refused return leaves its message; a successful one clears it
        page.return_button.click()
        dialog = page.dialog
        dialog.action_button.click()
        assert dialog.form.errors()["comment"]
        dialog.comment.setPlainText("Say more about school.")
        dialog.action_button.click()
        qtbot.waitUntil(lambda: "Returned" in page.result.text.text())
        wait_idle(qtbot, mctx)
        assert page.error.isHidden()
        assert page.table.row_count() == 0 and page.empty.isVisibleTo(page)
    finally:
        mctx.tasks.shutdown()


def test_policy_can_ask_for_the_password_again_before_a_signature(
        qtbot: QtBot, store, two_waiting) -> None:
    manager, (first, _second) = two_waiting
    mctx = make_ctx(store, manager)
    mctx.policy = mctx.policy.changed(security={"reask_password_to_sign": True})
    try:
        page = CountersignQueuePage(mctx)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.current is not None)
        page.sign_button.click()
        dialog = page.dialog
        assert dialog is not None and dialog.password.isVisibleTo(dialog)
        dialog.action_button.click()  # no password: refused in place
        assert dialog.form.errors()["password"] == NO_PASSWORD
        dialog.password.setText("not my password")
        dialog.action_button.click()
        qtbot.waitUntil(lambda: not dialog.check.working, timeout=20_000)
        assert dialog.form.errors()["password"] == WRONG_PASSWORD
        with mctx.uow() as u:
            assert stages.get_stage(u.session, first).status == "submitted"
        dialog.password.setText(PASSWORD)
        dialog.action_button.click()
        qtbot.waitUntil(lambda: "Countersigned" in page.result.text.text(), timeout=20_000)
        with mctx.uow() as u:
            assert stages.get_stage(u.session, first).status == "countersigned"
    finally:
        mctx.tasks.shutdown()


def test_the_queue_shows_each_childs_name_and_number_whole_at_1280(
        qtbot: QtBot, store, two_waiting) -> None:
    """On a 1280x720 laptop the queue's list kept "Ellis Singleto..." cut short: the
    answers pane took the width. The child's name, at least, must be read whole (with the
    start of a service's case number, "YJ-000013"; an offline child's provisional number
    may be cut)."""
    manager, _ids = two_waiting
    mctx = make_ctx(store, manager)
    try:
        page = CountersignQueuePage(mctx)
        qtbot.addWidget(page)
        page.resize(1280 - 170, 620)  # the page beside the navigation list
        page.show()
        qtbot.waitUntil(lambda: page.current is not None)
        metrics = page.table.fontMetrics()
        model = page.table.model()
        for row in range(model.rowCount()):
            text = str(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole))
            assert "(" in text  # the name with its case number
            needed = metrics.horizontalAdvance(text.split(" (")[0] + " (YJ-000013)")
            assert page.table.columnWidth(0) > needed, (text, page.table.columnWidth(0))
    finally:
        mctx.tasks.shutdown()
