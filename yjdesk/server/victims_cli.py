"""``yjdesk-server victims``: the retention of victims' information.

    yjdesk-server victims redact [--as-of YYYY-MM-DD] [--dry-run] [--by NAME]

Redacts the personal details of every victim whose last contact is older than the policy
period (``victims.retention_months_after_last_contact``): the new revisions reach the
laptops that hold the records, earlier revisions kept centrally are scrubbed of the same
fields, and each redaction is logged in ``victim_redaction`` (and printed).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import logging
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from yjdesk.models.server import RowRevision, VictimRedaction
from yjdesk.models.types import new_id, utcnow
from yjdesk.server import feed
from yjdesk.services.policy import current_policy
from yjdesk.services.victims import retention

log = logging.getLogger(__name__)


def add_parser(sub: Any) -> None:
    victims = sub.add_parser("victims", help="victims' information: retention")
    acts = victims.add_subparsers(dest="action", required=True)
    red = acts.add_parser("redact", help="redact victims past the retention period")
    red.add_argument("--as-of", type=dt.date.fromisoformat, default=None,
                     help="the day to judge the retention period from (default today)")
    red.add_argument("--dry-run", action="store_true", help="list them, change nothing")
    red.add_argument("--by", default=None, help="who is running it (default: OS user)")


def _scrub(session: Session, table: str, row_id: str, fields: dict[str, Any]) -> None:
    rows = session.execute(select(RowRevision.rev, RowRevision.fields_json).where(
        RowRevision.table_name == table, RowRevision.row_id == row_id)).all()
    for row in rows:
        stored = json.loads(row.fields_json)
        stored.update({k: v for k, v in fields.items() if k in stored})
        session.execute(update(RowRevision).where(
            RowRevision.table_name == table, RowRevision.row_id == row_id,
            RowRevision.rev == row.rev).values(fields_json=json.dumps(stored)))


def redact(session: Session, today: dt.date, months: int, by: str,
           dry_run: bool = False) -> list[str]:
    """Redact the victims due; returns one line per victim."""
    lines: list[str] = []
    tables = feed.tables()
    seqs = feed.DeferredCounter(session)
    for victim in retention.due(session, today, months):
        last = retention.last_contact(victim)
        lines.append(f"{victim.id}  last contact {last or 'none recorded'}  "
                     f"{'would be redacted' if dry_run else 'redacted'}")
        if dry_run:
            continue
        now = utcnow()
        values = retention.victim_values(now)
        table = tables["victim"]
        feed.write_row(session, seqs, table, victim.id, values, user_id=None,
                       device_id=None, current=feed.load(session, table, victim.id, lock=True))
        wire = {k: (None if k != "name" else retention.REDACTED_NAME)
                for k in retention.VICTIM_FIELDS}
        _scrub(session, "victim", victim.id, wire)
        for summary in retention.summaries_of(session, victim.id):
            t = tables["victim_safety_summary"]
            feed.write_row(session, seqs, t, summary.id, {"summary": None}, user_id=None,
                           device_id=None, current=feed.load(session, t, summary.id, lock=True))
            _scrub(session, "victim_safety_summary", summary.id, {"summary": None})
        for disclosure in retention.disclosures_of(session, victim.id):
            t = tables["victim_disclosure"]
            feed.write_row(session, seqs, t, disclosure.id, {"text": retention.REDACTED_TEXT},
                           user_id=None, device_id=None,
                           current=feed.load(session, t, disclosure.id, lock=True))
            _scrub(session, "victim_disclosure", disclosure.id,
                   {"text": retention.REDACTED_TEXT})
        session.add(VictimRedaction(
            id=new_id(), victim_id=victim.id, child_id=victim.child_id, at=now,
            last_contact_date=last, retention_months=months, by=by,
            fields=",".join(retention.VICTIM_FIELDS)))
        log.info("victim %s redacted (last contact %s, retention %d months, by %s)",
                 victim.id, last, months, by)
    seqs.finish()
    session.flush()
    return lines


def run(session: Session, args: Any) -> str:
    months = current_policy().victims.retention_months_after_last_contact
    today = args.as_of or dt.datetime.now(dt.UTC).date()
    by = args.by or getpass.getuser()
    lines = redact(session, today, months, by, dry_run=args.dry_run)
    verb = "would be redacted" if args.dry_run else "redacted"
    head = (f"{len(lines)} victim record(s) {verb}: last contact before "
            f"{retention.cutoff(today, months)} ({months} months' retention)")
    return "\n".join([head, *lines])
