"""Service policy: timescales, lock timeout, suppression (``resources/policy/default.json``).

A service overrides keys with a ``policy.json`` in the machine-wide config folder (locked
by IT) or the profile folder. Later files override earlier ones key by key.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from yjdesk.errors import KnownError
from yjdesk.paths import resources_dir
from yjdesk.services import workdays


def deep_merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``over`` laid on top, key by key (nested objects merged, not replaced)."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


class Policy:
    """Read-only access to the merged policy: ``policy.get("assessment", "review_months")``."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    @classmethod
    def load(cls, overrides: Iterable[Path] = ()) -> Policy:
        data = json.loads((resources_dir() / "policy" / "default.json").read_text("utf-8"))
        for path in overrides:
            if not path.exists():
                continue
            try:
                extra = json.loads(path.read_text("utf-8"))
            except json.JSONDecodeError as exc:
                raise KnownError(f"The policy file {path} is not valid JSON: {exc}") from exc
            if not isinstance(extra, dict):
                raise KnownError(f"The policy file {path} must hold a JSON object.")
            data = deep_merge(data, extra)
        workdays.check_calendar(data.get("working_days", {}).get("calendar"))
        return cls(data)

    def get(self, *keys: str) -> Any:
        node: Any = self.data
        for key in keys:
            if not isinstance(node, dict) or key not in node:
                raise KeyError(".".join(keys))
            node = node[key]
        return node

    def int(self, *keys: str) -> int:
        return int(self.get(*keys))


_default: Policy | None = None


def default_policy() -> Policy:
    """The policy in force in this process: the service's own, once the app has installed
    it with :func:`use_policy`; the shipped defaults until then."""
    global _default
    if _default is None:
        _default = Policy.load()
    return _default


def use_policy(policy: Policy | None) -> None:
    """Make ``policy`` the one every service falls back to (None: the shipped defaults).

    The app installs the effective policy (machine-wide presets and the profile's choices)
    at start, so due dates in the caseload follow the service's timescales, not ours.
    """
    global _default
    _default = policy
    chosen = (policy.data.get("working_days") or {}).get("calendar") if policy else None
    workdays.use_calendar(chosen or workdays.DEFAULT_CALENDAR)
