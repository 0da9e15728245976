"""``yjdesk-server wipe-key`` and ``yjdesk-server import-wipe-export``.

    yjdesk-server wipe-key --out admin-wipe.key
        makes the administrator's key pair: the private key file (0600, keep it offline)
        and the public key text to set as ``"wipe_export_key"`` in the laptops'
        machine-wide config.json.
    yjdesk-server import-wipe-export FILE --key admin-wipe.key [--apply]
        opens a revoked laptop's sealed export (yjdesk.sync.wipe) and puts its rows into the
        central database through the service's normal push path (the same rules, the same
        change feed), as the laptop's owner would have sent them. A dry run (without
        --apply) reports what would happen and writes nothing.

Anyone can seal a file to the public key, so the export's claims are checked against the
service's own records: the device must be registered and revoked, and the rows are pushed
as the user the *service* registered that device to (with that user's current rights).
"""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from yjdesk.models.org import Role, UserAccount
from yjdesk.models.server import ServerDevice
from yjdesk.server import feed, push
from yjdesk.server.settings import Hooks
from yjdesk.services import audit
from yjdesk.services.uow import Actor
from yjdesk.wire import protocol as p
from yjdesk.wire import sealed

EXPORT_KIND = "yjdesk-wipe-export"


class WipeImportError(ValueError):
    """The export cannot be imported (message in plain words)."""


def add_parsers(sub: Any) -> None:
    key = sub.add_parser("wipe-key", help="make the administrator key that revoked laptops "
                                          "seal their unsynced work to")
    key.add_argument("--out", type=Path, required=True, help="private key file to write")
    imp = sub.add_parser("import-wipe-export",
                         help="import a revoked laptop's unsynced work (a dry run unless "
                              "--apply)")
    imp.add_argument("export", type=Path, help="the unsynced.yjexport file")
    imp.add_argument("--key", type=Path, required=True, help="the administrator's private key")
    imp.add_argument("--apply", action="store_true", help="write the rows")


def make_key(out: Path) -> str:
    if out.exists():
        raise WipeImportError(f"{out} exists already; choose another file")
    pem, public = sealed.new_key_pair()
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    return (f"private key written to {out} (keep it offline; only it opens exports)\n"
            f"set this in every laptop's machine-wide config.json:\n"
            f'  "wipe_export_key": "{public}"')


@dataclass
class Report:
    device_id: str
    username: str
    counts: dict[str, int] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def text(self, applied: bool) -> str:
        lines = [f"export of device {self.device_id} (user {self.username})"]
        lines.append("rows: " + (", ".join(f"{n} {k}" for k, n in sorted(self.counts.items()))
                                 or "none"))
        lines += [f"  refused: {r}" for r in self.refused]
        if self.conflicts:
            lines.append("open conflicts (the service's value is kept; settle each field "
                         "with the child's worker):")
        lines += [f"  conflict: {c}" for c in self.conflicts]
        lines.append("imported." if applied else
                     "dry run: nothing was written. Run again with --apply to import.")
        return "\n".join(lines)


