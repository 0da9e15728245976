"""Issue 12: the main journeys done with the keyboard alone (no clicks, no direct calls
on widgets): every step is a key press sent to whatever has the focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.ui.conftest import make_ctx, wait_idle
from tests.ui.test_court_ui import offence_id, two_ctx
from tests.ui.test_issue12_assessments import two_waiting
from tests.unit.test_assessment_helpers import COMPLETE, add_disposal
from yjdesk.models.statuses import StageStatus
from yjdesk.services.assessments import stages
from yjdesk.services.oversight import dashboard as svc
from yjdesk.ui.assessments.queue import CountersignQueuePage
from yjdesk.ui.assessments.tab import AssessmentsTab
from yjdesk.ui.court.child_tab import ChildCourtTab
from yjdesk.ui.court.court_list import CourtListPage
from yjdesk.ui.court.report_editor import ReportEditor
from yjdesk.ui.main_window import MainWindow
from yjdesk.ui.oversight.dashboard_page import TeamDashboardPage

__all__ = ["offence_id", "two_ctx", "two_waiting"]  # fixtures
Mod = Qt.KeyboardModifier


def focused() -> QWidget:
    if QApplication.activeWindow() is None:
        # the offscreen platform has no window manager to keep the window active when a
        # page builds (a real desktop does); hand activation back as one would
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and top.isWindow() and top.windowType() in (
                    Qt.WindowType.Window, Qt.WindowType.Dialog):
                top.activateWindow()
        QApplication.processEvents()
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def shown(qtbot: QtBot, window: QWidget) -> None:
    """A new window is active with the focus inside it (a window manager's job: the
    offscreen platform has none)."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press(qtbot: QtBot, key: Qt.Key, modifier: Mod = Mod.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot: QtBot, wanted: Callable[[QWidget], bool], limit: int = 40) -> QWidget:
    """Press Tab until the focus is on a widget for which ``wanted`` holds."""
    for _ in range(limit):
        if wanted(focused()):
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it (focus on {focused()!r})")


def alt_digit(n: int) -> Qt.Key:
    return Qt.Key(Qt.Key.Key_0 + n)


def test_manager_dashboard_then_queue_then_countersign_by_keyboard(
        qtbot: QtBot, store, two_waiting) -> None:
    manager, (first, _second) = two_waiting
    ctx = make_ctx(store, manager)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        wait_idle(qtbot, ctx)
        # Alt+N opens the N-th page of the navigation
        press(qtbot, alt_digit(window.page_keys.index("team_dashboard") + 1), Mod.AltModifier)
        wait_idle(qtbot, ctx)
        page = window.pages.currentWidget()
        assert isinstance(page, TeamDashboardPage)
        table = tab_to(qtbot, lambda w: w is page.table)
        column = 1 + [m for m, _ in svc.MEASURES].index("countersign")
        for _ in range(column + 2):
            if table is page.table and page.table.currentIndex().column() == column:
                break
            press(qtbot, Qt.Key.Key_Right)
        assert page.table.currentIndex().column() == column
        qtbot.waitUntil(lambda: page.children_list.table.row_count() == 2)

        press(qtbot, alt_digit(window.page_keys.index("countersign_queue") + 1),
              Mod.AltModifier)
        wait_idle(qtbot, ctx)
        queue = window.pages.currentWidget()
        assert isinstance(queue, CountersignQueuePage)
        qtbot.waitUntil(lambda: queue.current is not None)
        assert queue.current is not None and queue.current.view.id == first
        # Alt+C is the Child menu; the button is Cou&ntersign (Alt+N)
        press(qtbot, Qt.Key.Key_N, Mod.AltModifier)
        qtbot.waitUntil(lambda: queue.dialog is not None and queue.dialog.isVisible())
        dialog = queue.dialog
        assert dialog is not None and dialog.comment is not None
        # offscreen Qt has no window manager to give the new dialog the keyboard
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        comment = tab_to(qtbot, lambda w: w is dialog.comment)
        qtbot.keyClicks(comment, "Checked by keyboard.")
        tab_to(qtbot, lambda w: w is dialog.action_button)
        press(qtbot, Qt.Key.Key_Space)
        wait_idle(qtbot, ctx)
        with ctx.uow() as u:
            events = stages.events(u.session, first)
        assert any(e.action == "countersigned" and e.comment == "Checked by keyboard."
                   for e in events)
        window.close()
        wait_idle(qtbot, ctx)
    finally:
        ctx.tasks.shutdown()


