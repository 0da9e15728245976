"""The view words every due template as the services' English says it (``due_label``
against ``due.english_label``, which the service tests read): a wrong way of wording one
kind of value (``Arg``) fails here, whichever template uses it."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from yjdesk.services.due import TEMPLATES, Arg, DueItem, DueState, english_label
from yjdesk.ui.due_words import due_label

#: A value of each kind, in a template's order: a typed note holding a placeholder of its
#: own, a number, another number.
VALUES = ("Call the school %2", "7", "10")
#: A code list's label (``Arg.WORD``, ``Arg.LOWER_WORD``).
WORD = "Going missing"


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_every_template_is_worded_as_its_english(template: str) -> None:
    kinds = TEMPLATES[template]
    args = tuple(WORD if kind is not Arg.AS_GIVEN else VALUES[i]
                 for i, kind in enumerate(kinds))
    item = DueItem(DueState.DUE_SOON, dt.date(2026, 11, 20), template, "kind", None, args)
    words = due_label(item)
    assert words == english_label(item)
    for kind, value in zip(kinds, args, strict=True):  # each value kept, as its kind says
        assert (value.lower() if kind is Arg.LOWER_WORD else value) in words
    typed = [v for v in args if "%" in v]
    rest = words.replace(typed[0], "") if typed else words
    assert re.search(r"%\d", rest) is None  # every placeholder filled
    assert template.split("%")[0] in words  # the template's own words
