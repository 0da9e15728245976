"""Error taxonomy.

Two families, after qutebrowser's ``misc/sql.py``:

* :class:`KnownError` -- the environment or the user did something we expect to happen
  (wrong password, disk full, file locked, offline, a form with missing answers). These are
  shown to the person in plain words, never as a traceback, and nothing is half-written.
* :class:`BugError` -- something that should never happen; shown with a crash report.

Every layer raises these; the UI and the CLI translate them into messages.
"""

from __future__ import annotations

from collections.abc import Mapping


class YjdeskError(Exception):
    """Base class of every error yjdesk raises on purpose."""

    #: A short, user-facing title ("Wrong password").
    title: str = "Something went wrong"

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class KnownError(YjdeskError):
    """An expected problem with the environment or the input; explained, not a bug."""

    title = "Cannot continue"


class BugError(YjdeskError):
    """An internal error: the program's fault, to be reported."""

    title = "Internal error"


# --- the local store -------------------------------------------------------------------------


class StoreError(KnownError):
    title = "The local database cannot be used"


class WrongPassword(StoreError):
    title = "Wrong password"


class StoreNotFound(StoreError):
    title = "No local profile"


class StoreCorrupt(StoreError):
    title = "The local database is damaged"


class StoreUnencrypted(StoreError):
    title = "Unencrypted database refused"


class StoreLocked(StoreError):
    title = "The local database is in use"


class DiskFull(StoreError):
    title = "The disk is full"


class StoreTooNew(StoreError):
    title = "yjdesk needs updating"


class StoreTooOld(StoreError):
    title = "Database too old to upgrade"


class StoreReadOnly(StoreError):
    title = "The local database is read-only"


# --- input and workflow rules ----------------------------------------------------------------


class ValidationError(KnownError):
    """Input that breaks a rule. ``errors`` maps a field name to a message for that field.

    The special key ``""`` holds a message about the record as a whole.
    """

    title = "Please check the form"

    def __init__(self, errors: Mapping[str, str] | str, *, detail: str | None = None) -> None:
        if isinstance(errors, str):
            errors = {"": errors}
        self.errors: dict[str, str] = dict(errors)
        summary = "; ".join(
            f"{k}: {v}" if k else v for k, v in self.errors.items()
        )
        super().__init__(summary, detail=detail)


class PermissionDenied(KnownError):
    title = "Not allowed"


class NotFound(KnownError):
    title = "Not found"


class WorkflowError(KnownError):
    """An action not allowed in the record's current state (e.g. editing a signed record)."""

    title = "Not possible now"


class RecordLocked(WorkflowError):
    title = "This record is locked"


# --- network and sync ------------------------------------------------------------------------


class SyncError(KnownError):
    title = "Sync failed"


class Offline(SyncError):
    title = "Offline"


class ServiceBusy(Offline):
    """The service asked us to come back later (503 ``busy``): treated like being offline
    for a moment, never as a failure of the user's work."""

    title = "Sync service busy"

    def __init__(self, message: str, *, retry_after: float = 5.0, detail: str | None = None
                 ) -> None:
        super().__init__(message, detail=detail)
        self.retry_after = retry_after


class ServerRejected(SyncError):
    title = "The server refused the request"


class AuthenticationFailed(SyncError):
    title = "Sign-in failed"


class ClientTooOld(SyncError):
    title = "Please update yjdesk"


class DeviceRevoked(SyncError):
    title = "This laptop has been revoked"
    #: True once the laptop's profile has been wiped (``yjdesk.sync.accounts``).
    wiped: bool = False


class NoKeyring(KnownError):
    title = "No secure credential store"
