"""The pseudo-locale: texts on screen that did not go through the translation
(hard-coded), and texts the translation file does not list."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QStatusBar,
    QTableView,
    QTreeView,
    QWidget,
)

from yjdesk.ui.tour.fit import (
    MARK_CLOSE,
    MARK_OPEN,
    _header_hidden,
    _in_form_content,
    _in_record,
    _in_record_header,
)
from yjdesk.ui.widgets.forms import CodeCombo


class PseudoTranslator(QTranslator):
    """The pseudo-locale: every translated text comes back as ``⟦text⟧``, so text on the
    screen without the brackets did not go through the translation (it is hard-coded)."""

    def __init__(self, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        #: Every text the interface asked to translate (what the .ts file must list).
        self.sources: set[str] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if source and not context and MARK_OPEN not in source:
            self.sources.add(source)  # (Qt's own texts have their class as context)
        if MARK_OPEN in source:
            # a translation of a translation, bracketed twice so that the check tells it
            # from a translated word filled into a translated text (translated_twice)
            return f"{MARK_OPEN * 2}{source}{MARK_CLOSE * 2}"
        return f"{MARK_OPEN}{source}{MARK_CLOSE}" if source else source

    def isEmpty(self) -> bool:
        return False


def _ui_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """The interface's own words on show: buttons, menus, form labels, group titles,
    page and section lists, table headings, placeholders, dialog titles."""
    if isinstance(window, QDialog):
        yield "title", window.windowTitle()
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            yield "button", button.text()
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.buddy() is not None \
                and not _in_form_content(label):
            yield "label", label.text()
    for box in window.findChildren(QGroupBox):
        if box.isVisibleTo(window):
            yield "group", box.title()
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            yield "menu", action.text()
            menu = action.menu()
            if isinstance(menu, QMenu):
                for item in menu.actions():
                    if not item.isSeparator():
                        yield "menu item", item.text()
    for lst in window.findChildren(QListWidget):
        if lst.isVisibleTo(window) and lst.objectName() in ("navigation", "recordSections"):
            for i in range(lst.count()):
                yield "list", lst.item(i).text()
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if isinstance(view, (QTableView, QTreeView)) and view.isVisibleTo(window) and \
                model is not None and not _header_hidden(view):
            for c in range(model.columnCount()):
                if not view.isColumnHidden(c):
                    yield "heading", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
    for edit in window.findChildren(QLineEdit):
        if edit.isVisibleTo(window):
            yield "placeholder", edit.placeholderText()
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or _in_form_content(label):
            continue
        parent = label.parentWidget()
        if isinstance(parent, QStatusBar):
            yield "status bar", label.text()
        elif label.property("banner"):
            yield "banner", label.text()
        elif label.objectName() in ("emptyTitle", "emptyHint"):
            yield "empty state", label.text()
        elif label.objectName() in ("pageTitle", "pageSummary") and not _in_record(label):
            yield "page header", label.text()
        elif label.property("textStyle") in ("heading", "title") and not _in_record_header(
                label):
            yield "heading", label.text()
    for status in window.findChildren(QStatusBar):
        if status.isVisibleTo(window) and status.currentMessage():
            yield "status bar", status.currentMessage()
    for combo in window.findChildren(CodeCombo):
        # a code list's choices (other drop-downs mix words with data: people, orders)
        if combo.isVisibleTo(window):
            for i in range(combo.count()):
                yield "choice", combo.itemText(i)
    for label in window.findChildren(QLabel):
        # what an irreversible action's confirmation says it does (each line of its list)
        if label.isVisibleTo(window) and label.objectName() in ("confirmSubject",
                                                                 "confirmConsequences"):
            for part in re.findall(r"<li>(.*?)</li>", label.text()) or [label.text()]:
                yield "confirmation", html.unescape(part)



#: Kinds of text checked for a translation of a translation (a helper that translates what
#: its caller translated): all of them.
TWICE_CHECKED = frozenset({"button", "list", "menu", "menu item", "heading", "label",
                           "confirmation", "group", "title", "choice"})


def translated_twice(text: str) -> bool:
    """Somewhere in ``text`` a translated text is the whole of another translation: a
    helper translated what its caller translated (``⟦⟦⟦Save plan⟧⟧⟧``; the translator
    brackets what it is asked to translate again twice, so ``tr(tr("Save") + " plan")``
    shows as ``⟦⟦⟦Save⟧ plan⟧⟧``). A translated word filled into a translated text
    (``fill(tr("%1 for %2"), tr(kind), court)``: ``⟦⟦Pre-sentence report⟧ for Preston⟧``)
    is translated once each, as the convention asks."""
    opened: list[int] = []
    closes: dict[int, int] = {}  # where each bracket that opened at i closed
    for i, ch in enumerate(text):
        if ch == MARK_OPEN:
            opened.append(i)
        elif ch == MARK_CLOSE and opened:
            start = opened.pop()
            closes[start] = i
            if closes.get(start + 1) == i - 1:  # ⟦ ⟦...⟧ ⟧ with nothing else inside
                return True
    return False


def hard_coded(window: QWidget) -> list[str]:
    """Interface words that did not go through :func:`yjdesk.ui.i18n.tr` (run under the
    :class:`PseudoTranslator`)."""
    found = []
    for kind, text in _ui_texts(window):
        if kind == "placeholder" and text.startswith("https://"):
            continue  # an example address, not words
        if any(ch.isalpha() for ch in text) and MARK_OPEN not in text:
            found.append(f"{kind} {text!r}")
        elif kind in TWICE_CHECKED and translated_twice(text):
            found.append(f"{kind} translated twice: {text!r}")
    return sorted(set(found))


def listed_sources(ts: Path | None = None) -> set[str]:
    """The source texts ``translations/yjdesk_cy.ts`` lists (``scripts/translations
    update`` writes it)."""
    import xml.etree.ElementTree as ET

    path = ts or Path(__file__).resolve().parents[3] / "translations" / "yjdesk_cy.ts"
    return {el.text or "" for el in ET.parse(path).getroot().iter("source")}


