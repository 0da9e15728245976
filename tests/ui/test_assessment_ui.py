"""The assessment screens on the real store, offscreen: a practitioner completes and submits
a stage (autosaved), a manager countersigns it from the queue, and the stage opens locked."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from tests.conftest import TODAY
from tests.ui.conftest import make_ctx, wait_idle
from tests.unit.test_assessment_helpers import COMPLETE, add_disposal, make_user
from yjdesk.models import Role
from yjdesk.services import justice
from yjdesk.services.assessments import stages
from yjdesk.ui import registry
from yjdesk.ui.assessments.editor import AssessmentEditor
from yjdesk.ui.assessments.queue import CountersignQueuePage
from yjdesk.ui.assessments.tab import STAGE_COLUMNS, AssessmentsTab
from yjdesk.ui.context import AppContext
from yjdesk.ui.table_models.rows import RowsTableModel
from yjdesk.ui.widgets.forms import ChoiceCombo


@pytest.fixture
def setup(uow, actor, child_id):
    with uow() as u:
        add_disposal(u.session, child_id)
        manager = make_user(u.session, actor.team_id, Role.TEAM_MANAGER, "tess", "Tess Manager")
    return child_id, manager


@pytest.fixture
def manager_ctx(qtbot, store, setup) -> Iterator[AppContext]:
    mctx = make_ctx(store, setup[1])
    errors: list[BaseException] = []
    mctx.tasks.default_failure = errors.append
    yield mctx
    mctx.tasks.shutdown()
    assert not errors, errors


def answer(qtbot, editor: AssessmentEditor, key: str, value: Any) -> None:
    """Answer as a person would: type into text boxes, pick from drop-downs."""
    qw = editor.questions[key]
    w = qw.input
    if isinstance(w, QPlainTextEdit):
        w.setPlainText(str(value))
    elif isinstance(w, QLineEdit):
        w.clear()
        qtbot.keyClicks(w, str(value))
    else:
        assert isinstance(w, ChoiceCombo)
        index = w.findData(value)
        assert index >= 0, (key, value)
        w.setCurrentIndex(index)
        w.activated.emit(index)


def open_new_stage(qtbot, ctx, child_id: str) -> tuple[AssessmentsTab, AssessmentEditor]:
    tab = AssessmentsTab(ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    assert tab.new_button.isEnabled()
    tab.new_button.click()
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.view is not None)
    assert tab.editor is not None
    return tab, tab.editor


def test_registered_with_the_main_window() -> None:
    assert "assessments" in registry.CHILD_TABS
    assert [p.key for p in registry.pages_for(Role.TEAM_MANAGER)
            if p.key == "countersign_queue"] == ["countersign_queue"]
    assert "countersign_queue" not in [p.key for p in registry.pages_for(Role.PRACTITIONER)]


def test_complete_submit_countersign_from_queue_and_see_it_locked(
        qtbot, qtmodeltester, ctx, setup, manager_ctx) -> None:
    child_id, _manager = setup
    tab, editor = open_new_stage(qtbot, ctx, child_id)
    tab.show()
    assert editor.view.editable and editor.submit_button.isVisible()
    for key, value in COMPLETE.items():
        answer(qtbot, editor, key, value)
    # autosave lands within a few seconds without pressing anything
    qtbot.waitUntil(lambda: not editor._dirty and editor.last_saved is not None
                    and not ctx.tasks.busy, timeout=8000)
    assert [p for p in editor.problems if p.blocking] == []
    assert editor.sections.item(0).text().startswith("\u2713")

    editor.submit_button.click()
    qtbot.waitUntil(lambda: editor.view.status == "submitted", timeout=30_000)
    assert "waiting for a manager" in editor.banner.text()
    assert not editor.submit_button.isVisible()

    # the manager, signed in on their own context, countersigns from the queue
    page = CountersignQueuePage(manager_ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, manager_ctx)
    assert page.table.row_count() == 1 and "Jay" in page.table.text(0, 0)
    assert page.table.text(0, 4) == "27/11/2026"
    qtbot.waitUntil(lambda: page.current is not None)  # the oldest is shown at once
    assert page.comparison.row_count() > 20 and page.sign_button.isEnabled()
    page.sign_button.click()  # a confirmation says what is locked, for whom
    dialog = page.dialog
    assert dialog is not None and "Jay" in dialog.subject.text()
    dialog.action_button.click()
    qtbot.waitUntil(lambda: "Countersigned and locked" in page.result.text.text())
    wait_idle(qtbot, manager_ctx)
    assert page.table.row_count() == 0

    # back on the practitioner's laptop the stage opens read-only
    tab.close_editor()
    wait_idle(qtbot, ctx)
    assert "Countersigned" in tab.table.text(0, 2)
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", tab.table.text(0, 5))  # when countersigned
    model = RowsTableModel(STAGE_COLUMNS, key=lambda r: r.id)
    model.set_rows(tab.table.rows)
    qtmodeltester.check(model, force_py=True)
    locked = tab.open_stage(tab.selected_id() or "")
    qtbot.waitUntil(lambda: locked.view is not None)
    assert not locked.view.editable and "locked" in locked.banner.text()
    assert not locked.submit_button.isVisible()
    text_box = locked.questions["offence_analysis"].input
    assert isinstance(text_box, QPlainTextEdit) and text_box.isReadOnly()
    assert not locked.questions["rosh"].input.isEnabled()
    # a short fingerprint and Verify, in words (issue 12)
    assert locked.verify_row.isVisibleTo(locked)
    assert len(locked.verify_row.fingerprint.text().split()) == 4  # "Fingerprint XXXX XXXX XXXX"
    locked.verify_row.button.click()
    wait_idle(qtbot, ctx)
    words = locked.verify_row.result.text.text()
    assert words.startswith("Unchanged since countersigned by") and ("GMT" in words
                                                                    or "BST" in words)
    tab.close_editor()
    wait_idle(qtbot, ctx)


def test_problems_shown_in_place_and_return_with_comments(
        qtbot, ctx, setup, manager_ctx, uow) -> None:
    child_id, _manager = setup
    tab, editor = open_new_stage(qtbot, ctx, child_id)
    for key, value in {**COMPLETE, "rosh": "high", "intervention_level": "intensive"}.items():
        answer(qtbot, editor, key, value)
    editor.save_now()
    qtbot.waitUntil(lambda: not editor._dirty and not ctx.tasks.busy, timeout=30_000)
    problem = editor.questions["contingency_plan"].error
    assert not problem.isHidden() and "contingency plan" in problem.text()
    assert "!" in editor.sections.item(len(editor.view.form.sections) - 1).text()
    editor.submit_button.click()
    wait_idle(qtbot, ctx)
    assert editor.view.status == "draft"
    assert editor.focusWidget() is None or editor.sections.currentRow() == \
        len(editor.view.form.sections) - 1

    # a wrong-type answer is refused in place; the good ones are still saved
    answer(qtbot, editor, "ete_hours", "lots")
    answer(qtbot, editor, "contingency_plan", "Police and MARAC if he is arrested again.")
    editor.save_now()
    qtbot.waitUntil(lambda: not editor.questions["ete_hours"].error.isHidden())
    wait_idle(qtbot, ctx)
    assert "needs a number" in editor.questions["ete_hours"].error.text()
    with uow() as u:
        vals = stages.values_of(stages.answers(u.session, editor.stage_id))
    assert vals["contingency_plan"].startswith("Police") and vals["ete_hours"] == 15
    answer(qtbot, editor, "ete_hours", "15")
    editor.submit_button.click()
    qtbot.waitUntil(lambda: editor.view.status == "submitted", timeout=30_000)

    page = CountersignQueuePage(manager_ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, manager_ctx)
    qtbot.waitUntil(lambda: page.current is not None)
    page.return_button.click()
    dialog = page.dialog
    assert dialog is not None and dialog.comment is not None
    dialog.action_button.click()  # no comment yet: refused with a message
    wait_idle(qtbot, manager_ctx)
    assert "Say what needs to change" in dialog.form.errors()["comment"]
    assert dialog.isVisible()
    dialog.comment.setPlainText("Name the victim's safety in the contingency plan.")
    dialog.action_button.click()
    qtbot.waitUntil(lambda: "Returned" in page.result.text.text())

    tab.close_editor()
    wait_idle(qtbot, ctx)
    again = tab.open_stage(tab.selected_id() or "")
    qtbot.waitUntil(lambda: again.view is not None)
    assert again.view.editable and "victim's safety" in again.banner.text()
    tab.close_editor()
    wait_idle(qtbot, ctx)


def test_v1_draft_opens_on_the_current_form_with_old_answers_shown(
        qtbot, ctx, setup, uow, tmp_path, monkeypatch) -> None:
    # Only versions 1 and 2 installed: v2 dropped a question (v3 brought it back).
    from yjdesk.services.assessments import forms

    folder = tmp_path / "forms"
    folder.mkdir()
    for v in (1, 2):
        name = f"assessment-v{v}.json"
        (folder / name).write_bytes((forms.forms_dir() / name).read_bytes())
    monkeypatch.setattr(forms, "forms_dir", lambda: folder)
    child_id, _manager = setup
    with uow() as u:
        disposal_id = justice.disposals(u.session, child_id)[0].id
        sid = stages.create_stage(u.session, child_id, disposal_id, today=TODAY,
                                  form_version=1).id
        stages.save_answers(u.session, sid, {"health_risk_behaviour": True,
                                             "strengths": "Loves football"}, today=TODAY)
    tab = AssessmentsTab(ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    editor = tab.open_stage(sid)
    qtbot.waitUntil(lambda: editor.view is not None)
    assert editor.view.form_version == 2 and editor.view.editable
    assert editor.questions["strengths"].value() == "Loves football"
    last = editor.sections.item(editor.sections.count() - 1).text()
    assert last == "From an earlier form version"
    assert editor.findChild(QLabel, "orphan_health_risk_behaviour") is not None
    # the list of things to fix takes the practitioner to the question
    item = editor.problem_list.item(0)
    editor.problem_list.itemActivated.emit(item)
    key = item.data(Qt.ItemDataRole.UserRole)
    section = editor.questions[key].question.section
    assert editor.view.form.sections[editor.sections.currentRow()].key == section
    tab.close_editor()
    wait_idle(qtbot, ctx)


def test_summary_pdf_saved_from_the_tab(qtbot, ctx, setup, uow, tmp_path) -> None:
    child_id, _manager = setup
    with uow() as u:
        disposal_id = justice.disposals(u.session, child_id)[0].id
        stages.create_stage(u.session, child_id, disposal_id, today=TODAY)
    tab = AssessmentsTab(ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    target = tmp_path / "summary.pdf"
    tab.export_pdf(str(target))
    qtbot.waitUntil(lambda: "Saved summary.pdf" in tab.message.text(), timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_the_editor_says_saved_in_the_person_s_language(qtbot, ctx, setup) -> None:
    from tests.ui.test_translatable import _marked, _pseudo_locale

    child_id, _manager = setup
    _tab, editor = open_new_stage(qtbot, ctx, child_id)
    editor._saved([])
    assert editor.save_state.text() == f"Saved {editor.last_saved:%H:%M:%S}"
    with _pseudo_locale():
        editor._saved([])
        assert editor.save_state.text() == _marked(f"Saved {editor.last_saved:%H:%M:%S}")
    wait_idle(qtbot, ctx)
