"""An assessment open in the practitioner's editor while the manager's edit of the same
answer arrives by sync.

The editor saves per answer, so answers the practitioner did not touch are never written.
But an answer they type into after the manager's text arrived must not be saved over it
from the editor's stale copy (and pushed to the server as an ordinary edit): the
practitioner sees the manager's text under the question and keeps their own; saving again,
having seen it, replaces it knowingly."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.integration.serverkit import ServerDb
from tests.support.sync_laptop import Laptop
from tests.ui.conftest import make_ctx, wait_idle
from tests.unit.test_assessment_helpers import add_disposal
from yjdesk.models import AssessmentAnswer
from yjdesk.models.org import Role
from yjdesk.services.assessments import stages
from yjdesk.ui.assessments.editor import AssessmentEditor

KEY = "living_notes"
OTHER = "strengths"
MANAGERS = "Moved to his dad's flat in Layton on Friday; mum's tenancy ended."
MINE = "Lives with his nan since the fire; sleeps on the sofa."


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
        disposal = add_disposal(u.session, child, start=today - dt.timedelta(days=3))
        stage_id = stages.create_stage(u.session, child, disposal, today=today).id
        stages.save_answers(u.session, stage_id, {OTHER: "Loves football."}, today=today)
    assert not pats.sync().waiting
    tess.sync()
    return pats, tess, stage_id


def _manager_writes(tess: Laptop, stage_id: str, text: str) -> None:
    with tess.uow() as u:
        stages.save_answers(u.session, stage_id, {KEY: text}, today=dt.date.today())
    assert not tess.sync().waiting


def _answer(laptop: Laptop, stage_id: str, key: str) -> AssessmentAnswer:
    def read(s: Session) -> AssessmentAnswer:
        row = s.scalar(select(AssessmentAnswer).filter_by(stage_id=stage_id, question_key=key))
        assert row is not None
        s.expunge(row)
        return row
    return laptop.read(read)


def _value(laptop: Laptop, stage_id: str, key: str) -> object:
    value = _answer(laptop, stage_id, key).value
    return None if value is None else json.loads(value)


def _open(qtbot: QtBot, pats: Laptop, stage_id: str
          ) -> tuple[AssessmentEditor, list[BaseException]]:
    ctx = make_ctx(pats.store, pats.actor)
    errors: list[BaseException] = []
    ctx.tasks.default_failure = errors.append
    editor = AssessmentEditor(ctx, stage_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.view is not None)
    editor.timer.stop()  # only the saves the test makes
    wait_idle(qtbot, ctx)
    return editor, errors


def _type(editor: AssessmentEditor, key: str, text: str) -> None:
    editor.questions[key].input.setPlainText(text)  # type: ignore[attr-defined]


def test_the_same_answer_changed_on_another_laptop_is_shown_not_overwritten(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    pats, tess, stage_id = _two_laptops(server_db, live_server, tmp_path)
    editor, errors = _open(qtbot, pats, stage_id)
    ctx = editor.ctx
    try:
        _manager_writes(tess, stage_id, MANAGERS)
        pats.sync()  # the manager's answer arrives under the open editor
        assert _value(pats, stage_id, KEY) == MANAGERS
        _type(editor, KEY, MINE)  # typed over the stale (empty) answer
        editor.save_now()
        wait_idle(qtbot, ctx)
        wait_idle(qtbot, ctx)
        assert not errors, errors
        # not saved over the manager's text: both are in front of the practitioner
        assert _value(pats, stage_id, KEY) == MANAGERS
        assert editor.questions[KEY].value() == MINE
        assert MANAGERS in editor.questions[KEY].error.text()
        # ... and an autosave does not replace it behind their back
        editor.timer.timeout.emit()
        wait_idle(qtbot, ctx)
        assert _value(pats, stage_id, KEY) == MANAGERS
        # nor is anything of theirs pushed over it
        assert not pats.sync().waiting
        row = server_db.row("assessment_answer", _answer(pats, stage_id, KEY).id)
        assert row is not None and json.loads(row["value"]) == MANAGERS
        # saving again, having seen it, is the practitioner's deliberate choice
        editor.save_button.click()
        wait_idle(qtbot, ctx)
        wait_idle(qtbot, ctx)
        assert not errors, errors
        assert _value(pats, stage_id, KEY) == MINE
        assert not editor.questions[KEY].error.text()
        assert not pats.sync().waiting
        row = server_db.row("assessment_answer", _answer(pats, stage_id, KEY).id)
        assert row is not None and json.loads(row["value"]) == MINE
        editor.shutdown()
        wait_idle(qtbot, ctx)
    finally:
        ctx.tasks.shutdown()
        pats.close()
        tess.close()


def test_answers_typed_elsewhere_are_kept_and_the_other_answers_saved(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    """The manager's answer arrives while the practitioner writes another one: theirs is
    saved, the manager's kept (never written from the editor's stale copy)."""
    pats, tess, stage_id = _two_laptops(server_db, live_server, tmp_path)
    editor, errors = _open(qtbot, pats, stage_id)
    ctx = editor.ctx
    try:
        _manager_writes(tess, stage_id, MANAGERS)
        pats.sync()
        _type(editor, OTHER, "Loves football; boxing on Thursdays.")
        editor.save_now()
        wait_idle(qtbot, ctx)
        assert not errors, errors
        assert _value(pats, stage_id, KEY) == MANAGERS
        assert _value(pats, stage_id, OTHER) == "Loves football; boxing on Thursdays."
        assert not pats.sync().waiting
        row = server_db.row("assessment_answer", _answer(pats, stage_id, KEY).id)
        assert row is not None and json.loads(row["value"]) == MANAGERS
        editor.shutdown()
        wait_idle(qtbot, ctx)
    finally:
        ctx.tasks.shutdown()
        pats.close()
        tess.close()


def test_an_editor_leaving_over_a_changed_answer_tells_both_and_writes_over_nothing(
        qtbot: QtBot, live_server: str, server_db: ServerDb, tmp_path: Path) -> None:
    """The practitioner types and leaves the record at once, the manager's answer having
    arrived meanwhile: no question is left to show the clash under, so a message quotes
    both answers; the manager's is not written over."""
    pats, tess, stage_id = _two_laptops(server_db, live_server, tmp_path)
    editor, errors = _open(qtbot, pats, stage_id)
    ctx = editor.ctx
    try:
        _manager_writes(tess, stage_id, MANAGERS)
        pats.sync()
        _type(editor, KEY, MINE)
        editor.shutdown()  # the record closes (Back, another child, sign out)
        editor.deleteLater()
        wait_idle(qtbot, ctx)
        assert _value(pats, stage_id, KEY) == MANAGERS
        assert len(errors) == 1
        message = str(errors[0])
        assert MANAGERS in message and MINE in message
    finally:
        ctx.tasks.shutdown()
        pats.close()
        tess.close()
