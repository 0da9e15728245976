"""Small helpers shared by the assessment screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from yjdesk.models.statuses import StageStatus
from yjdesk.ui.assessments.data import StageView

BANNER = "padding: 8px; border-radius: 4px; background: {bg}; color: #1b2a3a;"


def alive(widget: QWidget, fn: Callable[..., Any]) -> Callable[..., None]:
    """A callback that does nothing once ``widget`` has been deleted (a background result
    can arrive after its screen was closed)."""

    def call(*args: Any) -> None:
        if isValid(widget):
            fn(*args)

    return call


def describe_status(view: StageView) -> str:
    if view.status == StageStatus.COUNTERSIGNED and view.countersigned_at:
        return (f"Countersigned by {view.countersigned_by} on "
                f"{view.countersigned_at:%d/%m/%Y %H:%M} UTC. This stage is locked; start a "
                f"review to record new information.\nSHA-256 {view.content_hash}")
    if view.status == StageStatus.SUBMITTED:
        due = f" (due {view.countersign_due_on:%d/%m/%Y})" if view.countersign_due_on else ""
        return f"Submitted: waiting for a manager's countersign{due}."
    if view.last_return_comment:
        return f"Returned by the manager: {view.last_return_comment}"
    return f"Draft - due {view.due_on:%d/%m/%Y}."
