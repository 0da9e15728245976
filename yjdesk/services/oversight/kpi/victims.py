"""KPI 10, victims, counted **per victim** (YJB-REFERENCE 2.2): victims engaged in
restorative justice opportunities over victims who consented to be contacted.

The base is the victim records whose answer on consent to contact was recorded in the
period (the date of that answer places the victim in a period); the sub-measures are counted
over the victims who consented: views sought, information given, RJ offered, RJ taken part
in, support referral. A victim of two offences is one victim; a child with two victims
counts twice.
"""

from __future__ import annotations

from sqlalchemy import Subquery, and_, select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.victims import Victim
from yjdesk.services.oversight.kpi.base import (
    Figure,
    KpiSettings,
    Period,
    Section,
    count_flags,
    flag,
)

KEY = "victims"
TITLE = "KPI 10: Victims and restorative justice"


def base(period: Period, settings: KpiSettings) -> Subquery:
    consented = Victim.consent_to_contact.is_(True)
    return (select(Victim.child_id, Victim.consent_date.label("on"),
                   flag(Victim.consent_to_contact.is_not(None)).label("asked"),
                   flag(consented).label("consented"),
                   flag(Victim.consent_to_contact.is_(False)).label("declined"),
                   flag(and_(consented, Victim.views.is_not(None))).label("views"),
                   flag(and_(consented, Victim.information_given.is_not(None)))
                   .label("informed"),
                   flag(and_(consented, Victim.rj_offered.is_(True))).label("offered"),
                   flag(and_(consented, Victim.rj_took_part.is_(True))).label("engaged"),
                   flag(and_(consented, Victim.support_referrals.is_not(None)))
                   .label("supported"))
            .where(not_deleted(Victim), Victim.consent_date.is_not(None),
                   Victim.consent_date.between(period.start, period.end))
            .subquery("victims"))


ROWS = ("asked", "consented", "declined", "views", "informed", "offered", "engaged",
        "supported")
CHILDREN: tuple[str, ...] = ()


def compute(session: Session, period: Period, settings: KpiSettings) -> Section:
    return section(count_flags(session, base(period, settings), rows=ROWS), settings, period)


def section(c: dict[str, int], settings: KpiSettings, period: Period | None = None) -> Section:
    consented = c["consented"]
    return Section(
        KEY, TITLE,
        "Victims (each counted once, not per child or offence) asked for consent to contact "
        "in the period; of those who consented: views sought, information given, "
        "restorative justice offered and taken part in, and referred for support.",
        (Figure(f"{KEY}.asked", "Victims asked for consent to contact", count=c["asked"],
                drill="asked"),
         Figure(f"{KEY}.consented", "Consented to contact", count=consented,
                denominator=c["asked"], drill="consented"),
         Figure(f"{KEY}.declined", "Declined contact", count=c["declined"],
                denominator=c["asked"], drill="declined"),
         Figure(f"{KEY}.views", "Views sought", count=c["views"], denominator=consented,
                drill="views"),
         Figure(f"{KEY}.informed", "Given information", count=c["informed"],
                denominator=consented, drill="informed"),
         Figure(f"{KEY}.offered", "Restorative justice offered", count=c["offered"],
                denominator=consented, drill="offered"),
         Figure(f"{KEY}.engaged", "Engaged in restorative justice (KPI 10)",
                count=c["engaged"], denominator=consented, drill="engaged"),
         Figure(f"{KEY}.supported", "Referred for support", count=c["supported"],
                denominator=consented, drill="supported")),
        chart=(f"{KEY}.offered", f"{KEY}.engaged"),
        trend_key=f"{KEY}.engaged",  # KPI 10 (and the headline)
        caveat="" if c["asked"] else
        "No victim was recorded as asked for consent to contact in this period: the zeros "
        "mean no victim records, not victims left uncontacted.")
