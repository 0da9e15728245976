"""Case work screens (issue 4): child tabs (Contacts, Plan, Reviews, Compliance, Out of
court, End and exit), the "My week" page, the managers' "Safeguarding items" page, and the
caseload action "New contact for the selected child" (Ctrl+Shift+A).

Importing this module registers them (see :mod:`yjdesk.ui.registry`). The tabs', pages' and
contact editor's modules are imported when first opened, not while a cold start builds the
main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from yjdesk.models.org import Role
from yjdesk.ui import registry
from yjdesk.ui.context import AppContext
from yjdesk.ui.i18n import QT_TR_NOOP

if TYPE_CHECKING:
    from yjdesk.ui.casework.contact_editor import ContactEditor

NEW_CONTACT_SHORTCUT = "Ctrl+Shift+A"
MANAGERS = frozenset({Role.TEAM_MANAGER, Role.SERVICE_MANAGER})


def new_contact_for(ctx: AppContext, child_id: str) -> ContactEditor:
    """The caseload action: a new ACORNS record for the selected child."""
    from yjdesk.ui.casework.contact_editor import open_new_contact

    return open_new_contact(ctx, child_id, QApplication.activeWindow())


def bind_caseload_actions(widget: QWidget, ctx: AppContext,
                          selected_child: Callable[[], str | None]) -> list[QAction]:
    """Add every registered caseload action to ``widget`` (shortcut included)."""
    actions: list[QAction] = []
    for spec in registry.CASELOAD_ACTIONS:
        action = QAction(spec.title, widget)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))

        def run(_checked: bool = False, cb: registry.CaseloadCallback = spec.callback) -> None:
            child_id = selected_child()
            if child_id:
                cb(ctx, child_id)

        action.triggered.connect(run)
        widget.addAction(action)
        actions.append(action)
    return actions


def _register() -> None:
    for order, (key, title, module, cls) in enumerate((
            ("casework_contacts", QT_TR_NOOP("Contacts"), "contacts_tab", "ContactsTab"),
            ("casework_plan", QT_TR_NOOP("Plan"), "plan_tab", "PlanTab"),
            ("casework_reviews", QT_TR_NOOP("Reviews"), "reviews_tab", "ReviewsTab"),
            ("casework_compliance", QT_TR_NOOP("Compliance"), "compliance_tab", "ComplianceTab"),
            ("casework_ooc", QT_TR_NOOP("Out of court"), "ooc_tab", "OocTab"),
            ("casework_exit", QT_TR_NOOP("End and exit"), "exit_tab", "ExitTab"))):
        registry.register_child_tab(registry.ChildTabSpec(
            key=key, title=title, factory=registry.deferred(f"yjdesk.ui.casework.{module}", cls),
            order=40 + order))
    registry.register_page(registry.PageSpec(
        key="my_week", title=QT_TR_NOOP("My week"),
        factory=registry.deferred("yjdesk.ui.casework.pages", "MyWeekPage"), order=5,
        shortcut="Ctrl+Shift+W"))
    registry.register_page(registry.PageSpec(
        key="safeguarding", title=QT_TR_NOOP("Safeguarding items"),
        factory=registry.deferred("yjdesk.ui.casework.pages", "SafeguardingPage"),
        roles=MANAGERS, order=30))
    registry.register_caseload_action(registry.CaseloadAction(
        QT_TR_NOOP("New contact for the selected child"), NEW_CONTACT_SHORTCUT, new_contact_for))


_register()

__all__ = ["NEW_CONTACT_SHORTCUT", "bind_caseload_actions", "new_contact_for"]
