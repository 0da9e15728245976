"""Signing in offline, and the first run that creates the local profile.

The password unwraps the data key (scrypt, about a third of a second), so the work runs on
a background thread behind a busy indicator. A wrong password is said next to the field.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from yjdesk.errors import DeviceRevoked, ValidationError, WrongPassword
from yjdesk.laptop import LaptopStore
from yjdesk.models.org import Role
from yjdesk.paths import Paths
from yjdesk.services import audit, profile
from yjdesk.services.policy import Policy
from yjdesk.services.uow import Actor, UnitOfWork
from yjdesk.store import LocalStore
from yjdesk.sync import accounts
from yjdesk.sync.accounts import PreviousPasswordNeeded
from yjdesk.sync.lease import LeaseExpired
from yjdesk.sync.state import read_account
from yjdesk.ui import registry
from yjdesk.ui.design import banner_label
from yjdesk.ui.error_dialog import show_error
from yjdesk.ui.i18n import counted, tr
from yjdesk.ui.messages import error_text
from yjdesk.ui.widgets.forms import ChoiceCombo, FormLayout
from yjdesk.ui.widgets.password import PasswordCheck, busy_bar, password_field


@dataclass
class SignedIn:
    """The outcome of signing in: an open store and who signed in."""

    store: LocalStore
    actor: Actor


def signed_in(store: LocalStore, actor: Actor | Callable[[Session], Actor] | None = None,
              *, undo: Callable[[], None] | None = None) -> SignedIn:
    """``store`` (just opened or made) and who signed in, the sign-in written to the audit.

    ``actor`` is who signed in, or a function that finds (or makes) them in the store; by
    default the profile's owner. If that fails, the store is closed and ``undo`` runs (the
    first-run dialog deletes the half-made profile) before the error goes on. Runs off the
    UI thread, as every sign-in does: unlocking, the first run, connecting, the demo."""
    try:
        if isinstance(actor, Actor):
            who = actor
        else:
            with store.session() as session, session.begin():
                who = (actor or profile.owner_actor)(session)
        with UnitOfWork(store.session_factory, who, store.paths.database) as uow:
            audit.append(uow.session, action="sign_in", user_id=who.user_id,
                         device_id=who.device_id)
        return SignedIn(store, who)
    except BaseException:
        store.close()
        if undo is not None:
            undo()
        raise


def import_window_modules() -> None:
    """Import the main window's module and its feature pages (``yjdesk.app`` shows the
    sign-in dialog without them, and imports them here, while the key derives)."""
    importlib.import_module("yjdesk.ui.main_window")
    registry.load_features()


def open_profile(paths: Paths, password: str, previous_password: str | None = None, *,
                 on_busy: Callable[[float], None] | None = None,
                 on_upgrade: Callable[[], None] | None = None) -> SignedIn:
    """Unlock the store and find its owner (runs off the UI thread).

    A laptop connected to a sync service also checks the password with the service when it
    can be reached, so a password changed there takes effect here (offline: the local check).
    """
    if read_account(paths) is not None:
        got = accounts.sign_in(paths, password, previous_password=previous_password,
                               on_busy=on_busy, on_upgrade=on_upgrade)
        return signed_in(got.store, got.actor)
    store = LaptopStore.open(paths, password, on_upgrade=on_upgrade)
    accounts.check_lease(store)  # a connected profile whose account file went missing
    return signed_in(store)


class PasswordDialog(QDialog):
    """A sign-in dialog: a form with a password field, checked through the one
    :class:`~yjdesk.ui.widgets.password.PasswordCheck` flow (off the UI thread, behind a
    busy bar, the buttons disabled); accepted with ``session`` set once signed in.
    ``title``: the caller's words, translated by the caller."""

    #: From the worker: the service is busy and will be asked again in N seconds.
    service_busy = Signal(float)
    #: From the worker: this laptop's records are being upgraded for this version (a backup
    #: first), which can take a minute on a large store.
    upgrading = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.session: SignedIn | None = None
        self.outer = QVBoxLayout(self)
        # the form, placed by each dialog (outer.addWidget(self.body))
        self.body = QWidget()
        self.form = FormLayout(self.body)
        self.password = password_field()
        self.busy = busy_bar()
        #: Under the progress bar while the sync service asks us to wait our turn.
        self.busy_note = QLabel()
        self.busy_note.setWordWrap(True)
        self.busy_note.setObjectName("serviceBusyNote")
        self.busy_note.hide()
        self.service_busy.connect(self._show_busy)
        self.upgrading.connect(self._show_upgrading)
        self.buttons = QDialogButtonBox()
        self.check = PasswordCheck(self.form, self.password, self.busy,
                                   controls=[self.buttons], explain=self._explain, parent=self)
        self.check.passed.connect(self._signed_in)
        self.check.busy_changed.connect(self._busy_changed)

    def _show_busy(self, seconds: float) -> None:
        self.busy_note.setText(counted(
            max(1, round(seconds)),
            tr("The sync service is busy signing other people in. Trying again in %n "
               "second…"),
            tr("The sync service is busy signing other people in. Trying again in %n "
               "seconds…")))
        self.busy_note.show()

    def _show_upgrading(self) -> None:
        self.busy_note.setText(tr(
            "Updating this laptop's records for this version of yjdesk. A backup copy is made "
            "first, so nothing can be lost. This can take a minute or two: please leave the "
            "laptop on."))
        self.busy_note.show()

    def _on_upgrade(self) -> None:
        """``on_upgrade`` for the sign-in functions (called on the worker thread)."""
        self.upgrading.emit()

    def _on_busy(self, seconds: float) -> None:
        """``on_busy`` for the sign-in functions (called on the worker thread)."""
        self.service_busy.emit(seconds)

    def add_heading(self, heading: str, intro: str) -> None:
        """The dialog's heading and its introduction (``self.heading``, ``self.intro``)."""
        self.heading = QLabel(heading)
        self.outer.addWidget(self.heading)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.outer.addWidget(self.intro)

    def place_form(self, action: str) -> None:
        """Below what the dialog put first: the form, the busy bar and note, and the
        ``action`` (which submits) and Cancel buttons."""
        self.outer.addWidget(self.body)
        self.outer.addWidget(self.busy)
        self.outer.addWidget(self.busy_note)
        self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.outer.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def _explain(self, exc: BaseException) -> bool:
        """Say ``exc`` in the dialog's own words (True), or leave it to the password flow."""
        return False

    def _signed_in(self, session: SignedIn) -> None:
        self.session = session
        self.accept()

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self.busy_note.hide()

    @property
    def working(self) -> bool:
        return self.check.working

    def reject(self) -> None:
        if not self.working:
            super().reject()


