"""Helpers shared by the record sets judged as a whole at the end of a push.

A set kind (``yjdesk.server.set_rules.SET_KINDS``: an order's requirements, a submitted
assessment's answers ...) reads its rows' stored parents in a few queries for the whole push
and refuses only what a push makes worse. Each kind's own rule stays in its service package.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
