"""The services' validation and workflow messages in the person's language.

A service's message is English (:class:`yjdesk.errors.Message`, a ``str``: the command
line, the server and the tests read it as it is) with its template and values; a screen
words it here: the template translated (``translations/yjdesk_*.ts`` lists every one,
``yjdesk.ui.i18n_domain``), then its values filled in -- a
:class:`~yjdesk.errors.Word` (a field's label, a code list's label) translated on its own,
any other value (a date, a number, typed text) as given. A message not in the translation
file shows as it is (docs/decisions.md, "Translation").
"""

from __future__ import annotations

from collections.abc import Mapping

from yjdesk.errors import LowerWord, Message, Sentence, ValidationError, Word, Words
from yjdesk.ui.i18n import fill, tr


def _value(value: str) -> str:
    if isinstance(value, Message):  # a rule's words inside the message
        return message_text(value)
    if isinstance(value, Words):
        return "; ".join(tr(w) for w in value.words())
    if isinstance(value, LowerWord):
        return tr(str(value)).lower()
    if isinstance(value, Word):
        return tr(str(value))
    return value


def message_text(message: str) -> str:
    """A service's message (a :class:`~yjdesk.errors.Message`) in the person's language; any
    other text (the UI's own, already translated) as given."""
    if not isinstance(message, Message):
        return message
    if not message.template:
        return ""
    if isinstance(message, Sentence):
        inner = _value(message.args[0])
        return inner[:1].upper() + inner[1:] + "."
    return fill(tr(message.template), *(_value(a) for a in message.args))


def messages_text(errors: Mapping[str, str]) -> dict[str, str]:
    """Each field's message (``ValidationError.errors``) in the person's language."""
    return {key: message_text(text) for key, text in errors.items()}


def error_text(exc: BaseException) -> str:
    """What went wrong, in the person's language: a validation error's messages one a line
    (never the fields' internal names), a known error's message translated; anything else
    as Python words it (``str(exc)``)."""
    if isinstance(exc, ValidationError):
        return "\n".join(message_text(m) for m in exc.errors.values() if m)
    message = getattr(exc, "message", None)
    if isinstance(message, str):
        return message_text(message)
    return str(exc)
