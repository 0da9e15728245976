"""Rows of several tables as one result set, for one statement instead of one a table.

A ``UNION ALL`` needs every branch to give the same columns, so each row is its table's
index (``part``), then every table's columns in turn: its own table's values, every other
table's as NULLs cast to their types (a ``UNION``'s untyped NULLs would be resolved branch
by branch). The reader takes a row's own columns by its table's span. Used by the push's
row locks (:mod:`yjdesk.server.feed`) and the pull's page rows (:mod:`yjdesk.server.pull`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.sql.schema import Column

#: A row may be at most this wide (the part's index and every table's columns):
#: PostgreSQL's limit on a select list (SQLite's is 2,000).
MAX_COLUMNS = 1664


def select_lists(parts: Sequence[Sequence[Column[Any]]], own: Callable[[int, Column[Any]], str],
                 dialect: Dialect) -> tuple[list[str], tuple[tuple[int, int], ...]]:
    """Each part's select list (``i AS part``, then every part's columns: ``own(i, c)``
    for its own, NULLs of their types for the others') and each part's span of columns
    in a row (the index is column 0). :class:`ValueError` if a row would be wider than
    :data:`MAX_COLUMNS`."""
    width = 1 + sum(len(cols) for cols in parts)
    if width > MAX_COLUMNS:
        raise ValueError(f"{width} columns a row, over {MAX_COLUMNS}: read fewer tables at once")
    nulls = [f"CAST(NULL AS {c.type.compile(dialect=dialect)})" for cols in parts
             for c in cols]
    lists: list[str] = []
    spans: list[tuple[int, int]] = []
    start = 1
    for i, cols in enumerate(parts):
        cells = list(nulls)
        cells[start - 1:start - 1 + len(cols)] = [own(i, c) for c in cols]
        lists.append(f"{i} AS part, {', '.join(cells)}")
        spans.append((start, start + len(cols)))
        start += len(cols)
    return lists, tuple(spans)
