"""Producing and keeping the quarterly return: the file, its checks, and the ledger.

:func:`produce` writes the zip, validates every part against the XSD, and records the
return (what was sent, when, by whom, its SHA-256, a digest per child). A resubmission for
the same quarter names the return it replaces and lists the children added, removed and
changed since.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import Message, PermissionDenied, ValidationError
from yjdesk.files import replace_durably
from yjdesk.models.base import not_deleted
from yjdesk.models.org import Role, UserAccount
from yjdesk.models.returns import DataReturn
from yjdesk.models.types import utcnow
from yjdesk.services import audit
from yjdesk.services.humanise import english_date
from yjdesk.services.oversight.kpi.base import Period, quarter_of
from yjdesk.services.returns.build import Outcome, run, sha256_of, validate_zip
from yjdesk.services.returns.spec import Spec, for_quarter
from yjdesk.services.returns.sync_rules import RETURN_ROLES

#: Case numbers listed per kind of change (the counts are always complete).
LISTED = 200


def parse_quarter(text: str) -> Period:
    """A financial quarter: "2025-26 Q2" (July-September 2025) or the first day of a quarter
    ("2025-07-01")."""
    t = text.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})\s*Q([1-4])", t, re.IGNORECASE)
    if m:
        year, n = int(m.group(1)), int(m.group(3))
        month = 4 + 3 * (n - 1)
        first = dt.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
        return quarter_of(first)
    try:
        day = dt.date.fromisoformat(t)
    except ValueError:
        raise ValidationError({"quarter": "Give a financial quarter such as 2025-26 Q2, or "
                                          "the first day of a quarter (2025-07-01)."}) from None
    found = quarter_of(day)
    if found.start != day:
        raise ValidationError({"quarter": Message("%1 is not the first day of a quarter.",
                                                  english_date(day, "%d %B %Y"))})
    return found


def financial_label(q: Period) -> str:
    fy = q.start.year if q.start.month >= 4 else q.start.year - 1
    n = ((q.start.month - 4) % 12) // 3 + 1
    return f"{fy}-{(fy + 1) % 100:02d} Q{n}"


def check(session: Session, q: Period, spec: Spec | None = None) -> Outcome:
    """The pre-flight report: every record checked, nothing written."""
    return run(session, q, spec or for_quarter(q.start))


def pack_manifest(manifest: dict[str, str]) -> str:
    raw = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    return base64.b64encode(zlib.compress(raw, 9)).decode("ascii")


def unpack_manifest(text: str) -> dict[str, str]:
    data: dict[str, str] = json.loads(zlib.decompress(base64.b64decode(text)))
    return data


def changes(old: dict[str, str], new: dict[str, str]) -> dict[str, Any]:
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    changed = sorted(k for k in set(new) & set(old) if new[k] != old[k])
    return {"added": len(added), "removed": len(removed), "changed": len(changed),
            "added_children": added[:LISTED], "removed_children": removed[:LISTED],
            "changed_children": changed[:LISTED]}


def latest(session: Session, q: Period) -> DataReturn | None:
    return session.scalars(select(DataReturn).where(
        DataReturn.quarter_start == q.start, not_deleted(DataReturn))
        .order_by(DataReturn.produced_at.desc()).limit(1)).first()


def history(session: Session) -> list[DataReturn]:
    return list(session.scalars(select(DataReturn).where(not_deleted(DataReturn))
                                .order_by(DataReturn.quarter_start.desc(),
                                          DataReturn.produced_at.desc())))


@dataclass(frozen=True)
class Produced:
    record: DataReturn
    outcome: Outcome
    path: Path
    changes: dict[str, Any] | None


def produce(session: Session, q: Period, path: Path, *, produced_by: str, role: Role,
            yot: str = "", progress: Callable[[str, int], None] | None = None,
            device_id: str = "server") -> Produced:
    """Write the return for ``q`` to ``path``, validate it and record it."""
    if role not in RETURN_ROLES:
        raise PermissionDenied("Only the information officer or a service manager can "
                               "produce the YJB return.")
    if q.end >= utcnow().date():
        raise ValidationError({"quarter": Message("%1 has not ended yet.",
                                                  financial_label(q))})
    spec = for_quarter(q.start)
    tmp = path.with_name(path.name + ".part")
    try:
        with tmp.open("wb") as f:
            outcome = run(session, q, spec, yot=yot, target=f, progress=progress)
        validate_zip(tmp, spec)
        replace_durably(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    previous = latest(session, q)
    diff = changes(unpack_manifest(previous.manifest), outcome.manifest) if previous else None
    row = DataReturn(
        quarter_start=q.start, quarter_end=q.end,
        specification=f"{spec.name} v{spec.version}", file_name=path.name,
        sha256=sha256_of(path), produced_at=utcnow(), produced_by=produced_by,
        children=outcome.children,
        records_json=json.dumps({"written": outcome.records, "left_out": outcome.left_out},
                                sort_keys=True),
        rejected=outcome.count("rejected"), incomplete=outcome.count("incomplete"),
        supersedes_id=previous.id if previous else None,
        changes_json=json.dumps(diff, sort_keys=True) if diff is not None else None,
        manifest=pack_manifest(outcome.manifest))
    session.add(row)
    session.flush()
    audit.append(session, action="export", user_id=produced_by, device_id=device_id,
                 entity="data_return", detail={"quarter": financial_label(q),
                                               "file": path.name, "sha256": row.sha256,
                                               "children": row.children})
    return Produced(row, outcome, path, diff)


def producer_name(session: Session, row: DataReturn) -> str:
    if row.produced_by is None:
        return "unknown"
    name = session.scalar(select(UserAccount.display_name)
                          .where(UserAccount.id == row.produced_by))
    return name or "unknown"
