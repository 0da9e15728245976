"""The Reviews tab: significant events (each makes a review due) and reviews of the plan."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from yjdesk.models.casework import CaseEvent, Review
from yjdesk.models.statuses import ReviewStatus
from yjdesk.services.casework import plans
from yjdesk.services.casework import reviews as svc
from yjdesk.services.casework.plans import PlanInput
from yjdesk.services.casework.reviews import EventInput, ReviewInput
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import date_text
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.casework.common import LoadingTab, text_box
from yjdesk.ui.casework.plan_tab import PlanFields
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import Tone, Type, fit_to_screen, styled_label
from yjdesk.ui.i18n import QT_TR_NOOP, counted, tr, tr_or
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.view_data import snapshots
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import ChoiceCombo, DateField
from yjdesk.ui.widgets.lifetime import alive
from yjdesk.ui.widgets.tables import RowsView


class EventDialog(FormDialog):
    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Record a significant change"), parent, save_text=tr("Record"),
                         intro=tr("A review of the plan falls due because of it."))
        self.child_id = child_id
        triggers = [(c.code, tr(c.label)) for c in codelist("review_trigger").codes
                    if c.extra.get("event")]
        self.kind = ChoiceCombo(triggers)
        self.date = DateField(tr("Date of the event"))
        self.date.set_date(ctx.today())
        self.detail = text_box("detail", 3)
        self.form.add_field("event_type", tr("What happened"), self.kind)
        self.form.add_field("event_date", tr("When"), self.date)
        self.form.add_field("detail", tr("Detail"), self.detail)

    def job(self) -> Job:
        data = EventInput(self.kind.value() or "", self.date.date(),
                          self.detail.toPlainText())
        child_id, today = self.child_id, self.ctx.today()
        return lambda uow: svc.record_event(uow.session, child_id, data, today)



class ReviewDialog(FormDialog):
    """Record a review: what changed, other agencies' information, and the plan as it now
    stands (edit it here); an unchanged plan needs a reason."""

    def __init__(self, ctx: AppContext, child_id: str, review_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Review"), parent, scroll=True, save_text=tr("Record review"))
        fit_to_screen(self, 920, 820)
        self.child_id, self.review_id = child_id, review_id
        self.date = DateField(tr("Date of the review"))
        self.date.set_date(ctx.today())
        self.form.add_field("review_date", tr("Review date"), self.date)
        self.trigger = QComboBox()
        for code in svc.COMPLETION_TRIGGERS:
            self.trigger.addItem(tr(codelist("review_trigger").label(code)), code)
        if review_id is None:
            self.form.add_field("trigger", tr("Kind of review"), self.trigger)
        self.changed = text_box("what_changed", 3)
        self.agencies = text_box("other_agency_info", 2)
        self.reason = text_box("no_change_reason", 2)
        self.form.add_field("what_changed", tr("What has changed"), self.changed)
        self.form.add_field("other_agency_info", tr("Information from\nother agencies"),
                            self.agencies)
        self.form.add_field("no_change_reason", tr("If the plan stays\nthe same, why"),
                            self.reason)
        self.plan_note = QLabel(tr("Loading the plan..."))
        self.form.addRow(self.plan_note)
        self.fields = PlanFields(self.form)
        self.plan: PlanInput | None = None
        ctx.tasks.run_db(self._load, self._loaded)

    def _load(self, uow: UnitOfWork) -> PlanInput | None:
        plan = plans.current_plan(uow.session, self.child_id)
        return plans.plan_input(uow.session, plan) if plan else None

    def _loaded(self, plan: PlanInput | None) -> None:
        if not alive(self):
            return
        self.plan = plan
        if plan is None:
            self.plan_note.setText(tr("<b>No plan yet:</b> write one on the Plan tab; "
                                      "record why below."))
            for w in (self.fields.table, self.fields.start):
                w.setEnabled(False)
        else:
            self.plan_note.setText(tr("<b>The plan</b> - change it here as the review decides:"))
            self.fields.set_value(plan)

    def job(self) -> Job:
        data = ReviewInput(
            review_date=self.date.date(), what_changed=self.changed.toPlainText(),
            other_agency_info=self.agencies.toPlainText(),
            plan=self.fields.value() if self.plan is not None else None,
            no_change_reason=self.reason.toPlainText(),
            trigger=self.trigger.currentData())
        child_id, today, rid = self.child_id, self.ctx.today(), self.review_id
        return lambda uow: svc.complete_review(uow.session, child_id, data, today, rid)



@dataclass
class ReviewsData:
    reviews: list[Review]
    events: list[CaseEvent]


def _review_tone(r: Review) -> Tone | None:
    if r.status == ReviewStatus.DUE:
        return Tone.DUE_SOON
    return Tone.DONE if r.review_date else None


#: A review's status (``ReviewStatus``), in words.
REVIEW_STATUS_WORDS: dict[str, str] = {ReviewStatus.DUE: QT_TR_NOOP("Due"),
                                       ReviewStatus.COMPLETED: QT_TR_NOOP("Completed")}


def _status(r: Review) -> str:
    return tr_or(REVIEW_STATUS_WORDS.get(r.status), r.status.replace("_", " ").capitalize())


REVIEW_COLUMNS: tuple[Column[Review], ...] = (
    Column(QT_TR_NOOP("Due"), lambda r: date_text(r.due_date), sort=lambda r: r.due_date),
    Column(QT_TR_NOOP("Why"), lambda r: tr(codelist("review_trigger").label(r.trigger))),
    Column(QT_TR_NOOP("Status"), _status, tone=_review_tone),
    Column(QT_TR_NOOP("Reviewed"), lambda r: date_text(r.review_date)),
    Column(QT_TR_NOOP("What changed"), lambda r: r.what_changed or "", stretch=True),
    Column(
        QT_TR_NOOP("Plan changed / why not"),
        lambda r: tr("Plan updated") if r.plan_changed else (r.no_change_reason or ""),
        stretch=True,
    ),
)
EVENT_COLUMNS: tuple[Column[CaseEvent], ...] = (
    Column(QT_TR_NOOP("Date"), lambda e: date_text(e.event_date), sort=lambda e: e.event_date),
    Column(QT_TR_NOOP("Event"), lambda e: tr(codelist("review_trigger").label(e.event_type))),
    Column(QT_TR_NOOP("Detail"), lambda e: e.detail or "", stretch=True),
)


class ReviewsTab(LoadingTab):

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, child_id, parent)
        self.add_button(tr("Record a &significant change..."), self.record_event, "recordEvent")
        self.add_button(tr("&Record review..."), self.record_review, "recordReview")
        self.buttons.addStretch(1)
        self.table = RowsView(REVIEW_COLUMNS, "reviewsTable", tr("Reviews"), key=lambda r: r.id)
        self.table.opened.connect(lambda _key: self.record_review())
        self.events = RowsView(EVENT_COLUMNS, "eventsTable", tr("Significant changes recorded"),
                               key=lambda e: e.id)
        self.layout_.addWidget(self.table, 2)
        self.layout_.addWidget(styled_label(tr("Significant changes recorded"), Type.HEADING))
        self.layout_.addWidget(self.events, 1)
        self.data: ReviewsData | None = None
        self.dialog: FormDialog | None = None
        self.reload()

    def fetch(self, uow: UnitOfWork) -> ReviewsData:
        return ReviewsData(snapshots(svc.reviews(uow.session, self.child_id)),
                           snapshots(svc.events(uow.session, self.child_id)))

    def show_data(self, data: ReviewsData) -> None:
        self.data = data
        self.table.set_rows(data.reviews)
        self.events.set_rows(data.events)
        due = sum(1 for r in data.reviews if r.status == ReviewStatus.DUE)
        self.message.setText(counted(due, tr("%n review due"), tr("%n reviews due")) if due
                             else tr("No triggered review due."))

    def record_event(self) -> EventDialog:
        self.dialog = EventDialog(self.ctx, self.child_id, self)
        self.dialog.open()
        return self.dialog

    def record_review(self) -> ReviewDialog:
        """Complete the selected due review, or record a scheduled one."""
        key = self.table.current_key()
        due = next((r for r in (self.data.reviews if self.data else [])
                    if r.id == key and r.status == ReviewStatus.DUE), None)
        self.dialog = ReviewDialog(self.ctx, self.child_id, due.id if due else None, self)
        self.dialog.open()
        return self.dialog
