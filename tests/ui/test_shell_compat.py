"""The PySide6 6.12.0 reference-count guard."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import yjdesk.ui  # noqa: F401 - applies the guard
from yjdesk.ui import pyside_compat


def test_only_the_broken_combination_is_affected() -> None:
    assert pyside_compat.affected((6, 12, 0), (3, 11))
    assert not pyside_compat.affected((6, 11, 3), (3, 11))
    assert not pyside_compat.affected((6, 12, 0), (3, 12))


class _Emitter(QObject):
    fired = Signal()


def test_many_emits_do_not_exhaust_true(qtbot) -> None:
    emitter = _Emitter()
    count: list[int] = []
    emitter.fired.connect(lambda: count.append(1))
    for _ in range(20_000):
        emitter.fired.emit()
    assert len(count) == 20_000
    assert sys.getrefcount(True) > 10_000
