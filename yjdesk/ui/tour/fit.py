"""What a person would see as broken or unfinished on a screen: it does not fit a small
laptop (buttons cut off, a table that scrolls sideways), or it looks unfinished (no page
header, a heading cut off, "item(s)", raw codes, field names in messages, faint text)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from yjdesk.ui.tour.a11y import accessible_name

#: What a title bar and a taskbar take from the screen's height.
CHROME_HEIGHT = 72


def usable(screen: QSize) -> QSize:
    """The room a window has on a screen of ``screen`` logical pixels."""
    return QSize(screen.width(), screen.height() - CHROME_HEIGHT)


def place(window: QWidget, screen: QSize) -> None:
    """A dialog stays at the size it opened at (capped by the screen: the window manager
    does no better); the main window fills the screen."""
    room = usable(screen)
    if isinstance(window, QDialog):
        window.resize(window.size().boundedTo(room))
    else:
        window.resize(room)
    QCoreApplication.processEvents()


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _shown_rect(widget: QWidget, top: QWidget) -> QRect:
    """The part of ``widget`` its ancestors up to ``top`` leave visible, in top's terms."""
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        rect = rect.intersected(QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()))
        if parent is top:
            break
        parent = parent.parentWidget()
    return rect


def fit_problems(window: QWidget, screen: QSize) -> list[str]:
    """What does not fit when ``window`` is opened on a screen of ``screen`` pixels:
    a minimum size larger than the room, a button cut off or squeezed (outside scrolling
    content), a table that needs a horizontal scroll bar for its columns."""
    room = usable(screen)
    problems: list[str] = []
    if isinstance(window, QDialog) and (window.width() > room.width()
                                        or window.height() > room.height()):
        problems.append(f"opens at {window.width()}x{window.height()}, larger than the "
                        f"{room.width()}x{room.height()} the screen leaves")
    place(window, screen)
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if least.width() > room.width() or least.height() > room.height():
        problems.append(f"needs at least {least.width()}x{least.height()}, the screen "
                        f"leaves {room.width()}x{room.height()}")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _in_scroll_area(button, window):
            continue
        if isinstance(button, QAbstractButton) and button.parent() is not None and \
                type(button).__name__ in ("QToolButton",) and not button.text():
            continue
        shown = _shown_rect(button, window)
        name = button.text().replace("&", "") or button.accessibleName() or \
            button.objectName() or type(button).__name__
        if shown.width() < button.width() or shown.height() < button.height():
            problems.append(f"button {name!r} is cut off ({shown.width()}x{shown.height()} "
                            f"of {button.width()}x{button.height()} shown)")
        elif isinstance(button, QPushButton) and \
                button.width() < button.minimumSizeHint().width():
            problems.append(f"button {name!r} is squeezed ({button.width()} px for "
                            f"{button.minimumSizeHint().width()})")
        elif isinstance(button, QPushButton) and \
                button.height() < button.minimumSizeHint().height():
            problems.append(f"button {name!r} is squeezed ({button.height()} px high for "
                            f"{button.minimumSizeHint().height()})")
    for area in window.findChildren(QAbstractScrollArea):  # a form that scrolls sideways
        if area.isVisibleTo(window) and area.horizontalScrollBar().isVisible() and \
                not isinstance(area, (QAbstractItemView, QPlainTextEdit, QTextEdit)):
            problems.append(f"{area.objectName() or type(area).__name__} scrolls sideways "
                            "(its content is wider than the window)")
    for table in window.findChildren(QTableView):
        if table.isVisibleTo(window) and table.horizontalScrollBar().isVisible():
            problems.append(f"table {table.objectName() or table.accessibleName()!r} needs "
                            "a horizontal scroll bar")
    return problems


#: The brackets the pseudo-locale (``tour.pseudo``) puts round every translated text: a walk
#: that checks both looks at the words inside them.
MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"

_RAW_CODE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
_FAKE_PLURAL = re.compile(r"\w\(s\)")


