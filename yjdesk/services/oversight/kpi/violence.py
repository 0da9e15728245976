"""KPI 9, serious violence: proven serious violence offences committed in the period, the
children who committed them, and the rate per 10,000 of the 10-17 population.

Serious violence is policy, not code (``resources/kpi/definitions.json``
"serious_violence"): offences in the listed YJB offence groups (the ``group`` of the
``offence_type`` code list) with a gravity score of at least the threshold. The shipped
definition is drug, robbery and violence-against-the-person offences of gravity 5 or more.
"""

from __future__ import annotations

from sqlalchemy import Subquery, and_, select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.justice import Offence
from yjdesk.models.statuses import OffenceStatus
from yjdesk.services.codes import codelist
from yjdesk.services.oversight.kpi.base import (
    Figure,
    KpiSettings,
    Period,
    Section,
    count_flags,
    flag,
)
from yjdesk.services.oversight.kpi.definitions import definition

KEY = "violence"
TITLE = "KPI 9: Serious violence"
ROWS = ("proven", "serious")
CHILDREN = ("serious",)


def serious_codes(period: Period) -> tuple[list[str], int]:
    """The offence codes of the serious-violence groups and the minimum gravity."""
    d = definition("serious_violence", period.start)
    groups = set(d["offence_groups"])
    codes = [c.code for c in codelist("offence_type").codes if c.extra.get("group") in groups]
    return codes, int(d["min_gravity"])


def base(period: Period, settings: KpiSettings) -> Subquery:
    codes, min_gravity = serious_codes(period)
    serious = and_(Offence.offence_code.in_(codes), Offence.gravity >= min_gravity)
    return (select(Offence.child_id, Offence.offence_date.label("on"),
                   flag(serious).label("serious"),
                   flag(Offence.id.is_not(None)).label("proven"))
            .where(not_deleted(Offence), Offence.status == OffenceStatus.PROVEN,
                   Offence.offence_date.between(period.start, period.end))
            .subquery("violence"))


def compute(session: Session, period: Period, settings: KpiSettings) -> Section:
    return section(count_flags(session, base(period, settings), rows=ROWS, children=CHILDREN),
                   settings, period)


def section(c: dict[str, int], settings: KpiSettings, period: Period) -> Section:
    serious, children = c["serious"], c["serious:children"]
    d = definition("serious_violence", period.start)
    groups = ", ".join(g.replace("_", " ") for g in d["offence_groups"])
    return Section(
        KEY, TITLE,
        f"Proven offences committed in the period that count as serious violence ({groups} "
        f"offences with a gravity score of {d['min_gravity']} or more), and the children who "
        "committed them.",
        (Figure(f"{KEY}.proven", "Proven offences", count=c["proven"], drill="proven"),
         Figure(f"{KEY}.serious", "Serious violence offences", count=serious,
                denominator=c["proven"], drill="serious"),
         Figure(f"{KEY}.children", "Children with a serious violence offence",
                count=children, drill="serious"),
         Figure(f"{KEY}.rate", "Serious violence offences per 10,000 aged 10-17",
                rate=serious * 10_000 / settings.population_10_17, rate_label="per 10,000",
                rate_bases=(serious,))),
        chart=(f"{KEY}.serious",), trend_key=f"{KEY}.serious",  # the headline figure
        caveat="The YJB's exact wording is not published in a form we could check; the "
               "offence groups and the gravity threshold are the service's policy.")
