"""Laptop syncs in their own processes, for the crash-safety test.

    python -m tests.support.sync_worker PROFILE_DIR

A small fork server: it imports yjdesk once, then for every ``go`` line on stdin forks a
child process that unlocks the store (password in $YJDESK_PASSWORD), signs in and runs one
sync. It prints ``pid N`` when the child starts and ``exit STATUS SECONDS`` when it ends
(STATUS -9 when the test SIGKILLed it). Forking keeps interpreter start-up out of the
timing, so many kills fit in a short test; each child is a real, separate process.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from yjdesk.laptop import LaptopStore
from yjdesk.paths import Paths
from yjdesk.store.schema import head_revision, known_revisions
from yjdesk.sync.accounts import client_for
from yjdesk.sync.engine import SyncEngine


def _child(profile: Path) -> int:
    password = os.environ["YJDESK_PASSWORD"]
    store = LaptopStore.open(Paths(profile), password)
    with client_for(store, password) as client:
        SyncEngine(store.session_factory, client, push_chunk=100, pull_limit=200).run()
    store.close()
    return 0


def main() -> int:
    profile = Path(sys.argv[1])
    head_revision(), known_revisions()  # parsed once here, not in every child
    for line in sys.stdin:
        if line.strip() != "go":
            break
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:  # the child: one sync, then leave without running parent cleanup
            code = 1
            try:
                code = _child(profile)
            except BaseException as exc:  # reported to the test through the exit status
                sys.stderr.write(f"sync failed: {exc!r}\n")
            finally:
                sys.stderr.flush()
                os._exit(code)
        sys.stdout.write(f"pid {pid}\n")
        sys.stdout.flush()
        _pid, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        sys.stdout.write(f"exit {code} {time.monotonic() - start:.3f}\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
