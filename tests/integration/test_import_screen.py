"""The Import screen (information officer / administrator) against the real sync service on
loopback: a small real bundle (a demo service's export) is checked, then imported, and the
records are in the central database; a bundle with a bad row shows the row and imports
nothing; a practitioner is refused."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.integration.serverkit import PASSWORD, ServerDb
from tests.ui.conftest import make_ctx, wait_idle
from yjdesk.demo.bundle import write_sample
from yjdesk.errors import ServerRejected
from yjdesk.models.org import Role
from yjdesk.sync.client import SyncClient
from yjdesk.ui.context import AppContext
from yjdesk.ui.oversight.import_page import ImportPage
from yjdesk.ui.widgets.tables import RowsView


@pytest.fixture
def ctx(qtbot, store, actor) -> Iterator[AppContext]:
    c = make_ctx(store, actor)
    yield c
    c.tasks.shutdown()


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("import") / "bundle"
    write_sample(folder, "tiny", today=dt.date(2026, 11, 20))
    return folder


def _page(qtbot, ctx: AppContext, url: str, username: str) -> ImportPage:
    device = str(uuid.uuid4())

    def signed_in() -> SyncClient:
        client = SyncClient(url, device)
        client.login(username, PASSWORD)
        return client

    page = ImportPage(ctx)
    page.client_factory = signed_in
    qtbot.addWidget(page)
    return page


def _cells(table: RowsView) -> list[list[str]]:
    return [[table.text(r, c) for c in range(table.model_.columnCount())]
            for r in range(table.row_count())]


def test_check_then_import_a_bundle(qtbot, ctx: AppContext, server_db: ServerDb,
                                    live_server: str, bundle: Path) -> None:
    server_db.add_user("ivy", Role.INFORMATION_OFFICER)
    page = _page(qtbot, ctx, live_server, "ivy")
    assert not page.check_button.isEnabled() and not page.import_button.isEnabled()
    page.set_folder(bundle)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx, 60000)
    assert "every row can be imported" in page.status.text(), page.status.text()
    counts = {row[0]: row[1:] for row in _cells(page.counts)}
    assert counts["children.csv"] == ["40", "0", "0", "0"]
    assert int(counts["identifiers.csv"][0]) > 0
    assert page.refused.row_count() == 0
    assert server_db.count("child") == 0                       # the check wrote nothing
    assert page.import_button.isEnabled()

    steps: list[tuple[str, int, int]] = []
    page._steps.step.connect(lambda *a: steps.append(a))
    page.apply()
    wait_idle(qtbot, ctx, 120000)
    writing = [s for s in steps if s[0].startswith("Writing ")]
    assert writing and writing[-1][1] == writing[-1][2] > 0, steps   # the bar reached 100%
    assert any(s[0].startswith("Checking children") for s in steps)
    assert page.status.text().startswith("Imported from"), page.status.text()
    assert server_db.count("child") == 40
    assert not page.import_button.isEnabled()                  # done: not twice

    page.check()                                               # a second run: unchanged
    wait_idle(qtbot, ctx, 60000)
    counts = {row[0]: row[1:] for row in _cells(page.counts)}
    assert counts["children.csv"] == ["0", "0", "40", "0"]


def test_a_bad_row_is_shown_and_nothing_is_imported(qtbot, ctx: AppContext,
                                                    server_db: ServerDb, live_server: str,
                                                    bundle: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    for f in bundle.iterdir():
        (bad / f.name).write_bytes(f.read_bytes())
    with (bad / "offences.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    rows[2][rows[0].index("offence_date")] = "31/02/2025"
    with (bad / "offences.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    server_db.add_user("ada", Role.ADMINISTRATOR)
    page = _page(qtbot, ctx, live_server, "ada")
    page.set_folder(bad)
    page.check()
    wait_idle(qtbot, ctx, 60000)
    assert _cells(page.refused) == [["offences.csv", "3", rows[2][0],
                                     "offence_date '31/02/2025' is not a date (YYYY-MM-DD)"]]
    assert "1 row refused: nothing can be imported until it is corrected" in page.status.text()
    assert not page.import_button.isEnabled()
    page.apply()                                   # the service refuses it as well
    wait_idle(qtbot, ctx, 60000)
    assert server_db.count("child") == 0

    server_db.add_user("pat2", Role.PRACTITIONER)
    other = _page(qtbot, ctx, live_server, "pat2")
    other.set_folder(bundle)
    other.check()
    wait_idle(qtbot, ctx, 60000)
    assert "Only an administrator or an information officer" in other.status.text()


def test_a_bundle_may_be_larger_than_a_push(server_db: ServerDb, live_server: str) -> None:
    """The import takes a zipped county bundle (tens of MB); every other request keeps the
    push-sized limit."""
    from yjdesk.server.import_routes import BUNDLE_MAX_BYTES, IMPORT_PATH
    from yjdesk.wire import protocol as p

    server_db.add_user("iris", Role.INFORMATION_OFFICER)
    client = SyncClient(live_server, str(uuid.uuid4()))
    client.login("iris", PASSWORD)
    big = b"PK" + b"\0" * (p.MAX_BODY_BYTES + 1024)       # over the push limit, not a zip
    with pytest.raises(ServerRejected, match="zip"):      # read and refused in plain words
        client.import_bundle(big)
    headers = {"Authorization": f"Bearer {client.access_token}",
               p.PROTOCOL_HEADER: str(p.PROTOCOL_VERSION)}
    r = client._http.post("/sync/push", content=big, headers=headers)
    assert r.status_code == 413
    r = client._http.post(IMPORT_PATH.removeprefix(p.API_PREFIX),
                          content=b"\0" * (BUNDLE_MAX_BYTES + 1), headers=headers)
    assert r.status_code == 413 and r.json()["error"] == "too_large"
    client.close()
