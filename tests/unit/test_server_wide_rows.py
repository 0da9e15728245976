"""Rows of several tables in one result (yjdesk.server.wide_rows), read back on SQLite."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, Date, Integer, MetaData, String, Table, create_engine, text
from sqlalchemy.dialects import sqlite

from yjdesk.server import wide_rows

META = MetaData()
A = Table("a", META, Column("id", String(36), primary_key=True), Column("n", Integer))
B = Table("b", META, Column("id", String(36), primary_key=True), Column("born", Date),
          Column("name", String(20)))


def test_each_row_carries_its_own_columns_in_its_span_and_nulls_elsewhere() -> None:
    parts = [list(A.c), list(B.c)]
    lists, spans = wide_rows.select_lists(
        parts, lambda i, c: f"{('a', 'b')[i]}.{c.name}", sqlite.dialect())
    assert spans == ((1, 3), (3, 6))
    assert lists[0].startswith("0 AS part, a.id, a.n, CAST(NULL AS VARCHAR(36)), ")
    assert "CAST(NULL AS DATE)" in lists[0] and "b.born" in lists[1]
    engine = create_engine("sqlite://")
    META.create_all(engine)
    with engine.begin() as conn:
        conn.execute(A.insert(), [{"id": "a1", "n": 7}])
        conn.execute(B.insert(), [{"id": "b1", "born": None, "name": "Sam"}])
        rows = conn.execute(text(f"SELECT {lists[0]} FROM a UNION ALL "
                                 f"SELECT {lists[1]} FROM b ORDER BY part")).all()
    assert [tuple(r) for r in rows] == [(0, "a1", 7, None, None, None),
                                        (1, None, None, "b1", None, "Sam")]
    first, end = spans[1]
    assert tuple(rows[1][first:end]) == ("b1", None, "Sam")


def test_a_row_wider_than_postgresql_allows_is_refused_before_any_sql() -> None:
    wide = Table("wide", MetaData(), *(Column(f"c{i}", Integer) for i in range(900)))
    with pytest.raises(ValueError, match="over 1664"):
        wide_rows.select_lists([list(wide.c), list(wide.c)], lambda i, c: c.name,
                               sqlite.dialect())
