"""Dated indicator definitions (``resources/kpi/definitions.json``).

Where the YJB's exact definition is unverified or changes over time (serious violence, the
reoffending cohorts, custody), the definition is data with a source and the date it applies
from; the version in force on the first day of the reporting period is used.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Any

from yjdesk.errors import KnownError
from yjdesk.paths import resources_dir


@cache
def _all() -> dict[str, list[dict[str, Any]]]:
    data = json.loads((resources_dir() / "kpi" / "definitions.json").read_text("utf-8"))
    out: dict[str, list[dict[str, Any]]] = {}
    for key, versions in data["definitions"].items():
        out[key] = sorted(versions, key=lambda v: v["applies_from"])
    return out


def definition(key: str, on: dt.date) -> dict[str, Any]:
    """The version of ``key`` in force on ``on`` (the earliest one before any applies)."""
    versions = _all().get(key)
    if not versions:
        raise KnownError(f"No definition of the indicator {key!r} in resources/kpi.")
    chosen = versions[0]
    for v in versions:
        if dt.date.fromisoformat(v["applies_from"]) <= on:
            chosen = v
    return chosen
