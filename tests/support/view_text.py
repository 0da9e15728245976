"""What a person can read in a widget tree: labels, fields, tables, lists (for UI tests)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)


def _model_text(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent or QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for col in range(columns):
            index = model.index(row, col, parent)
            value = model.data(index, Qt.ItemDataRole.DisplayRole)
            if value is not None:
                yield str(value)
        first = model.index(row, 0, parent)
        if not isinstance(model, QAbstractTableModel | QAbstractListModel) and \
                model.rowCount(first) > 0:
            yield from _model_text(model, first)


def texts(root: QWidget) -> Iterator[str]:
    """Every piece of text shown by ``root`` and the widgets inside it."""
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel | QLineEdit):
            yield w.text()
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            yield w.toPlainText()
        elif isinstance(w, QComboBox):
            yield w.currentText()
        elif isinstance(w, QAbstractButton):
            yield w.text()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QTabBar):
            yield from (w.tabText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from _model_text(w.model())


def all_text(root: QWidget) -> str:
    return "\n".join(texts(root))
