"""A record's sections as a list down the left with the chosen section beside it.

A child's record has a dozen sections (overview, family, offences, assessments, contacts,
plan, reviews, ...): a tab bar that wide overflows into scroll arrows at any normal window
size. A vertical list shows every section's name at once and scales as features add more.
The API is keyed: sections are added and replaced by key, not by index.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from yjdesk.ui.i18n import tr

KeyRole = Qt.ItemDataRole.UserRole + 1


class SectionTabs(QWidget):
    """``add(key, title, widget)``, ``replace(key, widget)``, ``show_section(key)``,
    ``current_key()``."""

    #: The key of the section now shown.
    current_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("recordSections")
        self.list.setAccessibleName(tr("Sections of the record"))
        self.list.setFixedWidth(190)
        # its look (palette colours, light or dark) is in yjdesk/ui/design/theme.py
        self.stack = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.currentRowChanged.connect(self._row_changed)

    # --- building ---------------------------------------------------------------------------

    @staticmethod
    def _scrolling(widget: QWidget) -> QScrollArea:
        """Each section scrolls on its own: a tall one (a long form) never makes the whole
        record taller than a small laptop's screen."""
        area = QScrollArea()
        area.setObjectName("sectionScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(widget)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setFocusProxy(widget)
        return area

    def add(self, key: str, title: str, widget: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setData(KeyRole, key)
        item.setToolTip(title)
        self.list.addItem(item)
        self.stack.addWidget(self._scrolling(widget))

    def widget_for(self, key: str) -> QWidget | None:
        """The section's own widget (inside its scroll area)."""
        keys = self.keys()
        area = self.stack.widget(keys.index(key)) if key in keys else None
        return area.widget() if isinstance(area, QScrollArea) else None

    def current_widget(self) -> QWidget | None:
        return self.widget_for(self.current_key())

    def replace(self, key: str, widget: QWidget) -> None:
        """Put a freshly built ``widget`` in place of the section's current one."""
        i = self.keys().index(key)
        old = self.stack.widget(i)
        showing = self.list.currentRow() == i
        self.stack.insertWidget(i, self._scrolling(widget))
        if old is not None:
            self.stack.removeWidget(old)
            old.setParent(None)  # out of the widget tree at once, deleted later
            old.deleteLater()
        if showing:
            self.stack.setCurrentIndex(i)

    def clear(self) -> None:
        self.list.clear()
        while self.stack.count():
            w = self.stack.widget(0)
            if w is None:
                break
            self.stack.removeWidget(w)
            w.deleteLater()

    # --- reading and choosing ------------------------------------------------------------------

    def keys(self) -> list[str]:
        return [str(self.list.item(i).data(KeyRole)) for i in range(self.list.count())]

    def titles(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def count(self) -> int:
        return self.list.count()

    def current_key(self) -> str:
        item = self.list.currentItem()
        return str(item.data(KeyRole)) if item is not None else ""

    def show_section(self, key: str) -> bool:
        keys = self.keys()
        if key not in keys:
            return False
        self.list.setCurrentRow(keys.index(key))
        return True

    def _row_changed(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.stack.setCurrentIndex(row)
            self.current_changed.emit(self.current_key())
