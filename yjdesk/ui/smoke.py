"""``yjdesk --demo --smoke-test``: prove a build starts, opens a caseload and quits.

Used by the release smoke test of the frozen build (``installers/smoke_test.py``) with
``QT_QPA_PLATFORM=offscreen``: the app prepares the demo profile as usual, this driver
signs in with the demo password through the real sign-in dialog, waits until the main
window's caseload has loaded, prints ``caseload rows: N`` and quits with status 0. Any
error dialog, or no caseload within the time limit, prints ``smoke test failed: ...`` and
quits with status 1. Nothing here runs unless ``--smoke-test`` is given.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from yjdesk.ui.signin import SignInDialog

if TYPE_CHECKING:
    from yjdesk.app import AppShell
    from yjdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_FAILED = 1
DEFAULT_TIMEOUT_S = 180.0
POLL_MS = 50


class SmokeTest(QObject):
    """Drives an :class:`~yjdesk.app.AppShell` started with ``--demo`` to a loaded caseload."""

    def __init__(self, shell: AppShell, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        super().__init__(shell)  # owned by the shell: lives as long as it does
        self.shell = shell
        self.started = time.monotonic()
        self.deadline = self.started + timeout_s
        self.finished = False
        self.rows: int | None = None
        self._submitted: SignInDialog | None = None
        shell.window_ready.connect(self._window_ready)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.timer.start()
        log.info("smoke test started")

    def _say(self, text: str) -> None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    def _poll(self) -> None:
        if self.finished:
            return
        if self.shell.error_dialog is not None:
            error = getattr(self.shell.error_dialog, "error", None)
            self._fail(f"an error was shown: {error}")
            return
        if time.monotonic() > self.deadline:
            self._fail("no caseload within the time limit")
            return
        dialog = self.shell.dialog
        launcher = self.shell.launcher
        password = launcher.password if launcher is not None else None
        if (isinstance(dialog, SignInDialog) and dialog is not self._submitted
                and password and not dialog.working):
            self._submitted = dialog
            dialog.password.setText(password)
            dialog.submit()
        elif dialog is not None and not isinstance(dialog, SignInDialog):
            self._fail(f"unexpected dialog {type(dialog).__name__} (was --demo given?)")

    def _window_ready(self, window: MainWindow) -> None:
        page = window.caseload
        page.loaded.connect(self._loaded)
        if page.model.rowCount() > 0:
            self._loaded(page.model.rowCount())

    def _loaded(self, rows: int) -> None:
        if self.finished:
            return
        self.finished = True
        self.rows = rows
        self.timer.stop()
        elapsed = time.monotonic() - self.started
        log.info("smoke test: %d caseload rows after %.2f s", rows, elapsed)
        self._say(f"caseload rows: {rows}")
        self._say(f"smoke test: window ready in {elapsed:.2f} s")
        # Quit from the event loop, after the current signal has been delivered.
        QTimer.singleShot(0, self.shell.quit)

    def _fail(self, why: str) -> None:
        self.finished = True
        self.timer.stop()
        log.error("smoke test failed: %s", why)
        self._say(f"smoke test failed: {why}")
        app = self.shell.app

        def stop() -> None:
            self.shell.shutdown()
            app.exit(EXIT_FAILED)

        QTimer.singleShot(0, stop)
