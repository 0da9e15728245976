"""Sets of ids passed to SQL as ONE JSON text parameter.

A statement that names many rows by id (the children a laptop holds, a page's rows) is
built once and takes the ids as a JSON list in one bind parameter, read back as a set in
SQL (``json_each`` on SQLite, ``json_array_elements_text`` on PostgreSQL). No statement is
built per call, no expanding ``IN`` list renders a bind parameter an id (and a new SQL
string each time), and on PostgreSQL no Python list is adapted element by element into an
array literal (psycopg escapes every element in Python): one string, any length.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Select, literal_column, select, text
from sqlalchemy.orm import InstrumentedAttribute


def ids_json(ids: Iterable[str], *, sort: bool = True) -> str:
    """The ids as the JSON text parameter :func:`id_set` reads (sorted unless ``sort`` is
    false, so statements that lock or insert in the list's order do it in id order)."""
    return json.dumps(sorted(ids) if sort else list(ids), separators=(",", ":"))


def id_set(dialect: str, param: str, alias: str = "i") -> str:
    """SQL for a FROM item named ``alias`` with one text column ``c``: the ids in the JSON
    list bound as ``:param`` (``dialect``: "postgresql" or "sqlite")."""
    if dialect == "postgresql":
        return f"json_array_elements_text(CAST(:{param} AS json)) AS {alias}(c)"
    return f"(SELECT value AS c FROM json_each(:{param})) AS {alias}"


def any_ids(dialect: str, placeholder: str) -> str:
    """SQL for ``<column> <this>``: the column is one of the ids of the JSON list bound at
    ``placeholder`` (``:ids``, or the driver's own ``%s`` / ``?``). For looking rows up by
    an index: on PostgreSQL ``= ANY(ARRAY(...))``, one index scan for the whole list (an
    ``IN (SELECT ...)`` there is a hash of the list and a nested loop: half as fast for a
    page's 5,000 rows). For filtering many rows by a long list, :func:`in_ids`."""
    if dialect == "postgresql":
        return f"= ANY(ARRAY(SELECT json_array_elements_text(CAST({placeholder} AS json))))"
    return f"IN (SELECT value FROM json_each({placeholder}))"


def in_ids(column: ColumnElement[Any] | InstrumentedAttribute[Any], dialect: str,
           param: str) -> ColumnElement[bool]:
    """``column IN (the ids bound as :param)``, for SQLAlchemy statements: on PostgreSQL a
    hashed subplan, a lookup for each row the statement walks (the feed page's filter)."""
    return column.in_(ids_select(dialect, param))


def ids_select(dialect: str, param: str) -> Select[tuple[str]]:
    alias = f"ids_{param}"
    return select(literal_column(f"{alias}.c")).select_from(
        text(id_set(dialect, param, alias)))
