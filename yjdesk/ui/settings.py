"""Per-profile window preferences in ``settings.json`` (geometry, last page).

Nothing about children is kept here: the file is not encrypted.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from yjdesk.config import update_settings_file

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
    """Merge ``updates`` into the file (through the file's one writer, yjdesk.config)."""
    try:
        update_settings_file(path, {**updates, "version": SETTINGS_VERSION})
    except OSError:
        log.warning("could not save settings to %s", path)
