"""The "Assessments" tab of a child's record: the stages, starting a new one or a review,
the editor (or the read-only view of a locked stage) and the summary PDF."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from yjdesk.models.statuses import StageStatus
from yjdesk.services.assessments import stages
from yjdesk.services.humanise import date_text
from yjdesk.ui.assessments.data import (
    ChildAssessments,
    Intervention,
    StageRow,
    child_assessments,
)
from yjdesk.ui.assessments.editor import AssessmentEditor
from yjdesk.ui.assessments.util import STAGE_WORDS, alive, stage_word
from yjdesk.ui.context import AppContext
from yjdesk.ui.i18n import QT_TR_NOOP, fill, tr, tr_or
from yjdesk.ui.live import LiveData
from yjdesk.ui.messages import error_text
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.widgets.forms import ChoiceCombo, translated
from yjdesk.ui.widgets.pdf import save_pdf
from yjdesk.ui.widgets.tables import RowsView

STAGE_TYPES = list(STAGE_WORDS.items())
STATUS: dict[str, str] = {
    StageStatus.DRAFT: QT_TR_NOOP("Draft"),
    StageStatus.SUBMITTED: QT_TR_NOOP("Awaiting countersign"),
    StageStatus.COUNTERSIGNED: QT_TR_NOOP("Countersigned (locked)"),
    StageStatus.RETURNED: QT_TR_NOOP("Returned with comments")}


def intervention_text(intervention: Intervention | None) -> str:
    """"Youth rehabilitation order (01/02/2026)", the order in the person's language."""
    if intervention is None:
        return ""
    return fill(tr("%1 (%2)"), tr(intervention.kind), intervention.start)


STAGE_COLUMNS: tuple[Column[StageRow], ...] = (
    Column(QT_TR_NOOP("Stage"), lambda r: stage_word(r.stage_type)),
    Column(QT_TR_NOOP("Intervention"), lambda r: intervention_text(r.intervention)),
    Column(QT_TR_NOOP("Status"), lambda r: tr_or(STATUS.get(r.status), r.status)),
    Column(QT_TR_NOOP("Started"), lambda r: date_text(r.started_on), sort=lambda r: r.started_on),
    Column(QT_TR_NOOP("Due"), lambda r: date_text(r.due_on), sort=lambda r: r.due_on),
    Column(QT_TR_NOOP("Countersigned"),
           lambda r: date_text(r.countersigned_at) if r.countersigned_at else "",
           sort=lambda r: r.countersigned_at),
)


class AssessmentsTab(QStackedWidget):
    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child_id = child_id
        self.setObjectName("assessmentsTab")
        self.data: ChildAssessments | None = None
        self.editor: AssessmentEditor | None = None

        page = QWidget()
        lay = QVBoxLayout(page)
        start = QHBoxLayout()
        self.intervention = ChoiceCombo([], allow_empty=False)
        self.intervention.setAccessibleName(tr("Intervention"))
        self.stage_type = ChoiceCombo(translated(STAGE_TYPES), allow_empty=False)
        self.stage_type.setAccessibleName(tr("Stage type"))
        self.new_button = QPushButton(tr("Start assessment"))
        self.new_button.setObjectName("newAssessment")
        self.new_button.clicked.connect(self.new_stage)
        start.addWidget(QLabel(tr("Intervention:")))
        start.addWidget(self.intervention, 1)
        start.addWidget(QLabel(tr("Stage:")))
        start.addWidget(self.stage_type)
        start.addWidget(self.new_button)
        lay.addLayout(start)
        self.table = RowsView(STAGE_COLUMNS, "stages", tr("Assessment stages"),
                              key=lambda r: r.id)
        self.table.opened.connect(self.open_stage)  # Enter or a double-click
        lay.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.open_button = QPushButton(tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.review_button = QPushButton(tr("Start review from this stage"))
        self.review_button.clicked.connect(self.start_review)
        self.pdf_button = QPushButton(tr("Summary PDF ..."))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.message = QLabel()
        self.message.setWordWrap(True)
        for w in (self.open_button, self.review_button, self.pdf_button):
            actions.addWidget(w)
        actions.addWidget(self.message, 1)
        lay.addLayout(actions)
        self.addWidget(page)
        self.list_page = page
        child_id = self.child_id
        self.live = LiveData(ctx, self, lambda uow: child_assessments(uow.session, child_id),
                             self._fill, child_id=child_id)
        self.refresh()

    # --- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.live.reload()

    def _fill(self, data: ChildAssessments) -> None:
        self.data = data
        self.intervention.clear()
        for value, intervention in data.interventions:
            self.intervention.addItem(intervention_text(intervention), value)
        self.new_button.setEnabled(data.can_write and bool(data.interventions))
        if not data.interventions:
            self.message.setText(tr("Record the child's intervention (disposal or prevention "
                                    "episode) before starting an assessment."))
        self.table.set_rows(data.rows)
        self.table.select_first()

    def selected_id(self) -> str | None:
        key = self.table.current_key()
        return key if isinstance(key, str) else None

    # --- actions -------------------------------------------------------------------------

    def new_stage(self) -> None:
        disposal_id = self.intervention.value()
        stage_type = self.stage_type.value()
        today = self.ctx.today()
        self.ctx.tasks.run_db(
            lambda uow: stages.create_stage(uow.session, self.child_id, disposal_id,
                                            stage_type, today=today).id,
            alive(self, self._created), alive(self, self._failed))

    def start_review(self) -> None:
        stage_id = self.selected_id()
        if stage_id is None:
            return
        today = self.ctx.today()
        self.ctx.tasks.run_db(
            lambda uow: stages.start_review(uow.session, stage_id, today=today).id,
            alive(self, self._created), alive(self, self._failed))

    def _created(self, stage_id: str) -> None:
        self.open_stage(stage_id)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))

    def open_selected(self) -> None:
        stage_id = self.selected_id()
        if stage_id is not None:
            self.open_stage(stage_id)

    def open_stage(self, stage_id: str) -> AssessmentEditor:
        self.close_editor()
        self.editor = AssessmentEditor(self.ctx, stage_id)
        self.editor.back.connect(self.close_editor)
        self.editor.loaded.connect(self.editor.focus_first)
        self.addWidget(self.editor)
        self.setCurrentWidget(self.editor)
        self.editor.setFocus()  # focus stays in the record while the editor loads
        return self.editor

    def close_editor(self) -> None:
        if self.editor is not None:
            editor, self.editor = self.editor, None
            editor.shutdown()
            self.setCurrentWidget(self.list_page)
            self.removeWidget(editor)
            editor.deleteLater()
            self.refresh()

    def export_pdf(self, path: str | None = None) -> None:
        stage_id = self.selected_id()
        if stage_id is None:
            return
        # the PDF layer (reportlab, 0.15-0.4 s to import) when a summary is first saved, not
        # when the main window loads its pages at start-up
        from yjdesk.reports import assessment_summary

        save_pdf(self, self.ctx.tasks,
                 lambda uow: assessment_summary.gather(uow.session, stage_id),
                 assessment_summary.render,
                 alive(self, lambda t: self.message.setText(fill(tr("Saved %1"), t.name))),
                 path=path, title=tr("Save the assessment summary"),
                 file_name="assessment-summary.pdf", failed=alive(self, self._failed))
