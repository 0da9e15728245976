"""Only yjdesk/ui and yjdesk/app.py may import Qt; everything else runs with no Qt at all."""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import yjdesk

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is not installed"
    proc = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout


def _headless_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(yjdesk.__path__, "yjdesk."):
        name = info.name
        if name.startswith(("yjdesk.ui", "yjdesk.app", "yjdesk.__main__")):
            continue
        if ".migrations.versions" in name or name.endswith(".migrations.env"):
            continue
        names.append(name)
    return names


def test_every_non_ui_module_imports_without_qt() -> None:
    """Block PySide6 entirely (as on a server with no Qt) and import every other module."""
    modules = _headless_modules()
    assert "yjdesk.services.children" in modules and "yjdesk.store.engine" in modules
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\nsys.modules['shiboken6'] = None\n"
        "import importlib\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "assert 'PySide6.QtCore' not in sys.modules\n"
        "print('ok', len(sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ok")
