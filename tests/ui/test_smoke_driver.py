"""``yjdesk --demo --smoke-test``: the release smoke test's window half, run in-process."""

from __future__ import annotations

import argparse
import re
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from yjdesk import app as app_module
from yjdesk.log import shutdown_logging
from yjdesk.ui.demo_launcher import DemoLauncher
from yjdesk.ui.smoke import EXIT_FAILED, SmokeTest


def smoke_args(data_dir: Path, *, demo: bool = True) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data_dir), demo=demo, scale="tiny", command=None,
                              smoke_test=True)


@pytest.fixture
def shells() -> Iterator[list[app_module.AppShell]]:
    made: list[app_module.AppShell] = []
    yield made
    for shell in made:
        shell.shutdown()
    shutdown_logging()


def start(shells: list[app_module.AppShell], args: argparse.Namespace) -> app_module.AppShell:
    launcher = DemoLauncher(args.scale) if args.demo else None  # as yjdesk.cli.main does
    shell = app_module.run(args, exec_=False, launcher=launcher)
    assert isinstance(shell, app_module.AppShell)
    shells.append(shell)
    return shell


def test_signs_in_to_the_demo_and_reports_the_caseload(qtbot, tmp_path, shells, capsys) -> None:
    shell = start(shells, smoke_args(tmp_path / "data"))
    driver = shell.findChild(SmokeTest)
    assert driver is not None
    quits: list[bool] = []
    shell.quit = lambda: quits.append(True)  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: bool(quits), timeout=60_000)
    out = capsys.readouterr().out
    found = re.search(r"^caseload rows: (\d+)$", out, re.MULTILINE)
    assert found is not None, out
    assert int(found.group(1)) == driver.rows and driver.rows > 0
    window = shell.window
    assert window is not None and window.caseload.model.rowCount() == driver.rows


def test_reports_failure_when_there_is_no_demo(qtbot, tmp_path, shells, capsys) -> None:
    shell = start(shells, smoke_args(tmp_path / "empty", demo=False))  # first-run dialog
    exits: list[int] = []
    shell.app = types.SimpleNamespace(exit=exits.append, quit=lambda: None)  # type: ignore[assignment]
    qtbot.waitUntil(lambda: bool(exits), timeout=30_000)
    assert exits == [EXIT_FAILED]
    assert "smoke test failed: unexpected dialog FirstRunDialog" in capsys.readouterr().out
