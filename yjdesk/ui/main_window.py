"""The main window: navigation on the left, a page or a child's record on the right.

Pages come from :mod:`yjdesk.ui.registry` ("My caseload" is always first). The window locks
itself after the policy's idle time: the workspace is swapped for a lock screen and every
open child record is closed until the password is entered again.
"""

from __future__ import annotations

import base64
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from yjdesk import __version__
from yjdesk.build_info import build_id
from yjdesk.ui import registry
from yjdesk.ui.caseload_page import CaseloadPage, home_title
from yjdesk.ui.context import AppContext
from yjdesk.ui.error_dialog import show_error
from yjdesk.ui.i18n import fill, tr
from yjdesk.ui.lock import IdleWatcher, LockScreen
from yjdesk.ui.settings import load_settings, save_settings
from yjdesk.ui.settings_dialog import add_settings_action
from yjdesk.ui.widgets.form_dialog import FormDialog
from yjdesk.ui.widgets.lifetime import alive

if TYPE_CHECKING:  # imported when a record or the new-child form is first opened
    from yjdesk.ui.child_record.child_form import ChildFormDialog
    from yjdesk.ui.child_record.view import ChildRecordView

log = logging.getLogger(__name__)

CASELOAD_KEY = "caseload"
DEFAULT_SIZE = (1280, 800)
MINIMUM_SIZE = (1024, 640)
#: Room a window manager takes around the window (title bar and borders), so that a window
#: sized to the screen's free area still fits once decorated.
FRAME_ALLOWANCE = (16, 40)


