"""``yjdesk sync --data-dir DIR``: one sync with the server, no window (IT staff, tests).

The store password comes from ``$YJDESK_PASSWORD`` or a prompt; the service is the one the
profile was first signed in to. Prints a one-line summary and each failed item with its
reason; exit status 0 when everything went through, 1 when some records are still not on
the server (each listed with the reason and what fixes it, and a count per reason), 2 for a
known problem (offline, wrong password ...).
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from yjdesk.commands import COMMANDS, paths_of, read_password
from yjdesk.laptop import LaptopStore


def _say(text: str, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    out.write(text + "\n")
    out.flush()


def _add(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quiet", action="store_true", help="print the summary only")


def _run(args: argparse.Namespace) -> int:
    from yjdesk.config import load_settings
    from yjdesk.errors import DeviceRevoked
    from yjdesk.sync.accounts import client_for
    from yjdesk.sync.engine import SyncEngine
    from yjdesk.sync.wipe import wipe_revoked_store

    paths = paths_of(args)
    load_settings(paths).apply_tls_environment()  # machine-wide CA bundle (yjdesk/config.py)
    password = read_password(args)
    store = LaptopStore.open(paths, password)
    try:
        last = [""]

        def progress(phase: str, done: int, total: int | None) -> None:
            if args.quiet or (phase == last[0] and phase != "push"):
                return
            last[0] = phase
            of = f"/{total}" if total is not None else ""
            _say(f"  {phase}: {done}{of}", sys.stderr)

        try:
            with client_for(store, password) as client:
                result = SyncEngine(store.session_factory, client, progress=progress).run()
        except DeviceRevoked as exc:
            wiped = wipe_revoked_store(store)
            where = (f"; unsynced changes ({wiped.unsynced}) were kept, encrypted, in "
                     f"{wiped.exported_to} for an administrator" if wiped.exported_to else "")
            raise DeviceRevoked(f"{exc} This laptop's yjdesk data has been removed"
                                f"{where}.") from exc
    finally:
        store.close()
    from yjdesk.sync.waiting import summary

    _say(f"sync done: {result.summary()}")
    if result.waiting:
        _say(summary(result.waiting))
    for row in result.waiting:
        _say(f"  waiting: {row.record} [{row.table} {row.row_id}]: {row.reason}. "
             f"To fix: {row.action}")
    for child_id in result.held_children:
        _say(f"  kept child {child_id}: no longer in your caseload, but it has changes the "
             "server has not taken")
    return 1 if result.waiting or result.failed else 0


COMMANDS["sync"] = ("one sync with the server (no window)", _add, _run)
