"""Small shared pieces of the case-work screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.live import LiveData


def text_box(name: str, lines: int = 4, accessible: str | None = None) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (keyboard-only forms), ``lines`` tall.

    Its height is fixed (from the font, so it scales): a message appearing under a field
    must not make the boxes of a form jump in size; longer text scrolls inside the box.
    """
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setAccessibleName(accessible or name.replace("_", " ").capitalize())
    # a name made from ``name`` is English: the form's label (add_field) replaces it
    box.setProperty("accessibleFallback", not accessible)
    box.setTabChangesFocus(True)
    margins = box.contentsMargins()
    frame = 2 * box.frameWidth() + margins.top() + margins.bottom()
    doc = 2 * int(box.document().documentMargin())
    box.setFixedHeight(lines * box.fontMetrics().lineSpacing() + frame + doc + 2)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return box


class LoadingTab(QWidget):
    """A tab that loads its data on the database worker and reloads when a published change
    touches a table it read (for its child; a page with no child sees every child)."""

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child_id = child_id
        self.layout_ = QVBoxLayout(self)
        self.buttons = QHBoxLayout()
        self.layout_.addLayout(self.buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("tabMessage")
        self.layout_.addWidget(self.message)
        self.live = LiveData(ctx, self, self.fetch, self._loaded_data, child_id=child_id or None)

    def add_button(self, text: str, slot: Callable[[], object], name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    @property
    def loads(self) -> int:
        return self.live.loads

    def fetch(self, uow: UnitOfWork) -> Any:
        return None

    def show_data(self, data: Any) -> None:
        """Draw the fetched data (UI thread)."""

    def _loaded_data(self, data: Any) -> None:
        self.show_data(data)

    def reload(self) -> None:
        self.live.reload()
