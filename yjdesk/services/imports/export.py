"""Writing a service's records as a bundle (the format ``yjdesk-server import`` reads).

Used for the sample bundle (a demo service exported) and the round-trip check: export a
service, import it into an empty one, and the same indicators come out. Our own row ids
stand in for the old system's ids.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import json
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, or_, select

from yjdesk.models.base import not_deleted
from yjdesk.models.statuses import ContactStatus, StageStatus
from yjdesk.services.imports.bundle import (
    FILES,
    FORMAT,
    IDENTIFIER_KINDS,
    IDENTIFIERS_FILE,
    IDENTIFIERS_HEADER,
    File,
)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.datetime):
        v = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return v.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _rows(conn: Connection, f: File) -> Any:
    table: Table = f.model.__table__
    cols = [table.c.id, *(table.c[c.target] for c in f.cols
                          if c.target in table.c and c.target != "countersigned_at")]
    stmt = select(*cols).where(not_deleted(table.c)).order_by(table.c.id)
    if f.entity == "assessments":
        done = table.c.countersigned_at
        stmt = select(*cols, done.label("countersigned_at"),
                      table.c.submitted_at).where(
            not_deleted(table.c),
            table.c.status.in_((StageStatus.SUBMITTED, StageStatus.COUNTERSIGNED)),
            or_(done.is_not(None), table.c.submitted_at.is_not(None))).order_by(table.c.id)
    if f.entity == "contacts":
        stmt = stmt.where(table.c.status == ContactStatus.FINAL, table.c.contact_at.is_not(None),
                          table.c.content.is_not(None))
    return conn.execute(stmt.execution_options(yield_per=5000))


def export(conn: Connection, folder: Path, source: str) -> dict[str, int]:
    """Write ``bundle.json`` and one CSV per file into ``folder``; rows per file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bundle.json").write_text(json.dumps(
        {"format": FORMAT, "source": source,
         "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}, indent=1)
        + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    #: children's identifiers go to identifiers.csv (their children.csv columns empty)
    ident = {k.target: k.code for k in IDENTIFIER_KINDS.values()}
    ident_fh = (folder / IDENTIFIERS_FILE).open("w", newline="", encoding="utf-8")
    ident_w = csv.writer(ident_fh)
    ident_w.writerow(IDENTIFIERS_HEADER)
    counts["identifiers"] = 0
    try:
        for f in FILES:
            n = 0
            with (folder / f.file_name).open("w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow(f.header)
                for r in _rows(conn, f):
                    m = r._mapping
                    values = []
                    for c in f.cols:
                        v = m.get(c.target)
                        if f.entity == "assessments" and c.target == "countersigned_at":
                            v = m["countersigned_at"] or m["submitted_at"]
                        if f.entity == "children" and c.target in ident:
                            if v:
                                ident_w.writerow([f"{m['id']}:{ident[c.target]}", m["id"],
                                                  ident[c.target], _text(v)])
                                counts["identifiers"] += 1
                            v = None
                        values.append(_text(v))
                    w.writerow([m["id"], *values])
                    n += 1
            counts[f.entity] = n
    finally:
        ident_fh.close()
    return counts


def sample_mapping() -> dict[str, Any]:
    """A mapping file for the sample bundle: yjdesk's own codes need no mapping, so it
    shows the shape with the codes an old system commonly uses for gender."""
    return {"codes": {"gender": {"M": "male", "F": "female", "U": "not_known"}}}
