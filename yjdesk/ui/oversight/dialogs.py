"""Dialogs: record oversight or supervision (with actions), audit a case, acknowledge an
audit's feedback, record a board meeting."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy import select

from yjdesk.models.base import not_deleted
from yjdesk.models.org import UserAccount
from yjdesk.services.oversight import quality_audit as qa
from yjdesk.services.oversight import supervision as sv
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import fit_to_screen
from yjdesk.ui.i18n import fill, long_date, tr
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import ChoiceCombo, CodeCombo, DateField, translated

ACTION_ROWS = 3


def users(uow: UnitOfWork) -> list[tuple[str, str]]:
    return [(u.id, u.display_name) for u in uow.session.scalars(
        select(UserAccount).where(UserAccount.active.is_(True), not_deleted(UserAccount))
        .order_by(UserAccount.display_name))]


def _text(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(60)
    return box


class OversightDialog(FormDialog):
    """Decision, rationale and up to three actions, each with an owner and a due date."""

    def __init__(self, ctx: AppContext, child_id: str, people: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Record management oversight"), parent, scroll=True)
        self.child_id = child_id
        self.kind = CodeCombo("oversight_kind", allow_empty=False)
        self.on = DateField(tr("Date"))
        self.on.set_date(ctx.today())
        self.decision = _text("decision")
        self.rationale = _text("rationale")
        self.form.add_field("kind", tr("&Kind"), self.kind)
        self.form.add_field("recorded_on", tr("&Date"), self.on)
        self.form.add_field("decision", tr("De&cision"), self.decision)
        self.form.add_field("rationale", tr("&Rationale"), self.rationale)
        self.action_rows: list[tuple[QLineEdit, ChoiceCombo, DateField]] = []
        for i in range(ACTION_ROWS):
            what = QLineEdit()
            what.setObjectName(f"action{i}")
            owner = ChoiceCombo(people)
            due = DateField(tr("Due date"))
            self.form.add_field(f"actions[{i}].description", fill(tr("Action %1"), i + 1), what)
            self.form.add_field(f"actions[{i}].owner_id", tr("  owner"), owner)
            self.form.add_field(f"actions[{i}].due_date", tr("  due"), due)
            self.action_rows.append((what, owner, due))

    def job(self) -> Job:
        actions = [sv.ActionInput(w.text(), o.value(), d.date())
                   for w, o, d in self.action_rows if w.text().strip() or o.value() or d.date()]
        data = sv.OversightInput(kind=self.kind.code() or "", recorded_on=self.on.date(),
                                 decision=self.decision.toPlainText(),
                                 rationale=self.rationale.toPlainText(), actions=actions)
        child_id, today = self.child_id, self.ctx.today()
        return lambda uow: sv.record(uow.session, child_id, data, today).id


class AuditDialog(FormDialog):
    """Score each inspection question with evidence, then write feedback."""

    def __init__(self, ctx: AppContext, child_id: str, case_type: str,
                 people: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Audit this case"), parent, scroll=True,
                         save_text=tr("Complete audit"),
                         intro=tr("Score every question and give the evidence for it."))
        self.child_id = child_id
        self.case_type = case_type
        self.on = DateField(tr("Audit date"))
        self.on.set_date(ctx.today())
        self.form.add_field("audited_on", tr("&Date"), self.on)
        self.practitioner = ChoiceCombo(people)
        self.form.add_field("practitioner_id", tr("&Practitioner"), self.practitioner)
        self.scores: dict[str, tuple[QComboBox, QLineEdit]] = {}
        heading = ""
        for q in qa.questions_for(case_type):
            if q.heading != heading:
                heading = q.heading
                title = tr(heading)  # the domain's words, listed by i18n_domain
                self.form.addRow(QLabel(f"<b>{escape(title)}</b>"))
            score = ChoiceCombo(translated(qa.SCORES.items()))
            evidence = QLineEdit()
            evidence.setObjectName(f"evidence_{q.code}")
            self.form.add_field(q.code, tr(q.text), score)
            self.form.addRow(tr("  evidence"), evidence)
            self.scores[q.code] = (score, evidence)
        self.feedback = _text("feedback")
        self.form.add_field("feedback", tr("&Feedback to the practitioner"), self.feedback)

    def job(self) -> Job:
        answers: dict[str, tuple[str, str]] = {}
        for code, (score, evidence) in self.scores.items():
            value: Any = score.currentData()
            if value:
                answers[code] = (str(value), evidence.text())
        data = qa.AuditInput(self.case_type, self.on.date(), self.practitioner.value(),
                             answers, self.feedback.toPlainText())
        child_id, today = self.child_id, self.ctx.today()
        return lambda uow: qa.save(uow.session, child_id, data, today, complete=True).id


class AcknowledgeDialog(FormDialog):
    """The audited practitioner records that they have read the auditor's feedback, with
    an optional response: the feedback on show, and what saving records."""

    def __init__(self, ctx: AppContext, audit: qa.AuditSummary,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Acknowledge audit feedback"), parent,
                         save_text=tr("Acknowledge"))
        self.audit_id = audit.id
        fit_to_screen(self, 620, 460)
        self.summary = QLabel(fill(
            tr("%1 audited your work with %2 on %3 (%4 of %5 questions sufficient)."),
            audit.auditor, audit.child_name, long_date(audit.audited_on), audit.sufficient,
            audit.scored))
        self.summary.setObjectName("acknowledgeSummary")
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)
        self.feedback = QPlainTextEdit(audit.feedback or tr("(No written feedback.)"))
        self.feedback.setObjectName("auditFeedback")
        self.feedback.setAccessibleName(tr("The auditor's feedback"))
        self.feedback.setReadOnly(True)
        self.feedback.setTabChangesFocus(True)
        self.feedback.setMinimumHeight(90)
        self.form.addRow(tr("Feedback"), self.feedback)
        self.response = _text("response")
        self.response.setAccessibleName(tr("Your response"))
        self.form.add_field("response", tr("Your &response (optional)"), self.response)
        self.records = QLabel(fill(
            tr("Acknowledging records, with the audit, that you read this feedback on %1, "
               "and keeps your response with it for %2 and your manager to see."),
            long_date(ctx.today()), audit.auditor))
        self.records.setObjectName("acknowledgeRecords")
        self.records.setWordWrap(True)
        self.records.setProperty("muted", True)
        self.form.addRow(self.records)
        self.response.setFocus()

    def job(self) -> Job:
        audit_id, response, today = self.audit_id, self.response.toPlainText(), \
            self.ctx.today()
        return lambda uow: qa.acknowledge(uow.session, audit_id, today, response).id


class BoardMeetingDialog(FormDialog):
    """A partnership board meeting and each partner's attendance (KPI 7)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from yjdesk.services.codes import codelist

        super().__init__(ctx, tr("Record a board meeting"), parent, scroll=True,
                         intro=tr("Leave a partner as (not set) if they are not a member."))
        fit_to_screen(self, 640, 640)  # the board's name and each partner's whole
        self.held_on = DateField(tr("Meeting date"))
        self.held_on.set_date(ctx.today())
        self.board = QLineEdit("Youth justice partnership board")
        self.board.setObjectName("boardName")
        self.form.add_field("held_on", tr("&Date"), self.held_on)
        self.form.add_field("board", tr("&Board"), self.board)
        self.partners: dict[str, tuple[CodeCombo, QLineEdit]] = {}
        for code, label in codelist("board_partner").choices():
            status = CodeCombo("board_attendance")
            name = QLineEdit()
            name.setObjectName(f"member_{code}")
            name.setPlaceholderText(tr("Member's name"))
            self.form.add_field(f"attendance.{code}", tr(label), status)
            self.form.addRow(tr("  member"), name)
            self.partners[code] = (status, name)

    def job(self) -> Job:
        from yjdesk.services.oversight import board

        attendance = {code: (status.code() or "", name.text())
                      for code, (status, name) in self.partners.items() if status.code()}
        held_on, title, today = self.held_on.date(), self.board.text(), self.ctx.today()
        return lambda uow: board.record_meeting(uow.session, held_on, title, attendance,
                                                today).id
