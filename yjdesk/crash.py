"""Crash handling (after qutebrowser's ``crashsignal.py``).

* Python exceptions that escape to the top (:func:`sys.excepthook`) are logged with their
  traceback and appended to the profile's ``crash.log``; the UI is told through a callback
  so it can show an apology instead of a traceback.
* Native crashes are caught by :mod:`faulthandler`, which writes into ``crash.log`` too.
* At the next start, :func:`take_previous_crash` returns what the last run left behind (and
  moves it aside) so the app can say so once.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


class CrashHandler:
    """Installs and removes the hooks; ``on_error(exc)`` is called for escaped exceptions."""

    def __init__(self, crash_log: Path,
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        self.crash_log = crash_log
        self.on_error = on_error
        self._previous_hook: ExceptHook | None = None
        self._fault_file: IO[str] | None = None

    def install(self) -> CrashHandler:
        self.crash_log.parent.mkdir(parents=True, exist_ok=True)
        self._previous_hook = sys.excepthook
        sys.excepthook = self.excepthook
        try:
            self._fault_file = self.crash_log.open("a", encoding="utf-8")
            faulthandler.enable(self._fault_file, all_threads=True)
        except OSError:
            log.warning("cannot open %s for native crash reports", self.crash_log)
        return self

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None
            if self.crash_log.exists() and self.crash_log.stat().st_size == 0:
                self.crash_log.unlink()

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        write_report(self.crash_log, exc)
        if self.on_error is not None:
            try:
                self.on_error(exc)
            except Exception:  # the error display itself must never crash us
                log.exception("could not show the error")


def write_report(crash_log: Path, exc: BaseException) -> None:
    try:
        with crash_log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M:%S} UTC ---\n")
            fh.write("".join(traceback.format_exception(exc)))
            fh.write("\n")
    except OSError:
        log.warning("could not write %s", crash_log)


def take_previous_crash(crash_log: Path) -> str | None:
    """The text a previous run left in ``crash_log`` (moved to ``crash.log.old``), if any."""
    if not crash_log.exists():
        return None
    try:
        text = crash_log.read_text(encoding="utf-8", errors="replace").strip()
        crash_log.replace(crash_log.with_name(crash_log.name + ".old"))
    except OSError:
        return None
    return text or None
