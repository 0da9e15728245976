"""``yjdesk --demo``: the launcher the desktop app is handed to start on invented data.

:class:`DemoLauncher` follows the app's :class:`~yjdesk.app.Launcher` protocol. It starts the
local demo sync service (:mod:`yjdesk.demo.service`, seeded on first use) and offers its
users in a :class:`DemoSignInDialog`; a demo laptop then syncs with it every minute. A
desktop build without the sync service package gets one local demo profile instead
(:func:`yjdesk.demo.generator.ensure_demo_profile`). The product's own start-up
(``app.py``, ``signin.py``) knows nothing of the demo.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QButtonGroup, QDialog, QLabel, QRadioButton, QVBoxLayout, QWidget

from yjdesk.demo.generator import DEMO_USERNAME, DemoProfile, ensure_demo_profile
from yjdesk.errors import AuthenticationFailed
from yjdesk.paths import Paths
from yjdesk.store import LocalStore
from yjdesk.sync.accounts import client_for
from yjdesk.ui.background import BackgroundCall
from yjdesk.ui.i18n import fill, tr
from yjdesk.ui.messages import error_text
from yjdesk.ui.signin import SignedIn, SignInDialog, signed_in

if TYPE_CHECKING:
    from yjdesk.demo.service import DemoService
    from yjdesk.ui.sync_ui import SyncController

log = logging.getLogger(__name__)

#: How often a demo laptop syncs with the local demo service in the background.
DEMO_SYNC_MS = 60_000


class DemoLauncher(QObject):
    """Prepares the demo before sign-in, offers its users, and keeps its laptops in sync."""

    def __init__(self, scale: str = "demo") -> None:
        super().__init__()
        self.scale = scale or "demo"
        #: The local demo sync service, stopped by :meth:`stop`; ``None`` in a build
        #: without the sync service (one local demo profile instead).
        self.service: DemoService | None = None
        #: The password every demo user has (shown on the sign-in screen).
        self.password: str | None = None
        self.username = ""
        self._call: BackgroundCall | None = None

    def profile_paths(self, paths: Paths) -> Paths:
        """Demo profiles live in ``demo/`` under the data folder, apart from real ones."""
        return Paths(paths.root / "demo")

    def prepare(self, paths: Paths, ready: Callable[[], None],
                failed: Callable[[BaseException], object]) -> None:
        """Start the demo service (seeded on first use) off the UI thread, then ``ready()``."""
        try:
            from yjdesk.demo.service import DemoService
        except ImportError as exc:
            log.info("no demo sync service in this build (%s): local demo profile", exc)
            self._prepare_local(paths, ready, failed)
            return
        service = DemoService(paths.ensure().root, self.scale)
        self.service = service
        wait = _wait_dialog(
            tr("Starting the demo sync service on this computer (invented people only). The "
               "first time it also makes the demo data, which takes a few seconds..."),
            show=not service.database.exists())

        def done(_url: object) -> None:
            _close(wait)
            self.password = service.password
            ready()

        def fail(exc: BaseException) -> None:
            _close(wait)
            failed(exc)

        self._call = BackgroundCall(service.start, done, fail, self).start()

    def _prepare_local(self, paths: Paths, ready: Callable[[], None],
                       failed: Callable[[BaseException], object]) -> None:
        wait = _wait_dialog(
            tr("Preparing the demo service (invented people only). This takes a few seconds "
               "the first time..."), show=not LocalStore.exists(paths))
        scale = self.scale

        def done(demo: DemoProfile) -> None:
            _close(wait)
            self.password = demo.password
            self.username = demo.username
            ready()

        def fail(exc: BaseException) -> None:
            _close(wait)
            failed(exc)

        self._call = BackgroundCall(lambda: ensure_demo_profile(paths.ensure(), scale),
                                    done, fail, self).start()

    def sign_in_dialog(self, paths: Paths) -> SignInDialog:
        if self.service is not None:
            return DemoSignInDialog(self.service, username=self.username or DEMO_USERNAME)
        return SignInDialog(paths, username=self.username, notice=(
            f"<b>Demo data</b>: every person in it is invented. Sign in as "
            f"<b>{self.username}</b> with the password "
            f"<b style='white-space:nowrap'>{self.password}</b>"))

    def signed_in(self, dialog: SignInDialog) -> None:
        if isinstance(dialog, DemoSignInDialog):
            self.username = dialog.username

    def window_opened(self, sync: SyncController, store: LocalStore) -> None:
        """A demo laptop syncs at once and then every minute with the local demo service.

        Every demo user's password is shown on the sign-in screen, so the demo signs in to
        the service with it when there is no keyring to keep a refresh token in.
        """
        service = self.service
        if service is None:
            return
        password = service.password
        sync.client_factory = lambda: client_for(store, password)
        sync.start_background(DEMO_SYNC_MS)
        sync.sync_now()

    def stop(self) -> None:
        service, self.service = self.service, None
        if service is not None:
            service.stop()


def _wait_dialog(text: str, *, show: bool) -> QDialog:
    wait = QDialog()
    wait.setWindowTitle(tr("yjdesk demo"))
    QVBoxLayout(wait).addWidget(QLabel(text))
    if show:
        wait.show()
    return wait


def _close(wait: QDialog) -> None:
    wait.close()
    wait.deleteLater()


class DemoSignInDialog(SignInDialog):
    """Demo mode: choose one of the invented users and sign in to their own laptop profile.

    Each demo user's profile (``<data root>/demo/<username>/``) is filled from the local demo
    sync service at its first sign-in, with only the children the service lets that user
    see; later sign-ins unlock it and the background sync keeps it in step.
    """

    #: ``(phase, done, total)`` from the sign-in worker (delivered on the UI thread).
    progressed = Signal(str, int, object)

    def __init__(self, service: DemoService, *, username: str = DEMO_USERNAME,
                 parent: QWidget | None = None) -> None:
        super().__init__(Paths(service.root), parent=parent, notice=fill(tr(
            "<b>Demo data</b>: every person in it is invented.<br>The password of every "
            "demo user is <b>%1</b>"), html.escape(service.password)))
        self.service = service
        self.setWindowTitle(tr("Sign in to the yjdesk demo"))
        self.setMinimumWidth(560)
        self.heading.setText(tr("<h2>Sign in to the yjdesk demo</h2>"))
        self.intro.setText(tr(
            "Choose who to be. Each demo user has their own laptop profile on this computer "
            "holding only the children the service lets them see. The first sign-in "
            "downloads it from the demo sync service running on this computer; after that "
            "it syncs in the background, as a real laptop does."))

        chooser = QWidget()
        column = QVBoxLayout(chooser)
        column.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.user_buttons: dict[str, QRadioButton] = {}
        for user in service.users():
            role = tr(user.role.label)
            button = QRadioButton(fill(tr("%1 (%2): %3"), user.display_name, role,
                                       user.holds))
            button.setObjectName(f"demoUser_{user.username}")
            button.setToolTip(fill(
                tr("User name %1; signed in on this computer before")
                if service.has_laptop(user.username) else
                tr("User name %1; the first sign-in downloads their records"),
                user.username))
            self.group.addButton(button)
            self.user_buttons[user.username] = button
            column.addWidget(button)
        (self.user_buttons.get(username) or next(iter(self.user_buttons.values()))).setChecked(
            True)
        self.form.insertRow(1, QLabel(tr("Demo user")), chooser)
        where = QLabel(fill(tr("Demo sync service: %1"), service.url))
        where.setObjectName("demoService")
        where.setProperty("muted", True)
        self.form.insertRow(2, "", where)

        self.status = QLabel()
        self.status.setObjectName("demoStatus")
        self.status.hide()
        self.outer.insertWidget(self.outer.indexOf(self.busy), self.status)
        self.progressed.connect(self._show_progress)
        self.password.setFocus()

    @property
    def username(self) -> str:
        for name, button in self.user_buttons.items():
            if button.isChecked():
                return name
        return DEMO_USERNAME

    def select_user(self, username: str) -> None:
        self.user_buttons[username].setChecked(True)

    def submit(self) -> None:
        if self.working:
            return
        service, username, progress = self.service, self.username, self.progressed.emit

        def job(password: str) -> SignedIn:
            got = service.sign_in(username, password, progress=progress)
            return signed_in(got.store, got.actor)

        if not self.check.start(job):
            return
        name = next(u.display_name for u in service.users() if u.username == username)
        first = not service.has_laptop(username)
        self.status.setText(fill(tr("Signing in as %1 and downloading their records from "
                                    "the demo service...") if first else
                                 tr("Signing in as %1..."), name))
        self.status.show()
        for b in self.user_buttons.values():
            b.setEnabled(False)

    def _show_progress(self, phase: str, done: int, total: object) -> None:
        if phase == "pull" and self.working:
            self.status.setText(fill(tr("Downloading records from the demo service: %1 so "
                                        "far..."), f"{done:,}"))

    def _busy_changed(self, busy: bool) -> None:
        super()._busy_changed(busy)
        if not busy:
            self.status.hide()
            for b in self.user_buttons.values():
                b.setEnabled(True)

    def _explain(self, exc: BaseException) -> bool:
        if isinstance(exc, AuthenticationFailed):
            self.form.set_errors({"password": fill(tr("The demo service refused: %1"),
                                                   error_text(exc))})
            self.password.selectAll()
            return True
        return super()._explain(exc)


def tour_store(folder: Path, password: str, today: dt.date) -> LocalStore:
    """The tiny synthetic service in a fresh store, for the tour of every screen
    (``yjdesk/ui/tour/``: the fit and accessibility tests, ``scripts/screenshots``)."""
    from yjdesk.demo.generator import generate
    from yjdesk.laptop import LaptopStore

    store = LaptopStore.create(Paths(folder).ensure(), password)
    with store.engine.begin() as conn:
        generate(conn, "tiny", seed=12, today=today)
    return store
