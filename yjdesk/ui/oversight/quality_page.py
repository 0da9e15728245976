"""The "Quality audits" page: the roll-up (% sufficient per inspection question, team or
service), the audits done, and the practitioner's own feedback to acknowledge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yjdesk.models.org import Role
from yjdesk.models.statuses import AuditStatus
from yjdesk.services.humanise import when_text as fmt_date
from yjdesk.services.oversight import dashboard
from yjdesk.services.oversight import quality_audit as qa
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import PageHeader, page_layout
from yjdesk.ui.i18n import QT_TR_NOOP, counted, fill, tr
from yjdesk.ui.messages import error_text
from yjdesk.ui.oversight.common import PeriodPicker
from yjdesk.ui.oversight.dialogs import AcknowledgeDialog
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.widgets.lifetime import alive
from yjdesk.ui.widgets.tables import RowsView


def _yes(flag: bool) -> str:
    return tr("Yes") if flag else tr("No")


ROLLUP_COLUMNS: tuple[Column[qa.RollupRow], ...] = (
    Column(QT_TR_NOOP("Question"), lambda r: tr(r.question.text), stretch=True),
    Column(QT_TR_NOOP("Sufficient"), lambda r: str(r.sufficient), sort=lambda r: r.sufficient),
    Column(QT_TR_NOOP("Insufficient"), lambda r: str(r.insufficient),
           sort=lambda r: r.insufficient),
    Column(QT_TR_NOOP("N/A"), lambda r: str(r.not_applicable), sort=lambda r: r.not_applicable),
    Column(QT_TR_NOOP("% sufficient"),
           lambda r: "-" if r.percent_sufficient is None else f"{r.percent_sufficient:.0f}%",
           sort=lambda r: r.percent_sufficient),
)
AUDIT_COLUMNS: tuple[Column[qa.AuditSummary], ...] = (
    Column(QT_TR_NOOP("Date"), lambda a: fmt_date(a.audited_on), sort=lambda a: a.audited_on),
    Column(QT_TR_NOOP("Child"), lambda a: a.child_name),
    Column(QT_TR_NOOP("Type"), lambda a: tr(qa.CASE_TYPES[a.case_type])),
    Column(QT_TR_NOOP("Auditor"), lambda a: a.auditor),
    Column(QT_TR_NOOP("Practitioner"), lambda a: a.practitioner or tr("Unallocated")),
    Column(QT_TR_NOOP("Sufficient"), lambda a: fill(tr("%1 of %2"), a.sufficient, a.scored),
           sort=lambda a: a.sufficient),
    Column(QT_TR_NOOP("Acknowledged"), lambda a: _yes(a.acknowledged), stretch=True),
)
FEEDBACK_COLUMNS: tuple[Column[qa.AuditSummary], ...] = (
    Column(QT_TR_NOOP("Date"), lambda a: fmt_date(a.audited_on), sort=lambda a: a.audited_on),
    Column(QT_TR_NOOP("Child"), lambda a: a.child_name),
    Column(QT_TR_NOOP("Auditor"), lambda a: a.auditor),
    Column(QT_TR_NOOP("Sufficient"), lambda a: fill(tr("%1 of %2"), a.sufficient, a.scored),
           sort=lambda a: a.sufficient),
    Column(QT_TR_NOOP("Feedback"), lambda a: a.feedback, stretch=True),
    Column(QT_TR_NOOP("Acknowledged"), lambda a: _yes(a.acknowledged)),
)

MANAGERS = (Role.TEAM_MANAGER, Role.SERVICE_MANAGER, Role.ADMINISTRATOR)
Loaded = tuple[int, list[qa.RollupRow], list[qa.AuditSummary], list[qa.AuditSummary],
               list[tuple[str, str]]]


class QualityAuditsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.manager = ctx.actor.role in MANAGERS
        outer = page_layout(self)
        outer.addWidget(PageHeader(tr("Quality audits"), tr(
            "Case audits against the inspection questions, for the period and team chosen.")))
        top = QHBoxLayout()
        self.period = PeriodPicker(ctx.today(), to_date=True)
        top.addWidget(self.period)
        self.team = QComboBox()
        self.team.setObjectName("auditTeam")
        self.team.setAccessibleName(tr("Team"))
        self.team.addItem(tr("Whole service"), None)
        self.team.setVisible(self.manager)
        top.addWidget(self.team)
        show = QPushButton(tr("&Show"))
        show.setObjectName("showAudits")
        show.clicked.connect(self.reload)
        top.addWidget(show)
        top.addStretch(1)
        outer.addLayout(top)
        self.summary = QLabel("")
        self.summary.setObjectName("auditSummary")
        outer.addWidget(self.summary)
        self.rollup = RowsView(ROLLUP_COLUMNS, "auditRollup", tr("Results by inspection question"),
                               key=lambda r: r.question.code)
        self.audits = RowsView(AUDIT_COLUMNS, "auditList", tr("Audits"), key=lambda a: a.id)
        self.audits.opened.connect(lambda _key: self._open_current())
        for title, table in ((tr("Results by inspection question"), self.rollup),
                             (tr("Audits"), self.audits)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            box.setVisible(self.manager)
            outer.addWidget(box, 2)
        mine = self.mine_box = QGroupBox(tr("Feedback on my cases"))
        lay = QVBoxLayout(mine)
        self.feedback = RowsView(FEEDBACK_COLUMNS, "myFeedback", tr("Feedback on my cases"),
                                 key=lambda a: a.id)
        lay.addWidget(self.feedback)
        self.ack = QPushButton(tr("&Acknowledge feedback..."))
        self.ack.setObjectName("acknowledgeFeedback")
        self.ack.clicked.connect(self.acknowledge)
        self.ack.setEnabled(False)  # until feedback not yet acknowledged is chosen
        self.feedback.selectionModel().currentChanged.connect(
            lambda _current, _previous: self._update_ack())
        lay.addWidget(self.ack, 0, Qt.AlignmentFlag.AlignLeft)  # a button, not a bar
        outer.addWidget(mine, 1)
        self._teams_loaded = False
        self.reload()

    def reload(self) -> None:
        start, end = self.period.dates()
        if start is None or end is None:
            self.summary.setText(self.period.error() or "Choose the period.")
            return
        team_id = self.team.currentData()
        me = self.ctx.actor.user_id
        manager = self.manager

        def work(uow: UnitOfWork) -> Loaded:
            count, rows = qa.rollup(uow.session, start, end, team_id) if manager else (0, [])
            listed = qa.summaries(uow.session, team_id=team_id) if manager else []
            return (count, rows, listed, qa.summaries(uow.session, practitioner_id=me),
                    dashboard.teams(uow.session))

        self.ctx.tasks.run_db(work, self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            self.summary.setText(error_text(exc))

    def _show(self, loaded: Loaded) -> None:
        if not alive(self):
            return
        count, rows, listed, mine, teams = loaded
        if not self._teams_loaded:
            for team_id, name in teams:
                self.team.addItem(name, team_id)
            self._teams_loaded = True
        self.summary.setText(counted(count, tr("%n completed audit in the period."),
                                     tr("%n completed audits in the period."))
                             if self.manager else "")
        self.rollup.set_rows(rows)
        self.audits.set_rows(listed)
        done = [a for a in mine if a.status == AuditStatus.COMPLETE]
        self.feedback.set_rows(done)
        # a manager whose own work has not been audited has no use for an empty box
        self.mine_box.setVisible(bool(done) or not self.manager)
        self._update_ack()

    def _update_ack(self) -> None:
        audit = self.feedback.current_row()
        self.ack.setEnabled(audit is not None and not audit.acknowledged)

    def _open_current(self) -> None:
        audit = self.audits.current_row()
        if audit is not None:
            self.ctx.events.open_child.emit(audit.child_id, "oversight")

    def acknowledge(self) -> AcknowledgeDialog | None:
        """Open the acknowledgement of the chosen feedback (it says what it records)."""
        audit = self.feedback.current_row()
        if audit is None or audit.acknowledged:
            return None
        dialog = AcknowledgeDialog(self.ctx, audit, self)
        dialog.saved.connect(lambda _id: self.reload())
        dialog.open()
        return dialog
