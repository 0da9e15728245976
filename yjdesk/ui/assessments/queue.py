"""The manager's countersign queue: submitted assessments of the team, oldest first, with
their due dates; beside the selected one, what changed since the previous stage (or every
answer, for a first stage); countersign, or return it with comments."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from yjdesk.models.child import Child
from yjdesk.services.assessments import forms, signing
from yjdesk.services.assessments.signing import QueueRow
from yjdesk.services.humanise import date_text, fingerprint, time_text
from yjdesk.ui.assessments.data import StageView, load_stage
from yjdesk.ui.assessments.util import alive, stage_word
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import (
    EmptyStack,
    EmptyState,
    PageHeader,
    S,
    StatusLabel,
    Tone,
    Type,
    button_row,
    page_layout,
    primary_button,
    secondary_button,
    shows_form_text,
    styled_label,
)
from yjdesk.ui.i18n import QT_TR_NOOP, counted, fill, tr, tr_or
from yjdesk.ui.live import LiveData
from yjdesk.ui.messages import error_text
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.widgets.confirm import Confirmation, ConfirmDialog
from yjdesk.ui.widgets.forms import error_label
from yjdesk.ui.widgets.tables import RowsView


@dataclass
class Comparison:
    view: StageView
    rows: list[tuple[str, str, str, str]]  # section, question, previous, this stage


def _show(q: forms.Question | None, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if q is not None and q.type == "choice":
        # a code list's label is translated; the form's own options are its text (data)
        return tr_or(q.option_label(value)) if q.codelist else q.option_label(value)
    return value if isinstance(value, str) else json.dumps(value)


def compare(session: Any, stage_id: str) -> Comparison:
    view = load_stage(session, stage_id, upgrade=False)
    form = view.form
    titles = {s.key: s.title for s in form.sections}
    rows = []
    for section in form.sections:
        for q in section.questions:
            now, then = view.values.get(q.key), view.previous.get(q.key)
            changed = now != then
            if (view.previous_stage_id and changed) or (not view.previous_stage_id and
                                                         now is not None):
                rows.append((titles[section.key], q.label, _show(q, then), _show(q, now)))
    return Comparison(view, rows)


def _due_tone(today: dt.date) -> Callable[[QueueRow], Tone | None]:
    def tone(row: QueueRow) -> Tone | None:
        if row.countersign_due_on is None:
            return None
        if row.countersign_due_on < today:
            return Tone.OVERDUE
        return Tone.DUE_SOON if (row.countersign_due_on - today).days <= 2 else None
    return tone


def _due_words(today: dt.date) -> Callable[[QueueRow], str]:
    def words(row: QueueRow) -> str:
        due = row.countersign_due_on
        if due is None:
            return ""
        late = (today - due).days
        return (fill(counted(late, tr("%1, %n day overdue"), tr("%1, %n days overdue")),
                     date_text(due)) if late > 0 else date_text(due))
    return words


def queue_columns(today: dt.date) -> tuple[Column[QueueRow], ...]:
    return (
        Column(QT_TR_NOOP("Child"), lambda r: f"{r.child_name} ({r.case_number})", stretch=True),
        Column(QT_TR_NOOP("Stage"), lambda r: stage_word(r.stage_type)),
        Column(QT_TR_NOOP("Author"), lambda r: r.author),
        Column(QT_TR_NOOP("Submitted"), lambda r: date_text(r.submitted_at),
               sort=lambda r: r.submitted_at or dt.datetime.min.replace(tzinfo=dt.UTC)),
        Column(QT_TR_NOOP("Due"), _due_words(today), tone=_due_tone(today),
               sort=lambda r: r.countersign_due_on or dt.date.max),
    )


#: Every column shares the pane's width and wraps (a long question or section name never
#: pushes the answers off to a horizontal scroll bar).
COMPARISON = (
    Column[tuple[str, str, str, str]](QT_TR_NOOP("Section"), lambda r: r[0], stretch=True),
    Column[tuple[str, str, str, str]](QT_TR_NOOP("Question"), lambda r: r[1], stretch=True),
    Column[tuple[str, str, str, str]](QT_TR_NOOP("Previous stage"), lambda r: r[2], stretch=True),
    Column[tuple[str, str, str, str]](QT_TR_NOOP("This stage"), lambda r: r[3], stretch=True),
)


class CountersignQueuePage(QWidget):
    """The queue on the left; the selected assessment, its answers and the decision on the
    right. After a decision the next assessment in the queue is shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("countersignQueue")
        self.current: Comparison | None = None
        self.dialog: ConfirmDialog | None = None
        self._wanted: str | None = None
        self._auto = False
        lay = page_layout(self)
        self.header = PageHeader(tr("Countersign queue"),
                                 tr("Assessments waiting for your countersign, oldest first"))
        lay.addWidget(self.header)
        split = QSplitter()
        self.table = RowsView(queue_columns(ctx.today()), "queue",
                              tr("Assessments waiting for countersign"),
                              key=lambda r: r.stage_id, sortable=False)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._select(current.row()))
        self.empty = EmptyState(tr("Nothing is waiting for your countersign"),
                                tr("Assessments appear here when a practitioner submits one."))
        self.stack = EmptyStack(self.table, self.table.proxy, self.empty)
        split.addWidget(self.stack)

        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(S, 0, 0, 0)
        self.heading = styled_label(tr("Choose an assessment"), Type.HEADING, wrap=True,
                                    name="queueHeading")
        side_lay.addWidget(self.heading)
        self.what = styled_label("", Type.CAPTION, wrap=True, name="queueWhat")
        side_lay.addWidget(self.what)
        self.comparison = RowsView(COMPARISON, "comparison", tr("Answers of the assessment"),
                                   sortable=False)
        self.comparison.setWordWrap(True)
        shows_form_text(self.comparison)
        self.comparison.setTextElideMode(Qt.TextElideMode.ElideNone)
        side_lay.addWidget(self.comparison, 1)
        self.error = error_label(self)
        side_lay.addWidget(self.error)
        self.result = StatusLabel(Tone.DONE)
        self.result.setObjectName("queueResult")
        self.result.hide()
        side_lay.addWidget(self.result)
        self.open_button = secondary_button(tr("&Open the child's record"), self._open_child,
                                            name="openChild")
        self.return_button = secondary_button(tr("&Return with comments..."),
                                              self.return_selected, name="returnButton")
        self.sign_button = primary_button(tr("Cou&ntersign..."), self.countersign_selected,
                                          name="countersignButton")
        buttons = button_row(self.return_button, self.sign_button, stretch_first=False)
        buttons.insertWidget(0, self.open_button)
        buttons.insertStretch(1, 1)
        side_lay.addLayout(buttons)
        split.addWidget(side)
        split.setStretchFactor(1, 2)
        split.setSizes([470, 770])  # the child's name and case number whole at 1280 px
        lay.addWidget(split, 1)
        self._enable(False)
        self.live = LiveData(ctx, self, lambda uow: signing.countersign_queue(uow.session),
                             self._fill, on_failure=self._failed)
        self.refresh()

    @property
    def rows(self) -> list[QueueRow]:
        return self.table.rows

    def _enable(self, on: bool) -> None:
        for w in (self.sign_button, self.return_button, self.open_button):
            w.setEnabled(on)

    def refresh(self) -> None:
        self.live.reload()

    def _fill(self, rows: list[QueueRow]) -> None:
        wanted = self._wanted or (self.current.view.id if self.current else None)
        self._wanted = None
        self.table.model_.set_rows(rows)
        self.header.set_summary(self._summary(rows))
        self.comparison.setVisible(bool(rows))  # no empty answer grid beside the empty list
        if not rows:
            self._clear("")  # the list says so; no second heading beside it
            return
        self._auto = True  # moving on by itself: the last decision's message stays
        try:
            if not (wanted and self.table.select_key(wanted)):
                self.table.setCurrentIndex(self.table.proxy.index(0, 0))
            self._select(self.table.currentIndex().row())
        finally:
            self._auto = False

    def _summary(self, rows: list[QueueRow]) -> str:
        today = self.ctx.today()
        late = sum(1 for r in rows if r.countersign_due_on and r.countersign_due_on < today)
        text = counted(len(rows), tr("%n assessment waiting, oldest first"),
                       tr("%n assessments waiting, oldest first"))
        return text + (fill(tr("; %1 overdue"), late) if late else "")

    def _clear(self, heading: str) -> None:
        self.current = None
        self.comparison.set_rows([])
        self.heading.setText(heading)
        self.what.clear()
        self._enable(False)

    def _select(self, row: int) -> None:
        if not 0 <= row < self.table.row_count():
            return
        queued = self.table.current_row()
        if queued is None:
            return
        if not self._auto and (self.current is None or
                               self.current.view.id != queued.stage_id):
            self.result.hide()  # the person chose another: the message was about the last
        self.error.hide()
        stage_id = queued.stage_id
        self.ctx.tasks.run_db(lambda uow: compare(uow.session, stage_id),
                              alive(self, self._show), alive(self, self._failed))

    def _show(self, comp: Comparison) -> None:
        selected = self.table.current_row()
        if selected is not None and selected.stage_id != comp.view.id:
            return  # the person has moved on meanwhile
        self.current = comp
        v = comp.view
        self.heading.setText(fill(tr("%1: %2 assessment by %3"), v.child_name,
                                  v.stage_type.replace("_", " "), v.author))
        first = not v.previous_stage_id
        self.what.setText(tr("A first stage: every answer given.") if first
                          else tr("What changed since the previous stage."))
        self.comparison.setColumnHidden(2, first)
        self.comparison.set_rows(comp.rows)
        self.comparison.resizeRowsToContents()
        self._enable(v.can_sign)
        self.open_button.setEnabled(True)
        if not v.can_sign:
            self.what.setText(self.what.text() + " " + tr(
                "You cannot countersign this one: you wrote or submitted it."))

    # --- decisions ---------------------------------------------------------------------------

    def _subject(self, v: StageView) -> str:
        return fill(tr("The %1 assessment of %2, written by %3."),
                    v.stage_type.replace('_', ' '), v.child_name, v.author)

    def countersign_selected(self) -> ConfirmDialog | None:
        if self.current is None:
            return None
        v = self.current.view
        confirmation = Confirmation(
            title=tr("Countersign and lock this assessment?"), action=tr("Countersign and lock"),
            subject=self._subject(v),
            consequences=(tr("It is locked: nobody can change it afterwards. A change needs a "
                             "review stage."),
                          tr("Your name, the time and a fingerprint of its content are "
                             "recorded."),
                          fill(tr("%1 and the team see it as countersigned after the next "
                                  "sync."), v.author)),
            comment_label=tr("Your comment (kept with the assessment)"),
            comment_hint=tr("Optional: what you checked, anything to follow up"),
            ask_password=self.ctx.policy.security.reask_password_to_sign)
        stage_id = v.id

        def sign(comment: str) -> None:
            self.error.hide()
            self.ctx.tasks.run_db(
                lambda uow: _signed(uow.session,
                                    signing.countersign(uow.session, stage_id, comment)),
                alive(self, self._done_sign), alive(self, self._failed))

        return self._confirm(confirmation, sign)

    def _done_sign(self, signed: tuple[str, str, str]) -> None:
        child, when, digest = signed
        self.result.set_status(Tone.DONE, f"Countersigned and locked: {child}, {when}. "
                                          f"Fingerprint {fingerprint(digest)}.")
        self.result.show()
        self._move_on()

    def return_selected(self) -> ConfirmDialog | None:
        if self.current is None:
            return None
        v = self.current.view
        confirmation = Confirmation(
            title=tr("Return this assessment with your comments?"), action=tr("Return it"),
            subject=self._subject(v),
            consequences=(fill(tr("It goes back to %1 to change; it is not locked."),
                               v.author),
                          tr("Your comments are kept with the assessment.")),
            comment_label=tr("What needs to change (the practitioner reads this)"),
            comment_required=True,
            comment_missing=tr("Say what needs to change before you return it."),
            ask_password=self.ctx.policy.security.reask_password_to_sign)
        stage_id = v.id

        def send_back(comment: str) -> None:
            self.error.hide()
            self.ctx.tasks.run_db(
                lambda uow: signing.return_stage(uow.session, stage_id, comment).child_id,
                alive(self, lambda _c: self._done_return(v.child_name)),
                alive(self, self._failed))

        return self._confirm(confirmation, send_back)

    def _done_return(self, child: str) -> None:
        self.result.set_status(Tone.INFO, f"Returned to the practitioner with your comments: "
                                          f"{child}.")
        self.result.show()
        self._move_on()

    def _confirm(self, confirmation: Confirmation, then: Callable[[str], None]) -> ConfirmDialog:
        self.dialog = ConfirmDialog(confirmation, self.ctx.store, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.confirmed.connect(then)
        self.dialog.open()
        return self.dialog

    def _move_on(self) -> None:
        """The decided one leaves the queue (the reload is published); show the next."""
        rows, current = self.table.rows, self.current
        if current is None:
            return
        ids = [r.stage_id for r in rows]
        if current.view.id in ids:
            i = ids.index(current.view.id)
            later = ids[i + 1:] + ids[:i]
            self._wanted = later[0] if later else None
        self.current = None

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    def _open_child(self) -> None:
        if self.current is not None:
            self.ctx.events.open_child.emit(self.current.view.child_id, "assessments")


def _signed(session: Any, stage: Any) -> tuple[str, str, str]:
    """(child's name, when, hash) of a stage just countersigned (plain data for the UI)."""
    child = session.get(Child, stage.child_id)
    name = child.display_name if child is not None else ""
    return name, time_text(stage.countersigned_at), str(stage.content_hash)
