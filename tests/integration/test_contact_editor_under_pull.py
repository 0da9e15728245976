"""A contact record open in its author's editor while a manager's amendment of it arrives
by sync: the author's correction must not put the old text back over the amendment."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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
