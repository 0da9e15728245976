"""The design tokens: spacing, type scale, status tones and their colours.

Colours are never literals in a screen: they come from the platform palette (so the OS's
dark and high-contrast modes apply) or, for the three status tones, from :func:`tone_colour`,
which picks a shade that reads on the palette in use. A tone is never shown by colour alone:
every status has its icon (a distinct shape) and its words.
"""

from __future__ import annotations

import enum

from PySide6.QtGui import QColor, QPalette

from yjdesk.ui.i18n import QT_TR_NOOP

# --- spacing (px): use these, not ad-hoc numbers --------------------------------------------
XS = 4
S = 8
M = 12
L = 16
XL = 24
XXL = 32

#: Outer margin of a page and the gap between its blocks.
PAGE_MARGIN = L
BLOCK_GAP = M

# --- type scale (relative to the platform's font) -------------------------------------------


class Type(enum.Enum):
    """Text styles: the factor on the platform font size and the weight."""

    TITLE = (1.45, 600)  # a page's title
    HEADING = (1.15, 600)  # a block inside a page
    BODY = (1.0, 400)
    CAPTION = (0.9, 400)  # secondary lines, hints

    @property
    def factor(self) -> float:
        return self.value[0]

    @property
    def weight(self) -> int:
        return self.value[1]


# --- status tones ---------------------------------------------------------------------------


class Tone(enum.Enum):
    """What a status means to the person reading it."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    UPCOMING = "upcoming"
    DONE = "done"
    INFO = "info"

    @property
    def words(self) -> str:
        return TONE_WORDS[self]


TONE_WORDS = {
    Tone.OVERDUE: QT_TR_NOOP("Overdue"),
    Tone.DUE_SOON: QT_TR_NOOP("Due soon"),
    Tone.UPCOMING: QT_TR_NOOP("Upcoming"),
    Tone.DONE: QT_TR_NOOP("Done"),
    Tone.INFO: QT_TR_NOOP("Note"),
}

#: (on a light background, on a dark background); contrast >= 4.5:1 against the window.
_TONE_COLOURS = {
    Tone.OVERDUE: ("#b3261e", "#ff8a80"),
    Tone.DUE_SOON: ("#8a5300", "#ffc870"),
    Tone.DONE: ("#1e6b34", "#8fd19e"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def is_high_contrast(palette: QPalette) -> bool:
    """A palette whose text and window are (nearly) black and white."""
    text = palette.color(QPalette.ColorRole.WindowText).lightness()
    window = palette.color(QPalette.ColorRole.Window).lightness()
    return abs(text - window) > 240


def tone_colour(tone: Tone, palette: QPalette) -> QColor:
    """The colour for ``tone`` on ``palette`` (plain text colour in high contrast)."""
    if is_high_contrast(palette) or tone not in _TONE_COLOURS:
        role = (QPalette.ColorRole.Link if tone is Tone.INFO and not is_high_contrast(palette)
                else QPalette.ColorRole.WindowText)
        return palette.color(role)
    light, dark = _TONE_COLOURS[tone]
    return QColor(dark if is_dark(palette) else light)


def muted(palette: QPalette) -> QColor:
    """Secondary text: the placeholder colour (readable, but quieter than body text)."""
    if is_high_contrast(palette):
        return palette.color(QPalette.ColorRole.WindowText)
    return palette.color(QPalette.ColorRole.PlaceholderText)
