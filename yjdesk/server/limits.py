"""The sign-in gate: Argon2 is slow and memory-hungry on purpose, so few at a time.

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
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio

from yjdesk.server.errors import ApiError
from yjdesk.server.settings import ServiceSettings

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
