"""One piece of work on a short-lived daemon thread, with the result back on the UI thread.

For the moments before a :class:`~yjdesk.ui.tasks.TaskRunner` exists (signing in, creating a
profile) or that must not queue behind database work (checking the password to unlock).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class BackgroundCall(QObject):
    """``BackgroundCall(fn, on_success, on_failure).start()``; callbacks run on the UI thread."""

    _finished = Signal(object, object)

    def __init__(self, fn: Callable[[], Any], on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self._finished.connect(self._deliver)
        #: The worker (not ``thread``: that would hide ``QObject.thread()``).
        self.worker: threading.Thread | None = None
        self.running = False

    def start(self) -> BackgroundCall:
        self.running = True
        self.worker = threading.Thread(target=self._work, name="yjdesk-background",
                                       daemon=True)
        self.worker.start()
        return self

    def _work(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread's callback
            self._finished.emit(None, exc)
        else:
            self._finished.emit(result, None)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        if error is not None:
            self._on_failure(error)
        else:
            self._on_success(result)
