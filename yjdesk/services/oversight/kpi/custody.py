"""Use of custody: custodial sentences (DTO, section 250 and 259 detention) given in the
period, the children sentenced, custody as a share of court sentences, and the rate per
1,000 of the 10-17 population."""

from __future__ import annotations

from sqlalchemy import Subquery, select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.justice import Disposal
from yjdesk.services.oversight.kpi.base import (
    Figure,
    KpiSettings,
    Period,
    Section,
    count_flags,
    flag,
)

KEY = "custody"
TITLE = "Use of custody"
CUSTODIAL = ("dto", "s250_detention", "s259_detention")


def base(period: Period, settings: KpiSettings) -> Subquery:
    return (select(Disposal.child_id, Disposal.decision_date.label("on"),
                   flag(Disposal.category == "court").label("sentence"),
                   flag(Disposal.disposal_type.in_(CUSTODIAL)).label("custodial"))
            .where(not_deleted(Disposal), Disposal.category == "court",
                   Disposal.decision_date.between(period.start, period.end))
            .subquery("custody"))


ROWS = ("sentence", "custodial")
CHILDREN = ("custodial",)


def compute(session: Session, period: Period, settings: KpiSettings) -> Section:
    return section(count_flags(session, base(period, settings), rows=ROWS, children=CHILDREN),
                   settings, period)


def section(c: dict[str, int], settings: KpiSettings, period: Period) -> Section:
    sentences, custodial, children = c["sentence"], c["custodial"], c["custodial:children"]
    return Section(
        KEY, TITLE,
        "Custodial sentences (detention and training orders, section 250 and 259 "
        "detention) given in the period, against all court sentences.",
        (Figure(f"{KEY}.sentences", "Court sentences", count=sentences, drill="sentence"),
         Figure(f"{KEY}.custodial", "Custodial sentences", count=custodial,
                denominator=sentences, drill="custodial"),
         Figure(f"{KEY}.children", "Children sentenced to custody", count=children,
                drill="custodial"),
         Figure(f"{KEY}.rate", "Custodial sentences per 1,000 aged 10-17",
                rate=custodial * 1000 / settings.population_10_17, rate_label="per 1,000",
                rate_bases=(custodial,))),
        chart=(f"{KEY}.custodial",), trend_key=f"{KEY}.rate")
