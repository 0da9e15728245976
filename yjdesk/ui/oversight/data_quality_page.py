"""The "Data quality" page: structured fields missing that would make a KPI wrong, listed
per practitioner; double-click or Enter opens the child to put it right."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from yjdesk.services.humanise import date_text
from yjdesk.services.oversight import data_quality as svc
from yjdesk.services.oversight.kpi import Period
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import PageHeader, page_layout
from yjdesk.ui.i18n import QT_TR_NOOP, counted, fill, tr, tr_or
from yjdesk.ui.messages import error_text
from yjdesk.ui.oversight.common import PeriodPicker
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.widgets.lifetime import alive
from yjdesk.ui.widgets.tables import RowsView


def problem_text(issue: svc.Issue) -> str:
    """What is missing, in the person's language: the template translated, then its values
    (a date written out, a code list's label translated on its own) filled in."""
    return fill(tr(issue.problem), *(tr_or(value) if isinstance(value, str)
                                     else date_text(value) for value in issue.args))


COLUMNS: tuple[Column[svc.Issue], ...] = (
    Column(QT_TR_NOOP("Practitioner"), lambda i: i.practitioner or tr("Unallocated")),
    Column(QT_TR_NOOP("Child"), lambda i: i.child_name),
    Column(QT_TR_NOOP("Case no."), lambda i: i.case_number),
    Column(QT_TR_NOOP("Problem"), problem_text, stretch=True),
    Column(QT_TR_NOOP("Affects"), lambda i: tr(i.affects)),
)


class DataQualityPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = page_layout(self)
        outer.addWidget(PageHeader(tr("Data quality"), tr(
            "Gaps that would leave a child out of the indicators or the YJB return, under "
            "the practitioner who can put them right.")))
        top = QHBoxLayout()
        self.period = PeriodPicker(ctx.today(), to_date=True)
        top.addWidget(self.period)
        run = QPushButton(tr("&Check"))
        run.setObjectName("checkDataQuality")
        run.clicked.connect(self.check)
        top.addWidget(run)
        top.addStretch(1)
        outer.addLayout(top)
        self.status = QLabel(tr("Interventions closed in the period are checked, and "
                                "every child's record."))
        self.status.setObjectName("dataQualityStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.table = RowsView(COLUMNS, "dataQualityTable", tr("Data quality gaps"),
                              key=lambda i: i.child_id)
        self.table.opened.connect(self._open)
        outer.addWidget(self.table, 1)
        self.check()

    def check(self) -> None:
        error = self.period.error()
        if error:
            self.status.setText(error)
            return
        try:
            period = Period.of(*self.period.dates())
        except Exception as exc:  # noqa: BLE001 - a ValidationError shown in place
            self.status.setText(error_text(exc))
            return
        today = self.ctx.today()
        self.ctx.tasks.run_db(lambda uow: svc.report(uow.session, period, today), self._show,
                              self._failed)

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            self.status.setText(error_text(exc))

    def _show(self, issues: list[svc.Issue]) -> None:
        if not alive(self):
            return
        self.table.set_rows(issues)
        people = len(svc.by_practitioner(issues))
        self.status.setText(" ".join((
            counted(len(issues), tr("%n gap"), tr("%n gaps")),
            counted(people, tr("for %n practitioner."), tr("for %n practitioners.")),
            tr("Double-click a row to open the child."))))

    def open_row(self, row: int) -> None:
        self._open(self.table.key_at(row))

    def _open(self, child_id: object) -> None:
        if child_id:
            self.ctx.events.open_child.emit(str(child_id), "")
