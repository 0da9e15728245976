"""The application's look: the platform palette (or a chosen one) and one small style sheet.

``apply_theme(app, appearance)`` with ``appearance`` one of :data:`APPEARANCES`:

* ``"system"`` (the default): the operating system's palette, light or dark, and its high
  contrast mode; the sheet is rebuilt when the OS switches.
* ``"light"``, ``"dark"``, ``"high_contrast"``: our own palettes, for platforms that report no
  colour scheme, for people who prefer one, and for the screenshots.

The sheet only adds what the platform style does not say: the type scale, primary buttons,
read-only fields that look read-only, the page header, empty states and status words. Every
colour in it is taken from the palette in use, so nothing is fixed to light mode.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from yjdesk.ui.design.tokens import (
    XS,
    Tone,
    Type,
    is_dark,
    is_high_contrast,
    muted,
    tone_colour,
)

APPEARANCES = ("system", "light", "dark", "high_contrast")
APPEARANCE_LABELS = {"system": "Follow the system", "light": "Light", "dark": "Dark",
                     "high_contrast": "High contrast"}

R = QPalette.ColorRole


def _palette(colours: dict[QPalette.ColorRole, str],
             disabled: dict[QPalette.ColorRole, str]) -> QPalette:
    pal = QPalette()
    for role, value in colours.items():
        pal.setColor(role, QColor(value))
    for role, value in disabled.items():
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(value))
    return pal


def light_palette() -> QPalette:
    return _palette({
        R.Window: "#f5f6f8", R.WindowText: "#1b1f24", R.Base: "#ffffff",
        R.AlternateBase: "#f0f2f5", R.Text: "#1b1f24", R.Button: "#eceef1",
        R.ButtonText: "#1b1f24", R.Highlight: "#1f5fbf", R.HighlightedText: "#ffffff",
        R.Link: "#1a56b0", R.LinkVisited: "#6a3fb0", R.ToolTipBase: "#ffffff",
        R.ToolTipText: "#1b1f24", R.PlaceholderText: "#5b6470", R.Light: "#ffffff",
        R.Midlight: "#e2e5e9", R.Mid: "#b9c0c8", R.Dark: "#8a939d", R.Shadow: "#5b6470",
        R.BrightText: "#ffffff"},
        {R.WindowText: "#8a939d", R.Text: "#8a939d", R.ButtonText: "#8a939d",
         R.Button: "#e4e7eb", R.Base: "#f5f6f8"})


def dark_palette() -> QPalette:
    return _palette({
        R.Window: "#1f2328", R.WindowText: "#e6e8eb", R.Base: "#161a1e",
        R.AlternateBase: "#22272d", R.Text: "#e6e8eb", R.Button: "#2b3036",
        R.ButtonText: "#e6e8eb", R.Highlight: "#4c8dff", R.HighlightedText: "#0b0d10",
        R.Link: "#8ab4ff", R.LinkVisited: "#c3a6ff", R.ToolTipBase: "#2b3036",
        R.ToolTipText: "#e6e8eb", R.PlaceholderText: "#a3abb5", R.Light: "#3a4048",
        R.Midlight: "#30363d", R.Mid: "#4b535c", R.Dark: "#111417", R.Shadow: "#000000",
        R.BrightText: "#ffffff"},
        {R.WindowText: "#7b838d", R.Text: "#7b838d", R.ButtonText: "#7b838d",
         R.Button: "#24292e", R.Base: "#1f2328"})


def high_contrast_palette() -> QPalette:
    return _palette({
        R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000",
        R.AlternateBase: "#101010", R.Text: "#ffffff", R.Button: "#000000",
        R.ButtonText: "#ffffff", R.Highlight: "#ffff00", R.HighlightedText: "#000000",
        R.Link: "#00ffff", R.LinkVisited: "#ff80ff", R.ToolTipBase: "#000000",
        # (a placeholder in the text's own white read as a value typed in)
        R.ToolTipText: "#ffffff", R.PlaceholderText: "#b8b8b8", R.Light: "#ffffff",
        R.Midlight: "#ffffff", R.Mid: "#ffffff", R.Dark: "#ffffff", R.Shadow: "#ffffff",
        R.BrightText: "#ffffff"},
        {R.WindowText: "#c0c0c0", R.Text: "#c0c0c0", R.ButtonText: "#c0c0c0"})


PALETTES = {"light": light_palette, "dark": dark_palette,
            "high_contrast": high_contrast_palette}


def _pt(app: QApplication, style: Type) -> str:
    base = app.font().pointSizeF()
    if base <= 0:  # a pixel-sized platform font
        return f"{round(app.font().pixelSize() * style.factor)}px"
    return f"{base * style.factor:.1f}pt"


def style_sheet(app: QApplication) -> str:
    """The sheet for the palette now in use (rebuilt when it changes)."""
    pal = app.palette()
    hi = pal.color(R.Highlight)
    hover = hi.lighter(112) if not is_dark(pal) else hi.lighter(118)
    pressed = hi.darker(115)
    quiet = muted(pal).name()
    mid = pal.color(R.Mid).name()
    window = pal.color(R.Window).name()
    alt = pal.color(R.AlternateBase).name()
    text = pal.color(R.WindowText).name()
    tones = "\n".join(
        f'QLabel[tone="{t.value}"] {{ color: {tone_colour(t, pal).name()}; '
        f"font-weight: 600; }}" for t in Tone)
    return f"""
