"""The always-visible sync status: offline / syncing / N changes waiting / last synced at."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from yjdesk.services.humanise import clock_text
from yjdesk.sync import state
from yjdesk.ui.i18n import counted, fill, tr
from yjdesk.ui.messages import error_text
from yjdesk.ui.sync_ui.controller import SyncController


def status_text(status: state.Status | None, online: bool | None, running: bool) -> str:
    if running:
        return tr("Syncing…")
    parts: list[str] = []
    if online is False:
        parts.append(tr("Offline"))
    if status is not None:
        if status.pending:
            parts.append(counted(status.pending, tr("%n change waiting"),
                                 tr("%n changes waiting")))
        if status.conflicts:
            parts.append(counted(status.conflicts, tr("%n conflict to settle"),
                                 tr("%n conflicts to settle")))
        if status.failed:
            parts.append(fill(tr("%1 not accepted"), status.failed))
        if status.last_synced_at is not None:
            parts.append(fill(tr("last synced at %1"), clock_text(status.last_synced_at)))
        elif not parts:
            parts.append(tr("Not synced yet"))
    return " · ".join(parts) if parts else tr("Sync status unknown")


class SyncStatusWidget(QWidget):
    """A label, a thin progress bar while syncing, and Sync now / Cancel buttons."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("syncStatus")
        self.label = QLabel(tr("Sync status unknown"))
        self.label.setObjectName("syncStatusLabel")
        self.label.setAccessibleName(tr("Sync status"))
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.sync_button = QPushButton(tr("Sync now"))
        self.sync_button.setToolTip(tr("Send and fetch changes now (F5)"))
        self.sync_button.clicked.connect(controller.sync_now)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setToolTip(tr("Stop the sync; what was already sent is kept"))
        self.cancel_button.clicked.connect(controller.cancel)
        self.cancel_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.sync_button)
        layout.addWidget(self.cancel_button)
        layout.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        controller.status_changed.connect(self.update_text)
        controller.online_changed.connect(lambda _online: self.update_text())
        controller.started.connect(self._started)
        controller.progress.connect(self._progress)
        controller.finished.connect(lambda _r: self._stopped())
        controller.failed.connect(self._failed)
        self.update_text()

    def update_text(self, *_args: object) -> None:
        c = self.controller
        self.label.setText(status_text(c.status, c.online, c.running))

    def _started(self) -> None:
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.show()
        self.sync_button.setEnabled(False)
        self.update_text()

    def _progress(self, phase: str, done: int, total: object) -> None:
        if isinstance(total, int) and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
        self.label.setText({"push": "Sending changes…", "pull": f"Fetching ({done})…"}
                           .get(phase, "Syncing…"))

    def _stopped(self) -> None:
        self.bar.hide()
        self.cancel_button.hide()
        self.sync_button.setEnabled(True)
        self.update_text()

    def _failed(self, exc: BaseException) -> None:
        self._stopped()
        self.label.setToolTip(error_text(exc))
