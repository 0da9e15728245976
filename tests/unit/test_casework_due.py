"""Work due: contacts by intervention level, children not seen, reviews, "My week"."""

from __future__ import annotations

import datetime as dt

from tests.conftest import TODAY, child_input
from tests.unit.casework_support import NOW, caution, contact_input
from yjdesk.models.assessment import AssessmentStage
from yjdesk.services.casework import contacts, levels
from yjdesk.services.casework.levels import intervention_level
from yjdesk.services.casework.reviews import EventInput, record_event
from yjdesk.services.casework.work_due import my_week
from yjdesk.services.children import create_child
from yjdesk.services.due import DueState, all_due, english_label, next_due


def test_contact_due_by_level_and_not_seen(uow, actor, child_id) -> None:
    start = TODAY - dt.timedelta(days=30)
    with uow() as u:
        caution(u.session, child_id, start=start)
        items = {i.kind: i for i in all_due(u.session, [child_id], TODAY)[child_id]}
    # Out of court: a contact every 14 days from the start; nobody has seen the child.
    assert items["contact"].due == start + dt.timedelta(days=14)
    assert items["contact"].state == DueState.OVERDUE
    assert items["not_seen"].label == "Not seen yet"
    with uow() as u:
        contacts.finalise(u.session, child_id, contact_input(
            contact_type="phone", venue="remote"), now=NOW)
        items = {i.kind: i for i in all_due(u.session, [child_id], TODAY)[child_id]}
    # A phone call is a contact, but the child has still not been seen.
    assert items["contact"].due == TODAY + dt.timedelta(days=14)
    assert "not_seen" in items
    with uow() as u:
        contacts.finalise(u.session, child_id, contact_input(), now=NOW)
        items = {i.kind: i for i in all_due(u.session, [child_id], TODAY)[child_id]}
        assert "not_seen" not in items
        week = my_week(u.session, actor, TODAY)
        assert week.contacts == [] and week.not_seen == []


def test_my_week_lists_reviews_and_overdue_contacts(uow, actor, child_id) -> None:
    with uow() as u:
        caution(u.session, child_id, start=TODAY - dt.timedelta(days=20))
        record_event(u.session, child_id, EventInput("missing", TODAY - dt.timedelta(days=10)),
                     TODAY)
        week = my_week(u.session, actor, TODAY)
        best = next_due(u.session, [child_id], TODAY)[child_id]
    assert [english_label(r.item) for r in week.reviews] == ["Review after going missing"]
    assert [r.child_name for r in week.contacts] == ["Jay Okafor-Test"]
    assert week.not_seen and week.not_seen[0].item.state == DueState.OVERDUE
    assert best.state == DueState.OVERDUE


def test_intervention_level_from_countersigned_assessment_sets_contact_gap(
        uow, actor, child_id) -> None:
    start = TODAY - dt.timedelta(days=30)
    with uow() as u:
        disposal_id = caution(u.session, child_id, start=start, months=12, kind="yro")
        u.session.add(AssessmentStage(
            child_id=child_id, disposal_id=disposal_id, stage_type="start",
            status="countersigned", form_version=1, author_id=actor.user_id,
            started_on=start, due_on=start, countersigned_at=NOW - dt.timedelta(days=20),
            intervention_level="intensive"))
    with uow() as u:
        assert intervention_level(u.session, child_id) == "intensive"
        contacts.finalise(u.session, child_id, contact_input(), now=NOW)
        items = {i.kind: i for i in all_due(u.session, [child_id], TODAY)[child_id]}
    assert items["contact"].due == TODAY + dt.timedelta(days=3)


def test_long_child_lists_filter_in_python(uow, child_id, monkeypatch) -> None:
    monkeypatch.setattr(levels, "IN_LIMIT", 0)
    with uow() as u:
        other = create_child(u.session, child_input(given_name="Zara"), TODAY).id
        caution(u.session, child_id, start=TODAY - dt.timedelta(days=30))
        caution(u.session, other, start=TODAY - dt.timedelta(days=30))
        due = all_due(u.session, [child_id], TODAY)
    assert set(due) == {child_id}
    assert {i.kind for i in due[child_id]} >= {"contact", "not_seen"}


def test_not_seen_since_gives_the_day_last_seen_for_the_view_to_word(uow, child_id) -> None:
    """"Not seen since 07 Jul": the rule gives the label (English, the same for every
    child) and the day the child was last seen; the view words the date in the person's
    language. The caseload's stored facts keep the day."""
    from yjdesk.services import due_store
    from yjdesk.services.casework.work_due import NOT_SEEN_SINCE
    from yjdesk.services.due import DueFact

    with uow() as u:
        caution(u.session, child_id, start=TODAY - dt.timedelta(days=30))
        contacts.finalise(u.session, child_id, contact_input(), now=NOW)
        later = NOW.date() + dt.timedelta(days=40)
        items = {i.kind: i for i in all_due(u.session, [child_id], later)[child_id]}
    seen = items["not_seen"]
    assert (seen.label, seen.since) == (NOT_SEEN_SINCE, NOW.date()) == (
        "Not seen since %1", NOW.date())
    assert seen.state == DueState.OVERDUE
    fact = DueFact(seen.due, seen.label, seen.kind, since=seen.since)
    stored = due_store._item(int(seen.state), seen.due.isoformat(), due_store._label(fact),
                             seen.kind)
    assert stored == seen
