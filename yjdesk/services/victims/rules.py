"""The victim rules, written once: :mod:`yjdesk.services.victims.records` calls the pure
checks on the laptop and the sync service calls :data:`VICTIM_RULES` on every pushed change
(registered in ``yjdesk.server.rules.RULES``), with the same words.

* Consent to contact cannot be dated before the offence it concerns.
* Restorative justice (its type, date, taking part or outcome) needs the victim's consent to
  contact first; taking part needs RJ to have been offered and its type.
* The safety summary is read by the child's practitioner: it may not carry the victim's
  name or contact details.
* A report may quote a victim only with consent recorded for that use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select

from yjdesk.errors import Message, Word
from yjdesk.models.base import not_deleted
from yjdesk.services.change_rules import ChangeLike, judges
from yjdesk.services.codes import codelist
from yjdesk.services.dates import optional_date
from yjdesk.services.humanise import date_text

NO_CONSENT = "The victim has not consented to contact; their words cannot be used."
RJ_FIELDS = ("rj_type", "rj_took_part", "rj_date", "rj_outcome")
DATE_FIELDS = ("consent_date", "views_date", "information_date", "rj_offered_date", "rj_date",
               "last_contact_date")


def _set(value: object) -> bool:
    return value is not None and value != "" and value is not False


def victim_problems(row: Mapping[str, Any], offence_dates: Iterable[dt.date],
                    today: dt.date | None = None) -> dict[str, str]:
    """Field -> plain-words message for a victim record (values as Python or wire values)."""
    e: dict[str, str] = {}
    if row.get("redacted_at"):
        return e
    if not str(row.get("name") or "").strip():
        e["name"] = "The victim's name (or the organisation's) is required."
    if row.get("kind", "person") not in codelist("victim_kind"):
        e["kind"] = "A victim is a person or an organisation."
    method = row.get("preferred_contact")
    if method and method not in codelist("victim_contact_method"):
        e["preferred_contact"] = Message("'%1' is not a known way of contacting a victim.",
                                         method)
    consent = row.get("consent_to_contact")
    consent_on = optional_date(row.get("consent_date"))
    if consent is not None and consent_on is None:
        e["consent_date"] = "Record the date the victim gave (or refused) consent to contact."
    if consent is None and consent_on is not None:
        e["consent_to_contact"] = "Say whether the victim consented to contact."
    first_offence = min(offence_dates, default=None)
    if consent_on is not None and first_offence is not None and consent_on < first_offence:
        e["consent_date"] = Message("Consent to contact is dated %1, before the offence on "
                                    "%2.", date_text(consent_on), date_text(first_offence))
    if today is not None:
        for name in DATE_FIELDS:
            day = optional_date(row.get(name))
            if day is not None and day > today:
                e.setdefault(name, "This date is in the future.")
    rj_recorded = [f for f in RJ_FIELDS if _set(row.get(f))]
    if rj_recorded and consent is not True:
        e[rj_recorded[0] if rj_recorded[0] != "rj_took_part" else "rj_outcome"] = (
            "A restorative justice outcome needs the victim's consent to contact: record the "
            "consent first.")
    elif row.get("rj_took_part") is True:
        if row.get("rj_offered") is not True:
            e["rj_offered"] = "Record that restorative justice was offered before it took place."
        if not row.get("rj_type"):
            e["rj_type"] = "Choose the kind of restorative justice the victim took part in."
    rj_type = row.get("rj_type")
    if rj_type and rj_type not in codelist("rj_type"):
        e.setdefault("rj_type", Message("'%1' is not a known kind of restorative justice.",
                                        rj_type))
    rj_on = optional_date(row.get("rj_date"))
    if rj_on is not None and consent_on is not None and rj_on < consent_on:
        e.setdefault("rj_date", "Restorative justice cannot be before the consent to contact.")
    if row.get("safety_concerns") is True and not str(row.get("safety_detail") or "").strip():
        e["safety_detail"] = "Describe the safety concerns."
    return e


def summary_leaks(summary: str | None, victim: Mapping[str, Any]) -> str | None:
    """A message if the practitioner's safety summary carries the victim's details."""
    text = (summary or "").casefold()
    if not text:
        return None
    for field, label in (("name", Word("name")), ("phone", Word("phone number")),
                         ("email", Word("email"))):
        value = str(victim.get(field) or "").strip()
        if len(value) >= 3 and value.casefold() in text:
            return Message("The safety summary is read by the child's practitioner: leave "
                           "out the victim's %1.", label)
    for line in str(victim.get("address") or "").splitlines():
        line = line.strip().strip(",")
        if len(line) >= 6 and line.casefold() in text:
            return ("The safety summary is read by the child's practitioner: leave out the "
                    "victim's address (say 'exclusion zone around <area>').")
    return None


def disclosure_problems(row: Mapping[str, Any], today: dt.date | None = None) -> dict[str, str]:
    e: dict[str, str] = {}
    if row.get("use") not in codelist("victim_disclosure_use"):
        e["use"] = "Choose the document the victim agreed to (a report or an assessment)."
    on = optional_date(row.get("consent_date"))
    if on is None:
        e["consent_date"] = "Record the date the victim consented to this use."
    elif today is not None and on > today:
        e["consent_date"] = "This date is in the future."
    if not str(row.get("text") or "").strip():
        e["text"] = "Write the words the victim agreed may be used."
    return e


def safety_line(concerns: bool | None, summary: str | None) -> str:
    """What planning sees: "Victim safety concerns: yes - exclusion zone around X"."""
    words = f" - {summary.strip()}" if summary and summary.strip() else ""
    if concerns is None:
        return "Victim safety concerns: not yet known" + words
    if not concerns:
        return "Victim safety concerns: none identified" + words
    return "Victim safety concerns: yes" + words


# --- the same rules on the sync service's pushed changes -----------------------------------


def _offence_dates(session: Any, victim_id: str,
                   extra: str | None = None) -> list[dt.date]:
    from yjdesk.models.justice import Offence
    from yjdesk.models.victims import VictimOffence

    linked = select(VictimOffence.offence_id).where(VictimOffence.victim_id == victim_id,
                                                    not_deleted(VictimOffence))
    stmt = select(Offence.offence_date).where(Offence.id.in_(linked))
    found = [d for d in session.scalars(stmt) if d is not None]
    if extra:
        day = session.scalar(select(Offence.offence_date).where(Offence.id == extra))
        if day is not None:
            found.append(day)
    return found


def _first(errors: Mapping[str, str]) -> str | None:
    if not errors:
        return None
    message = next(iter(errors.values())).rstrip(".")
    return message[:1].lower() + message[1:]


@judges("victim", "victim_offence", "victim_safety_summary", "victim_disclosure")
def victim_rule(change: ChangeLike) -> str | None:
    name = change.table.name
    if not change.changed or change.proposed.get("deleted"):
        return None
    if name == "victim":
        row_id = getattr(change, "row_id", None) or change.proposed.get("id")
        return _first(victim_problems(change.proposed,
                                      _offence_dates(change.session, str(row_id))))
    if name == "victim_offence":
        from yjdesk.models.victims import Victim

        victim = change.session.get(Victim, change.proposed.get("victim_id"))
        if victim is None:
            return None
        row = {c: getattr(victim, c) for c in ("name", "kind", "consent_to_contact",
                                               "consent_date")}
        return _first({k: v for k, v in victim_problems(row, _offence_dates(
            change.session, victim.id, str(change.proposed.get("offence_id")))).items()
            if k == "consent_date"})
    if name == "victim_safety_summary":
        from yjdesk.models.victims import Victim

        victim = change.session.get(Victim, change.proposed.get("victim_ref"))
        if victim is None:
            return None
        leak = summary_leaks(str(change.proposed.get("summary") or ""),
                             {c: getattr(victim, c) for c in ("name", "phone", "email",
                                                              "address")})
        return _first({"summary": leak}) if leak else None
    if name == "victim_disclosure":
        from yjdesk.models.victims import Victim

        problems = disclosure_problems(change.proposed)
        victim = change.session.get(Victim, change.proposed.get("victim_ref"))
        if victim is not None and victim.consent_to_contact is not True:
            problems.setdefault("consent_date", NO_CONSENT)
        return _first(problems)
    return None


VICTIM_RULES = [victim_rule]
