"""Assessments: the child's "Assessments" tab and the managers' "Countersign queue" page.

Their modules are imported when the tab or page is first opened (:func:`registry.deferred`),
not while a cold start builds the main window."""

from __future__ import annotations

from yjdesk.models.org import Role
from yjdesk.ui.i18n import QT_TR_NOOP
from yjdesk.ui.registry import (
    ChildTabSpec,
    PageSpec,
    deferred,
    register_child_tab,
    register_page,
)

register_child_tab(
    ChildTabSpec("assessments", QT_TR_NOOP("Assessments"),
                 deferred("yjdesk.ui.assessments.tab", "AssessmentsTab"), order=20)
)
register_page(PageSpec("countersign_queue", QT_TR_NOOP("Countersign queue"),
                       deferred("yjdesk.ui.assessments.queue", "CountersignQueuePage"),
                       roles=frozenset({Role.TEAM_MANAGER, Role.SERVICE_MANAGER}), order=30))
