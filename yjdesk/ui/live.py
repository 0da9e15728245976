"""Views that stay current: load on the database worker, reload when what they read changes.

A view hands :class:`LiveData` its ``fetch(uow)`` and ``show(data)``. Each load records the
tables its unit of work read; a published :class:`~yjdesk.store.changes.Changes` that
touches one of them (for the view's child, if it is a child's view) reloads it. Nothing is
typed by hand: a view that starts reading another table is subscribed to it by its next
load.
"""

from __future__ import annotations

import inspect
import logging
import weakref
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from yjdesk.services.uow import UnitOfWork
from yjdesk.store.changes import Changes
from yjdesk.ui.context import AppContext
from yjdesk.ui.widgets.lifetime import alive

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])


def _weakly(fn: F | None) -> F | None:
    """A bound method held without keeping its object alive (the view owns us, not the
    other way round: a deleted view's wrapper must go at once, not at the next gc)."""
    if fn is None or not inspect.ismethod(fn):
        return fn
    ref = weakref.WeakMethod(fn)

    def call(*args: Any) -> Any:
        method = ref()
        return None if method is None else method(*args)

    return cast(F, call)


class LiveData(QObject):
    """Loads ``fetch`` for ``owner`` and keeps it current.

    ``fetch(uow)`` runs on the database worker, so it must not read widgets: a view whose
    query depends on its controls (a date range, a team) passes :meth:`query` instead, a
    function called on the UI thread at each load that returns the ``fn(uow)`` to run.

    ``child_id``: only changes to this child's rows (or rows of no child) reload it.
    ``also``: tables to watch beyond those read (rarely needed).
    Signals: ``loaded(data)`` after ``show`` ran, ``failed(exc)``.
    """

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, ctx: AppContext, owner: QWidget,
                 fetch: Callable[[UnitOfWork], Any] | None,
                 show: Callable[[Any], None], *, child_id: str | None = None,
                 query: Callable[[], Callable[[UnitOfWork], Any]] | None = None,
                 also: Iterable[str] = (),
                 on_failure: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self._owner = weakref.ref(owner)
        self.fetch = _weakly(fetch)
        self.query = _weakly(query)
        self.show = cast(Callable[[Any], None], _weakly(show))
        self.child_id = child_id
        self.also = frozenset(also)
        self.on_failure = _weakly(on_failure)
        #: The tables the last load read (plus ``also``): what this view watches.
        self.tables: frozenset[str] = self.also
        self.loads = 0
        self.data: Any = None
        self.paused = False
        self._loading = False
        self._again = False
        ctx.events.changed.connect(self._changed)

    @property
    def owner(self) -> QWidget | None:
        owner = self._owner()
        return owner if owner is not None and alive(owner) else None

    @property
    def loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        """Load now (or once more after the load in flight)."""
        if self.paused:
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        fetch = self._query()

        def job(uow: UnitOfWork) -> tuple[Any, frozenset[str]]:
            data = fetch(uow)
            return data, uow.tables_read

        self.ctx.tasks.run_db(job, self._done, self._failed, origin=self)

    def _query(self) -> Callable[[UnitOfWork], Any]:
        if self.query is not None:
            return self.query()
        assert self.fetch is not None, "LiveData needs fetch or query"
        return self.fetch

    def watch(self, tables: frozenset[str]) -> None:
        """Also watch ``tables`` (read by a follow-up task of the same load)."""
        self.tables = self.tables | tables

    def pause(self) -> None:
        """Stop reloading (the window is locked); :meth:`resume` loads again."""
        self.paused = True
        self._again = False

    def resume(self) -> None:
        self.paused = False
        self.reload()

    def _done(self, result: tuple[Any, frozenset[str]]) -> None:
        self._loading = False
        if self.paused or self.owner is None:
            return
        data, tables = result
        self.tables = tables | self.also
        self.loads += 1
        #: What the last load brought (view data; tests check it holds no ORM rows).
        self.data = data
        self.show(data)
        self.loaded.emit(data)
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self._again = False
        if self.paused or self.owner is None:
            return
        self.failed.emit(exc)
        (self.on_failure or self.ctx.tasks.default_failure)(exc)

    def _changed(self, changes: Changes) -> None:
        if self.paused or changes.origin is self or self.owner is None:
            return
        if self._loading:
            # a sync's transactions may have interleaved with the load in flight
            self._again = True
        elif changes.touches(self.tables, self.child_id):
            self.reload()
