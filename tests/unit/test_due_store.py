"""Issue 16: the caseload's due items read from the stored facts (``due_fact``) are exactly
the items the rules give when run over every child -- on a generated service, on days from
a year before to a year after (nothing stored goes stale as the days pass), after edits
through the unit of work, after pulled pages and a purge, and when the clock goes back."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tests.conftest import TODAY, demo_caseload
from tests.unit.test_orders_due_set_based import _edge_cases
from yjdesk.models import (
    AssessmentStage,
    Child,
    Contact,
    CourtHearing,
    Disposal,
    DueDirty,
    OversightAction,
    Review,
)
from yjdesk.models.org import Role
from yjdesk.paths import Paths
from yjdesk.services import due, due_store
from yjdesk.services.caseload import due_items
from yjdesk.services.due import DueItem
from yjdesk.store import LocalStore
from yjdesk.sync.pull import apply_page, purge_children
from yjdesk.wire.codec import row_fields
from yjdesk.wire.protocol import RowState

ROLES = (None, Role.COURT_OFFICER)
DAYS = (-400, -120, -30, -7, -1, 0, 1, 2, 5, 14, 15, 29, 45, 120, 200, 400)


@pytest.fixture(scope="module")
def caseload(tmp_path_factory: pytest.TempPathFactory,
             _demo_template: tuple[Paths, bytes]) -> Iterator[LocalStore]:
    store = demo_caseload(tmp_path_factory.mktemp("due16"), _demo_template)
    with store.session() as s, s.begin():
        _edge_cases(s)
    yield store
    store.close()


def _live(s: Session, ids: list[str], day: dt.date, role: Role | None) -> dict[str, DueItem]:
    return due.next_due(s, ids, day, due.providers_for(role))


def _same(s: Session, day: dt.date) -> dict[str, DueItem]:
    ids = list(s.scalars(select(Child.id)))
    out: dict[str, DueItem] = {}
    for role in ROLES:
        stored = due_store.next_due(s, ids, day, role)
        live = _live(s, ids, day, role)
        assert stored == live, (day, role, _diff(stored, live))
        if role is None:
            out = stored
    return out


def _diff(a: dict[str, DueItem],
          b: dict[str, DueItem]) -> list[tuple[str, DueItem | None, DueItem | None]]:
    return [(k, a.get(k), b.get(k)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)][:5]


def _dirty(s: Session) -> set[str]:
    return set(s.scalars(select(DueDirty.child_id)))


def _changed(was: dt.date | None, wanted: dt.date) -> dt.date:
    """``wanted``, or the day after it where the row already holds it: an edit that
    changes nothing writes nothing, so it marks no child (a generated service may hold
    the very date a test picks)."""
    return wanted if was != wanted else wanted + dt.timedelta(days=1)


def test_stored_items_are_the_rules_items_on_every_day(caseload: LocalStore) -> None:
    with caseload.session() as s, s.begin():
        first = TODAY + dt.timedelta(days=DAYS[0])
        assert due_store.refresh(s, first) == -1  # built once, whole
        kinds: Counter[str] = Counter()
        states: Counter[int] = Counter()
        for offset in DAYS:
            day = TODAY + dt.timedelta(days=offset)
            # the days pass: nothing is worked out again, the stored dates stay right
            assert due_store.refresh(s, day) == 0
            best = _same(s, day)
            kinds.update(i.kind for i in best.values())
            states.update(int(i.state) for i in best.values())
    # the comparison is about something: many children, every state, many kinds of item
    assert len(best) > 100
    assert set(states) == {0, 1, 2}, states
    assert {"contact", "not_seen", "hearing", "order_work", "assessment",
            "review"} <= set(kinds), kinds


def test_edits_syncs_and_purges_mark_their_children_and_stay_equal(
        caseload: LocalStore) -> None:
    with caseload.session() as s, s.begin():
        due_store.refresh(s, TODAY)
        assert not _dirty(s)
        supervised = s.execute(select(Disposal.child_id, Contact.id).join(
            Contact, Contact.child_id == Disposal.child_id).where(
            Disposal.outcome == "ongoing", Disposal.deleted.is_(False),
            Contact.status == "final", Contact.deleted.is_(False)).limit(3)).all()
        heard = s.scalar(select(CourtHearing.id).where(CourtHearing.status == "listed",
                                                       CourtHearing.deleted.is_(False)))
        stage = s.scalar(select(AssessmentStage.id).where(
            AssessmentStage.status.in_(("draft", "submitted")),
            AssessmentStage.deleted.is_(False)))
        action = s.scalar(select(OversightAction.id).where(OversightAction.done_on.is_(None)))
        review = s.scalar(select(Review.id).where(Review.status == "due"))
        assert len(supervised) == 3 and heard and stage and action and review

    # 1. the unit of work's flushes (ORM edits of several kinds, as the services make them;
    #    written as a sync would, so the laptop's own workflow rules do not refuse a jump)
    touched: set[str] = set()
    with caseload.session() as s, s.begin():
        s.info["sync_apply"] = True
        contact = s.get(Contact, supervised[0][1])
        assert contact is not None
        contact.contact_at = dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(10),
                                                 tzinfo=dt.UTC)
        contact.attendance = "attended"
        hearing = s.get(CourtHearing, heard)
        assert hearing is not None
        hearing.hearing_date = _changed(hearing.hearing_date, TODAY + dt.timedelta(days=3))
        st = s.get(AssessmentStage, stage)
        assert st is not None
        st.deleted = True
        act = s.get(OversightAction, action)
        assert act is not None
        act.done_on = TODAY
        rv = s.get(Review, review)
        assert rv is not None
        rv.due_date = _changed(rv.due_date, TODAY - dt.timedelta(days=40))
        touched = {contact.child_id, hearing.child_id, st.child_id, act.child_id,
                   rv.child_id}
    with caseload.session() as s, s.begin():
        dirty = _dirty(s)
        assert touched <= dirty
        assert due_store.refresh(s, TODAY) == len(dirty)  # those children only
        assert not _dirty(s)
        for offset in (-3, 0, 1, 4, 30):
            _same(s, TODAY + dt.timedelta(days=offset))

    # 2. pulled pages: a changed contact, a new hearing, a disposal moved to another
    #    child (both children change), all written by the pull's plain statements
    child_a, contact_b = supervised[1]
    child_c = supervised[2][0]
    with caseload.session() as s:
        c = s.get(Contact, contact_b)
        d = s.scalar(select(Disposal).where(Disposal.child_id == child_a,
                                            Disposal.outcome == "ongoing"))
        # any hearing's fields stand for the new one (child_c may have none of its own)
        h = s.scalar(select(CourtHearing).order_by(CourtHearing.child_id != child_c)
                     .limit(1))
        assert c is not None and d is not None and h is not None
        cf, df, hf = row_fields(c), row_fields(d), row_fields(h)
        rows = [
            RowState(table="contact", id=c.id, rev=c.rev + 5, server_seq=900_001,
                     child_id=c.child_id, deleted=False,
                     fields={**cf, "contact_at": f"{TODAY}T09:00:00+00:00"}),
            RowState(table="court_hearing", id=str(uuid.uuid4()), rev=1, server_seq=900_002,
                     child_id=child_c, deleted=False,
                     fields={**hf, "child_id": child_c,
                             "hearing_date": str(TODAY + dt.timedelta(days=6)),
                             "status": "listed"}),
            RowState(table="disposal", id=d.id, rev=d.rev + 5, server_seq=900_003,
                     child_id=child_c, deleted=False,
                     fields={**df, "child_id": child_c,
                             "end_date": str(TODAY + dt.timedelta(days=9))}),
        ]
    with caseload.session() as s, s.begin():
        s.info["sync_apply"] = True
        out = apply_page(s, rows)
        assert out.applied == 3 and out.parked == 0
    with caseload.session() as s, s.begin():
        assert {child_a, child_c} <= _dirty(s)
        for offset in (-2, 0, 5, 7, 60):
            _same(s, TODAY + dt.timedelta(days=offset))
        assert not _dirty(s)

    # 3. a purge (a child moved out of this laptop's scope): its facts go
    with caseload.session() as s, s.begin():
        s.info["sync_apply"] = True
        purge_children(s, [child_c])
    with caseload.session() as s, s.begin():
        assert child_c in _dirty(s)
        _same(s, TODAY)
        assert not s.execute(text("SELECT 1 FROM due_fact WHERE child_id = :c"),
                             {"c": child_c}).first()


def test_the_clock_going_back_or_a_new_policy_builds_the_table_again(
        caseload: LocalStore) -> None:
    with caseload.session() as s, s.begin():
        later = TODAY + dt.timedelta(days=60)
        # built for a later day (a refresh with no child to work out again prunes
        # nothing, so the table's state would be the earlier tests' in this module, run
        # in whatever order and worker the run gives them)
        due_store.rebuild(s, later)
        _same(s, later)
        # facts no longer shown on the day were dropped; a day before that needs them
        assert due_store.refresh(s, TODAY - dt.timedelta(days=30)) == -1
        _same(s, TODAY - dt.timedelta(days=30))
        s.execute(text("UPDATE local_meta SET value = replace(value, :f, 'other') "
                       "WHERE key = :k"), {"f": due_store.fingerprint(), "k": due_store.BUILT})
        assert due_store.refresh(s, TODAY) == -1
        _same(s, TODAY)


def test_the_caseload_reads_the_stored_facts_with_one_query(caseload: LocalStore) -> None:
    from sqlalchemy import event

    statements: list[str] = []

    def on_execute(*args: object) -> None:
        statements.append(str(args[2])[:60])

    with caseload.session() as s, s.begin():
        ids = list(s.scalars(select(Child.id)))
        due_store.refresh(s, TODAY)
        event.listen(caseload.engine, "before_cursor_execute", on_execute)
        try:
            best = due_items(s, ids, TODAY)
        finally:
            event.remove(caseload.engine, "before_cursor_execute", on_execute)
        assert best == _live(s, ids, TODAY, None)
    # is the table usable, its meta, the dirty children, the rules in use, the items
    assert len(statements) <= 6, statements


#: Values as a person may type them: with the store's separators, a placeholder, nothing.
AWKWARD = ("Call the school", "", "%1", "%2 then %1", "a\x1fb", "\x1e1", "\x1e0\x1e",
           "\x1f\x1f", "line\nbreak", "Ffôn i'r ysgol \u27e6x\u27e7")


def test_a_stored_label_gives_back_its_date_and_values_as_typed() -> None:
    """The ``label`` column keeps a fact's label, the date its ``%1`` names and its values
    (``DueFact.args``) in one string; each comes back as it was, whatever it holds."""
    day = dt.date(2026, 7, 7)
    facts = [due.DueFact(TODAY, "Order ends", "order_end"),
             due.DueFact(TODAY, "Not seen since %1", "not_seen", since=day),
             *(due.DueFact(TODAY, "Oversight action: %1", "oversight_action", args=(v,))
               for v in AWKWARD),
             due.DueFact(TODAY, "%1: %2 of %n hours still to do", "order_work",
                         args=("Reparation", "6", "10")),
             due.DueFact(TODAY, "%1: %2 of %n hours still to do", "order_work",
                         args=AWKWARD),
             due.DueFact(TODAY, "Not seen since %1", "not_seen", since=day, args=AWKWARD),
             due.DueFact(TODAY, "a label \x1f with \x1e1 in it", "x", args=("", ""))]
    for fact in facts:
        item = fact.item(TODAY)
        stored = due_store._label(fact)
        assert due_store._item(int(item.state), item.due.isoformat(), stored, item.kind) == \
            item, repr(stored)
    assert due_store._label(facts[1]) == "Not seen since %1\x1f2026-07-07"  # as before


def test_stored_labels_sort_as_their_items_do() -> None:
    """``next_due`` picks a child's item with SQL's ``min()`` over the stored label, the
    rules with the items' order: the two agree (items of the same day and state). (Not for
    a tab or a line break inside one of several values: a template with several values has
    a code list's label and numbers in them.)"""
    values = ("Call", "Call mum", "Call\tnow", "Book the review", "book", "", "Z")
    facts = [due.DueFact(TODAY, label, "k", args=args)
             for label in ("Oversight action: %1", "Oversight action: %1 x")
             for args in [(v,) for v in values]]
    facts += [due.DueFact(TODAY, "%1: %2 of %n hours still to do", "k", args=args)
              for args in (("Curfew", "6", "10"), ("Curfew", "12", "20"), ("Curf", "1", "2"),
                           ("Curfew (electronically monitored)", "1", "1"),
                           ("Curfew", "6", "100"), ("Curfew", "", "1"))]
    facts += [due.DueFact(TODAY, "Order ends", "k"), due.DueFact(TODAY, "Oversight", "k")]
    by_items = sorted(facts, key=lambda f: f.item(TODAY))
    by_stored = sorted(facts, key=lambda f: due_store._label(f) + "\x01" + f.kind)
    assert by_stored == by_items


