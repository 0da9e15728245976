"""Helpers shared by the record sets judged as a whole at the end of a push.

A set kind (``yjdesk.server.set_rules.SET_KINDS``: an order's requirements, a submitted
assessment's answers ...) reads its rows' stored parents in a few queries for the whole push
and refuses only what a push makes worse. Each kind's own rule stays in its service package.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session


def stored_parents(session: Session, column: Any, ids: list[str]) -> dict[str, str]:
    """Row id -> its parent id as stored, for the rows of ``column``'s table among ``ids``
    (a few queries for a whole push)."""
    table = column.table
    out: dict[str, str] = {}
    for at in range(0, len(ids), 500):
        for row_id, parent in session.execute(select(table.c.id, column).where(
                table.c.id.in_(ids[at:at + 500]))):
            if isinstance(parent, str):
                out[str(row_id)] = parent
    return out


def new_problems(before: Mapping[str, str], after: Mapping[str, str]) -> str | None:
    """The refusal when ``after`` lacks something ``before`` did not, in the laptop's
    words; None when the set is no worse."""
    added = [message for key, message in after.items() if key not in before]
    return " ".join(dict.fromkeys(added)) or None


def owners_touched(session: Session, changes: list[Any], owner_table: str, child_column: Any
                   ) -> dict[str, set[tuple[str, str]]]:
    """Owner id -> the pushed rows that may change it: the owner row itself (of
    ``owner_table``), and each row of ``child_column``'s table naming it (as stored and as
    pushed: a row moved from one owner to another touches both)."""
    child_table = child_column.table.name
    out: dict[str, set[tuple[str, str]]] = {}
    children = [c for c in changes if c.table == child_table]
    stored = stored_parents(session, child_column, [c.id for c in children])
    for c in changes:
        if c.table == owner_table:
            out.setdefault(c.id, set()).add((c.table, c.id))
    for c in children:
        for owner in {c.fields.get(child_column.name), stored.get(c.id)}:
            if isinstance(owner, str):
                out.setdefault(owner, set()).add((c.table, c.id))
    return out


def read_afresh(session: Session, *models: type) -> None:
    """Expire the session's rows of ``models``: a set's state is read as the push left it,
    not as objects loaded before the push wrote them."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, models):
            session.expire(obj)


class SignedState(Protocol):
    """What a signed set's state says of its signature (``signed_set``, ``finalised_set``)."""

    @property
    def status(self) -> str | None: ...
    @property
    def deleted(self) -> bool: ...
    @property
    def stored_hash(self) -> str | None: ...
    @property
    def computed_hash(self) -> str | None: ...


def hash_refusal(before: SignedState, after: SignedState, signed: str,
                 mismatch: str) -> str | None:
    """A record signed (``signed``: its status once signed) or its hash rewritten by the
    push carries the hash of the content the service holds; else ``mismatch``."""
    if after.deleted or after.status != signed:
        return None
    if before.status == signed and before.stored_hash == after.stored_hash:
        return None  # signed before this push (judged then)
    return None if after.stored_hash == after.computed_hash else mismatch
