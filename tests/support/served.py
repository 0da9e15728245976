"""Waiting for a service a test started to answer."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx


def wait_until_answers(url: str, *, running: Callable[[], bool] = lambda: True,
                       timeout: float = 90, every: float = 0.1, verify: bool = True,
                       failure: Callable[[], str] = lambda: "the service did not start"
                       ) -> httpx.Response:
    """GET ``url`` until it answers 200, and return that answer.

    Fails (``AssertionError`` with ``failure()``) once ``running()`` is false -- the process
    serving it ended -- or after ``timeout`` seconds (90 by default: a new interpreter on a
    busy machine). Every try goes through one client: ``httpx.get`` makes a new client for
    each call, loading the certificate bundle (about 50 ms of CPU), and a loop of them every
    tenth of a second took half a core from the very service it was waiting for.
    """
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=2, verify=verify) as client:
        while True:
            try:
                answer = client.get(url)
                if answer.status_code == 200:
                    return answer
            except httpx.HTTPError:
                pass
            if not running() or time.monotonic() > deadline:
                raise AssertionError(failure())
            time.sleep(every)
