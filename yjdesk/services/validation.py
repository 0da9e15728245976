"""Small shared checks that produce field-level messages."""

from __future__ import annotations

import datetime as dt
import re

from yjdesk.errors import ValidationError


class Errors:
    """Collects field errors, then raises them together."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def require(self, field: str, value: object, label: str) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field, f"{label} is required.")

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
    raise ValidationError({field: f"{label} must be a real date, e.g. 31/01/2010."})


def check_range(errors: Errors, start: dt.date | None, end: dt.date | None,
                end_field: str, what: str = "The end date") -> None:
    if start and end and end < start:
        errors.add(end_field, f"{what} cannot be before the start date.")


PNC_RE = re.compile(r"^\d{2,4}/\d{1,7}[A-Z]$")
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.IGNORECASE)


