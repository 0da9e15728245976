"""Logging: a rotating file in the profile's logs folder (and stderr when asked).

Set ``YJDESK_LOG_STDOUT=1`` to also log to the terminal. Children's data is never logged:
log lines carry ids and counts, not names.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_HANDLER_NAME = "yjdesk-file"


def setup_logging(logs_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``logs_dir/yjdesk.log`` (1 MB x 5 files). Safe to call more than once."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    path = logs_dir / "yjdesk.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True)
    file_handler.set_name(_HANDLER_NAME)
    file_handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(file_handler)
    if os.environ.get("YJDESK_LOG_STDOUT") and not any(
            h.get_name() == "yjdesk-stderr" for h in root.handlers):
        stream = logging.StreamHandler(sys.stderr)
        stream.set_name("yjdesk-stderr")
        stream.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(stream)
    root.setLevel(level)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    return path


def shutdown_logging() -> None:
    """Close the file handler (tests remove their temporary folders afterwards)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() in (_HANDLER_NAME, "yjdesk-stderr"):
            root.removeHandler(handler)
            handler.close()
