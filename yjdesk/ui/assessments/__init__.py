"""Assessments: the child's "Assessments" tab and the managers' "Countersign queue" page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from yjdesk.models.org import Role
from yjdesk.ui.assessments.queue import CountersignQueuePage
from yjdesk.ui.assessments.tab import AssessmentsTab
from yjdesk.ui.context import AppContext
from yjdesk.ui.i18n import QT_TR_NOOP
from yjdesk.ui.registry import ChildTabSpec, PageSpec, register_child_tab, register_page


def assessments_tab(ctx: AppContext, child_id: str) -> QWidget:
    return AssessmentsTab(ctx, child_id)


def countersign_queue_page(ctx: AppContext) -> QWidget:
    return CountersignQueuePage(ctx)


register_child_tab(
    ChildTabSpec("assessments", QT_TR_NOOP("Assessments"), assessments_tab, order=20)
)
register_page(PageSpec("countersign_queue", QT_TR_NOOP("Countersign queue"), countersign_queue_page,
                       roles=frozenset({Role.TEAM_MANAGER, Role.SERVICE_MANAGER}), order=30))
