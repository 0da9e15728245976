"""Field validation of the laptop's forms, run on the sync service too (issue 11).

A record the laptop's own form would refuse is refused by the service with the same plain
words. Each entry of :data:`FIELD_RULES` is a function of (row before, row after, caller,
lookup) over Python values -- ``before`` is None for a new row, ``lookup`` answers the few
questions about other records a rule needs (the child's date of birth) -- that returns
the form's errors by field. It calls the very function the laptop's service calls
(``children.validate``, ``contacts.final_record_errors``...), so the words are the same.

On a change to an existing row only errors about fields the change touches count: a
record saved under older rules is not refused for a field nobody edited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import fields
from typing import Any

from yjdesk.errors import ValidationError
from yjdesk.models.statuses import ContactStatus
from yjdesk.models.types import utcnow

Lookup = Callable[[str, str], Mapping[str, Any] | None]
FieldRule = Callable[[Mapping[str, Any] | None, Mapping[str, Any], Any, Lookup],
                     dict[str, str]]

#: A laptop's clock may run a little ahead of the service's.
CLOCK_SLACK = dt.timedelta(minutes=10)


def _errors_of(check: Callable[[], None]) -> dict[str, str]:
    try:
        check()
    except ValidationError as exc:
        return dict(exc.errors)
    return {}


def child_rule(before: Mapping[str, Any] | None, after: Mapping[str, Any], caller: Any,
               lookup: Lookup) -> dict[str, str]:
    from yjdesk.services.children import ChildInput, validate

    names = {f.name for f in fields(ChildInput)}
    values: dict[str, Any] = {k: after.get(k) for k in names if k in after}
    values.setdefault("given_name", "")
    values.setdefault("family_name", "")
    values.setdefault("gender", "")
    values.setdefault("ethnicity", "")
    values.setdefault("date_of_birth", None)
    for key in ("looked_after", "child_in_need", "cp_plan"):
        if values.get(key) is None:
            values.pop(key, None)
    data = ChildInput(**values)
    return _errors_of(lambda: validate(data, utcnow().date()))


def contact_rule(before: Mapping[str, Any] | None, after: Mapping[str, Any], caller: Any,
                 lookup: Lookup) -> dict[str, str]:
    """A final record meets the final-record rules (on becoming final, or edited as one)."""
    from yjdesk.services.casework.contacts import ContactInput, final_record_errors

    if after.get("status") != ContactStatus.FINAL:
        return {}
    names = {f.name for f in fields(ContactInput)} - {"target_ids"}
    values: dict[str, Any] = {k: after.get(k) for k in names if k in after}
    data = ContactInput(**values)
    if data.safeguarding_concern is None:
        data.safeguarding_concern = False
    child = lookup("child", str(after.get("child_id"))) or {}
    dob = child.get("date_of_birth")
    errors = final_record_errors(data, utcnow() + CLOCK_SLACK,
                                 dob if isinstance(dob, dt.date) else None)
    return dict(errors.errors)


def psr_rule(before: Mapping[str, Any] | None, after: Mapping[str, Any], caller: Any,
             lookup: Lookup) -> dict[str, str]:
    """The report editor's checks on ratings and the proposed sentence
    (``court.psr.validate_input``; proposed requirements are rows of their own)."""
    from yjdesk.services.court.psr import PsrInput, validate_input

    names = set(PsrInput.__dataclass_fields__) - {"sources", "requirements"}
    values: dict[str, Any] = {k: after.get(k) for k in names if k in after}
    data = PsrInput(**values)
    return _errors_of(lambda: validate_input(data))


#: Record type -> the laptop form's field validation, as a rule.
FIELD_RULES: dict[str, FieldRule] = {
    "child": child_rule,
    "contact": contact_rule,
    "psr": psr_rule,
}


def field_refusal(table: str, before: Mapping[str, Any] | None, after: Mapping[str, Any],
                  caller: Any, lookup: Lookup) -> str | None:
    """The form's first error (in its own words) for this change, or None."""
    rule = FIELD_RULES.get(table)
    if rule is None:
        return None
    errors = rule(before, after, caller, lookup)
    if before is not None:
        changed = {k for k, v in after.items() if before.get(k) != v}
        becoming_final = "status" in changed
        if not becoming_final:
            errors = {k: v for k, v in errors.items() if k in changed}
    if not errors:
        return None
    return "; ".join(errors.values())
