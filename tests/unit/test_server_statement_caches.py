"""Statements built for what a push names (its columns, its tables) live in bounded caches."""

from __future__ import annotations

import gc
import itertools

from yjdesk.server import row_writes
from yjdesk.wire.codec import content_columns, synced_tables


def test_a_client_sending_every_combination_of_fields_does_not_grow_the_cache() -> None:
    table = synced_tables()["assessment_stage"]
    names = [c.name for c in content_columns(table)]
    combos = list(itertools.islice(itertools.combinations(names, 3), 2_000))
    assert len(combos) == 2_000
    # (statements other tests in this process ran stay while an engine's compiled cache,
    # itself bounded, holds them)
    gc.collect()
    held = len(row_writes._UPDATE_SHAPES)
    for combo in combos:
        row_writes.update_of(table, combo)
    gc.collect()
    assert row_writes.update_of.cache_info().currsize <= 512
    assert len(row_writes._UPDATE_SHAPES) <= 512 + held
    # a statement still in use keeps its shape (the many-row UPDATE is built from it)
    stmt = row_writes.update_of(table, combos[-1])
    assert row_writes.update_of(table, combos[-1]) is stmt
    assert row_writes._UPDATE_SHAPES[stmt] == (table, combos[-1])
    first = row_writes.update_of(table, combos[0])  # evicted long ago: built again
    assert row_writes._UPDATE_SHAPES[first] == (table, combos[0])


def test_the_row_locks_statements_of_pushed_table_sets_are_bounded() -> None:
    from yjdesk.server import feed

    tables = [t for _, t in sorted(feed.tables().items()) if "id" in t.c]
    for pair in itertools.islice(itertools.combinations(tables, 2), 600):
        feed._lock_many_query(tuple((t, True, True) for t in pair), False)
    assert feed._lock_many_query.cache_info().currsize <= 512
