"""Issue 12: every page, record tab and dialog fits the laptops councils buy.

The tour (``yjdesk/ui/tour/``) opens each screen on a synthetic service, in a fresh
process whose (offscreen) screen is a real 1280x720, a 1366x768, and a 1920x1080 panel at
150 % scaling (QT_SCALE_FACTOR=1.5: 1280x720 logical pixels, every size scaled). Each
screen must fit with its buttons whole (content scrolls, buttons never leave the screen),
and tables need no horizontal scroll bar for their columns.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TODAY
from yjdesk.ui import registry, tour

ROOT = Path(__file__).resolve().parents[2]


def run_tour(tmp_path: Path, mode: str, width: int, height: int, scale: float = 1.0,
             *extra: str, profile: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The tour in a fresh process on a ``width`` x ``height`` screen; on a copy of
    ``profile`` (the ``tour_profile`` fixture) when given, else on a store it builds."""
    if profile is not None:
        extra = (*extra, "--profile", str(profile))
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "YJDESK_HOME": str(tmp_path / "home"),
           "YJDESK_SYSTEM_CONFIG": str(tmp_path / "no-system-config.json"),
           "QT_SCALE_FACTOR": str(scale)}
    command = [sys.executable, "-m", "yjdesk.ui.tour", mode, *extra,
               "--today", TODAY.isoformat(), "--watchdog", "240"]
    try:  # under pytest's 300 s limit, so a stuck walk's stacks reach the failure message
        return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=270, check=False)
    except subprocess.TimeoutExpired as stuck:
        def text(out: bytes | str | None) -> str:
            return out.decode(errors="replace") if isinstance(out, bytes) else (out or "")
        return subprocess.CompletedProcess(command, -9, text(stuck.stdout),
                                           text(stuck.stderr) + "\n(killed after 270 s)")


def test_the_tour_visits_every_registered_page_and_tab() -> None:
    keys = {s.key for s in tour.stops()}
    registry.load_features()
    assert {f"page-{k}" for k in registry.PAGES} <= keys
    assert {f"tab-{k}" for k in registry.CHILD_TABS} <= keys
    assert sum(s.kind == "dialog" for s in tour.stops()) >= 30


# (1280x720 light: walked with the accessibility check, in test_accessible)
@pytest.mark.parametrize(("width", "height", "scale", "appearance"), [
    (1366, 768, 1.0, "dark"), (1920, 1080, 1.5, "light")])
def test_every_screen_fits_a_small_laptop(tmp_path: Path, tour_profile: Path, width: int,
                                          height: int, scale: float, appearance: str) -> None:
    """(One walk in the dark appearance: its look check finds words too faint to read.)"""
    done = run_tour(tmp_path, "fit", width, height, scale, "--appearance", appearance,
                    profile=tour_profile)
    logical = f"{round(width / scale)}x{round(height / scale)}"
    assert f"screen {logical}: 0 problem(s)" in done.stdout, done.stdout + done.stderr[-3000:]
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]


def test_the_look_check_finds_what_a_user_would_call_unfinished(qtbot) -> None:
    """The fit walk also looks at each screen as a user would: a page without its header, a
    table heading cut off, "item(s)" instead of a real plural, a raw code on show."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QTableView, QVBoxLayout, QWidget

    from yjdesk.ui.design import PageHeader

    page = QWidget()
    qtbot.addWidget(page)
    box = QVBoxLayout(page)
    note = QLabel("3 gap(s) found; settled ooc_decision")
    box.addWidget(note)
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Child", "Why it is not on the server"])
    model.setItem(0, 0, QStandardItem("Amara Illingworth"))
    model.setItem(0, 1, QStandardItem("exit_plan"))
    table = QTableView()
    table.setModel(model)
    table.horizontalHeader().resizeSection(1, 40)
    box.addWidget(table)
    board = QLineEdit("Youth justice partnership board")
    board.setAccessibleName("Board")
    board.setFixedWidth(120)
    box.addWidget(board)
    offences = QListWidget()
    offences.addItem("03/06/2026 vehicle_theft")
    box.addWidget(offences)
    faint = QLabel("Not recorded")
    faint.setStyleSheet("color: #c8c8c8;")  # a grey chosen for another background
    box.addWidget(faint)
    error = QLabel("date: The date cannot be in the future.")
    box.addWidget(error)
    page.resize(900, 400)
    page.show()
    problems = tour.look_problems(page, "page")
    assert "the page has no page header (title and summary)" in problems
    assert any(p.startswith("table heading 'Why it is not on the server' is cut off")
               for p in problems)
    assert "not a real plural: '3 gap(s) found; settled ooc_decision'" in problems
    assert "raw code 'ooc_decision' in '3 gap(s) found; settled ooc_decision'" in problems
    assert "table cell shows a raw code 'exit_plan'" in problems
    assert "text box 'Board' is too narrow for 'Youth justice partnership board'" in problems
    assert "raw code 'vehicle_theft' in a list: '03/06/2026 vehicle_theft'" in problems
    assert any(p.startswith("faint text 'Not recorded'") for p in problems), problems
    assert "an internal field name in 'date: The date cannot be in the future.'" in problems
    box.insertWidget(0, PageHeader("Data quality", "3 gaps"))
    note.setText("3 gaps found; settled an out-of-court decision")
    model.setItem(0, 1, QStandardItem("An end-of-intervention record"))
    table.horizontalHeader().resizeSection(1, 400)
    board.setFixedWidth(400)
    offences.item(0).setText("03/06/2026 Theft of a vehicle")
    faint.setStyleSheet("")
    error.setText("The date cannot be in the future.")
    qtbot.wait(10)  # the header added to a shown page shows on the next event loop turn
    assert tour.look_problems(page, "page") == []
