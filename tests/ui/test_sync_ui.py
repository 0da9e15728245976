"""The sync screens: status line, conflict screen (keep mine / theirs / merged), failures."""

from __future__ import annotations

import datetime as dt
import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import func, select

from tests.ui.conftest import wait_idle
from tests.unit.test_sync_tracking import accept_all, edit, sync_session
from yjdesk.models import Child, SyncConflict, SyncPending
from yjdesk.services import profile
from yjdesk.sync import state
from yjdesk.sync.client import SyncClient
from yjdesk.sync.pull import apply_page
from yjdesk.ui.sync_ui import controller_for, install
from yjdesk.ui.sync_ui.page import SyncPage
from yjdesk.ui.sync_ui.status import SyncStatusWidget, status_text
from yjdesk.wire.codec import row_fields
from yjdesk.wire.protocol import RowState


@pytest.fixture
def conflict(ctx, uow, child_id) -> str:
    """Pat changed the ETE provider here; the server says someone else changed it too."""
    store = ctx.store
    accept_all(store)
    edit(uow, child_id, ete_provider="Northgate College")
    with store.session() as s:
        fields = row_fields(s.get(Child, child_id))
    fields["ete_provider"] = "Southside Academy"
    fields["updated_at"] = "2026-11-19T14:05:00+00:00"
    with sync_session(store) as s, s.begin():
        apply_page(s, [RowState(table="child", id=child_id, rev=2, server_seq=4,
                                child_id=child_id, deleted=False, fields=fields)])
    return child_id


def _page(qtbot, ctx) -> SyncPage:
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, ctx)
    return page


def test_conflict_screen_shows_both_versions_in_plain_words(qtbot, ctx, conflict) -> None:
    page = _page(qtbot, ctx)
    assert page.conflict_list.count() == 1
    sentence = page.conflict_list.item(0).text()
    assert "Ete provider" in sentence and "Jay Okafor-Test" in sentence
    assert page.panel.mine.text() == "Northgate College"
    assert page.panel.theirs.text() == "Southside Academy"
    assert "19/11/2026 14:05 GMT" in page.panel.who.text()  # UK time, zone named
    assert "1 conflict" in page.status.label.text()


