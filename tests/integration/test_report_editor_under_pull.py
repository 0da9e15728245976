"""A court report open on one laptop while a colleague's edit of it arrives by sync.

The practitioner writes the proposal; the team manager, on their own laptop, writes the
child's needs in the same report; both sync. The practitioner's open editor saves what they
typed and must not write its stale copy of the other sections over the manager's text. If
both wrote the same section, the practitioner is shown the manager's text and keeps their
own; nothing is replaced without a person seeing it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

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
