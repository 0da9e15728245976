"""Words and times as people read them: UK local time, dates, ages, real plurals.

Times are stored in UTC; a person in England and Wales reads them in Europe/London time,
with the zone named (``14:05 BST`` in summer, ``14:05 GMT`` in winter). Every screen and
every PDF formats through here, so no one ever sees UTC.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from yjdesk.errors import filled  # the English filler of a message template
from yjdesk.models.child import age_on

UK = ZoneInfo("Europe/London")

__all__ = ["UK", "age_on", "clock_text", "date_text", "days_text", "filled", "fingerprint",
           "plural", "time_text", "uk_time", "when_text"]


def uk_time(value: dt.datetime) -> dt.datetime:
    """``value`` in UK local time (a naive value is taken as UTC, as the store keeps it)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(UK)


#: The months and weekdays in English, whatever the process's locale: ``strftime``'s
#: ``%B``, ``%b`` and ``%A`` follow ``LC_TIME``, which Qt sets from the environment when the
#: app starts (a PDF made on a machine set to Welsh would mix "Mai" into English text). The
#: UI words dates in the person's language (``yjdesk.ui.i18n.month_name``).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: A month's English name or short name, lower case, to its number ("sep", "sept" too).
MONTH_NUMBERS = {**{m.lower(): i for i, m in enumerate(MONTHS, 1)},
                 **{m[:3].lower(): i for i, m in enumerate(MONTHS, 1)}, "sept": 9}


def english_date(day: dt.date, form: str) -> str:
    """``day`` in English: ``form`` is ``strftime``'s, with ``%B`` (May), ``%b`` (May, Sep),
    ``%A`` (Monday), ``%d`` (07), ``%-d`` (7), ``%Y``, ``%y``, ``%H``, ``%M``, and no other."""
    def part(found: re.Match[str]) -> str:
        code = found.group(1)
        if code == "B":
            return MONTHS[day.month - 1]
        if code == "b":
            return MONTHS[day.month - 1][:3]
        if code == "A":
            return WEEKDAYS[day.weekday()]
        if code == "-d":
            return str(day.day)
        return day.strftime(f"%{code}")  # digits only (checked below)
    if re.search(r"%(?!-d|[BbAdYyHM])", form):
        raise ValueError(f"english_date does not know {form!r}")
    return re.sub(r"%(-d|[BbAdYyHM])", part, form)


def date_text(value: dt.date | dt.datetime | None, empty: str = "") -> str:
    """``17/05/2026`` (a date and time gives its UK date)."""
    if value is None:
        return empty
    if isinstance(value, dt.datetime):
        value = uk_time(value)
    return value.strftime("%d/%m/%Y")


def when_text(value: dt.date | dt.datetime | None, empty: str = "") -> str:
    """A date as ``date_text``, a date and time as ``time_text`` (UK, with the zone)."""
    if isinstance(value, dt.datetime):
        return time_text(value, empty)
    return date_text(value, empty)


def time_text(value: dt.datetime | None, empty: str = "") -> str:
    """``17/05/2026 14:05 BST``: UK date and time with the zone, never UTC."""
    if value is None:
        return empty
    local = uk_time(value)
    return f"{local:%d/%m/%Y %H:%M} {local.tzname()}"


def clock_text(value: dt.datetime | None, empty: str = "") -> str:
    """``14:05 BST`` (today's events)."""
    if value is None:
        return empty
    local = uk_time(value)
    return f"{local:%H:%M} {local.tzname()}"


def plural(n: int, one: str, many: str | None = None) -> str:
    """``1 child``, ``3 children``, ``0 items`` (``many`` defaults to ``one + "s"``)."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def days_text(n: int) -> str:
    """``1 day``, ``7 days``."""
    return plural(n, "day")


def fingerprint(digest: str | None) -> str:
    """A SHA-256 hash as people compare it: the first 12 hex digits in groups of four."""
    if not digest:
        return ""
    head = digest[:12].upper()
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4))


#: What each kind of record is called on screen (a table's name is never shown).
RECORD_KINDS = {
    "allocation": "Case allocation", "assessment_answer": "Assessment answer",
    "assessment_event": "Assessment history", "assessment_stage": "Assessment",
    "board_attendance": "Board attendance", "board_meeting": "Board meeting",
    "case_event": "Significant change", "child": "Child's details",
    "child_address": "Address", "compliance_record": "Non-compliance record",
    "contact": "Contact", "contact_amendment": "Contact amendment",
    "contact_target_link": "Contact's plan target", "court_hearing": "Court hearing",
    "court_hearing_offence": "Offence at a hearing", "custody_episode": "Custody",
    "custody_meeting": "Custody meeting", "data_return": "YJB return",
    "disposal": "Disposal", "disposal_requirement": "Disposal requirement",
    "enforcement_step": "Enforcement step", "exit_plan": "End-of-intervention record",
    "offence": "Offence", "ooc_condition": "Out-of-court condition",
    "ooc_decision": "Out-of-court decision", "oversight_action": "Oversight action",
    "oversight_record": "Management oversight", "pathway_meeting": "Pathway meeting",
    "pathway_referral": "Pathway referral", "performance": "Performance figures",
    "performance_pack": "Performance pack", "plan": "Plan", "plan_target": "Plan target",
    "psr": "Court report", "psr_requirement": "Proposed requirement",
    "psr_review": "Court report check", "psr_sent": "Court report sent",
    "quality_audit": "Case audit", "quality_audit_answer": "Case audit answer",
    "referral_contract": "Referral order contract", "referral_order": "Referral order",
    "referral_panel": "Referral order panel", "relationship": "Family member or carer",
    "requirement_delivery": "Requirement delivery", "review": "Review",
    "safeguarding_item": "Safeguarding item", "team": "Team",
    "transition_plan": "Transition plan", "user_account": "User account",
    "victim": "Victim", "victim_disclosure": "Victim disclosure",
    "victim_offence": "Victim's offence", "victim_redaction": "Victim redaction",
    "victim_safety_summary": "Victim safety summary",
}


def record_kind(table: str) -> str:
    """``ooc_decision`` -> "Out-of-court decision" (a table not listed: its name in words)."""
    return RECORD_KINDS.get(table) or table.replace("_", " ").strip().capitalize()


def field_words(name: str) -> str:
    """``case_manager_id`` -> "Case manager"."""
    if name.endswith("_id"):
        name = name[:-3]
    return name.replace("_", " ").strip().capitalize() or name


#: What an audited action is called on screen.
ACTION_WORDS = {"view": "Viewed", "create": "Added", "update": "Changed", "delete": "Removed",
                "sign_in": "Signed in", "sign_out": "Signed out", "export": "Exported",
                "print": "Printed", "import": "Imported"}


def action_words(action: str) -> str:
    """``sign_in`` -> "Signed in"."""
    return ACTION_WORDS.get(action) or action.replace("_", " ").strip().capitalize()
