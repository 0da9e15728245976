"""The assessment editor: sections on the left with their completion state, large text
areas on the right, autosave every few seconds and whenever focus moves, quality problems
next to the question to fix. A stage that is not editable opens read-only."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from yjdesk.errors import ValidationError
from yjdesk.models.statuses import StageEvent, StageStatus
from yjdesk.services.assessments import signing
from yjdesk.services.assessments.quality import Problem
from yjdesk.services.humanise import time_text
from yjdesk.ui.assessments.data import StageView, load_stage, save_and_check
from yjdesk.ui.assessments.question import QuestionWidget
from yjdesk.ui.assessments.util import alive, describe_status, stage_word
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import Tone, repolish, shows_form_text
from yjdesk.ui.i18n import QT_TR_NOOP, counted, fill, tr, tr_or
from yjdesk.ui.messages import message_text
from yjdesk.ui.widgets.verify import VerifyRow

AUTOSAVE_MS = 3000


EVENT_WORDS: dict[str, str] = {  # keyed by StageEvent (a str); looked up by the stored action
    StageEvent.CREATED: QT_TR_NOOP("Started"),
    StageEvent.FORM_UPGRADED: QT_TR_NOOP("Moved to the current form"),
    StageEvent.SUBMITTED: QT_TR_NOOP("Submitted for countersign"),
    StageEvent.RETURNED: QT_TR_NOOP("Returned with comments"),
    StageEvent.COUNTERSIGNED: QT_TR_NOOP("Countersigned and locked"),
}


class AssessmentEditor(QWidget):
    """Edit (or view) one stage. Emits :attr:`back` when the person leaves it."""

    back = Signal()
    loaded = Signal()
    saved = Signal()
    submitted = Signal()

    def __init__(self, ctx: AppContext, stage_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stage_id = stage_id
        self.setObjectName("assessmentEditor")
        self.view: StageView | None = None
        self.questions: dict[str, QuestionWidget] = {}
        self._dirty: set[str] = set()
        self._saving = False
        self._in_flight = 0
        self._problems: list[Problem] = []
        #: Answers the service refused (wrong type, out of range), shown until corrected.
        self._input_errors: dict[str, str] = {}
        self._then: list[Any] = []
        self.last_saved: dt.datetime | None = None

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(tr("< Back to the list"))
        self.back_button.clicked.connect(self._leave)
        self.title = QLabel(tr("Loading ..."))
        self.title.setProperty("textStyle", "heading")
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.save_state)
        outer.addLayout(top)
        self.banner = QLabel()
        self.banner.setObjectName("statusBanner")
        self.banner.setProperty("banner", True)
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.banner)
        stage = stage_id
        self.verify_row = VerifyRow(
            ctx, lambda uow: signing.verify(uow.session, stage).ok, self)
        outer.addWidget(self.verify_row)
        self.problem_summary = QLabel()
        self.problem_summary.setObjectName("problemSummary")
        self.problem_summary.setWordWrap(True)
        self.problem_summary.setProperty("tone", Tone.OVERDUE.value)
        self.problem_summary.hide()
        outer.addWidget(self.problem_summary)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problemList")
        self.problem_list.setAccessibleName(tr("Things to fix (press Enter to go to one)"))
        self.problem_list.setMaximumHeight(96)
        self.problem_list.setWordWrap(True)
        self.problem_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problem_list.itemActivated.connect(
            lambda item: self.go_to(str(item.data(Qt.ItemDataRole.UserRole))))
        self.problem_list.hide()
        outer.addWidget(self.problem_list)

        split = QSplitter()
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setAccessibleName(tr("Sections"))
        self.sections.setMinimumWidth(300)
        self.sections.setMaximumWidth(380)
        self.pages = QStackedWidget()
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        shows_form_text(self.sections, self.pages, self.problem_list)
        split.addWidget(self.sections)
        split.addWidget(self.pages)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 870])
        outer.addWidget(split, 1)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Save now"))
        self.save_button.clicked.connect(self.save_now)
        self.submit_button = QPushButton(tr("Submit for countersign"))
        self.submit_button.setObjectName("submitButton")
        self.submit_button.clicked.connect(self.submit)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        outer.addLayout(buttons)

        QShortcut(QKeySequence.StandardKey.Save, self, self.save_now)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step(-1))

        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.reload()

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        self.ctx.tasks.run_db(lambda uow: load_stage(uow.session, self.stage_id),
                              alive(self, self._show))

    def _show(self, view: StageView) -> None:
        self.view = view
        self.title.setText(fill(tr("%1 - %2 assessment (form version %3)"), view.child_name,
                                stage_word(view.stage_type).lower(), view.form_version))
        self.banner.setText(describe_status(view))
        tones: dict[str, Tone] = {StageStatus.COUNTERSIGNED: Tone.DONE,
                                  StageStatus.SUBMITTED: Tone.DUE_SOON,
                                  StageStatus.RETURNED: Tone.OVERDUE}
        tone = tones.get(view.status)
        self.banner.setProperty("tone", tone.value if tone else None)
        repolish(self.banner)
        signed = (fill(tr("countersigned by %1 on %2"), view.countersigned_by,
                       time_text(view.countersigned_at)) if view.countersigned_at else "")
        self.verify_row.show_signed(view.content_hash if view.countersigned_at else None,
                                    signed)
        self._build(view)
        self.save_button.setVisible(view.editable)
        self.submit_button.setVisible(view.editable)
        if view.editable:
            self.timer.start()
        self._set_problems(view.problems)
        self.loaded.emit()

    def _build(self, view: StageView) -> None:
        self.sections.clear()
        while self.pages.count():
            page = self.pages.widget(0)
            assert page is not None
            self.pages.removeWidget(page)
            page.deleteLater()
        self.questions.clear()
        for section in view.form.sections:
            body = QWidget()
            lay = QVBoxLayout(body)
            for q in section.questions:
                qw = QuestionWidget(q)
                qw.set_value(view.values.get(q.key), q.key in view.clarify,
                             view.as_at.get(q.key), view.carried.get(q.key))
                qw.set_read_only(not view.editable)
                qw.edited.connect(self._edited)
                self.questions[q.key] = qw
                lay.addWidget(qw)
            lay.addStretch(1)
            self._add_page(section.title, body)
        if view.events:
            body = QWidget()
            lay = QVBoxLayout(body)
            for action, who, when, comment in view.events:
                what = tr_or(EVENT_WORDS.get(action), action.capitalize())
                line = fill(tr("%1: %2 by %3"), time_text(when), what, who) if who \
                    else fill(tr("%1: %2"), time_text(when), what)
                label = QLabel(line + (f'\n"{comment}"' if comment else ""))
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                lay.addWidget(label)
            lay.addStretch(1)
            self._add_page(tr("History"), body)
        if view.orphans:
            body = QWidget()
            lay = QVBoxLayout(body)
            lay.addWidget(QLabel(tr("These answers were given on an earlier version of the "
                                    "form. They are kept and shown here; they cannot be "
                                    "edited.")))
            for key, value in sorted(view.orphans.items()):
                label = QLabel(f"<b>{key.replace('_', ' ').capitalize()}</b>: {value}")
                label.setWordWrap(True)
                label.setObjectName(f"orphan_{key}")
                lay.addWidget(label)
            lay.addStretch(1)
            self._add_page(tr("From an earlier form version"), body)
        self.sections.setCurrentRow(0)
        self._refresh_sections()

    def _add_page(self, title: str, body: QWidget) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.pages.addWidget(scroll)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, title)
        self.sections.addItem(item)

    def _refresh_sections(self) -> None:
        if self.view is None:
            return
        with_problems = {p.section for p in self._problems if p.blocking}
        for row, section in enumerate(self.view.form.sections):
            item = self.sections.item(row)
            asked = [q for q in section.questions if not q.skip_for_completion]
            done = sum(self.questions[q.key].answered() for q in asked)
            mark = "!" if section.key in with_problems else (
                "\u2713" if done == len(asked) else " ")
            item.setText(f"{mark}  {section.title}  ({done}/{len(asked)})")

    def _step(self, delta: int) -> None:
        row = self.sections.currentRow() + delta
        if 0 <= row < self.sections.count():
            self.sections.setCurrentRow(row)

    # --- saving --------------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        self._dirty.add(key)
        self._input_errors.pop(key, None)
        self.save_state.setText(tr("Unsaved changes"))
        self._refresh_sections()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._dirty and old is not None and self.isAncestorOf(old):
            self.save_now()

    def _batch(self) -> tuple[dict[str, Any], dict[str, bool]]:
        values: dict[str, Any] = {}
        clarify: dict[str, bool] = {}
        for key in self._dirty:
            qw = self.questions[key]
            values[key] = qw.value()
            if qw.question.yet_to_clarify:
                clarify[key] = qw.clarify_checked()
        return values, clarify

    def save_now(self, then: Any = None) -> None:
        """Save the changed answers on the database worker (``then`` runs after)."""
        if then is not None:
            self._then.append(then)
        if self.view is None or not self.view.editable or self._saving:
            return
        if not self._dirty:
            self._run_then()
            return
        self._queue_save()

    def flush(self) -> None:
        """Queue the changed answers now, even while an earlier save is still running: the
        editor is going (its record closing, the window locking or closing) and will not be
        here when that one ends. The database worker runs the saves in order."""
        if self.view is not None and self.view.editable and self._dirty:
            self._queue_save()

    def _queue_save(self) -> None:
        values, clarify = self._batch()
        self._dirty.clear()
        self._in_flight += 1
        self._saving = True
        today, stage_id, ctx = self.ctx.today(), self.stage_id, self.ctx

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self._save_failed(exc, values)
            else:  # the editor has gone: the person must still hear the answers were not saved
                ctx.tasks.default_failure(exc)

        self.ctx.tasks.run_db(
            lambda uow: save_and_check(uow.session, stage_id, values, clarify, today),
            alive(self, self._saved), failed)

    def _run_then(self) -> None:
        pending, self._then = self._then, []
        for fn in pending:
            fn()

    def _saved(self, problems: list[Problem]) -> None:
        self._in_flight -= 1
        self._saving = self._in_flight > 0
        if self._saving:
            return  # the last save in flight carries on from here
        self.last_saved = dt.datetime.now()
        self.save_state.setText(fill(tr("Saved %1"), f"{self.last_saved:%H:%M:%S}"))
        self._set_problems(problems)
        self.saved.emit()
        if self._dirty:
            self.save_now()
        else:
            self._run_then()

    def _save_failed(self, exc: BaseException, values: dict[str, Any]) -> None:
        self._in_flight -= 1
        self._saving = self._in_flight > 0
        self._then.clear()  # a submission waiting on this save cannot go ahead
        if not isinstance(exc, ValidationError):
            self._dirty.update(values)
            self.save_state.setText(tr("Not saved"))
            self.ctx.tasks.default_failure(exc)
            return
        self._input_errors.update(exc.errors)
        # save the good answers now; the bad ones wait until they are corrected
        self._dirty.update(k for k in values if k not in exc.errors)
        self._set_problems(self._problems)
        self.save_state.setText(tr("Some answers need correcting"))
        if self._dirty:
            self.save_now()

    # --- quality and submission ---------------------------------------------------------

    def _set_problems(self, problems: list[Problem]) -> None:
        self._problems = problems
        by_key: dict[str, list[str]] = {k: [message_text(m)]
                                        for k, m in self._input_errors.items()}
        for p in problems:
            by_key.setdefault(p.key, []).append(p.message)
        for key, qw in self.questions.items():
            qw.set_problem(" ".join(by_key.get(key, [])) or None)
        general = by_key.get("", [])
        blocking = [p for p in problems if p.blocking]
        self.problem_list.clear()
        if self.view is not None and self.view.editable and (blocking or general):
            text = (counted(len(blocking), tr(
                "%n thing to fix before submitting - marked ! in the sections and shown "
                "under it (Enter on it goes there)."), tr(
                "%n things to fix before submitting - marked ! in the sections and shown "
                "under each question (Enter on one goes there).")) if blocking else "")
            self.problem_summary.setText(" ".join([text, *general]).strip())
            self.problem_summary.show()
            for p in blocking:
                item = QListWidgetItem(p.message)
                item.setData(Qt.ItemDataRole.UserRole, p.key)
                self.problem_list.addItem(item)
            self.problem_list.setVisible(bool(blocking))
        else:
            self.problem_summary.hide()
            self.problem_list.hide()
        self._refresh_sections()

    def focus_first(self) -> None:
        """Put the cursor in the first question (once, when the stage has loaded)."""
        focused = QApplication.focusWidget()
        if self.view is None or not self.isVisible() or (
                focused is not None and focused is not self and self.isAncestorOf(focused)):
            return  # the person is already working in it
        first = next(iter(self.questions), None)
        if first is not None:
            self.go_to(first)
        else:
            self.sections.setFocus()

    def go_to(self, key: str) -> None:
        """Show the section of question ``key`` and put the cursor in it."""
        qw = self.questions.get(key)
        if qw is None or self.view is None:
            return
        keys = [s.key for s in self.view.form.sections]
        if qw.question.section in keys:
            self.sections.setCurrentRow(keys.index(qw.question.section))
        page = self.pages.currentWidget()
        if isinstance(page, QScrollArea):
            page.ensureWidgetVisible(qw)
        qw.input.setFocus()

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    def submit(self) -> None:
        self.save_now(then=self._submit)

    def _submit(self) -> None:
        today = self.ctx.today()

        def work(uow: Any) -> StageView:
            signing.submit(uow.session, self.stage_id, today=today)
            return load_stage(uow.session, self.stage_id)

        self.ctx.tasks.run_db(work, alive(self, self._after_submit),
                              alive(self, self._submit_failed))

    def _after_submit(self, view: StageView) -> None:
        self.timer.stop()
        self._show(view)
        self.submitted.emit()

    def _submit_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            self.ctx.tasks.default_failure(exc)
            return
        self.ctx.tasks.run_db(lambda uow: signing.check_stage(uow.session, self.stage_id),
                              alive(self, self._show_submit_problems))

    def _show_submit_problems(self, problems: list[Problem]) -> None:
        self._set_problems(problems)
        first = next((p for p in problems if p.blocking), None)
        if first is not None:
            self.go_to(first.key)

    # --- leaving -------------------------------------------------------------------------

    def _leave(self) -> None:
        self.flush()
        self.back.emit()

    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)

    def shutdown(self) -> None:
        """Stop autosaving (after a final save) and let go of app-wide signals."""
        self.flush()
        self.timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._focus_changed)
