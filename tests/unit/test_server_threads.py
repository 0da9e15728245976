"""The threads push and pull run in (``server.app.SyncThreads``): answers and errors reach
the awaiting request, at most ``count`` pieces of work run at once, a cancelled request's
work is finished all the same, and shutdown stops the threads."""

from __future__ import annotations

import asyncio
import gc
import threading
import time

import pytest

from yjdesk.server.app import SyncThreads


def test_answers_errors_and_at_most_count_at_once() -> None:
    before = set(threading.enumerate())
    threads = SyncThreads(3, "yjdesk-sync")
    lock = threading.Lock()
    running = [0, 0]  # now, peak
    names: set[str] = set()

    def work(n: int) -> int:
        with lock:
            running[0] += 1
            running[1] = max(running[1], running[0])
            names.add(threading.current_thread().name)
        time.sleep(0.05)
        with lock:
            running[0] -= 1
        if n == 4:
            raise ValueError("four")
        return n * 10

    async def main() -> list[int | BaseException]:
        return await asyncio.gather(*(threads.run(work, n) for n in range(8)),
                                    return_exceptions=True)
    try:
        results = asyncio.run(main())
    finally:
        threads.shutdown()
    assert results[:4] == [0, 10, 20, 30] and results[5:] == [50, 60, 70]
    assert isinstance(results[4], ValueError) and str(results[4]) == "four"
    assert running[1] == 3
    assert names == {"yjdesk-sync_0", "yjdesk-sync_1", "yjdesk-sync_2"}
    assert not set(threading.enumerate()) - before  # shut down: the threads have ended


def test_a_cancelled_request_s_work_is_finished() -> None:
    threads = SyncThreads(1, "yjdesk-sync")
    started, finished = threading.Event(), threading.Event()

    def work() -> None:
        started.set()
        time.sleep(0.2)
        finished.set()

    async def main() -> None:
        task = asyncio.ensure_future(threads.run(work))
        while not started.is_set():
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert not finished.is_set()
        # the thread goes on to finish it, then takes the next piece of work
        assert await threads.run(lambda: 7) == 7
        assert finished.is_set()
    try:
        asyncio.run(main())
    finally:
        threads.shutdown()
    with pytest.raises(RuntimeError, match="shut down"):
        asyncio.run(threads.run(lambda: 1))


def test_the_threads_end_with_their_owner() -> None:
    """An app dropped without a shutdown (a test's, a reloaded worker's) leaves no idle
    threads behind, as an executor's threads end with it."""
    before = set(threading.enumerate())
    threads = SyncThreads(4, "yjdesk-sync")
    assert asyncio.run(threads.run(lambda: 5)) == 5
    started = set(threading.enumerate()) - before
    assert len(started) == 4
    del threads
    gc.collect()
    for thread in started:
        thread.join(timeout=10)
    assert not any(t.is_alive() for t in started)
