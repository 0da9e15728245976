"""The "Import" page, for administrators and information officers: bring the service's
history across from the system being replaced (``docs/import-bundle.md``).

"Choose bundle..." picks the folder the old system wrote; "Check" sends it to the sync
service for a dry run and lists, per file, what would be created, updated, left unchanged
or refused, and every refused row with its file, line and reason; "Import" (only once a
check found nothing refused) imports all of it or nothing and says what came in. The work
(packing the folder, the request) runs off the UI thread with a progress bar that follows
the service: rows checked, then records written out of the total.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressBar, QWidget

from yjdesk.errors import KnownError
from yjdesk.services.imports.bundle import FILES
from yjdesk.sync.accounts import client_for
from yjdesk.sync.client import SyncClient
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import (
    PageHeader,
    Type,
    page_layout,
    primary_button,
    secondary_button,
    styled_label,
)
from yjdesk.ui.i18n import QT_TR_NOOP, counted, fill, tr
from yjdesk.ui.messages import error_text
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.widgets.lifetime import alive
from yjdesk.ui.widgets.tables import RowsView

#: One file's counts: ``("children", {"create": 40, ...})`` as the service answers.
FileCounts = tuple[str, dict[str, int]]


def _count(kind: str, title: str) -> Column[FileCounts]:
    return Column(title, lambda r: f"{r[1].get(kind, 0):,}", sort=lambda r: r[1].get(kind, 0))


COUNT_COLUMNS: tuple[Column[FileCounts], ...] = (
    Column(QT_TR_NOOP("File"), lambda r: f"{r[0]}.csv"),
    _count("create", QT_TR_NOOP("Create")), _count("update", QT_TR_NOOP("Update")),
    _count("unchanged", QT_TR_NOOP("Unchanged")), _count("refuse", QT_TR_NOOP("Refused")),
)
#: A refused row as the service answers: file, line, old id, why.
REFUSED_COLUMNS: tuple[Column[dict[str, Any]], ...] = (
    Column(QT_TR_NOOP("File"), lambda r: str(r["file"])),
    Column(QT_TR_NOOP("Line"), lambda r: str(r["line"]), sort=lambda r: int(r["line"])),
    Column(QT_TR_NOOP("Old id"), lambda r: str(r["id"])),
    Column(QT_TR_NOOP("Why"), lambda r: str(r["reason"]), stretch=True),
)

#: The files of a bundle the page sends (anything else in the folder stays behind).
BUNDLE_FILES = ("bundle.json", "mapping.json", "identifiers.csv")


def pack(folder: Path, step: Callable[[str, int, int], None]) -> bytes:
    """The bundle's files in ``folder`` as a zip (``bundle.json``, ``mapping.json`` and
    every CSV file of the format)."""
    names = [*BUNDLE_FILES, *(f.file_name for f in FILES)]
    present = [n for n in names if (folder / n).is_file()]
    if "bundle.json" not in present:
        raise KnownError(fill(tr("%1 has no bundle.json: choose the folder the old "
                                 "system's export wrote."), str(folder)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i, name in enumerate(present, start=1):
            z.write(folder / name, name)
            step(fill(tr("Packing %1"), name), i, len(present) + 1)
    return out.getvalue()


class _Progress(QObject):
    """Steps reported from the worker thread (queued to the UI thread by Qt)."""

    step = Signal(str, int, int)


class ImportPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: Makes the signed-in client of the sync service (tests give their own).
        self.client_factory: Callable[[], SyncClient] = lambda: client_for(ctx.store)
        self.folder: Path | None = None
        self.result: dict[str, Any] | None = None
        layout = page_layout(self)
        self.header = PageHeader(tr("Import"), tr("Bring the service's history across from "
                                                  "the system being replaced."))
        self.header.add_action(secondary_button(tr("Choose &bundle..."), self.choose,
                                                name="chooseBundle"))
        self.check_button = secondary_button(tr("&Check"), self.check, name="checkImport")
        self.import_button = primary_button(tr("&Import..."), self.ask_import,
                                            name="applyImport")
        self.header.add_action(self.check_button)
        self.header.add_action(self.import_button)
        layout.addWidget(self.header)
        self.status = QLabel(tr("Choose the folder the old system's export wrote "
                                "(bundle.json and its CSV files), then check it: nothing is "
                                "imported until every row is accepted."))
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(tr("Import progress"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self._steps = _Progress(self)
        self._steps.step.connect(self._step)
        layout.addWidget(styled_label(tr("Files"), Type.HEADING))
        self.counts = RowsView(COUNT_COLUMNS, "importCounts", tr("Files"),
                               key=lambda r: r[0])
        layout.addWidget(self.counts, 2)
        layout.addWidget(styled_label(tr("Refused rows"), Type.HEADING))
        self.refused = RowsView(REFUSED_COLUMNS, "importRefused", tr("Refused rows"),
                                key=lambda r: (r["file"], r["line"]))
        layout.addWidget(self.refused, 3)
        self._enable()

    def _enable(self, busy: bool = False) -> None:
        self.check_button.setEnabled(self.folder is not None and not busy)
        ok = bool(self.result and self.result.get("ok") and not self.result.get("applied"))
        self.import_button.setEnabled(ok and not busy)

    # --- choosing and checking ------------------------------------------------------------

    def choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Choose the import bundle's folder"))
        if path:
            self.set_folder(Path(path))

    def set_folder(self, folder: Path) -> None:
        self.folder, self.result = folder, None
        self.counts.set_rows([])
        self.refused.set_rows([])
        self.status.setText(fill(tr("%1: check it to see what would be imported."),
                                 str(folder)))
        self._enable()

    def check(self) -> None:
        self._send(apply=False)

    def ask_import(self) -> None:
        if not self.result:
            return
        created = sum(c.get("create", 0) for e, c in self.result["counts"].items()
                      if e != "identifiers")
        question = fill(counted(
            created, tr("Import %n new record from %1?\n\nEverything is imported or "
                        "nothing. Laptops receive the records on their next sync."),
            tr("Import %n new records from %1?\n\nEverything is imported or nothing. "
               "Laptops receive the records on their next sync.")), self.result["source"])
        box = QMessageBox(QMessageBox.Icon.Question, tr("Import the bundle"), question,
                          parent=self)
        go = box.addButton(tr("Import"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is go:
            self.apply()

    def apply(self) -> None:
        self._send(apply=True)

    def _send(self, *, apply: bool) -> None:
        folder = self.folder
        if folder is None:
            return
        step = self._steps.step.emit
        factory = self.client_factory

        def heard(what: str, done: int, total: int) -> None:
            if total:
                step(fill(tr("Writing %1: %2 of %3 records"), what, f"{done:,}",
                          f"{total:,}"), done, total)
            else:
                step(fill(tr("Checking %1: %2 rows"), what, f"{done:,}"), 0, 0)

        def work() -> dict[str, Any]:
            data = pack(folder, step)
            step(tr("Sending the bundle..."), 0, 0)
            with factory() as client:
                return client.import_bundle(data, apply=apply, progress=heard)

        self.progress.setVisible(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(tr("Importing...") if apply else tr("Checking..."))
        self._enable(busy=True)
        self.ctx.tasks.run_io(work, self._answered, self._failed)

    def _step(self, what: str, done: int, total: int) -> None:
        if not alive(self):
            return
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)  # busy: the service is working
        self.progress.setFormat(what)
        self.status.setText(what)

    def _answered(self, result: dict[str, Any]) -> None:
        if not alive(self):
            return
        self.result = result
        self.progress.setVisible(False)
        self.counts.set_rows(list(result["counts"].items()))
        self.refused.set_rows(result["refused"])
        total = result["refused_total"]
        if result["applied"]:
            text = fill(tr("Imported from %1 (run %2): laptops receive the records on their "
                           "next sync. Checking the same bundle again now finds every row "
                           "unchanged."), result["source"], result["run_id"][:8])
        elif result["ok"]:
            text = fill(tr("Checked %1: every row can be imported. Nothing has been "
                           "imported yet."), result["source"])
        else:
            shown = len(result["refused"])
            text = counted(total, tr("%n row refused: nothing can be imported until it is "
                                     "corrected in the old system's export."),
                           tr("%n rows refused: nothing can be imported until they are "
                              "corrected in the old system's export."))
            if shown < total:
                text = fill(tr("%1 The first %2 are listed."), text, f"{shown:,}")
        self.status.setText(text)
        self.header.set_summary(counted(total, tr("%n refused"), tr("%n refused"))
                                if total else "")
        self._enable()

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            self.progress.setVisible(False)
            self.status.setText(fill(tr("Could not do that: %1"), error_text(exc)))
            self._enable()
