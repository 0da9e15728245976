"""End of intervention and the exit plan, signed off by a manager.

Sign-off is refused while the required end statuses are missing; the message lists them.
A signed-off exit plan is locked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace

from sqlalchemy.orm import Session

from yjdesk.errors import Message, PermissionDenied, RecordLocked, ValidationError, Word, Words
from yjdesk.models.casework import ExitPlan
from yjdesk.models.justice import Disposal
from yjdesk.models.org import Role
from yjdesk.models.statuses import ExitStatus
from yjdesk.models.types import utcnow
from yjdesk.services.children import get_child
from yjdesk.services.codes import codelist
from yjdesk.services.fetch import child_rows, fetch_live
from yjdesk.services.uow import actor_of
from yjdesk.services.validation import Errors, check_range

SIGNERS = (Role.TEAM_MANAGER, Role.SERVICE_MANAGER)
#: ETE statuses with no hours to report.
NO_HOURS = ("neet", "excluded", "not_known")


WIDER_END = ("looked_after_end", "child_in_need_end", "cp_plan_end", "early_help_end")
WIDER_VALUES = ("currently", "previously", "never")


@dataclass
class ExitInput:
    end_date: dt.date | None = None
    disposal_id: str | None = None
    ete_status: str | None = None
    ete_hours_offered: int | None = None
    ete_hours_attended: int | None = None
    accommodation_type: str | None = None
    accommodation_suitable: bool | None = None
    rj_engagement: str | None = None
    continuing_support: str | None = None
    #: Wider services at the end (KPI 8): "currently", "previously" or "never".
    looked_after_end: str | None = None
    child_in_need_end: str | None = None
    cp_plan_end: str | None = None
    early_help_end: str | None = None
    receiving_service: str | None = None
    support_detail: str | None = None
    strategies: str | None = None
    child_feedback: str | None = None
    family_feedback: str | None = None

    @classmethod
    def from_row(cls, row: ExitPlan) -> ExitInput:
        return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})


def _t(value: str | None) -> str | None:
    return (value or "").strip() or None


def validate(session: Session, child_id: str, data: ExitInput, today: dt.date) -> None:
    """Checks for what is filled in; completeness is checked at sign-off."""
    get_child(session, child_id, audit_view=False)
    e = Errors()
    for name, listname in (("ete_status", "ete_status"),
                           ("accommodation_type", "accommodation_type"),
                           ("rj_engagement", "rj_engagement"),
                           ("continuing_support", "exit_support")):
        value = getattr(data, name)
        if value not in (None, "") and value not in codelist(listname):
            e.add(name, "'%1' is not a known %2.", value, Word(listname.replace("_", " ")))
    for name in WIDER_END:
        if getattr(data, name) not in (None, "", *WIDER_VALUES):
            e.add(name, "Choose currently, previously or never.")
    for name in ("ete_hours_offered", "ete_hours_attended"):
        value = getattr(data, name)
        if value is not None and not 0 <= value <= 60:
            e.add(name, "Hours a week must be between 0 and 60.")
    if (data.ete_hours_offered is not None and data.ete_hours_attended is not None
            and data.ete_hours_attended > data.ete_hours_offered):
        e.add("ete_hours_attended", "Hours attended cannot exceed hours offered.")
    if data.end_date is not None and data.end_date > today:
        e.add("end_date", "The intervention cannot end in the future; record it when it ends.")
    if data.disposal_id is not None:
        disposal = session.get(Disposal, data.disposal_id)
        if disposal is None or disposal.child_id != child_id:
            e.add("disposal_id", "The disposal is not this child's.")
        else:
            check_range(e, disposal.start_date, data.end_date, "end_date",
                        "The end of the intervention")
    e.raise_if_any()


NO_DISPOSAL = ("This child has no current order or out-of-court disposal to end: record "
               "the disposal first (Justice tab).")
NOTHING_FILLED = "Nothing to save yet: fill in the end date or a part of the plan."


def _check_new(data: ExitInput) -> None:
    """A new end-of-intervention record ends a disposal and says something."""
    if data.disposal_id is None:
        raise ValidationError({"": NO_DISPOSAL})
    said = [f.name for f in fields(ExitInput) if f.name != "disposal_id"
            and getattr(data, f.name) not in (None, "")]
    if not said:
        raise ValidationError({"": NOTHING_FILLED})


def not_ready(missing: list[str]) -> Message:
    """Why the plan cannot be signed off: ``missing``, from :func:`missing_for_sign_off`."""
    return Message("The exit plan cannot be signed off yet. Still missing: %1.",
                   Words(missing))


def missing_for_sign_off(row: ExitPlan) -> list[str]:
    """What must be recorded before a manager can sign off, in plain words."""
    out: list[str] = []
    if row.end_date is None:
        out.append(Word("the end date"))
    if row.ete_status is None:
        out.append(Word("ETE status at the end"))
    elif row.ete_status not in NO_HOURS and row.ete_hours_offered is None:
        out.append(Word("ETE hours a week at the end"))
    if row.accommodation_type is None:
        out.append(Word("accommodation at the end"))
    if row.accommodation_suitable is None:
        out.append(Word("whether the accommodation is suitable"))
    if row.rj_engagement is None:
        out.append(Word("victim / restorative justice engagement"))
    if row.continuing_support is None:
        out.append(Word("continuing support"))
    elif row.continuing_support != "none_needed" and not row.receiving_service:
        out.append(Word("the service receiving the child"))
    if not row.strategies:
        out.append(Word("the strategies the child chose"))
    if not row.child_feedback:
        out.append(Word("the child's feedback"))
    return out


def _apply(row: ExitPlan, data: ExitInput) -> None:
    for f in fields(ExitInput):
        value = getattr(data, f.name)
        setattr(row, f.name, _t(value) if isinstance(value, str) else value)


def save(session: Session, child_id: str, data: ExitInput, today: dt.date,
         exit_id: str | None = None) -> ExitPlan:
    if exit_id is None and data.disposal_id is None:  # ends the child's current disposal
        from yjdesk.services.casework.plans import disposal_for

        current = disposal_for(session, child_id, None)
        data = replace(data, disposal_id=current.id if current else None)
    validate(session, child_id, data, today)
    if exit_id is None:
        _check_new(data)
        row = ExitPlan(child_id=child_id, status=ExitStatus.DRAFT)
        session.add(row)
    else:
        row = get_exit(session, exit_id)
        if row.child_id != child_id:
            raise ValidationError("The exit plan belongs to another child.")
        if row.status == ExitStatus.SIGNED_OFF:
            raise RecordLocked("The exit plan has been signed off and is locked.")
    _apply(row, data)
    session.flush()
    return row


def sign_off(session: Session, exit_id: str) -> ExitPlan:
    actor = actor_of(session)
    if actor.role not in SIGNERS:
        raise PermissionDenied("Only a team or service manager can sign off an exit plan.")
    row = get_exit(session, exit_id)
    if row.status == ExitStatus.SIGNED_OFF:
        raise RecordLocked("The exit plan is already signed off.")
    missing = missing_for_sign_off(row)
    if missing:
        raise ValidationError({"": not_ready(missing)})
    row.status = ExitStatus.SIGNED_OFF
    row.signed_off_by = actor.user_id
    row.signed_off_at = utcnow()
    session.flush()
    return row


def get_exit(session: Session, exit_id: str) -> ExitPlan:
    row = fetch_live(session, ExitPlan, exit_id, "No such exit plan.")
    return row


def exit_plans(session: Session, child_id: str) -> list[ExitPlan]:
    return child_rows(session, ExitPlan, child_id, ExitPlan.updated_at.desc())
