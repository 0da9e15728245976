"""Sync in the desktop app: status in the status bar, F5, background sync, conflicts page.

Registers the "Sync and conflicts" page. The main window calls :func:`install` once it
exists, to add the always-visible status widget, the F5 shortcut and the background timer.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget

from yjdesk.ui.context import AppContext
from yjdesk.ui.i18n import QT_TR_NOOP
from yjdesk.ui.registry import PageSpec, register_page
from yjdesk.ui.sync_ui.controller import BACKGROUND_MS, SyncController, controller_for
from yjdesk.ui.sync_ui.status import SyncStatusWidget

PAGE_KEY = "sync"


def _page(ctx: AppContext) -> QWidget:
    # The page (conflicts, the wire codec) is imported when first opened, not at start-up.
    from yjdesk.ui.sync_ui.page import SyncPage

    return SyncPage(ctx)


register_page(
    PageSpec(key=PAGE_KEY, title=QT_TR_NOOP("Sync and conflicts"), factory=_page, order=90)
)


def install(window: QMainWindow, ctx: AppContext, *, background_ms: int | None = BACKGROUND_MS
            ) -> SyncController:
    """Add the sync status to ``window`` (via its ``add_status_widget``), F5, and the timer."""
    controller = controller_for(ctx)
    widget = SyncStatusWidget(controller)
    add = getattr(window, "add_status_widget", None)
    if add is not None:
        add(widget)
    else:
        window.statusBar().addPermanentWidget(widget)
    shortcut = QShortcut(QKeySequence("F5"), window)
    shortcut.activated.connect(controller.sync_now)
    controller.refresh_status()
    if background_ms:
        controller.start_background(background_ms)
    return controller


__all__ = ["PAGE_KEY", "SyncController", "SyncStatusWidget", "controller_for",
           "install"]