def look_problems(window: QWidget, kind: str) -> list[str]:
    """What a person would see as unfinished: a page without the page header, a table
    heading cut off, "item(s)" instead of a real plural, a raw code or table name
    ("ooc_decision") in the words on show."""
    problems: list[str] = []
    if kind == "page" and not isinstance(window, QDialog):
        headers = [h for h in window.findChildren(QWidget, "pageHeader")
                   if h.isVisibleTo(window)]
        locked = getattr(window, "locked", False)
        if not headers and not locked:
            problems.append("the page has no page header (title and summary)")
    for table in window.findChildren(QAbstractItemView):
        model = table.model()
        if not isinstance(table, (QTableView, QTreeView)) or not table.isVisibleTo(window) \
                or model is None or _header_hidden(table):
            continue
        header = table.horizontalHeader() if isinstance(table, QTableView) else table.header()
        metrics = header.fontMetrics()
        for c in range(model.columnCount()):
            if table.isColumnHidden(c):
                continue
            text = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            widest = max((metrics.horizontalAdvance(line) for line in text.split("\n")),
                         default=0)
            if header.sectionSize(c) < widest + 6:
                problems.append(f"table heading {text!r} is cut off "
                                f"({header.sectionSize(c)} px for {widest})")
            for r in range(min(model.rowCount(), 20)):
                cell = str(model.index(r, c).data() or "")
                if _RAW_CODE.fullmatch(cell.strip().strip(MARK_OPEN + MARK_CLOSE)):
                    problems.append(f"table cell shows a raw code {cell!r}")
    for edit in window.findChildren(QLineEdit):
        shown = edit.text() or edit.placeholderText()
        if edit.isVisibleTo(window) and shown and not isinstance(edit.parentWidget(), (
                QComboBox, QAbstractSpinBox)) and \
                edit.fontMetrics().horizontalAdvance(shown) > edit.width() - 10:
            problems.append(f"text box {accessible_name(edit) or shown!r} is too narrow for "
                            f"{shown!r}")
    for lst in window.findChildren(QListWidget):
        if lst.isVisibleTo(window):
            for i in range(min(lst.count(), 40)):
                problems.extend(f"raw code {code!r} in a list: {lst.item(i).text()!r}"
                                for code in _RAW_CODE.findall(lst.item(i).text()))
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or _in_form_content(label):
            continue
        text = label.text()
        if _FAKE_PLURAL.search(text):
            problems.append(f"not a real plural: {text!r}")
        if label.textFormat() != Qt.TextFormat.RichText and "<" not in text:
            for code in _RAW_CODE.findall(text):
                problems.append(f"raw code {code!r} in {text!r}")
        if _FIELD_NAME.search(text):
            problems.append(f"an internal field name in {text!r}")
    problems.extend(contrast_problems(window))
    return sorted(set(problems))


#: A message that starts with a field's internal name ("date: The date cannot ...").
_FIELD_NAME = re.compile(rf"(?:^|[\s>{MARK_OPEN}])[a-z]+(?:_[a-z]+)*: [A-Z]")
#: WCAG AA: 4.5:1 for body text (3:1 for large text, which the tour does not tell apart).
MIN_CONTRAST = 4.5


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def contrast_problems(window: QWidget) -> list[str]:
    """Words too faint to read on their background (a fixed grey or red that suits the
    light palette only, on the dark one): labels, and table cells with a colour of their
    own. Disabled controls are left out (they may be faint)."""
    problems: list[str] = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.isEnabled() or \
                not label.text().strip():
            continue
        pal = label.palette()
        fg, bg = pal.color(label.foregroundRole()), pal.color(label.backgroundRole())
        ratio = contrast(fg, bg)
        if ratio < MIN_CONTRAST:
            problems.append(f"faint text {label.text()[:40]!r} ({fg.name()} on {bg.name()}, "
                            f"{ratio:.1f}:1)")
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(window):
            continue
        pal = view.palette()
        grounds = (pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.AlternateBase))
        root = QModelIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list model keeps it private: one column
            columns = 1
        for r in range(min(model.rowCount(root), 30)):
            for c in range(columns):
                brush = model.index(r, c).data(Qt.ItemDataRole.ForegroundRole)
                colour = brush.color() if isinstance(brush, QBrush) else brush
                if isinstance(colour, QColor):
                    ratio = min(contrast(colour, g) for g in grounds)
                    if ratio < MIN_CONTRAST:
                        problems.append(f"faint table text {model.index(r, c).data()!r} "
                                        f"({colour.name()}, {ratio:.1f}:1)")
    return problems



def _header_hidden(view: QTableView | QTreeView) -> bool:
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    return header.isHidden()


def _in_record(widget: QWidget) -> bool:
    """Inside a child's record (whose header is the child's name: data, not words)."""
    parent = widget.parentWidget()
    while parent is not None:
        if type(parent).__name__ == "ChildView":
            return True
        parent = parent.parentWidget()
    return False


def _in_record_header(widget: QWidget) -> bool:
    return widget.objectName() in ("pageTitle", "childName") and _in_record(widget)


def _in_form_content(widget: QWidget) -> bool:
    """An assessment question: the form's own words are data (a versioned form in
    resources/forms; a Welsh service adds a Welsh form version), not interface text."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() == "assessmentEditor":
            return True
        parent = parent.parentWidget()
    return False


