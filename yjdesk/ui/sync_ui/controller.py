"""One sync at a time for the signed-in profile, off the UI thread, with signals back.

The engine (network and its own short transactions) runs on ``ctx.tasks.run_io``; status
reads run on ``ctx.tasks.run_db``. Progress comes back from the worker by a queued
signal; cancel sets a flag the engine checks between chunks. In the background a timer
syncs whenever the service answers its health check.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from yjdesk.errors import AuthenticationFailed, DeviceRevoked, Offline, SyncError
from yjdesk.services.uow import UnitOfWork
from yjdesk.sync import state
from yjdesk.ui.context import AppContext

if TYPE_CHECKING:  # the client (httpx) and the engine are imported when a sync first runs,
    # not at start-up (tests/unit/test_startup_imports.py)
    from yjdesk.sync.client import SyncClient
    from yjdesk.sync.engine import SyncEngine, SyncResult

log = logging.getLogger(__name__)

BACKGROUND_MS = 5 * 60_000
ClientFactory = Callable[[], "SyncClient"]


def _client_for(ctx: AppContext) -> SyncClient:
    from yjdesk.sync.accounts import client_for

    return client_for(ctx.store)


class SyncController(QObject):
    """``status_changed(Status)``, ``progress(phase, done, total)``, ``started()``,
    ``finished(SyncResult)``, ``failed(exception)``, ``online_changed(bool)``,
    ``device_revoked(exception)``."""

    status_changed = Signal(object)
    progress = Signal(str, int, object)
    started = Signal()
    finished = Signal(object)
    failed = Signal(object)
    online_changed = Signal(bool)
    #: The service revoked this laptop: the shell should sign out and call
    #: :func:`yjdesk.sync.wipe.wipe_revoked_store` (which keeps unsynced work encrypted).
    device_revoked = Signal(object)

    def __init__(self, ctx: AppContext, client_factory: ClientFactory | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_factory = client_factory or (lambda: _client_for(ctx))
        self.running = False
        self.online: bool | None = None
        self.status: state.Status | None = None
        self.last_result: SyncResult | None = None
        self.last_error: BaseException | None = None
        self._cancel = threading.Event()
        self._engine: SyncEngine | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.background_tick)

    # --- status ---------------------------------------------------------------------------

    def refresh_status(self) -> None:
        def read(uow: UnitOfWork) -> state.Status:
            return state.status(uow.session)

        self.ctx.tasks.run_db(read, self._got_status)

    def _got_status(self, status: state.Status) -> None:
        self.status = status
        self.status_changed.emit(status)

    # --- syncing --------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a sync unless one is running; False if one already is."""
        if self.running:
            return False
        self.running = True
        self._cancel.clear()
        self.started.emit()
        self.ctx.tasks.run_io(self._work, self._done, self._error)
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def _work(self) -> SyncResult:
        from yjdesk.sync.engine import SyncEngine

        with self.client_factory() as client:
            engine = SyncEngine(self.ctx.store.session_factory, client,
                                progress=lambda phase, done, total:
                                self.progress.emit(phase, done, total),
                                cancelled=self._cancel.is_set)
            self._engine = engine
            return engine.run()

    def _publish(self) -> None:
        """Tell the views what the sync wrote (also after a sync that stopped half-way)."""
        engine, self._engine = self._engine, None
        if engine is not None:
            self.ctx.publish(engine.changes)

    def _done(self, result: SyncResult) -> None:
        self.running = False
        self.last_result, self.last_error = result, None
        self._set_online(True)
        self._publish()
        self.finished.emit(result)
        self.refresh_status()

    def _error(self, exc: BaseException) -> None:
        from yjdesk.sync.engine import SyncCancelled

        self.running = False
        self.last_error = exc
        self._publish()
        if isinstance(exc, Offline):
            self._set_online(False)
        elif isinstance(exc, DeviceRevoked):
            self.device_revoked.emit(exc)
        elif not isinstance(exc, SyncCancelled | SyncError | AuthenticationFailed):
            log.error("sync failed: %r", exc)
        self.failed.emit(exc)
        self.refresh_status()

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    # --- background -----------------------------------------------------------------------

    def start_background(self, interval_ms: int = BACKGROUND_MS) -> None:
        self.timer.start(interval_ms)

    def stop(self) -> None:
        self.timer.stop()
        self.cancel()

    def background_tick(self) -> None:
        """Sync if nothing is running and the service answers (checked off the UI thread)."""
        if self.running:
            return

        def reachable() -> bool:
            with self.client_factory_no_auth() as client:
                return client.health()

        self.ctx.tasks.run_io(reachable, self._maybe_sync, lambda exc: self._set_online(False))

    def client_factory_no_auth(self) -> SyncClient:
        from yjdesk.sync.client import SyncClient

        with self.ctx.store.session() as session:
            account = state.account_of(session)
        if account is None:
            raise Offline("This profile is not connected to a sync service.")
        return SyncClient(account.server_url, account.device_id)

    def _maybe_sync(self, reachable: bool) -> None:
        self._set_online(reachable)
        if reachable:
            self.sync_now()


def controller_for(ctx: AppContext) -> SyncController:
    """The one controller of this signed-in session (made on first use)."""
    existing = getattr(ctx, "_sync_controller", None)
    if isinstance(existing, SyncController):
        return existing
    controller = SyncController(ctx, parent=ctx.events)
    ctx._sync_controller = controller  # type: ignore[attr-defined]
    return controller