def test_practitioner_opens_a_child_and_submits_an_assessment_by_keyboard(
        qtbot: QtBot, ctx, child_id) -> None:
    with ctx.uow() as u:
        disposal = add_disposal(u.session, child_id)
        stage = stages.create_stage(u.session, child_id, disposal, today=TODAY).id
        stages.save_answers(u.session, stage, COMPLETE, today=TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    wait_idle(qtbot, ctx)
    press(qtbot, Qt.Key.Key_F, Mod.ControlModifier)  # find a child
    qtbot.keyClicks(focused(), "okafor")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # open the record
    view = window.child_view
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None)
    wait_idle(qtbot, ctx)
    sections = tab_to(qtbot, lambda w: w is view.tabs.list)
    for _ in range(20):
        if view.current_tab_key() == "assessments":
            break
        qtbot.keyClick(sections, Qt.Key.Key_Down)
    assert view.current_tab_key() == "assessments"
    tab = view.tabs.widget_for("assessments")
    assert isinstance(tab, AssessmentsTab)
    qtbot.waitUntil(lambda: tab.table.row_count() == 1)
    table = tab_to(qtbot, lambda w: w is tab.table)
    if not tab.table.currentIndex().isValid():
        qtbot.keyClick(table, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # open the stage
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.view is not None)
    editor = tab.editor
    assert editor is not None
    wait_idle(qtbot, ctx)
    tab_to(qtbot, lambda w: w is editor.submit_button, limit=400)
    press(qtbot, Qt.Key.Key_Space)
    wait_idle(qtbot, ctx)
    with ctx.uow() as u:
        assert stages.get_stage(u.session, stage).status == StageStatus.SUBMITTED
    window.close()
    wait_idle(qtbot, ctx)


def _written_report(officer_ctx, child_id: str, offence_id: str) -> str:
    """A PSR the officer has written and submitted for the quality check."""
    import datetime as dt

    from yjdesk.services.court import gatekeeping
    from yjdesk.services.court import psr as ps
    from yjdesk.services.court.hearings import HearingInput, create_hearing

    with officer_ctx.uow() as u:
        hearing = create_hearing(u.session, child_id, HearingInput(
            "blackpool_youth", TODAY + dt.timedelta(days=3), "adjourned_for_report",
            hearing_time="10:00", court_officer_id=officer_ctx.actor.user_id,
            offence_ids=[offence_id]), today=TODAY)
        report = ps.request_report(u.session, hearing.id, requested_on=TODAY)
        data = ps.PsrInput.from_report(u.session, report)
        words = "Written for the court by the officer."
        for name in ("offence_analysis", "circumstances", "maturity", "needs", "strengths",
                     "reoffending_rationale", "serious_harm_rationale",
                     "safety_wellbeing_rationale", "conclusion", "assessment_basis"):
            setattr(data, name, words)
        data.sources = ["Interview with Jay"]
        data.likelihood_of_reoffending = data.risk_of_serious_harm = "medium"
        data.safety_wellbeing = "medium"
        data.proposal_disposal_type, data.proposal_months = "yro", 12
        data.requirements = [ps.ProposedRequirement("supervision")]
        ps.update_report(u.session, report.id, data)
        gatekeeping.submit_for_check(u.session, report.id)
        return report.id


