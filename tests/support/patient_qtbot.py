"""pytest-qt's QtBot with waits sized for a loaded CI machine.

A ``waitUntil`` returns as soon as its condition holds, so a longer limit costs a passing
test nothing; pytest-qt's default (5 s) is shorter than a database task takes on this
2-core machine at load 12 (seen: a record view's first load, a sign-in's caseload).
"""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

WAIT_MS = 30_000


class PatientQtBot(QtBot):
    def waitUntil(self, callback: Callable[[], bool | None], *,
                  timeout: int = WAIT_MS) -> None:
        super().waitUntil(callback, timeout=timeout)
