"""The shared form pieces: field errors, date and number entry, code combos, FormDialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget

from tests.ui.conftest import wait_idle
from yjdesk.errors import BugError, ValidationError
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.error_dialog import ErrorDialog, describe, show_error
from yjdesk.ui.widgets.form_dialog import FormDialog
from yjdesk.ui.widgets.forms import ChoiceCombo, CodeCombo, DateField, FormLayout, IntField


def test_date_field_reads_uk_dates_and_explains_nonsense(qtbot) -> None:
    field = DateField("Date of birth")
    qtbot.addWidget(field)
    field.setText("17/05/2010")
    assert field.date() == dt.date(2010, 5, 17)
    assert field.error() is None
    field.setText("31/02/2010")
    assert field.date() is None
    assert "Date of birth must be a real date" in (field.error() or "")
    field.set_date(None)
    assert field.date() is None
    assert field.error() is None
    field.set_date(dt.date(2001, 1, 2))
    assert field.text() == "02/01/2001"


def test_int_field_and_combos(qtbot) -> None:
    hours = IntField("Hours", 0, 60)
    qtbot.addWidget(hours)
    hours.set_value(25)
    assert hours.value() == 25
    assert hours.error() is None
    combo = CodeCombo("gender")
    qtbot.addWidget(combo)
    assert combo.code() is None
    combo.set_code("female")
    assert combo.code() == "female"
    choice = ChoiceCombo([(True, "Yes"), (False, "No")], allow_empty=True, empty_text="Not known")
    qtbot.addWidget(choice)
    assert choice.value() is None
    choice.set_value(False)
    assert choice.value() is False


def test_form_layout_puts_messages_under_fields_and_keeps_text(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    form = FormLayout(host)
    name = QLineEdit()
    form.add_field("name", "Name", name)
    reqs = QLineEdit()
    form.add_field("requirements", "Requirements", reqs)
    dob = DateField("Date of birth")
    form.add_field("date_of_birth", "Date of birth", dob)
    name.setText("typed text")
    dob.setText("99/99/2010")
    assert set(form.input_errors()) == {"date_of_birth"}
    form.set_errors({"name": "Name is required.", "requirements[1]": "Unknown requirement.",
                     "": "Something about the whole form."})
    host.show()
    assert form.field("name").error_label.isVisible()
    assert form.field("name").error == "Name is required."
    assert form.errors() == {"name": "Name is required.",
                             "requirements": "Unknown requirement.",
                             "": "Something about the whole form."}
    assert name.text() == "typed text"
    form.clear_errors()
    assert form.errors() == {}
    assert not form.field("name").error_label.isVisible()


class _NameDialog(FormDialog):
    def __init__(self, ctx, fail_with: BaseException | None = None) -> None:
        super().__init__(ctx, "Test")
        self.name = QLineEdit()
        self.form.add_field("name", "Name", self.name)
        self.fail_with = fail_with

    def job(self):
        name = self.name.text()
        fail = self.fail_with

        def work(uow: UnitOfWork) -> str:
            if fail is not None:
                raise fail
            if not name:
                raise ValidationError({"name": "Name is required."})
            return name.upper()
        return work


def test_form_dialog_keeps_open_on_validation_error_then_saves(qtbot, ctx) -> None:
    dialog = _NameDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    wait_idle(qtbot, ctx)
    assert dialog.isVisible()
    assert dialog.form.errors() == {"name": "Name is required."}
    dialog.name.setText("abc")
    with qtbot.waitSignal(dialog.saved) as blocker:
        dialog.submit()
    assert blocker.args == ["ABC"]
    assert not dialog.isVisible()


def test_error_dialog_known_vs_bug(qtbot, tmp_path) -> None:
    from yjdesk.errors import DiskFull
    from yjdesk.ui import error_dialog

    title, text, _detail = describe(DiskFull("There is no space left on the disk."))
    assert title == "The disk is full"
    assert "no space" in text
    error_dialog.set_crash_log(tmp_path / "crash.log")
    try:
        box = show_error(None, BugError("internal detail"))
        qtbot.addWidget(box)
        assert isinstance(box, ErrorDialog)
        assert "Sorry" in box.message
        assert str(tmp_path / "crash.log") in box.message
        assert "Traceback" not in box.message
        assert "BugError" in (tmp_path / "crash.log").read_text()
        box.close()
    finally:
        error_dialog.set_crash_log(None)


def test_error_dialog_never_shows_a_field_name(qtbot) -> None:
    """Issue 12: "error messages never show internal field names" ("date: The date ...")."""
    box = ErrorDialog(None, ValidationError({"date": "The date cannot be in the future.",
                                             "offence_ids": "Choose at least one offence."}))
    qtbot.addWidget(box)
    assert "The date cannot be in the future.<br>Choose at least one offence." in box.message
    assert "date:" not in box.message and "offence_ids" not in box.message


def test_a_date_or_number_field_says_what_is_wrong_in_the_person_s_language(qtbot) -> None:
    """The message under a date or number typed wrong is the UI's own, through the
    translation, naming the field by the words its caller translated; in English as the
    service's validation words it."""
    from tests.ui.test_translatable import _marked, _pseudo_locale
    from yjdesk.services.validation import parse_date
    from yjdesk.ui.i18n import tr

    def errors() -> tuple[str | None, str | None, str]:
        when, hours = DateField(tr("Consent date")), IntField(tr("Hours"), 0, 60)
        qtbot.addWidget(when)
        qtbot.addWidget(hours)
        when.setText("31/02/2010")
        hours.setText("75")
        return when.error(), hours.error(), DateField().label

    try:
        parse_date("31/02/2010", "date", "Consent date")
    except ValidationError as exc:
        service = exc.errors["date"]
    assert errors() == (service, "Hours must be a whole number from 0 to 60.", "Date")
    with _pseudo_locale():
        assert errors() == (
            _marked(f"{_marked('Consent date')} must be a real date, e.g. 31/01/2010."),
            _marked(f"{_marked('Hours')} must be a whole number from 0 to 60."),
            _marked("Date"))


def test_every_date_and_number_field_is_named_in_the_person_s_language() -> None:
    """The name a date or number field gives its error is translated by the caller, as a
    form label is (a name written out as it is would be English under any translation)."""
    import ast

    from tests.ui.test_small_laptops import ROOT

    found = []
    for path in sorted((ROOT / "yjdesk" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in (
                    "DateField", "IntField") and node.args \
                    and isinstance(node.args[0], ast.Constant):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_the_victim_s_consent_date_is_named_in_the_person_s_language(qtbot, ctx,
                                                                     child_id) -> None:
    from tests.ui.test_translatable import _marked, _pseudo_locale
    from yjdesk.ui.victims.tab import VictimDialog

    with _pseudo_locale():
        dialog = VictimDialog(ctx, child_id, [])
        qtbot.addWidget(dialog)
        dialog.consent_date.setText("32/01/2026")
        error = dialog.consent_date.error()
    assert dialog.consent_date.label == _marked("Consent date")
    assert error == _marked(f"{_marked('Consent date')} must be a real date, e.g. 31/01/2010.")
