"""The building blocks every page uses: header, text styles, buttons, status, empty states.

* :class:`PageHeader` -- a page's title, a line saying what it shows, and its actions.
* :func:`styled_label` -- a label in one of the :class:`~yjdesk.ui.design.tokens.Type` styles.
* :func:`primary_button` / :func:`secondary_button` -- one primary action per view.
* :class:`StatusLabel` -- icon + words in the tone's colour (never colour alone).
* :class:`EmptyState` and :class:`EmptyStack` -- "Nothing due this week", instead of an
  empty table.
* :func:`set_read_only` -- a field that cannot be edited looks it.
* :func:`page_layout` -- the page's margins and spacing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from yjdesk.ui.design.icons import status_pixmap
from yjdesk.ui.design.tokens import BLOCK_GAP, PAGE_MARGIN, XS, S, Tone, Type


def repolish(widget: QWidget) -> None:
    """Re-read the style sheet after a property the sheet selects on has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def page_layout(widget: QWidget) -> QVBoxLayout:
    """The standard page box: margins and spacing from the tokens."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
    layout.setSpacing(BLOCK_GAP)
    return layout


def styled_label(text: str = "", style: Type = Type.BODY, *, wrap: bool = False,
                 name: str | None = None) -> QLabel:
    label = QLabel(text)
    if style is not Type.BODY:
        label.setProperty("textStyle", style.name.lower())
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def _button(text: str, variant: str, slot: Callable[[], object] | None,
            name: str | None, tip: str | None) -> QPushButton:
    button = QPushButton(text)  # (the caller's words, translated by the caller)
    button.setProperty("variant", variant)
    if name:
        button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    if slot is not None:
        button.clicked.connect(lambda _checked=False: slot())
    return button


def primary_button(text: str, slot: Callable[[], object] | None = None, *,
                   name: str | None = None, tip: str | None = None) -> QPushButton:
    """The one main action of a view (filled, in the highlight colour). ``text`` and
    ``tip`` are the caller's words, already translated (``tr``)."""
    button = _button(text, "primary", slot, name, tip)
    button.setAutoDefault(True)
    return button


def secondary_button(text: str, slot: Callable[[], object] | None = None, *,
                     name: str | None = None, tip: str | None = None) -> QPushButton:
    """Every other action (the platform's plain button)."""
    return _button(text, "secondary", slot, name, tip)


class PageHeader(QWidget):
    """Title, a line about what the page shows, and the page's actions on the right.

    ``set_summary(text)`` changes the line (e.g. "12 children, 3 overdue").
    """

    def __init__(self, title: str, summary: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = styled_label(title, Type.TITLE, name="pageTitle")
        self.title.setAccessibleName(title)
        self.summary = styled_label(summary, Type.CAPTION, wrap=True, name="pageSummary")
        self.summary.setVisible(bool(summary))
        text = QVBoxLayout()
        text.setSpacing(XS // 2)
        text.addWidget(self.title)
        text.addWidget(self.summary)
        self.actions_box = QHBoxLayout()
        self.actions_box.setSpacing(S)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, S)
        row.setSpacing(PAGE_MARGIN)
        row.addLayout(text, 1)
        row.addLayout(self.actions_box)
        self.setAccessibleName(title)

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.setAccessibleName(title)

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def add_action(self, widget: QWidget) -> QWidget:
        self.actions_box.addWidget(widget)
        return widget


class StatusLabel(QWidget):
    """A status as a person reads it: the tone's icon, then its words, in its colour."""

    def __init__(self, tone: Tone = Tone.INFO, text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(XS + 2)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        self.tone = tone
        self.set_status(tone, text)

    def set_status(self, tone: Tone, text: str = "") -> None:
        """Show ``tone`` with ``text`` (the tone's own words when empty)."""
        self.tone = tone
        words = text or tone.words
        self.text.setText(words)
        self.text.setProperty("tone", tone.value)
        repolish(self.text)
        size = max(self.text.fontMetrics().height() - 2, 12)
        self.icon.setPixmap(status_pixmap(tone, size, self.palette()))
        self.icon.setAccessibleName(tone.words)
        self.setAccessibleName(words if words.startswith(tone.words) else
                               f"{tone.words}: {words}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.set_status(self.tone, self.text.text())
        super().changeEvent(event)


class EmptyState(QWidget):
    """What to show instead of an empty list: what it means and, if any, what to do."""

    def __init__(self, title: str, hint: str = "", action: QPushButton | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.title = styled_label(title, Type.BODY, wrap=True, name="emptyTitle")
        self.title.setProperty("textStyle", "emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = styled_label(hint, Type.CAPTION, wrap=True, name="emptyHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setVisible(bool(hint))
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addWidget(self.title)
        box.addWidget(self.hint)
        if action is not None:
            box.addWidget(action, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        self.setAccessibleName(title)

    def set_text(self, title: str, hint: str = "") -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.setAccessibleName(title)


class EmptyStack(QStackedWidget):
    """A list view, or its :class:`EmptyState` when its model has no rows."""

    def __init__(self, view: QWidget, model: QAbstractItemModel, empty: EmptyState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view, self.model, self.empty = view, model, empty
        self.addWidget(view)
        self.addWidget(empty)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.update_state)
        self.update_state()

    def update_state(self, *_: object) -> None:
        self.setCurrentWidget(self.view if self.model.rowCount() else self.empty)

    @property
    def showing_empty(self) -> bool:
        return self.currentWidget() is self.empty


def set_read_only(widget: QLineEdit | QPlainTextEdit | QTextEdit, read_only: bool) -> None:
    """Make a text field read-only and look it (the sheet greys its background)."""
    widget.setReadOnly(read_only)
    widget.setProperty("readOnly", read_only)
    repolish(widget)


def bold(text: str) -> str:
    """``text`` in bold in a rich-text pane (``text`` already escaped, or the pane's own
    translated words)."""
    return "<b>" + text + "</b>"


def banner_label(text: str = "") -> QLabel:
    """A boxed note above a form (source of data, why something is locked)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("banner", True)
    return label


#: The property of a widget that shows an assessment form's own text (its sections,
#: questions, help and choices). The forms are data (a Welsh service adds a Welsh form
#: version, docs/decisions.md "Translation"); the pseudo-locale check reads a form's text
#: as data only inside such a widget.
SHOWS_FORM = "showsForm"


def shows_form_text(*widgets: QWidget) -> None:
    """Mark ``widgets`` as showing a form's own text (:data:`SHOWS_FORM`)."""
    for widget in widgets:
        widget.setProperty(SHOWS_FORM, True)


def button_row(*buttons: QWidget, stretch_first: bool = True) -> QBoxLayout:
    """Buttons on the right (secondary first, primary last, as platforms order them)."""
    row = QHBoxLayout()
    row.setSpacing(S)
    if stretch_first:
        row.addStretch(1)
    for b in buttons:
        row.addWidget(b)
    return row


#: Room kept free around a window for its title bar, the taskbar and a margin.
SCREEN_MARGIN = (40, 100)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize a dialog to ``width`` x ``height``, or less when the screen is smaller (a
    1280x720 laptop, 150 % scaling): its buttons stay on the screen, its form scrolls."""
    from PySide6.QtGui import QGuiApplication

    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or \
        QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - SCREEN_MARGIN[0])
        height = min(height, room.height() - SCREEN_MARGIN[1])
    least = window.minimumSizeHint()
    window.resize(max(width, min(least.width(), width)), max(height, min(least.height(),
                                                                           height)))
