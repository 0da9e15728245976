"""An editor's text that clashes with an edit arrived by sync (a colleague's, a manager's
amendment, the person's own on another laptop): what the person is told when the editor
goes with the clash unresolved, and the question asked when they close it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from yjdesk.ui.i18n import fill, tr


def clash_not_saved(label: str, theirs: str, mine: str) -> str:
    """A field whose text was not saved (``label``, ``theirs`` and ``mine`` in words):
    the editor went (sign out, quit) with the clash on show and not saved over."""
    return fill(tr("'%1' was not saved: it was changed on another laptop meanwhile and now "
                   "reads: %2. You had written: %3"), label, theirs, mine)


def ask_to_save(parent: QWidget, question: str, informative: str,
                answered: Callable[[str], None]) -> QMessageBox:
    """Ask ``question`` (Save / Discard / Cancel) as the person closes an editor; calls
    ``answered("save" | "discard" | "")`` (``""``: Cancel, or the question closed by the
    idle lock: the editor stays, as typed)."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Unsaved changes"), question,
                      parent=parent)
    box.setObjectName("saveChangesQuestion")
    box.setInformativeText(informative)
    save = box.addButton(tr("Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        clicked = box.clickedButton()
        answered("save" if clicked is save else "discard" if clicked is discard else "")

    box.finished.connect(finished)
    box.open()
    return box


class ClosesAfterSaving:
    """How an editor dialog closes (mixed in before ``QDialog``): with a clash on show it
    asks first (:func:`ask_to_save`); with unsaved text it saves and closes itself once the
    save is on disk (a failed save keeps it open, as typed). The editor gives
    ``_must_ask``, ``_ask_to_save``, ``_wait_for_save`` and its autosave ``timer``."""

    timer: QTimer

    def _must_ask(self) -> bool:
        raise NotImplementedError

    def _ask_to_save(self) -> None:
        raise NotImplementedError

    def _wait_for_save(self) -> bool:
        raise NotImplementedError

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._must_ask():
            event.ignore()
            self._ask_to_save()
            return
        if self._wait_for_save():
            event.ignore()
            return
        self.timer.stop()
        super().closeEvent(event)  # type: ignore[misc]

    def reject(self) -> None:
        if self._must_ask():
            self._ask_to_save()
            return
        if self._wait_for_save():
            return
        self.timer.stop()
        super().reject()  # type: ignore[misc]
