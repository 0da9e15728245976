"""The registry of ``yjdesk`` subcommands, and what they share (no Qt, no app).

Feature modules register a headless subcommand here; :mod:`yjdesk.cli` builds the parser
from :data:`COMMANDS`. Keeping the registry apart from ``yjdesk.cli`` (which can start the
desktop app) means a headless module never depends on Qt, even indirectly.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from yjdesk.errors import KnownError
from yjdesk.paths import Paths, resolve

Command = Callable[[argparse.Namespace], int]
#: name -> (help, add-arguments, run).
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Command]] = {}

EXIT_KNOWN_ERROR = 2


def read_password(args: argparse.Namespace, prompt: str = "yjdesk password: ") -> str:
    """The store password: $YJDESK_PASSWORD (for scripted IT use) or a prompt."""
    env = os.environ.get("YJDESK_PASSWORD")
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise KnownError("No password: set YJDESK_PASSWORD or run from a terminal.")
    return getpass.getpass(prompt)


def paths_of(args: argparse.Namespace) -> Paths:
    return resolve(getattr(args, "data_dir", None))
