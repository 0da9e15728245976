"""Small forms on a child's record: an address, a person, an offence, a disposal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yjdesk.services import children, justice
from yjdesk.services.humanise import date_text
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.child_record.data import OffenceRow
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import fit_to_screen
from yjdesk.ui.i18n import tr
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import ChoiceCombo, CodeCombo, DateField, IntField


def _notes() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(60)
    return box


class _ChildDialog(FormDialog):
    kind = "child"

    def __init__(self, ctx: AppContext, child_id: str, title: str,
                 parent: QWidget | None = None, **kw: Any) -> None:
        super().__init__(ctx, title, parent, **kw)
        self.child_id = child_id
        self.setMinimumWidth(480)


class AddressDialog(_ChildDialog):
    kind = "child_address"

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, child_id, tr("Add an address"), parent,
                         intro=tr("A new current address ends the previous one."))
        self.line1, self.line2, self.town, self.postcode = (QLineEdit() for _ in range(4))
        self.from_date = DateField(tr("Moved in"))
        self.to_date = DateField(tr("Moved out"))
        self.accommodation = CodeCombo("accommodation_type")
        self.suitable = ChoiceCombo([(True, tr("Suitable")), (False, tr("Not suitable"))],
                                    empty_text=tr("From the accommodation type"))
        f = self.form
        f.add_field("line1", tr("Address line 1"), self.line1)
        f.add_field("line2", tr("Address line 2"), self.line2)
        f.add_field("town", tr("Town"), self.town)
        f.add_field("postcode", tr("Postcode"), self.postcode)
        f.add_field("from_date", tr("Moved in"), self.from_date)
        f.add_field("to_date", tr("Moved out (if past)"), self.to_date)
        f.add_field("accommodation_type", tr("Accommodation"), self.accommodation)
        f.add_field("suitable", tr("Suitable?"), self.suitable)

    def job(self) -> Job:
        data = children.AddressInput(
            line1=self.line1.text(), from_date=self.from_date.date(),
            line2=self.line2.text() or None, town=self.town.text() or None,
            postcode=self.postcode.text() or None, to_date=self.to_date.date(),
            accommodation_type=self.accommodation.code(), suitable=self.suitable.value())
        child_id = self.child_id
        return lambda uow: children.add_address(uow.session, child_id, data).id


class RelationshipDialog(_ChildDialog):
    kind = "relationship"

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, child_id, tr("Add a parent, carer or significant person"), parent)
        self.name = QLineEdit()
        self.relationship = CodeCombo("relationship_type", empty_text=tr("Choose..."))
        self.pr = QCheckBox(tr("Has parental responsibility"))
        self.lives = QCheckBox(tr("Lives with the child"))
        self.phone, self.email = QLineEdit(), QLineEdit()
        self.address = _notes()
        self.notes = _notes()
        f = self.form
        f.add_field("name", tr("Name"), self.name)
        f.add_field("relationship_type", tr("Relationship"), self.relationship)
        f.add_field("parental_responsibility", "", self.pr)
        f.add_field("lives_with_child", "", self.lives)
        f.add_field("phone", tr("Phone"), self.phone)
        f.add_field("email", tr("Email"), self.email)
        f.add_field("address", tr("Address"), self.address)
        f.add_field("notes", tr("Notes"), self.notes)

    def job(self) -> Job:
        data = children.RelationshipInput(
            name=self.name.text().strip(), relationship_type=self.relationship.code() or "",
            parental_responsibility=self.pr.isChecked(), lives_with_child=self.lives.isChecked(),
            phone=self.phone.text() or None, email=self.email.text() or None,
            address=self.address.toPlainText() or None, notes=self.notes.toPlainText() or None)
        child_id = self.child_id
        return lambda uow: children.add_relationship(uow.session, child_id, data).id


class OffenceDialog(_ChildDialog):
    kind = "offence"

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, child_id, tr("Add an offence"), parent)
        self.offence_date = DateField(tr("Offence date"))
        self.offence = CodeCombo("offence_type", empty_text=tr("Choose..."))
        self.status = CodeCombo("offence_status", allow_empty=False)
        self.gravity = IntField(tr("Gravity"), 1, 8)
        self.gravity.setPlaceholderText("1-8")
        self.gravity.setToolTip(tr("Leave blank to use the usual gravity for the offence type"))
        self.victim = QCheckBox(tr("A victim was involved"))
        self.description = _notes()
        f = self.form
        f.add_field("offence_date", tr("Date of offence"), self.offence_date)
        f.add_field("offence_code", tr("Offence"), self.offence)
        f.add_field("status", tr("Status"), self.status)
        f.add_field("gravity", tr("Gravity score"), self.gravity)
        f.add_field("victim_involved", "", self.victim)
        f.add_field("description", tr("Description"), self.description)

    def job(self) -> Job:
        data = justice.OffenceInput(
            offence_date=self.offence_date.date(), offence_code=self.offence.code() or "",
            status=self.status.code() or "suspected", gravity=self.gravity.value(),
            description=self.description.toPlainText() or None,
            victim_involved=self.victim.isChecked())
        child_id, today = self.child_id, self.ctx.today()
        return lambda uow: justice.add_offence(uow.session, child_id, data, today).id


class RequirementsEditor(QWidget):
    """Rows of requirement + quantity (+ hours a week, end date) + detail, add and remove.

    The limits (curfew hours, unpaid work hours, exclusion months ...) are checked against
    the rule set in force on the conviction date when the order is saved.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[CodeCombo, IntField, IntField, DateField, QLineEdit,
                              QPushButton]] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        for col, text in enumerate((tr("Requirement or condition"), tr("Quantity"),
                                    tr("Hours a week"), tr("Ends"), tr("Detail"))):
            self.grid.addWidget(QLabel(text), 0, col)
        box.addLayout(self.grid)
        add = QPushButton(tr("Add requirement"))
        add.clicked.connect(self.add_row)
        box.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self) -> CodeCombo:
        code = CodeCombo("requirement", empty_text=tr("Choose..."))
        qty = IntField(tr("Quantity"), 0, 10000)
        qty.setToolTip(tr("Hours or days, where the requirement has a quantity (a curfew: "
                          "hours a day)"))
        week = IntField(tr("Hours a week"), 0, 168)
        week.setToolTip(tr("A curfew's hours in any 7 days (at most 112 for convictions from "
                           "28 June 2022)"))
        ends = DateField(tr("Requirement ends"))
        ends.setToolTip(tr("When the requirement ends before the order (an exclusion: at "
                           "most 3 months; a curfew: within 12 months)"))
        detail = QLineEdit()
        remove = QPushButton(tr("Remove"))
        row = (code, qty, week, ends, detail, remove)
        n = len(self.rows) + 1
        for col, widget in enumerate(row):
            self.grid.addWidget(widget, n, col)
        remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        return code

    def _remove(self, row: tuple[CodeCombo, IntField, IntField, DateField, QLineEdit,
                                 QPushButton]) -> None:
        self.rows.remove(row)
        for widget in row:
            self.grid.removeWidget(widget)
            widget.deleteLater()

    def error(self) -> str | None:
        for code, qty, week, _ends, _detail, _remove in self.rows:
            if code.code() is None:
                return tr("Choose each requirement, or remove the empty row.")
            problem = qty.error() or week.error()
            if problem:
                return problem
        return None

    def value(self) -> list[justice.RequirementInput]:
        return [justice.RequirementInput(code.code() or "", detail.text() or None, qty.value(),
                                         hours_per_week=week.value(), end_date=ends.date())
                for code, qty, week, ends, detail, _remove in self.rows]


