"""The countersign queue's answers grid: a yes/no answer and a code list's label are the
interface's words (translated where shown); a form's own options are its text (data, as
the questions are: a Welsh service adds a Welsh form version), shown as written."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.test_translatable import _marked, _pseudo_locale
from yjdesk.services.assessments import forms
from yjdesk.ui.assessments.queue import _show


def test_the_queue_s_answers_are_translated_where_they_are_the_interface_s_words(
        qtbot: QtBot) -> None:
    form = forms.load(forms.current_version())
    lives = form.question("accommodation_type")
    ete = form.question("ete_status")
    own = form.question("mental_health_intervention")
    assert lives is not None and ete is not None and own is not None
    assert lives.codelist == "accommodation_type" and own.codelist is None
    english = [_show(None, True), _show(None, False), _show(lives, "childrens_home"),
               _show(own, "none")]
    assert english[:2] == ["Yes", "No"]
    assert english[2] == "Children's home" and english[3] == "No intervention"
    with _pseudo_locale():
        assert [_show(None, True), _show(None, False), _show(lives, "childrens_home"),
                _show(own, "none")] == [_marked("Yes"), _marked("No"),
                                        _marked("Children's home"), "No intervention"]
