"""An editor's text that clashes with an edit arrived by sync (a colleague's, a manager's
amendment, the person's own on another laptop): what the person is told when the editor
goes with the clash unresolved, and the question asked when they close it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
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