class DisposalDialog(_ChildDialog):
    kind = "disposal"

    def __init__(self, ctx: AppContext, child_id: str, offences: tuple[OffenceRow, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, child_id, tr("Add a disposal"), parent, scroll=True)
        self.disposal_type = CodeCombo("disposal_type", empty_text=tr("Choose..."))
        self.decision_body = QLineEdit()
        self.decision_body.setPlaceholderText(tr("Court or panel"))
        self.decision_date = DateField(tr("Decision date"))
        self.conviction_date = DateField(tr("Conviction date"))
        self.conviction_date.setToolTip(tr("Only when the child was convicted before the "
                                           "order was made: curfew hours and unpaid work "
                                           "follow the conviction date"))
        self.start_date = DateField(tr("Start date"))
        self.end_date = DateField(tr("End date"))
        self.conditions = _notes()
        self.requirements = RequirementsEditor()
        self.offences = QListWidget()
        self.offences.setMaximumHeight(110)
        for o in offences:
            item = QListWidgetItem(f"{date_text(o.offence_date)}  {o.offence}")
            item.setData(Qt.ItemDataRole.UserRole, o.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.offences.addItem(item)
        f = self.form
        f.add_field("disposal_type", tr("Disposal"), self.disposal_type)
        f.add_field("decision_body", tr("Decided by"), self.decision_body)
        f.add_field("decision_date", tr("Decision date"), self.decision_date)
        f.add_field("conviction_date", tr("Convicted on (if earlier)"), self.conviction_date)
        f.add_field("start_date", tr("Start date"), self.start_date)
        f.add_field("end_date", tr("End date"), self.end_date)
        f.add_field("conditions", tr("Conditions"), self.conditions)
        f.add_field("requirements", tr("Requirements"), self.requirements)
        if offences:
            f.add_field("offence_ids", tr("Offences dealt with"), self.offences)
        self.disposal_type.currentIndexChanged.connect(self._suggest_body)
        fit_to_screen(self, 720, 640)

    def _suggest_body(self) -> None:
        from yjdesk.services.codes import codelist

        code = codelist("disposal_type").get(self.disposal_type.code() or "")
        if code and not self.decision_body.text():
            self.decision_body.setText(str(code.extra.get("usual_decision_body") or ""))

    def job(self) -> Job:
        ids = [self.offences.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(self.offences.count())
               if self.offences.item(i).checkState() == Qt.CheckState.Checked]
        data = justice.DisposalInput(
            disposal_type=self.disposal_type.code() or "",
            decision_date=self.decision_date.date(), start_date=self.start_date.date(),
            end_date=self.end_date.date(), decision_body=self.decision_body.text() or None,
            conditions=self.conditions.toPlainText() or None, offence_ids=ids,
            requirements=self.requirements.value(),
            conviction_date=self.conviction_date.date())
        child_id = self.child_id

        def save(uow: UnitOfWork) -> str:
            return justice.add_disposal(uow.session, child_id, data).id

        return save