def read_export(path: Path, key: Path) -> dict[str, Any]:
    try:
        box = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise WipeImportError(f"cannot read {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise WipeImportError(f"{path} is not a yjdesk export") from exc
    try:
        payload = sealed.open_box(box, sealed.load_private(key))
    except sealed.SealError as exc:
        raise WipeImportError(str(exc)) from exc
    if payload.get("kind") != EXPORT_KIND or payload.get("version") != 1:
        raise WipeImportError(f"{path} is not a revoked laptop's export")
    return payload


def import_payload(session: Session, payload: dict[str, Any], hooks: Hooks) -> Report:
    """Push the export's rows as the device's registered owner (in the caller's transaction)."""
    device = session.get(ServerDevice, str(payload.get("device_id")))
    if device is None:
        raise WipeImportError("the export names a device this service never registered")
    if device.revoked_at is None:
        raise WipeImportError("the export's device is not revoked: it can sync by itself")
    if payload.get("user_id") not in (None, device.user_id):
        raise WipeImportError("the export names a different user than the one the service "
                              "registered its device to")
    user = session.get(UserAccount, device.user_id)
    if user is None:
        raise WipeImportError("the device's user no longer exists")
    actor = Actor(user_id=user.id, role=Role(user.role), team_id=user.team_id,
                  device_id=device.id, display_name=user.display_name)
    report = Report(device.id, user.username)
    bodies = list(payload.get("batches") or []) + list(payload.get("changes") or [])
    for body in bodies:
        try:
            request = p.PushRequest.model_validate(body)
        except ValidationError as exc:
            raise WipeImportError(f"the export holds a damaged push: {exc.errors()[:1]}") \
                from exc
        response = push.push(session, actor, request, hooks)
        for result in response.results:
            status = "already imported" if response.replayed else result.status
            report.counts[status] = report.counts.get(status, 0) + 1
            if result.status == "rejected":
                report.refused.append(f"{result.table} {result.id}: {result.error}")
            for fc in result.conflicts:
                report.conflicts.append(conflict_line(
                    session, result.table, result.id, fc.field, fc.client_value,
                    server_by=fc.server_updated_by, server_at=fc.server_updated_at))
    for c in payload.get("conflicts") or []:
        report.conflicts.append(conflict_line(
            session, str(c.get("table")), str(c.get("id")), str(c.get("field")),
            c.get("mine"), laptop_saw=c.get("theirs")))
    audit.append(session, action="import_wipe_export", user_id=None, device_id="server",
                 entity="server_device", entity_id=device.id,
                 detail={"counts": report.counts, "refused": len(report.refused),
                         "conflicts": len(report.conflicts)})
    return report


_UNKNOWN = object()


def _service_side(session: Session, table: str, row_id: str,
                  name: str) -> tuple[Any, str | None, str | None]:
    """The service's current value of a field, and who set it when (from its history)."""
    known = feed.tables().get(table)
    row = feed.load(session, known, row_id) if known is not None else None
    if known is None or row is None:
        return _UNKNOWN, None, None
    value = feed.wire_row(known, row).get(name, _UNKNOWN)
    history = feed.revisions_since(session, table, row_id, 1)
    by, at = push._last_change(history, name)  # the one "who set it" of push conflicts
    return value, by, at


def _user_name(session: Session, user_id: str | None) -> str | None:
    if not user_id:
        return None
    user = session.get(UserAccount, user_id)
    return user.username if user is not None else user_id


def conflict_line(session: Session, table: str, row_id: str, name: str, laptop: Any, *,
                  server_by: str | None = None, server_at: str | None = None,
                  laptop_saw: Any = _UNKNOWN) -> str:
    """Both sides of one field in conflict: the service's value now (and who set it, when)
    and the laptop's value (and, for a conflict the laptop recorded, the service value it
    saw then, when that has changed since)."""
    value, by, at = _service_side(session, table, row_id, name)
    by, at = by or server_by, at or server_at
    service = "not on the service" if value is _UNKNOWN else f"{value!r}"
    who = " ".join(x for x in (f"by {_user_name(session, by)}" if by else "",
                               f"at {at}" if at else "") if x)
    line = f"{table} {row_id} {name}: service {service}{f' ({who})' if who else ''}; " \
           f"laptop {laptop!r}"
    if laptop_saw is not _UNKNOWN and value is not _UNKNOWN and laptop_saw != value:
        line += f" (the laptop last saw the service's {laptop_saw!r})"
    return line


def run(factory: Any, args: argparse.Namespace, hooks: Hooks) -> str:
    """Import (``--apply``: commit; else roll back) and return the report."""
    payload = read_export(args.export, args.key)
    with factory() as session:
        tx = session.begin()
        try:
            report = import_payload(session, payload, hooks)
        except BaseException:
            tx.rollback()
            raise
        if args.apply:
            tx.commit()
        else:
            tx.rollback()
    return report.text(bool(args.apply))
