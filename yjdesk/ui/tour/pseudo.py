"""The pseudo-locale: texts on screen that did not go through the translation
(hard-coded), and texts the translation file does not list."""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from yjdesk.ui.design.widgets import SHOWS_FORM
from yjdesk.ui.tour.fit import MARK_CLOSE, MARK_OPEN, _header_hidden

if TYPE_CHECKING:
    from yjdesk.store import LocalStore


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


def _plain(text: str) -> str:
    """A label's text as read on screen: rich text without its tags and entities."""
    if QtGui.Qt.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


#: At most this many rows of a table, list or tree (and of each item's children) are read:
#: the rows of one view are made by the same code, so the first ones say what the rest do.
ROWS_READ = 60


def _columns(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model's (one column; private in Qt's QAbstractListModel)
        return 1


def _cells(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    """What a table, list or tree shows in its cells: each cell's words and tooltip."""
    model = view.model()
    if model is None:
        return
    shown = [c for c in range(_columns(model))
             if not (isinstance(view, (QTableView, QTreeView)) and view.isColumnHidden(c))]

    def rows(parent: QModelIndex, depth: int) -> Iterator[tuple[str, str]]:
        for r in range(min(model.rowCount(parent), ROWS_READ)):
            for c in shown:
                index = model.index(r, c, parent)
                for role, kind in ((Qt.ItemDataRole.DisplayRole, "cell"),
                                   (Qt.ItemDataRole.ToolTipRole, "cell tooltip")):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield kind, _plain(value)
            first = model.index(r, 0, parent)
            if isinstance(view, QTreeView) and depth < 3 and model.rowCount(first):
                yield from rows(first, depth + 1)

    yield from rows(QModelIndex(), 0)


def _ui_texts(window: QWidget) -> Iterator[tuple[str, str, QWidget]]:
    """Every text a person sees on ``window``: buttons, menus, labels (plain and rich),
    tooltips, window and group titles, tabs, page and section lists, table headings and
    cells, tree items, placeholders, read-only text boxes, drop-down choices."""
    yield "title", window.windowTitle(), window
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.isVisibleTo(window) and widget.toolTip():
            yield "tooltip", _plain(widget.toolTip()), widget
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            yield "button", button.text(), button
    for box in window.findChildren(QGroupBox):
        if box.isVisibleTo(window):
            yield "group", box.title(), box
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            yield "menu", action.text(), window
            menu = action.menu()
            if isinstance(menu, QMenu):
                for item in menu.actions():
                    if not item.isSeparator():
                        yield "menu item", item.text(), window
    for tabs in window.findChildren(QTabBar):
        if tabs.isVisibleTo(window):
            for i in range(tabs.count()):
                yield "tab", tabs.tabText(i), tabs
                yield "tooltip", _plain(tabs.tabToolTip(i)), tabs
    for view in window.findChildren(QAbstractItemView):
        if not view.isVisibleTo(window) or view.model() is None:
            continue
        model = view.model()
        if isinstance(view, (QTableView, QTreeView)) and not _header_hidden(view):
            for c in range(_columns(model)):
                if not view.isColumnHidden(c):
                    yield "heading", str(model.headerData(c, Qt.Orientation.Horizontal) or ""), view
        if isinstance(view, QTableView) and view.verticalHeader().isVisibleTo(window):
            for r in range(min(model.rowCount(), ROWS_READ)):
                yield "heading", str(model.headerData(r, Qt.Orientation.Vertical) or ""), view
        kind = "list" if view.objectName() in ("navigation", "recordSections") else None
        for cell_kind, text in _cells(view):
            yield kind or cell_kind, text, view
    for edit in window.findChildren(QLineEdit):
        if edit.isVisibleTo(window):
            yield "placeholder", edit.placeholderText(), edit
    for text_box in window.findChildren(QTextEdit):
        if text_box.isVisibleTo(window):
            yield "placeholder", text_box.placeholderText(), text_box
            if text_box.isReadOnly():  # written by the interface (what a person types is data)
                yield "text box", text_box.toPlainText(), text_box
    for plain in window.findChildren(QPlainTextEdit):
        if plain.isVisibleTo(window):
            yield "placeholder", plain.placeholderText(), plain
            if plain.isReadOnly():
                yield "text box", plain.toPlainText(), plain
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window):
            continue
        parent = label.parentWidget()
        if label.objectName() in ("confirmSubject", "confirmConsequences"):
            # what an irreversible action's confirmation says it does (each line of its list)
            for part in re.findall(r"<li>(.*?)</li>", label.text()) or [label.text()]:
                yield "confirmation", html.unescape(re.sub(r"<[^>]+>", "", part)), label
            continue
        if label.buddy() is not None:
            kind = "label"
        elif isinstance(parent, QStatusBar):
            kind = "status bar"
        elif label.property("banner"):
            kind = "banner"
        elif label.objectName() in ("emptyTitle", "emptyHint"):
            kind = "empty state"
        elif label.objectName() in ("pageTitle", "pageSummary"):
            kind = "page header"
        elif label.property("textStyle") in ("heading", "title"):
            kind = "heading"
        else:
            kind = "text"
        yield kind, _plain(label.text()), label
    for status in window.findChildren(QStatusBar):
        if status.isVisibleTo(window) and status.currentMessage():
            yield "status bar", status.currentMessage(), status
    for combo in window.findChildren(QComboBox):
        if combo.isVisibleTo(window):
            yield "placeholder", combo.placeholderText(), combo
            for i in range(combo.count()):
                yield "choice", combo.itemText(i), combo


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


