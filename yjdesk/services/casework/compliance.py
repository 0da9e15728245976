"""Compliance and enforcement: what was done about each episode of non-compliance.

Rules: a decision says whether enforcement was needed; when it was needed but no action
was taken, the reason is required; a compliance panel needs its date (and, once held, its
outcome); breach proceedings need the alternatives tried first and the breach date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from yjdesk.errors import NotFound
from yjdesk.models.casework import ComplianceRecord
from yjdesk.models.justice import Disposal
from yjdesk.services.children import get_child
from yjdesk.services.codes import codelist
from yjdesk.services.fetch import child_rows
from yjdesk.services.uow import actor_of
from yjdesk.services.validation import Errors


@dataclass
class ComplianceInput:
    event_date: dt.date | None
    kind: str
    detail: str | None = None
    disposal_id: str | None = None
    enforcement_needed: bool | None = None
    action: str | None = None
    reason_not_taken: str | None = None
    alternatives_tried: str | None = None
    panel_date: dt.date | None = None
    panel_outcome: str | None = None
    breach_date: dt.date | None = None
    breach_outcome: str | None = None


def _t(value: str | None) -> str | None:
    return (value or "").strip() or None


#: Actions that are a line in the order's enforcement ledger (``services.orders.enforcement``).
LEDGER_ACTIONS = {"verbal_warning": "warning", "written_warning": "warning",
                  "breach": "breach_action"}


def validate(session: Session, child_id: str, data: ComplianceInput, today: dt.date,
             previous_action: str | None = None) -> None:
    get_child(session, child_id, audit_view=False)
    e = Errors()
    if data.event_date is None:
        e.add("event_date", "The date of the non-compliance is required.")
    elif data.event_date > today:
        e.add("event_date", "The non-compliance is dated in the future.")
    if data.kind not in codelist("non_compliance"):
        e.add("kind", "'%1' is not a known kind of non-compliance.", data.kind)
    if data.disposal_id is not None:
        disposal = session.get(Disposal, data.disposal_id)
        if disposal is None or disposal.child_id != child_id:
            e.add("disposal_id", "The disposal is not this child's.")
    if data.action is not None and data.action not in codelist("compliance_action"):
        e.add("action", "'%1' is not a known enforcement action.", data.action)
    if data.enforcement_needed is None and data.action not in (None, "none"):
        e.add("enforcement_needed", "Say whether enforcement was needed.")
    if data.enforcement_needed and data.action in (None, "none") \
            and not _t(data.reason_not_taken):
        e.add("reason_not_taken", "Enforcement was needed but not taken: give the reason.")
    if data.action == "compliance_panel":
        if data.panel_date is None:
            e.add("panel_date", "The compliance panel's date is required.")
        elif data.panel_date < today and not _t(data.panel_outcome):
            e.add("panel_outcome", "The panel has met: record its outcome.")
    if data.action == "breach":
        if not _t(data.alternatives_tried):
            e.add("alternatives_tried", "Before breach, record the alternatives tried to "
                                        "re-engage the child.")
        if data.breach_date is None:
            e.add("breach_date", "The date breach proceedings began is required.")
    if data.action in LEDGER_ACTIONS and data.disposal_id is not None \
            and data.event_date is not None and data.action != previous_action:
        from yjdesk.services.orders.enforcement import ledger_refusal, stored_warnings

        disposal = session.get(Disposal, data.disposal_id)
        if disposal is not None:
            refusal = ledger_refusal(disposal.disposal_type, LEDGER_ACTIONS[data.action],
                                     data.event_date,
                                     stored_warnings(session, data.disposal_id))
            if refusal:
                e.add("action", refusal)
    if data.event_date and data.panel_date and data.panel_date < data.event_date:
        e.add("panel_date", "The panel cannot be before the non-compliance.")
    if data.event_date and data.breach_date and data.breach_date < data.event_date:
        e.add("breach_date", "Breach proceedings cannot start before the non-compliance.")
    e.raise_if_any()


def _apply(row: ComplianceRecord, data: ComplianceInput, user_id: str) -> None:
    row.event_date = data.event_date  # type: ignore[assignment]
    row.kind = data.kind
    row.detail = _t(data.detail)
    row.disposal_id = data.disposal_id
    row.enforcement_needed = data.enforcement_needed
    row.action = data.action
    row.reason_not_taken = _t(data.reason_not_taken)
    row.alternatives_tried = _t(data.alternatives_tried)
    row.panel_date = data.panel_date
    row.panel_outcome = _t(data.panel_outcome)
    row.breach_date = data.breach_date
    row.breach_outcome = _t(data.breach_outcome)
    if data.enforcement_needed is not None:
        row.decided_by = user_id


def record(session: Session, child_id: str, data: ComplianceInput, today: dt.date,
           record_id: str | None = None) -> ComplianceRecord:
    """Add an episode, or update one (e.g. the decision on an absence from a contact).

    A warning or breach action on an order is also a dated line of the order's enforcement
    ledger, tied to this failure: a third warning in a warned period is refused."""
    found: ComplianceRecord | None = None
    if record_id is not None:
        found = session.get(ComplianceRecord, record_id)
        if found is None or found.deleted or found.child_id != child_id:
            raise NotFound("No such compliance record.")
    previous = found.action if found is not None else None
    validate(session, child_id, data, today, previous)
    if found is None:
        row = ComplianceRecord(child_id=child_id)
        session.add(row)
    else:
        row = found
    _apply(row, data, actor_of(session).user_id)
    session.flush()
    if data.action in LEDGER_ACTIONS and data.action != previous \
            and data.disposal_id is not None and data.event_date is not None:
        from yjdesk.services.orders.enforcement import StepInput, record_step

        record_step(session, data.disposal_id, StepInput(
            kind=LEDGER_ACTIONS[data.action], failure_date=data.event_date,
            failure=_t(data.detail) or codelist("non_compliance").label(data.kind),
            step_date=(data.breach_date or data.event_date) if data.action == "breach"
            else data.event_date,
            compliance_record_id=row.id), today)
    return row


def records(session: Session, child_id: str) -> list[ComplianceRecord]:
    return child_rows(session, ComplianceRecord, child_id, ComplianceRecord.event_date.desc())


def as_input(row: ComplianceRecord) -> ComplianceInput:
    return ComplianceInput(
        event_date=row.event_date, kind=row.kind, detail=row.detail,
        disposal_id=row.disposal_id, enforcement_needed=row.enforcement_needed,
        action=row.action, reason_not_taken=row.reason_not_taken,
        alternatives_tried=row.alternatives_tried, panel_date=row.panel_date,
        panel_outcome=row.panel_outcome, breach_date=row.breach_date,
        breach_outcome=row.breach_outcome)
