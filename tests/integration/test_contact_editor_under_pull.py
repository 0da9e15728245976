"""A contact record open in its author's editor while a manager's amendment of it arrives
by sync: the author's correction must not put the old text back over the amendment."""

from __future__ import annotations

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
from yjdesk.services.casework import contacts as svc
from yjdesk.ui.casework.contact_editor import ContactEditor

AMENDED = "Talked about the arrest and the victim's letter (amended: not the court date)."


def _final_contact(pats: Laptop, child: str) -> str:
    when = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    with pats.uow() as u:
        return svc.finalise(u.session, child, svc.ContactInput(
            contact_at=when, contact_type="home_visit", venue="child_home",
            attendance="attended", aim="Check in", content="Talked about the court date",
            outcome="Agreed a plan", risk="No change", next_steps="Visit Tuesday",
            safeguarding="None identified")).id


def test_the_author_s_correction_keeps_a_manager_s_amendment_pulled_meanwhile(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    team = server_db.add_team()
    pat = server_db.add_user("pat", team_id=team)
    server_db.add_user("tess", Role.TEAM_MANAGER, team_id=team)
    child = server_db.add_child(team, pat)
    pats = Laptop(live_server, "pat", tmp_path / "pat")
    tess = Laptop(live_server, "tess", tmp_path / "tess")
    ctx = make_ctx(pats.store, pats.actor)
    errors: list[BaseException] = []
    ctx.tasks.default_failure = errors.append
    try:
        pats.sync()
        contact_id = _final_contact(pats, child)
        assert not pats.sync().waiting
        tess.sync()
        editor = ContactEditor(ctx, child, contact_id, autosave_ms=600_000)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitUntil(lambda: editor.loaded)
        assert editor.editing_final  # inside the author's edit window
        with tess.uow() as u:  # the manager amends the content, with a reason
            svc.amend(u.session, contact_id, {"content": AMENDED}, "Wrong topic recorded")
        assert not tess.sync().waiting
        pats.sync()  # the amendment arrives under the open editor
        assert pats.read(lambda s: svc.get_contact(s, contact_id).content) == AMENDED
        editor.texts["outcome"].setPlainText("Agreed a plan and a date for the letter")
        editor.finalise()  # "Save changes"
        wait_idle(qtbot, ctx)
        assert not errors, errors
        stored = pats.read(lambda s: svc.get_contact(s, contact_id))
        assert stored.outcome == "Agreed a plan and a date for the letter"
        assert stored.content == AMENDED, "the manager's amendment was written over"
        assert not pats.sync().waiting
        row = server_db.row("contact", contact_id)
        assert row is not None and row["content"] == AMENDED
    finally:
        ctx.tasks.shutdown()
        pats.close()
        tess.close()


def test_the_same_field_corrected_by_the_author_is_shown_the_amendment_not_overwritten(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    team = server_db.add_team()
    pat = server_db.add_user("pat", team_id=team)
    server_db.add_user("tess", Role.TEAM_MANAGER, team_id=team)
    child = server_db.add_child(team, pat)
    pats = Laptop(live_server, "pat", tmp_path / "pat")
    tess = Laptop(live_server, "tess", tmp_path / "tess")
    ctx = make_ctx(pats.store, pats.actor)
    errors: list[BaseException] = []
    ctx.tasks.default_failure = errors.append
    mine = "Talked about the court date and bail conditions"
    try:
        pats.sync()
        contact_id = _final_contact(pats, child)
        assert not pats.sync().waiting
        tess.sync()
        editor = ContactEditor(ctx, child, contact_id, autosave_ms=600_000)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitUntil(lambda: editor.loaded)
        with tess.uow() as u:
            svc.amend(u.session, contact_id, {"content": AMENDED}, "Wrong topic recorded")
        assert not tess.sync().waiting
        pats.sync()
        editor.texts["content"].setPlainText(mine)
        editor.finalise()
        wait_idle(qtbot, ctx)
        assert pats.read(lambda s: svc.get_contact(s, contact_id).content) == AMENDED
        assert AMENDED in editor.form.errors()["content"]
        assert editor.texts["content"].toPlainText() == mine and editor.isVisible()
        editor.finalise()  # saved again, having seen the amendment
        wait_idle(qtbot, ctx)
        assert pats.read(lambda s: svc.get_contact(s, contact_id).content) == mine
        assert not errors, errors
    finally:
        ctx.tasks.shutdown()
        pats.close()
        tess.close()


# --- a draft written on the author's other laptop meanwhile ---------------------------------

OTHER = "Other laptop: talked about the referral order panel"


def _draft_on_two_laptops(qtbot: QtBot, live_server: str, server_db: ServerDb,
                          tmp_path: Path) -> tuple[Laptop, Laptop, ContactEditor,
                                                   list[BaseException], str]:
    """Pat starts a draft on the desk laptop; the same draft is then changed on Pat's other
    laptop, which syncs; the change arrives under the desk's open editor."""
    team = server_db.add_team()
    pat = server_db.add_user("pat", team_id=team)
    child = server_db.add_child(team, pat)
    desk = Laptop(live_server, "pat", tmp_path / "desk")
    other = Laptop(live_server, "pat", tmp_path / "other")
    desk.sync()
    ctx = make_ctx(desk.store, desk.actor)
    errors: list[BaseException] = []
    ctx.tasks.default_failure = errors.append
    editor = ContactEditor(ctx, child, autosave_ms=600_000)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded)
    editor.timer.stop()  # only the saves the test makes
    editor.texts["content"].setPlainText("First words")
    editor.save_draft()
    wait_idle(qtbot, ctx)
    contact_id = editor.contact_id
    assert contact_id is not None
    assert not desk.sync().waiting
    other.sync()
    with other.uow() as u:
        c = svc.get_contact(u.session, contact_id)
        data = svc.ContactInput.from_contact(c, svc.target_ids(u.session, contact_id))
        data.content = OTHER
        svc.save_draft(u.session, child, data, contact_id)
    assert not other.sync().waiting
    desk.sync()  # the other laptop's text arrives under the open editor
    assert _content(desk, contact_id) == OTHER
    return desk, other, editor, errors, contact_id


def _content(laptop: Laptop, contact_id: str) -> str | None:
    return laptop.read(lambda s: svc.get_contact(s, contact_id).content)


def test_a_save_queued_before_a_clash_is_found_does_not_write_over_the_other_text(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    """An autosave finds the clash while a save queued behind it (the editor closing) waits:
    that one must not take the other laptop's text for seen and save over it."""
    desk, other, editor, errors, contact_id = _draft_on_two_laptops(
        qtbot, live_server, server_db, tmp_path)
    ctx = editor.ctx
    try:
        gate = threading.Event()
        ctx.tasks.run_db(lambda _uow: gate.wait(30))  # the worker is busy (a pull page)
        editor.texts["content"].setPlainText("Mine A")
        editor.timer.timeout.emit()  # the autosave (job A) waits behind it
        assert editor.saving
        editor.texts["content"].setPlainText("Mine B")
        editor.close()  # the person closes: job B is queued behind job A
        gate.set()
        wait_idle(qtbot, ctx)
        assert _content(desk, contact_id) == OTHER, "the other laptop's text was written over"
        assert editor.isVisible() and editor.texts["content"].toPlainText() == "Mine B"
        assert OTHER in editor.form.errors()["content"]
        assert not desk.sync().waiting
        row = server_db.row("contact", contact_id)
        assert row is not None and row["content"] == OTHER
        # the person's own save, having seen it, replaces it
        editor.save_button.click()
        wait_idle(qtbot, ctx)
        assert _content(desk, contact_id) == "Mine B"
        assert not errors, errors
        editor.close()
        wait_idle(qtbot, ctx)
        assert not editor.isVisible()
    finally:
        ctx.tasks.shutdown()
        desk.close()
        other.close()


def test_the_lock_and_sign_out_save_the_rest_of_a_draft_but_not_over_a_clash(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    """A clash is on show; the idle lock (flush) and then sign out (session_ending) save
    what else was typed, never the person's text over the other laptop's, and sign out
    tells the person which text was not saved, quoting both."""
    desk, other, editor, errors, contact_id = _draft_on_two_laptops(
        qtbot, live_server, server_db, tmp_path)
    ctx = editor.ctx
    mine = "Mine: talked about school"
    try:
        editor.texts["content"].setPlainText(mine)
        editor.timer.timeout.emit()  # an autosave finds the clash
        wait_idle(qtbot, ctx)
        assert editor.conflict and _content(desk, contact_id) == OTHER
        editor.texts["outcome"].setPlainText("Agreed to meet the school")
        editor.flush()  # the idle lock
        wait_idle(qtbot, ctx)
        assert _content(desk, contact_id) == OTHER, "the lock wrote over the other text"
        assert desk.read(lambda s: svc.get_contact(s, contact_id).outcome) == \
            "Agreed to meet the school"
        assert editor.texts["content"].toPlainText() == mine
        assert OTHER in editor.form.errors()["content"]
        assert not errors, errors
        editor.texts["risk"].setPlainText("No change")
        editor.session_ending()  # sign out: the window goes with the session
        wait_idle(qtbot, ctx)
        assert _content(desk, contact_id) == OTHER, "sign out wrote over the other text"
        assert desk.read(lambda s: svc.get_contact(s, contact_id).risk) == "No change"
        assert len(errors) == 1, errors
        assert OTHER in str(errors[0]) and mine in str(errors[0])
        assert not desk.sync().waiting
        row = server_db.row("contact", contact_id)
        assert row is not None and row["content"] == OTHER
    finally:
        ctx.tasks.shutdown()
        desk.close()
        other.close()


def test_sign_out_keeps_a_manager_s_amendment_the_correction_clashed_with(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    """The author was shown the amendment under the field and did not save again: sign out
    saves the rest of the correction and keeps the amendment (saying what was not saved)."""
    team = server_db.add_team()
    pat = server_db.add_user("pat", team_id=team)
    server_db.add_user("tess", Role.TEAM_MANAGER, team_id=team)
    child = server_db.add_child(team, pat)
    pats = Laptop(live_server, "pat", tmp_path / "pat")
    tess = Laptop(live_server, "tess", tmp_path / "tess")
    ctx = make_ctx(pats.store, pats.actor)
    errors: list[BaseException] = []
    ctx.tasks.default_failure = errors.append
    mine = "Talked about the court date and bail conditions"
    try:
        pats.sync()
        contact_id = _final_contact(pats, child)
        assert not pats.sync().waiting
        tess.sync()
        editor = ContactEditor(ctx, child, contact_id, autosave_ms=600_000)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitUntil(lambda: editor.loaded)
        with tess.uow() as u:
            svc.amend(u.session, contact_id, {"content": AMENDED}, "Wrong topic recorded")
        assert not tess.sync().waiting
        pats.sync()
        editor.texts["content"].setPlainText(mine)
        editor.texts["outcome"].setPlainText("Agreed a plan and a date for the letter")
        editor.finalise()  # "Save changes": the clash is shown
        wait_idle(qtbot, ctx)
        assert AMENDED in editor.form.errors()["content"]
        assert not errors, errors
        editor.flush()  # the idle lock: a correction is never saved by it
        wait_idle(qtbot, ctx)
        editor.session_ending()  # sign out
        wait_idle(qtbot, ctx)
        stored = pats.read(lambda s: svc.get_contact(s, contact_id))
        assert stored.content == AMENDED, "the manager's amendment was written over"
        assert stored.outcome == "Agreed a plan and a date for the letter"
        assert len(errors) == 1, errors
        assert AMENDED in str(errors[0]) and mine in str(errors[0])
        assert not pats.sync().waiting
        row = server_db.row("contact", contact_id)
        assert row is not None and row["content"] == AMENDED
    finally:
        ctx.tasks.shutdown()
        pats.close()
        tess.close()


def _question(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert "Save your changes to this record?" in box.text()
    return box


def _answer(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
    button.click()


@pytest.mark.parametrize("choice", ["Cancel", "Discard", "Save"])
def test_closing_a_draft_over_a_clash_asks(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path,
        choice: str) -> None:
    """Closing the editor with the person's text shown as changed elsewhere asks: Cancel
    stays as typed; Discard keeps the other text there and saves the rest; Save puts the
    person's text in its place. Either way the editor closes only once saved."""
    desk, other, editor, errors, contact_id = _draft_on_two_laptops(
        qtbot, live_server, server_db, tmp_path)
    ctx = editor.ctx
    mine = "Mine: talked about school"
    try:
        editor.texts["content"].setPlainText(mine)
        editor.timer.timeout.emit()
        wait_idle(qtbot, ctx)
        assert editor.conflict
        editor.texts["outcome"].setPlainText("Agreed to meet the school")
        editor.close()
        box = _question(qtbot)
        assert editor.isVisible()
        _answer(box, choice)
        wait_idle(qtbot, ctx)
        stored = desk.read(lambda s: svc.get_contact(s, contact_id))
        if choice == "Cancel":
            assert editor.isVisible() and editor.texts["content"].toPlainText() == mine
            assert (stored.content, stored.outcome) == (OTHER, None)
            assert OTHER in editor.form.errors()["content"]
            editor.session_ending()  # (so that the test's end closes it unasked)
            errors.clear()
        else:
            assert not editor.isVisible()
            assert stored.outcome == "Agreed to meet the school"
            assert stored.content == (mine if choice == "Save" else OTHER)
        wait_idle(qtbot, ctx)
        assert not errors, errors
    finally:
        ctx.tasks.shutdown()
        desk.close()
        other.close()


def test_the_main_window_s_lock_and_sign_out_keep_the_other_laptop_s_text(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    """The same, through the main window: the idle lock hides the editor (saving the
    rest), unlock shows it again with the clash; sign out tells what was not saved."""
    from PySide6.QtCore import Qt

    from tests.ui.test_shell import make_window

    desk, other, editor, errors, contact_id = _draft_on_two_laptops(
        qtbot, live_server, server_db, tmp_path)
    ctx = editor.ctx
    mine = "Mine: talked about school"
    try:
        window = make_window(qtbot, ctx, idle_ms=600_000)
        ctx.tasks.default_failure = errors.append
        editor.setParent(window, editor.windowFlags())  # opened from the caseload
        editor.show()
        editor.texts["content"].setPlainText(mine)
        editor.timer.timeout.emit()
        wait_idle(qtbot, ctx)
        assert editor.conflict
        editor.texts["outcome"].setPlainText("Agreed to meet the school")
        window.lock()
        wait_idle(qtbot, ctx)
        assert not editor.isVisible()
        stored = desk.read(lambda s: svc.get_contact(s, contact_id))
        assert (stored.content, stored.outcome) == (OTHER, "Agreed to meet the school")
        window.lock_screen.password.setText(desk.password)
        qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.locked, timeout=20_000)
        wait_idle(qtbot, ctx)
        assert editor.isVisible() and editor.texts["content"].toPlainText() == mine
        assert OTHER in editor.form.errors()["content"]
        assert not errors, errors
        window.close()  # sign out
        wait_idle(qtbot, ctx)
        assert _content(desk, contact_id) == OTHER
        assert len(errors) == 1 and mine in str(errors[0]) and OTHER in str(errors[0])
    finally:
        ctx.tasks.shutdown()
        desk.close()
        other.close()


def test_a_finalise_refused_for_a_time_it_cannot_read_still_shows_the_other_text(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    desk, other, editor, errors, contact_id = _draft_on_two_laptops(
        qtbot, live_server, server_db, tmp_path)
    ctx = editor.ctx
    try:
        editor.texts["content"].setPlainText("Mine")
        editor.timer.timeout.emit()
        wait_idle(qtbot, ctx)
        assert editor.conflict
        editor.time.setText("25:99")
        editor.finalise()  # refused on the screen: the time cannot be read
        shown = editor.form.errors()
        assert "contact_at" in shown and OTHER in shown.get("content", "")
        assert editor.conflict and _content(desk, contact_id) == OTHER
        editor.session_ending()
        wait_idle(qtbot, ctx)
        errors.clear()
    finally:
        ctx.tasks.shutdown()
        desk.close()
        other.close()
