"""Start-up imports only what showing the caseload needs (issue 16: cold start < 1.5 s).

The sync client (httpx, which pulls in rich and pygments), the sync engine, the sync page and
the revoked-laptop wipe cost about 0.6 s of imports together and none is needed until a sync
runs or a page is opened, so they are imported where used. Nor is pydantic (the sync
protocol's models): the service policy read at start is checked without it. Nor, before
Qt, is the bank-holiday calendar: the caseload's rows count no working days (its due items,
which follow the rows on the database worker, load it). The app's own modules leave the main
window out: the sign-in dialog is shown without it, which is imported while the key derives.
Nor are the sync service's own tables (``yjdesk.models.server`` and ``.imports``): a laptop
never has them; nor the performance pack's (``yjdesk.models.kpi``); nor the rules the
laptop's session hook judges written rows by (``yjdesk.services.shared_rules``, imported at
the first row judged: signing in writes only an audit event, which the service judges).
Nor are the feature pages' and tabs' own modules, nor the child's record and form: each is
imported when first opened (``registry.deferred``). Before Qt, nor are the caseload's service
(imported with the main window, while the key derives) and the case-work and supervision due
rules (a cold start's due items come from the stored facts). Nor is the assessments'
workflow (signing, forms, stages, quality checks): the laptop installs the lock guard, a
module of its own (``services.assessments.lock``).
Each check runs in a new interpreter, as a cold start does: a module imported by any earlier
test would hide a regression.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from tests.conftest import PASSWORD
from yjdesk.models import Child
from yjdesk.paths import Paths
from yjdesk.store import LocalStore

#: Not to be imported before the caseload is shown.
LATE = ("httpx", "rich", "pygments", "yjdesk.sync.client", "yjdesk.sync.engine",
        "yjdesk.sync.wipe", "yjdesk.ui.sync_ui.page", "yjdesk.wire.protocol", "alembic",
        "keyring", "reportlab", "pydantic", "yjdesk.models.server", "yjdesk.models.imports",
        "yjdesk.models.kpi", "yjdesk.services.shared_rules", "yjdesk.services.orders.sync_rules",
        "yjdesk.services.court.sync_rules",
        # the pages' and tabs' own modules, imported when first opened (registry.deferred),
        # and the child's record and form, when a child is first opened or added
        "yjdesk.ui.assessments.tab", "yjdesk.ui.assessments.queue", "yjdesk.ui.court.child_tab",
        "yjdesk.ui.court.court_list", "yjdesk.ui.casework.pages",
        "yjdesk.ui.casework.contact_editor", "yjdesk.ui.pathways.tab",
        "yjdesk.ui.child_record.view", "yjdesk.ui.child_record.child_form",
        # the assessments' workflow: the laptop's session hook is the lock guard alone
        "yjdesk.services.assessments.signing", "yjdesk.services.assessments.forms",
        "yjdesk.services.assessments.stages", "yjdesk.services.assessments.quality")

#: What bench/bench_caseload.py times: from a new process to a populated caseload window.
TO_CASELOAD = """
import json, sys, time
from pathlib import Path
import yjdesk.app
window_first = "yjdesk.ui.main_window" in sys.modules  # (before the sign-in dialog)
from yjdesk.preload import MODULES, preload
preload()
# the caseload's service is imported with the main window (while the key derives); the
# case-work and supervision due rules by the first due item worked out from them
before_window = [m for m in ("yjdesk.services.caseload", "yjdesk.services.casework.work_due",
                             "yjdesk.services.oversight.supervision") if m in sys.modules]
from yjdesk.ui.main_window import MainWindow
from yjdesk.ui.signin import open_profile
imported = {"late": [m for m in LATE if m in sys.modules],
            "sync_ui": "yjdesk.ui.sync_ui" in sys.modules,
            "httpx_preloaded": "httpx" in MODULES, "calendar": "holidays" in sys.modules,
            "window_first": window_first, "before_window": before_window}
