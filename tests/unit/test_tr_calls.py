"""Texts are translated before they are formatted (docs/decisions.md, "Translation").

lupdate finds a text for the translation file only where ``tr()`` (or a ``QT_TR_NOOP``
marker) is given it as written. ``tr(f"Record the {name}")`` is looked up with the name
already in it, so no translation ever matches it, and the pseudo walk cannot tell (its
translator translates whatever it is asked). This reads the UI's source and refuses such
calls: the text must be a literal, or a name standing for one marked where it is defined.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Where Qt is imported, so where texts are translated (the layering contract).
UI_SOURCES = sorted([*(ROOT / "yjdesk" / "ui").rglob("*.py"), ROOT / "yjdesk" / "app.py"])
#: Calls whose first argument is a text to look up (or to mark for lupdate).
TEXT_FIRST = {"tr", "tr_or", "QT_TR_NOOP", "counted"}
#: Calls whose second argument is that text (a context first).
TEXT_SECOND = {"QT_TRANSLATE_NOOP", "translate"}


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _built(node: ast.expr) -> bool:
    """A text put together at run time: an f-string, ``+`` or ``%`` of texts, ``.format``,
    ``.join``."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return any(_text(side) or _built(side) for side in (node.left, node.right))
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("format", "join"))


def _untranslated_template(node: ast.expr) -> bool:
    """``fill()`` given a text no one translated: a literal with words in it, or an
    f-string (``fill(tr("..."), ...)`` is how a text with values is written)."""
    if isinstance(node, ast.JoinedStr):
        return True
    return _text(node) and any(ch.isalpha() for ch in str(getattr(node, "value", "")))


def findings(source: str, filename: str) -> list[str]:
    """Each call in ``source`` that formats a text before translating it."""
    out = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        texts: list[ast.expr] = []
        if name in TEXT_FIRST and node.args:
            texts = node.args[1:3] if name == "counted" else node.args[:1]
        elif name in TEXT_SECOND and len(node.args) >= 2:
            texts = [node.args[1]]
        bad = [t for t in texts if _built(t)]
        if name == "fill" and node.args and _untranslated_template(node.args[0]):
            bad.append(node.args[0])
        out += [f"{filename}:{node.lineno}: {name}({ast.unparse(t)[:80]})" for t in bad]
    return out


@pytest.mark.parametrize(("source", "found"), [
    ('tr(f"Record the {name}")', 1),
    ('tr("Record the " + name)', 1),
    ('tr("Record the %s" % name)', 1),
    ('tr("Record the {}".format(name))', 1),
    ('QT_TR_NOOP(f"{kind} due")', 1),
    ('QCoreApplication.translate("", f"{a} of {b}")', 1),
    ('counted(n, tr("%n child"), f"{n} children")', 1),
    ('fill("Record the %1", name)', 1),
    ('fill(f"{a}: %1", b)', 1),
    # as they should be written
    ('fill(tr("Record the %1"), name)', 0),
    ('tr(label)', 0),
    ('tr_or(f"{kind} due", "-")', 1),
    ('tr("%1 of %2", "a kind of record")', 0),
    ('tr(LABELS.get(code, code))', 0),
    ('counted(n, tr("%n child"), tr("%n children"))', 0),
    ('fill("%1%2", n, "%")', 0),
    ('QCoreApplication.translate("", "%1 of %2", "a record of a child")', 0),
])
def test_the_check_tells_a_formatted_text_from_a_translated_one(source: str,
                                                                found: int) -> None:
    assert len(findings(source, "example.py")) == found


def test_no_ui_text_is_formatted_before_it_is_translated() -> None:
    assert len(UI_SOURCES) > 50
    problems = [p for path in UI_SOURCES
                for p in findings(path.read_text(encoding="utf-8"),
                                  str(path.relative_to(ROOT)))]
    assert problems == []


#: Calls that put a text on screen (a widget's words, a message box's, a status line's).
SHOWN = {"setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "addButton",
         "setStatusTip", "showMessage", "set_summary", "set_empty_text", "setTitle",
         "setTabText", "addTab", "setFormat", "setAccessibleName", "addItem",
         "setInformativeText", "insertRow", "addRow", "QLabel", "QPushButton", "QCheckBox",
         "QRadioButton", "QGroupBox", "QAction", "QMessageBox"}
#: What may be shown as written: the product's name before a window's own words.
NOT_WORDS = re.compile(r"yjdesk - |SHA-256 ")


def _english(node: ast.expr) -> bool:
    """A literal with words in it (markup aside), or one put together from such."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.search(r"[A-Za-z]{2,}", NOT_WORDS.sub("", re.sub(r"<[^>]+>", " ",
                                                                  node.value))) is not None
    if isinstance(node, ast.JoinedStr):
        return any(_english(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _english(node.left) or _english(node.right)
    if isinstance(node, ast.IfExp):
        return _english(node.body) or _english(node.orelse)
    return False


def shown_untranslated(source: str, filename: str) -> list[str]:
    """Each call in ``source`` that puts English on screen without :func:`tr` (texts only
    an event shows are not on the tour, so the pseudo walk never sees them)."""
    return [f"{filename}:{node.lineno}: {_name(node)}({ast.unparse(arg)[:80]})"
            for node in ast.walk(ast.parse(source, filename))
            if isinstance(node, ast.Call) and (_name(node) in SHOWN or _status_line(node))
            for arg in node.args if _english(arg)]


def _status_line(call: ast.Call) -> bool:
    """``....status.emit(text)``: the main window's status line shows ``text``."""
    func = call.func
    return (isinstance(func, ast.Attribute) and func.attr == "emit"
            and isinstance(func.value, ast.Attribute) and func.value.attr == "status")


@pytest.mark.parametrize(("source", "found"), [
    ('self.status.setText("Saved.")', 1),
    ('label.setText(f"{n} events checked")', 1),
    ('QMessageBox(icon, "About", text)', 1),
    ('box.addButton("Import", role)', 1),
    ('bar.showMessage("Choose a child" if x else "", 800)', 1),
    ('self.status.setText(tr("Saved."))', 0),
    ('label.setText(f"<b>{escape(title)}</b>")', 0),
    ('self.setWindowTitle(f"yjdesk - {name}")', 0),
    ('label.setText(fill(tr("%1 saved"), when))', 0),
    ('self.ctx.events.status.emit("Contact record saved.")', 1),
    ('self.ctx.events.status.emit(tr("Contact record saved."))', 0),
    ('self.opened.emit("children")', 0),
])
def test_the_check_tells_english_put_on_screen(source: str, found: int) -> None:
    assert len(shown_untranslated(source, "example.py")) == found


def test_no_ui_puts_english_on_screen_without_translating_it() -> None:
    problems = [p for path in UI_SOURCES if "tour" not in path.parts
                for p in shown_untranslated(path.read_text(encoding="utf-8"),
                                            str(path.relative_to(ROOT)))]
    assert problems == []