QLabel[textStyle="title"] {{ font-size: {_pt(app, Type.TITLE)}; font-weight: {Type.TITLE.weight}; }}
QLabel[textStyle="heading"] {{ font-size: {_pt(app, Type.HEADING)};
    font-weight: {Type.HEADING.weight}; }}
QLabel[textStyle="caption"] {{ font-size: {_pt(app, Type.CAPTION)}; color: {quiet}; }}
QLabel[muted="true"] {{ color: {quiet}; }}
QLabel[textStyle="emptyTitle"] {{ font-size: {_pt(app, Type.HEADING)}; font-weight: 600; }}
QWidget#pageHeader {{ border-bottom: 1px solid {mid}; }}
QPushButton[variant="primary"] {{
    background-color: {hi.name()}; color: {pal.color(R.HighlightedText).name()};
    border: 1px solid {pressed.name()}; border-radius: 4px; padding: 5px 16px;
    font-weight: 600; }}
QPushButton[variant="primary"]:hover {{ background-color: {hover.name()}; }}
QPushButton[variant="primary"]:pressed {{ background-color: {pressed.name()}; }}
QPushButton[variant="primary"]:focus {{ border: 2px solid {text}; }}
QPushButton[variant="primary"]:disabled {{
    background-color: {pal.color(QPalette.ColorGroup.Disabled, R.Button).name()};
    color: {pal.color(QPalette.ColorGroup.Disabled, R.ButtonText).name()};
    border: 1px solid {mid}; }}
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] {{
    background-color: {window}; border: 1px dashed {mid}; }}
QListWidget#recordSections, QListWidget#navigation {{ background-color: {alt}; border: none;
    padding: {XS}px; }}
QListWidget#recordSections::item, QListWidget#navigation::item {{ padding: 6px 8px;
    border-radius: 3px; }}
QListWidget#recordSections::item:selected, QListWidget#navigation::item:selected {{
    background-color: {hi.name()}; color: {pal.color(R.HighlightedText).name()}; }}
QLabel[banner="true"] {{ background-color: {alt}; border: 1px solid {mid};
    border-radius: 4px; padding: 6px 8px; }}
{tones}
{_high_contrast_extras(pal) if is_high_contrast(pal) else ""}
"""


def _high_contrast_extras(pal: QPalette) -> str:
    """Outlines the platform style leaves out when window, fields and buttons are all
    black (Fusion draws its frames a shade darker than the window: invisible on black),
    with room inside them so no text touches its outline, and scroll bars that show."""
    text, hi = pal.color(R.WindowText).name(), pal.color(R.Highlight).name()
    base = pal.color(R.Base).name()
    return f"""
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit, QAbstractItemView {{
    border: 1px solid {text}; }}
QLineEdit, QComboBox, QSpinBox, QDateEdit {{ padding: 2px 4px; }}
QComboBox {{ padding-right: 20px; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
    width: 18px; border-left: 1px solid {text}; }}
QComboBox::down-arrow {{ image: url({_arrow_file(pal.color(R.WindowText))}); width: 10px;
    height: 6px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 14px; height: 14px;
    border: 1px solid {text}; background: {base}; }}
