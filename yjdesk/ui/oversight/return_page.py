"""The "YJB return" page, for the information officer and service managers.

Choose a quarter; "Check" lists, per practitioner, every child whose record would be
rejected or is incomplete (double-click opens the child on the tab where it is put right);
"Produce the return..." writes the zip of XML parts, validates it against the schema and
records it -- after saying plainly that the record is kept and cannot be changed. The
returns produced so far are listed with who made them, when, the checksum and, for a
resubmission, what changed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QMessageBox, QWidget

from yjdesk.models.returns import DataReturn
from yjdesk.services.humanise import time_text
from yjdesk.services.oversight.kpi.base import Period, quarter_of
from yjdesk.services.returns import ledger
from yjdesk.services.returns.build import MESSAGES, REJECTED, Defect, Outcome
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import (
    PageHeader,
    Type,
    page_layout,
    primary_button,
    secondary_button,
    styled_label,
)
from yjdesk.ui.i18n import QT_TR_NOOP, counted, fill, month_name, tr, tr_or
from yjdesk.ui.messages import error_text
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.widgets.lifetime import alive
from yjdesk.ui.widgets.tables import RowsView


@dataclass(frozen=True)
class DefectRow:
    """One record to put right, as the check's list shows it: its problem is worded when
    the table shows the row (:func:`problem_text`), not for every row at once."""

    n: int
    practitioner: str
    would_be: str
    defect: Defect


DEFECT_COLUMNS: tuple[Column[DefectRow], ...] = (
    Column(QT_TR_NOOP("Practitioner"), lambda r: r.practitioner),
    Column(QT_TR_NOOP("Child"), lambda r: r.defect.name),
    Column(QT_TR_NOOP("Case no."), lambda r: r.defect.case_number),
    Column(QT_TR_NOOP("Would be"), lambda r: r.would_be),
    Column(QT_TR_NOOP("Problem"), lambda r: problem_text(r.defect), stretch=True),
)


def problem_text(defect: Defect) -> str:
    """What is wrong with the record, in the person's language: the check's template
    translated, then its values filled in (a data item's name and a value it should not
    have translated on their own; a code or a date as the record gives it)."""
    if not defect.template:
        return tr_or(defect.message)
    words = MESSAGES.get(defect.template, ())
    return fill(tr(defect.template), *(
        tr_or(value) if n < len(words) and words[n] else value
        for n, value in enumerate(defect.args)))


def _cell(i: int) -> Callable[[list[str]], str]:
    return lambda row: row[i]


HISTORY_COLUMNS: tuple[Column[list[str]], ...] = tuple(
    Column(title, _cell(i)) for i, title in enumerate((
        QT_TR_NOOP("Quarter"), QT_TR_NOOP("Produced"), QT_TR_NOOP("By"), QT_TR_NOOP("File"),
        QT_TR_NOOP("Children"), QT_TR_NOOP("Rejected"), QT_TR_NOOP("Incomplete"),
        QT_TR_NOOP("Since the last one"), QT_TR_NOOP("SHA-256"))))

UK = ZoneInfo("Europe/London")
QUARTERS_SHOWN = 8


def ended_quarters(today: dt.date, n: int = QUARTERS_SHOWN) -> list[Period]:
    """The last ``n`` quarters that have ended, latest first."""
    q = quarter_of(today)
    out: list[Period] = []
    while len(out) < n:
        q = quarter_of(q.start - dt.timedelta(days=1))
        out.append(q)
    return out


def quarter_text(q: Period) -> str:
    """"2026-27 Q1 (April to June 2026)", the months in the person's language."""
    return fill(tr("%1 (%2 to %3 %4)"), ledger.financial_label(q), month_name(q.start.month),
                month_name(q.end.month), q.end.year)


class ReturnPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome: Outcome | None = None
        layout = page_layout(self)
        self.header = PageHeader(tr("YJB quarterly return"),
                                 tr("The case-level data the YJB requires every quarter."))
        self.quarter = QComboBox()
        self.quarter.setObjectName("returnQuarter")
        self.quarter.setAccessibleName(tr("Quarter"))
        for q in ended_quarters(ctx.today()):
            self.quarter.addItem(quarter_text(q), q)
        self.header.add_action(self.quarter)
        self.header.add_action(secondary_button(tr("&Check"), self.check, name="checkReturn"))
        self.produce_button = primary_button(tr("&Produce the return..."), self.ask_produce,
                                             name="produceReturn")
        self.header.add_action(self.produce_button)
        layout.addWidget(self.header)
        self.status = QLabel(tr("Check the quarter first: every record that would be "
                                "rejected or is incomplete is listed under the practitioner "
                                "who can put it right."))
        self.status.setObjectName("returnStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        # a quarter may have tens of thousands of problems: worded as they are shown
        self.table = RowsView(DEFECT_COLUMNS, "returnDefects", tr("Records to put right"),
                              key=lambda r: r.n, lazy=True)
        self.table.opened.connect(self._open)
        self.table.set_empty_text(tr("Checking the quarter..."))
        layout.addWidget(self.table, 3)
        layout.addWidget(styled_label(tr("Returns produced"), Type.HEADING))
        self.history = RowsView(HISTORY_COLUMNS, "returnHistory", tr("Returns produced"),
                                key=lambda r: r[-1], sortable=False)
        self.history.set_empty_text(tr("No return produced yet."))
        layout.addWidget(self.history, 2)
        self._defects: list[DefectRow] = []
        self.load_history()
        # the check runs on opening and for each quarter chosen (on the database worker):
        # the page never opens on an empty list that only a button fills
        self.quarter.currentIndexChanged.connect(lambda _i: self.check())
        self.check()

    def selected(self) -> Period:
        q: Period = self.quarter.currentData()
        return q

    # --- the pre-flight check ----------------------------------------------------------

    def check(self) -> None:
        q = self.selected()
        self.status.setText(fill(tr("Checking %1..."), ledger.financial_label(q)))
        self.table.set_empty_text(tr("Checking the quarter..."))
        self.ctx.tasks.run_db(lambda uow: ledger.check(uow.session, q), self._checked,
                              self._failed)

    def _checked(self, outcome: Outcome) -> None:
        if not alive(self) or outcome.quarter != self.selected():
            return  # a check of a quarter no longer chosen
        self.outcome = outcome
        self.table.set_empty_text(tr("Nothing to put right: every record in this quarter "
                                     "would be accepted."))
        unallocated = tr("Unallocated")
        would_be = {True: tr("Rejected"), False: tr("Incomplete")}
        listed = [(practitioner or unallocated, d) for practitioner, defects in
                  outcome.by_practitioner().items() for d in defects]
        rows = self._defects = [
            DefectRow(n, practitioner, would_be[d.severity == REJECTED], d)
            for n, (practitioner, d) in enumerate(listed)]
        self.table.set_rows(rows)
        self.status.setText(fill(tr(
            "%1: %2 children in the return. %3 with a record that would be rejected (left "
            "out of the file), %4 with an incomplete record. Double-click a row to open the "
            "child where it is put right."), ledger.financial_label(outcome.quarter),
            f"{outcome.children:,}", outcome.count("rejected"), outcome.count("incomplete")))
        self.header.set_summary(counted(len(rows), tr("%n problem to put right"),
                                        tr("%n problems to put right")))

    def open_row(self, row: int) -> None:
        """Open the child of the row shown at ``row``, on the tab where it is put right."""
        self._open(self.table.key_at(row))

    def _open(self, n: object) -> None:
        if isinstance(n, int) and 0 <= n < len(self._defects):
            d = self._defects[n].defect
            self.ctx.events.open_child.emit(d.child_id, d.tab)

    # --- producing it -------------------------------------------------------------------

    def ask_produce(self) -> None:
        q = self.selected()
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the YJB return"), f"yjb-return-{ledger.financial_label(q)}.zip"
            .replace(" ", "-"), tr("Zip (*.zip)"))
        if not path:
            return
        box = QMessageBox(QMessageBox.Icon.Question, tr("Produce the YJB return"), fill(tr(
            "Produce the return for %1 and record it as produced by you, now?\n\nThe record "
            "of what was produced (its checksum and the children in it) is kept and cannot "
            "be changed. Producing it again later makes a new return that lists what "
            "changed."), ledger.financial_label(q)), parent=self)
        go = box.addButton(tr("Produce and record"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is go:
            self.produce(Path(path))

    def produce(self, path: Path) -> None:
        q, actor = self.selected(), self.ctx.actor
        self.produce_button.setEnabled(False)
        self.status.setText(fill(tr("Producing %1: writing and checking every part "
                                    "against the schema..."), ledger.financial_label(q)))

        def work(uow: UnitOfWork) -> ledger.Produced:
            return ledger.produce(uow.session, q, path, produced_by=actor.user_id,
                                  role=actor.role, device_id=actor.device_id)

        self.ctx.tasks.run_db(work, self._produced, self._failed)

    def _produced(self, produced: ledger.Produced) -> None:
        if not alive(self):
            return
        self.produce_button.setEnabled(True)
        self._checked(produced.outcome)
        text = fill(tr("Saved %1: valid against the schema, checksum %2..., recorded."),
                    produced.path.name, produced.record.sha256[:16])
        if produced.changes is not None:
            c = produced.changes
            text += " " + fill(tr("It replaces the earlier return for this quarter: %1 "
                                  "children added, %2 removed, %3 changed."),
                               c["added"], c["removed"], c["changed"])
        self.status.setText(text)
        self.load_history()

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            self.produce_button.setEnabled(True)
            self.status.setText(fill(tr("Could not do that: %1"), error_text(exc)))

    # --- the ledger ---------------------------------------------------------------------

    def load_history(self) -> None:
        def work(uow: UnitOfWork) -> list[list[str]]:
            rows = []
            for r in ledger.history(uow.session):
                rows.append(_history_row(r, ledger.producer_name(uow.session, r)))
            return rows

        self.ctx.tasks.run_db(work, self._history, self._failed)

    def _history(self, rows: list[list[str]]) -> None:
        if alive(self):
            self.history.set_rows(rows)


def _history_row(r: DataReturn, who: str) -> list[str]:
    change = json.loads(r.changes_json) if r.changes_json else None
    since = (fill(tr("%1 added, %2 removed, %3 changed"), change["added"], change["removed"],
                  change["changed"]) if change else tr("first return"))
    return [ledger.financial_label(Period(r.quarter_start, r.quarter_end)),
            time_text(r.produced_at), who, r.file_name, f"{r.children:,}", str(r.rejected),
            str(r.incomplete), since, r.sha256]
