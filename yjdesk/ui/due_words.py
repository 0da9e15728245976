"""A due item in words, in the person's language: "Order ends - overdue by 10 days".

The services give a due item's parts (:class:`yjdesk.services.due.DueItem`: its label in
English, its due date, the date or the values its ``%1``, ``%2``... stand for); the views
word them here, at display time, with :func:`~yjdesk.ui.i18n.tr`,
:func:`~yjdesk.ui.i18n.fill` and :func:`~yjdesk.ui.i18n.counted` (docs/decisions.md,
"Translation").
"""

from __future__ import annotations

import datetime as dt

from yjdesk.services.due import COUNTED, FIXED_LABELS, TEMPLATES, Arg, DueItem, count_of
from yjdesk.ui.i18n import counted, fill, month_date, month_name, tr


def short_date(day: dt.date) -> str:
    """``07 Jul`` (a day this year or last, as ``strftime("%d %b")`` wrote it in English)."""
    return f"{day.day:02d} {month_name(day.month, short=True)}"


def _value(kind: Arg, value: str) -> str:
    """A value filled into a label, as :data:`~yjdesk.services.due.TEMPLATES` says: a domain
    word translated (a code list's label: in the translation file), a record's words as
    typed."""
    if kind is Arg.WORD:
        return tr(value)
    if kind is Arg.LOWER_WORD:
        return tr(value).lower()
    return value


def due_label(item: DueItem) -> str:
    """What is due, in the person's language: "Order ends", "Not seen since 07 Jul",
    "Oversight action: Call the school" (the template translated, the record's words as
    typed, a code list's label translated). A label the rules do not list
    (:data:`~yjdesk.services.due.FIXED_LABELS`) is shown as the service gives it."""
    label = tr(item.label) if item.label in FIXED_LABELS else item.label
    if item.since is None and not item.args:
        return label
    values = [short_date(item.since)] if item.since is not None else []
    kinds = TEMPLATES.get(item.label, ())
    for i, value in enumerate(item.args):
        kind = kinds[i] if i < len(kinds) else Arg.AS_GIVEN
        if kind is Arg.COUNT:
            label = _counted(item.label, value)
        else:
            values.append(_value(kind, value))
    return fill(label, *values)


def _counted(template: str, value: str) -> str:
    """A template with a count (its ``%n``: :data:`~yjdesk.services.due.COUNTED`) in the
    language's plural form for it, the count written in: "%1: %2 of 1 hour still to do"."""
    n = count_of(value)
    if n is None or template not in COUNTED:
        return tr(template).replace("%n", value)
    return counted(n, tr(COUNTED[template]), tr(template))


def due_when(label: str, due: dt.date, today: dt.date) -> str:
    """``label`` (already in words) with when it falls due: "... - overdue by 3 days",
    "... - due today", "... - due 07 Dec 2026"."""
    days = (due - today).days
    if days < 0:
        return fill(tr("%1 - overdue by %2"), label,
                    counted(-days, tr("%n day"), tr("%n days")))
    if days == 0:
        return fill(tr("%1 - due today"), label)
    return fill(tr("%1 - due %2"), label, month_date(due, short=True, padded=True))


def due_text(item: DueItem, today: dt.date) -> str:
    """The item in words on ``today``: "Order ends - overdue by 10 days"."""
    return due_when(due_label(item), item.due, today)