def _open_report_by_keyboard(qtbot: QtBot, window: MainWindow, ctx) -> ReportEditor:
    """Court list -> Enter on the hearing -> the record's Court section -> the report."""
    press(qtbot, alt_digit(window.page_keys.index("court_list") + 1), Mod.AltModifier)
    wait_idle(qtbot, ctx)
    page = window.pages.currentWidget()
    assert isinstance(page, CourtListPage)
    qtbot.waitUntil(lambda: page.table.row_count() == 1)
    table = tab_to(qtbot, lambda w: w is page.table)
    if not page.table.currentIndex().isValid():
        qtbot.keyClick(table, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    view = window.child_view
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None and view.current_tab_key() == "court")
    wait_idle(qtbot, ctx)
    tab = view.tabs.widget_for("court")
    assert isinstance(tab, ChildCourtTab)
    qtbot.waitUntil(lambda: tab.reports.row_count() == 1)
    reports = tab_to(qtbot, lambda w: w is tab.reports)
    if tab.reports.current_key() is None:
        qtbot.keyClick(reports, Qt.Key.Key_Down)
    tab_to(qtbot, lambda w: w is tab.open_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.state is not None)
    wait_idle(qtbot, ctx)
    assert tab.editor is not None
    shown(qtbot, tab.editor)
    return tab.editor


def _confirm_by_keyboard(qtbot: QtBot, editor: ReportEditor, button: str) -> ReportEditor:
    """Tab to the report's ``button``, press it, Tab to the confirmation's action, press."""
    found = tab_to(qtbot, lambda w: w.objectName() == f"report_{button}", limit=200)
    window = found.window()  # the report on show
    assert isinstance(window, ReportEditor)
    editor = window
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: editor.dialog is not None and editor.dialog.isVisible())
    dialog = editor.dialog
    assert dialog is not None
    shown(qtbot, dialog)
    tab_to(qtbot, lambda w: w is dialog.action_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    shown(qtbot, editor)  # the report is active again once its confirmation closes
    return editor


def _window(qtbot: QtBot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    wait_idle(qtbot, ctx)
    return window


def test_court_list_to_gatekeeping_to_pdf_by_keyboard(
        qtbot: QtBot, two_ctx, child_id, offence_id, tmp_path, monkeypatch) -> None:
    import pdfplumber

    officer_ctx, manager_ctx = two_ctx
    psr_id = _written_report(officer_ctx, child_id, offence_id)
    # the manager checks it: court list -> record -> report -> Court ready -> confirm
    manager = _window(qtbot, manager_ctx)
    editor = _open_report_by_keyboard(qtbot, manager, manager_ctx)
    editor = _confirm_by_keyboard(qtbot, editor, "ready")
    wait_idle(qtbot, manager_ctx)
    qtbot.waitUntil(lambda: editor.state is not None and editor.state.status == "court_ready")
    editor.reject()
    manager.close()
    wait_idle(qtbot, manager_ctx)
    # the officer finalises it and saves the PDF (the platform's file dialog answers)
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(ReportEditor, "choose_pdf_path", lambda _self: str(out))
    officer = _window(qtbot, officer_ctx)
    editor = _open_report_by_keyboard(qtbot, officer, officer_ctx)
    assert editor.psr_id == psr_id
    editor = _confirm_by_keyboard(qtbot, editor, "finalise")
    wait_idle(qtbot, officer_ctx)
    qtbot.waitUntil(lambda: editor.state is not None and editor.state.status == "finalised")
    tab_to(qtbot, lambda w: w.objectName() == "report_pdf", limit=200)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: editor.last_pdf == out, timeout=30_000)
    with pdfplumber.open(out) as pdf:
        text = " ".join(p.extract_text() or "" for p in pdf.pages)
    assert "Colin Hughes" in text and "Maria Lewis" in text and "DRAFT" not in text
    editor.reject()
    officer.close()
    wait_idle(qtbot, officer_ctx)
