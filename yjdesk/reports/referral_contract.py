"""The referral order contract, as a copy for the child: plain words, large enough to read,
what they agreed to do, until when, who signed, and what happens if things go wrong."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import IO, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from sqlalchemy.orm import Session

from yjdesk.errors import NotFound
from yjdesk.models.child import Child
from yjdesk.models.statuses import ContractStatus, PanelStatus
from yjdesk.reports.common import (
    CONTENT_W,
    STYLES,
    CaseDocTemplate,
    boxed,
    fmt_date,
    gap,
    heading,
    key_values,
    para,
    text,
)
from yjdesk.services.humanise import english_date
from yjdesk.services.orders import referral as ro


@dataclass
class ContractData:
    child_name: str
    first_name: str
    date_of_birth: dt.date
    case_number: str
    version: int
    status: str
    length_months: int
    extension_months: int
    signed_on: dt.date | None
    ends_on: dt.date | None
    reparation: list[str]
    activities: list[str]
    other_terms: list[str]
    panel_member: str | None
    content_hash: str | None
    next_panel: dt.date | None


def contract_data(session: Session, contract_id: str) -> ContractData:
    contract = session.get(ro.ReferralContract, contract_id)
    if contract is None:
        raise NotFound("No such contract.")
    order = ro.get_order(session, contract.referral_order_id)
    child = session.get(Child, contract.child_id)
    assert child is not None
    planned = [p.due_date for p in ro.panels(session, order.id) if p.status == PanelStatus.PLANNED]
    ends = order.compliance_end
    if contract.signed_on and ends is None:
        ends = ro.compliance_end(contract.signed_on, order.length_months,
                                 order.extension_months)
    return ContractData(
        child_name=child.full_name, first_name=child.preferred_name or child.given_name,
        date_of_birth=child.date_of_birth, case_number=child.case_number,
        version=contract.version, status=contract.status, length_months=order.length_months,
        extension_months=order.extension_months, signed_on=contract.signed_on, ends_on=ends,
        reparation=ro.names(contract.reparation), activities=ro.names(contract.activities),
        other_terms=ro.names(contract.other_terms), panel_member=contract.panel_member_name,
        content_hash=contract.content_hash, next_panel=min(planned) if planned else None)


#: Plain-language copy for the child: a larger, more open type than case documents.
BIG = ParagraphStyle("big", parent=STYLES["body"], fontSize=12, leading=17, spaceAfter=6)


def day(value: dt.date | None) -> str:
    """A date as a child would write it: 20 May 2026."""
    return english_date(value, "%-d %B %Y") if value else "not yet"


def big(value: object) -> Paragraph:
    return Paragraph(text(value), BIG)


def _list(items: list[str]) -> list[Flowable]:
    return [big(f"\u2022 {item}") for item in items] or [big("Nothing here.")]


def _story(d: ContractData) -> list[Flowable]:
    months = d.length_months + d.extension_months
    story: list[Flowable] = [
        para("My referral order contract", "title"),
        para(f"Version {d.version}" + ("" if d.status == ContractStatus.SIGNED else
                                       " - not signed yet, so not in force"), "subtitle"),
        big(f"{d.first_name}, this is a copy of the contract you agreed with the youth "
            f"offender panel. Keep it. It says what you will do and until when."),
        heading("How long it lasts"),
        big(f"Your order lasts {months} months. It started on the day you signed this "
            f"contract ({day(d.signed_on)}) and ends on {day(d.ends_on)}."),
        heading("What I will do to put things right"),
        *_list(d.reparation),
        heading("What I will do to stay out of trouble"),
        *_list(d.activities),
    ]
    if d.other_terms:
        story += [heading("Other things I agreed"), *_list(d.other_terms)]
    story += [
        heading("Meeting the panel again"),
        big("The panel will meet you at least every 3 months to see how it is going."
            + (f" Your next meeting is due by {day(d.next_panel)}."
               if d.next_panel else "")),
        heading("If things go wrong"),
        big("If you do not do what the contract says, the panel will talk to you about it "
            "first. If it cannot be sorted out, the panel can send you back to court, and "
            "the court can give you a different sentence."),
        heading("When you finish"),
        big("When you finish the contract, your conviction is 'spent'. For most jobs and "
            "courses you do not have to tell anyone about it."),
        gap(6),
        boxed([key_values([("Signed by", f"{d.child_name} (you)"),
                            ("Panel member", d.panel_member or "not signed yet"),
                            ("Date signed", fmt_date(d.signed_on)),
                            ("Record check", (d.content_hash or "not signed")[:16])],
                           width=CONTENT_W - 16)]),  # inside the box's padding
    ]
    return story


def render_contract(data: ContractData, out: str | IO[bytes] | Any) -> None:
    doc = CaseDocTemplate(out, "Referral order contract", data.child_name, data.date_of_birth,
                          reference=data.case_number)
    doc.build(_story(data))
