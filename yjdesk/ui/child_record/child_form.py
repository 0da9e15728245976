"""Create or edit a child's core record."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from yjdesk.models.child import StatusHistory
from yjdesk.services.children import ChildInput, create_child, update_child
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import fit_to_screen
from yjdesk.ui.i18n import tr
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import ChoiceCombo, CodeCombo, DateField, IntField


def _text_box(lines: int = 2) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(22 * lines + 12)
    return box


def _status_combo() -> ChoiceCombo:
    combo = ChoiceCombo([(s, tr(s.label)) for s in StatusHistory], allow_empty=False)
    combo.set_value(StatusHistory.YET_TO_CLARIFY)
    return combo


class ChildFormDialog(FormDialog):
    """``ChildFormDialog(ctx)`` adds a child; ``ChildFormDialog(ctx, child_id, data)`` edits.

    ``saved`` carries the child's id.
    """

    def __init__(self, ctx: AppContext, child_id: str | None = None,
                 data: ChildInput | None = None, parent: QWidget | None = None) -> None:
        title = tr("Edit child's details") if child_id else tr("New child")
        super().__init__(ctx, title, parent, scroll=True,
                         intro=tr("Fields marked * are required. Type dates as day/month/year."),
                         save_text=tr("Save changes") if child_id else tr("Add child"))
        self.child_id = child_id
        f = self.form
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.date_of_birth = DateField(tr("Date of birth"))
        self.gender = CodeCombo("gender", empty_text=tr("Choose..."))
        self.ethnicity = CodeCombo("ethnicity", empty_text=tr("Choose..."))
        self.case_number = QLineEdit()
        self.case_number.setPlaceholderText(tr("Blank: given at the next sync"))
        self.case_number.setToolTip(
            tr("Leave blank: the service gives the number at the next sync"))
        self.pnc_number = QLineEdit()
        self.pnc_number.setPlaceholderText(tr("e.g. 2010/0123456X"))
        self.looked_after = _status_combo()
        self.child_in_need = _status_combo()
        self.cp_plan = _status_combo()
        self.home_local_authority = QLineEdit()
        self.placing_local_authority = QLineEdit()
        self.diversity_needs = _text_box()
        self.communication_needs = _text_box()
        self.ect_result = CodeCombo("ect_result")
        self.ete_status = CodeCombo("ete_status")
        self.ete_provider = QLineEdit()
        self.ete_hours = IntField(tr("ETE hours per week"), 0, 60)

        f.addRow(_heading(tr("The child")))
        f.add_field("given_name", tr("First name *"), self.given_name)
        f.add_field("family_name", tr("Last name *"), self.family_name)
        f.add_field("preferred_name", tr("Preferred name"), self.preferred_name)
        f.add_field("date_of_birth", tr("Date of birth *"), self.date_of_birth)
        f.add_field("gender", tr("Gender *"), self.gender)
        f.add_field("ethnicity", tr("Ethnicity *"), self.ethnicity)
        f.add_field("case_number", tr("Case number"), self.case_number)
        f.add_field("pnc_number", tr("PNC number"), self.pnc_number)
        f.addRow(_heading(tr("Legal and care status")))
        f.add_field("looked_after", tr("Looked after"), self.looked_after)
        f.add_field("child_in_need", tr("Child in need"), self.child_in_need)
        f.add_field("cp_plan", tr("Child protection plan"), self.cp_plan)
        f.add_field("home_local_authority", tr("Home local authority"), self.home_local_authority)
        f.add_field("placing_local_authority", tr("Placing local authority"),
                    self.placing_local_authority)
        f.addRow(_heading(tr("Diversity and communication")))
        f.add_field("diversity_needs", tr("Diversity needs"), self.diversity_needs)
        f.add_field("communication_needs", tr("Communication needs"), self.communication_needs)
        f.add_field("ect_result", tr("Communication screening (ECT)"), self.ect_result)
        f.addRow(_heading(tr("Education, training and employment")))
        f.add_field("ete_status", tr("ETE status"), self.ete_status)
        f.add_field("ete_provider", tr("School or provider"), self.ete_provider)
        f.add_field("ete_hours", tr("Hours per week"), self.ete_hours)
        if data is not None:
            self.fill(data)
        fit_to_screen(self, 620, 720)
        self.given_name.setFocus()

    def fill(self, data: ChildInput) -> None:
        self.given_name.setText(data.given_name)
        self.family_name.setText(data.family_name)
        self.preferred_name.setText(data.preferred_name or "")
        self.date_of_birth.set_date(data.date_of_birth)
        self.gender.set_code(data.gender)
        self.ethnicity.set_code(data.ethnicity)
        self.case_number.setText(data.case_number or "")
        self.pnc_number.setText(data.pnc_number or "")
        self.looked_after.set_value(StatusHistory(data.looked_after))
        self.child_in_need.set_value(StatusHistory(data.child_in_need))
        self.cp_plan.set_value(StatusHistory(data.cp_plan))
        self.home_local_authority.setText(data.home_local_authority or "")
        self.placing_local_authority.setText(data.placing_local_authority or "")
        self.diversity_needs.setPlainText(data.diversity_needs or "")
        self.communication_needs.setPlainText(data.communication_needs or "")
        self.ect_result.set_code(data.ect_result)
        self.ete_status.set_code(data.ete_status)
        self.ete_provider.setText(data.ete_provider or "")
        self.ete_hours.set_value(data.ete_hours)

    def input(self) -> ChildInput:
        return ChildInput(
            given_name=self.given_name.text(), family_name=self.family_name.text(),
            date_of_birth=self.date_of_birth.date(), gender=self.gender.code() or "",
            ethnicity=self.ethnicity.code() or "", case_number=self.case_number.text(),
            preferred_name=self.preferred_name.text(), pnc_number=self.pnc_number.text(),
            looked_after=self.looked_after.value(), child_in_need=self.child_in_need.value(),
            cp_plan=self.cp_plan.value(),
            home_local_authority=self.home_local_authority.text(),
            placing_local_authority=self.placing_local_authority.text(),
            diversity_needs=self.diversity_needs.toPlainText(),
            communication_needs=self.communication_needs.toPlainText(),
            ect_result=self.ect_result.code(), ete_status=self.ete_status.code(),
            ete_provider=self.ete_provider.text(), ete_hours=self.ete_hours.value())

    def job(self) -> Job:
        data, child_id, today = self.input(), self.child_id, self.ctx.today()

        def save(uow: UnitOfWork) -> str:
            if child_id is None:
                return create_child(uow.session, data, today).id
            return update_child(uow.session, child_id, data, today).id

        return save



def _heading(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setContentsMargins(0, 8, 0, 0)
    return label
