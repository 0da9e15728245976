"""First sign-in on a new laptop: online, against the service the council runs.

The service checks the user name and password; only then is the encrypted local profile made
(with the same password) and the laptop registered as a device. The first sync, run by the
main window straight after, brings down the children this user may see. Afterwards sign-in
works offline (:class:`~yjdesk.ui.signin.SignInDialog`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from yjdesk.config import ProfileSettings
from yjdesk.errors import AuthenticationFailed, Offline, ValidationError
from yjdesk.paths import Paths
from yjdesk.sync.accounts import online_first_sign_in
from yjdesk.ui.i18n import tr
from yjdesk.ui.signin import PasswordDialog, SignedIn, signed_in
from yjdesk.ui.widgets.password import NO_PASSWORD
from yjdesk.wire.urls import server_url_problem

REFUSED = "The sync service did not accept this user name and password."


class ConnectDialog(PasswordDialog):
    """Server address (preset by IT, perhaps locked), user name and password."""

    def __init__(self, paths: Paths, settings: ProfileSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Connect this laptop to yjdesk"), parent)
        self.paths = paths
        self.setMinimumWidth(520)
        self.add_heading(tr("<h2>Connect this laptop</h2>"),
                         tr("Sign in with your yjdesk account. This first sign-in needs a "
                            "connection; the children you work with are then kept on this "
                            "laptop, encrypted with your password, and sign-in works "
                            "offline."))
        self.server = QLineEdit(settings.server_url or "")
        self.server.setPlaceholderText(tr("https://yjdesk-sync.your-council.gov.uk"))
        if settings.is_locked("server_url"):
            self.server.setEnabled(False)
            self.server.setToolTip(tr("Set by your IT team"))
        self.username = QLineEdit()
        self.form.add_field("server_url", tr("Sync service"), self.server)
        self.form.add_field("username", tr("User name"), self.username)
        self.form.add_field("password", tr("Password"), self.password)
        self.place_form(tr("Sign in"))
        (self.username if self.server.text() else self.server).setFocus()

    def submit(self) -> None:
        if self.working:
            return
        self.form.clear_errors()
        server = self.server.text().strip().rstrip("/")
        username = self.username.text().strip()
        password = self.password.text()
        errors: dict[str, str] = {}
        problem = server_url_problem(server)
        if problem is not None:
            errors["server_url"] = problem
        if not username:
            errors["username"] = tr("Please enter your user name.")
        if not password:
            errors["password"] = tr(NO_PASSWORD)
        if errors:
            self.form.set_errors(errors)
            return
        paths = self.paths.ensure()

        def connect() -> SignedIn:
            return signed_in(online_first_sign_in(server, username, password, paths,
                                                  on_busy=self._on_busy))

        self.check.run(connect)

    def _explain(self, exc: BaseException) -> bool:
        if isinstance(exc, AuthenticationFailed):
            self.form.set_errors({"password": REFUSED})
            self.password.selectAll()
        elif isinstance(exc, Offline):
            self.form.set_errors({"server_url": "The sync service cannot be reached. The "
                                  "first sign-in on a laptop needs a connection."})
        elif isinstance(exc, ValidationError):
            self.form.set_errors(exc.errors)
        else:
            return False
        return True
