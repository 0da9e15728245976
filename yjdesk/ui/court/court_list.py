"""The court list: the hearings in a chosen range of days with the state of each report.

The range is chosen from the days ahead (today, the next 7 days, this week, next week, the
next 4 weeks): on a Friday the next 7 days include Monday's hearings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from yjdesk.models.org import Role
from yjdesk.models.statuses import PsrStatus
from yjdesk.services.codes import codelist
from yjdesk.services.court.hearings import CourtListRow, court_list, week_bounds
from yjdesk.services.humanise import date_text
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import EmptyStack, EmptyState, PageHeader, Tone, page_layout
from yjdesk.ui.i18n import QT_TR_NOOP, counted, fill, long_date, tr, tr_or, weekday_name
from yjdesk.ui.live import LiveData
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.widgets.tables import RowsView

#: A court report's status: "Sent" (to the court), or the code list's label.
STATUS_LABELS = {"sent": QT_TR_NOOP("Sent"), **dict(codelist("psr_status").choices())}

Range = Callable[[dt.date], tuple[dt.date, dt.date]]


def _next_week(today: dt.date) -> tuple[dt.date, dt.date]:
    monday, sunday = week_bounds(today)
    return monday + dt.timedelta(days=7), sunday + dt.timedelta(days=7)


#: (key, words, range of dates for ``today``); the first is the default.
RANGES: tuple[tuple[str, str, Range], ...] = (
    ("next7", QT_TR_NOOP("Next 7 days"), lambda t: (t, t + dt.timedelta(days=6))),
    ("today", QT_TR_NOOP("Today"), lambda t: (t, t)),
    ("this_week", QT_TR_NOOP("This week"), week_bounds),
    ("next_week", QT_TR_NOOP("Next week"), _next_week),
    ("next28", QT_TR_NOOP("Next 4 weeks"), lambda t: (t, t + dt.timedelta(days=27))),
)


def _report(r: CourtListRow) -> str:
    if not r.psr_kind:
        return tr("No report")
    kind = codelist("psr_kind").label(r.psr_kind)
    status = STATUS_LABELS.get(r.report_status or "")
    return fill(tr("%1: %2"), tr_or(kind), tr_or(status, r.report_status or ""))


def _report_tone(r: CourtListRow) -> Tone | None:
    """Done once finalised; due soon while still being written or checked."""
    if not r.psr_kind:
        return None
    if r.report_status in (PsrStatus.FINALISED, "sent"):
        return Tone.DONE
    return None if r.report_status == PsrStatus.COURT_READY else Tone.DUE_SOON


COLUMNS: tuple[Column[CourtListRow], ...] = (
    Column(
        QT_TR_NOOP("When"),
        lambda r: (
            f"{weekday_name(r.hearing_date, short=True)} {date_text(r.hearing_date)}"
            + (f" {r.hearing_time}" if r.hearing_time else "")
        ),
        sort=lambda r: (r.hearing_date, r.hearing_time or ""),
    ),
    Column(QT_TR_NOOP("Court"), lambda r: r.court_name),
    Column(QT_TR_NOOP("Child"), lambda r: f"{r.child_name} ({r.case_number})", stretch=True),
    Column(
        QT_TR_NOOP("Date of birth"),
        lambda r: date_text(r.date_of_birth),
        sort=lambda r: r.date_of_birth,
    ),
    Column(QT_TR_NOOP("Hearing"),
           lambda r: tr_or(codelist("hearing_type").label(r.hearing_type))),
    Column(QT_TR_NOOP("Report"), _report, tone=_report_tone),
    Column(
        QT_TR_NOOP("Outcome"),
        lambda r: tr_or(codelist("hearing_outcome").label(r.outcome)),
    ),
)


class CourtListPage(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = page_layout(self)
        self.header = PageHeader(tr("Court list"))
        lay.addWidget(self.header)
        controls = QHBoxLayout()
        shown = QLabel(tr("&Show"))
        self.range = QComboBox()
        self.range.setObjectName("courtListRange")
        self.range.setAccessibleName(tr("Which days to show"))
        for key, words, _fn in RANGES:
            self.range.addItem(tr(words), key)
        shown.setBuddy(self.range)
        self.mine = QCheckBox(tr("Only &my hearings"))
        self.mine.setChecked(ctx.actor.role == Role.COURT_OFFICER)
        controls.addWidget(shown)
        controls.addWidget(self.range)
        controls.addWidget(self.mine)
        controls.addStretch(1)
        lay.addLayout(controls)
        self.table = RowsView(COLUMNS, "courtList", tr("Hearings"), key=lambda r: r.hearing_id)
        self.empty = EmptyState(tr("No hearings in these days"),
                                tr("Choose more days above, or untick \"Only my hearings\"."))
        lay.addWidget(EmptyStack(self.table, self.table.proxy, self.empty), 1)
        self.table.opened.connect(lambda _key: self._open())
        self.range.currentIndexChanged.connect(lambda _i: self.reload())
        self.mine.toggled.connect(lambda _on: self.reload())
        self.live = LiveData(ctx, self, None, self._show, query=self._query)
        self.reload()

    @property
    def rows(self) -> list[CourtListRow]:
        return self.table.rows

    def set_range(self, key: str) -> None:
        self.range.setCurrentIndex(self.range.findData(key))

    def _days(self) -> tuple[dt.date, dt.date]:
        fn = next(fn for key, _w, fn in RANGES if key == self.range.currentData())
        return fn(self.ctx.today())

    def _query(self) -> Callable[[UnitOfWork], list[CourtListRow]]:
        start, end = self._days()
        officer = self.ctx.actor.user_id if self.mine.isChecked() else None
        return lambda uow: court_list(uow.session, start, end, officer_id=officer)

    def reload(self) -> None:
        self.live.reload()

    def _show(self, rows: list[CourtListRow]) -> None:
        self.table.set_rows(rows)
        start, end = self._days()
        days = long_date(start) if start == end else fill(tr("%1 to %2"), long_date(start),
                                                            long_date(end))
        self.header.set_summary(fill(counted(len(rows), tr("%n hearing, %1"),
                                             tr("%n hearings, %1")), days))
        self.loaded.emit()

    def _open(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.ctx.events.open_child.emit(row.child_id, "court")
