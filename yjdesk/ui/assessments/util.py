"""Small helpers shared by the assessment screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from yjdesk.models.statuses import StageStatus
from yjdesk.services.humanise import date_text, time_text
from yjdesk.ui.assessments.data import StageView
from yjdesk.ui.i18n import QT_TR_NOOP, tr

#: The kinds of stage (``models.assessment.STAGE_TYPES``), in words.
STAGE_WORDS: dict[str, str] = {"start": QT_TR_NOOP("Start"), "review": QT_TR_NOOP("Review"),
                               "end": QT_TR_NOOP("End"), "transfer_in": QT_TR_NOOP("Transfer in")}


def stage_word(stage_type: str) -> str:
    """A kind of stage in the person's language ("Start", "Transfer in")."""
    words = STAGE_WORDS.get(stage_type)
    return tr(words) if words else stage_type.replace("_", " ").capitalize()


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
                f"{time_text(view.countersigned_at)}. This stage is locked; start a "
                f"review to record new information.")
    if view.status == StageStatus.SUBMITTED:
        due = (f" (due {date_text(view.countersign_due_on)})" if view.countersign_due_on
               else "")
        return f"Submitted: waiting for a manager's countersign{due}."
    if view.last_return_comment:
        return f"Returned by the manager: {view.last_return_comment}"
    return f"Draft - due {date_text(view.due_on)}."
