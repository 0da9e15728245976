"""The tour itself: a store with the tiny synthetic service, the demo users it signs in
as, and :class:`Tour`, which opens one screen at a time."""

from __future__ import annotations

import datetime as dt
import gc
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)
from sqlalchemy import select

from yjdesk.models import UserAccount
from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.court import PreSentenceReport
from yjdesk.models.org import Role
from yjdesk.paths import Paths
from yjdesk.services.policy import Policy
from yjdesk.services.uow import Actor
from yjdesk.store import LocalStore
from yjdesk.ui.collector import UiThreadCollector
from yjdesk.ui.context import AppContext, Events
from yjdesk.ui.main_window import MainWindow
from yjdesk.ui.tasks import TaskRunner

PASSWORD = "tour of every screen"
#: The users the tour signs in as, and the role each brings.
ROLE_USERS = {
    Role.PRACTITIONER: "sam.practitioner",
    Role.TEAM_MANAGER: "morgan.manager",
    Role.SERVICE_MANAGER: "alex.servicemanager",
}

#: Pages seen as the person who works them (the countersign queue is a team manager's,
#: "My week" a practitioner's: a service manager's week is empty).
PAGE_ROLES = {"countersign_queue": Role.TEAM_MANAGER, "my_week": Role.PRACTITIONER}


@dataclass(frozen=True)
class Stop:
    """One place on the tour. ``open(tour)`` returns the top-level widget to look at."""

    key: str
    kind: str  # "page", "tab" or "dialog"
    open: Callable[[Tour], QWidget]


def wait_until(pred: Callable[[], bool], timeout_s: float = 20.0) -> None:
    """Process events until ``pred()`` holds (or raise after ``timeout_s``)."""
    end = time.monotonic() + timeout_s
    while not pred():
        if time.monotonic() > end:
            raise TimeoutError("the tour waited too long for a screen to load")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def demo_store(folder: Path, today: dt.date, copy_of: Path | None = None) -> LocalStore:
    """A fresh encrypted store holding the tiny synthetic service.

    ``copy_of``: a closed profile folder made the same way (``demo_store`` then ``close``) to
    copy instead of building one (the test suite builds it once for all its tours)."""
    if copy_of is not None:
        import shutil

        from yjdesk.laptop import LaptopStore

        source, paths = Paths(copy_of), Paths(folder).ensure()
        if Path(f"{source.database}-wal").exists():
            raise ValueError(f"{copy_of} is still open")
        shutil.copyfile(source.database, paths.database)
        shutil.copyfile(source.keyfile, paths.keyfile)
        return LaptopStore.open(paths, PASSWORD)
    from yjdesk.ui.demo_launcher import tour_store

    return tour_store(folder, PASSWORD, today)


class Tour:
    """Opens the app's screens on ``store`` as the demo users, one stop at a time."""

    def __init__(self, store: LocalStore, today: dt.date) -> None:
        self.store = store
        self.today = today
        self.contexts: dict[Role, AppContext] = {}
        self.windows: dict[Role, MainWindow] = {}
        self.open_dialog: QDialog | None = None
        self._child: str | None = None
        #: Background tasks that failed on the way (a screen that could not load).
        self.failures: list[str] = []
        #: As in the app: cycles are collected on the UI thread, between screens (an
        #: automatic collection inside a dialog's constructor crashed the walk).
        self.collector = UiThreadCollector().install()

    # --- set-up -------------------------------------------------------------------------------

    def ctx(self, role: Role) -> AppContext:
        if role not in self.contexts:
            with self.store.session() as s:  # a demo user of the role, if it has one
                user = s.scalars(select(UserAccount).where(
                    UserAccount.username == ROLE_USERS[role]) if role in ROLE_USERS else
                    select(UserAccount).where(UserAccount.role == role).order_by(
                        UserAccount.username).limit(1)).first() or s.scalars(
                    select(UserAccount).where(UserAccount.username == ROLE_USERS[
                        Role.SERVICE_MANAGER])).one()
                actor = Actor(user.id, role, user.team_id, "tour", user.display_name)
            self.contexts[role] = AppContext(
                store=self.store, actor=actor, tasks=TaskRunner(self.store, actor),
                policy=Policy.load(), events=Events(), today=lambda: self.today)
        return self.contexts[role]

    def window(self, role: Role = Role.SERVICE_MANAGER) -> MainWindow:
        if role not in self.windows:
            win = MainWindow(self.ctx(role), idle_ms=24 * 3600 * 1000)
            win.idle.stop()
            self.ctx(role).tasks.default_failure = lambda exc: self.failures.append(
                f"{type(exc).__name__}: {exc}")
            win.resize(1280, 720)
            self.windows[role] = win
        win = self.windows[role]
        if win.locked:
            win.unlock()
        win.show()
        return win

    def idle(self, role: Role = Role.SERVICE_MANAGER) -> None:
        """Wait until the screen has loaded: no task running over a few turns of the event
        loop (a screen that loads in steps starts its next step from the first one's
        result, after the runner was briefly idle: the caseload's "Next due")."""
        ctx = self.ctx(role)
        quiet = 0
        while quiet < 3:
            wait_until(lambda: not ctx.tasks.busy)
            QCoreApplication.processEvents()
            time.sleep(0.01)
            QCoreApplication.processEvents()
            quiet = quiet + 1 if not ctx.tasks.busy else 0

    def close(self) -> None:
        self.close_dialog()
        for win in self.windows.values():
            win.close()
        for ctx in self.contexts.values():
            wait_until(lambda c=ctx: not c.tasks.busy)  # type: ignore[misc]
            ctx.tasks.shutdown()
        QCoreApplication.processEvents()
        self.collector.uninstall()
        gc.unfreeze()

    def close_dialog(self) -> None:
        if self.open_dialog is not None:
            dialog, self.open_dialog = self.open_dialog, None
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            dialog.reject()
            dialog.hide()
            dialog.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QCoreApplication.processEvents()
            self.collector.collect_now()
            # What is left is kept for the rest of the walk (the windows, their pages, the
            # modules): the next collection looks only at what the next screens make. A full
            # one over everything after each of some 50 dialogs was 40% of a walk's time.
            gc.freeze()

    def scalar(self, stmt):
        with self.store.session() as s:
            return s.scalar(stmt)

    # --- the child the tour opens -------------------------------------------------------------

    def court_child(self) -> str:
        """A child with a pre-sentence report (and so hearings, offences and assessments)."""
        if self._child is None:
            assessed = select(AssessmentStage.child_id)
            self._child = str(self.scalar(select(PreSentenceReport.child_id).order_by(
                PreSentenceReport.child_id.in_(assessed).desc(), PreSentenceReport.id
            ).limit(1)))
        return self._child

    def open_record(self, tab: str, role: Role = Role.SERVICE_MANAGER) -> MainWindow:
        win = self.window(role)
        view = win.open_child(self.court_child(), tab)
        assert view is not None
        wait_until(lambda: view.record is not None)
        view.show_tab(tab)
        self.idle(role)
        return win

    def page(self, key: str, role: Role = Role.SERVICE_MANAGER) -> MainWindow:
        win = self.window(role)
        win.close_child()
        win.open_page(key)
        self.idle(role)
        return win

    def dialog(self, make: Callable[[AppContext, QWidget], QDialog],
               role: Role = Role.SERVICE_MANAGER) -> QDialog:
        win = self.window(role)
        win.close_child()
        dialog = make(self.ctx(role), win)
        dialog.show()
        self.open_dialog = dialog
        self.idle(role)
        return dialog


# --- the stops -------------------------------------------------------------------------------
