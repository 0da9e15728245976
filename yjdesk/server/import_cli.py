"""``yjdesk-server import``: bring a service's history across from the system it replaces.

    yjdesk-server import BUNDLE_DIR [--mapping MAPPING.json]              (a dry run)
    yjdesk-server import BUNDLE_DIR [--mapping MAPPING.json] --apply --by NAME

A sample bundle made from a demo service: ``python -m yjdesk.demo.bundle --out DIR``.

The bundle's format is documented in docs/import-bundle.md. A dry run reports, per file,
what would be created, updated, left unchanged or refused, and every refused row with its
line and the reason. --apply imports everything or nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.org import UserAccount
from yjdesk.server import import_engine as imp
from yjdesk.services import audit

BAR = 30


def add_parser(sub: Any) -> None:
    p = sub.add_parser("import", help="import a CSV bundle from the system being replaced "
                                      "(a dry run unless --apply)")
    p.add_argument("bundle", type=Path, help="the folder holding bundle.json and the CSVs")
    p.add_argument("--mapping", type=Path, help="code mapping file (JSON)")
    p.add_argument("--apply", action="store_true", help="import (all rows or none)")
    p.add_argument("--by", metavar="NAME", help="who runs the import (required with --apply)")
    p.add_argument("--show", type=int, default=50, help="refused rows listed (default 50)")


class ProgressBar:
    """``[#########.....]  45%  offences  12,000 / 26,000`` on standard error."""

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.t0 = time.perf_counter()
        self.last = 0.0
        #: The latest step not drawn yet (steps come faster than the bar is redrawn).
        self.pending: tuple[str, int, int] | None = None

    def __call__(self, what: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if now - self.last < 0.2 and done != total:
            self.pending = (what, done, total)
            return
        self.pending = None
        self.last = now
        if total:
            filled = int(BAR * done / total)
            bar = f"[{'#' * filled}{'.' * (BAR - filled)}] {100 * done // total:3d}%"
            text = f"{bar}  writing {what:<14} {done:>9,} / {total:,}"
        else:
            text = f"checking {what:<14} {done:>9,} rows"
        self.stream.write(f"\r{text}  {now - self.t0:6.1f} s ")
        self.stream.flush()

    def done(self) -> None:
        if self.pending is not None:  # the bar ends on the last step, not a stale one
            self.last = 0.0
            self(*self.pending)
        self.stream.write("\n")


def run(session: Session, args: argparse.Namespace) -> str:
    mapping = imp.Mapping.load(args.mapping)
    bar = ProgressBar()
    try:
        plan = imp.plan(session, args.bundle, mapping, progress=bar)
        text = imp.report(plan, limit=args.show)
        if not args.apply:
            return text + ("\ndry run: nothing was written. Run again with --apply --by NAME "
                           "to import." if plan.ok else
                           "\ndry run: correct the refused rows; --apply imports nothing "
                           "while any row is refused.")
        if not args.by:
            raise ValueError("give --by NAME with --apply (who ran the import)")
        user_id = session.scalar(select(UserAccount.id).where(UserAccount.username == args.by))
        run_id = imp.apply(session, plan, run_by=args.by, user_id=user_id, progress=bar)
    finally:
        bar.done()
    audit.append(session, action="import", user_id=user_id, device_id="server",
                 entity="import_run", entity_id=run_id,
                 detail={"source": plan.source, "created": plan.total("create"),
                         "updated": plan.total("update"), "by": args.by})
    return (text + f"\nimported: {plan.total('create'):,} created, {plan.total('update'):,} "
            f"updated, {plan.total('unchanged'):,} unchanged (run {run_id})")
