"""Pathways: the tab on a child's record (:mod:`yjdesk.ui.pathways.tab`), imported when the
tab is first opened (:func:`registry.deferred`), not while a cold start builds the main
window."""

from __future__ import annotations

from yjdesk.ui import registry
from yjdesk.ui.i18n import QT_TR_NOOP

registry.register_child_tab(registry.ChildTabSpec(
    key="pathways", title=QT_TR_NOOP("Pathways"),
    factory=registry.deferred("yjdesk.ui.pathways.tab", "PathwaysTab"), order=48))
