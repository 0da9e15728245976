"""The custody and resettlement planning record: the sentence or remand and its key dates,
where the child is held, the planning meetings with who attended and the actions agreed,
accommodation and ETE confirmed for release, and the licence conditions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal
from yjdesk.reports.common import (
    CaseDocTemplate,
    boxed,
    fmt_date,
    gap,
    grid,
    heading,
    key_values,
    para,
)
from yjdesk.services.codes import codelist
from yjdesk.services.orders import custody as cs
from yjdesk.services.orders.custody_dates import dto_dates
from yjdesk.services.orders.remand import LASPO_SETS


@dataclass
class CustodyPlanData:
    child_name: str
    date_of_birth: dt.date
    case_number: str
    kind: str
    status: str
    establishment: str
    key_dates: list[tuple[str, str]]
    laspo: list[tuple[str, str]]
    meetings: list[tuple[str, str, str, str, str]]
    resettlement: list[tuple[str, str]]
    licence_conditions: list[str] = field(default_factory=list)


def custody_plan_data(session: Session, episode_id: str) -> CustodyPlanData:
    episode = cs.get_episode(session, episode_id)
    child = session.get(Child, episode.child_id)
    assert child is not None
    disposal = session.get(Disposal, episode.disposal_id) if episode.disposal_id else None
    dates: list[tuple[str, str]] = [("Placed", fmt_date(episode.placement_date))]
    if episode.kind == "dto" and disposal is not None and disposal.end_date:
        d = dto_dates(disposal.start_date, disposal.end_date)
        dates += [("Term", f"{d.term_months} months"),
                  ("Halfway (release)", fmt_date(d.halfway))]
        if d.early_from:
            dates.append(("Early release from", fmt_date(d.early_from)))
        if d.late_to:
            dates.append(("Late release by", fmt_date(d.late_to)))
        dates.append(("Sentence (supervision) ends", fmt_date(d.end)))
    elif disposal is not None and disposal.end_date:
        dates.append(("Sentence ends", fmt_date(disposal.end_date)))
    if episode.release_date:
        dates.append(("Released", fmt_date(episode.release_date)))
    laspo: list[tuple[str, str]] = []
    if episode.kind in ("remand_la", "remand_yda"):
        laspo = [("Looked after (LASPO 2012)", f"from {fmt_date(episode.looked_after_from)}"
                  + (f" to {fmt_date(episode.looked_after_to)}"
                     if episode.looked_after_to else " (continuing)")),
                 ("Designated authority", episode.designated_authority or "-")]
        if episode.laspo_condition_set:
            laspo.append(("Conditions met", LASPO_SETS.get(episode.laspo_condition_set,
                                                           episode.laspo_condition_set)))
        if episode.laspo_conditions:
            laspo.append(("How", episode.laspo_conditions))
    meetings = [(cs.MEETING_LABELS.get(m.kind, m.kind), fmt_date(m.due_date),
                 fmt_date(m.held_on) if m.held_on else "not yet",
                 (m.attendees or "").replace("\n", ", "), m.actions or "")
                for m in cs.meetings(session, episode.id)]
    resettlement = [
        ("Accommodation confirmed", (fmt_date(episode.accommodation_confirmed_on) + " - "
                                     + (episode.accommodation_detail or ""))
         if episode.accommodation_confirmed_on else "NOT YET CONFIRMED"),
        ("Education, training, work", (fmt_date(episode.ete_confirmed_on) + " - "
                                       + (episode.ete_detail or ""))
         if episode.ete_confirmed_on else "NOT YET CONFIRMED")]
    return CustodyPlanData(
        child_name=child.full_name, date_of_birth=child.date_of_birth,
        case_number=child.case_number, kind=cs.KIND_LABELS.get(episode.kind, episode.kind),
        status={"in_custody": "In custody", "on_licence": "Released on licence",
                "ended": "Ended"}.get(episode.status, episode.status),
        establishment=codelist("secure_establishment").label(episode.establishment)
        if episode.establishment else "not recorded",
        key_dates=dates, laspo=laspo, meetings=meetings, resettlement=resettlement,
        licence_conditions=[c.strip() for c in (episode.licence_conditions or "").splitlines()
                            if c.strip()])


def _story(d: CustodyPlanData) -> list[Flowable]:
    story: list[Flowable] = [
        para("Custody and resettlement plan", "title"),
        para(f"{d.kind} - {d.status}", "subtitle"),
        heading("Where and when"),
        key_values([("Establishment", d.establishment), *d.key_dates]),
    ]
    if d.laspo:
        story += [heading("Remand: looked-after status"), key_values(d.laspo)]
    story += [heading("Planning meetings"),
              grid(["Meeting", "Due by", "Held", "Who attended", "Actions agreed"],
                   d.meetings, widths=[30 * mm, 24 * mm, 24 * mm, 43 * mm, 53 * mm])
              if d.meetings else para("No meetings scheduled."),
              heading("Ready for release"), key_values(d.resettlement)]
    if d.licence_conditions:
        story += [heading("Licence conditions"),
                  *[para(f"\u2022 {c}") for c in d.licence_conditions]]
    story += [gap(6), boxed([para("Timescales for planning meetings are this service's "
                                  "policy: national timescales were not found in current "
                                  "guidance (historic National Standards figures, "
                                  "unverified).", "small")])]
    return story


def render_custody_plan(data: CustodyPlanData, out: str | IO[bytes] | Any) -> None:
    doc = CaseDocTemplate(out, "Custody and resettlement plan", data.child_name,
                          data.date_of_birth, reference=data.case_number)
    doc.build(_story(data))
