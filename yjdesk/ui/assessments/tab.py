"""The "Assessments" tab of a child's record: the stages, starting a new one or a review,
the editor (or the read-only view of a locked stage) and the summary PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yjdesk.models.statuses import StageStatus
from yjdesk.reports import assessment_summary
from yjdesk.services.assessments import stages
from yjdesk.services.humanise import date_text
from yjdesk.ui.assessments.data import ChildAssessments, child_assessments
from yjdesk.ui.assessments.editor import AssessmentEditor
from yjdesk.ui.assessments.util import alive
from yjdesk.ui.context import AppContext
from yjdesk.ui.i18n import QT_TR_NOOP, tr
from yjdesk.ui.live import LiveData
from yjdesk.ui.widgets.forms import ChoiceCombo

STAGE_TYPES = [
    ("start", QT_TR_NOOP("Start")),
    ("review", QT_TR_NOOP("Review")),
    ("end", QT_TR_NOOP("End")),
    ("transfer_in", "Transfer in"),
]
STATUS: dict[str, str] = {StageStatus.DRAFT: "Draft", StageStatus.SUBMITTED: "Awaiting countersign",
          StageStatus.COUNTERSIGNED: "Countersigned (locked)",
          StageStatus.RETURNED: "Returned with comments"}


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
        self.stage_type = ChoiceCombo(STAGE_TYPES, allow_empty=False)
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
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("stages")
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(tr("Assessment stages"))
        self.table.setHorizontalHeaderLabels(
            [tr(h) for h in (tr("Stage"), "Intervention", "Status", tr("Started"), "Due",
                             tr("Countersigned"))])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())  # Enter opens it too
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
        for value, label in data.interventions:
            self.intervention.addItem(label, value)
        self.new_button.setEnabled(data.can_write and bool(data.interventions))
        if not data.interventions:
            self.message.setText("Record the child's intervention (disposal or prevention "
                                 "episode) before starting an assessment.")
        self.table.setRowCount(len(data.rows))
        for r, row in enumerate(data.rows):
            cells = [row.stage_type.replace("_", " ").capitalize(), row.intervention,
                     STATUS.get(row.status, row.status), date_text(row.started_on),
                     date_text(row.due_on),
                     date_text(row.countersigned_at) if row.countersigned_at else ""]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if data.rows and not self.table.selectedItems():
            self.table.selectRow(0)

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        if self.data is None or not 0 <= row < len(self.data.rows):
            return None
        return self.data.rows[row].id

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
        self.message.setText(str(exc))

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
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "Save the assessment summary",
                                                  "assessment-summary.pdf", "PDF (*.pdf)")
            if not path:
                return
        target = Path(path)

        def write(data: Any) -> None:
            self.ctx.tasks.run_io(
                lambda: assessment_summary.render(data, str(target)),
                alive(self, lambda _r: self.message.setText(f"Saved {target.name}")),
                alive(self, self._failed))

        self.ctx.tasks.run_db(lambda uow: assessment_summary.gather(uow.session, stage_id),
                              alive(self, write), alive(self, self._failed))
