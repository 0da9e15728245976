"""Court work in the main window: the "Court list" page and the "Court" tab of a child."""

from __future__ import annotations

from yjdesk.models.org import Role
from yjdesk.ui import registry
from yjdesk.ui.court.child_tab import ChildCourtTab
from yjdesk.ui.court.court_list import CourtListPage
from yjdesk.ui.i18n import QT_TR_NOOP

registry.register_page(registry.PageSpec(
    key="court_list", title=QT_TR_NOOP("Court list"), factory=CourtListPage,
    roles=frozenset({Role.COURT_OFFICER, Role.TEAM_MANAGER, Role.SERVICE_MANAGER}),
    order=35, shortcut="Ctrl+Shift+K"))
registry.register_child_tab(registry.ChildTabSpec(
    key="court", title=QT_TR_NOOP("Court"), factory=ChildCourtTab,
    roles=frozenset({Role.COURT_OFFICER, Role.PRACTITIONER, Role.TEAM_MANAGER,
                     Role.SERVICE_MANAGER}),
    order=70))

__all__ = ["ChildCourtTab", "CourtListPage"]
