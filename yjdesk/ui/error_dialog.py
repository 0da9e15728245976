"""One way to tell the person about an error (after Anki's ``errors.py``).

A :class:`~yjdesk.errors.KnownError` (wrong password, disk full, a form with a mistake ...)
is shown with its title and message, never a traceback. Anything else is a bug: a short
apology and where the details were written (the crash log), so it can be reported.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from yjdesk.errors import KnownError, ValidationError
from yjdesk.ui.i18n import QT_TR_NOOP, fill, tr
from yjdesk.ui.messages import error_text

log = logging.getLogger(__name__)

#: Where the details of unexpected errors are written; app.py sets it for the profile.
_crash_log: Path | None = None


def set_crash_log(path: Path | None) -> None:
    global _crash_log
    _crash_log = path


def crash_log() -> Path | None:
    return _crash_log


def describe(exc: BaseException) -> tuple[str, str, str]:
    """``(title, message, detail)`` for ``exc``, in words a person can act on: the title in
    English (the error's, translated where shown), the message in the person's language (a
    known error's: the service's, translated by ``ui.messages``; a validation error's
    messages, never the fields' internal names) and a bug's detail."""
    if isinstance(exc, ValidationError):
        return exc.title, error_text(exc), exc.detail or ""
    if isinstance(exc, KnownError):
        return exc.title, error_text(exc) or str(exc), exc.detail or ""
    where = _crash_log
    text = tr("Sorry, yjdesk ran into a problem it did not expect. Your saved work is safe; "
              "the last change may not have been saved.")
    detail = (fill(tr("The details were written to %1. Please send that file to your IT "
                      "service desk."), where) if where
              else tr("The details were written to the yjdesk log."))
    return CRASH_TITLE, text, detail


#: A bug's title (translated where shown, as an error's title is).
CRASH_TITLE = QT_TR_NOOP("Something went wrong")


class ErrorDialog(QMessageBox):
    """A message box for one error. ``show_error`` opens it without blocking."""

    def __init__(self, parent: QWidget | None, exc: BaseException) -> None:
        super().__init__(parent)
        title, text, detail = describe(exc)
        known = isinstance(exc, KnownError)
        self.error = exc
        self.setIcon(QMessageBox.Icon.Warning if known else QMessageBox.Icon.Critical)
        self.setWindowTitle(f"yjdesk - {tr(title)}")
        self.setText(f"<b>{_escape(tr(title))}</b>")
        self.setInformativeText(_escape(text).replace("\n", "<br>")
                                + (f"<br><br>{_escape(detail)}" if detail else ""))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.setObjectName("errorDialog")

    @property
    def message(self) -> str:
        return f"{self.text()}\n{self.informativeText()}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def show_error(parent: QWidget | None, exc: BaseException) -> ErrorDialog:
    """Log ``exc`` (with its traceback if it is a bug) and show it in a dialog."""
    if isinstance(exc, KnownError):
        log.info("%s: %s", type(exc).__name__, exc)
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        if _crash_log is not None:
            _append_crash(_crash_log, exc)
    dialog = ErrorDialog(parent, exc)
    dialog.open()
    return dialog


def _append_crash(path: Path, exc: BaseException) -> None:
    import traceback

    try:
        with path.open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc)))
            fh.write("\n")
    except OSError:
        log.warning("could not write %s", path)
