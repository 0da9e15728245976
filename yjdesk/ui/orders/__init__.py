"""Court orders in the child record (issue 13): the "Court orders" tab with the referral
order (panels, contract, extension, referral back), and, for case workers, custody and
resettlement, requirement delivery, the enforcement ledger and the transition to probation.

Importing this module registers the tab (see :mod:`yjdesk.ui.registry`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from yjdesk.ui import registry
from yjdesk.ui.context import AppContext
from yjdesk.ui.i18n import QT_TR_NOOP


def _make(ctx: AppContext, child_id: str) -> QWidget:
    from yjdesk.ui.orders.tab import CourtOrdersTab

    return CourtOrdersTab(ctx, child_id)


registry.register_child_tab(registry.ChildTabSpec(
    key="court_orders", title=QT_TR_NOOP("Court orders"), factory=_make, order=35))
