"""File > Settings: the sync server, its CA bundle and the idle lock, within what IT allows.

A thin view over :mod:`yjdesk.config`. A setting that the machine-wide config locks is
shown with its value, disabled, and marked "Set by your IT team"; the settings API refuses
to change it anyway (:class:`~yjdesk.errors.PermissionDenied`). The idle lock can only be
made shorter than the service's policy.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from yjdesk.config import ProfileSettings, load_settings
from yjdesk.errors import KnownError, PermissionDenied, ValidationError
from yjdesk.sync.state import read_account
from yjdesk.ui.design import Type, styled_label
from yjdesk.ui.error_dialog import show_error
from yjdesk.ui.i18n import QT_TR_NOOP, counted, fill, tr
from yjdesk.ui.widgets.forms import FormLayout

#: Beside a setting the machine-wide config locks (translated where shown).
LOCKED_NOTE = QT_TR_NOOP("Set by your IT team")


class SettingsDialog(QDialog):
    """Edits ``settings`` in place; ``saved`` is emitted after a successful save."""

    saved = Signal()

    def __init__(self, settings: ProfileSettings, parent: QWidget | None = None,
                 in_use: str | None = None) -> None:
        """``in_use``: the sync server this profile is connected to now (its account)."""
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Settings"))
        self.setModal(True)
        self.setMinimumWidth(520)
        policy = settings.policy()
        self.idle_limit = settings.idle_lock_limit(policy)
        outer = QVBoxLayout(self)
        intro = QLabel(tr("These settings apply to this profile on this laptop."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        body = QWidget()
        self.form = FormLayout(body)

        self.server_url = QLineEdit(settings.server_url or "")
        self.server_url.setAccessibleName(tr("Sync server address"))
        # never an example address where the real one belongs
        self.server_url.setPlaceholderText(in_use or tr("Not connected to a sync server"))
        self.form.add_field("server_url", tr("Sync server"), self._row(self.server_url,
                                                                    "server_url"))
        self.in_use = styled_label("", Type.CAPTION, wrap=True, name="serverInUse")
        if in_use:
            changed = settings.server_url and settings.server_url != in_use
            self.in_use.setText(fill(tr("In use now: %1. A different address here is used "
                                        "from the next sign-in.") if changed
                                     else tr("In use now: %1."), in_use))
        self.in_use.setVisible(bool(in_use))
        self.form.addRow("", self.in_use)
        self.ca_bundle = QLineEdit(str(settings.ca_bundle or ""))
        self.ca_bundle.setPlaceholderText(tr("the certificates shipped with yjdesk"))
        self.browse = QPushButton(tr("Browse..."))
        self.browse.clicked.connect(self._browse)
        self.form.add_field("ca_bundle", tr("CA certificates"),
                            self._row(self.ca_bundle, "ca_bundle", self.browse))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, self.idle_limit)
        self.idle_minutes.setAccessibleName(tr("Minutes before the screen locks"))
        self.idle_minutes.valueChanged.connect(self._minutes_suffix)
        self.idle_minutes.setValue(settings.idle_lock_minutes(policy))
        self._minutes_suffix(self.idle_minutes.value())
        self.idle_minutes.setToolTip(counted(self.idle_limit,
                                             tr("At most %n minute (service policy)"),
                                             tr("At most %n minutes (service policy)")))
        self.form.add_field("idle_lock_minutes", tr("Lock after"),
                            self._row(self.idle_minutes, "idle_lock_minutes"))
        outer.addWidget(body)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def _minutes_suffix(self, value: int) -> None:
        """The unit beside the number, in the person's language: what the translation puts
        before the count is the box's prefix, what it puts after, its suffix."""
        text = counted(value, tr("%n minute"), tr("%n minutes"))
        # counted() writes 1,000 in English; a language's own plural form, as Qt writes %n
        number = f"{value:,}" if f"{value:,}" in text else str(value)
        before, _, after = text.partition(number)
        self.idle_minutes.setPrefix(before)
        self.idle_minutes.setSuffix(after)

    def _row(self, widget: QWidget, key: str, *extra: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget, 1)
        for w in extra:
            layout.addWidget(w)
        if self.settings.is_locked(key):
            for w in (widget, *extra):
                w.setEnabled(False)
            note = styled_label(tr(LOCKED_NOTE), Type.CAPTION, name=f"locked_{key}")
            layout.addWidget(note)
            widget.setToolTip(tr(LOCKED_NOTE))
        return row

    def _browse(self) -> None:
        kinds = ";;".join((fill(tr("Certificates (%1)"), "*.pem *.crt *.cer"),
                           fill(tr("All files (%1)"), "*")))
        path, _filter = QFileDialog.getOpenFileName(self, tr("CA certificates"),
                                                    self.ca_bundle.text(), kinds)
        if path:
            self.ca_bundle.setText(path)

    def is_locked_control(self, key: str) -> bool:
        """True if the control for ``key`` is disabled because IT locked it."""
        widget = {"server_url": self.server_url, "ca_bundle": self.ca_bundle,
                  "idle_lock_minutes": self.idle_minutes}[key]
        return not widget.isEnabled()

    def values(self) -> dict[str, Any]:
        return {
            "server_url": self.server_url.text().strip() or None,
            "ca_bundle": self.ca_bundle.text().strip() or None,
            "idle_lock_minutes": int(self.idle_minutes.value()),
        }

    def save(self) -> None:
        self.form.clear_errors()
        current = {"server_url": self.settings.server_url,
                   "ca_bundle": str(self.settings.ca_bundle) if self.settings.ca_bundle
                   else None,
                   "idle_lock_minutes": self.settings.idle_lock_minutes()}
        errors: dict[str, str] = {}
        for key, value in self.values().items():
            if value == current[key]:
                continue
            try:
                self.settings.set(key, value)
            except ValidationError as exc:
                errors.update(exc.errors)
            except PermissionDenied as exc:
                errors[key] = exc.message
            except KnownError as exc:
                show_error(self, exc)
                return
        if errors:
            self.form.set_errors(errors)
            return
        self.saved.emit()
        self.accept()


def open_settings(window: QMainWindow) -> SettingsDialog | None:
    """Show the dialog for the window's profile; apply the idle lock when saved."""
    ctx = getattr(window, "ctx", None)
    if ctx is None:
        return None
    try:
        settings = load_settings(ctx.store.paths)
    except KnownError as exc:
        show_error(window, exc)
        return None
    try:
        account = read_account(ctx.store.paths)
    except KnownError:
        account = None
    dialog = SettingsDialog(settings, window, in_use=account.server_url if account else None)

    def apply() -> None:
        idle = getattr(window, "idle", None)
        if idle is not None:
            idle.set_timeout(settings.idle_lock_minutes() * 60_000)
        settings.apply_tls_environment()

    dialog.saved.connect(apply)
    dialog.open()
    return dialog


def add_settings_action(window: QMainWindow, menu: QMenu) -> QAction:
    """Put File > Settings... into ``menu`` (called by the main window)."""
    action = QAction(tr("Se&ttings..."), window)
    action.setObjectName("settingsAction")
    action.triggered.connect(lambda: open_settings(window))
    menu.addAction(action)
    return action