QRadioButton::indicator {{ border-radius: 8px; }}
QCheckBox::indicator:checked {{ image: url({_glyph_file("tick", pal.color(R.WindowText))}); }}
QRadioButton::indicator:checked {{ image: url({_glyph_file("dot", pal.color(R.WindowText))}); }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-style: dashed; }}
QSpinBox {{ padding-right: 20px; }}
QSpinBox::up-button, QSpinBox::down-button {{ subcontrol-origin: border; width: 18px;
    border-left: 1px solid {text}; }}
QSpinBox::up-button {{ subcontrol-position: top right; border-bottom: 1px solid {text}; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; }}
QSpinBox::up-arrow {{ image: url({_arrow_file(pal.color(R.WindowText), up=True)});
    width: 8px; height: 5px; }}
QSpinBox::down-arrow {{ image: url({_arrow_file(pal.color(R.WindowText))}); width: 8px;
    height: 5px; }}
QPushButton {{ border: 1px solid {text}; border-radius: 4px; padding: 4px 12px; }}
QPushButton:disabled {{ border: 1px dashed {pal.color(QPalette.ColorGroup.Disabled,
                                                     R.WindowText).name()}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus,
QAbstractItemView:focus, QPushButton:focus, QCheckBox:focus, QRadioButton:focus {{
    border: 2px solid {hi}; }}
QScrollBar:vertical {{ background: {base}; border: 1px solid {text}; width: 14px; }}
QScrollBar:horizontal {{ background: {base}; border: 1px solid {text}; height: 14px; }}
QScrollBar::handle {{ background: {text}; margin: 2px; }}
QScrollBar::handle:vertical {{ min-height: 28px; }}
QScrollBar::handle:horizontal {{ min-width: 28px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""


def _arrow_file(colour: QColor, *, up: bool = False) -> str:
    """An arrow (down, or ``up``) in ``colour``, as a PNG file for the sheet (a sheet that
    draws a drop-down or a spin box's buttons must also give their arrows as images)."""
    return _glyph_file("up" if up else "down", colour)


_GLYPHS: list[Path] = []


def _glyph_folder() -> Path:
    """This process's own folder for the sheet's images (private, removed at exit)."""
    if not _GLYPHS:
        import atexit
        import shutil
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="yjdesk-theme-"))
        atexit.register(shutil.rmtree, folder, True)
        _GLYPHS.append(folder)
    return _GLYPHS[0]


def remove_glyphs() -> None:
    """Remove this process's glyph folder now (for a process that ends with ``os._exit``,
    which skips the clean-up registered at exit)."""
    import shutil

    while _GLYPHS:
        shutil.rmtree(_GLYPHS.pop(), ignore_errors=True)


def _glyph_file(kind: str, colour: QColor) -> str:
    """``kind`` ("down", "up", "tick" or "dot") drawn in ``colour`` into a PNG file that a
    style sheet can name (the sheet's ``url()`` takes a file)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QPainter, QPen, QPixmap, QPolygonF

    path = _glyph_folder() / f"{kind}-{colour.name()[1:]}.png"
    if path.exists():
        return path.as_posix()
    size = (20, 12) if kind in ("down", "up") else (24, 24)
    pix = QPixmap(*size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if kind == "tick":
        p.setPen(QPen(colour, 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                      Qt.PenJoinStyle.RoundJoin))
        p.drawPolyline(QPolygonF([QPointF(4, 12.5), QPointF(10, 18.5), QPointF(20, 5.5)]))
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        if kind == "dot":
            p.drawEllipse(QRectF(5, 5, 14, 14))
        else:
            tip, base = (0.0, 12.0) if kind == "up" else (12.0, 0.0)
            p.drawPolygon(QPolygonF([QPointF(0, base), QPointF(20, base), QPointF(10, tip)]))
    p.end()
    pix.save(str(path), "PNG")
    return path.as_posix()


class _SchemeFollower(QObject):
    """Re-applies the system theme when the OS switches light/dark or contrast."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(lambda _s: apply_theme(app, "system"))


def apply_theme(app: QApplication, appearance: str = "system") -> str:
    """Use ``appearance`` (see :data:`APPEARANCES`); returns the one applied."""
    if appearance not in APPEARANCES:
        appearance = "system"
    app.setStyle("Fusion")  # one look everywhere, drawn from the palette
    if appearance == "system":
        app.setPalette(QPalette())  # nothing set: the platform's own palette
        if app.findChild(_SchemeFollower) is None:
            _SchemeFollower(app)
    else:
        app.setPalette(PALETTES[appearance]())
    app.setProperty("appearance", appearance)
    app.setStyleSheet(style_sheet(app))
    return appearance
