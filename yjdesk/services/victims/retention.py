"""Retention of victims' information: a policy period after the last contact
(``victims.retention_months_after_last_contact``), then the personal details are redacted.

The redaction keeps what the statistics need (consent given or refused and when, whether
restorative justice was offered and taken part in, its type and dates) and blanks everything
that identifies the victim or records what they said. The sync service applies it as new
revisions (so laptops holding the record receive the redaction), scrubs the earlier
revisions it keeps, and logs each redaction (``yjdesk-server victims redact``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.victims import Victim, VictimDisclosure, VictimSafetySummary

REDACTED_NAME = "Redacted victim"
REDACTED_TEXT = "[redacted at the end of the retention period]"
#: Victim columns blanked by a redaction (the name becomes :data:`REDACTED_NAME`).
VICTIM_FIELDS = ("name", "address", "phone", "email", "preferred_contact", "needs",
                 "lawful_basis", "views", "safety_detail", "information_given", "rj_outcome",
                 "rj_not_offered_reason", "support_referrals", "feedback")


def cutoff(today: dt.date, months: int) -> dt.date:
    """Victims whose last contact is before this day are due for redaction."""
    day: dt.date = today - relativedelta(months=months)
    return day


def last_contact(victim: Any) -> dt.date | None:
    dates = [d for d in (victim.last_contact_date, victim.consent_date, victim.views_date,
                         victim.information_date, victim.rj_offered_date, victim.rj_date)
             if d is not None]
    return max(dates, default=None)


def due(session: Session, today: dt.date, months: int) -> list[Victim]:
    """Victims not yet redacted whose last contact is older than the retention period
    (a record with no contact date at all counts from the day it was last changed)."""
    before = cutoff(today, months)
    last = func.coalesce(Victim.last_contact_date, Victim.rj_date, Victim.consent_date,
                         func.date(Victim.updated_at))
    rows = session.scalars(select(Victim).where(
        not_deleted(Victim), Victim.redacted_at.is_(None), last < before)
        .order_by(Victim.id))
    return [v for v in rows
            if (last_contact(v) or v.updated_at.date()) < before]


def victim_values(now: dt.datetime) -> dict[str, Any]:
    values: dict[str, Any] = dict.fromkeys(VICTIM_FIELDS)
    values["name"] = REDACTED_NAME
    values["redacted_at"] = now
    return values


def summaries_of(session: Session, victim_id: str) -> list[VictimSafetySummary]:
    return list(session.scalars(select(VictimSafetySummary).where(
        VictimSafetySummary.victim_ref == victim_id)))


def disclosures_of(session: Session, victim_id: str) -> list[VictimDisclosure]:
    return list(session.scalars(select(VictimDisclosure).where(
        VictimDisclosure.victim_ref == victim_id)))
