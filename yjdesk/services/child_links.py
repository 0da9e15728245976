"""A record of a child names only records of the same child (security review, issue 11).

Rows that belong to a child (``child_id``) often name a parent row that belongs to a child
too: an answer its assessment stage, an amendment its contact, a delivery line its order's
requirement. Scope is judged on the row's own ``child_id``, so without this rule a person
holding one child could hang rows off another child's records they may not see (an answer
in another team's assessment, an amendment of its contact, hours delivered against its
order): the parent must belong to the row's own child.

One pure rule of (row before, row after, caller), run by the laptop before a row is queued
(``services.shared_rules``) and by the sync service on every pushed row
(``server.rules.RULES``).
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Table, select

from yjdesk.errors import Message
from yjdesk.services.change_rules import ChangeLike

#: What is refused (%1: the parent record's kind, its table's name in words).
ANOTHER_CHILD = "the %1 this record names belongs to another child"


@cache
def child_parents(table: Table) -> tuple[tuple[str, Table], ...]:
    """``table``'s columns naming a row of another child-owned table, with that table
    (empty for a table without ``child_id``)."""
    if "child_id" not in table.c:
        return ()
    out: list[tuple[str, Table]] = []
    for column in table.c:
        if column.name == "child_id":
            continue
        for fk in column.foreign_keys:
            parent = fk.column.table
            if isinstance(parent, Table) and "child_id" in parent.c and \
                    fk.column.name == "id":
                out.append((column.name, parent))
    return tuple(out)


def other_child_refusal(change: ChangeLike) -> str | None:
    """Refuse a row (new, or whose parent or child changes) naming a parent row that
    belongs to another child. A parent that is not stored is left to the foreign key."""
    parents = child_parents(change.table)
    if not parents or change.proposed.get("deleted") or change.session is None:
        return None
    child_id = change.proposed.get("child_id")
    # new, moved to another child, or restored (a row added as deleted, then restored,
    # is judged when it comes back)
    moved = change.current is None or bool({"child_id", "deleted"} & change.changed)
    for name, parent in parents:
        value = change.proposed.get(name)
        if not isinstance(value, str) or not (moved or name in change.changed):
            continue
        with change.session.no_autoflush:
            owner = change.session.execute(
                select(parent.c.child_id).where(parent.c.id == value)).scalar_one_or_none()
        if owner is not None and owner != child_id:
            return Message(ANOTHER_CHILD, parent.name.replace("_", " "))
    return None


__all__ = ["ANOTHER_CHILD", "child_parents", "other_child_refusal"]
