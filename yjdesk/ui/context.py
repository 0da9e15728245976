"""What every page and tab is given: the store, who is signed in, the task runner, policy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from yjdesk.services.policy import Policy
from yjdesk.services.uow import Actor, UnitOfWork
from yjdesk.store import LocalStore
from yjdesk.store.changes import Changes
from yjdesk.ui.tasks import TaskRunner


class Events(QObject):
    """App-wide notifications.

    ``changed(changes)``: a :class:`~yjdesk.store.changes.Changes` -- the tables and
    children that committed work touched, published after every database task and every
    sync. Nobody types these names: the unit of work records them (see
    :class:`yjdesk.ui.live.LiveData` for views that reload on them).
    """

    changed = Signal(object)
    #: Ask the main window to open a child's record (child_id, optional tab key).
    open_child = Signal(str, str)
    #: Ask the main window to show a page by key.
    open_page = Signal(str)
    #: A message for the status bar.
    status = Signal(str)


@dataclass
class AppContext:
    store: LocalStore
    actor: Actor
    tasks: TaskRunner
    policy: Policy
    events: Events
    #: Today's date; tests pin it.
    today: Callable[[], dt.date] = field(default=dt.date.today)

    def uow(self) -> UnitOfWork:
        """A unit of work for code already on the database worker (never on the UI thread)."""
        return UnitOfWork(self.store.session_factory, self.actor, self.store.paths.database)

    def __post_init__(self) -> None:
        self.tasks.changed.connect(self.events.changed)

    def publish(self, changes: Changes) -> None:
        """Tell every view what work done outside the task runner (a sync) changed."""
        if changes:
            self.events.changed.emit(changes)
