"""Small shared checks that produce field-level messages.

A message with values in it is a template and its values (``e.add("dob", "%1 must be
before %2.", Word("Date of birth"), date_text(day))``): the English is filled here, a
screen translates the template and fills it (a :class:`~yjdesk.errors.Word` translated on
its own, any other value as given). Never format a message before it is given: the
translation file lists the templates (docs/decisions.md, "Translation")."""

from __future__ import annotations

import datetime as dt
import re

from yjdesk.errors import Message, ValidationError, Word


class Errors:
    """Collects field errors, then raises them together."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def add(self, field: str, message: str, *args: object) -> None:
        """``message`` for ``field`` (the first one kept): with ``args``, a template whose
        ``%1``, ``%2``... they fill (a :class:`~yjdesk.errors.Word` is a domain word the
        screen translates; other values are shown as given)."""
        self.errors.setdefault(field, Message(message, *args) if args else message)

    def require(self, field: str, value: object, label: str) -> None:
        """``label``: the field's name, in English (a screen translates it on its own)."""
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field, "%1 is required.", Word(label))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def parse_date(value: object, field: str, label: str) -> dt.date:
    """Accept a date or an ISO / dd/mm/yyyy string; raise a field error otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
    raise ValidationError({field: Message("%1 must be a real date, e.g. 31/01/2010.",
                                          Word(label))})


def check_range(errors: Errors, start: dt.date | None, end: dt.date | None,
                end_field: str, what: str = "The end date") -> None:
    if start and end and end < start:
        errors.add(end_field, "%1 cannot be before the start date.", Word(what))


PNC_RE = re.compile(r"^\d{2,4}/\d{1,7}[A-Z]$")
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.IGNORECASE)


