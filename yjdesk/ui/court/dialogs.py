"""Dialogs of court work: list a hearing, record its outcome, request a report, record sending."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from yjdesk.models.statuses import HearingStatus
from yjdesk.services.codes import codelist
from yjdesk.services.court import gatekeeping as gk
from yjdesk.services.court import psr as ps
from yjdesk.services.court.hearings import HearingInput, create_hearing
from yjdesk.services.court.outcomes import OutcomeInput, record_outcome
from yjdesk.services.orders.remand import LASPO_SETS
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.child_record.dialogs import RequirementsEditor
from yjdesk.ui.context import AppContext
from yjdesk.ui.i18n import fill, tr
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import ChoiceCombo, CodeCombo, DateField, translated


def _text(widget: QLineEdit | QPlainTextEdit) -> str | None:
    value = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    return value.strip() or None


def checklist(choices: list[tuple[str, str]], name: str, checked: bool = False) -> QListWidget:
    box = QListWidget()
    box.setObjectName(name)
    for value, label in choices:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        box.addItem(item)
    box.setMaximumHeight(120)
    return box


def checked_values(box: QListWidget) -> list[str]:
    return [str(box.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked]


class HearingDialog(FormDialog):
    """List a hearing for a child, with the offences before the court."""

    def __init__(self, ctx: AppContext, child_id: str, offences: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Add a court hearing"), parent, save_text=tr("Add hearing"))
        self.child_id = child_id
        f = self.form
        self.court = f.add_field("court_code", tr("Court"), CodeCombo("court")).widget
        self.court_name = f.add_field("court_name", tr("Court name (if other)"), QLineEdit()).widget
        self.date = f.add_field(
            "hearing_date", tr("Hearing date"), DateField(tr("Hearing date"))
        ).widget
        self.time = f.add_field("hearing_time", tr("Time (HH:MM)"), QLineEdit()).widget
        self.kind = f.add_field(
            "hearing_type", tr("Hearing type"), CodeCombo("hearing_type")
        ).widget
        self.status = f.add_field("status", tr("Status"), CodeCombo("hearing_status",
                                                                allow_empty=False)).widget
        self.rep = f.add_field("legal_representative", tr("Legal representative"),
                               QLineEdit()).widget
        self.firm = f.add_field("legal_rep_firm", tr("Solicitors' firm"), QLineEdit()).widget
        self.email = f.add_field("legal_rep_email", tr("Defence secure e-mail"), QLineEdit()).widget
        self.offences = f.add_field("offence_ids", tr("Offences before the court"),
                                    checklist(offences, "offences", checked=True)).widget

    def job(self) -> Job:
        data = HearingInput(
            court_code=self.court.code() or "", court_name=_text(self.court_name),
            hearing_date=self.date.date(), hearing_type=self.kind.code() or "",
            hearing_time=_text(self.time), status=self.status.code() or HearingStatus.LISTED,
            legal_representative=_text(self.rep), legal_rep_firm=_text(self.firm),
            legal_rep_email=_text(self.email), offence_ids=checked_values(self.offences))
        child_id, today = self.child_id, self.ctx.today()
        return lambda uow: create_hearing(uow.session, child_id, data, today).id


class OutcomeDialog(FormDialog):
    """What the court decided, recorded live: adjourned, remanded, sentenced, sent to the
    Crown Court, acquitted, withdrawn, or an existing order revoked, varied or extended."""

    def __init__(self, ctx: AppContext, hearing_id: str, officers: list[tuple[str, str]],
                 parent: QWidget | None = None,
                 orders: list[tuple[str, str]] | None = None) -> None:
        super().__init__(ctx, tr("Record the outcome"), parent, save_text=tr("Record outcome"),
                         scroll=True,
                         intro=tr("A remand to local authority or youth detention accommodation "
                               "makes the child looked after (LASPO 2012) by the designated "
                               "authority. Sentence limits follow the dated rules in force "
                               "on the conviction date (for a detention and training order, "
                               "the order date)."))
        self.hearing_id = hearing_id
        f = self.form
        self.outcome = f.add_field("outcome", tr("Outcome"), CodeCombo("hearing_outcome")).widget
        self.remand = f.add_field(
            "remand_type", tr("Remand / bail"), CodeCombo("remand_type")
        ).widget
        self.authority = f.add_field("designated_authority", tr("Designated local authority"),
                                     QLineEdit()).widget
        self.establishment = f.add_field("establishment", tr("Establishment (youth detention)"),
                                         CodeCombo("secure_establishment")).widget
        self.laspo = f.add_field("laspo_condition_set", tr("LASPO conditions met"),
                                 ChoiceCombo(translated(LASPO_SETS.items()))).widget
        self.laspo_detail = f.add_field("laspo_conditions", tr("How the conditions were met"),
                                        QPlainTextEdit()).widget
        court_orders = [(c.code, tr(c.label)) for c in codelist("disposal_type").codes
                        if c.extra.get("category") == "court"]
        self.sentence = f.add_field("disposal_type", tr("Sentence"),
                                    ChoiceCombo(court_orders)).widget
        self.start = f.add_field(
            "start_date", tr("Sentence starts"), DateField(tr("Start date"))
        ).widget
        self.end = f.add_field("end_date", tr("Sentence ends"), DateField(tr("End date"))).widget
        self.officer = f.add_field("responsible_officer_id", tr("Responsible officer"),
                                   ChoiceCombo(officers)).widget
        self.convicted = f.add_field("conviction_date", tr("Convicted on (if earlier)"),
                                     DateField(tr("Conviction date"))).widget
        self.requirements = f.add_field("requirements", tr("Requirements"),
                                        RequirementsEditor()).widget
        self.order = f.add_field("order_id", tr("Order revoked / varied / extended"),
                                 ChoiceCombo(orders or [])).widget
        self.new_end = f.add_field("new_end_date", tr("Extended to"),
                                   DateField(tr("New end date"))).widget
        self.next_court = f.add_field("next_court_code", tr("Next court (if another)"),
                                      CodeCombo("court")).widget
        self.next_date = f.add_field("next_hearing_date", tr("Adjourned to"),
                                     DateField(tr("Next hearing date"))).widget
        self.next_type = f.add_field("next_hearing_type", tr("Next hearing type"),
                                     CodeCombo("hearing_type")).widget
        self.notes = f.add_field("notes", tr("Notes"), QPlainTextEdit()).widget

    def job(self) -> Job:
        data = OutcomeInput(
            outcome=self.outcome.code() or "", remand_type=self.remand.code(),
            disposal_type=self.sentence.value(), start_date=self.start.date(),
            end_date=self.end.date(), responsible_officer_id=self.officer.value(),
            requirements=self.requirements.value(),
            next_hearing_date=self.next_date.date(), next_hearing_type=self.next_type.code(),
            next_court_code=self.next_court.code(), notes=_text(self.notes),
            designated_authority=_text(self.authority),
            establishment=self.establishment.code(), laspo_condition_set=self.laspo.value(),
            laspo_conditions=self.laspo_detail.toPlainText() or None,
            conviction_date=self.convicted.date(), order_id=self.order.value(),
            new_end_date=self.new_end.date())
        hearing_id, today = self.hearing_id, self.ctx.today()
        return lambda uow: record_outcome(uow.session, hearing_id, data, today).hearing.id


class RequestReportDialog(FormDialog):
    """The court asks for a pre-sentence or stand-down report for a hearing."""

    def __init__(self, ctx: AppContext, hearing_id: str, hearing_date: dt.date,
                 kind: str = "psr", parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Request a court report"), parent, save_text=tr("Request report"),
                         intro=tr("The report is pre-filled from the child's latest "
                               "countersigned assessment."))
        self.hearing_id = hearing_id
        self.kind = self.form.add_field("kind", tr("Report"), CodeCombo("psr_kind",
                                                                    allow_empty=False)).widget
        self.kind.set_code(kind)
        self.due = self.form.add_field("due_date", tr("Due"), DateField(tr("Due date"))).widget
        self.due.set_date(hearing_date)

    def job(self) -> Job:
        kind, due, today = self.kind.code() or "psr", self.due.date(), self.ctx.today()
        hearing_id = self.hearing_id

        def work(uow: UnitOfWork) -> str:
            return ps.request_report(uow.session, hearing_id, kind=kind, requested_on=today,
                                     due_date=due).id
        return work


class SentDialog(FormDialog):
    """Record that the finalised report went to the court or the defence."""

    def __init__(self, ctx: AppContext, psr_id: str, defaults: dict[str, str],
                 parent: QWidget | None = None, subject: str = "") -> None:
        super().__init__(ctx, tr("Record sending"), parent, save_text=tr("Record as sent"),
                         intro=fill(tr("Record that the finalised report %1 was sent. The "
                                       "record is kept with the report and cannot be changed; "
                                       "the report itself is locked and will not change."),
                                    subject) if subject else
                         tr("Record that the finalised report was sent. The record is "
                            "kept with the report and cannot be changed."))
        self.psr_id = psr_id
        self.defaults = defaults
        self.to = self.form.add_field("recipient_type", tr("Sent to"),
                                      CodeCombo("psr_recipient", allow_empty=False)).widget
        self.name = self.form.add_field("recipient_name", tr("Name"), QLineEdit()).widget
        self.method = self.form.add_field("method", tr("How"),
                                          CodeCombo("psr_send_method",
                                                    allow_empty=False)).widget
        self.to.currentIndexChanged.connect(self._fill_name)
        self._fill_name()

    def _fill_name(self, *_: Any) -> None:
        self.name.setText(self.defaults.get(self.to.code() or "", ""))

    def job(self) -> Job:
        psr_id, to, name, how = self.psr_id, self.to.code() or "", self.name.text(), \
            self.method.code() or ""
        return lambda uow: gk.record_sent(uow.session, psr_id, to, name, how).id


class ReturnDialog(FormDialog):
    """The manager returns a report with what to put right."""

    def __init__(self, ctx: AppContext, psr_id: str, parent: QWidget | None = None,
                 subject: str = "") -> None:
        super().__init__(ctx, tr("Return with comments"), parent, save_text=tr("Return report"),
                         intro=fill(tr("Return the report %1 to its author to put right. It "
                                       "is not locked; your comments are kept with it."),
                                    subject).replace("  ", " "))
        self.psr_id = psr_id
        self.comments = self.form.add_field("comments", tr("What needs to change"),
                                            QPlainTextEdit()).widget
        self.comments.setAccessibleName(tr("What needs to change"))

    def job(self) -> Job:
        psr_id, comments = self.psr_id, self.comments.toPlainText()
        return lambda uow: gk.return_with_comments(uow.session, psr_id, comments).id