def test_merged_value_through_the_screen_becomes_a_pending_edit(qtbot, ctx, conflict) -> None:
    page = _page(qtbot, ctx)
    page.panel.merged.setText("Northgate College (Mon-Wed), Southside (Thu-Fri)")
    qtbot.mouseClick(page.panel.use_merged, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    with ctx.store.session() as s:
        child = s.get(Child, conflict)
        assert child.ete_provider == "Northgate College (Mon-Wed), Southside (Thu-Fri)"
        c = s.scalar(select(SyncConflict))
        assert c.resolution == "merged" and c.resolved_at is not None
        assert s.get(SyncPending, ("child", conflict)) is not None
    assert page.conflict_list.count() == 0
    assert "Settled" in page.message.text()


def test_keep_theirs_through_the_screen(qtbot, ctx, conflict) -> None:
    page = _page(qtbot, ctx)
    qtbot.mouseClick(page.panel.keep_theirs, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    with ctx.store.session() as s:
        assert s.get(Child, conflict).ete_provider == "Southside Academy"


def test_bad_merged_number_is_explained_and_changes_nothing(qtbot, ctx, uow, child_id) -> None:
    accept_all(ctx.store)
    edit(uow, child_id, ete_hours=10)
    with ctx.store.session() as s:
        fields = row_fields(s.get(Child, child_id))
    fields["ete_hours"] = 25
    with sync_session(ctx.store) as s, s.begin():
        apply_page(s, [RowState(table="child", id=child_id, rev=2, server_seq=4,
                                child_id=child_id, deleted=False, fields=fields)])
    page = _page(qtbot, ctx)
    page.panel.merged.setText("about twelve")
    qtbot.mouseClick(page.panel.use_merged, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert "whole" in page.panel.error.text() or "invalid" in page.panel.error.text()
    assert page.conflict_list.count() == 1


def test_failed_items_are_listed_with_the_reason(qtbot, ctx, uow, child_id) -> None:
    with ctx.store.session() as s, s.begin():
        s.get(SyncPending, ("child", child_id)).failed_reason = "this record is locked"
        others = s.scalar(select(func.count()).select_from(SyncPending).where(
            SyncPending.table_name != "audit_event")) - 1
        audit = s.scalar(select(func.count()).select_from(SyncPending).where(
            SyncPending.table_name == "audit_event"))
    page = _page(qtbot, ctx)
    # every change not on the server is listed, the refused one first, the audit trail's
    # entries (one a record opened) as one line
    shown = 1 + others + (1 if audit else 0)
    assert others > 0 and page.failed_table.row_count() == shown
    assert page.failed_table.text(0, 1) == "refused by the server: this record is locked"
    assert all(page.failed_table.text(r, 1) == "not sent yet"
               and page.failed_table.text(r, 2) == "Sync when you are online."
               for r in range(1, shown))
    assert "Jay Okafor-Test" in page.failed_table.text(0, 0)
    assert "sent again automatically" in page.failed_table.text(0, 2)
    assert page.failed_table.current_key() is None  # nothing selected until chosen
    assert page.failed_table.select_key(("child", child_id))
    assert "not on the server yet" in page.unsent_note.text()


def test_with_no_conflicts_the_box_says_so_and_lists_nothing(qtbot, ctx, conflict) -> None:
    page = _page(qtbot, ctx)
    assert not page.conflict_area.isHidden() and page.no_conflicts.isHidden()
    # the conflicted row is in the conflict box, not also in the list below
    assert ("child", conflict) not in {
        page.failed_table.key_at(r) for r in range(page.failed_table.row_count())}
    qtbot.mouseClick(page.panel.keep_mine, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert page.conflict_list.count() == 0
    assert page.conflict_area.isHidden() and not page.no_conflicts.isHidden()
    assert "No conflicts" in page.no_conflicts.text()
    # kept as mine: the child's edit now waits to be sent, and is listed
    assert ("child", conflict) in {
        page.failed_table.key_at(r) for r in range(page.failed_table.row_count())}


def test_status_text_in_plain_words() -> None:
    import datetime as dt

    st = state.Status("http://x", 3, 0, 0, dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC), 5)
    text = status_text(st, True, False)
    assert "3 changes waiting" in text and "last synced at" in text
    assert status_text(st, False, False).startswith("Offline")
    assert status_text(st, True, True) == "Syncing…"


def test_sync_with_no_service_shows_offline_and_f5_starts_it(qtbot, ctx, child_id) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}"
    with ctx.store.session() as s:
        dev = profile.device_id(s)
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = install(window, ctx, background_ms=None)
    controller.client_factory = lambda: SyncClient(dead, dev)
    [f5] = [sc for sc in window.findChildren(QShortcut) if sc.key() == QKeySequence("F5")]
    with qtbot.waitSignal(controller.failed, timeout=30_000):
        f5.activated.emit()
    wait_idle(qtbot, ctx)
    widget = window.statusBar().findChild(SyncStatusWidget)
    assert widget is not None
    assert widget.label.text().startswith("Offline")
    assert "waiting" in widget.label.text()
    assert controller_for(ctx) is controller
    wait_idle(qtbot, ctx)


def test_a_conflict_s_dates_and_time_are_in_the_person_s_language(qtbot, ctx, uow,
                                                                   child_id) -> None:
    """The screen writes a date's month and when the other edit was made itself: in
    English exactly the service's words, the time in UK time (15:05 BST for 14:05 UTC in
    July); under a translation the months are translated too (not strftime's English)."""
    from tests.ui.test_translatable import _pseudo_locale
    from yjdesk.ui.tour import MARK_CLOSE, MARK_OPEN

    _date_conflict(ctx, uow, child_id)
    page = _page(qtbot, ctx)
    assert len(page.views) == 1
    english = ("Record of Jay Okafor-Test: Date of birth — you wrote “7 September 2010”; "
               "Someone else wrote “8 September 2010” on 07 Jul 2026 at 15:05.")
    assert page.conflict_list.item(0).text() == english
    assert page.panel.mine.text() == "7 September 2010"
    assert page.panel.theirs.text() == "8 September 2010"
    assert page.panel.who.text() == "Someone else on 07/07/2026 15:05 BST"

    def marked(text: str) -> str:
        return f"{MARK_OPEN}{text}{MARK_CLOSE}"

    with _pseudo_locale():
        page.reload()
        wait_idle(qtbot, ctx)
        sentence = page.conflict_list.item(0).text()
        mine, theirs = page.panel.mine.text(), page.panel.theirs.text()
    assert mine == f"7 {marked('September')} 2010"
    assert theirs == f"8 {marked('September')} 2010"
    assert f"“{mine}”" in sentence and f"on 07 {marked('Jul')} 2026 at 15:05." in sentence
    assert sentence.startswith(f"{MARK_OPEN}{marked('Record of Jay Okafor-Test')}: "
                               f"{marked('Date of birth')} — ")
    assert f"; {marked('Someone else')} wrote" in sentence
    page.reload()
    wait_idle(qtbot, ctx)
    assert page.conflict_list.item(0).text() == english


def _date_conflict(ctx, uow, child_id) -> None:
    """Date of birth 7 September 2010 here, 8 September 2010 on the server (someone
    else's, 7 July 2026 at 14:05 UTC)."""
    accept_all(ctx.store)
    edit(uow, child_id, date_of_birth=dt.date(2010, 9, 7))
    with ctx.store.session() as s:
        fields = row_fields(s.get(Child, child_id))
    fields["date_of_birth"] = "2010-09-08"
    fields["updated_at"] = "2026-07-07T14:05:00+00:00"
    with sync_session(ctx.store) as s, s.begin():
        apply_page(s, [RowState(table="child", id=child_id, rev=2, server_seq=4,
                                child_id=child_id, deleted=False, fields=fields)])


WELSH = {"September": "Medi", "Jul": "Gorff", "Record of %1": "Cofnod %1",
         "Date of birth": "Dyddiad geni", "Someone else": "Rhywun arall", "%1 on %2": "%1 ar %2",
         "%1: %2 — you wrote “%3”; %4 wrote “%5” on %6 at %7.":
             "%1: %2 — ysgrifennoch “%3”; ysgrifennodd %4 “%5” ar %6 am %7.",
         "Settled: %1 of %2. It will be sent at the next sync.":
             "Wedi setlo: %1 %2. Caiff ei anfon yn y cysoni nesaf."}


def test_a_conflict_s_record_field_and_author_are_in_the_person_s_language(
        qtbot, ctx, uow, child_id) -> None:
    """Under a Welsh translation the conflict's record ("Record of Jay"), its field's
    label and "Someone else" are Welsh, in the sentence and in the panel, and so is what
    the page says once it is settled (the service's words are English)."""
    from tests.ui.test_translatable import _translated

    _date_conflict(ctx, uow, child_id)
    with _translated(WELSH):
        page = _page(qtbot, ctx)
        sentence = page.conflict_list.item(0).text()
        panel = page.panel
        shown = (panel.record.text(), panel.field.text(), panel.who.text())
        qtbot.mouseClick(panel.keep_mine, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, ctx)
        settled = page.message.text()
    assert sentence == ("Cofnod Jay Okafor-Test: Dyddiad geni — ysgrifennoch “7 Medi 2010”; "
                        "ysgrifennodd Rhywun arall “8 Medi 2010” ar 07 Gorff 2026 am 15:05.")
    assert shown == ("Cofnod Jay Okafor-Test", "Dyddiad geni",
                     "Rhywun arall ar 07/07/2026 15:05 BST")
    assert settled == ("Wedi setlo: Dyddiad geni Cofnod Jay Okafor-Test. Caiff ei anfon yn y "
                       "cysoni nesaf.")


def test_a_date_conflict_is_settled_with_the_date_as_shown_in_the_person_s_language(
        qtbot, ctx, uow, child_id) -> None:
    """The merged value starts as this laptop's date as the screen writes it (Welsh
    months under a Welsh translation); kept as it is, or typed with a Welsh month, it is
    the date stored, not a complaint that it is not DD/MM/YYYY."""
    _date_conflict(ctx, uow, child_id)
    page = _page(qtbot, ctx)
    assert page.panel.merged.text() == "7 September 2010"  # English: as before
    from tests.ui.test_translatable import _translated

    with _translated(WELSH):
        page.reload()
        wait_idle(qtbot, ctx)
        panel = page.panel
        assert panel.merged.text() == "7 Medi 2010"
        panel.merged.setText("9 medi 2010")
        assert panel.merged_value() == "2010-09-09"
        panel.merged.setText(panel.theirs.text())  # their date, as shown
        assert panel.merged_value() == "2010-09-08"
        panel.merged.setText("7 Medi 2010")
        qtbot.mouseClick(panel.use_merged, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, ctx)
        assert panel.error.text() == ""
    with ctx.store.session() as s:
        assert s.get(Child, child_id).date_of_birth == dt.date(2010, 9, 7)
        c = s.scalar(select(SyncConflict))
        assert c.resolution == "merged" and c.resolved_at is not None
    assert page.conflict_list.count() == 0


def test_the_sync_page_says_how_a_sync_went_in_the_person_s_language(qtbot, ctx) -> None:
    """"Sync finished: pushed 1, pulled 2, conflicts 0." and "Sync did not finish: ..." in
    English exactly as the service's summary; each word through the translation."""
    from tests.ui.test_translatable import _pseudo_locale
    from yjdesk.sync.engine import SyncResult
    from yjdesk.ui.tour import MARK_CLOSE, MARK_OPEN

    page = _page(qtbot, ctx)
    result = SyncResult(pushed=1, pulled=2, parked=3)
    page._finished(result)
    assert page.message.text() == f"Sync finished: {result.summary()}."
    wait_idle(qtbot, ctx)
    page._failed(RuntimeError("the service did not answer"))
    assert page.message.text() == "Sync did not finish: the service did not answer"
    wait_idle(qtbot, ctx)
    with _pseudo_locale():
        page._finished(result)
        finished = page.message.text()
        wait_idle(qtbot, ctx)
    assert finished.startswith(f"{MARK_OPEN}Sync finished: {MARK_OPEN}pushed 1{MARK_CLOSE}")
    assert f"{MARK_OPEN}3 received records waiting for related records{MARK_CLOSE}" in finished


def test_the_changes_not_on_the_server_are_in_the_person_s_language(qtbot) -> None:
    """The sync service gives each change in parts; the screen words them through the
    translation (what the server said stays as it said it), in English as ``yjdesk sync``
    writes them."""
    from tests.ui.test_translatable import _marked, _pseudo_locale
    from yjdesk.sync import waiting
    from yjdesk.ui.sync_ui.page import unsent_action, unsent_reason, unsent_record
    from yjdesk.ui.tour import MARK_CLOSE, MARK_OPEN, listed_sources

    jay = waiting.Record("child", "Child", "Jay", "YJ-000123")
    new = waiting.Record("child", "Child", "Sam", "PROVISIONAL-1A2B3C4D5E")
    contact = waiting.Record("contact", "Contact", "Jay", "YJ-000123")
    later = dt.datetime(2026, 11, 20, 14, 5, tzinfo=dt.UTC)
    W = waiting.Wait
    rows = [
        waiting.Unsent("child", "a", "a", jay, W.REFUSED, later, fix=waiting.FIX_CASE_NUMBER,
                       refusal="case number YJ-000123 is already used", again_after=later),
        waiting.Unsent("child", "b", "b", new, W.REFUSED, fix=waiting.FIX_OTHER,
                       refusal="locked"),
        waiting.Unsent("contact", "c", "a", contact, W.BEHIND, parent=jay, refusal="locked"),
        waiting.Unsent("contact", "d", "a", contact, W.BEHIND, parent=jay, refusal=""),
        waiting.Unsent("contact", "e", "b", contact, W.BEHIND, parent=new),
        waiting.Unsent("child", "a", "a", jay, W.CONFLICT, fix=waiting.FIX_CONFLICT,
                       fields=("Ete provider", "Gender")),
        waiting.Unsent("plan", "f", None, waiting.Record("plan", "Plan"), W.NOT_SENT,
                       fix=waiting.FIX_NOT_SENT),
        *waiting.listed([waiting.Unsent("audit_event", "g", None, waiting.Record(
            "audit_event", "Audit event"), W.NOT_SENT, fix=waiting.FIX_NOT_SENT)])]
    for row in rows:
        assert (unsent_record(row), unsent_reason(row), unsent_action(row)) == (
            row.record, row.reason, row.action)
    assert unsent_record(rows[1]) == (
        "Record of Sam (PROVISIONAL-1A2B3C4D5E (provisional until the next sync))")
    assert unsent_record(rows[-1]) == "The audit trail: 1 entry of who opened what"
    with _pseudo_locale() as pseudo:
        words = [(unsent_record(r), unsent_reason(r), unsent_action(r)) for r in rows]
    assert words[0] == (
        _marked("Record of Jay (YJ-000123)"),
        _marked("refused by the server: case number YJ-000123 is already used"),
        _marked(f"{_marked(waiting.FIX_CASE_NUMBER)} (Tried again after 20/11/2026 14:05 "
                "GMT.)"))
    assert words[1][0] == _marked("Record of Sam (" + _marked(
        "PROVISIONAL-1A2B3C4D5E (provisional until the next sync)") + ")")
    assert words[2][1] == _marked(
        f"it belongs to {_marked('Record of Jay (YJ-000123)')}, which the server has not "
        "accepted yet (locked)")
    assert words[5][1] == _marked("this laptop and the server both changed "
                                  f"{_marked('Ete provider').lower()}{_marked(', ')}"
                                  f"{_marked('Gender').lower()}")
    assert words[6] == (_marked("Plan"), _marked("not sent yet"),
                        _marked(waiting.FIX_NOT_SENT))
    assert all(w.startswith(MARK_OPEN) and w.endswith(MARK_CLOSE)
               for line in words for w in line)
    assert sorted(pseudo.sources - listed_sources()) == []


def test_the_summary_of_changes_not_sent_says_1_conflict(qtbot, ctx, conflict) -> None:
    """"1 conflict to settle", not "1 conflicts"; the screen counts through the translation
    and reads as ``yjdesk sync`` writes it."""
    from tests.ui.test_translatable import _marked, _pseudo_locale
    from yjdesk.sync import waiting
    from yjdesk.ui.sync_ui.page import unsent_record, unsent_summary

    page = _page(qtbot, ctx)
    with ctx.store.session() as s:
        unsent = waiting.unsent(s)
    assert page.unsent_note.text() == waiting.summary(unsent)
    assert "1 conflict to settle" in page.unsent_note.text()
    W = waiting.Wait
    rows = [waiting.Unsent("plan", str(i), None, waiting.Record("plan", "Plan"), wait)
            for i, wait in enumerate((W.NOT_SENT, W.CONFLICT, W.NOT_SENT, W.BEHIND))]
    assert unsent_summary(rows) == waiting.summary(rows) == (
        "4 records not on the server yet: 2 not sent yet, 1 conflict to settle, "
        "1 waiting for a record the server refused")
    assert unsent_summary(rows[:1]) == "1 record not on the server yet: 1 not sent yet"
    # thousands: a few offline days' audit trail passes 1,000 rows (one a record opened)
    many = [waiting.Unsent("audit_event", str(i), None, waiting.Record("audit_event", "Audit"),
                           W.NOT_SENT) for i in range(1500)]
    assert unsent_summary(many) == waiting.summary(many) == (
        "1,500 records not on the server yet: 1,500 not sent yet")
    [trail] = waiting.listed(many)
    assert unsent_record(trail) == trail.record == (
        "The audit trail: 1,500 entries of who opened what")
    with _pseudo_locale():  # (the pseudo-locale gives every count its plural form)
        assert unsent_summary(rows[:3]) == _marked(
            f"3 records not on the server yet: {_marked('2 not sent yet')}{_marked(', ')}"
            f"{_marked('1 conflicts to settle')}")
