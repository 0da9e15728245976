"""The exit plan PDF: the child's status at the end, continuing support, the strategies the
child chose, feedback, the targets' outcomes and the manager's sign-off."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal
from yjdesk.models.org import UserAccount
from yjdesk.models.statuses import ExitStatus
from yjdesk.reports.common import (
    CaseDocTemplate,
    boxed,
    fmt_date,
    gap,
    grid,
    heading,
    keep,
    key_values,
    para,
    quote,
)
from yjdesk.services.casework.exit import get_exit, missing_for_sign_off
from yjdesk.services.casework.plans import current_plan, plan_targets
from yjdesk.services.codes import codelist


@dataclass
class ExitPlanData:
    child_name: str
    date_of_birth: dt.date
    case_number: str
    disposal: str
    end_date: dt.date | None
    ete: str
    accommodation: str
    rj_engagement: str
    continuing_support: str
    receiving_service: str
    support_detail: str | None
    strategies: str | None
    child_feedback: str | None
    family_feedback: str | None
    signed_off: str | None
    missing: list[str]
    targets: list[tuple[str, str, str]] = field(default_factory=list)


def _yes_no(value: bool | None) -> str:
    return "not recorded" if value is None else ("suitable" if value else "not suitable")


def exit_plan_data(session: Session, exit_id: str) -> ExitPlanData:
    """Gather the plain data of one exit plan (on the database worker)."""
    row = get_exit(session, exit_id)
    child = session.get(Child, row.child_id)
    assert child is not None
    disposal = session.get(Disposal, row.disposal_id) if row.disposal_id else None
    ete = codelist("ete_status").label(row.ete_status) or "not recorded"
    if row.ete_hours_offered is not None:
        ete += f", {row.ete_hours_offered} hours a week offered"
        if row.ete_hours_attended is not None:
            ete += f" ({row.ete_hours_attended} attended)"
    accommodation = (codelist("accommodation_type").label(row.accommodation_type)
                     or "not recorded") + f" - {_yes_no(row.accommodation_suitable)}"
    signer = session.get(UserAccount, row.signed_off_by) if row.signed_off_by else None
    signed = (f"{signer.display_name if signer else row.signed_off_by}, "
              f"{fmt_date(row.signed_off_at)}") if row.status == ExitStatus.SIGNED_OFF else None
    plan = current_plan(session, row.child_id)
    areas, statuses = codelist("plan_area"), codelist("target_status")
    targets = [(areas.label(t.area), t.description, statuses.label(t.status))
               for t in plan_targets(session, plan.id)] if plan else []
    return ExitPlanData(
        child_name=child.full_name, date_of_birth=child.date_of_birth,
        case_number=child.case_number,
        disposal=codelist("disposal_type").label(disposal.disposal_type) if disposal else "-",
        end_date=row.end_date, ete=ete, accommodation=accommodation,
        rj_engagement=codelist("rj_engagement").label(row.rj_engagement) or "not recorded",
        continuing_support=codelist("exit_support").label(row.continuing_support)
        or "not recorded",
        receiving_service=row.receiving_service or "-", support_detail=row.support_detail,
        strategies=row.strategies, child_feedback=row.child_feedback,
        family_feedback=row.family_feedback, signed_off=signed,
        missing=missing_for_sign_off(row), targets=targets)


def _story(data: ExitPlanData) -> list[Flowable]:
    story: list[Flowable] = [
        para("Exit plan", "title"),
        para(f"End of intervention: {data.disposal}, ended {fmt_date(data.end_date)}",
             "subtitle"),
        heading("Status at the end"),
        key_values([("Education, training, employment", data.ete),
                    ("Accommodation", data.accommodation),
                    ("Victim / restorative justice", data.rj_engagement)]),
        heading("Support that continues"),
        key_values([("Continuing support", data.continuing_support),
                    ("Receiving service", data.receiving_service),
                    ("Arrangements", data.support_detail or "-")]),
        heading("Strategies I chose"),
        quote(data.strategies, "the child") if data.strategies else para("Not recorded."),
        heading("Feedback"),
        heading("From the child", 2),
        quote(data.child_feedback) if data.child_feedback else para("Not recorded."),
        heading("From the family", 2),
        quote(data.family_feedback) if data.family_feedback else para("Not recorded."),
    ]
    if data.targets:
        story.append(keep(heading("What happened to the targets"),
                          grid(["Area", "Target", "Outcome"], data.targets,
                               widths=[50 * mm, 88 * mm, 36 * mm])))
    story.append(gap(6))
    if data.signed_off:
        story.append(boxed([para(f"Signed off by {data.signed_off}")]))
    else:
        story.append(boxed([para("DRAFT - not signed off."),
                            para("Missing: " + ("; ".join(data.missing) or "nothing"),
                                 "small")]))
    return story


def render_exit_plan(data: ExitPlanData, out: str | IO[bytes] | Any) -> None:
    """Write the exit plan PDF to a path or binary file object."""
    doc = CaseDocTemplate(out, "Exit plan", data.child_name, data.date_of_birth,
                          reference=data.case_number)
    doc.build(_story(data))
