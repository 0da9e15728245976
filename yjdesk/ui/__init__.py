"""The desktop UI (PySide6). The only package, with app.py, that imports Qt."""

from __future__ import annotations

from yjdesk.ui import pyside_compat

pyside_compat.apply()
