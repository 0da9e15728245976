"""Background work for the UI (after Anki's ``taskman.py``).

Two executors: one serial worker for the database (SQLite writes are serial anyway) and a
small pool for network and file I/O. Results come back to the UI thread by a queued signal;
the UI thread never waits on either.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from yjdesk.services.uow import Actor, UnitOfWork
from yjdesk.store import LocalStore
from yjdesk.store.changes import NO_CHANGES, Changes

log = logging.getLogger(__name__)
T = TypeVar("T")

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Runs work off the UI thread and calls back on it.

    ``run_db(fn, on_success, on_failure)``: ``fn(uow)`` runs on the database worker inside a
    :class:`UnitOfWork` (committed if ``fn`` returns, rolled back if it raises). Callbacks run
    on the UI thread. Without ``on_failure``, :attr:`default_failure` is called (the main
    window shows an error dialog).
    """

    _done = Signal(object, object, object, object)  # task number, result, error, changes
    #: What a database task committed (a :class:`~yjdesk.store.changes.Changes`), published
    #: on the UI thread just before the task's own callback runs.
    changed = Signal(object)

    def __init__(self, store: LocalStore, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="yjdesk-db")
        self._io = ThreadPoolExecutor(max_workers=3, thread_name_prefix="yjdesk-io")
        self._pending = 0
        self._closed = False
        #: Each task's work and callbacks until its result is delivered (see :meth:`_submit`).
        self._held: dict[int, tuple[Any, Success | None, Failure | None]] = {}
        self._tokens = itertools.count()
        self.default_failure: Failure = lambda exc: log.error("task failed: %s", exc)
        # Queued even when emitted on the UI thread: a task that ends before its callback is
        # attached (``add_done_callback`` then runs it at once, on the caller's thread) is
        # still delivered by the event loop, never inside the ``run_db`` call that started it
        # (a MainWindow received its caseload before anyone had connected to hear of it).
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # --- submitting -------------------------------------------------------------------------

    def run_db(self, fn: Callable[[UnitOfWork], T], on_success: Callable[[T], None] | None = None,
               on_failure: Failure | None = None, *, origin: object = None) -> Future[T]:
        """Run ``fn(uow)`` on the database worker; what it committed is published on
        :attr:`changed` (tagged with ``origin``, so a view can tell its own loads)."""
        committed: list[Changes] = []
        store, actor = self.store, self.actor

        def job(work: Callable[[UnitOfWork], T]) -> T:
            uow = UnitOfWork(store.session_factory, actor, store.paths.database)
            try:
                with uow:
                    return work(uow)
            finally:
                committed.append(uow.changes.with_origin(origin))

        return self._submit(self._db, job, fn, on_success, on_failure, committed)

    def run_io(self, fn: Callable[[], T], on_success: Callable[[T], None] | None = None,
               on_failure: Failure | None = None) -> Future[T]:
        return self._submit(self._io, lambda work: work(), fn, on_success, on_failure, [])

    def _submit(self, pool: ThreadPoolExecutor, job: Callable[[Any], T], work: Any,
                on_success: Callable[[T], None] | None, on_failure: Failure | None,
                committed: list[Changes]) -> Future[T]:
        """``job(work)`` on ``pool``. The work and the callbacks wait here, on the UI thread,
        and the worker looks them up by a number: the worker thread must never drop the last
        reference to them. A bound method of a widget nothing else owns (a page made by a
        test, a view closed while its load ran) would otherwise be deleted on the worker
        thread, and Qt then delivers the widget's timers to freed memory (a crash)."""
        self._pending += 1
        token = next(self._tokens)
        self._held[token] = (work, on_success, on_failure)
        held = self._held

        def run() -> T:
            try:
                return job(held[token][0])  # (the reference is gone when run returns)
            except BaseException as exc:  # nor may the traceback's frames keep it
                traceback.clear_frames(exc.__traceback__)
                raise

        future = pool.submit(run)

        def finished(fut: Future[T]) -> None:
            exc = fut.exception()
            changes = committed[0] if committed else NO_CHANGES
            self._done.emit(token, None if exc else fut.result(), exc, changes)

        future.add_done_callback(finished)
        return future

    @Slot(object, object, object, object)
    def _deliver(self, token: int, result: Any, error: BaseException | None,
                 changes: Changes) -> None:
        self._pending -= 1
        _work, on_success, on_failure = self._held.pop(token)
        if self._closed:
            # The session has ended (store closed, window gone): work still in flight at
            # shutdown has finished, but there is nobody left to tell. A failure (say, the
            # last save of a draft) must still reach the log file.
            if error is not None:
                log.warning("background task failed after sign-out: %r", error)
            return
        if changes:
            self.changed.emit(changes)
        if error is not None:
            (on_failure or self.default_failure)(error)
        elif on_success is not None:
            on_success(result)

    # --- life cycle ------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def shutdown(self, wait: bool = True) -> None:
        """Finish queued work (a draft being saved must land) and stop the workers.

        Results that arrive afterwards are not delivered: the session they belong to is over.
        """
        self._closed = True
        self._db.shutdown(wait=wait)
        self._io.shutdown(wait=wait, cancel_futures=True)
