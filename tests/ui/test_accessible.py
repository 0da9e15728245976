"""Issue 12: every control has an accessible name and the Tab key reaches it.

The tour (``yjdesk/ui/tour/``) walks every page, record section and dialog; the walk
fails on a control a screen reader cannot name (no accessible name, no button words, no
form label) and, in a dialog, on a control that Tab never reaches.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from tests.ui.test_small_laptops import run_tour
from yjdesk.ui import tour


def test_the_walk_finds_an_unnamed_control(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout()
    named, unnamed = QLineEdit(), QLineEdit()
    form.addRow("Name", named)
    form.addRow(unnamed)
    outer = QVBoxLayout(dialog)
    outer.addLayout(form)
    outer.addWidget(QPushButton("Save"))
    dialog.show()
    problems = tour.accessibility_problems(dialog)
    assert problems == ["unnamed QLineEdit (QLineEdit)"]
    unnamed.setAccessibleName("Nickname")
    assert tour.accessibility_problems(dialog) == []


def test_every_page_and_dialog_names_its_controls(tmp_path: Path, tour_profile: Path) -> None:
    """One walk for three checks (a walk costs 17-20 s of CPU, 35-50 s of the suite):

    * every control named and reached by Tab;
    * every screen fitting 1280x720 in the light appearance (the other sizes and
      appearances: ``test_small_laptops``), measured under the pseudo-locale, whose texts
      are each at least two characters longer than the English;
    * under the pseudo-locale, a translator that brackets every text, each button, menu,
      form label, group title, page and section name, table heading and dialog title of
      every screen comes out bracketed (none hard-coded), and every text asked for is in
      the translation file (``test_translatable``)."""
    done = run_tour(tmp_path, "fit+a11y+pseudo", 1280, 720, profile=tour_profile)
    asked = re.search(r"pseudo-locale: (\d+) texts asked for", done.stdout)
    assert asked and int(asked[1]) >= 300, done.stdout  # the walk ran under the pseudo-locale
    said = "\n".join(line for line in done.stderr.splitlines()
                     if "does not support" not in line)  # offscreen plugin's notices
    assert "screen 1280x720: 0 problem(s)" in done.stdout, (
        f"exit {done.returncode}\n{done.stdout}{said[-3000:]}")
    assert done.returncode == 0


def test_the_walk_finds_a_keyboard_trap(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPlainTextEdit, QTableWidget

    dialog = QDialog()
    qtbot.addWidget(dialog)
    outer = QVBoxLayout(dialog)
    notes, table = QPlainTextEdit(), QTableWidget(2, 2)
    notes.setAccessibleName("Notes")
    table.setAccessibleName("Rows")
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    outer.addWidget(notes)
    outer.addWidget(table)
    dialog.show()
    assert sorted(tour.accessibility_problems(dialog)) == [
        "Tab is trapped in 'Notes'", "Tab is trapped in 'Rows'"]
    notes.setTabChangesFocus(True)
    table.setTabKeyNavigation(False)
    assert tour.accessibility_problems(dialog) == []
