"""Rules about a set of rows, judged once all the rows of a push are applied (issue 13).

A row rule (``server.rules``) sees one pushed row; some rules are about a set of rows that
arrive as several rows, possibly in one push: an ISS order and the four requirements it
needs (``services.orders.composition.ORDER_SET``), or a requirement and the hours or days
delivered against it (``services.orders.balance.BALANCE_SET``), a submitted assessment
stage and its answers (``services.assessments.submitted_set``, issue 11), what a
countersign or a finalisation signs (``services.assessments.signed_set``,
``services.court.finalised_set``: security review), a final contact changed after its
edit window only by amendment (``services.casework.final_contact_set``). Before a push is
applied the service notes which sets its rows touch and their state; once every row is
applied it judges each touched set again, and refuses every row of the push that touched a
set it made break (or break more). Those rows are then taken out and the push applied again (see
``server.push``), so nothing of a refused set is stored.

A set kind (written once, in its feature's services package, and called by the laptop's
service too) has ``owner_table``, ``tables`` (the record types that can change it),
``touched(session, changes) -> {owner id: pushed rows}`` (read before the rows are applied),
``state(session, owner_id)`` and ``worse(before, after) -> refusal or None``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from yjdesk.services.assessments.signed_set import SIGNED_STAGE_SET
from yjdesk.services.assessments.submitted_set import SUBMITTED_STAGE_SET
from yjdesk.services.casework.final_contact_set import FINAL_CONTACT_SET
from yjdesk.services.court.finalised_set import FINALISED_REPORT_SET
from yjdesk.services.orders.balance import BALANCE_SET
from yjdesk.services.orders.composition import ORDER_SET

Key = tuple[str, str]
#: (set kind's index in SET_KINDS, owner id)
SetKey = tuple[int, str]

#: (A stage's fixed content is judged before its blocking checks: a stage submitted before
#: the push says it waits for its countersign, not what it lacks.)
SET_KINDS: list[Any] = [ORDER_SET, BALANCE_SET, SIGNED_STAGE_SET, SUBMITTED_STAGE_SET,
                        FINALISED_REPORT_SET, FINAL_CONTACT_SET]


@dataclass
class Snapshot:
    """Each touched set's state before the push, and which pushed rows touch it."""

    before: dict[SetKey, Any] = field(default_factory=dict)
    rows_of: dict[SetKey, set[Key]] = field(default_factory=dict)


def may_touch(changes: Iterable[Any]) -> bool:
    """Whether any of the pushed rows is of a table some set kind is about (then
    :func:`touched` reads the database)."""
    return any(c.table in kind.tables for c in changes for kind in SET_KINDS)


def touched(session: Session, changes: Iterable[Any]) -> dict[SetKey, set[Key]]:
    """Set -> the pushed rows (table, id) that may change it."""
    out: dict[SetKey, set[Key]] = {}
    rows = list(changes)
    for i, kind in enumerate(SET_KINDS):
        mine = [c for c in rows if c.table in kind.tables]
        if mine:
            for owner, keys in kind.touched(session, mine).items():
                out.setdefault((i, owner), set()).update(keys)
    return out


def lock_keys(rows_of: Mapping[SetKey, set[Key]]) -> list[Key]:
    """The set owners to lock with the pushed rows (two pushes changing one set one after
    the other, not side by side)."""
    return sorted({(SET_KINDS[i].owner_table, owner) for i, owner in rows_of})


def take(session: Session, rows_of: Mapping[SetKey, set[Key]]) -> Snapshot:
    """Note the touched sets' state now (call with their owners locked)."""
    return Snapshot({(i, owner): SET_KINDS[i].state(session, owner) for i, owner in rows_of},
                    dict(rows_of))


def refusals(session: Session, snapshot: Snapshot, applied: set[Key]) -> dict[Key, str]:
    """The applied rows of the push to refuse: every one touching a set the push broke."""
    out: dict[Key, str] = {}
    for key, before in snapshot.before.items():
        rows = snapshot.rows_of.get(key, set()) & applied
        if not rows:
            continue
        kind = SET_KINDS[key[0]]
        message = kind.worse(before, kind.state(session, key[1]))
        if message:
            for row in rows:
                out.setdefault(row, message)
    return out
