"""What is due next for each child: the "next due item" column of the caseload.

Each feature area contributes a rule (a "source", :data:`SOURCES`): a function
``(session, child_ids) -> {child_id: [DueFact, ...]}`` whose facts say when something falls
due and on which days it shows, never whether it is overdue today. A provider
(:data:`PROVIDERS`, ``(session, child_ids, today) -> {child_id: [DueItem, ...]}``) is a
source's facts on one day. The caseload shows each child's most urgent item, read from the
facts stored by :mod:`yjdesk.services.due_store` (the same rules, kept current).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.models.base import not_deleted
from yjdesk.models.justice import Disposal
from yjdesk.models.org import Role
from yjdesk.services.humanise import english_date, filled


class DueState(enum.IntEnum):
    """Ordered by urgency (lowest first)."""

    OVERDUE = 0
    DUE_SOON = 1
    UPCOMING = 2


class Arg(enum.Enum):
    """How the view words a value filled into a label (:data:`TEMPLATES`)."""

    #: A record's words as typed, a name, a number: shown as they are, never translated.
    AS_GIVEN = "as given"
    #: An English word of the domain (a code list's label, a service's own word list): the
    #: view translates it.
    WORD = "word"
    #: As :attr:`WORD`, in lower case inside the sentence ("Review after going missing").
    LOWER_WORD = "lower word"
    #: A whole number the template's ``%n`` stands for (not one of its ``%1``, ``%2``...):
    #: it chooses the template's plural form, "1 of 1 hour" but "6 of 10 hours"
    #: (:data:`COUNTED`).
    COUNT = "count"


@dataclass(frozen=True, order=True)
class DueItem:
    """One thing due for a child on a day. The service gives its parts, in English: the
    view words them in the person's language ("Order ends - overdue by 10 days", from the
    label, the due date and today; ``yjdesk.ui.due_words``)."""

    state: DueState
    due: dt.date
    #: What is due, in English as the rule states it ("Order ends"), the same for every
    #: child: a label with ``%1`` in it names the date :attr:`since` ("Not seen since %1")
    #: or a value of :attr:`args` ("Oversight action: %1", :data:`TEMPLATES`).
    label: str
    kind: str = ""
    #: The date a label's ``%1`` stands for (the day a child was last seen), if any.
    since: dt.date | None = None
    #: The values a label's ``%1``, ``%2``... stand for (after :attr:`since`, if any), in
    #: English as :data:`TEMPLATES` says: a record's words as typed, or a domain word the
    #: view translates.
    args: tuple[str, ...] = ()


Provider = Callable[[Session, list[str], dt.date], dict[str, list[DueItem]]]


@dataclass(frozen=True)
class DueFact:
    """A due item as a rule states it, whatever the day: its date, and the days it shows.

    ``soon`` is how near the date must be for the item to be "due soon": ``"d5"`` within 5
    calendar days, ``"w3"`` within 3 working days. ``shown_from`` / ``shown_until`` (both
    inclusive) bound the days the item is on the list at all (a hearing shows in the
    fortnight before it; "not seen" only once the contact is overdue). Nothing in a fact
    depends on today, so facts can be stored and stay right overnight
    (:mod:`yjdesk.services.due_store`); :meth:`item` turns one into the day's item.
    """

    due: dt.date
    label: str
    kind: str
    soon: str = "d5"
    shown_from: dt.date | None = None
    shown_until: dt.date | None = None
    #: The date the label's ``%1`` stands for (:attr:`DueItem.since`).
    since: dt.date | None = None
    #: The values the label's placeholders stand for (:attr:`DueItem.args`).
    args: tuple[str, ...] = ()

    def shown(self, today: dt.date) -> bool:
        return ((self.shown_from is None or self.shown_from <= today)
                and (self.shown_until is None or today <= self.shown_until))

    def item(self, today: dt.date) -> DueItem:
        return DueItem(state_at(self.due, self.soon, today), self.due, self.label, self.kind,
                       self.since, self.args)


#: child id -> the facts of one rule (a "source") for that child.
Facts = dict[str, list[DueFact]]
Source = Callable[[Session, list[str]], Facts]


def soon(days: int, *, working: bool = False) -> str:
    """The ``soon`` rule of a :class:`DueFact`."""
    return f"{'w' if working else 'd'}{int(days)}"


def soon_limit(rule: str, today: dt.date) -> dt.date:
    """The last date that is "due soon" on ``today`` under ``rule``."""
    from yjdesk.services.workdays import add_working_days

    days = int(rule[1:])
    if rule[0] == "w":
        return add_working_days(today, days)
    return today + dt.timedelta(days=days)


def state_at(due: dt.date, rule: str, today: dt.date) -> DueState:
    if due < today:
        return DueState.OVERDUE
    if due <= soon_limit(rule, today):
        return DueState.DUE_SOON
    return DueState.UPCOMING


def items_at(facts: Facts, today: dt.date) -> dict[str, list[DueItem]]:
    """The items ``facts`` make on ``today`` (children with none are left out)."""
    out: dict[str, list[DueItem]] = {}
    for child_id, found in facts.items():
        items = [f.item(today) for f in found if f.shown(today)]
        if items:
            out[child_id] = items
    return out


def add_facts(into: Facts, more: Facts) -> Facts:
    for child_id, found in more.items():
        into.setdefault(child_id, []).extend(found)
    return into


def state_for(due: dt.date, today: dt.date, soon_days: int = 5) -> DueState:
    if due < today:
        return DueState.OVERDUE
    if (due - today).days <= soon_days:
        return DueState.DUE_SOON
    return DueState.UPCOMING


#: The label of an order's end (in English; the view translates it).
ORDER_ENDS = "Order ends"
#: The labels made with a record's values, each with how the view words the values its
#: ``%1``, ``%2``... stand for (:attr:`DueItem.args`, in order): "Oversight action: %1" with
#: the action as typed; "Review after %1" with the trigger's label, translated and in lower
#: case. The template is translated whole (a translation may move the placeholders). A
#: count (:attr:`Arg.COUNT`) is the template's ``%n``, left out of the ``%1``, ``%2``...
#: numbering: "%1: %2 of %n hours still to do" with the requirement, what is left and the
#: total, whose plural form the template takes (:data:`COUNTED`).
TEMPLATES: dict[str, tuple[Arg, ...]] = {
    "Oversight action: %1": (Arg.AS_GIVEN,),
    "Review after %1": (Arg.LOWER_WORD,),
    "Assessment review after %1": (Arg.LOWER_WORD,),
    "Court: %1": (Arg.AS_GIVEN,),
    "Referral order: %1": (Arg.WORD,),
    "Custody: %1 meeting": (Arg.WORD,),
    "%1: %2 of %n hours still to do": (Arg.WORD, Arg.AS_GIVEN, Arg.COUNT),
    "%1: %2 of %n days still to do": (Arg.WORD, Arg.AS_GIVEN, Arg.COUNT),
    "%1 violation reported: decide on enforcement": (Arg.WORD,),
    # a stage of a type the rules do not know, as stored (never in practice)
    "Assessment (%1)": (Arg.AS_GIVEN,),
}
#: The templates with a count (:attr:`Arg.COUNT`, their ``%n``), each with its English for
#: a count of one; the template itself is the English for any other count. The view words
#: one with ``counted()``: the template is also a plural message a translator words in
#: every plural form of the language (Welsh has more than English's two).
COUNTED: dict[str, str] = {
    "%1: %2 of %n hours still to do": "%1: %2 of %n hour still to do",
    "%1: %2 of %n days still to do": "%1: %2 of %n day still to do",
}


def count_of(value: str) -> int | None:
    """The count an :attr:`Arg.COUNT` value gives (None if it is not a whole number: the
    template's plural form, the value as it is)."""
    try:
        return int(value)
    except ValueError:
        return None


#: The labels of due items as the rules give them, the same for every child: the view
#: translates these (they are in the translation file) and fills in a template's values
#: (:data:`TEMPLATES`); any other label is shown as it is. A test checks every label a rule
#: writes is here.
FIXED_LABELS = frozenset({
    ORDER_ENDS, "Contact due", "Not seen since %1", "Not seen yet", "Enforcement decision",
    "Out-of-court assessment", "Inform the police (out of court)",
    "Transition to probation: planning due",
    "Transition: hand the information over to probation", "Referral order panel",
    "Scheduled review", "Assessment countersign", "Assessment not started",
    # services.assessments.timeliness.STAGE_LABELS
    "Assessment (start)", "Assessment (review)", "Assessment (end)",
    "Assessment (transfer in)",
    # services.court.due_items.REPORT_LABELS
    "PSR quality check", "Finalise PSR", "Send PSR to court",
    "Stand-down report quality check", "Finalise Stand-down report",
    "Send Stand-down report to court",
    "Court report quality check", "Finalise Court report", "Send Court report to court",
    *TEMPLATES})

def english_label(item: DueItem | DueFact) -> str:
    """The label in English with its values filled in, as the view words it untranslated
    ("Oversight action: Call the school", "Not seen since 07 Jul"): for the tests. The UI
    words an item in the person's language (``yjdesk.ui.due_words.due_label``), never
    from this."""
    values = [english_date(item.since, "%d %b")] if item.since is not None else []
    kinds = TEMPLATES.get(item.label, ())
    label = item.label
    for i, value in enumerate(item.args):
        kind = kinds[i] if i < len(kinds) else Arg.AS_GIVEN
        if kind is Arg.COUNT:  # as the view's counted(): "1 hour", "1,204 hours"
            n = count_of(value)
            label = (COUNTED[item.label] if n == 1 else item.label).replace(
                "%n", value if n is None else f"{n:,}")
        else:
            values.append(value.lower() if kind is Arg.LOWER_WORD else value)
    return filled(label, *values) if values else label


def order_ending_facts(session: Session, child_ids: list[str]) -> Facts:
    """The end of each ongoing disposal (the exit plan and end review fall due then)."""
    from yjdesk.services.casework.levels import for_children

    out: Facts = {}
    rows = session.execute(
        select(Disposal.child_id, Disposal.end_date)
        .where(not_deleted(Disposal), Disposal.outcome == "ongoing",
               Disposal.end_date.is_not(None), for_children(Disposal.child_id, child_ids))
    )
    wanted = set(child_ids)
    for child_id, end in rows:
        if child_id in wanted and end is not None:
            out.setdefault(child_id, []).append(
                DueFact(end, ORDER_ENDS, "order_end", soon(14)))
    return out


def court_facts(session: Session, child_ids: list[str]) -> Facts:
    """Court reports to check, finalise and send; hearings in the next fortnight."""
    from yjdesk.services.court.due_items import court_due_facts

    return court_due_facts(session, child_ids)


def assessment_facts(session: Session, child_ids: list[str]) -> Facts:
    """Assessments to finish or countersign; interventions not yet assessed (issue 3)."""
    from yjdesk.services.assessments.timeliness import assessment_due_facts

    return assessment_due_facts(session, child_ids)


def casework_facts(session: Session, child_ids: list[str]) -> Facts:
    """Case work: contacts by intervention level, reviews, children not seen (issue 4)."""
    from yjdesk.services.casework.work_due import casework_due_facts

    return casework_due_facts(session, child_ids)


def oversight_facts(session: Session, child_ids: list[str]) -> Facts:
    """Open management oversight and supervision actions (issue 7)."""
    from yjdesk.services.oversight.supervision import due_facts

    return due_facts(session, child_ids)


def court_order_facts(session: Session, child_ids: list[str]) -> Facts:
    """Referral order panels, custody meetings, requirement balances, transition (issue 13)."""
    from yjdesk.services.orders.due_items import orders_due_facts

    return orders_due_facts(session, child_ids)


def out_of_court_facts(session: Session, child_ids: list[str]) -> Facts:
    """Out-of-court referrals to assess and police to inform, on time (issue 14)."""
    from yjdesk.services.casework.ooc_due import ooc_due_facts

    return ooc_due_facts(session, child_ids)


#: Every rule that makes items due, by name (the name is stored with each fact).
SOURCES: dict[str, Source] = {
    "order_endings": order_ending_facts,
    "court": court_facts,
    "assessments": assessment_facts,
    "casework": casework_facts,
    "oversight": oversight_facts,
    "court_orders": court_order_facts,
    "out_of_court": out_of_court_facts,
}


def provider(facts: Source) -> Provider:
    """The provider of a rule: ``facts``' items on the given day (the one way a rule's
    items are made, for every rule)."""
    def items(session: Session, child_ids: list[str],
              today: dt.date) -> dict[str, list[DueItem]]:
        return items_at(facts(session, child_ids), today)

    items.__name__ = items.__qualname__ = facts.__name__
    return items


order_endings = provider(order_ending_facts)
court_due = provider(court_facts)
assessments_due = provider(assessment_facts)
casework_due = provider(casework_facts)
oversight_due = provider(oversight_facts)
court_orders_due = provider(court_order_facts)
out_of_court_due = provider(out_of_court_facts)

PROVIDERS: list[Provider] = [order_endings, court_due, assessments_due, casework_due,
                             oversight_due, court_orders_due, out_of_court_due]


def sources_for(role: Role | None) -> list[str]:
    """What falls due for this role: a court officer's work is the court's deadlines
    (reports, checks, sending), not the practitioner's contacts and assessments."""
    if role == Role.COURT_OFFICER:
        return ["court"]
    return list(SOURCES)


def providers_for(role: Role | None) -> list[Provider]:
    if role == Role.COURT_OFFICER:
        return [court_due]
    return PROVIDERS


def best_of(items: Iterable[DueItem]) -> DueItem | None:
    """The most urgent item: overdue first, then due soon, then by date (label and kind
    decide between items on the same day, so the choice never depends on rule order)."""
    return min(items, default=None)


def next_due(session: Session, child_ids: Iterable[str], today: dt.date,
             providers: list[Provider] | None = None) -> dict[str, DueItem]:
    ids = list(child_ids)
    best: dict[str, DueItem] = {}
    for provider in providers if providers is not None else PROVIDERS:
        for child_id, items in provider(session, ids, today).items():
            for item in items:
                current = best.get(child_id)
                if current is None or item < current:
                    best[child_id] = item
    return best


def all_due(session: Session, child_ids: Iterable[str], today: dt.date) -> dict[str, list[DueItem]]:
    ids = list(child_ids)
    out: dict[str, list[DueItem]] = {}
    for provider in PROVIDERS:
        for child_id, items in provider(session, ids, today).items():
            out.setdefault(child_id, []).extend(items)
    for items in out.values():
        items.sort()
    return out
