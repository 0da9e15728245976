"""Error taxonomy.

Two families, after qutebrowser's ``misc/sql.py``:

* :class:`KnownError` -- the environment or the user did something we expect to happen
  (wrong password, disk full, file locked, offline, a form with missing answers). These are
  shown to the person in plain words, never as a traceback, and nothing is half-written.
* :class:`BugError` -- something that should never happen; shown with a crash report.

Every layer raises these; the UI and the CLI translate them into messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_PLACEHOLDER = re.compile(r"%(\d+)")


def filled(template: str, *values: str) -> str:
    """A service's message template (``"%1 is missing"``) with its values, in English: as
    the UI's ``fill`` does after translating it, in one pass (a ``%2`` inside a value
    stays). For the command line, PDFs and tests; a screen translates the template."""
    def value(found: re.Match[str]) -> str:
        number = int(found.group(1))
        return values[number - 1] if 1 <= number <= len(values) else found.group(0)
    return _PLACEHOLDER.sub(value, template)


# --- messages: English for the services, in parts for a screen to translate ------------------


class Word(str):
    """An English word of the domain filled into a :class:`Message` (a field's label, a code
    list's label): a screen translates it on its own (it is in the translation file). Any
    other value (a date, a number, typed text) is shown as given."""

    __slots__ = ()


class LowerWord(Word):
    """A :class:`Word` in lower case inside the sentence ("A %1 lasts at most %2 months"
    with a disposal's label): the English lowers the label, a screen its translation."""

    __slots__ = ()


def english(value: str) -> str:
    """A value of a :class:`Message` as the English fills it in."""
    return value.lower() if isinstance(value, LowerWord) else str(value)


class Message(str):
    """A service's message: the English, filled (it *is* that string, for the command line,
    the server, the logs and the tests), with its template and values for a screen to word
    in the person's language (``yjdesk.ui.messages``): ``Message("%1 is required.",
    Word("Date of birth"))`` is ``"Date of birth is required."``. A message without values
    is its own template. Pickles (errors cross threads and processes)."""

    template: str
    args: tuple[str, ...]

    def __new__(cls, template: str, *args: object) -> Message:
        values = tuple(a if isinstance(a, str) else str(a) for a in args)
        self = super().__new__(cls, filled(template, *(english(v) for v in values))
                               if values else template)
        self.template = template
        self.args = values
        return self

    def __getnewargs__(self) -> tuple[str, ...]:  # type: ignore[override]
        return (self.template, *self.args)

    @property
    def parts(self) -> tuple[str, tuple[str, ...]]:
        return self.template, self.args


class Words(Word):
    """Several :class:`Word` s, ``"; "`` between them (what is still missing): a screen
    translates each on its own."""

    __slots__ = ()

    def __new__(cls, words: Iterable[str] | str) -> Words:
        return super().__new__(cls, words if isinstance(words, str) else "; ".join(words))

    def words(self) -> list[str]:
        return self.split("; ") if self else []


class Sentence(Message):
    """A rule's words as a sentence of their own: capitalised, with a full stop. A refusal
    (``"only a manager can delete a signed plan"``) is written once, in lower case without
    a stop, for the server to put inside its own sentences; a screen that shows it alone
    says ``Sentence(refusal)``, and words the refusal (a :class:`Message`) the same way."""

    def __new__(cls, text: str) -> Sentence:
        inner = as_message(text)
        self = str.__new__(cls, inner[:1].upper() + inner[1:] + ".")
        self.template = "%1."
        self.args = (inner,)
        return self

    def __getnewargs__(self) -> tuple[str, ...]:  # type: ignore[override]
        return (self.args[0],)


def as_message(text: str) -> Message:
    """``text`` as a :class:`Message` (a text without values is its own template)."""
    return text if isinstance(text, Message) else Message(str(text))


class YjdeskError(Exception):
    """Base class of every error yjdesk raises on purpose."""

    #: A short, user-facing title ("Wrong password").
    title: str = "Something went wrong"

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        #: The English (a :class:`Message`: a screen translates it, ``yjdesk.ui.messages``).
        self.message: str = as_message(message)
        self.detail = detail

    @property
    def parts(self) -> tuple[str, tuple[str, ...]]:
        """The message's template and values (``"%1 is required."``, ``("Name",)``)."""
        return as_message(self.message).parts

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

    The special key ``""`` holds a message about the record as a whole. Each message is the
    English, filled, as a :class:`Message` (a ``str``): a template and its values for a
    screen to translate (:attr:`parts`); a plain text given is its own template.
    """

    title = "Please check the form"

    def __init__(self, errors: Mapping[str, str] | str, *, detail: str | None = None) -> None:
        if isinstance(errors, str):
            errors = {"": errors}
        self.errors: dict[str, str] = {k: as_message(v) for k, v in errors.items()}
        summary = "; ".join(
            f"{k}: {v}" if k else v for k, v in self.errors.items()
        )
        super().__init__(summary, detail=detail)

    @property
    def parts(self) -> dict[str, tuple[str, tuple[str, ...]]]:  # type: ignore[override]
        """Each field's template and values (``{"name": ("%1 is required.", ("Name",))}``)."""
        return {k: as_message(v).parts for k, v in self.errors.items()}


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
