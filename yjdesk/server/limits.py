"""The service's limits on costly work at once: the sign-in gate (:class:`LoginGate`) and
large pull pages (:class:`LargePages`).

Argon2 is slow and memory-hungry on purpose, so few at a time.

Every password sign-in spends ``argon2_memory_kib`` (64 MiB by default) and tens of
milliseconds of CPU. At 9 a.m. a whole service unlocks its laptops at once; without a limit
each sign-in would take a thread and its Argon2 memory at the same time, and the service
would run out of memory or time out everyone together. The gate lets ``slots`` sign-ins
work at once per process (the others wait in the event loop, holding no thread and no
Argon2 memory); one that cannot start within ``wait_seconds``, or that finds ``queue``
others already waiting, is answered ``503 busy`` with ``Retry-After``, and the laptop says
"busy, retrying" and tries again (:meth:`yjdesk.sync.client.SyncClient.login`).
"""

from __future__ import annotations

import os
import random
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

import anyio

from yjdesk.server.errors import ApiError
from yjdesk.server.settings import ServiceSettings
from yjdesk.wire.protocol import MAX_PULL_LIMIT_V2

BUSY = "busy"


def busy(retry_after: int) -> ApiError:
    return ApiError(503, BUSY, "the sync service is busy signing other people in; "
                               "trying again shortly", retry_after=retry_after)


class LoginGate:
    """The gate of one service process (its limits read from ``settings`` at each sign-in)."""

    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        self.slots = max(1, settings.login_slots or os.cpu_count() or 1)
        self._limiter: anyio.CapacityLimiter | None = None
        self.waiting = 0

    def _retry_after(self) -> int:
        # Spread the retries: roughly the time the queue ahead needs, with jitter.
        return max(1, min(30, self.waiting // self.slots // 4 + random.randint(1, 4)))

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        if self._limiter is None:  # made inside the event loop that uses it
            self._limiter = anyio.CapacityLimiter(self.slots)
        limiter = self._limiter
        if self.waiting >= self.settings.login_queue:
            raise busy(self._retry_after())
        self.waiting += 1
        acquired = False
        try:
            with anyio.move_on_after(self.settings.login_wait_seconds):
                await limiter.acquire()
                acquired = True
        finally:
            self.waiting -= 1
        if not acquired:
            raise busy(self._retry_after())
        try:
            yield
        finally:
            limiter.release()


class LargePages:
    """How many rows a pull page may have. A first pull asks for pages of up to
    ``MAX_PULL_LIMIT`` rows (20,000: its laptop commits a quarter as often), and building
    one takes about four times a 5,000-row page's memory. ``at_once`` such pages are
    built at a time in a process; a pull asking for one while they are is given up to
    ``MAX_PULL_LIMIT_V2`` rows at once, without waiting (the page says ``more``, and the
    laptop asks again). Taken and given back on the thread that builds the page."""

    def __init__(self, at_once: int) -> None:
        self._slots = threading.BoundedSemaphore(at_once) if at_once > 0 else None

    @contextmanager
    def rows(self, asked: int) -> Iterator[int]:
        """The rows the page being built may have (``asked``, or fewer)."""
        if asked <= MAX_PULL_LIMIT_V2:
            yield asked
        elif self._slots is None or not self._slots.acquire(blocking=False):
            yield MAX_PULL_LIMIT_V2
        else:
            try:
                yield asked
            finally:
                self._slots.release()
