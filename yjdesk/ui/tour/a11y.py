"""The accessibility walk's check: every control has a name a screen reader says, and
the Tab key reaches every control of a dialog without being trapped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: Widgets a person operates (and a screen reader must name).
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit,
               QTextEdit, QAbstractItemView, QAbstractSlider)


def _interactive(window: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(window):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(
                widget, QAbstractButton):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)) or \
                type(widget).__name__ == "QComboBoxListView":
            continue  # a part of a control, named with it
        if isinstance(widget, QAbstractScrollArea) and not isinstance(
                widget, (QAbstractItemView, QPlainTextEdit, QTextEdit)):
            continue
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says (explicit, the button's words or the form label)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or widget.accessibleName() or "").strip()


def accessibility_problems(window: QWidget) -> list[str]:
    """Controls without an accessible name, and controls the Tab key never reaches."""
    problems: list[str] = []
    controls = _interactive(window)
    for widget in controls:
        if not accessible_name(widget):
            hint = widget.objectName() or type(widget).__name__
            problems.append(f"unnamed {type(widget).__name__} ({hint})")
    for widget in controls:  # a control that keeps the Tab key traps the keyboard
        traps = (isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation()
                 # an editable grid moves cell to cell with Tab, as spreadsheets do
                 and widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
                 ) or (
            isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly()
            and not widget.tabChangesFocus())
        if traps and widget.isEnabled():
            problems.append(f"Tab is trapped in {accessible_name(widget)!r}")
    if isinstance(window, QDialog):  # Tab walks every control of a dialog
        start = window.focusWidget() or window
        reached: set[int] = {id(start)}
        current: QWidget | None = start.nextInFocusChain()
        for _ in range(2000):
            if current is None or current is start:
                break
            reached.add(id(current))
            current = current.nextInFocusChain()
        for widget in controls:
            proxy = widget.focusProxy() or widget
            if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and \
                    id(widget) not in reached and id(proxy) not in reached:
                problems.append(f"Tab never reaches {accessible_name(widget)!r}")
    return problems
