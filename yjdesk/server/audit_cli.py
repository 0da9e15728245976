"""``yjdesk-server audit``: the audit trail kept centrally.

    yjdesk-server audit breaks [--device DEVICE_ID]

Lists, per device, the audit events the service refused (they did not continue the
device's hash chain, or named another user, device or child) and any stored chain that no
longer verifies. Prints "no breaks" when every chain is whole.
"""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy.orm import Session

from yjdesk.server import identity
from yjdesk.services.humanise import time_text


def add_parser(sub: Any) -> None:
    audit = sub.add_parser("audit", help="the central audit trail")
    acts = audit.add_subparsers(dest="action", required=True)
    breaks = acts.add_parser("breaks", help="list breaks of each device's audit chain")
    breaks.add_argument("--device", help="only this device")


def run(session: Session, args: argparse.Namespace) -> str:
    found = identity.list_breaks(session, args.device)
    if not found:
        return "no breaks: every device's audit chain is whole"
    lines: list[str] = []
    device = None
    for b in found:
        if b.device_id != device:
            device = b.device_id
            count = sum(1 for x in found if x.device_id == device)
            lines.append(f"device {device}: {count} break(s)")
        seq = "?" if b.device_seq is None else str(b.device_seq)
        when = time_text(b.reported_at) if b.reported_at is not None else "-"
        lines.append(f"  event {b.event_id} seq {seq} (expected {b.expected_seq}) "
                     f"user {b.user_id or '-'} at {when}: {b.reason}")
    return "\n".join(lines)
