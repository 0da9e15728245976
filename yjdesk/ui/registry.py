"""Where feature areas plug into the main window.

A feature module (``yjdesk/ui/<feature>/__init__.py``) calls :func:`register_page` for a
page in the left-hand navigation (a queue, a list, a dashboard) and
:func:`register_child_tab` for a tab on a child's record. :data:`FEATURE_MODULES` lists
the modules the main window imports; each registers itself when imported.
"""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtWidgets import QWidget

from yjdesk.models.org import Role
from yjdesk.ui.context import AppContext

PageFactory = Callable[[AppContext], QWidget]
ChildTabFactory = Callable[[AppContext, str], QWidget]


def deferred(module: str, name: str) -> Callable[..., QWidget]:
    """A page's or tab's factory that imports ``module`` when first called and makes its
    ``name``: the page's module (and what it imports) is loaded when the page or tab is
    first opened, not while the main window is built on a cold start."""

    def make(*args: object) -> QWidget:
        widget: QWidget = getattr(importlib.import_module(module), name)(*args)
        return widget

    make.__qualname__ = f"deferred({module}.{name})"
    return make


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    factory: PageFactory
    #: Roles that see the page (None = everyone).
    roles: frozenset[Role] | None = None
    #: Position in the navigation (lower first; the caseload is 0).
    order: int = 100
    #: Keyboard shortcut to open it, e.g. "Ctrl+3".
    shortcut: str | None = None


@dataclass(frozen=True)
class ChildTabSpec:
    key: str
    title: str
    factory: ChildTabFactory
    roles: frozenset[Role] | None = None
    order: int = 100


CaseloadCallback = Callable[[AppContext, str], object]


class CaseloadAction(NamedTuple):
    """An action on the child selected in the caseload, e.g. "New contact" (Ctrl+Shift+A).

    The caseload (or main window) makes a QAction per entry with ``shortcut`` and calls
    ``callback(ctx, child_id)`` for the selected child.
    """

    title: str
    shortcut: str | None
    callback: CaseloadCallback


PAGES: dict[str, PageSpec] = {}
CHILD_TABS: dict[str, ChildTabSpec] = {}
CASELOAD_ACTIONS: list[CaseloadAction] = []

FEATURE_MODULES = (
    "yjdesk.ui.assessments",
    "yjdesk.ui.casework",
    "yjdesk.ui.court",
    "yjdesk.ui.oversight",
    "yjdesk.ui.orders",
    "yjdesk.ui.sync_ui",
    "yjdesk.ui.victims",
    "yjdesk.ui.pathways",
)


def register_page(spec: PageSpec) -> None:
    PAGES[spec.key] = spec


def register_child_tab(spec: ChildTabSpec) -> None:
    CHILD_TABS[spec.key] = spec


def register_caseload_action(action: CaseloadAction) -> None:
    if all(a.title != action.title for a in CASELOAD_ACTIONS):
        CASELOAD_ACTIONS.append(action)


def load_features() -> None:
    """Import the feature modules (each registers its pages and tabs).

    What the first call imports (the pages' modules, and Qt's and the app's before them)
    lives as long as the program, so it is frozen out of the garbage collector's way
    (``gc.freeze``), as :func:`yjdesk.preload.preload` does for the layers below Qt:
    otherwise the UI thread's next collection (:mod:`yjdesk.ui.collector`) walks all of it
    -- on a cold start while the caseload's rows are being made, for nothing freed."""
    before = len(sys.modules)
    for name in FEATURE_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    if len(sys.modules) != before:
        gc.freeze()


def pages_for(role: Role) -> list[PageSpec]:
    return sorted((p for p in PAGES.values() if p.roles is None or role in p.roles),
                  key=lambda p: (p.order, p.title))


def child_tabs_for(role: Role) -> list[ChildTabSpec]:
    return sorted((t for t in CHILD_TABS.values() if t.roles is None or role in t.roles),
                  key=lambda t: (t.order, t.title))
