"""A court report open on one laptop while a colleague's edit of it arrives by sync.

The practitioner writes the proposal; the team manager, on their own laptop, writes the
child's needs in the same report; both sync. The practitioner's open editor saves what they
typed and must not write its stale copy of the other sections over the manager's text. If
both wrote the same section, the practitioner is shown the manager's text and keeps their
own; nothing is replaced without a person seeing it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.integration.serverkit import ServerDb
from tests.support.sync_laptop import Laptop
from tests.ui.conftest import make_ctx, wait_idle
from yjdesk.models.org import Role
from yjdesk.services.court import psr as ps
from yjdesk.services.court.hearings import HearingInput, create_hearing
from yjdesk.services.justice import OffenceInput, add_offence
from yjdesk.ui.court.report_editor import ReportEditor

NEEDS = "Needs a school place: excluded since May, no tuition arranged."
PROPOSAL = "A youth rehabilitation order with supervision for 12 months."


def _two_laptops(server_db: ServerDb, live_server: str, tmp_path: Path
                 ) -> tuple[Laptop, Laptop, str]:
    team = server_db.add_team()
    pat = server_db.add_user("pat", team_id=team)
    server_db.add_user("tess", Role.TEAM_MANAGER, team_id=team)
    child = server_db.add_child(team, pat)
    pats = Laptop(live_server, "pat", tmp_path / "pat")
    tess = Laptop(live_server, "tess", tmp_path / "tess")
    pats.sync()
    today = dt.date.today()
    with pats.uow() as u:
        offence = add_offence(u.session, child, OffenceInput(
            today - dt.timedelta(days=30), "robbery", description="Phone taken"), today)
        hearing = create_hearing(u.session, child, HearingInput(
            "blackpool_youth", today + dt.timedelta(days=10), "adjourned_for_report",
            hearing_time="10:00", offence_ids=[offence.id]), today)
        psr_id = ps.request_report(u.session, hearing.id, requested_on=today).id
    assert not pats.sync().waiting
    tess.sync()
    return pats, tess, psr_id


def _manager_writes(tess: Laptop, psr_id: str, needs: str) -> None:
    with tess.uow() as u:
        data = ps.PsrInput.from_report(u.session, ps.get_psr(u.session, psr_id))
        ps.update_report(u.session, psr_id, dataclasses.replace(data, needs=needs))
    assert not tess.sync().waiting


def _needs_on(laptop: Laptop, psr_id: str) -> str | None:
    return laptop.read(lambda s: ps.get_psr(s, psr_id).needs)


def test_an_open_report_does_not_write_its_stale_sections_over_a_colleague_s(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    pats, tess, psr_id = _two_laptops(server_db, live_server, tmp_path)
    ctx = make_ctx(pats.store, pats.actor)
    errors: list[BaseException] = []
    ctx.tasks.default_failure = errors.append
    try:
        editor = ReportEditor(ctx, psr_id)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitUntil(lambda: editor.state is not None)
        editor.timer.stop()
        wait_idle(qtbot, ctx)
        _manager_writes(tess, psr_id, needs=NEEDS)
        pats.sync()  # the manager's needs arrive under the open editor
        assert _needs_on(pats, psr_id) == NEEDS
        editor.fields["proposal_detail"].setPlainText(PROPOSAL)
        editor.save()
        wait_idle(qtbot, ctx)
        wait_idle(qtbot, ctx)
        assert not errors, errors
        assert _needs_on(pats, psr_id) == NEEDS
        assert editor.fields["needs"].toPlainText() == NEEDS  # and now it shows them
        assert not pats.sync().waiting
        row = server_db.row("psr", psr_id)
        assert row is not None
        assert (row["needs"], row["proposal_detail"]) == (NEEDS, PROPOSAL)
        editor.close()
        wait_idle(qtbot, ctx)
    finally:
        ctx.tasks.shutdown()
        pats.close()
        tess.close()


def test_the_same_section_written_on_both_laptops_is_shown_not_overwritten(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    pats, tess, psr_id = _two_laptops(server_db, live_server, tmp_path)
    ctx = make_ctx(pats.store, pats.actor)
    errors: list[BaseException] = []
    ctx.tasks.default_failure = errors.append
    mine = "Doing well at college two days a week."
    try:
        editor = ReportEditor(ctx, psr_id)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitUntil(lambda: editor.state is not None)
        editor.timer.stop()
        wait_idle(qtbot, ctx)
        _manager_writes(tess, psr_id, needs=NEEDS)
        pats.sync()
        editor.fields["needs"].setPlainText(mine)  # typed over the stale (empty) section
        editor.save()
        wait_idle(qtbot, ctx)
        wait_idle(qtbot, ctx)
        # not saved over the manager's text: both are in front of the practitioner
        assert _needs_on(pats, psr_id) == NEEDS
        assert editor.fields["needs"].toPlainText() == mine
        assert NEEDS in editor.form.errors().get("needs", "")
        assert editor.isVisible()
        # saving again, having seen it, is the practitioner's deliberate choice
        editor.save()
        wait_idle(qtbot, ctx)
        wait_idle(qtbot, ctx)
        assert _needs_on(pats, psr_id) == mine
        assert not errors, errors
        editor.close()
        wait_idle(qtbot, ctx)
    finally:
        ctx.tasks.shutdown()
        pats.close()
        tess.close()


def _clash_on_show(qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path,
                   mine: str) -> tuple[Laptop, Laptop, str, ReportEditor,
                                       list[BaseException]]:
    """The manager's needs arrive under the practitioner's open editor; the practitioner
    had typed in the same section: their save is refused and the clash shown."""
    pats, tess, psr_id = _two_laptops(server_db, live_server, tmp_path)
    ctx = make_ctx(pats.store, pats.actor)
    errors: list[BaseException] = []
    ctx.tasks.default_failure = errors.append
    editor = ReportEditor(ctx, psr_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.state is not None)
    editor.timer.stop()
    wait_idle(qtbot, ctx)
    _manager_writes(tess, psr_id, needs=NEEDS)
    pats.sync()
    editor.fields["needs"].setPlainText(mine)
    editor.save()
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)
    assert _needs_on(pats, psr_id) == NEEDS
    assert NEEDS in editor.form.errors().get("needs", "")
    return pats, tess, psr_id, editor, errors


def test_the_lock_and_sign_out_do_not_write_over_a_colleague_s_section_on_show(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    """The clash is on show and the practitioner has not saved again: the idle lock
    (flush) and sign out save what else they typed, never their text over the manager's;
    sign out tells them which text was not saved, quoting both."""
    mine = "Doing well at college two days a week."
    pats, tess, psr_id, editor, errors = _clash_on_show(
        qtbot, live_server, server_db, tmp_path, mine)
    ctx = editor.ctx
    try:
        editor.fields["proposal_detail"].setPlainText(PROPOSAL)
        assert editor.flush()  # the idle lock
        wait_idle(qtbot, ctx)
        wait_idle(qtbot, ctx)
        assert _needs_on(pats, psr_id) == NEEDS, "the lock wrote over the manager's text"
        assert pats.read(lambda s: ps.get_psr(s, psr_id).proposal_detail) == PROPOSAL
        assert editor.fields["needs"].toPlainText() == mine
        assert NEEDS in editor.form.errors().get("needs", "")
        assert not errors, errors
        editor.fields["conclusion"].setPlainText("A referral order.")
        editor.session_ending()  # sign out: the window goes with the session
        wait_idle(qtbot, ctx)
        wait_idle(qtbot, ctx)
        assert _needs_on(pats, psr_id) == NEEDS, "sign out wrote over the manager's text"
        assert pats.read(lambda s: ps.get_psr(s, psr_id).conclusion) == "A referral order."
        assert len(errors) == 1, errors
        assert NEEDS in str(errors[0]) and mine in str(errors[0])
        assert not pats.sync().waiting
        row = server_db.row("psr", psr_id)
        assert row is not None and row["needs"] == NEEDS
    finally:
        ctx.tasks.shutdown()
        pats.close()
        tess.close()


def test_a_save_queued_before_a_clash_is_found_does_not_write_over_the_colleague_s(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    """An autosave finds the clash while a save queued behind it (Esc) waits: that one
    finds it too; the editor stays open with the practitioner's text."""
    pats, tess, psr_id = _two_laptops(server_db, live_server, tmp_path)
    ctx = make_ctx(pats.store, pats.actor)
    errors: list[BaseException] = []
    ctx.tasks.default_failure = errors.append
    try:
        editor = ReportEditor(ctx, psr_id)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitUntil(lambda: editor.state is not None)
        editor.timer.stop()
        wait_idle(qtbot, ctx)
        _manager_writes(tess, psr_id, needs=NEEDS)
        pats.sync()
        gate = threading.Event()
        ctx.tasks.run_db(lambda _uow: gate.wait(30))  # the worker is busy
        editor.fields["needs"].setPlainText("Mine A")
        editor.timer.timeout.emit()  # the autosave waits behind it
        editor.fields["needs"].setPlainText("Mine B")
        editor.reject()  # Esc: a save queued behind the autosave
        gate.set()
        wait_idle(qtbot, ctx)
        wait_idle(qtbot, ctx)
        assert _needs_on(pats, psr_id) == NEEDS
        assert editor.isVisible() and editor.fields["needs"].toPlainText() == "Mine B"
        assert NEEDS in editor.form.errors().get("needs", "")
        editor.save()  # having seen it
        wait_idle(qtbot, ctx)
        wait_idle(qtbot, ctx)
        assert _needs_on(pats, psr_id) == "Mine B"
        assert not errors, errors
        editor.close()
        wait_idle(qtbot, ctx)
    finally:
        ctx.tasks.shutdown()
        pats.close()
        tess.close()


