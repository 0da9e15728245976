"""Form building blocks: a field with its error message underneath, code-list combos, dates.

A dialog builds its fields with :class:`FormLayout`::

    form = FormLayout()
    form.add_field("given_name", tr("First name"), QLineEdit())
    form.add_field("date_of_birth", tr("Date of birth"), DateField(tr("Date of birth")))
    form.add_field("gender", tr("Gender"), CodeCombo("gender"))
    ...
    errors = form.input_errors()        # text that cannot be read (e.g. "31/02/2010")
    if errors:
        form.set_errors(errors)         # shown in red under each field
    ...
    except ValidationError as exc:
        form.set_errors(exc.errors)     # from the service, keyed by field name

Nothing typed is ever cleared by :meth:`FormLayout.set_errors`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from yjdesk.errors import ValidationError
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import date_text
from yjdesk.services.validation import parse_date
from yjdesk.ui.i18n import fill, tr
from yjdesk.ui.messages import messages_text

_INDEX = re.compile(r"\[\d+\]$")


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red (the palette's "overdue" colour, readable in dark mode too), word-wrapped,
    initially hidden label for a validation message."""
    label = QLabel(parent)
    label.setProperty("tone", "overdue")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName("fieldError")
    label.hide()
    return label


class DateField(QLineEdit):
    """A date typed as dd/mm/yyyy (or yyyy-mm-dd). Empty means "not set".

    :meth:`date` returns ``None`` when empty or unreadable; :meth:`error` says what is wrong
    with text that is not a real date (``FormLayout.input_errors`` collects these), naming
    the field ``label`` (translated by the caller, as a form label is; default "Date").
    """

    def __init__(self, label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = tr("Date") if label is None else label
        self.setPlaceholderText(tr("dd/mm/yyyy"))
        self.setMaxLength(10)
        self.setMinimumWidth(110)
        self.setMaximumWidth(160)
        self.setToolTip(tr("Type the date as day/month/year, e.g. 31/01/2010"))

    def date(self) -> dt.date | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_date(text, "date", self.label)
        except ValidationError:
            return None

    def error(self) -> str | None:
        if not self.text().strip() or self.date() is not None:
            return None
        return fill(tr("%1 must be a real date, e.g. 31/01/2010."), self.label)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(date_text(value))


class IntField(QLineEdit):
    """A whole number, or empty for "not set"; ``label`` names it in :meth:`error`
    (translated by the caller; default "Number")."""

    def __init__(self, label: str | None = None, minimum: int = 0, maximum: int = 9999,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = tr("Number") if label is None else label
        self.minimum, self.maximum = minimum, maximum
        self.setValidator(QIntValidator(minimum, maximum, self))
        self.setMaximumWidth(100)

    def value(self) -> int | None:
        text = self.text().strip()
        try:
            return int(text) if text else None
        except ValueError:
            return None

    def error(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        number = self.value()
        if number is None or not self.minimum <= number <= self.maximum:
            return fill(tr("%1 must be a whole number from %2 to %3."), self.label,
                        self.minimum, self.maximum)
        return None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))


def translated(choices: Iterable[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """``(value, label)`` pairs with each label in the person's language: for a drop-down of
    words listed for translation (``QT_TR_NOOP`` beside them, or the domain's words in
    :mod:`yjdesk.ui.i18n_domain`)."""
    return [(value, tr(label)) for value, label in choices]


class ChoiceCombo(QComboBox):
    """A drop-down of ``(value, label)`` pairs; ``allow_empty`` adds a first "not set" entry.

    The labels are shown as given: words the caller has translated, or data (people's
    names, orders). ``empty_text`` too (None: "(not set)", translated here)."""

    def __init__(self, choices: Iterable[tuple[Any, str]], allow_empty: bool = True,
                 empty_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty
        if allow_empty:
            self.addItem(tr("(not set)") if empty_text is None else empty_text, None)
        for value, label in choices:
            self.addItem(label, value)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
        self.setMinimumContentsLength(16)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index < 0 and value is None and self.allow_empty:
            index = 0
        if index >= 0:
            self.setCurrentIndex(index)


class CodeCombo(ChoiceCombo):
    """A drop-down over a code list in ``resources/codelists``; ``code()`` is the code or None.

    Each code's label is shown in the person's language (the code lists' labels are in the
    translation file: :mod:`yjdesk.ui.i18n_domain`)."""

    def __init__(self, codelist_name: str, allow_empty: bool = True,
                 empty_text: str | None = None, parent: QWidget | None = None) -> None:
        self.codelist_name = codelist_name
        super().__init__([(code, tr(label)) for code, label in
                          codelist(codelist_name).choices()], allow_empty, empty_text, parent)

    def code(self) -> str | None:
        value = self.currentData()
        return str(value) if value is not None else None

    def set_code(self, code: str | None) -> None:
        self.set_value(code)


def _edit_signals(w: QWidget) -> list[Any]:
    """The signals a person's change to ``w`` emits."""
    if isinstance(w, QLineEdit):
        return [w.textEdited]
    if isinstance(w, QPlainTextEdit | QTextEdit):
        return [w.textChanged]
    if isinstance(w, QComboBox):
        return [w.activated, w.currentIndexChanged]
    if isinstance(w, QAbstractButton):
        return [w.toggled] if w.isCheckable() else []
    if isinstance(w, QAbstractSpinBox):
        return [w.editingFinished]
    if isinstance(w, QListWidget):
        return [w.itemChanged]
    return []


W = TypeVar("W", bound=QWidget)
W_co = TypeVar("W_co", bound=QWidget, covariant=True)


class FormField(QWidget, Generic[W_co]):
    """An input widget with its error message directly underneath it."""

    def __init__(self, name: str, widget: W_co, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.widget = widget
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        self.error_label = error_label(self)
        box.addWidget(self.error_label)
        # wide as the form allows, never taller than its content (no gaps between rows)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        # "X is required" goes as soon as the person changes the field
        inputs: list[QWidget] = [widget, *widget.findChildren(QWidget)]
        for w in inputs:
            for signal in _edit_signals(w):
                signal.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if self.error:
            self.set_error(None)

    def set_error(self, message: str | None) -> None:
        if message:
            self.error_label.setText(message)
            self.error_label.show()
            self.widget.setProperty("invalid", True)
            self.widget.setAccessibleDescription(message)
        else:
            self.error_label.clear()
            self.error_label.hide()
            self.widget.setProperty("invalid", False)
            self.widget.setAccessibleDescription("")

    @property
    def error(self) -> str:
        return "" if self.error_label.isHidden() else self.error_label.text()


def _focus_target(widget: QWidget) -> QWidget:
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
        return widget
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return child
    return widget


class FormLayout(QFormLayout):
    """A form of labelled :class:`FormField` rows, plus a message about the form as a whole.

    Errors are keyed by field name, as in :attr:`yjdesk.errors.ValidationError.errors`.
    A key like ``"requirements[2]"`` goes to the field ``"requirements"`` when there is one;
    a key with no field (or ``""``) is shown in the form-wide message at the top.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, FormField[QWidget]] = {}
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.general_error = error_label()
        self.addRow(self.general_error)

    def add_field(self, name: str, label: str, widget: W) -> FormField[W]:
        row = FormField(name, widget)
        caption = QLabel(label)  # (the caller's words, translated by the caller)
        # a mnemonic (Alt+letter) focuses its buddy only if the buddy takes focus: a box
        # holding several inputs hands it to its first one
        target = _focus_target(widget)
        caption.setBuddy(target)
        for box in (widget, target):
            if isinstance(box, (QPlainTextEdit, QTextEdit)):
                box.setTabChangesFocus(True)  # Tab moves on; it never traps the keyboard
        # the field sits in a wrapper (for its error line), so a screen reader cannot find
        # the label by itself: the label's words are the field's accessible name
        spoken = " ".join(label.replace("&", "").split())
        named: QWidget
        for named in (widget, target) if target is not widget else (widget,):
            if not named.accessibleName() or named.property("accessibleFallback"):
                named.setAccessibleName(spoken)  # (not a text box's English stand-in)
                named.setProperty("accessibleFallback", False)
        self.addRow(caption, row)
        self.fields[name] = row
        return row

    def field(self, name: str) -> FormField[QWidget]:
        return self.fields[name]

    def set_row_visible(self, name: str, visible: bool) -> None:
        """Show or hide a field together with its label."""
        self.setRowVisible(self.fields[name], visible)

    def input_errors(self) -> dict[str, str]:
        """Errors in what was typed that no service could read (bad dates, numbers)."""
        out: dict[str, str] = {}
        for name, row in self.fields.items():
            check = getattr(row.widget, "error", None)
            if callable(check):
                message = check()
                if message:
                    out[name] = str(message)
        return out

    def set_errors(self, errors: Mapping[str, str]) -> None:
        """Show each message under its field (clearing earlier messages first): a service's
        (``ValidationError.errors``) in the person's language (``ui.messages``), the UI's
        own as given (translated by the caller)."""
        self.clear_errors()
        general: list[str] = []
        first: FormField | None = None
        for key, message in messages_text(errors).items():
            row = self.fields.get(key) or self.fields.get(_INDEX.sub("", key))
            if row is None:
                general.append(message)
                continue
            row.set_error(message if not row.error else f"{row.error} {message}")
            if first is None:
                first = row
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        if first is not None:
            first.widget.setFocus()

    def clear_errors(self) -> None:
        for row in self.fields.values():
            row.set_error(None)
        self.general_error.clear()
        self.general_error.hide()

    def errors(self) -> dict[str, str]:
        """The messages on show, by field name (``""`` for the form-wide one)."""
        out = {name: row.error for name, row in self.fields.items() if row.error}
        if not self.general_error.isHidden():
            out[""] = self.general_error.text()
        return out
