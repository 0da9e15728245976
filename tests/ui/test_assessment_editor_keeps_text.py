"""The assessment editor keeps answers typed in it when the record it sits in goes (Back,
another child, the idle lock, sign out), also while an earlier autosave is still running."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from tests.ui.test_shell import make_window
from tests.unit.test_assessment_helpers import add_disposal
from yjdesk.models import AssessmentAnswer
from yjdesk.ui.assessments.editor import AssessmentEditor
from yjdesk.ui.assessments.tab import AssessmentsTab
from yjdesk.ui.context import AppContext
from yjdesk.ui.main_window import MainWindow

TEXT = "Lives with his nan since the fire; sleeps on the sofa"


def _open(qtbot: QtBot, ctx: AppContext, child_id: str) -> tuple[MainWindow, AssessmentEditor]:
    with ctx.uow() as u:
        add_disposal(u.session, child_id)
    window = make_window(qtbot, ctx, idle_ms=600_000)
    ctx.events.open_child.emit(child_id, "assessments")
    view = window.child_view
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None)
    tab = next(iter(view.findChildren(AssessmentsTab)))
    wait_idle(qtbot, ctx)
    tab.new_button.click()
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.view is not None)
    editor = tab.editor
    assert editor is not None
    editor.timer.stop()  # no autosave: only leaving can save it
    wait_idle(qtbot, ctx)
    return window, editor


def _text_question(editor: AssessmentEditor) -> str:
    return next(k for k, q in editor.questions.items() if isinstance(q.input, QPlainTextEdit))


def _type(editor: AssessmentEditor, key: str, text: str) -> None:
    box = editor.questions[key].input
    assert isinstance(box, QPlainTextEdit)
    box.setPlainText(text)


def _stored(ctx: AppContext, key: str) -> object:
    with ctx.uow() as u:
        rows = [a.value for a in u.session.query(AssessmentAnswer).filter_by(question_key=key)]
    return json.loads(rows[0]) if rows and rows[0] is not None else None


def _deliver_deletes() -> None:
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("busy", [False, True], ids=["idle", "while-saving"])
@pytest.mark.parametrize("leave", ["back", "lock", "close"])
def test_answers_typed_are_saved_when_the_record_goes(
        qtbot: QtBot, ctx: AppContext, child_id: str, leave: str, busy: bool) -> None:
    window, editor = _open(qtbot, ctx, child_id)
    key = _text_question(editor)
    gate = threading.Event()
    if busy:
        ctx.tasks.run_db(lambda _uow: gate.wait(30))  # the worker is busy (a pull page)
        _type(editor, key, "First words")
        editor.save_now()  # an autosave, queued behind it
    _type(editor, key, TEXT)  # typing goes on
    {"back": window.close_child, "lock": window.lock, "close": window.close}[leave]()
    gate.set()
    _deliver_deletes()
    wait_idle(qtbot, ctx)
    _deliver_deletes()
    wait_idle(qtbot, ctx)
    assert _stored(ctx, key) == TEXT
    window.idle.stop()
