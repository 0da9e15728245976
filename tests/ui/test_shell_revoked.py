"""The app's reaction when the sync service says this laptop is revoked."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from tests.conftest import PASSWORD, TODAY, child_input
from tests.ui.test_shell_app import args_for, make_profile, shells, start  # noqa: F401
from yjdesk import app as app_module
from yjdesk.errors import DeviceRevoked
from yjdesk.services.children import create_child
from yjdesk.ui.main_window import MainWindow
from yjdesk.wire import sealed


def test_revoked_laptop_is_wiped_and_unsynced_work_kept_encrypted(qtbot, tmp_path,
                                                                  shells) -> None:  # noqa: F811
    key = tmp_path / "admin.key"
    pem, public = sealed.new_key_pair()
    key.write_bytes(pem)
    Path(os.environ["YJDESK_SYSTEM_CONFIG"]).write_text(
        json.dumps({"wipe_export_key": public}), encoding="utf-8")
    root = tmp_path / "data"
    make_profile(root)
    shell = start(shells, args_for(root))
    shell.dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(shell.window_ready, timeout=30_000):
        shell.dialog.submit()
    assert isinstance(shell.window, MainWindow)
    ctx = shell.ctx
    assert ctx is not None and shell.sync is not None
    # a change made on the laptop and not yet pushed
    done: list[str] = []
    ctx.tasks.run_db(lambda u: create_child(u.session, child_input(), TODAY).id, done.append)
    # (the worker may still be loading the caseload: 30 s for a machine under heavy load)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)

    shell.sync.device_revoked.emit(DeviceRevoked("revoked by the service"))
    qtbot.waitUntil(lambda: shell.revoked_notice is not None, timeout=20_000)
    notice = shell.revoked_notice
    assert notice is not None
    assert "revoked" in notice.text()
    # the child, its allocation and their audit events (at least) were unsynced
    assert re.search(r"\b([2-9]|\d\d+) changes had not reached the server",
                     notice.informativeText())
    assert shell.window is None and shell.ctx is None
    paths = app_module.profile_paths(args_for(root))
    assert not paths.database.exists() and not paths.keyfile.exists()
    # the unsynced work survives sealed to the administrator's key (not the password):
    # only the unsynced rows, no copy of the case database
    [export] = list(root.parent.glob(f"{root.name}*-revoked-export-*"))
    assert not (export / "yjdesk.db").exists()
    payload = sealed.open_box(json.loads((export / "unsynced.yjexport").read_text()),
                              sealed.load_private(key))
    tables = [c["table"] for body in payload["changes"] for c in body["changes"]]
    assert tables.count("child") == 1
    notice.close()