from PySide6.QtWidgets import QApplication
from yjdesk.paths import Paths
from yjdesk.services.policy import Policy
from yjdesk.ui.context import AppContext, Events
from yjdesk.ui.tasks import TaskRunner

app = QApplication([])
session = open_profile(Paths(Path(sys.argv[1])), sys.argv[2])
ctx = AppContext(session.store, session.actor, TaskRunner(session.store, session.actor),
                 Policy.load(), Events())
window = MainWindow(ctx)
done = []
window.caseload.loaded.connect(done.append)
window.show()
start = time.monotonic()
# (the rows as well as the signal: a load that finishes before the worker's done-callback is
# attached is delivered at once, inside MainWindow(), before anyone could connect)
while not done and not window.caseload.model.rowCount() and time.monotonic() < start + 100:
    app.processEvents()
    time.sleep(0.005)
waited = time.monotonic() - start
app.processEvents()
late = [m for m in LATE if m in sys.modules]
rows = window.caseload.model.rowCount()
window.close()
ctx.tasks.shutdown()
session.store.close()
print(json.dumps({"imported": imported, "loaded": done, "rows": rows, "late": late,
                  "waited": round(waited, 1)}))
"""


def _run(code: str, *args: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", f"LATE = {LATE!r}\n{code}", *args],
                         capture_output=True, text=True, env=env, timeout=240,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert isinstance(result, dict)
    result["stderr"] = out.stderr[-3000:]
    return result


def test_a_cold_start_to_the_caseload_imports_no_sync_client_engine_or_wipe(
        store: LocalStore, child_id: str, paths: Paths) -> None:
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Child)) == 1
    store.close()
    got = _run(TO_CASELOAD, str(paths.root), PASSWORD)
    # importing the app and the start-up modules (as yjdesk.cli.main does, before Qt)
    assert got["imported"] == {"late": [], "sync_ui": False, "httpx_preloaded": False,
                               "calendar": False, "window_first": False,
                               "before_window": []}, got
    # then unlocking the store and showing the caseload (the main window imports the sync
    # page's module with the other pages, but not the page itself or the client)
    assert got["rows"] == 1, json.dumps(got)  # the caseload was shown
    assert got["late"] == [], got


PRELOAD_GC = """
import gc, json
from yjdesk.preload import preload
collections = []
gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(info))
preload()
after = {"enabled": gc.isenabled(), "frozen": gc.get_freeze_count(),
         "collections": len(collections)}
gc.disable()
preload()  # a second call (everything already imported) leaves a paused collector paused
print(json.dumps({**after, "enabled_when_paused": gc.isenabled()}))
"""


def test_preload_runs_no_collection_and_freezes_what_it_imported() -> None:
    got = _run(PRELOAD_GC)
    # hundreds of collections without the pause (objects that live as long as the program)
    assert got["collections"] == 0, got
    frozen = got["frozen"]  # later collections skip the start-up's objects
    assert isinstance(frozen, int) and frozen > 100_000, got
    assert got["enabled"] is True, got  # the collector is back as it was
    assert got["enabled_when_paused"] is False, got


ENTRY_GC = """
import gc, json, sys
collections = []
gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(info))
import yjdesk.cli
heavy = [m for m in ("sqlalchemy", "yjdesk.models", "yjdesk.laptop", "pydantic")
         if m in sys.modules]
before = len(collections)
args = yjdesk.cli.start(["--data-dir", sys.argv[1]])
full = [c for c in collections[before:] if c["generation"] == 2]
commands = [m for m in ("yjdesk.sync.cli", "yjdesk.demo.generator", "yjdesk.enrol")
            if m in sys.modules]
check = yjdesk.cli.start(["check", "--data-dir", sys.argv[1]]).command
print(json.dumps({"heavy": heavy, "before": before, "full": len(full),
                  "models": "yjdesk.models" in sys.modules, "command": args.command,
                  "frozen": gc.get_freeze_count(), "commands": commands, "check": check,
                  "commands_after": [m for m in ("yjdesk.sync.cli", "yjdesk.demo.generator",
                                                 "yjdesk.enrol") if m in sys.modules]}))