class NavigationList(QListWidget):
    """The page list. While a child's record is shown no page is current; focus arriving
    here (say, when the focused button of the record is hidden) must not pick the first
    page and send the person back to the caseload."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.currentRow() >= 0:
            super().focusInEvent(event)
            return
        self.blockSignals(True)
        try:
            super().focusInEvent(event)
            self.setCurrentRow(-1)
        finally:
            self.blockSignals(False)


class MainWindow(QMainWindow):
    """``signed_out`` is emitted when the person chooses File > Sign out."""

    signed_out = Signal()
    #: The window was closed (Quit, the close box, or sign out).
    closed = Signal()
    lock_changed = Signal(bool)

    def __init__(self, ctx: AppContext, *, idle_ms: int | None = None,
                 settings_path: Path | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings_path = settings_path
        self.locked = False
        self._closing = False
        #: Windows hidden by the lock, shown again by :meth:`unlock`.
        self._hidden_windows: list[QWidget] = []
        self.child_view: ChildRecordView | None = None
        self._reopen: tuple[str, str] | None = None
        self._return_page: str | None = None
        #: The page a child's record was opened from ("Back" returns there).
        self._back_to = CASELOAD_KEY
        self.setWindowTitle(f"yjdesk - {ctx.actor.display_name}")
        self.setMinimumSize(*MINIMUM_SIZE)
        def report(exc: BaseException) -> None:
            show_error(self, exc)

        ctx.tasks.default_failure = report
        # The caseload's rows are read on the database worker while the rest of the window
        # is built (the feature pages' modules, the menus): on a cold start the query's
        # SQLite work runs on the other core
        self.caseload = CaseloadPage(ctx)
        self.caseload.reload()

        registry.load_features()
        self.page_specs = registry.pages_for(ctx.actor.role)
        self.nav = NavigationList()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(tr("Pages"))
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(260)
        self.pages = QStackedWidget()
        self.caseload.new_child_requested.connect(self.new_child)
        self._page_widgets: dict[str, QWidget] = {CASELOAD_KEY: self.caseload}
        self.page_keys = [CASELOAD_KEY]
        self.pages.addWidget(self.caseload)
        QListWidgetItem(home_title(ctx.actor.role), self.nav)  # (already in words)
        for spec in self.page_specs:
            QListWidgetItem(tr(spec.title), self.nav)
            self.page_keys.append(spec.key)
            if spec.shortcut:
                shortcut = QShortcut(QKeySequence(spec.shortcut), self)
                shortcut.activated.connect(lambda key=spec.key: self.open_page(key))
        self.nav.currentRowChanged.connect(self._nav_changed)
        # wide enough for the longest page name, so no scroll bar appears under the list
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widest = max(self.nav.sizeHintForColumn(0), 150) + 2 * self.nav.frameWidth() + 8
        self.nav.setMinimumWidth(min(widest, 260))

        self.workspace = QSplitter()
        self.workspace.addWidget(self.nav)
        self.workspace.addWidget(self.pages)
        self.workspace.setStretchFactor(1, 1)
        self.workspace.setSizes([max(170, self.nav.minimumWidth()), 1110])
        self.workspace.setChildrenCollapsible(False)
        self.lock_screen = LockScreen(ctx.store, ctx.actor.display_name)
        self.lock_screen.unlocked.connect(self.unlock)
        self.central = QStackedWidget()
        self.central.addWidget(self.workspace)
        self.central.addWidget(self.lock_screen)
        self.setCentralWidget(self.central)

        self._build_status_bar()
        self._build_menus()
        self._build_shortcuts()
        ctx.events.open_child.connect(self.open_child)
        ctx.events.open_page.connect(self.open_page)
        ctx.events.status.connect(lambda text: self.statusBar().showMessage(text, 8000))

        minutes = ctx.policy.security.idle_lock_minutes
        self.idle = IdleWatcher(idle_ms if idle_ms is not None else minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self._restore_geometry()
        self.nav.setCurrentRow(0)
        # The countdown runs from now; input counts again once the caseload is first shown
        # (or fails to load). Input is watched by an app-wide event filter, and the first
        # event it sees for an object of each Qt class makes PySide find that object's Python
        # class, setting up Qt's classes and their enums on the way (about 120 enums, some
        # 0.03 s of the UI thread): before the rows were shown, on a cold start that was
        # spent while they were read and painted (issue 16).
        self.idle.start(watch=False)
        self.caseload.loaded.connect(self._watch_input_soon)
        self.caseload.live.failed.connect(self._watch_input_soon)

    def _watch_input_soon(self, *_args: object) -> None:
        """The caseload's first load is in: watch input once the events it set off (its
        rows' first paint) are handled."""
        self.caseload.loaded.disconnect(self._watch_input_soon)
        self.caseload.live.failed.disconnect(self._watch_input_soon)
        QTimer.singleShot(0, self, self._watch_input)

    def _watch_input(self) -> None:
        if self.idle.timer.isActive():  # (not while locked or closed: unlocking watches)
            self.idle.watch()

    # --- chrome ------------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(fill(tr("Signed in as %1, %2"), self.ctx.actor.display_name,
                                      tr(self.ctx.actor.role.label)))
        self.user_label.setObjectName("userLabel")
        self.user_label.setContentsMargins(8, 0, 8, 0)
        bar.addPermanentWidget(self.user_label)
        self.connection_label = QLabel(tr("Offline: changes are kept on this laptop"))
        self.connection_label.setObjectName("connectionLabel")
        self.connection_label.setContentsMargins(8, 0, 8, 0)
        bar.addPermanentWidget(self.connection_label)

    def add_status_widget(self, widget: QWidget) -> None:
        """Add a permanent widget to the right of the status bar (e.g. sync status)."""
        self.statusBar().addPermanentWidget(widget)

    def set_connection_status(self, text: str) -> None:
        self.connection_label.setText(text)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.new_child_action = QAction(tr("&New child..."), self)
        self.new_child_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_child_action.triggered.connect(self.new_child)
        file_menu.addAction(self.new_child_action)
        file_menu.addSeparator()
        self.lock_action = QAction(tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        self.sign_out_action = QAction(tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        self.settings_action = add_settings_action(self, file_menu)  # yjdesk/config.py
        file_menu.addSeparator()
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.child_actions = self._child_actions(self.menuBar().addMenu(tr("&Child")))
        help_menu = self.menuBar().addMenu(tr("&Help"))
        about = QAction(tr("&About yjdesk"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _child_actions(self, menu: QMenu) -> list[QAction]:
        """The registered actions on "the child" (e.g. New contact, Ctrl+Shift+A): for the
        record on show, else the child selected in the caseload."""
        actions: list[QAction] = []
        for spec in registry.CASELOAD_ACTIONS:
            action = QAction(tr(spec.title), self)
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

            def run(_checked: bool = False, cb: registry.CaseloadCallback = spec.callback) -> None:
                child_id = self.current_child_id()
                if child_id and not self.locked:
                    cb(self.ctx, child_id)
                elif not self.locked:
                    self.statusBar().showMessage(tr("Choose a child first: select one in "
                                                    "the caseload or open their record."),
                                                 8000)

            action.triggered.connect(run)
            menu.addAction(action)
            actions.append(action)
        return actions

    def current_child_id(self) -> str | None:
        """The child the person is working on: the open record, else the caseload's choice."""
        if self.child_view is not None and self.pages.currentWidget() is self.child_view:
            return self.child_view.child_id
        if self.pages.currentWidget() is self.caseload:
            return self.caseload.selected_child_id()
        return None

    def _build_shortcuts(self) -> None:
        find = QShortcut(QKeySequence("Ctrl+F"), self)
        find.activated.connect(self.focus_search)
        for n in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Alt+{n}"), self)
            shortcut.activated.connect(lambda row=n - 1: self._switch_to_row(row))
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.pages)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.close_child)

    def about(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, tr("About yjdesk"), fill(tr(
            "<b>yjdesk %1</b><br>Build: %2<br>Case management for youth justice services in "
            "England and Wales.<br>Works offline; records on this laptop are encrypted."),
            __version__, build_id()), parent=self)
        box.open()
        return box

    # --- navigation -------------------------------------------------------------------------

    def _switch_to_row(self, row: int) -> None:
        if not self.locked and 0 <= row < self.nav.count():
            self.nav.setCurrentRow(row)
            self._nav_changed(row)

    def _nav_changed(self, row: int) -> None:
        if row < 0 or self.locked:
            return
        key = self.page_keys[row]
        widget = self._page_widgets.get(key)
        if widget is None:
            spec = next(s for s in self.page_specs if s.key == key)
            try:
                widget = spec.factory(self.ctx)
            except Exception as exc:  # a broken page must not take the window down
                log.exception("page %s failed", key)
                show_error(self, exc)
                return
            self._page_widgets[key] = widget
            self.pages.addWidget(widget)
        self.pages.setCurrentWidget(widget)
        self._keep_focus(widget)

    def _keep_focus(self, page: QWidget) -> None:
        """A page opened by its shortcut (Alt+N) takes the focus the hidden page had, so
        the keyboard is never left with nothing focused."""
        current = QApplication.focusWidget()
        if current is not None and current.isVisible():
            return
        if not page.isVisible():
            # (the window being built: nothing in the page can take the focus yet, and the
            # walk below -- every widget of the page, a Qt enum test each -- was about a
            # quarter of building the main window on a cold start)
            self.nav.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() \
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
        self.nav.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_page(self, key: str) -> None:
        if key in self.page_keys:
            self._switch_to_row(self.page_keys.index(key))

    def page_title(self, key: str) -> str:
        if key == CASELOAD_KEY or key not in self.page_keys:
            return self.nav.item(0).text()
        return self.nav.item(self.page_keys.index(key)).text()

    @property
    def current_page_key(self) -> str:
        widget = self.pages.currentWidget()
        if widget is self.child_view:
            return "child"
        return next((k for k, w in self._page_widgets.items() if w is widget), "")

    def focus_search(self) -> None:
        if self.locked:
            return
        self.open_page(CASELOAD_KEY)
        self.caseload.focus_search()

    # --- child records ----------------------------------------------------------------------

    def open_child(self, child_id: str, tab_key: str = "") -> ChildRecordView | None:
        if self.locked:
            return None
        if self.child_view is not None and self.child_view.child_id == child_id:
            if tab_key:
                self.child_view.show_tab(tab_key)
            self.pages.setCurrentWidget(self.child_view)
            return self.child_view
        came_from = self.current_page_key
        if came_from != "child":  # "Back" returns to the page the record was opened from
            self._back_to = came_from or CASELOAD_KEY
        self._drop_child_view()
        from yjdesk.ui.child_record.view import ChildRecordView

        view = ChildRecordView(self.ctx, child_id, tab_key)
        view.set_back_to(self.page_title(self._back_to))
        view.closed.connect(self.close_child)
        self.child_view = view
        self.pages.addWidget(view)
        self.pages.setCurrentWidget(view)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        return view

    def close_child(self) -> None:
        if self.child_view is None:
            return
        child_id = self.child_view.child_id
        self._drop_child_view()
        back = self._back_to if self._back_to in self.page_keys else CASELOAD_KEY
        row = self.page_keys.index(back)
        self.nav.setCurrentRow(row)
        self._nav_changed(row)
        if back == CASELOAD_KEY:
            self.caseload.select_child(child_id)
            self.caseload.table.setFocus()

    def _drop_child_view(self) -> None:
        view, self.child_view = self.child_view, None
        if view is not None:
            if not self._closing:
                self._keep_windows(view)
            view.clear()
            self.pages.removeWidget(view)
            view.deleteLater()

    def new_child(self) -> ChildFormDialog | None:
        if self.locked:
            return None
        from yjdesk.ui.child_record.child_form import ChildFormDialog

        dialog = ChildFormDialog(self.ctx, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda child_id: self.open_child(str(child_id)))
        dialog.open()
        return dialog

    # --- locking ----------------------------------------------------------------------------

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        log.info("window locked")
        # come back to what was on show: the record (and its tab) or the page
        page = self.current_page_key
        if self.child_view is not None and page == "child":
            self._reopen = (self.child_view.child_id, self.child_view.current_tab_key())
        self._return_page = page if page != "child" else None
        self._hide_windows()
        self._drop_child_view()
        self.caseload.pause()
        self.central.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()
        for action in (self.new_child_action, self.lock_action):
            action.setEnabled(False)
        self.idle.timer.stop()
        self.lock_changed.emit(True)

    def _hide_windows(self) -> None:
        """Every other window of the app, whatever its modality, leaves the screen.

        Each first saves what it holds (``flush()``: an editor queues its draft on the
        database worker). Forms (a :class:`FormDialog`, modal or not) and the other
        non-modal windows (e.g. an ACORNS editor) are hidden and shown again after unlock,
        as they were typed -- moved under this window so that closing the record they came
        from does not delete them meanwhile. Other modal dialogs (a message, a question)
        are closed.
        """
        windows = [w for w in QApplication.topLevelWidgets()
                   if w is not self and w.isVisible()]
        windows += [d for d in self.findChildren(QDialog)
                    if d.isVisible() and d not in windows]
        for window in windows:
            flush = getattr(window, "flush", None)
            if callable(flush):
                try:
                    flush()
                except Exception:  # a failing save must not keep records on screen
                    log.exception("saving %s before the lock failed", type(window).__name__)
            if isinstance(window, QDialog) and not isinstance(window, FormDialog) and \
                    window.windowModality() != Qt.WindowModality.NonModal:
                if hasattr(window, "saving"):
                    window.saving = False
                window.done(0)
                continue
            parent = window.parentWidget()
            if parent is not None and parent is not self:
                window.setParent(self, window.windowFlags())
            window.hide()
            self._hidden_windows.append(window)

    def _keep_windows(self, view: QWidget) -> None:
        """A non-modal window opened from the record (an ACORNS editor) outlives it: it
        moves under this window, so going back to the caseload or opening another child
        does not delete it, and what is typed in it, under the person's hands."""
        for window in view.findChildren(QWidget):
            if window.isWindow() and window.isVisible() and \
                    window.windowModality() == Qt.WindowModality.NonModal:
                window.setParent(self, window.windowFlags())
                window.show()

    def _flush_windows(self) -> None:
        """The window is closing (sign out, quit): every window under it queues what it
        holds on the database worker (which finishes its queue before the store closes).
        A window that has more to keep than a flush (``session_ending()``: a correction
        of a final contact, saved only when the person says) is told the session ends."""
        for window in [*self.findChildren(QWidget), *self._hidden_windows]:
            flush = getattr(window, "session_ending", None) or getattr(window, "flush", None)
            if alive(window) and window.isWindow() and callable(flush):
                try:
                    flush()
                except Exception:  # one failing save must not stop the others
                    log.exception("saving %s at close failed", type(window).__name__)

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        log.info("window unlocked")
        self.central.setCurrentWidget(self.workspace)
        for action in (self.new_child_action, self.lock_action):
            action.setEnabled(True)
        self.caseload.resume()
        reopen, self._reopen = self._reopen, None
        page, self._return_page = self._return_page, None
        if reopen is not None:
            self.open_child(*reopen)
        elif page:
            self.open_page(page)
        hidden, self._hidden_windows = self._hidden_windows, []
        for window in hidden:
            if alive(window):
                window.show()
                window.raise_()
        self.idle.start()
        self.lock_changed.emit(False)

    # --- life cycle -------------------------------------------------------------------------

    def sign_out(self) -> None:
        """Ends the session; the app closes this window and asks for a password again."""
        self.signed_out.emit()

    def _restore_geometry(self) -> None:
        self.resize(*DEFAULT_SIZE)
        if self.settings_path is None:
            return
        saved = load_settings(self.settings_path).get("window_geometry")
        if isinstance(saved, str):
            try:
                self.restoreGeometry(QByteArray(base64.b64decode(saved)))
            except ValueError:
                log.warning("ignoring a damaged saved window geometry")

    def fit_to_screen(self) -> None:
        """Before the window is first shown: keep it inside the screen's free area.

        A council laptop is often 1366x768 with a taskbar: the default 1280x800 (or a size
        saved on a bigger monitor) would put the status bar and the bottom of every list
        below the screen's edge. A window that does not fit with its frame opens maximised,
        no larger than the free area."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry().size()
        fw, fh = FRAME_ALLOWANCE
        if self.width() + fw <= room.width() and self.height() + fh <= room.height():
            return
        self.resize(self.size().boundedTo(room))
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_geometry(self) -> None:
        if self.settings_path is not None:
            data = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
            save_settings(self.settings_path, {"window_geometry": data})

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        self.idle.stop()
        self._flush_windows()
        self._closing = True  # (the windows under it go with it: none is kept)
        self._drop_child_view()
        super().closeEvent(event)
        self.closed.emit()