class SignInDialog(PasswordDialog):
    """Asks for the password of an existing profile; ``session`` is set when it is accepted."""

    def __init__(self, paths: Paths, *, username: str = "", notice: str | None = None,
                 parent: QWidget | None = None) -> None:
        """``notice``: rich text shown in a highlighted box under the introduction."""
        super().__init__(tr("Sign in to yjdesk"), parent)
        self.paths = paths
        #: Set when the service revoked this laptop at sign-in (and its profile was wiped).
        self.revoked = False
        self.setMinimumWidth(460)
        self.add_heading(tr("<h2>Sign in to yjdesk</h2>"),
                         tr("Enter your password to unlock the case records on this "
                            "laptop. No network is needed."))
        if notice:
            box = QLabel(notice)
            box.setObjectName("signInNotice")
            box.setWordWrap(True)
            box.setStyleSheet("background:#fff4ce; border:1px solid #c8a600; padding:6px;")
            self.outer.addWidget(box)
        #: Why an online sign-in is needed (the offline lease ran out: yjdesk.sync.lease).
        self.lease_note = banner_label()
        self.lease_note.setObjectName("leaseNotice")
        self.lease_note.hide()
        self.outer.addWidget(self.lease_note)
        if username:
            self.form.addRow(tr("User name"), QLabel(username))
        self.form.add_field("password", tr("Password"), self.password)
        #: Shown only when the service says the password was changed there.
        self.previous = password_field(tr("Previous password"), "previous")
        self.form.add_field("previous", tr("Previous password"), self.previous)
        self.form.set_row_visible("previous", False)
        self.asking_previous = False
        self.place_form(tr("Sign in"))
        self.password.setFocus()

    def submit(self) -> None:
        if self.working:
            return
        paths, on_busy, on_upgrade = self.paths, self._on_busy, self._on_upgrade
        previous = self.previous.text() if self.asking_previous else None
        if self.check.start(lambda password: open_profile(paths, password, previous,
                                                           on_busy=on_busy,
                                                           on_upgrade=on_upgrade)):
            # While the key derives on the worker (scrypt releases the interpreter lock:
            # a third of a second on the other core), the UI thread imports the main
            # window and its pages, which it would do next anyway (the app shows this
            # dialog without them)
            import_window_modules()

    def _explain(self, exc: BaseException) -> bool:
        if isinstance(exc, PreviousPasswordNeeded):
            self.asking_previous = True
            self.form.set_row_visible("previous", True)
            self.form.set_errors({"previous": error_text(exc)})
            self.previous.setFocus()
        elif isinstance(exc, WrongPassword) and self.asking_previous:
            self.form.set_errors({"previous": tr("This is not the previous password of "
                                                 "this laptop.")})
            self.password.selectAll()
        elif isinstance(exc, LeaseExpired):
            # Offline for longer than the service allows: say why, and what to do.
            self.intro.setText(tr("This laptop must reach the sync service before it opens "
                                  "the case records again."))
            self.lease_note.setText(error_text(exc))
            self.lease_note.show()
            self.password.selectAll()
        elif isinstance(exc, DeviceRevoked) and exc.wiped:
            # The profile is gone: say so (and what was kept); signing in again cannot work.
            self.revoked = True
            self.password.setEnabled(False)
            self.buttons.buttons()[0].setEnabled(False)
            show_error(self, exc)
        else:
            return False
        return True


