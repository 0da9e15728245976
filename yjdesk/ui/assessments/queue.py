"""The manager's countersign queue: submitted assessments of the team, oldest first, with
their due dates; beside the selected one, what changed since the previous stage (or every
answer, for a first stage); countersign, or return it with comments."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yjdesk.services.assessments import forms, signing
from yjdesk.services.assessments.signing import QueueRow
from yjdesk.ui.assessments.data import StageView, load_stage
from yjdesk.ui.assessments.util import alive
from yjdesk.ui.context import AppContext
from yjdesk.ui.live import LiveData
from yjdesk.ui.widgets.forms import error_label


@dataclass
class Comparison:
    view: StageView
    rows: list[tuple[str, str, str, str]]  # section, question, previous, this stage


def _show(q: forms.Question | None, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if q is not None and q.type == "choice":
        return q.option_label(value)
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


class CountersignQueuePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("countersignQueue")
        self.rows: list[QueueRow] = []
        self.current: Comparison | None = None
        lay = QVBoxLayout(self)
        title = QLabel("Assessments waiting for your countersign (oldest first)")
        title.setStyleSheet("font-size: 15px; font-weight: bold;")
        lay.addWidget(title)
        split = QSplitter()
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("queue")
        self.table.setHorizontalHeaderLabels(["Child", "Stage", "Author", "Submitted",
                                              "Countersign due"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda r, *_: self._select(r))
        split.addWidget(self.table)

        side = QWidget()
        side_lay = QVBoxLayout(side)
        self.heading = QLabel("Choose an assessment")
        self.heading.setWordWrap(True)
        side_lay.addWidget(self.heading)
        self.comparison = QTableWidget(0, 4)
        self.comparison.setObjectName("comparison")
        self.comparison.setHorizontalHeaderLabels(["Section", "Question", "Previous stage",
                                                   "This stage"])
        self.comparison.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison.setWordWrap(True)
        self.comparison.verticalHeader().hide()
        header = self.comparison.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col in (2, 3):  # the two stages side by side, equally wide
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.comparison.setColumnWidth(0, 150)
        self.comparison.setColumnWidth(1, 240)
        side_lay.addWidget(self.comparison, 1)
        side_lay.addWidget(QLabel("Comments for the practitioner (required to return it):"))
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("returnComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(90)
        side_lay.addWidget(self.comment)
        self.error = error_label(self)
        side_lay.addWidget(self.error)
        buttons = QHBoxLayout()
        self.open_button = QPushButton("Open the child's record")
        self.open_button.clicked.connect(self._open_child)
        self.return_button = QPushButton("Return with comments")
        self.return_button.setObjectName("returnButton")
        self.return_button.clicked.connect(self.return_selected)
        self.sign_button = QPushButton("Countersign")
        self.sign_button.setObjectName("countersignButton")
        self.sign_button.clicked.connect(self.countersign_selected)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.sign_button)
        side_lay.addLayout(buttons)
        self.result = QLabel()
        self.result.setObjectName("queueResult")
        self.result.setWordWrap(True)
        side_lay.addWidget(self.result)
        split.addWidget(side)
        split.setStretchFactor(1, 2)
        split.setSizes([430, 870])
        lay.addWidget(split, 1)
        self._enable(False)
        self.live = LiveData(ctx, self, lambda uow: signing.countersign_queue(uow.session),
                             self._fill, on_failure=self._failed)
        self.refresh()

    def _enable(self, on: bool) -> None:
        for w in (self.sign_button, self.return_button, self.open_button, self.comment):
            w.setEnabled(on)

    def refresh(self) -> None:
        self.live.reload()

    def _fill(self, rows: list[QueueRow]) -> None:
        self.rows = rows
        today = self.ctx.today()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [f"{row.child_name} ({row.case_number})",
                     row.stage_type.replace("_", " ").capitalize(), row.author,
                     f"{row.submitted_at:%d/%m/%Y}" if row.submitted_at else "",
                     f"{row.countersign_due_on:%d/%m/%Y}" if row.countersign_due_on else ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4 and row.countersign_due_on and row.countersign_due_on < today:
                    item.setForeground(QColor("#b00020"))
                    item.setText(f"{text} (overdue)")
                self.table.setItem(r, c, item)
        self.current = None
        self.comparison.setRowCount(0)
        self.heading.setText("Choose an assessment" if rows else
                             "Nothing is waiting for your countersign.")
        self._enable(False)

    def _select(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        stage_id = self.rows[row].stage_id
        self.ctx.tasks.run_db(lambda uow: compare(uow.session, stage_id),
                              alive(self, self._show), alive(self, self._failed))

    def _show(self, comp: Comparison) -> None:
        self.current = comp
        v = comp.view
        what = ("What changed since the previous stage" if v.previous_stage_id
                else "A first stage: every answer")
        self.heading.setText(f"<b>{v.child_name}</b> - {v.stage_type.replace('_', ' ')} "
                             f"assessment by {v.author}. {what}.")
        self.comparison.setRowCount(len(comp.rows))
        for r, cells in enumerate(comp.rows):
            for c, text in enumerate(cells):
                self.comparison.setItem(r, c, QTableWidgetItem(text))
        self.comparison.resizeRowsToContents()
        self.error.hide()
        self._enable(v.can_sign)
        self.open_button.setEnabled(True)
        if not v.can_sign:
            self.result.setText("You cannot countersign this one (you wrote or submitted it).")

    def countersign_selected(self) -> None:
        if self.current is None:
            return
        stage_id = self.current.view.id
        def sign(uow: Any) -> str:
            return str(signing.countersign(uow.session, stage_id).content_hash)

        self.ctx.tasks.run_db(sign, alive(self, self._done_sign), alive(self, self._failed))

    def _done_sign(self, digest: str) -> None:
        self.result.setText(f"Countersigned and locked. SHA-256 {digest}")
        self._done()

    def return_selected(self) -> None:
        if self.current is None:
            return
        stage_id, comment = self.current.view.id, self.comment.toPlainText()
        self.ctx.tasks.run_db(
            lambda uow: signing.return_stage(uow.session, stage_id, comment).id,
            alive(self, lambda _id: self._done_return()), alive(self, self._failed))

    def _done_return(self) -> None:
        self.result.setText("Returned to the practitioner with your comments.")
        self.comment.clear()
        self._done()

    def _done(self) -> None:
        """The queue reloads itself: the change is published by the unit of work."""

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(str(exc))
        self.error.show()

    def _open_child(self) -> None:
        if self.current is not None:
            self.ctx.events.open_child.emit(self.current.view.child_id, "assessments")
