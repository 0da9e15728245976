"""Per-profile window preferences in ``settings.json`` (geometry, last page).

Nothing about children is kept here: the file is not encrypted.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


def load_settings(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("ignoring unreadable settings file %s", path)
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(path: Path, updates: dict[str, Any]) -> None:
    """Merge ``updates`` into the file (written atomically)."""
    data = load_settings(path)
    data.update(updates)
    data["version"] = SETTINGS_VERSION
    tmp = path.with_suffix(".json.tmp")
    try:
        tmp.write_text(json.dumps(data, indent=2, sort_keys=True), "utf-8")
        tmp.replace(path)
    except OSError:
        log.warning("could not save settings to %s", path)
