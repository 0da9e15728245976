"""The administrators' "Audit log" page: filter by user, child, action, entity and dates;
verify the hash chain and see which stored rows were altered or removed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy import select

from yjdesk.errors import Message, ValidationError
from yjdesk.models.child import Child
from yjdesk.services.humanise import action_words, record_kind
from yjdesk.services.humanise import when_text as fmt_date
from yjdesk.services.oversight import audit_log as svc
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import PageHeader, page_layout
from yjdesk.ui.i18n import QT_TR_NOOP, QT_TRANSLATE_NOOP, counted, fill, tr, tr_or
from yjdesk.ui.messages import error_text
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.widgets.forms import DateField
from yjdesk.ui.widgets.lifetime import alive
from yjdesk.ui.widgets.tables import RowsView

PAGE = 500

def detail_text(row: svc.AuditRow) -> str:
    """The event's detail in the person's language: "Changed: %1" translated with each
    field's words translated on their own; a context's keys translated, its values as
    recorded (a file's name, the period as the event wrote it)."""
    if row.lead:
        return fill(tr(row.lead), tr(", ").join(
            svc.lower_first(tr_or(f)) for f in row.fields))
    if row.pairs:
        return tr("; ").join(fill(tr("%1: %2"), tr_or(key), value)
                             for key, value in row.pairs)
    return row.detail


COLUMNS: tuple[Column[svc.AuditRow], ...] = (
    Column(QT_TR_NOOP("When"), lambda r: fmt_date(r.at), sort=lambda r: r.at),
    Column(QT_TR_NOOP("User"), lambda r: r.user),
    Column(QT_TR_NOOP("Action"), lambda r: tr(action_words(r.action))),
    Column(QT_TR_NOOP("Child"), lambda r: r.child),
    Column(QT_TR_NOOP("Record"), lambda r: tr(record_kind(r.entity))),
    Column(QT_TR_NOOP("Detail"), detail_text, stretch=True),
    Column(QT_TR_NOOP("Device / no."), lambda r: f"{r.device_id[:8]} / {r.device_seq}",
           sort=lambda r: (r.device_id, r.device_seq)),
)


class AuditLogPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.offset = 0
        self.total = 0
        outer = page_layout(self)
        outer.addWidget(PageHeader(tr("Audit log"), tr(
            "Who saw or changed which record, and when; 'Verify chain' shows any tampering.")))
        grid = QGridLayout()
        self.user = self._combo("auditUser", tr("User"))
        self.action = self._combo("auditAction", tr("Action"))
        self.entity = self._combo("auditEntity", "Record type")
        self.child = QLineEdit()
        self.child.setObjectName("auditChild")
        self.child.setPlaceholderText(tr("Case number, e.g. YJ-000123"))
        self.date_from = DateField(tr("From"))
        self.date_from.setObjectName("auditFrom")
        self.date_to = DateField(tr("To"))
        self.date_to.setObjectName("auditTo")
        for i, (label, widget) in enumerate((
                (tr("&User"), self.user), (tr("&Action"), self.action),
                (tr("&Record type"), self.entity), (tr("C&hild"), self.child),
                (tr("&From"), self.date_from), (tr("&To"), self.date_to))):
            lab = QLabel(label)
            lab.setBuddy(widget)
            grid.addWidget(lab, i // 3, (i % 3) * 2)
            grid.addWidget(widget, i // 3, (i % 3) * 2 + 1)
        outer.addLayout(grid)
        buttons = QHBoxLayout()
        for text, slot, name in ((tr("&Search"), self.search, "auditSearch"),
                                 (tr("&More"), self.more, "auditMore"),
                                 (tr("&Verify chain"), self.verify, "auditVerify")):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.status = QLabel("")
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.table = RowsView(COLUMNS, "auditTable", tr("Audit events"), key=lambda r: r.id)
        outer.addWidget(self.table, 1)
        self.ctx.tasks.run_db(lambda uow: svc.choices(uow.session), self._fill_choices,
                              self._failed)
        self.search()

    def _combo(self, name: str, label: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setAccessibleName(label)
        box.addItem(tr("Any"), None)
        return box

    def _fill_choices(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        if not alive(self):
            return
        for key, box in (("user", self.user), ("action", self.action),
                         ("entity", self.entity)):
            for value, label in choices[key]:
                if key == "user":  # (a person's name: data)
                    box.addItem(label, value)
                else:
                    words = action_words if key == "action" else record_kind
                    box.addItem(tr(words(label)), value)

    def _filter(self) -> svc.AuditFilter | None:
        error = self.date_from.error() or self.date_to.error()
        if error:
            self.status.setText(error)
            return None
        return svc.AuditFilter(user_id=self.user.currentData(),
                               action=self.action.currentData(),
                               entity=self.entity.currentData(),
                               date_from=self.date_from.date(), date_to=self.date_to.date(),
                               limit=PAGE, offset=self.offset)

    def search(self) -> None:
        self.offset = 0
        self._run()

    def more(self) -> None:
        if self.offset + PAGE < self.total:
            self.offset += PAGE
            self._run()

    def _run(self) -> None:
        f = self._filter()
        if f is None:
            return
        case_number = self.child.text().strip()

        def work(uow: UnitOfWork) -> tuple[list[svc.AuditRow], int]:
            if case_number:
                child_id = uow.session.scalar(select(Child.id).where(
                    Child.case_number == case_number))
                if child_id is None:
                    raise ValidationError({"child": Message(QT_TRANSLATE_NOOP(
                        "", "No child with case number %1."), case_number)})
                f.child_id = child_id
            return svc.search(uow.session, f)

        self.ctx.tasks.run_db(work, self._show, self._failed)

    def _show(self, result: tuple[list[svc.AuditRow], int]) -> None:
        if not alive(self):
            return
        rows, self.total = result
        self.table.set_rows(rows)
        last = self.offset + len(rows)
        self.status.setText(tr("No events match.") if not rows else fill(
            tr("Showing %1-%2 of %3 events, newest first."), self.offset + 1, last,
            f"{self.total:,}"))

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            self.status.setText(error_text(exc))

    def verify(self) -> None:
        self.status.setText(tr("Verifying the audit chain..."))
        self.ctx.tasks.run_db(lambda uow: svc.verify(uow.session), self._verified,
                              self._failed)

    def _verified(self, result: svc.Verification) -> None:
        if not alive(self):
            return
        if result.intact:
            self.status.setText(counted(result.checked,
                                        tr("The audit chain is intact (%n event checked)."),
                                        tr("The audit chain is intact (%n events checked).")))
        else:
            lines = "\n".join(f.message for f in result.findings)
            self.status.setText(fill(counted(
                len(result.findings), tr("TAMPERING DETECTED in %n place of %1 events:"),
                tr("TAMPERING DETECTED in %n places of %1 events:")), result.checked)
                + "\n" + lines)
