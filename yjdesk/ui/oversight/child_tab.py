"""The "Oversight" tab on a child's record: management oversight and supervision with their
actions, and the case audits of this child."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from yjdesk.models.base import not_deleted
from yjdesk.models.justice import Disposal
from yjdesk.models.org import Role
from yjdesk.services.humanise import when_text as fmt_date
from yjdesk.services.oversight import quality_audit as qa
from yjdesk.services.oversight import supervision as sv
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import bold
from yjdesk.ui.i18n import QT_TR_NOOP, fill, tr
from yjdesk.ui.live import LiveData
from yjdesk.ui.messages import error_text
from yjdesk.ui.oversight.dialogs import AuditDialog, OversightDialog, users
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.widgets.lifetime import alive
from yjdesk.ui.widgets.tables import RowsView

AUDIT_COLUMNS: tuple[Column[qa.AuditSummary], ...] = (
    Column(QT_TR_NOOP("Date"), lambda a: fmt_date(a.audited_on), sort=lambda a: a.audited_on),
    Column(QT_TR_NOOP("Type"), lambda a: tr(qa.CASE_TYPES[a.case_type])),
    Column(QT_TR_NOOP("Auditor"), lambda a: a.auditor),
    Column(QT_TR_NOOP("Practitioner"), lambda a: a.practitioner or tr("Unallocated")),
    Column(QT_TR_NOOP("Sufficient"), lambda a: fill(tr("%1 of %2"), a.sufficient, a.scored),
           sort=lambda a: a.sufficient),
    Column(QT_TR_NOOP("Feedback"), lambda a: a.feedback, stretch=True),
    Column(QT_TR_NOOP("Acknowledged"), lambda a: tr("Yes") if a.acknowledged else tr("No")),
)

MANAGERS = (Role.TEAM_MANAGER, Role.SERVICE_MANAGER)
Loaded = tuple[list[sv.OversightView], list[qa.AuditSummary], list[tuple[str, str]], str]


def _html(records: list[sv.OversightView]) -> str:
    """The records as rich text, in the person's language (the kinds are a code list, in
    the translation file: i18n_domain); everything typed is escaped."""
    if not records:
        return "<p><i>" + tr("No management oversight or supervision recorded yet.") + "</i></p>"

    def e(value: str) -> str:
        return escape(value).replace("\n", "<br/>")

    due, done = tr("due %1"), tr("done %1")
    parts = []
    for r in records:
        actions = "".join(
            f"<li>{e(a.description)} - <b>{e(a.owner)}</b>, {fill(due, fmt_date(a.due_date))}"
            f"{' (' + fill(done, fmt_date(a.done_on)) + ')' if a.done_on else ''}</li>"
            for a in r.actions)
        parts.append(
            f"<h3>{e(tr(r.kind_label))}, {fmt_date(r.recorded_on)} - {e(r.author)}</h3>"
            "<p>" + bold(tr("Decision:")) + f" {e(r.decision)}</p>"
            "<p>" + bold(tr("Rationale:")) + f" {e(r.rationale)}</p>"
            + ("<p>" + bold(tr("Actions:")) + f"</p><ul>{actions}</ul>" if actions else ""))
    return "".join(parts)


class OversightTab(QWidget):
    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child_id = child_id
        self.people: list[tuple[str, str]] = []
        self.case_type = "court"
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        manager = ctx.actor.role in MANAGERS
        self.record_button = QPushButton(tr("&Record oversight..."))
        self.record_button.setObjectName("recordOversight")
        self.record_button.clicked.connect(self.record)
        self.audit_button = QPushButton(tr("&Audit this case..."))
        self.audit_button.setObjectName("auditCase")
        self.audit_button.clicked.connect(self.audit)
        for b in (self.record_button, self.audit_button):
            b.setVisible(manager)
            bar.addWidget(b)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.records = QTextBrowser()
        self.records.setObjectName("oversightRecords")
        box = QGroupBox(tr("Management oversight and supervision"))
        QVBoxLayout(box).addWidget(self.records)
        outer.addWidget(box, 2)
        audits = QGroupBox(tr("Case audits"))
        lay = QVBoxLayout(audits)
        self.audits = RowsView(AUDIT_COLUMNS, "childAudits", tr("Case audits"),
                               key=lambda a: a.id)
        lay.addWidget(self.audits)
        outer.addWidget(audits, 1)
        self.status = QLabel("")
        outer.addWidget(self.status)
        self.live = LiveData(ctx, self, self._fetch, self._show, child_id=child_id,
                             on_failure=self._failed)
        self.reload()

    def reload(self) -> None:
        self.live.reload()

    def _fetch(self, uow: UnitOfWork) -> Loaded:
        child_id = self.child_id
        latest = uow.session.scalar(
            select(Disposal.category).where(Disposal.child_id == child_id,
                                            not_deleted(Disposal))
            .order_by(Disposal.start_date.desc()).limit(1))
        return (sv.for_child(uow.session, child_id),
                qa.summaries(uow.session, child_id=child_id), users(uow),
                "out_of_court" if latest == "out_of_court" else "court")

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            self.status.setText(error_text(exc))

    def _show(self, loaded: Loaded) -> None:
        if not alive(self):
            return
        records, audits, self.people, self.case_type = loaded
        self.records.setHtml(_html(records))
        self.audits.set_rows(audits)

    def record(self) -> None:
        dialog = OversightDialog(self.ctx, self.child_id, self.people, self)
        dialog.open()

    def audit(self) -> None:
        dialog = AuditDialog(self.ctx, self.child_id, self.case_type, self.people, self)
        dialog.open()
