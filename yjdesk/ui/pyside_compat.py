"""A guard against a reference-counting bug in PySide6 6.12.0 on Python 3.11.

In PySide6/shiboken6 6.12.0, ``SignalInstance.emit()`` returns ``True`` without taking a
reference to it, and calling a Python ``data()`` through a C++ proxy returns ``None`` the
same way. Each call then drops one reference to ``True`` (or ``None``) for good. On Python
3.12 and later these objects are immortal and nothing happens; on 3.11 the interpreter
aborts ("Fatal Python error: bool_dealloc") once a few thousand signals have been emitted,
which a day's work in the app, or one test run, easily reaches. 6.11.x is not affected.

:func:`apply` gives ``True``, ``False`` and ``None`` a reference count so large that it can
never reach zero (in effect what Python 3.12 does), only on the affected combination.
"""

from __future__ import annotations

import ctypes
import sys

import PySide6

AFFECTED = ((6, 12, 0),)
_MARGIN = 1 << 40
_applied = False


def affected(version: tuple[int, ...] | None = None,
             python: tuple[int, int] | None = None) -> bool:
    version = version or tuple(PySide6.__version_info__[:3])
    python = python or (sys.version_info.major, sys.version_info.minor)
    return python < (3, 12) and tuple(version[:3]) in AFFECTED


def apply() -> bool:
    """Pin ``True``, ``False`` and ``None`` if this PySide6 needs it; True if it did."""
    global _applied
    if _applied or not affected() or sys.implementation.name != "cpython":
        return False
    for singleton in (True, False, None):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN
    _applied = True
    return True