"""


def test_the_entry_point_imports_the_store_only_with_the_collector_paused(
        tmp_path: Path) -> None:
    """``yjdesk`` (``yjdesk.cli.main``) imports the store, models and services through the
    preload, with the collector paused, not at its own import: imported there first, a
    cold start ran full collections over every class and mapper (about a fifth more CPU)."""
    got = _run(ENTRY_GC, str(tmp_path))
    assert got["heavy"] == [], got  # importing the entry point imports none of them
    assert got["models"] is True and got["command"] is None, got  # start() did
    assert got["full"] == 0, got  # and no full collection ran meanwhile
    frozen = got["frozen"]
    assert isinstance(frozen, int) and frozen > 100_000, got
    # the desktop app's start names no subcommand: the modules that register them are not
    # imported (yjdesk.cli.parse_args); one that names a subcommand gets it
    assert got["commands"] == [], got
    assert got["check"] == "check", got
    assert got["commands_after"] == ["yjdesk.sync.cli", "yjdesk.demo.generator",
                                     "yjdesk.enrol"], got


PAGES_FROZEN = """
import gc, json
from yjdesk.preload import preload
preload()
import yjdesk.app
from yjdesk.ui import registry
before = gc.get_freeze_count()
registry.load_features()
first = gc.get_freeze_count()
registry.load_features()
print(json.dumps({"before": before, "first": first, "again": gc.get_freeze_count(),
                  "pages": len(registry.PAGES)}))
"""


def test_the_pages_modules_are_frozen_out_of_the_collectors_way() -> None:
    """The main window's pages (and Qt's and the app's modules, imported after the preload)
    live as long as the program: the first load_features freezes them, so the UI thread's
    collections (yjdesk.ui.collector) do not walk them while the caseload loads; a second
    call imports nothing and freezes nothing more."""
    got = _run(PAGES_FROZEN)
    before, first = got["before"], got["first"]
    assert isinstance(before, int) and isinstance(first, int), got
    assert got["pages"], got  # the pages registered
    assert first > before + 10_000, got
    assert got["again"] == first, got


SERVER_TABLES = """
import json
from yjdesk.models import Base, LATER_MODULES, SERVER_MODULES, register_every_table

def server_tables():
    return sorted(t.name for t in Base.metadata.tables.values()
                  if t.info.get("side") == "server")

def kpi_tables():
    return sorted(t for t in Base.metadata.tables if t.startswith("kpi_"))

laptop, laptop_kpi = server_tables(), kpi_tables()
import yjdesk.server.pull  # any of the service's modules
service, service_kpi = server_tables(), kpi_tables()
import yjdesk.services.oversight.kpi.stored  # the performance pack's store
print(json.dumps({"laptop": laptop, "service": service, "service_kpi": service_kpi,
                  "laptop_kpi": laptop_kpi, "pack_kpi": kpi_tables(),
                  "modules": [*SERVER_MODULES, *LATER_MODULES]}))
"""


def test_the_services_tables_are_registered_by_the_service_not_by_the_models() -> None:
    """The laptop's models leave the central database's own tables out (a laptop never has
    them; mapping them cost its start-up about a tenth of the model classes' import), and
    importing the service registers every one of them, whichever module comes first. The
    performance pack's tables are registered by the pack's store, which uses them."""
    got = _run(SERVER_TABLES)
    assert got["laptop"] == [] and got["laptop_kpi"] == [], got
    assert got["service_kpi"] == [], got  # (the service never has them)
    assert got["pack_kpi"] == ["kpi_dirty", "kpi_first_formal", "kpi_intervention",
                               "kpi_reoffence", "kpi_stage"], got
    service = got["service"]
    assert isinstance(service, list), got
    assert {"server_credential", "server_device", "server_token", "server_counter",
            "row_revision", "feed_entry", "push_batch", "device_child", "audit_chain_break",
            "login_throttle", "import_key", "import_run"} <= set(service), got
    modules = got["modules"]
    assert isinstance(modules, list), got
    assert set(LATE) >= set(modules), got  # (and none is imported by a cold start)
