"""Which refused rows go again, and when (sync/waiting.py), on a real local store."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from tests.conftest import TODAY, child_input
from yjdesk.models import SyncPending
from yjdesk.models.types import utcnow
from yjdesk.services.children import AddressInput, add_address, create_child
from yjdesk.sync import waiting


def _keys(store, now=None):
    with store.session() as s:
        return waiting.sendable_keys(s, now)


def _refuse(store, table: str, row_id: str, retry_at: dt.datetime | None,
            reason: str = "refused") -> None:
    with store.session() as s, s.begin():
        s.execute(update(SyncPending).where(SyncPending.table_name == table,
                                            SyncPending.row_id == row_id)
                  .values(failed_reason=reason, failed_at=utcnow(), retry_at=retry_at,
                          attempts=1))


def test_back_off_grows_and_is_capped() -> None:
    waits = [waiting.backoff(n) for n in range(1, 14)]
    assert waits[0] == dt.timedelta(0)  # the next sync tries again
    assert waits[1] == dt.timedelta(minutes=1) and waits[2] == dt.timedelta(minutes=2)
    assert waits == sorted(waits) and waits[-1] == waiting.BACKOFF_MAX


def test_dependents_wait_for_a_refused_parent_and_go_with_it(store, uow) -> None:
    with uow() as u:
        child = create_child(u.session, child_input(), TODAY).id
        address = add_address(u.session, child, AddressInput(line1="1 A Road",
                                                            from_date=TODAY)).id
    everything = _keys(store)
    assert ("child", child) in everything and ("child_address", address) in everything
    assert everything.index(("child", child)) < everything.index(("child_address", address))
    later = utcnow() + dt.timedelta(hours=1)
    _refuse(store, "child", child, later)
    _refuse(store, "child_address", address, None,
            "this record is not on the server or not in your caseload")
    keys = _keys(store)
    assert ("child", child) not in keys and ("child_address", address) not in keys
    with store.session() as s:
        rows = {(u.table, u.row_id): u for u in waiting.unsent(s)}
    assert rows[("child", child)].reason == "refused by the server: refused"
    assert rows[("child", child)].retry_at is not None
    assert "which the server has not accepted yet (refused)" in \
        rows[("child_address", address)].reason
    assert rows[("child_address", address)].action.startswith("Fix Record of")
    # once the parent's back-off is over, parent and dependent go together, parent first
    keys = _keys(store, later + dt.timedelta(seconds=1))
    assert keys.index(("child", child)) < keys.index(("child_address", address))


def test_note_refusals_backs_off_only_rows_refused_on_their_own_account(store, uow) -> None:
    with uow() as u:
        child = create_child(u.session, child_input(), TODAY).id
        address = add_address(u.session, child, AddressInput(line1="1 A Road",
                                                            from_date=TODAY)).id
    for table, row_id in (("child", child), ("child_address", address)):
        _refuse(store, table, row_id, None)
    with store.session() as s, s.begin():
        s.info["sync_apply"] = True
        waiting.note_refusals(s, [("child", child), ("child_address", address)])
    with store.session() as s:
        parent = s.get(SyncPending, ("child", child))
        dependent = s.get(SyncPending, ("child_address", address))
        assert parent is not None and dependent is not None
        assert parent.attempts == 2 and parent.retry_at is not None
        assert dependent.retry_at is None and dependent.attempts == 1
        assert s.scalar(select(SyncPending.row_id).where(
            SyncPending.failed_reason.is_(None)).limit(1)) is not None  # others untouched


def test_a_retry_time_set_by_a_clock_that_was_a_day_ahead_is_due(store, uow) -> None:
    with uow() as u:
        child = create_child(u.session, child_input(), TODAY).id
    _refuse(store, "child", child, utcnow() + dt.timedelta(days=1, minutes=5))
    assert ("child", child) in _keys(store)
    _refuse(store, "child", child, utcnow() + dt.timedelta(minutes=5))  # a real back-off
    assert ("child", child) not in _keys(store)


def test_the_screen_lists_problems_first_and_the_audit_trail_as_one_line() -> None:
    def row(table: str, row_id: str, wait: waiting.Wait, refusal: str | None = None
            ) -> waiting.Unsent:
        return waiting.Unsent(table, row_id, None, waiting.Record(table, f"{table} {row_id}"),
                              wait, refusal=refusal, fix=waiting.FIX_OTHER)

    sent_later, refused = waiting.Wait.NOT_SENT, waiting.Wait.REFUSED
    rows = [row("child", "c1", sent_later),
            row("audit_event", "a1", sent_later),
            row("contact", "k1", refused, "locked"),
            row("audit_event", "a2", sent_later),
            row("child", "c2", sent_later),
            row("audit_event", "a3", refused, "bad")]
    shown = waiting.listed(rows, leave_out={("child", "c2")})
    assert [(r.table, r.row_id) for r in shown] == [
        ("contact", "k1"), ("audit_event", "a3"),  # need something done: first, each
        ("child", "c1"), ("audit_event", "")]       # then not sent; the trail as one line
    assert shown[0].reason == "refused by the server: locked"
    assert shown[-1].record == "The audit trail: 2 entries of who opened what"
    assert shown[-1].entries == 2
    assert shown[-1].reason == "not sent yet"
    assert shown[-1].action == "Sync when you are online."
    assert waiting.listed([]) == []
    [one] = waiting.listed([row("audit_event", "a1", sent_later)])
    assert one.record == "The audit trail: 1 entry of who opened what"


def test_the_summary_counts_each_row_by_why_it_waits() -> None:
    """summary() counts the kind unsent() gave each row, in the order each kind first comes
    (counts(): what the sync screen words), with a real singular: "1 conflict"."""
    def row(wait: waiting.Wait, row_id: str) -> waiting.Unsent:
        return waiting.Unsent("contact", row_id, None, waiting.Record("contact", "Contact"),
                              wait)

    rows = [row(waiting.Wait.BEHIND, "a"), row(waiting.Wait.REFUSED, "b"),
            row(waiting.Wait.BEHIND, "c"), row(waiting.Wait.NOT_SENT, "d"),
            row(waiting.Wait.CONFLICT, "e")]
    assert waiting.counts(rows) == [(waiting.Wait.BEHIND, 2), (waiting.Wait.REFUSED, 1),
                                    (waiting.Wait.NOT_SENT, 1), (waiting.Wait.CONFLICT, 1)]
    assert waiting.summary(rows) == (
        "5 records not on the server yet: 2 waiting for a record the server refused, "
        "1 refused by the server, 1 not sent yet, 1 conflict to settle")
    assert waiting.summary(rows[3:4]) == "1 record not on the server yet: 1 not sent yet"
    assert waiting.summary([rows[4], rows[4]]) == (
        "2 records not on the server yet: 2 conflicts to settle")
    assert waiting.summary([]) == "every record is on the server"


def test_each_row_is_given_in_parts_and_in_english() -> None:
    """The sync screen words the parts; ``yjdesk sync`` prints the English, which reads as
    it always has."""
    jay = waiting.Record("child", "Child", "Jay Okafor", "YJ-000123")
    contact = waiting.Record("contact", "Contact", "Jay Okafor", "YJ-000123")
    later = dt.datetime(2026, 11, 20, 14, 5, tzinfo=dt.UTC)
    refused = waiting.Unsent("child", "c", "c", jay, waiting.Wait.REFUSED, later,
                             fix=waiting.FIX_OTHER, refusal="locked", again_after=later)
    assert refused.record == "Record of Jay Okafor (YJ-000123)"
    assert refused.reason == "refused by the server: locked"
    assert refused.action == (f"{waiting.FIX_OTHER} (Tried again after 20/11/2026 14:05 "
                              "GMT.)")
    now = waiting.Unsent("child", "c", "c", jay, waiting.Wait.REFUSED,
                         fix=waiting.FIX_NOT_YOURS, refusal="gone")
    assert now.action == f"{waiting.FIX_NOT_YOURS} (Tried again at the next sync.)"
    behind = waiting.Unsent("contact", "k", "c", contact, waiting.Wait.BEHIND, parent=jay,
                            refusal="locked")
    assert behind.record == "Contact of Jay Okafor (YJ-000123)"
    assert behind.reason == ("it belongs to Record of Jay Okafor (YJ-000123), which the "
                             "server has not accepted yet (locked)")
    assert behind.action == ("Fix Record of Jay Okafor (YJ-000123) first (see its line); "
                             "this record goes with it automatically.")
    new_parent = waiting.Unsent("contact", "k", "c", contact, waiting.Wait.BEHIND, parent=jay)
    assert new_parent.reason == ("it belongs to Record of Jay Okafor (YJ-000123), which is "
                                 "not on the server yet")
    assert new_parent.action == "Sync again: it goes with Record of Jay Okafor (YJ-000123)."
    conflict = waiting.Unsent("child", "c", "c", jay, waiting.Wait.CONFLICT,
                              fix=waiting.FIX_CONFLICT, fields=("Ete provider", "Gender"))
    assert conflict.reason == "this laptop and the server both changed ete provider, gender"
    assert conflict.action == waiting.FIX_CONFLICT
    assert waiting.Record("plan", "Plan").text == "Plan"
