"""The password flow every dialog shares: the field, the progress bar, the check run off the
UI thread, and the plain-words error next to the field.

:class:`PasswordCheck` runs ``check(password)`` (a key derivation takes a moment) on a
:class:`~yjdesk.ui.background.BackgroundCall`; while it runs the given controls are disabled
and the bar shows; a wrong password is shown under the field, anything else in the error
dialog. Signing in, unlocking, connecting and re-asking before a signature use it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit, QProgressBar, QWidget

from yjdesk.errors import WrongPassword
from yjdesk.ui.background import BackgroundCall
from yjdesk.ui.error_dialog import show_error
from yjdesk.ui.i18n import QT_TR_NOOP, tr
from yjdesk.ui.widgets.forms import FormLayout

WRONG_PASSWORD = "The password is not correct."
NO_PASSWORD = QT_TR_NOOP("Please enter your password.")  # (translated where shown)


def password_field(accessible: str = "", name: str = "password") -> QLineEdit:
    """``accessible``: what a screen reader calls it, translated by the caller (default:
    "Password", in the person's language)."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(260)
    field.setObjectName(name)
    field.setAccessibleName(accessible or tr("Password"))
    return field


def entered_password(form: FormLayout, field: QLineEdit, field_name: str = "password"
                     ) -> str | None:
    """The typed password; None, with the form saying so next to the field, if it is empty."""
    form.clear_errors()
    password = field.text()
    if not password:
        form.set_errors({field_name: tr(NO_PASSWORD)})
        field.setFocus()
        return None
    return password


def busy_bar() -> QProgressBar:
    """A thin, endless bar shown while a check runs."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.setAccessibleName(tr("Checking"))
    bar.hide()
    return bar


class PasswordCheck(QObject):
    """``start()`` checks the field's password; ``passed(result)`` or the error shown.

    The one password flow of the app: the sign-in, first-run and connect dialogs, the demo
    sign-in, the lock screen and the confirmation before a signature all run through it.
    ``explain(exc)`` may say an error in the form's own words (returning True); a wrong
    password is otherwise said under the field and anything else in the error dialog.
    ``busy_changed(busy)`` lets a screen show more while the check runs.
    """

    passed = Signal(object)
    refused = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, form: FormLayout, field: QLineEdit, busy: QProgressBar,
                 check: Callable[[str], Any] | None = None, controls: Sequence[QWidget] = (),
                 field_name: str = "password",
                 explain: Callable[[BaseException], bool] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or field)
        self.form, self.field, self.busy = form, field, busy
        self.check, self.controls, self.field_name = check, list(controls), field_name
        self.explain = explain
        self._call: BackgroundCall | None = None

    @property
    def working(self) -> bool:
        return self._call is not None and self._call.running

    def start(self, check: Callable[[str], Any] | None = None) -> bool:
        """Check the typed password with ``check`` (default: the one given at creation).

        False, and nothing started, if a check is running or the field is empty."""
        if self.working:
            return False
        password = entered_password(self.form, self.field, self.field_name)
        if password is None:
            return False
        job = check or self.check
        if job is None:
            raise TypeError("PasswordCheck.start: no check given")
        return self.run(lambda: job(password))

    def run(self, job: Callable[[], Any]) -> bool:
        """Run ``job`` the same way, for a form that reads and checks its fields itself
        (creating a profile, connecting): False if a check is running."""
        if self.working:
            return False
        self._set_busy(True)
        self._call = BackgroundCall(job, self._ok, self._failed, self).start()
        return True

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in self.controls:
            w.setEnabled(not busy)
        self.busy_changed.emit(busy)

    def _ok(self, result: object) -> None:
        self._set_busy(False)
        self.field.clear()
        self.passed.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self.explain is not None and self.explain(exc):
            pass
        elif isinstance(exc, WrongPassword):
            self.form.set_errors({self.field_name: WRONG_PASSWORD})
            self.field.selectAll()
            self.field.setFocus()
        else:
            show_error(self.field.window(), exc)
        self.refused.emit(exc)
