"""Writing a small file so that a crash leaves the old copy or the new one, never half of one.

The one way yjdesk replaces a file (key file, settings, account): write a temporary file in
the same folder, fsync it, rename it over the old one, then fsync the folder so the rename
itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def write_atomic(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically and durably (file mode ``mode``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if hasattr(os, "fchmod"):  # not on Windows
                os.fchmod(fh.fileno(), mode)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(path.parent)


def write_json_atomic(path: Path, data: Mapping[str, Any], *, mode: int = 0o600) -> None:
    """``data`` as indented, key-sorted JSON, written by :func:`write_atomic`."""
    text = json.dumps(data, indent=2, sort_keys=True) + "\n"
    write_atomic(path, text.encode("utf-8"), mode=mode)


def replace_durably(tmp: Path, path: Path) -> None:
    """Move ``tmp`` (a finished file written next to ``path``, e.g. streamed) over ``path``
    as :func:`write_atomic` does: its bytes on disk first, then the rename, then the folder."""
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder; its rename is durable enough
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


__all__ = ["replace_durably", "write_atomic", "write_json_atomic"]
