"""The tour: every page, child-record tab and dialog of the app, opened one at a time.

The fit test (small laptops), the accessible-name walk, the pseudo-locale test and
``scripts/screenshots`` all take the same tour, so a new page or dialog is checked by all of
them once it is listed here (the tour test fails on a registered page or tab it does not
visit). It runs on a synthetic demo store (``yjdesk.demo.generator``, "tiny" scale).

This is a developer tool: it reads the few ids it needs on the UI thread, which the app
itself never does.

The package: :mod:`.core` (the store, the users, :class:`Tour`), :mod:`.stops` (every page,
tab and dialog, and :func:`walk`), :mod:`.fit` (fits a small laptop, looks finished),
:mod:`.a11y` (names and Tab order), :mod:`.pseudo` (hard-coded text), ``__main__`` (the
command line ``scripts/screenshots`` and the tests run).
"""

from __future__ import annotations

from yjdesk.ui.tour.a11y import INTERACTIVE, accessibility_problems, accessible_name
from yjdesk.ui.tour.core import (
    PAGE_ROLES,
    PASSWORD,
    ROLE_USERS,
    Stop,
    Tour,
    demo_store,
    wait_until,
)
from yjdesk.ui.tour.fit import (
    CHROME_HEIGHT,
    MARK_CLOSE,
    MARK_OPEN,
    MIN_CONTRAST,
    contrast,
    contrast_problems,
    fit_problems,
    look_problems,
    place,
    usable,
)
from yjdesk.ui.tour.pseudo import PseudoTranslator, hard_coded, listed_sources
from yjdesk.ui.tour.stops import screen_size, stops, walk

__all__ = [
    "CHROME_HEIGHT", "INTERACTIVE", "MARK_CLOSE", "MARK_OPEN", "MIN_CONTRAST", "PAGE_ROLES",
    "PASSWORD", "ROLE_USERS", "PseudoTranslator", "Stop", "Tour", "accessibility_problems",
    "accessible_name", "contrast", "contrast_problems", "demo_store", "fit_problems",
    "hard_coded", "listed_sources", "look_problems", "place", "screen_size", "stops",
    "usable", "wait_until", "walk",
]