def outside_translations(text: str) -> str:
    """``text`` without what went through the translation: every bracketed part (with what
    was filled into it: ``⟦Saved %1⟧`` filled with a time) is cut out, so what is left is
    what the interface put beside its translated words (``"⟦Saved⟧ by Sam"``: " by Sam")."""
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch == MARK_OPEN:
            depth += 1
            out.append(" ")
        elif ch == MARK_CLOSE and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
    return "".join(out)


_WORD = re.compile(r"\w+")
#: Not words of the interface whoever wrote them: a web address (its scheme too when what
#: followed it was data and is taken out already: ``https://`` + a server's name), an
#: e-mail address, a file's
#: path (``/home/...``, ``C:\\...``), a fingerprint in hex, a code of letters and digits
#: mixed (``YJ-P1A2B3``, ``v3``, ``Q2``), the UK's time zone after a time (``16:30 GMT``),
#: the product's name (``yjdesk - Sam Practitioner``, a window's title).
_NOT_WORDS = re.compile(
    r"\byjdesk\b|(?<=\d\d:\d\d )(?:GMT|BST)\b|https?://\S*|\S+@\S+\.\S+|(?:[A-Za-z]:)?[\\/]\S*[\\/]\S*"
    r"|\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]+\b")


def _joined(values: Iterable[str]) -> set[str]:
    """A one-per-line value (a contract's terms, a panel's members) as a table cell shows
    it on one line: its lines joined by "; " or by ", " (the whole list, in its order)."""
    joined: set[str] = set()
    for value in values:
        lines = [line.strip() for line in value.splitlines() if line.strip()]
        if len(lines) > 1:
            joined |= {"; ".join(lines), ", ".join(lines)}
    return joined

#: A device and its change number, the whole of a table cell (the audit log's "Device /
#: no.": the first 8 hex digits of the device's id, ``3f2a9c1b / 12``, or the tour's
#: device, ``tour / 1``). Nothing else: "Page / 2", "hours / 3" or words around it are
#: words, and so is the same text in a label or a button.
_DEVICE_NUMBER = re.compile(r"(?:[0-9a-f]{8}|tour) / \d+")


def shows_form(widget: QWidget) -> bool:
    """Whether ``widget`` is (inside) a widget that shows a form's text (:data:`SHOWS_FORM`)."""
    w: QWidget | None = widget
    while w is not None:
        if w.property(SHOWS_FORM):
            return True
        w = w.parentWidget()
    return False


class _Values:
    """Values, each matched whole, found by their first word."""

    def __init__(self, values: Iterable[str]) -> None:
        self.index: dict[str, list[str]] = {}
        given = {v.strip() for v in values}
        for value in given | _joined(given):
            if not any(ch.isalpha() for ch in value) or re.fullmatch(r"[a-z0-9_]+", value):
                continue
            first = _WORD.search(value)
            if first is not None:
                self.index.setdefault(first.group(0), []).append(value)

    def __len__(self) -> int:
        return sum(len(v) for v in self.index.values())

    def found(self, text: str, words: set[str]) -> set[str]:
        return {value for word in words for value in self.index.get(word, ())
                if value in text}


