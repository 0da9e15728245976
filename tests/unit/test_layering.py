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


def test_laptop_and_demo_service_need_no_postgresql_driver(tmp_path: Path) -> None:
    """psycopg is the `server` extra: without it every module imports, the SQLite service
    (the embedded demo's) starts, and asking for PostgreSQL says which extra to install."""
    modules = _headless_modules()
    db = tmp_path / "service.db"
    code = (
        "import sys\n"
        "sys.modules['psycopg'] = None\n"
        "import importlib\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "from sqlalchemy import text\n"
        "from yjdesk.server.settings import make_engine\n"
        "from yjdesk.store.schema import upgrade\n"
        f"engine = make_engine('sqlite:///{db}')\n"
        "upgrade(engine, side='server')\n"
        "with engine.connect() as conn:\n"
        "    print('tables', conn.execute(text(\"SELECT count(*) FROM sqlite_master\")).scalar())\n"
        "engine.dispose()\n"
        "try:\n"
        "    make_engine('postgresql://svc@db.internal/yjdesk')\n"
        "except ValueError as exc:\n"
        "    print(exc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    tables, refusal = proc.stdout.splitlines()
    assert int(tables.split()[1]) > 20
    assert "pip install 'yjdesk[server]'" in refusal
