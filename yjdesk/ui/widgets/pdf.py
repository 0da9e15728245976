"""Saving a document as a PDF, the one way every screen does it: where to (unless the caller
says), then the document's data gathered on the database worker and the PDF written on the
file worker, never on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QFileDialog, QWidget

from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.i18n import tr
from yjdesk.ui.tasks import Failure, TaskRunner

T = TypeVar("T")


def save_pdf(parent: QWidget, tasks: TaskRunner, gather: Callable[[UnitOfWork], T],
             render: Callable[[T, str], object], done: Callable[[Path], None], *,
             path: str | None = None, title: str = "", file_name: str = "document.pdf",
             failed: Failure | None = None) -> Path | None:
    """Write ``render(gather(uow), path)`` and call ``done(path)``; ``None`` if the person
    chose no file. ``path`` given: no file dialog (tests, a chosen path)."""
    if path is None:
        path, _filter = QFileDialog.getSaveFileName(parent, title, file_name, tr("PDF (*.pdf)"))
        if not path:
            return None
    target = Path(path)

    def gathered(data: T) -> None:
        tasks.run_io(lambda: render(data, str(target)), lambda _written: done(target), failed)

    tasks.run_db(gather, gathered, failed)
    return target
