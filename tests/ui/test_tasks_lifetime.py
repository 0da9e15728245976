"""The task runner never leaves the worker thread holding a task's work or callbacks: the
last reference to a widget must not be dropped there (the widget would be deleted on the
worker thread, and Qt then delivers its timers to freed memory: the performance page,
computing as it opened, crashed the page-header test that way about one run in two)."""

from __future__ import annotations

import gc
import time
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from tests.ui.conftest import wait_idle
from yjdesk.ui.context import AppContext


class Holder:
    """Stands for a widget: its bound methods are the work and the callbacks."""

    def __init__(self) -> None:
        self.results: list[object] = []

    def work(self, _uow: object) -> str:
        time.sleep(0.3)  # still running when the runner asks to hear of its end
        return "done"

    def fail(self, _uow: object) -> str:
        raise ValueError("no such row")

    def read_file(self) -> str:
        return "read"

    def done(self, result: object) -> None:
        self.results.append(result)

    def failed(self, exc: BaseException) -> None:
        self.results.append(str(exc))


def test_finished_tasks_keep_no_reference_to_work_or_callbacks(qtbot, ctx: AppContext) -> None:
    holders = [Holder(), Holder(), Holder()]
    gone = [weakref.ref(h) for h in holders]
    ok, bad, io = holders
    # the futures stand for what the worker thread holds until it moves on
    futures = [ctx.tasks.run_db(ok.work, ok.done, ok.failed),
               ctx.tasks.run_db(bad.fail, bad.done, bad.failed),
               ctx.tasks.run_io(io.read_file, io.done, io.failed)]
    wait_idle(qtbot, ctx)
    assert [h.results for h in holders] == [["done"], ["no such row"], ["read"]]
    del ok, bad, io, holders
    gc.collect()
    assert [r() for r in gone] == [None, None, None]
    assert all(f.done() for f in futures)


class _DoneAtOnce(ThreadPoolExecutor):
    """A pool whose tasks have ended by the time ``submit`` returns (the race where a fast
    worker finishes before the runner attaches its done-callback, made certain)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        fut: Future[Any] = Future()
        fut.set_result(fn(*args, **kwargs))
        return fut


def test_a_task_that_ends_at_once_is_delivered_by_the_event_loop_not_inside_the_call(
        qtbot, ctx: AppContext) -> None:
    ctx.tasks._io = _DoneAtOnce()
    got: list[object] = []
    future = ctx.tasks.run_io(lambda: "read", got.append)
    assert future.done()
    assert got == []  # not run inside run_io, before the caller could connect anything
    qtbot.waitUntil(lambda: got == ["read"])
    assert not ctx.tasks.busy
