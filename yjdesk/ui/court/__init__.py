"""Court work in the main window: the "Court list" page and the "Court" tab of a child.

Their modules are imported when the page or tab is first opened (:func:`registry.deferred`),
not while a cold start builds the main window."""

from __future__ import annotations

from yjdesk.models.org import Role
from yjdesk.ui import registry
from yjdesk.ui.i18n import QT_TR_NOOP

registry.register_page(registry.PageSpec(
    key="court_list", title=QT_TR_NOOP("Court list"),
    factory=registry.deferred("yjdesk.ui.court.court_list", "CourtListPage"),
    roles=frozenset({Role.COURT_OFFICER, Role.TEAM_MANAGER, Role.SERVICE_MANAGER}),
    order=35, shortcut="Ctrl+Shift+K"))
registry.register_child_tab(registry.ChildTabSpec(
    key="court", title=QT_TR_NOOP("Court"),
    factory=registry.deferred("yjdesk.ui.court.child_tab", "ChildCourtTab"),
    roles=frozenset({Role.COURT_OFFICER, Role.PRACTITIONER, Role.TEAM_MANAGER,
                     Role.SERVICE_MANAGER}),
    order=70))
