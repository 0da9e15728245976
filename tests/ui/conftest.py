"""UI fixtures: a real AppContext over the test's encrypted store, on the offscreen platform."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import FAST_KDF, TODAY
from yjdesk.services.policy import Policy
from yjdesk.services.uow import Actor
from yjdesk.store import LocalStore
from yjdesk.ui.collector import UiThreadCollector
from yjdesk.ui.context import AppContext, Events
from yjdesk.ui.tasks import TaskRunner


def make_ctx(store: LocalStore, actor: Actor) -> AppContext:
    return AppContext(store=store, actor=actor, tasks=TaskRunner(store, actor),
                      policy=Policy.load(), events=Events(), today=lambda: TODAY)


@pytest.fixture(autouse=True)
def ui_thread_collection(qapp: QApplication) -> Iterator[UiThreadCollector]:
    """As in the app: cycles are freed on the UI thread between events, never by an
    automatic collection on a task worker or inside a widget's constructor. Per test, so
    the tests outside ``tests/ui`` that a worker runs next keep automatic collection."""
    collector = UiThreadCollector().install()
    yield collector
    collector.check()  # a test that never waits for events still frees its cycles
    collector.uninstall()


@pytest.fixture
def ctx(qtbot, store: LocalStore, actor: Actor) -> Iterator[AppContext]:
    c = make_ctx(store, actor)
    errors: list[BaseException] = []
    c.tasks.default_failure = errors.append
    yield c
    c.tasks.shutdown()
    assert not errors, f"background task failed: {errors!r}"


def wait_idle(qtbot, ctx: AppContext, timeout: int = 20000) -> None:
    """Wait until every background task has delivered its result to the UI thread."""
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=timeout)


@pytest.fixture(scope="session")
def tour_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tour's synthetic service, built once for the run's tours (each tour process
    copies it: building it anew cost every tour its migrations, key and demo data)."""
    from yjdesk.demo.generator import generate
    from yjdesk.laptop import LaptopStore
    from yjdesk.paths import Paths
    from yjdesk.ui import tour

    folder = tmp_path_factory.mktemp("tour-profile") / "profile"
    store = LaptopStore.create(Paths(folder).ensure(), tour.PASSWORD, kdf=FAST_KDF)
    try:
        with store.engine.begin() as conn:
            generate(conn, "tiny", seed=12, today=TODAY)
    finally:
        store.close()
    return folder
