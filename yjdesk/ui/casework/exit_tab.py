"""The End and exit tab: the end-of-intervention record, manager's sign-off, exit plan PDF."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape as e
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTextBrowser, QWidget

from yjdesk.errors import Message, ValidationError
from yjdesk.models.casework import ExitPlan
from yjdesk.models.child import Child
from yjdesk.models.org import Role
from yjdesk.models.statuses import ExitStatus
from yjdesk.services.casework import exit as svc
from yjdesk.services.casework.exit import WIDER_END, ExitInput
from yjdesk.services.casework.plans import disposal_for
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.casework.common import LoadingTab, text_box
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import fit_to_screen
from yjdesk.ui.error_dialog import show_error
from yjdesk.ui.i18n import QT_TR_NOOP, fill, tr
from yjdesk.ui.messages import error_text, message_text
from yjdesk.ui.view_data import snapshot
from yjdesk.ui.widgets.confirm import Confirmation, ConfirmDialog
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import ChoiceCombo, CodeCombo, DateField, IntField, translated
from yjdesk.ui.widgets.lifetime import alive
from yjdesk.ui.widgets.pdf import save_pdf

SUITABLE = [(True, QT_TR_NOOP("Suitable")), (False, QT_TR_NOOP("Not suitable"))]
WIDER = [("currently", QT_TR_NOOP("Currently")), ("previously", QT_TR_NOOP("Previously")),
         ("never", QT_TR_NOOP("Never"))]


class ExitDialog(FormDialog):
    def __init__(self, ctx: AppContext, child_id: str, row: ExitPlan | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("End of intervention and exit plan"), parent, scroll=True,
                         save_text=tr("Save"))
        fit_to_screen(self, 760, 820)
        self.child_id, self.exit_id = child_id, row.id if row else None
        self.disposal_id = row.disposal_id if row else None
        self.end = DateField(tr("End date"))
        self.ete = CodeCombo("ete_status")
        self.hours_offered = IntField(tr("Hours offered"), 0, 60)
        self.hours_attended = IntField(tr("Hours attended"), 0, 60)
        self.accommodation = CodeCombo("accommodation_type")
        self.suitable = ChoiceCombo(translated(SUITABLE))
        self.rj = CodeCombo("rj_engagement")
        self.support = CodeCombo("exit_support")
        self.wider = {name: ChoiceCombo(translated(WIDER)) for name in WIDER_END}
        self.receiving = QLineEdit()
        self.detail = text_box("support_detail", 3)
        self.strategies = text_box("strategies", 3)
        self.child_fb = text_box("child_feedback", 3)
        self.family_fb = text_box("family_feedback", 3)
        for name, label, w in (
                ("end_date", tr("Intervention ended"), self.end),
                ("ete_status", tr("ETE at the end"), self.ete),
                ("ete_hours_offered", tr("ETE hours a week offered"), self.hours_offered),
                ("ete_hours_attended", tr("ETE hours a week attended"), self.hours_attended),
                ("accommodation_type", tr("Accommodation at the end"), self.accommodation),
                ("accommodation_suitable", tr("Accommodation suitable?"), self.suitable),
                ("rj_engagement", tr("Victim / RJ engagement"), self.rj),
                ("continuing_support", tr("Continuing support"), self.support),
                ("looked_after_end", tr("Looked after at the end"), self.wider["looked_after_end"]),
                ("child_in_need_end", tr("Child in need at the end"),
                 self.wider["child_in_need_end"]),
                ("cp_plan_end", tr("Child protection plan at the end"), self.wider["cp_plan_end"]),
                ("early_help_end", tr("Early help at the end"), self.wider["early_help_end"]),
                ("receiving_service", tr("Receiving service"), self.receiving),
                ("support_detail", tr("Arrangements"), self.detail),
                ("strategies", tr("Strategies the child chose"), self.strategies),
                ("child_feedback", tr("Child's feedback"), self.child_fb),
                ("family_feedback", tr("Family's feedback"), self.family_fb)):
            self.form.add_field(name, label, w)
        if row is not None:
            d = ExitInput.from_row(row)
            self.end.set_date(d.end_date)
            self.ete.set_code(d.ete_status)
            self.hours_offered.set_value(d.ete_hours_offered)
            self.hours_attended.set_value(d.ete_hours_attended)
            self.accommodation.set_code(d.accommodation_type)
            self.suitable.set_value(d.accommodation_suitable)
            self.rj.set_code(d.rj_engagement)
            self.support.set_code(d.continuing_support)
            for name, combo in self.wider.items():
                combo.set_value(getattr(d, name))
            self.receiving.setText(d.receiving_service or "")
            for box, value in ((self.detail, d.support_detail), (self.strategies, d.strategies),
                               (self.child_fb, d.child_feedback),
                               (self.family_fb, d.family_feedback)):
                box.setPlainText(value or "")
        else:
            self.end.set_date(ctx.today())

    def job(self) -> Job:
        data = ExitInput(
            end_date=self.end.date(), disposal_id=self.disposal_id, ete_status=self.ete.code(),
            ete_hours_offered=self.hours_offered.value(),
            ete_hours_attended=self.hours_attended.value(),
            accommodation_type=self.accommodation.code(),
            accommodation_suitable=self.suitable.value(), rj_engagement=self.rj.code(),
            continuing_support=self.support.code(), receiving_service=self.receiving.text(),
            **{name: combo.value() for name, combo in self.wider.items()},
            support_detail=self.detail.toPlainText(), strategies=self.strategies.toPlainText(),
            child_feedback=self.child_fb.toPlainText(),
            family_feedback=self.family_fb.toPlainText())
        child_id, today, exit_id = self.child_id, self.ctx.today(), self.exit_id

        def work(uow: UnitOfWork) -> ExitPlan:
            return svc.save(uow.session, child_id, data, today, exit_id)
        return work



@dataclass
class ExitView:
    row: ExitPlan | None
    missing: list[str]
    html: str
    #: A new record can be started: the child has a current disposal to end.
    can_start: bool = True
    child_name: str = "this child"


def _describe(row: ExitPlan | None, missing: list[str], session: Any) -> str:
    if row is None:
        return "<p>" + e(tr("No end-of-intervention record yet.")) + "</p>"
    from yjdesk.reports.exit_plan import exit_plan_data  # (its module imports reportlab)

    data = exit_plan_data(session, row.id)
    status = (fill(tr("<b>Signed off</b> by %1"), e(data.signed_off)) if data.signed_off
              else fill(tr("<b>Draft</b> - missing before sign-off: %1"),
                        e("; ".join(missing) or tr("nothing"))))
    ete, accommodation = e(tr("ETE:")), e(tr("Accommodation:"))
    rj, support = e(tr("Victim / RJ:")), e(tr("Continuing support:"))
    return (f"<p>{status}</p><p><b>{ete}</b> {e(data.ete)}<br><b>{accommodation}</b> "
            f"{e(data.accommodation)}<br><b>{rj}</b> {e(data.rj_engagement)}<br>"
            f"<b>{support}</b> {e(data.continuing_support)} - "
            f"{e(data.receiving_service)}</p>"
            + "".join(f"<p><b>{title}:</b><br>{e(text)}</p>" for title, text in (
                (tr("Arrangements"), row.support_detail), (tr("Strategies the child chose"),
                                                       row.strategies),
                (tr("What the child said"), row.child_feedback),
                (tr("What the family said"), row.family_feedback)) if text))


class ExitTab(LoadingTab):

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, child_id, parent)
        self.edit_button = self.add_button(tr("&Record end / exit plan..."), self.edit, "editExit")
        self.sign_button = self.add_button(tr("&Sign off"), self.sign_off, "signOffExit")
        self.pdf_button = self.add_button(tr("Exit plan &PDF..."), self.save_pdf, "exitPdf")
        self.buttons.addStretch(1)
        self.sign_button.setVisible(ctx.actor.role in (Role.TEAM_MANAGER,
                                                       Role.SERVICE_MANAGER))
        self.view = QTextBrowser()
        self.view.setAccessibleName(tr("End of intervention and exit plan"))
        self.layout_.addWidget(self.view, 1)
        self.current: ExitView | None = None
        self.dialog: FormDialog | ConfirmDialog | None = None
        self.reload()

    def fetch(self, uow: UnitOfWork) -> ExitView:
        rows = svc.exit_plans(uow.session, self.child_id)
        row = rows[0] if rows else None
        missing = svc.missing_for_sign_off(row) if row else []
        can_start = row is not None or disposal_for(uow.session, self.child_id, None) is not None
        child = uow.session.get(Child, self.child_id)
        return ExitView(snapshot(row) if row else None, missing,
                        _describe(row, missing, uow.session), can_start,
                        child.display_name if child else "this child")

    def show_data(self, data: ExitView) -> None:
        self.current = data
        self.view.setHtml(data.html)
        locked = data.row is not None and data.row.status == ExitStatus.SIGNED_OFF
        self.edit_button.setEnabled(not locked and data.can_start)
        if not data.can_start:
            self.message.setText(message_text(Message(svc.NO_DISPOSAL)))
        self.sign_button.setEnabled(data.row is not None and not locked)
        self.pdf_button.setEnabled(data.row is not None)

    def edit(self) -> ExitDialog:
        self.dialog = ExitDialog(self.ctx, self.child_id,
                                 self.current.row if self.current else None, self)
        self.dialog.open()
        return self.dialog

    def sign_off(self) -> ConfirmDialog | None:
        """Sign off (a manager): the missing parts are listed first; otherwise a
        confirmation says what is locked, for whom."""
        if self.current is None or self.current.row is None:
            return None
        exit_id = self.current.row.id
        if self.current.missing:
            self.message.setText(message_text(svc.not_ready(self.current.missing)))
            return None

        def failed(exc: BaseException) -> None:
            if not alive(self):
                return
            if isinstance(exc, ValidationError):
                self.message.setText(error_text(exc))
            else:
                show_error(self, exc)

        dialog = ConfirmDialog(Confirmation(
            title=tr("Sign off this end-of-intervention record?"),
            action=tr("Sign off and lock"),
            subject=fill(tr("The exit plan of %1, recorded by the case manager."),
                         self.current.child_name),
            consequences=(tr("It is locked: nobody can change it afterwards."),
                          tr("The plan goes with the child to the service that supports "
                             "them next (print the PDF).")),
            ask_password=self.ctx.policy.security.reask_password_to_sign), self.ctx.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(lambda _c: self.ctx.tasks.run_db(
            lambda uow: svc.sign_off(uow.session, exit_id), None, failed))
        dialog.open()
        self.dialog = dialog
        return dialog

    def save_pdf(self, path: str | None = None) -> None:
        if self.current is None or self.current.row is None:
            return
        from yjdesk.reports.exit_plan import exit_plan_data, render_exit_plan

        exit_id, status = self.current.row.id, self.ctx.events.status
        save_pdf(self, self.ctx.tasks, lambda uow: exit_plan_data(uow.session, exit_id),
                 render_exit_plan, lambda t: status.emit(fill(tr("Exit plan saved to %1"), t)),
                 path=path, title=tr("Save the exit plan"), file_name="exit-plan.pdf")
