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
from yjdesk.services.assessments import signing, stages
from yjdesk.services.assessments.forms import Question
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


def _in_words(q: Question, answer: stages.Answer) -> str:
    """An answer as a message about it quotes it."""
    value = answer.value
    if value in (None, ""):
        words = tr("(nothing)")
    elif isinstance(value, bool):
        words = tr("Yes") if value else tr("No")
    elif q.options:
        label = next((o.label for o in q.options if o.value == value), str(value))
        words = tr(label) if q.codelist else label
    else:
        words = f'"{value}"'
    return fill(tr("%1 (yet to clarify)"), words) if answer.yet_to_clarify else words


def _gone_error(exc: stages.AnswersChangedElsewhere, questions: dict[str, Question],
                values: dict[str, Any]) -> ValidationError:
    """A clash found by the save of an editor that has gone (its record closed): no
    question to show it under, so a message quotes both answers (nothing was saved)."""
    out: dict[str, str] = {}
    for key, now in exc.now.items():
        q = questions[key]
        mine = stages.Answer(values.get(key), False)
        out[key] = fill(tr("Your answer to '%1' was not saved: it was changed on another "
                           "laptop meanwhile and now reads: %2. Your answer was: %3"),
                        q.label, _in_words(q, now), _in_words(q, mine))
    return ValidationError(out)


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
        # Each answer as this editor last showed or saved it (set on load, then by each
        # save on the database worker once committed): a save is refused, not written
        # over, where the stored answer changed since (an edit arrived by sync).
        self._base: dict[str, stages.Answer] = {}
        # Answers shown as changed elsewhere (key -> what the store held): the person's
        # own text stays; autosave leaves them; the person's own save replaces them.
        self._clashes: dict[str, stages.Answer] = {}
        # Answers the person chose to save over what was shown (key -> what they saw).
        self._accepted: dict[str, stages.Answer] = {}
        self._gone = False

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
        self.save_button.clicked.connect(lambda _=False: self.save_now())
        self.submit_button = QPushButton(tr("Submit for countersign"))
        self.submit_button.setObjectName("submitButton")
        self.submit_button.clicked.connect(self.submit)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        outer.addLayout(buttons)

        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save_now())
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step(-1))

        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self._autosave)
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
        self._base = {q.key: stages.Answer(view.values.get(q.key), q.key in view.clarify)
                      for s in view.form.sections for q in s.questions}
        self._clashes.clear()
        self._accepted.clear()
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
        with_problems = {p.section for p in self._problems if p.blocking} | {
            self.questions[key].question.section for key in self._clashes}
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
            self._autosave()

    def _batch(self, keys: set[str]) -> tuple[dict[str, Any], dict[str, bool]]:
        values: dict[str, Any] = {}
        clarify: dict[str, bool] = {}
        for key in keys:
            qw = self.questions[key]
            values[key] = qw.value()
            if qw.question.yet_to_clarify:
                clarify[key] = qw.clarify_checked()
        return values, clarify

    def _editable(self) -> bool:
        return self.view is not None and self.view.editable

    def _autosave(self) -> None:
        """Save the changed answers, but for those shown as changed elsewhere: they wait
        for the person's own save."""
        keys = self._dirty - set(self._clashes)
        if self._editable() and not self._saving and keys:
            self._queue_save(keys)

    def save_now(self, then: Any = None) -> None:
        """The person saves (``then`` runs after): every changed answer, on the database
        worker; one shown as changed elsewhere now replaces what they were shown."""
        if then is not None:
            self._then.append(then)
        if not self._editable():
            return
        if self._clashes:  # the person saves what they see
            self._accepted.update(self._clashes)
            self._clashes.clear()
            self._set_problems(self._problems)
        if self._saving:
            return  # the save running carries on with these
        if not self._dirty:
            self._run_then()
            return
        self._queue_save(set(self._dirty), deliberate=True)

    def flush(self) -> None:
        """Queue the changed answers now, even while an earlier save is still running: the
        editor is going (its record closing, the window locking or closing) and will not be
        here when that one ends. The database worker runs the saves in order. An answer
        shown as changed elsewhere is not saved over it: the clash is shown again, or, if
        the editor has gone, told in a message quoting both."""
        if self._editable() and self._dirty:
            self._queue_save(set(self._dirty))

    def _queue_save(self, keys: set[str], *, deliberate: bool = False) -> None:
        values, clarify = self._batch(keys)
        self._dirty -= keys
        accept = {k: self._accepted.pop(k) for k in keys if k in self._accepted}
        self._in_flight += 1
        self._saving = True
        today, stage_id, ctx, base = self.ctx.today(), self.stage_id, self.ctx, self._base
        questions = {k: qw.question for k, qw in self.questions.items()}

        def job(uow: Any) -> list[Problem]:
            # each answer as the last save wrote it (jobs run in order), or as shown
            expected = {k: accept.get(k, base.get(k, stages.Answer())) for k in keys}
            problems, saved = save_and_check(uow.session, stage_id, values, clarify, today,
                                             expected)
            uow.commit()  # (the base moves on only once the answers are on disk)
            base.update(saved)
            return problems

        def failed(exc: BaseException) -> None:
            if isValid(self) and not self._gone:
                self._save_failed(exc, values, accept, deliberate)
            elif isinstance(exc, stages.AnswersChangedElsewhere):
                ctx.tasks.default_failure(_gone_error(exc, questions, values))
            else:  # the editor has gone: the person must still hear the answers were not saved
                ctx.tasks.default_failure(exc)

        self.ctx.tasks.run_db(job, alive(self, self._saved), failed)

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
        keys = self._dirty - set(self._clashes)
        if keys:
            self._queue_save(keys, deliberate=bool(self._then))
        elif self._dirty:
            self._then.clear()  # an answer shown as changed elsewhere waits for the person
        else:
            self._run_then()

    def _save_failed(self, exc: BaseException, values: dict[str, Any],
                     accept: dict[str, stages.Answer], deliberate: bool) -> None:
        self._in_flight -= 1
        self._saving = self._in_flight > 0
        self._then.clear()  # a submission waiting on this save cannot go ahead
        if isinstance(exc, stages.AnswersChangedElsewhere):
            # nothing was saved: the person's text stays, the other answer shows under it
            self._dirty.update(values)
            self._clashes.update(exc.now)
            self._set_problems(self._problems)
            self.save_state.setText(tr("Not saved: changed on another laptop (see the "
                                       "question marked !)."))
            if deliberate:
                self.go_to(next(iter(sorted(exc.now))))
            self._autosave()  # the other answers of that save
            return
        self._accepted.update({k: a for k, a in accept.items() if k not in self._accepted})
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
        self._autosave()

    # --- quality and submission ---------------------------------------------------------

    def _set_problems(self, problems: list[Problem]) -> None:
        self._problems = problems
        by_key: dict[str, list[str]] = {k: [message_text(m)]
                                        for k, m in self._input_errors.items()}
        for key, now in self._clashes.items():
            by_key.setdefault(key, []).insert(0, fill(tr(
                "Changed on another laptop since you opened this assessment. It now reads: "
                "%1. Your answer is still here: save again to replace that with it."),
                _in_words(self.questions[key].question, now)))
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
        self._gone = True  # (a save failing from now on is told in a message)
        self.timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._focus_changed)
