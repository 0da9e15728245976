"""A dialog around a :class:`FormLayout` that saves through a service on the database worker.

Subclass it, add fields to ``self.form`` in ``__init__``, and implement :meth:`job`: read
the widgets (on the UI thread) and return a function that the database worker calls with a
unit of work. A ``ValidationError`` from the service puts each message under its field and
keeps the dialog open with everything typed intact; any other error opens the error dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from yjdesk.errors import BugError, ValidationError
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.error_dialog import show_error
from yjdesk.ui.i18n import tr
from yjdesk.ui.widgets.forms import FormLayout

Job = Callable[[UnitOfWork], Any]


class FormDialog(QDialog):
    """Save/Cancel around a form. ``saved(result)`` is emitted after a successful save.

    ``title``, ``intro`` and ``save_text`` are the caller's words, translated by the caller
    (where lupdate sees them)."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None, *,
                 intro: str = "", save_text: str | None = None, scroll: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: Any = None
        self.setWindowTitle(title)
        self.setModal(True)
        outer = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            outer.addWidget(text)
        body = QWidget()
        self.form = FormLayout(body)
        self._scroll: QScrollArea | None = None
        if scroll:
            area = self._scroll = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(body)
            outer.addWidget(area, 1)
        else:
            outer.addWidget(body, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        # (the caller's words, translated by the caller; by default "Save")
        save.setText(tr("Save") if save_text is None else save_text)
        save.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.saving = False

    def showEvent(self, event: QShowEvent) -> None:
        """A scrolling form opens as wide as its fields (it scrolls down, never sideways)."""
        area = self._scroll
        body = area.widget() if area is not None else None
        if area is not None and body is not None and not event.spontaneous():
            screen = self.screen()
            room = screen.availableGeometry().width() - 80 if screen is not None else 1200
            wanted = body.minimumSizeHint().width() + \
                area.verticalScrollBar().sizeHint().width() + 4
            area.setMinimumWidth(min(wanted, room))
        super().showEvent(event)

    # --- for subclasses ---------------------------------------------------------------------

    def job(self) -> Job:
        """Read the form and return the work to run on the database worker."""
        raise BugError(f"{type(self).__name__} does not define job()")

    def on_saved(self, result: Any) -> None:
        """Called on the UI thread after a successful save, before the dialog closes."""

    # --- saving -----------------------------------------------------------------------------

    def submit(self) -> None:
        if self.saving:
            return
        self.form.clear_errors()
        errors = self.form.input_errors()
        if errors:
            self.show_errors(errors)
            return
        try:
            work = self.job()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        self._set_saving(True)
        self.ctx.tasks.run_db(work, self._succeeded, self._failed)

    def reject(self) -> None:
        if not self.saving:  # a save in flight finishes first; the result closes the dialog
            super().reject()

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)

    def _succeeded(self, result: Any) -> None:
        if not shiboken6.isValid(self):  # closed meanwhile (e.g. the window locked)
            return
        self._set_saving(False)
        self.result_value = result
        self.on_saved(result)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        else:
            show_error(self, exc)

    def show_errors(self, errors: dict[str, str]) -> None:
        """Put each message under its field and make room for them."""
        self.form.set_errors(errors)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        hint = self.sizeHint()
        if hint.height() > self.height() or hint.width() > self.width():
            self.resize(max(hint.width(), self.width()), max(hint.height(), self.height()))
