"""KPI 9, serious violence: proven serious violence offences committed in the period, the
children who committed them, and the rate per 10,000 of the 10-17 population."""

from __future__ import annotations

from sqlalchemy import Subquery, select
from sqlalchemy.orm import Session

from yjdesk.models.justice import Offence
from yjdesk.services.oversight.kpi.base import (
    Figure,
    Period,
    Section,
    Settings,
    count_flags,
    flag,
)

KEY = "violence"
TITLE = "KPI 9: Serious violence"


def base(period: Period, settings: Settings) -> Subquery:
    return (select(Offence.child_id,
                   flag(Offence.serious_violence.is_(True)).label("serious"),
                   flag(Offence.id.is_not(None)).label("proven"))
            .where(Offence.deleted.is_(False), Offence.status == "proven",
                   Offence.offence_date.between(period.start, period.end))
            .subquery("violence"))


def compute(session: Session, period: Period, settings: Settings) -> Section:
    c = count_flags(session, base(period, settings), rows=("proven", "serious"),
                    children=("serious",))
    serious, children = c["serious"], c["serious:children"]
    return Section(
        KEY, TITLE,
        "Proven offences committed in the period that are serious violence (violence "
        "against the person, robbery, weapon possession, causing death or injury by "
        "driving), and the children who committed them.",
        (Figure(f"{KEY}.proven", "Proven offences", count=c["proven"], drill="proven"),
         Figure(f"{KEY}.serious", "Serious violence offences", count=serious,
                denominator=c["proven"], drill="serious"),
         Figure(f"{KEY}.children", "Children with a serious violence offence",
                count=children, drill="serious"),
         Figure(f"{KEY}.rate", "Serious violence offences per 10,000 aged 10-17",
                rate=serious * 10_000 / settings.population_10_17, rate_label="per 10,000",
                rate_bases=(serious,))),
        chart=(f"{KEY}.serious",))
