"""The desktop app's composition root (after Anki's ``aqt._run``).

``run(args)`` builds everything in order: profile folders -> logging -> crash handler ->
``QApplication`` -> first run or sign-in -> main window. Tests call ``run(args, exec_=False)``
and get the :class:`AppShell` back without entering the event loop.

A known problem (wrong password, damaged or locked database, full disk, a newer database
than this program ...) is shown as a dialog with a plain title and message; anything else
gets an apology and the path of the crash log. Never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QVBoxLayout

from yjdesk import __version__
from yjdesk.config import load_settings
from yjdesk.crash import CrashHandler, take_previous_crash
from yjdesk.demo import DEMO_USERNAME
from yjdesk.errors import KnownError
from yjdesk.log import setup_logging, shutdown_logging
from yjdesk.paths import Paths, resolve
from yjdesk.services.policy import Policy, use_policy
from yjdesk.store import LocalStore
from yjdesk.sync.accounts import client_for
from yjdesk.sync.wipe import WipeResult, wipe_revoked_store
from yjdesk.ui import sync_ui
from yjdesk.ui.background import BackgroundCall
from yjdesk.ui.connect_dialog import ConnectDialog
from yjdesk.ui.context import AppContext, Events
from yjdesk.ui.error_dialog import ErrorDialog, set_crash_log, show_error
from yjdesk.ui.main_window import MainWindow
from yjdesk.ui.signin import DemoSignInDialog, FirstRunDialog, Session, SignInDialog
from yjdesk.ui.sync_ui import SyncController
from yjdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from yjdesk.demo_service import DemoService

log = logging.getLogger(__name__)

#: How often a demo laptop syncs with the local demo service in the background.
DEMO_SYNC_MS = 60_000

EXIT_OK = 0
EXIT_KNOWN_ERROR = 2
EXIT_BUG = 70


def profile_paths(args: argparse.Namespace) -> Paths:
    """The profile folder: ``--data-dir`` / ``YJDESK_HOME`` / platformdirs; demo in ``demo/``."""
    paths = resolve(getattr(args, "data_dir", None))
    if getattr(args, "demo", False):
        paths = Paths(paths.root / "demo")
    return paths


def load_policy(paths: Paths) -> Policy:
    # Machine-wide deployment settings (yjdesk/config.py): policy presets, the CA bundle.
    settings = load_settings(paths)
    settings.apply_tls_environment()
    policy = settings.effective_policy()
    use_policy(policy)  # the services' fallback (e.g. the caseload's due dates) follows it
    return policy


class AppShell(QObject):
    """Owns the signed-in session and its window; signs in again after "Sign out"."""

    window_ready = Signal(object)

    def __init__(self, app: QApplication, paths: Paths, args: argparse.Namespace,
                 crash: CrashHandler | None = None, idle_ms: int | None = None) -> None:
        super().__init__()
        self.app = app
        self.paths = paths
        self.args = args
        self.crash = crash
        self.idle_ms = idle_ms
        self.policy: Policy | None = None
        self.dialog: QDialog | None = None
        self.window: MainWindow | None = None
        self.ctx: AppContext | None = None
        self.error_dialog: ErrorDialog | None = None
        #: The "problem last time" message, when crash.log had something in it.
        self.crash_notice: QMessageBox | None = None
        self.demo_password: str | None = None
        self.demo_username = ""
        #: The local demo sync service (``--demo`` only), stopped at shutdown.
        self.demo_service: DemoService | None = None
        self._call: BackgroundCall | None = None
        self.sync: SyncController | None = None
        self.revoked_notice: QMessageBox | None = None
        self._closed = False
        self._signing_out = False

    # --- starting ---------------------------------------------------------------------------

    def start(self) -> None:
        self.policy = load_policy(self.paths)
        if getattr(self.args, "demo", False):
            self._prepare_demo()
        elif LocalStore.exists(self.paths):
            self.sign_in()
        else:
            self.first_run()

    def _prepare_demo(self) -> None:
        """Start the local demo sync service (seeded on first use), then offer its users."""
        scale = str(getattr(self.args, "scale", "demo") or "demo")
        try:
            from yjdesk.demo_service import DemoService
        except ImportError as exc:
            # A desktop build without the sync service package: the demo runs on one local
            # profile holding the whole service.
            log.info("no demo sync service in this build (%s): local demo profile", exc)
            self._prepare_local_demo(scale)
            return
        service = DemoService(self.paths.ensure().root, scale)
        self.demo_service = service
        wait = QDialog()
        wait.setWindowTitle("yjdesk demo")
        QVBoxLayout(wait).addWidget(QLabel(
            "Starting the demo sync service on this computer (invented people only). The "
            "first time it also makes the demo data, which takes a few seconds..."))
        if not service.database.exists():
            wait.show()

        def done(_url: object) -> None:
            wait.close()
            wait.deleteLater()
            if self._closed:
                return
            self.demo_password = service.password
            self.sign_in()

        def failed(exc: BaseException) -> None:
            wait.close()
            wait.deleteLater()
            self.fail(exc)

        self._call = BackgroundCall(service.start, done, failed, self).start()

    def _prepare_local_demo(self, scale: str) -> None:
        from yjdesk.demo import ensure_demo_profile

        wait = QDialog()
        wait.setWindowTitle("yjdesk demo")
        QVBoxLayout(wait).addWidget(QLabel(
            "Preparing the demo service (invented people only). This takes a few seconds "
            "the first time..."))
        already = LocalStore.exists(self.paths)
        if not already:
            wait.show()
        paths = self.paths

        def done(demo: object) -> None:
            wait.close()
            wait.deleteLater()
            self.demo_password = str(getattr(demo, "password", ""))
            self.demo_username = str(getattr(demo, "username", ""))
            self.sign_in()

        def failed(exc: BaseException) -> None:
            wait.close()
            wait.deleteLater()
            self.fail(exc)

        self._call = BackgroundCall(lambda: ensure_demo_profile(paths.ensure(), scale),
                                    done, failed, self).start()

    def first_run(self) -> FirstRunDialog | ConnectDialog:
        """A laptop's first start: connect to the council's service when one is configured
        (the usual deployment), else make a stand-alone local profile."""
        settings = load_settings(self.paths)
        if settings.server_url:
            connect = ConnectDialog(self.paths, settings)
            self._show_dialog(connect)
            return connect
        return self.first_run_local()

    def first_run_local(self) -> FirstRunDialog:
        assert self.policy is not None
        dialog = FirstRunDialog(self.paths.ensure(), self.policy)
        self._show_dialog(dialog)
        return dialog

    def sign_in(self) -> SignInDialog:
        if self.demo_service is not None:
            dialog: SignInDialog = DemoSignInDialog(
                self.demo_service, username=self.demo_username or DEMO_USERNAME)
        else:
            dialog = SignInDialog(self.paths, username=self.demo_username,
                                  demo_password=self.demo_password)
        self._show_dialog(dialog)
        return dialog

    def _show_dialog(self, dialog: FirstRunDialog | SignInDialog | ConnectDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._signed_in(dialog))
        dialog.rejected.connect(self.quit)
        dialog.show()

    def _signed_in(self, dialog: FirstRunDialog | SignInDialog | ConnectDialog) -> None:
        session = dialog.session
        self.dialog = None
        if isinstance(dialog, DemoSignInDialog):
            self.demo_username = dialog.username
        dialog.deleteLater()
        if session is not None:
            self.open_window(session, connected=isinstance(dialog, ConnectDialog))

    def open_window(self, session: Session, *, connected: bool = False) -> MainWindow:
        assert self.policy is not None
        tasks = TaskRunner(session.store, session.actor)
        self.ctx = AppContext(store=session.store, actor=session.actor, tasks=tasks,
                              policy=self.policy, events=Events())
        window = MainWindow(self.ctx, idle_ms=self.idle_ms, settings_path=self.paths.settings)
        window.signed_out.connect(self._signed_out)
        window.closed.connect(self._window_closed)
        self.window = window
        self.sync = sync_ui.install(window, self.ctx)
        self.sync.device_revoked.connect(self._device_revoked)
        self.sync.online_changed.connect(lambda online: window.set_connection_status(
            "Online: connected to the sync service" if online
            else "Offline: changes are kept on this laptop"))
        if self.demo_service is not None:
            self._demo_sync(self.sync, session.store, self.demo_service.password)
        elif connected:
            self.sync.sync_now()  # a new laptop: bring down this user's children now
        window.show()
        log.info("signed in (role %s)", session.actor.role.value)
        self.window_ready.emit(window)
        return window

    @staticmethod
    def _demo_sync(sync: SyncController, store: LocalStore, password: str) -> None:
        """A demo laptop syncs at once and then every minute with the local demo service.

        Every demo user's password is shown on the sign-in screen, so the demo signs in to
        the service with it when there is no keyring to keep a refresh token in.
        """
        sync.client_factory = lambda: client_for(store, password)
        sync.start_background(DEMO_SYNC_MS)
        sync.sync_now()

    # --- stopping ---------------------------------------------------------------------------

    def _end_session(self) -> None:
        sync, self.sync = self.sync, None
        if sync is not None:
            sync.stop()
        window, self.window = self.window, None
        if window is not None:
            window.idle.stop()
            if window.isVisible():
                window.close()
            window.deleteLater()
        ctx, self.ctx = self.ctx, None
        if ctx is not None:
            ctx.tasks.shutdown(wait=True)
            ctx.store.close()

    def _device_revoked(self, exc: BaseException) -> None:
        """The service revoked this laptop: close the session, then wipe the profile.

        Anything not yet on the server is first kept as an encrypted copy for an
        administrator (see :mod:`yjdesk.sync.wipe`); the wipe runs off the UI thread.
        """
        ctx = self.ctx
        if ctx is None:
            return
        log.warning("device revoked by the sync service: wiping the local profile")
        store = ctx.store
        self._signing_out = True
        window, self.window = self.window, None
        sync, self.sync = self.sync, None
        if sync is not None:
            sync.stop()
        if window is not None:
            window.idle.stop()
            window.close()
            window.deleteLater()
        self.ctx = None
        ctx.tasks.shutdown(wait=True)
        self._signing_out = False

        def done(result: WipeResult) -> None:
            self.revoked_notice = _revoked_notice(result)
            self.revoked_notice.finished.connect(lambda _code: self.quit())
            self.revoked_notice.show()

        def failed(exc: BaseException) -> None:
            self.fail(exc)

        self._call = BackgroundCall(lambda: wipe_revoked_store(store), done, failed,
                                    self).start()

    def _signed_out(self) -> None:
        log.info("signed out")
        self._signing_out = True
        self.sign_in()
        self._end_session()
        self._signing_out = False

    def _window_closed(self) -> None:
        if not self._signing_out and not self._closed:
            self.quit()

    def quit(self) -> None:
        self.shutdown()
        self.app.quit()

    def shutdown(self) -> None:
        """Close the window, finish queued database work, close the store, unhook."""
        if self._closed:
            return
        self._closed = True
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self._end_session()
        service, self.demo_service = self.demo_service, None
        if service is not None:
            service.stop()
        set_crash_log(None)
        if self.crash is not None:
            self.crash.uninstall()

    # --- errors -----------------------------------------------------------------------------

    def fail(self, exc: BaseException) -> ErrorDialog:
        """Show a startup error; closing the dialog ends the app."""
        if not isinstance(exc, KnownError):
            log.error("startup failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.error_dialog = show_error(None, exc)
        self.error_dialog.finished.connect(lambda _code: self.quit())
        return self.error_dialog

    def show_previous_crash(self, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, "A problem last time",
                          "Last time, yjdesk ran into a problem it did not expect (or closed "
                          "unexpectedly). Work saved before then is safe. The details are in "
                          f"{self.paths.crash_log.with_name('crash.log.old')}; please send "
                          "that file to your IT service desk.")
        box.setDetailedText(text[-4000:])
        box.open()
        self.crash_notice = box
        return box


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("yjdesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("yjdesk")
    app.setQuitOnLastWindowClosed(False)
    return app


def run(args: argparse.Namespace, exec_: bool = True,
        idle_ms: int | None = None) -> int | AppShell:
    """Start the desktop app and return its exit status.

    With ``exec_=False`` the event loop is not entered: the :class:`AppShell` is returned
    (showing the sign-in or first-run dialog, or a startup error) and the caller must call
    ``shell.shutdown()``. ``idle_ms`` overrides the policy's idle-lock time.
    """
    paths = profile_paths(args)
    crash: CrashHandler | None = None
    previous: str | None = None
    try:
        paths.ensure()
        setup_logging(paths.logs)
        log.info("yjdesk %s starting (profile %s)", __version__, paths.root)
        previous = take_previous_crash(paths.crash_log)
        crash = CrashHandler(paths.crash_log, on_error=_show_uncaught).install()
        set_crash_log(paths.crash_log)
    except OSError as err:
        problem: BaseException | None = KnownError(
            f"The profile folder {paths.root} cannot be used: {err.strerror or err}.")
    else:
        problem = None
    app = _application()
    shell = AppShell(app, paths, args, crash, idle_ms)
    if problem is not None:
        shell.fail(problem)
    else:
        if previous:
            shell.show_previous_crash(previous)
        if getattr(args, "smoke_test", False):  # release check (installers/smoke_test.py)
            from yjdesk.ui.smoke import SmokeTest

            SmokeTest(shell)
        try:
            shell.start()
        except Exception as exc:  # noqa: BLE001 - shown to the person, never a traceback
            shell.fail(exc)
    if not exec_:
        return shell
    try:
        code = app.exec()
    finally:
        shell.shutdown()
        shutdown_logging()
    if shell.error_dialog is not None:
        return EXIT_KNOWN_ERROR if isinstance(shell.error_dialog.error, KnownError) else EXIT_BUG
    return code


def _show_uncaught(exc: BaseException) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        show_error(app.activeWindow(), exc)


def main() -> int:
    from yjdesk.cli import main as cli_main

    return cli_main()


__all__ = ["AppShell", "main", "profile_paths", "run"]


def _revoked_notice(result: WipeResult) -> QMessageBox:
    """Tell the person why their data is gone from this laptop, and where anything unsynced is."""
    box = QMessageBox(QMessageBox.Icon.Warning, "This laptop has been revoked",
                      "The sync service has revoked this laptop, so yjdesk has removed the "
                      "children's records from it.")
    if result.exported_to is not None:
        box.setInformativeText(
            f"{result.unsynced} change(s) had not reached the server. They are kept, "
            f"encrypted, in {result.exported_to} - give that folder to your administrator.")
    else:
        box.setInformativeText("Everything had already reached the server; nothing was lost.")
    return box
