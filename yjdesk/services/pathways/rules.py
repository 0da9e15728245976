"""Pathway rules, written once: :mod:`yjdesk.services.pathways.records` calls them on the
laptop, the sync service on every pushed change (:data:`PATHWAY_RULES` in
``yjdesk.server.rules.RULES``), with the same words.

* Nothing happens before the referral: an outcome, a first appointment, an NRM decision or
  a meeting dated before it is refused.
* A conclusive grounds decision follows a positive reasonable grounds decision.
* MAPPA category and level are 1 to 3.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from yjdesk.errors import Message, Word
from yjdesk.services.change_rules import ChangeLike, judges
from yjdesk.services.codes import codelist
from yjdesk.services.dates import optional_date
from yjdesk.services.humanise import date_text


def referral_problems(row: Mapping[str, Any], today: dt.date | None = None) -> dict[str, str]:
    e: dict[str, str] = {}
    pathway = row.get("pathway")
    if pathway not in codelist("pathway"):
        e["pathway"] = "Choose the pathway the child was referred to."
    referred = optional_date(row.get("referral_date"))
    if referred is None:
        e["referral_date"] = "The referral date is required."
    outcome = row.get("outcome")
    if outcome is not None and outcome not in codelist("pathway_outcome"):
        e["outcome"] = Message("'%1' is not a known outcome.", outcome)
    if outcome is not None and optional_date(row.get("outcome_date")) is None:
        e["outcome_date"] = "Record the date of the outcome."
    for name, what in (("outcome_date", Word("The outcome")),
                       ("first_seen_date", Word("The first appointment")),
                       ("reasonable_grounds_date", Word("The reasonable grounds decision")),
                       ("conclusive_grounds_date", Word("The conclusive grounds decision"))):
        day = optional_date(row.get(name))
        if day is None:
            continue
        if today is not None and day > today:
            e.setdefault(name, "This date is in the future.")
        if referred is not None and day < referred:
            e.setdefault(name, Message("%1 cannot be before the referral (%2).", what,
                                       date_text(referred)))
    for name in ("reasonable_grounds", "conclusive_grounds"):
        value = row.get(name)
        if value is not None and value not in codelist("nrm_decision"):
            e[name] = "An NRM decision is positive, negative or awaited."
        if value is not None and pathway != "nrm":
            e[name] = "Reasonable and conclusive grounds are decisions on an NRM referral."
    if row.get("conclusive_grounds") in ("positive", "negative") \
            and row.get("reasonable_grounds") != "positive":
        e.setdefault("conclusive_grounds", "A conclusive grounds decision follows a positive "
                                           "reasonable grounds decision.")
    rg = optional_date(row.get("reasonable_grounds_date"))
    cg = optional_date(row.get("conclusive_grounds_date"))
    if rg and cg and cg < rg:
        e.setdefault("conclusive_grounds_date", "The conclusive grounds decision cannot be "
                                                "before the reasonable grounds decision.")
    for name in ("mappa_category", "mappa_level"):
        value = row.get(name)
        if value is not None and (not isinstance(value, int) or not 1 <= value <= 3):
            e[name] = "MAPPA categories and levels are 1, 2 or 3."
        if value is not None and pathway != "mappa":
            e[name] = "A MAPPA category or level belongs to a MAPPA referral."
    return e


def meeting_problems(row: Mapping[str, Any], referral: Mapping[str, Any] | None,
                     today: dt.date | None = None) -> dict[str, str]:
    e: dict[str, str] = {}
    day = optional_date(row.get("meeting_date"))
    if day is None:
        e["meeting_date"] = "The meeting date is required."
    elif today is not None and day > today:
        e["meeting_date"] = "This date is in the future."
    if referral is None:
        e["referral_id"] = "No such referral."
        return e
    referred = optional_date(referral.get("referral_date"))
    if day is not None and referred is not None and day < referred:
        e["meeting_date"] = Message("The meeting cannot be before the referral (%1).",
                                    date_text(referred))
    if referral.get("pathway") not in ("mappa", "exploitation"):
        e["referral_id"] = "Meetings are recorded for MAPPA and exploitation referrals."
    level = row.get("mappa_level")
    if level is not None and (not isinstance(level, int) or not 1 <= level <= 3):
        e["mappa_level"] = "MAPPA levels are 1, 2 or 3."
    risk = row.get("risk_level")
    if risk is not None and risk not in codelist("exploitation_risk"):
        e["risk_level"] = "The risk level is low, medium or high."
    return e


def waiting_days(referral_date: dt.date, first_seen: dt.date | None,
                 today: dt.date) -> int:
    """Days from referral to first appointment (or to today while still waiting)."""
    return ((first_seen or today) - referral_date).days


def _first(errors: Mapping[str, str]) -> str | None:
    if not errors:
        return None
    m = next(iter(errors.values())).rstrip(".")
    return m[:1].lower() + m[1:]


@judges("pathway_referral", "pathway_meeting")
def pathway_rule(change: ChangeLike) -> str | None:
    if not change.changed or change.proposed.get("deleted"):
        return None
    if change.table.name == "pathway_referral":
        return _first(referral_problems(change.proposed))
    if change.table.name == "pathway_meeting":
        from yjdesk.models.pathways import PathwayReferral

        ref = change.session.get(PathwayReferral, change.proposed.get("referral_id"))
        referral = None if ref is None else {"referral_date": ref.referral_date,
                                             "pathway": ref.pathway}
        return _first(meeting_problems(change.proposed, referral))
    return None


PATHWAY_RULES = [pathway_rule]
