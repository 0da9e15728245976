"""Cycles holding Qt objects are freed on the UI thread between events, never by an
automatic collection on a worker thread or inside a widget's constructor."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from yjdesk.ui.collector import UiThreadCollector


@pytest.fixture
def collector(qtbot: QtBot) -> Iterator[UiThreadCollector]:
    was_enabled = gc.isenabled()  # the UI tests run under a collector of their own:
    gc.enable()  # start from automatic collection, as a plain Python process does
    found = UiThreadCollector(interval_ms=20).install()
    yield found
    found.uninstall()
    (gc.enable if was_enabled else gc.disable)()


def _cycle_holding_a_qobject(freed_on: list[int]) -> None:
    holder: dict[str, object] = {}
    obj = QObject()
    holder["self"] = holder  # a reference cycle: only the cyclic collector frees it
    holder["qt"] = obj
    obj.setObjectName("in a cycle")
    weakref.finalize(obj, lambda: freed_on.append(threading.get_ident()))


def test_a_worker_thread_never_collects_a_cycle(qtbot: QtBot,
                                                collector: UiThreadCollector) -> None:
    assert not gc.isenabled()
    freed_on: list[int] = []
    _cycle_holding_a_qobject(freed_on)

    def churn() -> None:  # far past every threshold: automatic collection would run here
        for _ in range(20):
            junk: list[list[object]] = [[] for _ in range(5000)]
            for item in junk:
                item.append(junk)
    worker = threading.Thread(target=churn)
    worker.start()
    worker.join()
    assert freed_on == []
    qtbot.waitUntil(lambda: bool(freed_on), timeout=30_000)
    # freed on this thread, by a collector's timer (this one's, or the fixture's that
    # every UI test runs under: whichever ticks first)
    assert freed_on == [threading.get_ident()]


def test_uninstall_gives_back_what_was_there(qtbot: QtBot) -> None:
    was_enabled = gc.isenabled()  # the UI tests run under a collector of their own
    try:
        gc.enable()
        outer = UiThreadCollector().install()
        inner = UiThreadCollector().install()
        assert not gc.isenabled()
        inner.uninstall()
        assert not gc.isenabled()  # the outer one is still in charge
        assert not inner.timer.isActive() and outer.timer.isActive()
        outer.uninstall()
        assert gc.isenabled()
    finally:
        (gc.enable if was_enabled else gc.disable)()
