"""The design system: header, status with icon and words, empty states, buttons, themes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from yjdesk.ui import design as d
from yjdesk.ui.design.theme import high_contrast_palette
from yjdesk.ui.design.tokens import is_dark, is_high_contrast


@pytest.fixture
def app() -> Iterator[QApplication]:
    """The application, its look restored afterwards (other tests keep the default)."""
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    style, palette, sheet = qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_page_header_names_the_page_and_holds_its_actions(qtbot: QtBot) -> None:
    header = d.PageHeader("My caseload", "24 children")
    qtbot.addWidget(header)
    new = header.add_action(d.primary_button("New child", name="newChild"))
    assert header.accessibleName() == "My caseload"
    assert header.title.property("textStyle") == "title"
    assert header.summary.text() == "24 children" and not header.summary.isHidden()
    header.set_summary("")
    assert header.summary.isHidden()
    header.set_title("Team caseload")
    assert header.accessibleName() == header.title.text() == "Team caseload"
    assert new.property("variant") == "primary" and new.parent() is header


@pytest.mark.parametrize("tone", list(d.Tone))
def test_a_status_always_has_its_icon_and_words(qtbot: QtBot, tone: d.Tone) -> None:
    status = d.StatusLabel(tone)
    qtbot.addWidget(status)
    assert status.text.text() == tone.words
    assert not status.icon.pixmap().isNull()
    assert status.accessibleName().startswith(tone.words)
    status.set_status(tone, "Start assessment, 37 days late")
    assert status.accessibleName() == f"{tone.words}: Start assessment, 37 days late"
    assert status.text.property("tone") == tone.value


def test_tones_are_distinct_shapes_not_only_colours() -> None:
    # in high contrast every tone is drawn in the one text colour: the shapes alone differ
    palette = high_contrast_palette()
    assert len({d.tone_colour(t, palette).name() for t in d.Tone}) == 1
    images = {bytes(d.status_pixmap(t, 16, palette).toImage().constBits()) for t in d.Tone}
    assert len(images) == len(d.Tone)


def test_status_colours_follow_light_dark_and_high_contrast(app: QApplication) -> None:
    seen = {}
    for mode in ("light", "dark", "high_contrast"):
        d.apply_theme(app, mode)
        pal = app.palette()
        seen[mode] = d.tone_colour(d.Tone.OVERDUE, pal)
        assert is_dark(pal) == (mode != "light")
        assert is_high_contrast(pal) == (mode == "high_contrast")
        assert 'QPushButton[variant="primary"]' in app.styleSheet()
    assert seen["light"] != seen["dark"]
    assert seen["light"].lightness() < 128 < seen["dark"].lightness()  # readable on each
    assert seen["high_contrast"] == app.palette().color(QPalette.ColorRole.WindowText)


def test_primary_button_is_filled_with_the_highlight(qtbot: QtBot, app: QApplication) -> None:
    for mode in ("light", "dark"):
        d.apply_theme(app, mode)
        button = d.primary_button("Countersign")
        qtbot.addWidget(button)
        button.resize(160, 32)
        image = button.grab().toImage()
        centre = image.pixelColor(QPoint(8, image.height() // 2))
        hi = app.palette().color(QPalette.ColorRole.Highlight)
        assert abs(centre.red() - hi.red()) < 30 and abs(centre.blue() - hi.blue()) < 30


def test_empty_state_stands_in_for_an_empty_list(qtbot: QtBot) -> None:
    table = QTableWidget(0, 2)
    stack = d.EmptyStack(table, table.model(), d.EmptyState("Nothing due this week"))
    qtbot.addWidget(stack)
    assert stack.showing_empty and stack.empty.accessibleName() == "Nothing due this week"
    table.setRowCount(1)
    assert not stack.showing_empty
    table.setRowCount(0)
    assert stack.showing_empty


def test_read_only_fields_look_read_only(qtbot: QtBot, app: QApplication) -> None:
    d.apply_theme(app, "light")
    editable, fixed = QLineEdit("x"), QLineEdit("x")
    for w in (editable, fixed):
        qtbot.addWidget(w)
        w.resize(200, 28)
    d.set_read_only(fixed, True)
    assert fixed.isReadOnly()
    inside = QPoint(100, 14)
    assert fixed.grab().toImage().pixelColor(inside) == app.palette().color(
        QPalette.ColorRole.Window)
    assert editable.grab().toImage().pixelColor(inside) != fixed.grab().toImage().pixelColor(
        inside)


def test_high_contrast_outlines_buttons_fields_and_scroll_bars(qtbot: QtBot,
                                                              app: QApplication) -> None:
    """The high-contrast screenshots showed buttons with no visible outline, drop-down
    arrows grey on grey, text touching the box's edge and scroll bars that did not show
    (Fusion draws its frames a shade darker than the window: nothing, on black)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QPushButton, QScrollBar

    d.apply_theme(app, "high_contrast")
    white = app.palette().color(QPalette.ColorRole.WindowText)
    button = QPushButton("Cancel")
    combo = QComboBox()
    combo.addItem("(not set)")
    bar = QScrollBar(Qt.Orientation.Vertical)
    bar.setRange(0, 100)
    bar.setPageStep(50)
    for w, size in ((button, (120, 30)), (combo, (200, 28)), (bar, (14, 200))):
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
    shot = button.grab().toImage()
    assert shot.pixelColor(shot.width() // 2, 0) == white  # the outline, top edge
    shot = combo.grab().toImage()
    middle = shot.height() // 2
    arrow = [shot.pixelColor(x, middle - 1) for x in range(shot.width() - 18, shot.width())]
    assert white in arrow  # the arrow, in the text colour
    assert combo.style().subControlRect(  # the text clear of the outline
        combo.style().ComplexControl.CC_ComboBox, _combo_option(combo),
        combo.style().SubControl.SC_ComboBoxEditField, combo).left() >= 4
    shot = bar.grab().toImage()
    assert shot.pixelColor(shot.width() // 2, 40) == white  # the handle shows
    # an unticked box shows its outline; a placeholder does not pass for a typed value
    from PySide6.QtWidgets import QCheckBox

    tick = QCheckBox("The child was present in court")
    qtbot.addWidget(tick)
    tick.show()
    shot = tick.grab().toImage()
    edge = [shot.pixelColor(x, shot.height() // 2) for x in range(0, 24)]
    assert white in edge
    placeholder = app.palette().color(QPalette.ColorRole.PlaceholderText)
    assert placeholder != white and placeholder.lightness() >= 170


def _combo_option(combo):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.rect = combo.rect()
    return option
