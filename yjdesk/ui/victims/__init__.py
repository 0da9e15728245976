"""The Victims tab on a child's record (issue 14).

Victim and RJ workers and managers see and work the victims' records; everyone else on the
case sees only what planning needs: the safety summary of each victim.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from yjdesk.ui import registry
from yjdesk.ui.context import AppContext
from yjdesk.ui.i18n import QT_TR_NOOP


def _tab(ctx: AppContext, child_id: str) -> QWidget:
    from yjdesk.ui.victims.tab import VictimsTab

    return VictimsTab(ctx, child_id)


registry.register_child_tab(registry.ChildTabSpec(
    key="victims", title=QT_TR_NOOP("Victims"), factory=_tab, order=47))