def _question(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert "Save your changes to this report?" in box.text()
    return box


@pytest.mark.parametrize("choice", ["Cancel", "Discard", "Save"])
def test_closing_a_report_over_a_clash_asks(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path,
        choice: str) -> None:
    """Closing with the practitioner's text shown as changed elsewhere asks: Cancel stays
    as typed; Discard keeps the manager's text and saves the rest; Save puts theirs in its
    place."""
    mine = "Doing well at college two days a week."
    pats, tess, psr_id, editor, errors = _clash_on_show(
        qtbot, live_server, server_db, tmp_path, mine)
    ctx = editor.ctx
    try:
        editor.fields["proposal_detail"].setPlainText(PROPOSAL)
        editor.close()
        box = _question(qtbot)
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == choice]
        button.click()
        wait_idle(qtbot, ctx)
        wait_idle(qtbot, ctx)
        stored = pats.read(lambda s: (ps.get_psr(s, psr_id).needs,
                                      ps.get_psr(s, psr_id).proposal_detail))
        if choice == "Cancel":
            assert editor.isVisible() and editor.fields["needs"].toPlainText() == mine
            assert stored == (NEEDS, None)
            editor.session_ending()  # (so that the test's end closes it unasked)
            wait_idle(qtbot, ctx)
            errors.clear()
        else:
            assert not editor.isVisible()
            assert stored == (mine if choice == "Save" else NEEDS, PROPOSAL)
        assert not errors, errors
    finally:
        ctx.tasks.shutdown()
        pats.close()
        tess.close()


def test_a_save_refused_for_a_line_it_cannot_read_still_shows_the_colleague_s_text(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    mine = "Doing well at college two days a week."
    pats, tess, psr_id, editor, errors = _clash_on_show(
        qtbot, live_server, server_db, tmp_path, mine)
    ctx = editor.ctx
    try:
        editor.fields["requirements"].setPlainText("no such requirement: daily")
        editor.save()  # refused before anything is saved: the line cannot be read
        wait_idle(qtbot, ctx)
        shown = editor.form.errors()
        assert "requirements" in shown and NEEDS in shown.get("needs", "")
        assert _needs_on(pats, psr_id) == NEEDS
        editor.fields["requirements"].setPlainText("")
        editor.session_ending()
        wait_idle(qtbot, ctx)
        errors.clear()
    finally:
        ctx.tasks.shutdown()
        pats.close()
        tess.close()
