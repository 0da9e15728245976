"""yjdesk's small design system: use these on every page (see docs/dev-guide.md).

Tokens (spacing, type scale, status tones), the theme (platform palette, dark and high
contrast), status icons, and the building blocks: page header, primary and secondary
buttons, status labels with icon and words, empty states, read-only fields.
"""

from __future__ import annotations

from yjdesk.ui.design.icons import status_icon, status_pixmap
from yjdesk.ui.design.theme import APPEARANCE_LABELS, APPEARANCES, apply_theme
from yjdesk.ui.design.tokens import (
    BLOCK_GAP,
    PAGE_MARGIN,
    XL,
    XS,
    L,
    M,
    S,
    Tone,
    Type,
    is_dark,
    muted,
    tone_colour,
)
from yjdesk.ui.design.widgets import (
    EmptyStack,
    EmptyState,
    PageHeader,
    StatusLabel,
    banner_label,
    bold,
    button_row,
    fit_to_screen,
    page_layout,
    primary_button,
    repolish,
    secondary_button,
    set_read_only,
    shows_form_text,
    styled_label,
)

__all__ = [
    "APPEARANCES",
    "APPEARANCE_LABELS",
    "BLOCK_GAP",
    "PAGE_MARGIN",
    "XL",
    "XS",
    "EmptyStack",
    "EmptyState",
    "L",
    "M",
    "PageHeader",
    "S",
    "StatusLabel",
    "Tone",
    "Type",
    "apply_theme",
    "banner_label",
    "bold",
    "button_row",
    "fit_to_screen",
    "is_dark",
    "muted",
    "page_layout",
    "primary_button",
    "repolish",
    "secondary_button",
    "set_read_only",
    "shows_form_text",
    "status_icon",
    "status_pixmap",
    "styled_label",
    "tone_colour",
]
