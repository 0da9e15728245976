"""``fill``: the placeholders of a translated text, filled in one pass."""

from __future__ import annotations

from yjdesk.ui.i18n import fill


def test_placeholders_are_filled_wherever_the_translation_puts_them() -> None:
    assert fill("%1 for %2, %3", "Report", "Preston", "29/08/2026") == \
        "Report for Preston, 29/08/2026"
    assert fill("%2 - %1", "a", "b") == "b - a"
    assert fill("%1 and %1", "x") == "x and x"
    assert fill("%1%2", 5, "%") == "5%"
    assert fill(", ".join(f"%{i}" for i in range(1, 12)), *range(1, 12)) == \
        ", ".join(str(i) for i in range(1, 12))  # %10 and %11, not %1 then "0"


def test_a_placeholder_inside_a_filled_in_value_stays_as_typed() -> None:
    # a note typed by a person may hold "%1" or "%2": it is shown as typed
    assert fill("%1: %2", "Jay", "reduced by 50%1 in %2 weeks") == \
        "Jay: reduced by 50%1 in %2 weeks"
    assert fill("%1 wrote “%2”", "Pat %2", "fine") == "Pat %2 wrote “fine”"
    # a placeholder the call gives no value for is left for the reader to see
    assert fill("%1 of %3", "a", "b") == "a of %3"
