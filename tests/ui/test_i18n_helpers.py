"""``tr()``'s disambiguation and ``tr_or()``: a code's label in the person's language, or
the caller's own empty value."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from tests.ui.test_small_laptops import ROOT
from tests.ui.test_translatable import _marked, _pseudo_locale
from yjdesk.ui.i18n import tr, tr_or


class _Asked(QTranslator):
    """Says which messages were asked for (with their disambiguation and count) and
    translates one of them."""

    def __init__(self, words: dict[tuple[str, str | None], str]) -> None:
        super().__init__()
        self.words = words
        self.asked: list[tuple[str, str | None, int]] = []

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if context:
            return ""
        self.asked.append((source, disambiguation, n))
        return self.words.get((source, disambiguation), source)

    def isEmpty(self) -> bool:
        return False


def _installed(translator: QTranslator) -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    return app


def test_tr_gives_qt_the_disambiguation(qtbot: QtBot) -> None:
    """Two messages with the same English are two messages: "%1 of %2" of a record ("Contact
    of Jay") and of a count ("7 of 9") are worded apart in Welsh."""
    words = _Asked({("%1 of %2", "a kind of record, of a child"): "%1 %2"})
    app = _installed(words)
    try:
        assert tr("%1 of %2", "a kind of record, of a child") == "%1 %2"
        assert tr("%1 of %2") == "%1 of %2"
        assert tr("%n day", n=3) == "3 day"
    finally:
        app.removeTranslator(words)
    assert words.asked == [("%1 of %2", "a kind of record, of a child", -1),
                           ("%1 of %2", None, -1), ("%n day", None, 3)]
    assert tr("%1 of %2", "a kind of record, of a child") == "%1 of %2"  # English by default


def test_the_sync_screen_names_a_record_with_its_own_message(qtbot: QtBot) -> None:
    from yjdesk.sync.conflicts import ConflictView
    from yjdesk.ui.sync_ui.page import record_text

    view = ConflictView(id=1, table="contact", row_id="r", child_id="c",
                        record="Contact of Jay", kind="Contact", child_name="Jay",
                        field="notes", field_label="Notes", mine="a", theirs="b",
                        mine_text="a", theirs_text="b", their_author="Someone else",
                        author_name=None, their_time=None)
    words = _Asked({("%1 of %2", "a kind of record, of a child"): "%1 %2"})
    app = _installed(words)
    try:
        assert record_text(view) == "Contact Jay"
    finally:
        app.removeTranslator(words)
    assert record_text(view) == "Contact of Jay"


def test_lupdate_lists_the_disambiguation_as_the_message_s_comment() -> None:
    """``scripts/translations update`` ran: the .ts file holds both messages, the record's
    with its disambiguation (a second argument in place, which lupdate reads)."""
    root = ET.parse(ROOT / "translations" / "yjdesk_cy.ts").getroot()
    found = {m.findtext("comment") for m in root.iter("message")
             if m.findtext("source") == "%1 of %2"}
    assert found == {None, "a kind of record, of a child"}
    rate = {m.findtext("comment") for m in root.iter("message")
            if m.findtext("source") == "%1 %2"}
    assert rate == {"a rate and its unit: 1.5 per 1,000"}


def test_every_disambiguation_is_written_where_lupdate_reads_it() -> None:
    """lupdate reads a disambiguation only as tr()'s second argument, written out: given
    by keyword (which tr() refuses) or made from values, the .ts file would list the text as
    the other message."""
    for path in sorted((ROOT / "yjdesk" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr":
                assert not [k.arg for k in node.keywords if k.arg != "n"], (path, node.lineno)
                if len(node.args) > 1:
                    second = node.args[1]
                    assert isinstance(second, ast.Constant) and isinstance(
                        second.value, str), (path, node.lineno)


def test_tr_or_translates_a_label_or_gives_the_caller_s_empty_value(qtbot: QtBot) -> None:
    assert tr_or("Male") == "Male"
    assert tr_or("") == "" and tr_or(None) == ""
    assert tr_or(None, None) is None and tr_or("", None) is None
    assert tr_or(None, "-") == "-" and tr_or("", "Not known") == "Not known"
    with _pseudo_locale() as pseudo:
        assert tr_or("Male") == _marked("Male")
        assert tr_or("Male", None) == _marked("Male")
        assert tr_or(None, "-") == "-"  # the empty value is the caller's, as it is
        assert tr_or("", None) is None
    assert "" not in pseudo.sources


def test_each_screen_keeps_its_own_empty_value(qtbot: QtBot) -> None:
    """The screens that used their own copy of the helper show what they showed before
    for a label that is not there: nothing, "-", None (a fact not recorded), the code."""
    from yjdesk.ui.assessments.util import stage_word
    from yjdesk.ui.casework import ooc_tab
    from yjdesk.ui.child_record import tabs
    from yjdesk.ui.pathways import tab as pathways
    from yjdesk.ui.victims import tab as victims

    assert victims._label("rj_type", None) == ""
    assert pathways._label("pathway", None) == "" and pathways._label("pathway", None, "-") == "-"
    assert ooc_tab._label("ooc_outcome", None) == "-"
    assert tabs._status(None) is None
    assert stage_word("odd_kind") == "Odd kind"
    with _pseudo_locale():
        assert stage_word("transfer_in") == _marked("Transfer in")
        assert stage_word("odd_kind") == "Odd kind"
        assert tabs._status("not_known") == _marked("Not known")
        assert victims._label("rj_type", None) == ""


def test_no_screen_writes_the_helper_out_again() -> None:
    """``tr(label) if label else ...`` is ``tr_or(label, ...)``: one helper, in i18n."""
    inline = re.compile(r"\btr\((\w+)\) if \1 else")
    for path in sorted((ROOT / "yjdesk" / "ui").rglob("*.py")):
        if path.name == "i18n.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert not inline.search(text), path
        assert "def _word(" not in text, path