class FirstRunDialog(PasswordDialog):
    """Creates the encrypted local profile and its owner on a laptop's first start."""

    def __init__(self, paths: Paths, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(tr("Set up yjdesk on this laptop"), parent)
        self.paths = paths
        self.min_length = policy.security.min_password_length
        self.add_heading(tr("<h2>Welcome to yjdesk</h2>"),
                         tr("Case records are kept on this laptop, encrypted with your "
                            "password. Choose a password you do not use anywhere else: "
                            "without it the records cannot be opened."))
        self.display_name = QLineEdit()
        self.username = QLineEdit()
        self.role = ChoiceCombo([(r, tr(r.label)) for r in Role], allow_empty=False)
        self.team_name = QLineEdit()
        self.team_code = QLineEdit()
        self.password.setPlaceholderText(counted(self.min_length, tr("at least %n character"),
                                                 tr("at least %n characters")))
        self.confirm = password_field(tr("Password again"), "confirm")
        self.form.add_field("display_name", tr("Your name"), self.display_name)
        self.form.add_field("username", tr("User name"), self.username)
        self.form.add_field("role", tr("Role"), self.role)
        self.form.add_field("team_name", tr("Team"), self.team_name)
        self.form.add_field("team_code", tr("Team code"), self.team_code)
        self.form.add_field("password", tr("Password"), self.password)
        self.form.add_field("confirm", tr("Password again"), self.confirm)
        self.place_form(tr("Create profile"))
        self.setMinimumWidth(520)

    def first_run(self) -> profile.FirstRun:
        return profile.FirstRun(
            username=self.username.text().strip(), display_name=self.display_name.text(),
            role=self.role.value(), team_name=self.team_name.text(),
            team_code=self.team_code.text().strip().upper())

    def submit(self) -> None:
        if self.working:
            return
        self.form.clear_errors()
        data = self.first_run()
        errors: dict[str, str] = {}
        try:
            profile.validate_first_run(data)
        except ValidationError as exc:
            errors.update(exc.errors)
        password = self.password.text()
        if len(password) < self.min_length:
            errors["password"] = f"The password needs at least {self.min_length} characters."
        elif password != self.confirm.text():
            errors["confirm"] = "The two passwords are not the same."
        if errors:
            self.form.set_errors(errors)
            return
        paths = self.paths

        def forget_profile() -> None:
            for f in (paths.database, paths.keyfile):
                f.unlink(missing_ok=True)

        def create() -> SignedIn:
            return signed_in(LaptopStore.create(paths, password),
                             lambda session: profile.create_owner(session, data),
                             undo=forget_profile)

        self.check.run(create)

    def _explain(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError):
            self.form.set_errors(exc.errors)
            return True
        return False
