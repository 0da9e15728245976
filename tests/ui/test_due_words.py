"""The view words every due template as the services' English says it (``due_label``
against ``due.english_label``, which the service tests read): a wrong way of wording one
kind of value (``Arg``) fails here, whichever template uses it."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from yjdesk.services.due import COUNTED, TEMPLATES, Arg, DueItem, DueState, english_label
from yjdesk.ui.due_words import due_label

#: A value of each kind, in a template's order: a typed note holding a placeholder of its
#: own, a number, another number (a count, ``Arg.COUNT``: more than one).
VALUES = ("Call the school %2", "7", "10")
#: A code list's label (``Arg.WORD``, ``Arg.LOWER_WORD``).
WORD = "Going missing"


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_every_template_is_worded_as_its_english(template: str) -> None:
    kinds = TEMPLATES[template]
    args = tuple(WORD if kind in (Arg.WORD, Arg.LOWER_WORD) else VALUES[i]
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


@pytest.mark.parametrize("template", sorted(COUNTED))
@pytest.mark.parametrize("total", [1, 2, 10, 1000])
def test_a_count_of_one_says_one_hour_or_day(template: str, total: int) -> None:
    """The unit agrees with the total (the template's ``%n``): "1 of 1 hour", "1 of 2
    hours"; the view and the English agree."""
    kinds = TEMPLATES[template]
    assert kinds.count(Arg.COUNT) == 1 and "%n" in template and "%n" in COUNTED[template]
    args = tuple(str(total) if kind is Arg.COUNT else WORD if kind is Arg.WORD else "1"
                 for kind in kinds)
    item = DueItem(DueState.DUE_SOON, dt.date(2026, 11, 20), template, "order_work", None,
                   args)
    words = due_label(item)
    assert words == english_label(item)
    unit = "hour" if "hours" in template else "day"
    assert words == (f"{WORD}: 1 of 1 {unit} still to do" if total == 1
                     else f"{WORD}: 1 of {total:,} {unit}s still to do")


def test_a_count_is_worded_in_each_of_the_language_s_plural_forms(qtbot) -> None:
    """A translator words a counted template in every plural form of the language (Welsh
    has a form for 2 of its own): the view picks the form for the total, translates the
    requirement's label on its own and fills in what is left."""
    from PySide6.QtCore import QCoreApplication

    from tests.ui.test_translatable import _WordsAndPlurals

    template = "%1: %2 of %n hours still to do"
    app = QCoreApplication.instance()
    assert app is not None
    translator = _WordsAndPlurals(
        {"Reparation": "Gwneud iawn", template: "%1: %2 o %n awr ar ôl",
         COUNTED[template]: "%1: %2 o %n awr ar ôl"},
        {template: {1: "%1: %2 o %n awr (un) ar ôl", 2: "%1: %2 o %n awr (dwy) ar ôl",
                    -1: "%1: %2 o %n awr ar ôl"}})
    app.installTranslator(translator)
    try:
        def said(left: int, total: int) -> str:
            return due_label(DueItem(DueState.DUE_SOON, dt.date(2026, 11, 20), template,
                                     "order_work", None, ("Reparation", str(left),
                                                          str(total))))
        assert [said(1, 1), said(1, 2), said(6, 10)] == [
            "Gwneud iawn: 1 o 1 awr (un) ar ôl", "Gwneud iawn: 1 o 2 awr (dwy) ar ôl",
            "Gwneud iawn: 6 o 10 awr ar ôl"]
    finally:
        app.removeTranslator(translator)
