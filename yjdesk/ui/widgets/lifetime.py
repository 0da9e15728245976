"""Whether a widget still exists on the C++ side."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken


def alive(widget: QWidget) -> bool:
    """False once Qt has deleted the widget (a late callback must leave it alone)."""
    return bool(Shiboken.isValid(widget))
