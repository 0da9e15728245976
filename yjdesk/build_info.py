"""Which build this is, for the About box and support calls.

A release build (``installers/pyinstaller/yjdesk.spec``) bundles ``build-info.json`` beside
the frozen code with the build id (date, git commit, platform); a copy run from source says
"development build".
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from yjdesk import __version__

BUILD_INFO_FILE = "build-info.json"
DEVELOPMENT = "development build"


def _bundle_dir() -> Path | None:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else None


def build_info() -> dict[str, str]:
    """The recorded build facts (``{}`` when running from source or if unreadable)."""
    folder = _bundle_dir()
    if folder is None:
        return {}
    try:
        data = json.loads((folder / BUILD_INFO_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items()}


def build_id() -> str:
    """E.g. ``"2026-11-23 a1b2c3d linux-x86_64"``, or ``"development build"``."""
    return build_info().get("build", DEVELOPMENT)


def version_line() -> str:
    """``yjdesk 0.1.0 (development build)``: what ``--version`` and the About box show."""
    return f"yjdesk {__version__} ({build_id()})"
