"""One question of an assessment form as an input: the right widget for its answer type,
help text, a "yet to clarify" box, its "as at" date, and its quality message underneath."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from yjdesk.services.assessments.forms import Question
from yjdesk.services.humanise import date_text
from yjdesk.ui.design import set_read_only
from yjdesk.ui.i18n import fill, tr
from yjdesk.ui.widgets.forms import ChoiceCombo, DateField, error_label


class QuestionWidget(QWidget):
    """Emits :attr:`edited` (question key) whenever the person changes the answer."""

    edited = Signal(str)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"q_{question.key}")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 6)
        box.setSpacing(3)
        title = QLabel(f"<b>{question.label}</b>" + (" *" if question.required else ""))
        title.setWordWrap(True)
        box.addWidget(title)
        if question.help:
            help_label = QLabel(question.help)
            help_label.setWordWrap(True)
            help_label.setProperty("muted", True)
            box.addWidget(help_label)
        self.input = self._make_input()
        self.input.setAccessibleName(question.label)
        title.setBuddy(self.input)
        row = QHBoxLayout()
        wide = isinstance(self.input, QPlainTextEdit | QLineEdit) and question.type == "text"
        row.addWidget(self.input, 1 if wide else 0)
        if not wide:
            self.input.setMinimumWidth(260)
            row.addStretch(1)
        self.clarify = QCheckBox(tr("Yet to clarify"))
        self.clarify.setObjectName(f"clarify_{question.key}")
        self.clarify.setVisible(question.yet_to_clarify)
        self.clarify.toggled.connect(lambda _=False: self.edited.emit(question.key))
        row.addWidget(self.clarify, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(row)
        self.as_at = QLabel()
        self.as_at.setProperty("muted", True)
        box.addWidget(self.as_at)
        self.as_at.hide()
        self.error = error_label(self)
        box.addWidget(self.error)
        self._loading = False

    def _make_input(self) -> QWidget:
        q = self.question
        if q.type == "text" and q.long:
            w: QWidget = QPlainTextEdit()
            w.setTabChangesFocus(True)  # type: ignore[attr-defined]
            w.setMinimumHeight(90)
            w.setMaximumHeight(150)
            w.textChanged.connect(self._changed)  # type: ignore[attr-defined]
        elif q.type in ("text", "number"):
            w = QLineEdit()
            if q.type == "number":
                w.setMaximumWidth(120)
                w.setToolTip(fill(tr("A number from %1 to %2"), f"{q.minimum:g}",
                                  f"{q.maximum:g}"))
            w.textEdited.connect(self._changed)  # type: ignore[attr-defined]
        elif q.type == "date":
            w = DateField(q.label)
            w.textEdited.connect(self._changed)
        else:
            if q.type == "yes_no":
                choices: list[tuple[Any, str]] = [(True, tr("Yes")), (False, tr("No"))]
            elif q.type == "scale":
                lo, hi = int(q.minimum or 1), int(q.maximum or 5)
                choices = [(n, f"{n}" + (f" - {q.min_label}" if n == lo and q.min_label else "")
                            + (f" - {q.max_label}" if n == hi and q.max_label else ""))
                           for n in range(lo, hi + 1)]
            elif q.codelist:  # a code list's labels, in the translation file (i18n_domain)
                choices = [(o.value, tr(o.label)) for o in q.options]
            else:  # the form's own choices: data (a Welsh service adds a Welsh form version)
                choices = [(o.value, o.label) for o in q.options]
            w = ChoiceCombo(choices)
            w.activated.connect(self._changed)
        return w

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit(self.question.key)

    # --- value ------------------------------------------------------------------------------

    def value(self) -> Any:
        """The answer as typed; text that is not a number is passed on for the service to
        refuse with a clear message."""
        w, q = self.input, self.question
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, DateField):
            text = w.text().strip()
            day = w.date()
            return day.isoformat() if day else (text or None)
        if isinstance(w, QLineEdit):
            text = w.text().strip()
            if q.type != "number" or not text:
                return text
            try:
                return int(text) if q.integer else float(text)
            except ValueError:
                return text
        assert isinstance(w, ChoiceCombo)
        return w.value()

    def set_value(self, value: Any, clarify: bool, as_at: dt.date | None,
                  carried: bool | None) -> None:
        self._loading = True
        try:
            w = self.input
            if isinstance(w, QPlainTextEdit):
                w.setPlainText("" if value is None else str(value))
            elif isinstance(w, DateField):
                w.set_date(dt.date.fromisoformat(value) if value else None)
            elif isinstance(w, QLineEdit):
                w.setText("" if value is None else f"{value}")
            elif isinstance(w, ChoiceCombo):
                w.set_value(value)
            self.clarify.setChecked(clarify)
        finally:
            self._loading = False
        self.show_as_at(as_at, carried)

    def show_as_at(self, as_at: dt.date | None, carried: bool | None) -> None:
        if as_at is None:
            self.as_at.hide()
            return
        if carried is False:
            note = tr("As at %1 - carried forward from the previous stage; confirm it is "
                      "still current")
        elif carried:
            note = tr("As at %1 - updated in this stage")
        else:
            note = tr("As at %1")
        self.as_at.setText(fill(note, date_text(as_at)))
        self.as_at.show()

    def clarify_checked(self) -> bool:
        return self.clarify.isChecked()

    def answered(self) -> bool:
        v = self.value()
        return (v not in (None, "")) or self.clarify.isChecked()

    def set_read_only(self, read_only: bool) -> None:
        w = self.input
        if isinstance(w, QPlainTextEdit | QLineEdit):
            set_read_only(w, read_only)  # and it looks read-only
        else:
            w.setEnabled(not read_only)
        self.clarify.setEnabled(not read_only)

    def set_problem(self, message: str | None) -> None:
        if message:
            self.error.setText(message)
            self.error.show()
        else:
            self.error.clear()
            self.error.hide()
