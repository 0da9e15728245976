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
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from yjdesk import __version__
from yjdesk.config import load_settings
from yjdesk.crash import CrashHandler, take_previous_crash
from yjdesk.errors import KnownError
from yjdesk.log import setup_logging, shutdown_logging
from yjdesk.paths import Paths, resolve
from yjdesk.services.policy import Policy, use_policy
from yjdesk.store import LocalStore
from yjdesk.ui.background import BackgroundCall
from yjdesk.ui.collector import UiThreadCollector
from yjdesk.ui.connect_dialog import ConnectDialog
from yjdesk.ui.context import AppContext, Events
from yjdesk.ui.design import apply_theme
from yjdesk.ui.error_dialog import ErrorDialog, set_crash_log, show_error
from yjdesk.ui.i18n import counted, fill, tr
from yjdesk.ui.settings import load_settings as load_window_settings
from yjdesk.ui.signin import FirstRunDialog, SignedIn, SignInDialog
from yjdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:  # imported where used: the wipe and the sync page are not needed to show
    # the caseload (tests/unit/test_startup_imports.py), nor the main window to show the
    # sign-in dialog (it is imported while the key derives: SignInDialog.submit)
    from yjdesk.sync.wipe import WipeResult
    from yjdesk.ui.main_window import MainWindow
    from yjdesk.ui.sync_ui import SyncController

log = logging.getLogger(__name__)

EXIT_KNOWN_ERROR = 2
EXIT_BUG = 70


class Launcher(Protocol):
    """Another way to start than a laptop's own profile (``yjdesk --demo`` hands one in).

    It may move the profile folder, prepares before the first sign-in (off the UI thread),
    supplies the sign-in dialog, and follows the signed-in window's sync.
    """

    #: A password the launcher's sign-in offers to everyone (the release smoke test uses it).
    password: str | None

    def profile_paths(self, paths: Paths) -> Paths: ...

    def prepare(self, paths: Paths, ready: Callable[[], None],
                failed: Callable[[BaseException], object]) -> None: ...

    def sign_in_dialog(self, paths: Paths) -> SignInDialog: ...

    def signed_in(self, dialog: SignInDialog) -> None: ...

    def window_opened(self, sync: SyncController, store: LocalStore) -> None: ...

    def stop(self) -> None: ...


def profile_paths(args: argparse.Namespace, launcher: Launcher | None = None) -> Paths:
    """The profile folder: ``--data-dir`` / ``YJDESK_HOME`` / platformdirs (or the
    launcher's)."""
    paths = resolve(getattr(args, "data_dir", None))
    return launcher.profile_paths(paths) if launcher is not None else paths


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
                 crash: CrashHandler | None = None, idle_ms: int | None = None,
                 launcher: Launcher | None = None) -> None:
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
        #: Hands the start-up to something else (the demo); stopped at shutdown.
        self.launcher = launcher
        self._call: BackgroundCall | None = None
        self.sync: SyncController | None = None
        self.revoked_notice: QMessageBox | None = None
        #: Cycles are collected on the UI thread between events, never mid-widget.
        self.collector = UiThreadCollector(self).install()
        self._closed = False
        self._signing_out = False

    # --- starting ---------------------------------------------------------------------------

    def start(self) -> None:
        self.policy = load_policy(self.paths)
        if self.launcher is not None:
            self.launcher.prepare(self.paths, self._launcher_ready, self.fail)
        elif LocalStore.exists(self.paths):
            self.sign_in()
        else:
            self.first_run()

    def _launcher_ready(self) -> None:
        if not self._closed:
            self.sign_in()

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
        dialog = (self.launcher.sign_in_dialog(self.paths) if self.launcher is not None
                  else SignInDialog(self.paths))
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
        if self.launcher is not None and isinstance(dialog, SignInDialog):
            self.launcher.signed_in(dialog)
        dialog.deleteLater()
        if session is not None:
            self.open_window(session, connected=isinstance(dialog, ConnectDialog))

    def open_window(self, session: SignedIn, *, connected: bool = False) -> MainWindow:
        from yjdesk.ui import sync_ui
        from yjdesk.ui.main_window import MainWindow

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
        if self.launcher is not None:
            self.launcher.window_opened(self.sync, session.store)
        elif connected:
            self.sync.sync_now()  # a new laptop: bring down this user's children now
        window.fit_to_screen()
        window.show()
        log.info("signed in (role %s)", session.actor.role.value)
        self.window_ready.emit(window)
        return window

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
        from yjdesk.sync.wipe import wipe_revoked_store

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
        if self.launcher is not None:
            self.launcher.stop()
        set_crash_log(None)
        if self.crash is not None:
            self.crash.uninstall()
        self.collector.uninstall()

    # --- errors -----------------------------------------------------------------------------

    def fail(self, exc: BaseException) -> ErrorDialog:
        """Show a startup error; closing the dialog ends the app."""
        if not isinstance(exc, KnownError):
            log.error("startup failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.error_dialog = show_error(None, exc)
        self.error_dialog.finished.connect(lambda _code: self.quit())
        return self.error_dialog

    def show_previous_crash(self, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, tr("A problem last time"), fill(tr(
            "Last time, yjdesk ran into a problem it did not expect (or closed unexpectedly). "
            "Work saved before then is safe. The details are in %1; please send that file "
            "to your IT service desk."), str(self.paths.crash_log.with_name("crash.log.old"))))
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
    from yjdesk.ui import i18n

    i18n.install(app)  # the person's language, where the build has a translation
    return app


def run(args: argparse.Namespace, exec_: bool = True, idle_ms: int | None = None,
        launcher: Launcher | None = None) -> int | AppShell:
    """Start the desktop app and return its exit status.

    With ``exec_=False`` the event loop is not entered: the :class:`AppShell` is returned
    (showing the sign-in or first-run dialog, or a startup error) and the caller must call
    ``shell.shutdown()``. ``idle_ms`` overrides the policy's idle-lock time.
    """
    paths = profile_paths(args, launcher)
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
    apply_theme(app, os.environ.get("YJDESK_APPEARANCE")
                or str(load_window_settings(paths.settings).get("appearance", "system")))
    shell = AppShell(app, paths, args, crash, idle_ms, launcher)
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


__all__ = ["AppShell", "Launcher", "main", "profile_paths", "run"]


def _revoked_notice(result: WipeResult) -> QMessageBox:
    """Tell the person why their data is gone from this laptop, and where anything unsynced is."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("This laptop has been revoked"),
                      tr("The sync service has revoked this laptop, so yjdesk has removed the "
                         "children's records from it."))
    if result.exported_to is not None:
        box.setInformativeText(fill(counted(
            result.unsynced,
            tr("%n change had not reached the server. It is kept, encrypted so that only "
               "your administrator can read it, in %1 - give that folder to your "
               "administrator."),
            tr("%n changes had not reached the server. They are kept, encrypted so that "
               "only your administrator can read them, in %1 - give that folder to your "
               "administrator.")), str(result.exported_to)))
    elif result.lost:
        box.setInformativeText(counted(
            result.unsynced,
            tr("%n change had not reached the server and could not be kept: no "
               "administrator key is set up on this laptop. Tell your administrator."),
            tr("%n changes had not reached the server and could not be kept: no "
               "administrator key is set up on this laptop. Tell your administrator.")))
    else:
        box.setInformativeText(tr("Everything had already reached the server; nothing was "
                                  "lost."))
    return box
