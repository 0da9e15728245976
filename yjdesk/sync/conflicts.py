"""Conflicts in plain words, and their resolution (keep mine / keep theirs / merged value).

A resolution is an ordinary new edit: it runs in the caller's unit of work (so it is
audited and queued for the next push like any other change) and marks the conflict
resolved, which lets the chosen value travel.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, select
from sqlalchemy.orm import Session

from yjdesk.errors import NotFound, ValidationError
from yjdesk.models.base import Base
from yjdesk.models.child import Child
from yjdesk.models.org import UserAccount
from yjdesk.models.sync_local import SyncConflict
from yjdesk.models.types import utcnow
from yjdesk.services.humanise import (
    MONTH_NUMBERS,
    english_date,
    field_words,
    record_kind,
    uk_time,
)
from yjdesk.wire.codec import CodecError, decode
from yjdesk.wire.protocol import WireValue

Choice = Literal["mine", "theirs", "merged"]


def moment(value: WireValue) -> dt.date | dt.datetime | None:
    """The date, or the date and time in UK time, a wire value holds (None: neither). The
    UI writes it in the person's language (its month names); :func:`describe` in English."""
    if not isinstance(value, str) or not (len(value) == 10 or "T" in value):
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        return uk_time(dt.datetime.fromisoformat(value))
    except ValueError:
        return None


def describe(session: Session, value: WireValue, field: str = "") -> str:
    """A wire value as a person would say it (in English: the UI says a date's month and
    the empty and yes/no answers in the person's language from :func:`moment` and the
    value)."""
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, str):
        if field.endswith("_id") and len(value) == 36:
            user = session.get(UserAccount, value)
            if user is not None:
                return user.display_name
        when = moment(value)
        if isinstance(when, dt.datetime):
            return english_date(when, "%-d %B %Y at %H:%M")
        if when is not None:
            return english_date(when, "%-d %B %Y")
        return value.replace("_", " ") if " " not in value and "_" in value else value
    return str(value)


def _model_for(table: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table:  # type: ignore[attr-defined]
            return mapper.class_
    raise NotFound(f"Unknown kind of record: {table}")


def _child_name(session: Session, child_id: str | None) -> str | None:
    child = session.get(Child, child_id) if child_id else None
    return child.display_name if child is not None else None


def _record_label(session: Session, c: SyncConflict) -> str:
    """In English: "Contact of Jay", "Record of Jay" (the child's own record), or the kind.
    The UI words it from the parts (:class:`ConflictView`'s ``kind`` and ``child_name``)."""
    kind = record_kind(c.table_name)
    name = _child_name(session, c.child_id)
    if name is not None:
        return f"{kind} of {name}" if c.table_name != "child" else f"Record of {name}"
    return kind


@dataclass(frozen=True)
class ConflictView:
    id: int
    table: str
    row_id: str
    child_id: str | None
    record: str
    field: str
    field_label: str
    mine: WireValue
    theirs: WireValue
    mine_text: str
    theirs_text: str
    their_author: str
    their_time: dt.datetime | None
    #: The parts the UI words the conflict from in the person's language (``record``,
    #: ``field_label`` and ``their_author`` are the English): the kind of record
    #: (``humanise.RECORD_KINDS``), the child's name (None: no child), and the other
    #: author's name (None: not known, ``their_author`` is one of :data:`AUTHOR_WORDS`).
    kind: str = ""
    child_name: str | None = None
    author_name: str | None = None


#: Who made the other edit when the laptop does not know their name (translated where shown).
SOMEONE_ELSE, ANOTHER_USER = "Someone else", "Another user"
AUTHOR_WORDS = (SOMEONE_ELSE, ANOTHER_USER)


def _author_name(session: Session, user_id: str | None) -> str | None:
    user = session.get(UserAccount, user_id) if user_id else None
    return user.display_name if user is not None else None


def _author(session: Session, user_id: str | None) -> str:
    if not user_id:
        return SOMEONE_ELSE
    return _author_name(session, user_id) or ANOTHER_USER


def open_conflicts(session: Session) -> list[ConflictView]:
    rows = session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                           .order_by(SyncConflict.created_at, SyncConflict.id))
    out = []
    for c in rows:
        mine, theirs = json.loads(c.mine), json.loads(c.theirs)
        out.append(ConflictView(
            id=c.id, table=c.table_name, row_id=c.row_id, child_id=c.child_id,
            record=_record_label(session, c), field=c.field, field_label=field_words(c.field),
            mine=mine, theirs=theirs, mine_text=describe(session, mine, c.field),
            theirs_text=describe(session, theirs, c.field),
            their_author=_author(session, c.their_author), their_time=c.their_time,
            kind=record_kind(c.table_name), child_name=_child_name(session, c.child_id),
            author_name=_author_name(session, c.their_author)))
    return out


