"""Python's cyclic garbage collector, run only on the UI thread between events.

Left automatic, the collector runs wherever an allocation crosses its threshold: on a
database worker thread, or on the UI thread in the middle of building a widget. A cycle it
then frees can hold a Qt object (a dialog, its signal connections, a closure over it) whose
C++ destructor must run on the UI thread and not inside another widget's constructor; the
accessibility walk crashed that way (a segmentation fault building the next dialog, about
one walk in three under load). qutebrowser does the same: automatic collection is switched
off and a timer collects on the UI thread when the thresholds say it is due.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class UiThreadCollector(QObject):
    """While installed, cycles are collected only by this timer, on the UI thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.collections = 0
        self._was_enabled = True

    def install(self) -> UiThreadCollector:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer.start()
        return self

    def uninstall(self) -> None:
        """Stop; automatic collection comes back if it was on at :meth:`install` (one
        collector installed inside another's time leaves the outer one in charge)."""
        self.timer.stop()
        if self._was_enabled:
            gc.enable()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds (as ``gc`` would)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
                self.collections += 1
                return

    def collect_now(self) -> None:
        """A full collection at a moment the caller knows is safe (between screens)."""
        gc.collect()
        self.collections += 1
