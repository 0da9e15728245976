"""Status icons drawn in the tone's colour: a distinct shape for each tone, so a status
reads without colour (circle "!" overdue, triangle "!" due soon, circle tick done, ring
upcoming, circle "i" note)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from yjdesk.ui.design.tokens import Tone, muted, tone_colour


def _palette() -> QPalette:
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


def _glyph(p: QPainter, size: float, text: str, colour: QColor, y: float = 0.0) -> None:
    font = p.font()
    font.setBold(True)
    font.setPixelSize(max(int(size * 0.62), 6))
    p.setFont(font)
    p.setPen(colour)
    p.drawText(QRectF(0, y, size, size), Qt.AlignmentFlag.AlignCenter, text)


def status_pixmap(tone: Tone, size: int = 16, palette: QPalette | None = None) -> QPixmap:
    palette = palette or _palette()
    colour = tone_colour(tone, palette) if tone is not Tone.UPCOMING else muted(palette)
    on = palette.color(QPalette.ColorRole.Base)
    ratio = 2.0
    pix = QPixmap(int(size * ratio), int(size * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    box = QRectF(1, 1, s - 2, s - 2)
    if tone is Tone.DUE_SOON:
        path = QPainterPath(QPointF(s / 2, 1))
        path.lineTo(s - 1, s - 1.5)
        path.lineTo(1, s - 1.5)
        path.closeSubpath()
        p.fillPath(path, colour)
        _glyph(p, s, "!", on, y=s * 0.08)
    elif tone is Tone.UPCOMING:
        p.setPen(QPen(colour, max(s / 8, 1.5)))
        p.drawEllipse(box.adjusted(1, 1, -1, -1))
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(box)
        if tone is Tone.DONE:
            pen = QPen(on, max(s / 8, 1.5))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            tick = QPainterPath(QPointF(s * 0.28, s * 0.52))
            tick.lineTo(s * 0.44, s * 0.68)
            tick.lineTo(s * 0.73, s * 0.34)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(tick)
        else:
            _glyph(p, s, "!" if tone is Tone.OVERDUE else "i", on)
    p.end()
    return pix


def status_icon(tone: Tone, palette: QPalette | None = None) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32):
        icon.addPixmap(status_pixmap(tone, size, palette))
    return icon
