"""The performance pack as CSV: one row per published figure, suppressed as in the PDF."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy.orm import Session

from yjdesk.services import audit
from yjdesk.services.oversight.kpi import Pack
from yjdesk.services.oversight.kpi.base import shown
from yjdesk.services.uow import actor_of

HEADER = ("section", "figure", "count", "percentage_or_rate", "period_start", "period_end",
          "prior_year_count", "prior_year_percentage_or_rate", "definition")


def rows(pack: Pack) -> list[tuple[str, ...]]:
    s = pack.settings.suppress
    out: list[tuple[str, ...]] = []
    for section in (*pack.sections, *pack.profile):
        published = shown(section, s)
        before = shown(section.prior, s) if section.prior else {}
        for f in section.figures:
            count, other = published[f.key]
            prior_count, prior_other = before.get(f.key, ("", ""))
            out.append((section.title, f.label, count, other, pack.period.start.isoformat(),
                        pack.period.end.isoformat(), prior_count, prior_other,
                        section.definition))
    return out


def to_text(pack: Pack) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows(pack))
    return buf.getvalue()


def export(session: Session, pack: Pack, path: Path) -> Path:
    """Write the CSV (UTF-8 with a byte-order mark, so Excel reads it) and audit the export."""
    path.write_text(to_text(pack), encoding="utf-8-sig")
    actor = actor_of(session)
    audit.append(session, action="export", user_id=actor.user_id, device_id=actor.device_id,
                 entity="performance_pack", detail={"format": "csv", "file": path.name,
                                                    "period": pack.period.label})
    return path