def test_a_record_s_words_come_back_from_the_store_as_typed(caseload: LocalStore) -> None:
    """An oversight action typed with the store's separators and a placeholder in it: the
    caseload's item (read from the stored facts) carries the words as typed, as the rules
    give them."""
    typed = "Ring Dad \x1f%1\x1e1 then %2 about the panel on Friday next week"
    with caseload.session() as s, s.begin():
        due_store.refresh(s, TODAY)
        s.info["sync_apply"] = True
        act = s.scalar(select(OversightAction).where(OversightAction.deleted.is_(False)))
        assert act is not None
        s.add(OversightAction(child_id=act.child_id, oversight_id=act.oversight_id,
                              description=typed, owner_id=act.owner_id,
                              due_date=TODAY - dt.timedelta(days=3000)))
        child = act.child_id
    with caseload.session() as s, s.begin():
        stored = due_store.next_due(s, [child], TODAY)[child]
        assert stored == _live(s, [child], TODAY, None)[child]
    assert (stored.label, stored.args) == ("Oversight action: %1", (typed[:40],))
    assert due.english_label(stored) == f"Oversight action: {typed[:40]}"


def test_every_label_the_rules_state_is_listed(caseload: LocalStore) -> None:
    """Every label the rules give, for every child of a generated service, is one the
    view translates (``due.FIXED_LABELS``), with as many values as its template has
    placeholders: no label is made from a record's values."""
    labels: Counter[str] = Counter()
    with caseload.session() as s:
        ids = list(s.scalars(select(Child.id)))
        for source in due.SOURCES.values():
            for facts in source(s, ids).values():
                for fact in facts:
                    labels[fact.label] += 1
                    assert fact.label in due.FIXED_LABELS, fact
                    kinds = due.TEMPLATES.get(fact.label, ())
                    assert len(fact.args) == len(kinds), fact
                    assert fact.label.count("%") == len(kinds) + (fact.since is not None), fact
    assert {"Oversight action: %1", "Review after %1", "Court: %1", "Referral order: %1",
            "Custody: %1 meeting", "%1: %2 of %n hours still to do",
            "Assessment review after %1"} <= set(labels), labels
