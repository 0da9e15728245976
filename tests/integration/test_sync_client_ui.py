"""Sync now from the app's page against the real service: progress, then the records."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.integration.serverkit import ServerDb
from tests.support.sync_laptop import Laptop
from tests.ui.conftest import make_ctx, wait_idle
from yjdesk.ui.sync_ui.page import SyncPage


def test_sync_now_button_fetches_the_caseload(qtbot, live_server: str, server_db: ServerDb,
                                              tmp_path: Path) -> None:
    team = server_db.add_team()
    pat = server_db.add_user("pat", team_id=team)
    child = server_db.add_child(team, pat, given_name="Remote")
    laptop = Laptop(live_server, "pat", tmp_path / "laptop")
    ctx = make_ctx(laptop.store, laptop.actor)
    try:
        page = SyncPage(ctx)
        qtbot.addWidget(page)
        wait_idle(qtbot, ctx)
        phases: list[str] = []
        page.controller.progress.connect(lambda phase, done, total: phases.append(phase))
        with qtbot.waitSignal(page.controller.finished, timeout=30_000):
            qtbot.mouseClick(page.status.sync_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, ctx)
        assert "pull" in phases
        assert "Sync finished" in page.message.text()
        assert "last synced at" in page.status.label.text()
        assert laptop.child(child) is not None
    finally:
        ctx.tasks.shutdown()
        laptop.close()
