"""Import the desktop app's Qt-free layers before Qt.

Once PySide6 is imported, its ``__feature__`` import hook inspects every module imported
after it (it reads each module's source to see whether it uses PySide), which makes
importing SQLAlchemy, the models, the sync client and the due-work calendar two to three
times slower. The app's entry point therefore imports them first (``bench/bench_caseload.py``
measures the same start-up). Alembic is not among them: a store already at the newest
schema is checked without it (``yjdesk.store.schema``), only an upgrade imports it.

Nor is the sync client (httpx, which imports rich and pygments for its command line), the
sync engine or the revoked-laptop wipe: none is needed to show the caseload, so each is
imported when first used (a sync runs off the UI thread after the window is up);
``tests/unit/test_startup_imports.py`` keeps them off the start-up path. Nor is the
bank-holiday calendar (the ``holidays`` library): the caseload's rows count no working days,
so it is loaded by the first count, on the database worker as the due items follow the rows
(in the import hook's time, but after the rows are on screen).

Nor are the caseload's own service module and the case-work and supervision due rules: the
caseload's module is imported with the main window's, while the key derives (scrypt
releases the interpreter lock: ``yjdesk.ui.signin.import_window_modules``), where the
interpreter has time to spare, rather than before Qt, where every module adds to the wait;
the two rules are imported by the first due item worked out from them (a cold start reads
the stored due facts: ``yjdesk.services.due_store``), after the rows are on screen.
"""

from __future__ import annotations

import gc
import importlib

#: Modules the app needs before the password is checked (the sign-in dialog's, with their
#: imports), and the due items' that the laptop's session hooks import anyway.
MODULES = (
    "sqlalchemy.orm",
    "yjdesk.models",
    "yjdesk.store",
    "yjdesk.store.schema",
    "yjdesk.services.due",
    "yjdesk.services.assessments.timeliness",
    "yjdesk.services.policy",
    "yjdesk.services.humanise",
    "yjdesk.services.validation",
    "yjdesk.sync.accounts",
)


def preload() -> None:
    """Import :data:`MODULES` (call before importing Qt).

    The cyclic garbage collector is paused meanwhile: importing makes objects that live as
    long as the program (classes, tables, mappers), and the collections their allocations
    set off -- a tenth of the imports' CPU on a cold start -- free almost nothing (a few
    hundred objects). They are then frozen (``gc.freeze``), so later collections, which
    the app runs on the UI thread between events (``yjdesk.ui.collector``), skip them.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        for name in MODULES:
            importlib.import_module(name)
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
