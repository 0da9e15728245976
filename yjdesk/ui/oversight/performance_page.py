"""The "Performance" page: the KPI pack for a chosen period, suppressed as published, with
the children behind a figure for managers and performance staff, and PDF / CSV export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from yjdesk.services.oversight import export_csv
from yjdesk.services.oversight.disproportionality import Baseline
from yjdesk.services.oversight.kpi import (
    DrillRow,
    Pack,
    Period,
    compute_pack,
    drill_down,
    may_drill,
    settings_for,
)
from yjdesk.services.oversight.kpi.base import Figure, Section, rate_cell, shown
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import PageHeader, page_layout
from yjdesk.ui.i18n import fill, month_date, month_name, tr
from yjdesk.ui.messages import error_text
from yjdesk.ui.oversight.common import ChildList, PeriodPicker
from yjdesk.ui.oversight.dialogs import BoardMeetingDialog
from yjdesk.ui.widgets.lifetime import alive

ROLE_KEY = Qt.ItemDataRole.UserRole


def definition_text(section: Section) -> str:
    """What an indicator counts, in the person's language (the pack's definitions are in
    the translation file: i18n_domain); a definition with values in it is a template with
    its values, a date written as its month and year."""
    if not section.definition_template:
        return tr(section.definition)
    values = [f"{month_name(v.month)} {v.year}" if isinstance(v, dt.date) else str(v)
              for v in section.definition_args]
    return fill(tr(section.definition_template), *values)


def period_label(period: Period) -> str:
    """``01 Apr 2025 to 31 Mar 2026`` in the person's language (``Period.label`` is the
    English of the PDF pack and the audit log)."""
    return fill(tr("%1 to %2"), month_date(period.start, short=True, padded=True),
                month_date(period.end, short=True, padded=True))


def rate_text(figure: Figure, other: str) -> str:
    """A figure's "% / rate" cell in the person's language: its unit (the pack's English, in
    the translation file: i18n_domain) translated where the cell shows it ("1.5 per 1,000";
    ``rate_cell`` leaves the unit out where the figure's name says it)."""
    cell = rate_cell(figure, other)
    unit = figure.rate_label
    if unit and cell.endswith(" " + unit):
        return fill(tr("%1 %2", "a rate and its unit: 1.5 per 1,000"), cell[:-len(unit) - 1],
                    tr(unit))
    return cell


class PerformancePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pack: Pack | None = None
        self.can_drill = may_drill(ctx.actor, ctx.policy)
        outer = page_layout(self)
        outer.addWidget(PageHeader(tr("Performance"), tr(
            "The youth justice key performance indicators for a period, beside last year's.")))
        top = QHBoxLayout()
        self.period = PeriodPicker(ctx.today())
        top.addWidget(self.period)
        self.compute_button = QPushButton(tr("&Compute"))
        self.compute_button.setObjectName("computePack")
        self.compute_button.clicked.connect(self.compute)
        top.addWidget(self.compute_button)
        self.pdf_button = QPushButton(tr("Export &PDF..."))
        self.pdf_button.setObjectName("exportPdf")
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.csv_button = QPushButton(tr("Export C&SV..."))
        self.csv_button.setObjectName("exportCsv")
        self.csv_button.clicked.connect(self._ask_csv)
        for b in (self.pdf_button, self.csv_button):
            b.setEnabled(False)
            top.addWidget(b)
        self.board_button = QPushButton(tr("Record &board meeting..."))
        self.board_button.setObjectName("recordBoardMeeting")
        self.board_button.clicked.connect(self.record_board_meeting)
        top.addWidget(self.board_button)
        top.addStretch(1)
        outer.addLayout(top)
        self.status = QLabel("")
        self.status.setObjectName("performanceStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Vertical)
        self.tree = QTreeWidget()
        self.tree.setObjectName("performanceTree")
        self.tree.setAccessibleName(tr("Indicators"))
        self.tree.setHeaderLabels([tr("Indicator / figure"), tr("Count"), tr("Of"),
                                   tr("% / rate"), tr("Last year"), tr("Last year % / rate")])
        self.tree.header().resizeSection(0, 360)
        self.tree.itemActivated.connect(self.drill)
        self.tree.itemDoubleClicked.connect(self.drill)
        split.addWidget(self.tree)
        self.children_list = ChildList(ctx, "performanceChildren")
        self.children_list.setVisible(self.can_drill)
        split.addWidget(self.children_list)
        split.setSizes([450, 200])  # the figures first; the children behind one below
        outer.addWidget(split, 1)
        self.compute()  # the figures for the default period, on the database worker

    @property
    def computing(self) -> bool:
        """A pack is being computed (the page says so and Compute waits for it)."""
        return not self.compute_button.isEnabled()

    def _period(self) -> Period | None:
        error = self.period.error()
        if error:
            self.status.setText(error)
            return None
        start, end = self.period.dates()
        try:
            return Period.of(start, end)
        except Exception as exc:  # noqa: BLE001 - a ValidationError shown in place
            self.status.setText(error_text(exc))
            return None

    def compute(self) -> None:
        period = self._period()
        if period is None:
            return
        settings = settings_for(self.ctx.policy)
        self._set_computing(True)
        self.status.setText(fill(tr("Computing the figures for %1..."), period_label(period)))
        profile = self.ctx.store.paths.root
        self.ctx.tasks.run_db(
            lambda uow: compute_pack(uow.session, period, settings,
                                     Baseline.for_profile(profile)),  # the service's own
            self._show, self._failed)

    def _set_computing(self, computing: bool) -> None:
        self.compute_button.setEnabled(not computing)
        self.tree.setEnabled(not computing)  # the figures on show are not the ones coming
        for b in (self.pdf_button, self.csv_button):
            b.setEnabled(not computing and self.pack is not None)

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            self._set_computing(False)
            self.status.setText(fill(tr("Could not compute the figures: %1"), error_text(exc)))

    def _show(self, pack: Pack) -> None:
        if not alive(self):
            return
        self.pack = pack
        self._set_computing(False)
        s = pack.settings.suppress
        self.tree.clear()
        for section in (*pack.sections, *pack.profile):
            top = QTreeWidgetItem([tr(section.title)])  # (the pack's names: i18n_domain)
            top.setToolTip(0, definition_text(section))
            self.tree.addTopLevelItem(top)
            published = shown(section, s)
            before = shown(section.prior, s) if section.prior else {}
            for f in section.figures:
                count, other = published[f.key]
                of = s.count(f.denominator) if f.denominator is not None and f.suppress \
                    else ("" if f.denominator is None else str(f.denominator))
                p_count, p_other = before.get(f.key, ("", ""))
                item = QTreeWidgetItem([tr(f.label), count, of, rate_text(f, other), p_count,
                                        rate_text(f, p_other)])
                item.setData(0, ROLE_KEY, (section.key, f.drill, f.label))
                top.addChild(item)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        note = (tr("Double-click a figure to see the children behind it.") if self.can_drill
                else tr("Totals only: the children behind a figure are for managers and "
                        "performance staff."))
        self.status.setText(fill(tr("%1. Small numbers suppressed (<5, <10, --). %2"),
                                 period_label(pack.period), note))

    def drill(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, ROLE_KEY)
        if not data or self.pack is None or not self.can_drill:
            return
        section_key, drill, label = data
        if drill is None:
            self.status.setText(fill(tr("%1 is not a count of children."), tr(label)))
            return
        pack = self.pack

        def work(uow: UnitOfWork) -> list[DrillRow]:
            return drill_down(uow.session, self.ctx.policy, pack.period, pack.settings,
                              section_key, drill)

        def show(rows: list[DrillRow]) -> None:
            if alive(self):
                unallocated = tr("Unallocated")
                self.children_list.show_children(
                    tr(label), [(r.child_id, r.name, r.case_number,
                                 r.case_manager or unallocated, "") for r in rows])

        self.ctx.tasks.run_db(work, show, self._failed)

    def record_board_meeting(self) -> BoardMeetingDialog:
        dialog = BoardMeetingDialog(self.ctx, self)
        dialog.saved.connect(lambda _id: self.compute())  # the figures count it at once
        dialog.open()
        return dialog

    # --- export -------------------------------------------------------------------------

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the performance pack"),
                                              "performance-pack.pdf", "PDF (*.pdf)")
        if path:
            self.export_pdf(Path(path))

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the figures as CSV"),
                                              "performance-pack.csv", "CSV (*.csv)")
        if path:
            self.export_csv(Path(path))

    def export_pdf(self, path: Path) -> None:
        if self.pack is None:
            return
        pack, who = self.pack, self.ctx.actor.display_name

        def work(uow: UnitOfWork) -> Path:
            from yjdesk.reports import performance_pack  # reportlab: when first used
            from yjdesk.services import audit

            performance_pack.build(pack, path, produced_by=who)
            audit.append(uow.session, action="export", user_id=self.ctx.actor.user_id,
                         device_id=self.ctx.actor.device_id, entity="performance_pack",
                         detail={"format": "pdf", "file": path.name,
                                 "period": pack.period.label})
            return path

        self.ctx.tasks.run_db(work, self._exported, self._failed)

    def export_csv(self, path: Path) -> None:
        if self.pack is None:
            return
        pack = self.pack
        self.ctx.tasks.run_db(lambda uow: export_csv.export(uow.session, pack, path),
                              self._exported, self._failed)

    def _exported(self, path: Path) -> None:
        if alive(self):
            self.status.setText(fill(tr("Saved %1"), path))
            self.ctx.events.status.emit(fill(tr("Saved %1"), path.name))