class Data:
    """What a screen shows that is a record's data, not the interface's words.

    ``values``: data wherever shown -- the values the store holds (names, case numbers,
    typed notes, assessment answers) that are not also the interface's words, and what the
    tour gives a dialog in place of a record (``stops.STAND_INS``).
    ``forms``: the assessment forms' own text (questions, headings, choices: data, a Welsh
    service adds a Welsh form version), data only in a widget that shows a form
    (:data:`SHOWS_FORM`: the editor, the countersign queue's answers).
    ``cells``: stored values that are also the interface's words (a court's name as
    recorded, which its code list also lists; a typed "Police" as who decided): data only
    in a table cell, where a record's columns are shown.

    So an interface word is found untranslated wherever it is not data: a risk rating's
    "High" in a column is found although a form has the choice "High", and "Police" in a
    label although a record says "Police". A one-per-line value is also data with its lines
    joined by "; " or ", " (how a cell shows it on one line).

    A value counts whole, never word by word: a typed note's "saved" does not make the
    interface's "Draft saved" data. A code (``referral_order``, ``final``: lower case, no
    space) is not data: a screen words it."""

    def __init__(self, values: Iterable[str], *, forms: Iterable[str] = (),
                 cells: Iterable[str] = ()) -> None:
        self.values = _Values(values)
        self.forms = _Values(forms)
        self.cells = _Values(cells)

    def __len__(self) -> int:
        return len(self.values) + len(self.forms) + len(self.cells)

    def without(self, text: str, *, form: bool = False, cell: bool = False) -> str:
        """``text`` with every data value in it blanked out (``form``: shown by a widget
        that shows a form; ``cell``: a table cell), the longest first over the whole text
        (a name inside a typed note does not cut the note before the note is seen whole)."""
        words = set(_WORD.findall(text))
        found = self.values.found(text, words)
        if form:
            found |= self.forms.found(text, words)
        if cell:
            found |= self.cells.found(text, words)
        for value in sorted(found, key=lambda v: (-len(v), v)):
            text = text.replace(value, " ")
        return text


def words_left(text: str, data: Data | None = None, kind: str = "", form: bool = False
               ) -> bool:
    """Whether ``text`` (as shown) has words that did not go through the translation and
    are not data: letters left once the translated parts, the data values and what is not
    words (addresses, paths, codes with digits; a device and its number in a ``cell``) are
    taken out. ``kind``: what shows it (:func:`_ui_texts`: "cell", "label", ...);
    ``form``: a widget that shows a form's text (:func:`shows_form`)."""
    left = outside_translations(text)
    if not any(ch.isalpha() for ch in left):
        return False
    if kind.startswith("cell") and _DEVICE_NUMBER.fullmatch(left.strip()):
        return False
    if data is not None:
        left = data.without(left, form=form, cell=kind.startswith("cell"))
    left = _NOT_WORDS.sub(" ", left)
    return any(ch.isalpha() for ch in left)


def hard_coded(window: QWidget, data: Data | None = None) -> list[str]:
    """Interface words that did not go through :func:`yjdesk.ui.i18n.tr` (run under the
    :class:`PseudoTranslator`), and words translated twice. ``data``: what is a record's
    data on the screen (:class:`Data`); without it every word counts."""
    found = []
    for kind, text, widget in _ui_texts(window):
        if not text:
            continue
        if words_left(text, data, kind, data is not None and shows_form(widget)):
            found.append(f"{kind} {text!r}")
        elif translated_twice(text):
            found.append(f"{kind} translated twice: {text!r}")
    return sorted(set(found))


def form_texts() -> set[str]:
    """Every text of the assessment forms (``resources/forms``): questions, headings,
    choices, help. The forms are data (docs/decisions.md, "Translation")."""
    import json

    texts: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            texts.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for path in (Path(__file__).resolve().parents[3] / "resources" / "forms").glob("*.json"):
        collect(json.loads(path.read_text(encoding="utf-8")))
    return texts


def store_texts(store: LocalStore) -> set[str]:
    """Every text value the store holds (each string column of each table, and the strings
    inside its JSON columns)."""
    import json

    from sqlalchemy import JSON, String, inspect, select

    from yjdesk.models.base import Base

    texts: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            texts.add(value)
            if value[:1] in "[{\"":  # JSON text (an assessment's answer)
                with contextlib.suppress(ValueError):
                    collect(json.loads(value))
        elif isinstance(value, dict):
            for _key, item in value.items():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    with store.session() as s:
        present = set(inspect(s.connection()).get_table_names())
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, (String, JSON))]
            if table.name in present and columns:
                for row in s.execute(select(*columns)):
                    for value in row:
                        collect(value)
    return texts


def listed_sources(ts: Path | None = None) -> set[str]:
    """The source texts ``translations/yjdesk_cy.ts`` lists (``scripts/translations
    update`` writes it)."""
    import xml.etree.ElementTree as ET

    path = ts or Path(__file__).resolve().parents[3] / "translations" / "yjdesk_cy.ts"
    return {el.text or "" for el in ET.parse(path).getroot().iter("source")}




def tour_data(store: LocalStore, stand_ins: Iterable[str]) -> Data:
    """The data of the tour's screens (:class:`Data`): the store's values (those the
    translation file also lists only in table cells), the forms' text only where a form is
    shown, and the tour's stand-ins."""
    stored = store_texts(store)
    interface = listed_sources()
    return Data((stored - interface) | set(stand_ins), forms=form_texts(),
                cells=stored & interface)
