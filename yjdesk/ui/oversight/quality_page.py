"""The "Quality audits" page: the roll-up (% sufficient per inspection question, team or
service), the audits done, and the practitioner's own feedback to acknowledge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
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
from yjdesk.ui.i18n import counted, tr
from yjdesk.ui.oversight.common import PeriodPicker
from yjdesk.ui.widgets.lifetime import alive
from yjdesk.ui.widgets.tables import fill_table, make_table, selected_key

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
        self.team.addItem("Whole service", None)
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
        self.rollup = make_table([tr("Question"), tr("Sufficient"), tr("Insufficient"), tr("N/A"),
                                  tr("% sufficient")], "auditRollup", stretch=[0])
        self.audits = make_table(
            [
                "Date",
                tr("Child"),
                tr("Type"),
                tr("Auditor"),
                tr("Practitioner"),
                tr("Sufficient"),
                tr("Acknowledged"),
            ],
            "auditList",
        )
        self.audits.doubleClicked.connect(lambda i: self._open(i.row()))
        self.audits.activated.connect(lambda i: self._open(i.row()))
        for title, table in ((tr("Results by inspection question"), self.rollup),
                             (tr("Audits"), self.audits)):
            box = QGroupBox(tr(title))
            QVBoxLayout(box).addWidget(table)
            box.setVisible(self.manager)
            outer.addWidget(box, 2)
        mine = QGroupBox(tr("Feedback on my cases"))
        lay = QVBoxLayout(mine)
        self.feedback = make_table(
            [
                "Date",
                tr("Child"),
                tr("Auditor"),
                tr("Sufficient"),
                tr("Feedback"),
                tr("Acknowledged"),
            ],
            "myFeedback",
            stretch=[4],
        )
        lay.addWidget(self.feedback)
        self.ack = QPushButton(tr("&Acknowledge feedback..."))
        self.ack.setObjectName("acknowledgeFeedback")
        self.ack.clicked.connect(self.acknowledge)
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
            self.summary.setText(str(exc))

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
        fill_table(self.rollup, [
            [r.question.text, str(r.sufficient), str(r.insufficient), str(r.not_applicable),
             "-" if r.percent_sufficient is None else f"{r.percent_sufficient:.0f}%"]
            for r in rows])
        fill_table(self.audits, [[fmt_date(a.audited_on), a.child_name,
                                  qa.CASE_TYPES[a.case_type], a.auditor, a.practitioner,
                                  f"{a.sufficient} of {a.scored}",
                                  "Yes" if a.acknowledged else "No"] for a in listed],
                   [a.child_id for a in listed])
        done = [a for a in mine if a.status == AuditStatus.COMPLETE]
        fill_table(self.feedback, [[fmt_date(a.audited_on), a.child_name, a.auditor,
                                    f"{a.sufficient} of {a.scored}", a.feedback,
                                    "Yes" if a.acknowledged else "No"] for a in done],
                   [a.id for a in done])

    def _open(self, row: int) -> None:
        child_id = selected_key(self.audits, row)
        if child_id:
            self.ctx.events.open_child.emit(str(child_id), "oversight")

    def acknowledge(self) -> None:
        audit_id = selected_key(self.feedback)
        if not audit_id:
            return
        reply, ok = QInputDialog.getText(self, "Acknowledge feedback",
                                         "Your response (optional):")
        if ok:
            self.acknowledge_with(str(audit_id), reply)

    def acknowledge_with(self, audit_id: str, reply: str) -> None:
        today = self.ctx.today()
        self.ctx.tasks.run_db(lambda uow: qa.acknowledge(uow.session, audit_id, today, reply),
                              lambda _r: self.reload(), self._failed)