def resolve(session: Session, conflict_id: int, choice: Choice,
            merged: WireValue = None) -> None:
    """Settle one conflict in the caller's unit of work (audited, pushed next sync)."""
    c = session.get(SyncConflict, conflict_id)
    if c is None or c.resolved_at is not None:
        raise NotFound("This conflict has already been settled.")
    if choice not in ("mine", "theirs", "merged"):
        raise ValidationError({"choice": "Choose mine, theirs or a merged value."})
    model = _model_for(c.table_name)
    obj = session.get(model, c.row_id)
    if obj is None:
        raise NotFound("The record with this conflict is no longer on this laptop.")
    column = model.__table__.c[c.field]
    key = model.__mapper__.get_property_by_column(column).key
    if choice == "theirs":
        wire: WireValue = json.loads(c.theirs)
    elif choice == "merged":
        wire = merged
    else:
        wire = None
    if choice != "mine":
        try:
            value = decode(column, wire)
        except CodecError as exc:
            raise ValidationError({c.field: str(exc)}) from exc
        setattr(obj, key, value)
    obj.updated_at = utcnow()  # an edit either way: queued for the next push
    c.resolved_at = utcnow()
    c.resolution = choice
    session.flush()


def _named_month_date(text: str, months: Mapping[str, int]) -> dt.date | None:
    """"7 Medi 2010" with ``months`` {"medi": 9, ...}; None if it is not such a date."""
    found = re.fullmatch(r"(\d{1,2})\s+(.+?)\s+(\d{4})", text)
    month = months.get(found.group(2).casefold()) if found else None
    if found is None or month is None:
        return None
    return dt.date(int(found.group(3)), month, int(found.group(1)))


def parse_value(table: str, field: str, text: str, *, months: Mapping[str, int] | None = None,
                answers: Mapping[str, bool] | None = None) -> WireValue:
    """A merged value typed by a person, as the wire value for ``table.field``.

    English month names and yes/no are always understood; the UI adds the words it shows
    in the person's language: ``months`` (a month's name or short name, lower case, to its
    number: "medi" -> 9) and ``answers`` ("ie" -> True)."""
    column = _model_for(table).__table__.c[field]
    ctype = column.type
    text = text.strip()
    if not text:
        return None
    try:
        if isinstance(ctype, Boolean):
            lowered = text.casefold()
            if answers and lowered in answers:
                return answers[lowered]
            if lowered in ("yes", "y", "true"):
                return True
            if lowered in ("no", "n", "false"):
                return False
            raise ValueError("answer yes or no")
        if isinstance(ctype, Integer):
            return int(text)
        if isinstance(ctype, Float | Numeric):
            return float(text)
        if isinstance(ctype, Date) and not isinstance(ctype, DateTime):
            for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
                try:
                    return dt.datetime.strptime(text, fmt).date().isoformat()
                except ValueError:
                    continue
            named = _named_month_date(text, {**MONTH_NUMBERS, **(months or {})})
            if named is not None:
                return named.isoformat()
            raise ValueError("write the date as DD/MM/YYYY")
    except ValueError as exc:
        raise ValidationError({field: f"{field_words(field)}: {exc}"}) from exc
    return text


@dataclass(frozen=True)
class FailedView:
    table: str
    row_id: str
    record: str
    reason: str
    when: dt.datetime | None


def failed_views(session: Session) -> list[FailedView]:
    """Changes the server refused, in plain words (they stay on this laptop)."""
    from yjdesk.models.sync_local import SyncPending

    out = []
    for p in session.scalars(select(SyncPending).where(SyncPending.failed_reason.is_not(None))
                             .order_by(SyncPending.failed_at)):
        fake = SyncConflict(table_name=p.table_name, row_id=p.row_id, child_id=p.child_id)
        out.append(FailedView(p.table_name, p.row_id, _record_label(session, fake),
                              p.failed_reason or "", p.failed_at))
    return out
