"""Oversight and performance screens (issue 7): the "Team dashboard", "Quality audits",
"Performance", "Data quality", "YJB return", "Import" and "Audit log" pages, and the
"Oversight" tab on a child's record (management oversight, supervision and case audits).

Importing this module registers them (see :mod:`yjdesk.ui.registry`).
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from yjdesk.models.org import Role
from yjdesk.ui import registry
from yjdesk.ui.context import AppContext
from yjdesk.ui.i18n import QT_TR_NOOP

MANAGERS = frozenset({Role.TEAM_MANAGER, Role.SERVICE_MANAGER})
PERFORMANCE = frozenset({Role.SERVICE_MANAGER, Role.ADMINISTRATOR, Role.INFORMATION_OFFICER})


def _page(module: str, cls: str) -> registry.PageFactory:
    def make(ctx: AppContext) -> QWidget:
        return getattr(importlib.import_module(f"yjdesk.ui.oversight.{module}"), cls)(ctx)
    return make


def _tab(ctx: AppContext, child_id: str) -> QWidget:
    from yjdesk.ui.oversight.child_tab import OversightTab

    return OversightTab(ctx, child_id)


def _register() -> None:
    for key, title, module, cls, roles, order in (
            ("team_dashboard", QT_TR_NOOP("Team dashboard"), "dashboard_page", "TeamDashboardPage",
             MANAGERS, 20),
            ("quality_audits", QT_TR_NOOP("Quality audits"), "quality_page", "QualityAuditsPage",
             None, 60),
            ("performance", QT_TR_NOOP("Performance"), "performance_page", "PerformancePage",
             PERFORMANCE, 70),
            ("data_quality", QT_TR_NOOP("Data quality"), "data_quality_page", "DataQualityPage",
             MANAGERS | PERFORMANCE, 75),
            ("yjb_return", QT_TR_NOOP("YJB return"), "return_page", "ReturnPage",
             frozenset({Role.INFORMATION_OFFICER, Role.SERVICE_MANAGER, Role.ADMINISTRATOR}),
             76),
            ("import", QT_TR_NOOP("Import"), "import_page", "ImportPage",
             frozenset({Role.INFORMATION_OFFICER, Role.ADMINISTRATOR}), 85),
            ("audit_log", QT_TR_NOOP("Audit log"), "audit_log_page", "AuditLogPage",
             frozenset({Role.ADMINISTRATOR}), 90)):
        registry.register_page(registry.PageSpec(key=key, title=title,
                                                 factory=_page(module, cls), roles=roles,
                                                 order=order))
    registry.register_child_tab(registry.ChildTabSpec(
        key="oversight", title=QT_TR_NOOP("Oversight"), factory=_tab, order=80))


_register()
