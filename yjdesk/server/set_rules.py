"""Rules about a set of rows, judged once all the rows of a push are applied (issue 13).

A row rule (``server.rules``) sees one pushed row; some rules are about a set of rows that
arrive as several rows, possibly in one push, e.g. an ISS order and the four requirements
it needs (``services.orders.composition``). Before a push is applied the service notes
which sets its rows touch and what each set lacked; once every row is applied it judges
each touched set again, and refuses every row of the push that touched a set it made
break (or break more). Those rows are then taken out and the push applied again (see
``server.push``), so nothing of a refused set is stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from yjdesk.services.orders import composition

Key = tuple[str, str]


@dataclass
class Snapshot:
    """What each set a push touches lacked before the push (order id -> problems), and
    which pushed rows touch which set."""

    before: dict[str, dict[str, str]] = field(default_factory=dict)
    rows_of: dict[str, set[Key]] = field(default_factory=dict)

    @property
    def order_ids(self) -> list[str]:
        return sorted(self.before)


def touched(session: Session, changes: Iterable[Any]) -> dict[str, set[Key]]:
    """Order id -> the pushed rows (table, id) that may change its set."""
    out: dict[str, set[Key]] = {}
    for c in changes:
        if c.table not in composition.TABLES:
            continue
        for order_id in composition.orders_touched(session, c.table, c.id, c.fields):
            out.setdefault(order_id, set()).add((c.table, c.id))
    return out


def lock_keys(rows_of: Mapping[str, set[Key]]) -> list[Key]:
    """The set owners to lock with the pushed rows (two pushes changing one order's set
    one after the other, not side by side)."""
    return [(composition.ORDER_TABLE, order_id) for order_id in sorted(rows_of)]


def take(session: Session, rows_of: Mapping[str, set[Key]]) -> Snapshot:
    """Note what the touched sets lack now (call with the touched rows locked)."""
    return Snapshot(composition.problems_of(session, rows_of), dict(rows_of))


def refusals(session: Session, snapshot: Snapshot, applied: set[Key]) -> dict[Key, str]:
    """The applied rows of the push to refuse: every one touching a set the push broke."""
    if not snapshot.before:
        return {}
    out: dict[Key, str] = {}
    for order_id, message in composition.new_problems(session, snapshot.before).items():
        for key in snapshot.rows_of.get(order_id, set()) & applied:
            out.setdefault(key, message)
    return out
