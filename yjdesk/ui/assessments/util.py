"""Small helpers shared by the assessment screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from yjdesk.models.statuses import StageStatus
from yjdesk.services.humanise import date_text, time_text
from yjdesk.ui.assessments.data import StageView
from yjdesk.ui.i18n import QT_TR_NOOP, fill, tr, tr_or

#: The kinds of stage (``models.assessment.STAGE_TYPES``), in words.
STAGE_WORDS: dict[str, str] = {"start": QT_TR_NOOP("Start"), "review": QT_TR_NOOP("Review"),
                               "end": QT_TR_NOOP("End"), "transfer_in": QT_TR_NOOP("Transfer in")}


def stage_word(stage_type: str) -> str:
    """A kind of stage in the person's language ("Start", "Transfer in")."""
    return tr_or(STAGE_WORDS.get(stage_type), stage_type.replace("_", " ").capitalize())


def alive(widget: QWidget, fn: Callable[..., Any]) -> Callable[..., None]:
    """A callback that does nothing once ``widget`` has been deleted (a background result
    can arrive after its screen was closed)."""

    def call(*args: Any) -> None:
        if isValid(widget):
            fn(*args)

    return call


def describe_status(view: StageView) -> str:
    if view.status == StageStatus.COUNTERSIGNED and view.countersigned_at:
        return fill(tr("Countersigned by %1 on %2. This stage is locked; start a review to "
                       "record new information."), view.countersigned_by,
                    time_text(view.countersigned_at))
    if view.status == StageStatus.SUBMITTED:
        if view.countersign_due_on:
            return fill(tr("Submitted: waiting for a manager's countersign (due %1)."),
                        date_text(view.countersign_due_on))
        return tr("Submitted: waiting for a manager's countersign.")
    if view.last_return_comment:
        return fill(tr("Returned by the manager: %1"), view.last_return_comment)
    return fill(tr("Draft - due %1."), date_text(view.due_on))
