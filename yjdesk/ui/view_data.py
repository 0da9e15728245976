"""View data: what a widget keeps is a plain copy of values, never an ORM row.

A row loaded on the database worker and kept by a widget is detached from its session: a
later attribute access may try to load from a closed session, and it keeps a child's data
alive in an object nobody clears on lock. :func:`snapshot` copies a row's column values into
a read-only :class:`Snapshot` (same attribute names, no relationships, no session) on the
worker; widgets and dialogs read that.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar, cast

from sqlalchemy import inspect

T = TypeVar("T")


class Snapshot:
    """Read-only attribute bag of one row's column values."""

    __slots__ = ("_kind", "_values")

    def __init__(self, kind: str, values: dict[str, Any]) -> None:
        object.__setattr__(self, "_kind", kind)
        object.__setattr__(self, "_values", dict(values))

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"{self._kind} view data has no {name!r}") from None

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("view data is read-only")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Snapshot) and other._values == self._values

    def __hash__(self) -> int:
        return hash((self._kind, self._values.get("id")))

    def __repr__(self) -> str:
        return f"<{self._kind} view {self._values.get('id', '')}>"


def snapshot(row: T) -> T:
    """A plain, read-only copy of ``row``'s columns (typed as the row, for the reader)."""
    mapper = inspect(type(row))
    values = {attr.key: getattr(row, attr.key) for attr in mapper.column_attrs}
    return cast(T, Snapshot(type(row).__name__, values))


def snapshots(rows: Iterable[T]) -> list[T]:
    return [snapshot(r) for r in rows]


def offence_choices(session: Any, child_id: str) -> list[tuple[str, str]]:
    """The child's offences as a person picks one: (id, "03/06/2026 Theft of a vehicle -
    description"), the offence's label in the person's language. Run on the database
    worker."""
    from yjdesk.services.codes import codelist
    from yjdesk.services.humanise import date_text
    from yjdesk.services.justice import offences
    from yjdesk.ui.i18n import tr

    kinds = codelist("offence_type")
    return [(o.id, f"{date_text(o.offence_date)} {tr(kinds.label(o.offence_code))}"
             + (f" - {o.description}" if o.description else ""))
            for o in offences(session, child_id)]
