"""The shape of a pushed change that workflow rules judge (no server import needed).

Feature packages write their sync-service invariants as functions ``rule(change) -> str |
None`` (a refusal message, or None to allow) over this protocol; the service passes its own
``yjdesk.server.rules.Change``, which has these attributes, and registers the rules in
``yjdesk.server.rules.RULES``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar


class ChangeLike(Protocol):
    @property
    def session(self) -> Any: ...
    @property
    def table(self) -> Any: ...
    @property
    def actor(self) -> Any: ...
    @property
    def row_id(self) -> str: ...
    @property
    def current(self) -> dict[str, Any] | None: ...
    @property
    def proposed(self) -> dict[str, Any]: ...
    @property
    def changed(self) -> set[str]: ...


Rule = Callable[[Any], str | None]
R = TypeVar("R", bound=Rule)


def judges(*tables: str) -> Callable[[R], R]:
    """Declare the record types a rule judges: it allows every change to any other.

    The rule's body then judges only changes of those tables (it need not check the table
    itself). A caller that runs many rules on many rows picks each table's rules once
    (:func:`rules_for`) and calls their bodies; calling the rule itself on another table's
    change returns None without running its body."""
    names = frozenset(tables)

    def declare(rule: R) -> R:
        @functools.wraps(rule)
        def judged(change: Any) -> str | None:
            if change.table.name not in names:
                return None
            return rule(change)
        judged.tables = names  # type: ignore[attr-defined]
        judged.body = rule  # type: ignore[attr-defined]
        return judged  # type: ignore[return-value]
    return declare


def rules_for(rules: Iterable[Rule], table: str) -> list[Rule]:
    """Of ``rules`` (in their order), those that can refuse a change of ``table``: a rule
    declared with :func:`judges` for other tables is left out, one for this table is given
    as its body; every other rule is kept as it is."""
    out: list[Rule] = []
    for rule in rules:
        tables = getattr(rule, "tables", None)
        if tables is None:
            out.append(rule)
        elif table in tables:
            out.append(getattr(rule, "body"))  # noqa: B009 - set by judges()
    return out
