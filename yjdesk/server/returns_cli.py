"""``yjdesk-server return``: the YJB quarterly case-level return from the central database.

    yjdesk-server return check --quarter "2025-26 Q2"
    yjdesk-server return build --quarter "2025-26 Q2" --by USERNAME --out FILE.zip [--yot NAME]
    yjdesk-server return list
    yjdesk-server return schema --quarter "2025-26 Q2" --out FILE.xsd
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.org import UserAccount
from yjdesk.services.returns import ledger
from yjdesk.services.returns.build import Outcome
from yjdesk.services.returns.spec import for_quarter, xsd
from yjdesk.services.uow import Actor

UK = ZoneInfo("Europe/London")


def add_parser(sub: Any) -> None:
    ret = sub.add_parser("return", help="the YJB quarterly case-level return")
    acts = ret.add_subparsers(dest="action", required=True)
    for name, text in (("check", "list every record that would be rejected or is "
                                 "incomplete, per practitioner"),
                       ("build", "write the return (a zip of XML parts) and record it"),
                       ("schema", "write the XSD the return is validated against")):
        p = acts.add_parser(name, help=text)
        p.add_argument("--quarter", required=True,
                       help='financial quarter, e.g. "2025-26 Q2", or its first day')
        if name == "build":
            p.add_argument("--by", required=True, metavar="USERNAME",
                           help="the information officer or service manager producing it")
            p.add_argument("--out", required=True, type=Path)
            p.add_argument("--yot", default="", help="the service's name in the file")
        if name == "schema":
            p.add_argument("--out", required=True, type=Path)
    acts.add_parser("list", help="the returns produced so far")


def report_text(outcome: Outcome) -> str:
    q = ledger.financial_label(outcome.quarter)
    lines = [f"{q}: {outcome.children:,} children; "
             + ", ".join(f"{k} {v:,}" for k, v in outcome.records.items() if k != "children")]
    lines.append(f"{outcome.count('rejected')} children with a record that would be rejected, "
                 f"{outcome.count('incomplete')} with an incomplete record.")
    for practitioner, defects in outcome.by_practitioner().items():
        lines.append(f"\n{practitioner or 'Unallocated'}")
        for d in defects:
            lines.append(f"  {d.case_number:<14} {d.name:<28} {d.severity:<10} {d.message}")
    return "\n".join(lines)


class _Progress:
    """A one-line progress indicator on standard error."""

    def __init__(self) -> None:
        self.t0 = time.perf_counter()
        self.part = ""

    def __call__(self, part: str, n: int) -> None:
        if self.part and part != self.part:
            sys.stderr.write("\n")
        self.part = part
        sys.stderr.write(f"\r  {part:<14} {n:>9,} records  {time.perf_counter() - self.t0:6.1f} s")
        sys.stderr.flush()

    def done(self) -> None:
        sys.stderr.write("\n")


def run(session: Session, args: argparse.Namespace) -> str | None:
    if args.action == "list":
        rows = ledger.history(session)
        if not rows:
            return "no returns produced yet"
        out = []
        for r in rows:
            change = json.loads(r.changes_json) if r.changes_json else None
            what = (f" replaces an earlier return: {change['added']} added, "
                    f"{change['removed']} removed, {change['changed']} changed"
                    if change else "")
            when = r.produced_at.astimezone(UK)
            out.append(f"{ledger.financial_label(ledger.parse_quarter(r.quarter_start.isoformat()))}"
                       f"  {when:%d/%m/%Y %H:%M}  {ledger.producer_name(session, r)}"
                       f"  {r.file_name}  {r.children:,} children  sha256 {r.sha256}{what}")
        return "\n".join(out)
    q = ledger.parse_quarter(args.quarter)
    if args.action == "schema":
        args.out.write_text(xsd(for_quarter(q.start)), encoding="utf-8")
        return f"wrote {args.out}"
    if args.action == "check":
        return report_text(ledger.check(session, q))
    user = session.scalar(select(UserAccount).where(UserAccount.username == args.by))
    if user is None:
        raise ValueError(f"no user {args.by!r}")
    session.info["actor"] = Actor(user.id, user.role, user.team_id, "server", user.display_name)
    progress = _Progress()
    try:
        produced = ledger.produce(session, q, args.out, produced_by=user.id, role=user.role,
                                  yot=args.yot, progress=progress)
    finally:
        progress.done()
    text = report_text(produced.outcome)
    tail = f"\nwrote {args.out} (sha256 {produced.record.sha256}), valid against the schema"
    if produced.changes is not None:
        c = produced.changes
        tail += (f"\nreplaces the earlier return for this quarter: {c['added']} children "
                 f"added, {c['removed']} removed, {c['changed']} changed")
    return text + tail
