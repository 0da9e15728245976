"""Where yjdesk keeps its files.

Per-user data lives under platformdirs; ``--data-dir`` or ``YJDESK_HOME`` override it (tests
always do, so no test ever touches a real profile).
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "yjdesk"
APP_AUTHOR = "yjdesk"
ENV_HOME = "YJDESK_HOME"
ENV_SYSTEM_CONFIG = "YJDESK_SYSTEM_CONFIG"


@dataclass(frozen=True)
class Paths:
    """The folders of one profile."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "yjdesk.db"

    @property
    def keyfile(self) -> Path:
        return self.root / "yjdesk.key.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def crash_log(self) -> Path:
        return self.root / "crash.log"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    def ensure(self) -> Paths:
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):  # e.g. a filesystem without modes
            os.chmod(self.root, 0o700)
        return self


def default_root() -> Path:
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resolve(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """The profile folders: ``data_dir`` if given, else ``YJDESK_HOME``, else platformdirs."""
    root = Path(data_dir).expanduser() if data_dir else default_root()
    return Paths(root.resolve())


def system_config_dir() -> Path:
    """The machine-wide config folder IT keeps (``/etc/xdg/yjdesk`` on Linux,
    ``%PROGRAMDATA%\\yjdesk`` on Windows): the folder of ``$YJDESK_SYSTEM_CONFIG``'s file when
    that is set (:func:`yjdesk.config.system_config_file`). A service's own data files sit
    here: ``population.json``, ``cld/<YYYY-YY>.json``."""
    env = os.environ.get(ENV_SYSTEM_CONFIG)
    if env:
        return Path(env).expanduser().parent
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """The ``resources/`` folder (code lists, policy, form definitions)."""
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller build (installers/pyinstaller)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("yjdesk resources folder not found")  # pragma: no cover
