"""The sync engine's record of what a run changed: merged once, equal to merging every
transaction's record in turn."""

from __future__ import annotations

import functools
import operator
import random

from yjdesk.store.changes import NO_CHANGES, Changes


def _random_changes(rng: random.Random, origin: object) -> Changes:
    tables = ["child", "contact", "disposal", "team", "user_account"]
    children = {t: frozenset(f"c{rng.randrange(30)}" for _ in range(rng.randrange(1, 6)))
                for t in rng.sample(tables, rng.randrange(0, 4))}
    unowned = frozenset(rng.sample(tables, rng.randrange(0, 2)))
    return Changes(children, unowned, origin)


def test_union_is_the_changes_merged_in_turn() -> None:
    rng = random.Random(16)
    for _ in range(200):
        parts = [_random_changes(rng, rng.choice([None, None, "a", "b"]))
                 for _ in range(rng.randrange(1, 12))]
        expected = functools.reduce(operator.or_, parts, NO_CHANGES)
        got = Changes.union(parts)
        assert got == expected
        assert got.origin == expected.origin
        assert got.child_ids == expected.child_ids and got.tables == expected.tables
