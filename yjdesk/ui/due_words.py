"""A due item in words, in the person's language: "Order ends - overdue by 10 days".

The services give a due item's parts (:class:`yjdesk.services.due.DueItem`: its label in
English, its due date, the date a label's ``%1`` names); the views word them here, at
display time, with :func:`~yjdesk.ui.i18n.tr`, :func:`~yjdesk.ui.i18n.fill` and
:func:`~yjdesk.ui.i18n.counted` (docs/decisions.md, "Translation").
"""

from __future__ import annotations

import datetime as dt

from yjdesk.services.due import FIXED_LABELS, DueItem
from yjdesk.ui.i18n import counted, fill, month_date, month_name, tr


def short_date(day: dt.date) -> str:
    """``07 Jul`` (a day this year or last, as ``strftime("%d %b")`` wrote it in English)."""
    return f"{day.day:02d} {month_name(day.month, short=True)}"


def due_label(item: DueItem) -> str:
    """What is due, in the person's language: "Order ends", "Not seen since 07 Jul". A
    label made from a record's values is as the service gives it (English)."""
    label = tr(item.label) if item.label in FIXED_LABELS else item.label
    return fill(label, short_date(item.since)) if item.since is not None else label


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
