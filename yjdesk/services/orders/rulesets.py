"""Dated rule sets: the law's limits as data (``resources/rules/youth_sentencing.json``).

Each family (``dto_term``, ``yro``, ``referral_order`` ...) is a list of rule sets, each with
``applies_from`` (ISO date), ``date_basis`` (which date of the case decides: the date the
order was made, the date of conviction ...) and ``source``. :func:`rule_set` returns the one in
force on a day: the latest whose ``applies_from`` is on or before it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from yjdesk.paths import resources_dir


@dataclass(frozen=True)
class RuleSet:
    family: str
    applies_from: dt.date
    date_basis: str
    source: str
    values: dict[str, Any]

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def int(self, key: str) -> int:
        return int(self.values[key])


@lru_cache(maxsize=1)
def _families() -> dict[str, list[RuleSet]]:
    data = json.loads((resources_dir() / "rules" / "youth_sentencing.json").read_text("utf-8"))
    out: dict[str, list[RuleSet]] = {}
    for family, sets in data["rule_sets"].items():
        rows = [RuleSet(family, dt.date.fromisoformat(s["applies_from"]), s["date_basis"],
                        s["source"], {k: v for k, v in s.items()
                                      if k not in ("applies_from", "date_basis", "source")})
                for s in sets]
        out[family] = sorted(rows, key=lambda r: r.applies_from)
    return out


def rule_set(family: str, on: dt.date) -> RuleSet:
    """The rule set of ``family`` in force on ``on`` (the earliest one for older dates)."""
    sets = _families()[family]
    found = sets[0]
    for candidate in sets:
        if candidate.applies_from <= on:
            found = candidate
    return found


def families() -> dict[str, list[RuleSet]]:
    return dict(_families())
