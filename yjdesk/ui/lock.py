"""The idle lock: after a quiet spell set by policy the window hides every record.

:class:`IdleWatcher` is an application-wide event filter: any key press, click, wheel or
mouse movement restarts its timer; when the timer runs out it emits ``idle``.
:class:`LockScreen` asks for the password again (checked off the UI thread).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yjdesk.store import LocalStore
from yjdesk.sync import lease
from yjdesk.ui.i18n import fill, tr
from yjdesk.ui.messages import error_text
from yjdesk.ui.widgets.forms import FormLayout
from yjdesk.ui.widgets.password import PasswordCheck, busy_bar, password_field

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without keyboard or mouse input anywhere."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.idle)
        self._installed = False

    def set_timeout(self, timeout_ms: int) -> None:
        """Change the quiet time (counting again from now if running)."""
        self.timer.setInterval(timeout_ms)
        if self.timer.isActive():
            self.timer.start()

    def start(self, *, watch: bool = True) -> None:
        """Count down from now; with ``watch`` input anywhere counts again (:meth:`watch`)."""
        if watch:
            self.watch()
        self.timer.start()

    def watch(self) -> None:
        """Let input anywhere restart the countdown (the app-wide event filter)."""
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    @property
    def watching(self) -> bool:
        return self._installed

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class LockScreen(QWidget):
    """Shown instead of the workspace while locked. ``unlocked`` once the password is right."""

    unlocked = Signal()

    def __init__(self, store: LocalStore, user_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("lockScreen")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        box = QWidget()
        box.setMinimumWidth(400)
        box.setMaximumWidth(480)
        inner = QVBoxLayout(box)
        title = QLabel(tr("<h2>yjdesk is locked</h2>"))
        inner.addWidget(title)
        why = QLabel(fill(tr("Records are hidden. %1, enter your password to carry on."),
                          user_label))
        why.setWordWrap(True)
        inner.addWidget(why)
        body = QWidget()
        self.form = FormLayout(body)
        self.password = password_field(tr("Password"))
        self.password.returnPressed.connect(self.submit)
        self.form.add_field("password", tr("Password"), self.password)
        inner.addWidget(body)
        self.busy = busy_bar()
        inner.addWidget(self.busy)
        row = QHBoxLayout()
        row.addStretch(1)
        self.unlock_button = QPushButton(tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        row.addWidget(self.unlock_button)
        inner.addLayout(row)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(3)
        self.setFocusProxy(self.password)
        store = self.store

        def check(password: str) -> None:
            store.verify_password(password)
            lease.check_store(store)  # offline past the grace: no unlocking either

        self.check = PasswordCheck(self.form, self.password, self.busy, check,
                                   [self.unlock_button], explain=self._explain, parent=self)
        self.check.passed.connect(lambda _result: self.unlocked.emit())

    def reset(self) -> None:
        self.password.clear()
        self.form.clear_errors()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def working(self) -> bool:
        return self.check.working

    def submit(self) -> None:
        self.check.start()

    def _explain(self, exc: BaseException) -> bool:
        if isinstance(exc, lease.LeaseExpired):
            self.form.set_errors({"password": fill(
                tr("%1 (File > Sign out, then sign in online.)"), error_text(exc))})
            return True
        return False
