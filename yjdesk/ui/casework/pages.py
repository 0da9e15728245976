"""Pages: "My week" (contacts, reviews, assessments and enforcement due, children not
seen) and the managers' "Safeguarding items" list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QLabel, QWidget

from yjdesk.models.statuses import SafeguardingStatus
from yjdesk.services.casework import safeguarding as sg
from yjdesk.services.casework.work_due import MyWeek, WeekRow, my_week
from yjdesk.services.due import DueState
from yjdesk.services.humanise import date_text, time_text
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.casework.common import LoadingTab, text_box
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import (
    PAGE_MARGIN,
    EmptyStack,
    EmptyState,
    PageHeader,
    Tone,
    secondary_button,
)
from yjdesk.ui.due_words import due_label
from yjdesk.ui.i18n import QT_TR_NOOP, counted, fill, tr, tr_or
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.view_data import snapshot
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.tables import RowsView

TONES = {DueState.OVERDUE: Tone.OVERDUE, DueState.DUE_SOON: Tone.DUE_SOON,
         DueState.UPCOMING: Tone.UPCOMING}

#: What each kind of item is, and the tab of the record that deals with it.
KINDS = {"contact": (QT_TR_NOOP("Contact"), "casework_contacts"),
         "review": (QT_TR_NOOP("Review"), "casework_reviews"),
         "assessment": (QT_TR_NOOP("Assessment"), "assessments"),
         "assessment_sign": (QT_TR_NOOP("Assessment"), "assessments"),
         "compliance": (QT_TR_NOOP("Enforcement"), "casework_compliance"),
         "not_seen": (QT_TR_NOOP("Not seen"), "casework_contacts"),
         "order_work": (QT_TR_NOOP("Court order"), "court_orders")}


def _kind(r: WeekRow) -> str:
    return tr_or(KINDS.get(r.item.kind, ("", ""))[0])


def _when(today: dt.date) -> Callable[[WeekRow], str]:
    def words(r: WeekRow) -> str:
        days = (r.item.due - today).days
        state = tr(TONES[r.item.state].words)
        if days < 0:
            return fill(tr("%1: %2 late (%3)"), state,
                        counted(-days, tr("%n day"), tr("%n days")), date_text(r.item.due))
        if days == 0:
            return tr("Due today")
        return fill(tr("%1: %2"), state, date_text(r.item.due))
    return words


def week_columns(today: dt.date) -> tuple[Column[WeekRow], ...]:
    return (
        Column(QT_TR_NOOP("When"), _when(today), tone=lambda r: TONES[r.item.state],
               sort=lambda r: (r.item.state, r.item.due)),
        Column(QT_TR_NOOP("Child"), lambda r: f"{r.child_name} ({r.case_number})"),
        Column(QT_TR_NOOP("Kind"), _kind),
        Column(QT_TR_NOOP("What"), lambda r: due_label(r.item), stretch=True),
    )


class MyWeekPage(LoadingTab):
    """Everything due for my children in the next 7 days and everything overdue, most
    urgent first, in one list; Enter or double-click opens the child on the right tab."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.layout_.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        self.header = PageHeader(tr("My week"), tr("Loading..."))
        self.header.add_action(secondary_button(tr("&Refresh"), self.reload, name="refreshWeek"))
        self.layout_.insertWidget(0, self.header)
        self.table = RowsView(week_columns(ctx.today()), "myWeek", tr("Things due this week"),
                              key=lambda r: (r.child_id, r.item.kind, r.item.label,
                                             r.item.due, r.item.args))
        self.table.opened.connect(lambda _key: self._open())
        self.empty = EmptyState(tr("Nothing due this week"),
                                tr("Contacts, reviews and assessments appear here 7 days "
                                   "before they fall due, and stay until done."))
        self.layout_.addWidget(EmptyStack(self.table, self.table.proxy, self.empty), 1)
        self.week: MyWeek | None = None
        self.reload()

    def fetch(self, uow: UnitOfWork) -> MyWeek:
        return my_week(uow.session, self.ctx.actor, self.ctx.today())

    def show_data(self, data: MyWeek) -> None:
        self.week = data
        self.table.set_rows(data.all)
        late = sum(1 for r in data.all if r.item.state == DueState.OVERDUE
                   and r.item.kind != "not_seen")
        due = len(data.all) - late - len(data.not_seen)
        parts = [fill(tr("%1 overdue"), late), fill(tr("%1 due in the next 7 days"), due)]
        if data.not_seen:
            parts.append(counted(len(data.not_seen), tr("%n child not seen within policy"),
                                 tr("%n children not seen within policy")))
        self.header.set_summary(tr(", ").join(parts))
        self.message.hide()

    def rows_of(self, *kinds: str) -> list[WeekRow]:
        return [r for r in self.table.rows if r.item.kind in kinds]

    def _open(self) -> None:
        row = self.table.current_row()
        if isinstance(row, WeekRow):
            tab = KINDS.get(row.item.kind, ("", "casework_contacts"))[1]
            self.ctx.events.open_child.emit(row.child_id, tab)


class ActionDialog(FormDialog):
    def __init__(self, ctx: AppContext, item_id: str, close: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Close safeguarding item") if close else tr("Acknowledge item"),
                         parent, save_text=tr("Close item") if close else tr("Acknowledge"))
        self.item_id, self.close_item = item_id, close
        self.action = text_box("action", 4)
        self.form.add_field("action", tr("Why it can close") if close else tr("Action taken"),
                            self.action)

    def job(self) -> Job:
        item_id, text, close = self.item_id, self.action.toPlainText(), self.close_item
        fn = sg.close if close else sg.acknowledge
        return lambda uow: fn(uow.session, item_id, text)



#: A safeguarding item's status (``SafeguardingStatus``), in words.
SAFEGUARDING_WORDS: dict[str, str] = {SafeguardingStatus.OPEN: QT_TR_NOOP("Open"),
                                      SafeguardingStatus.ACKNOWLEDGED: QT_TR_NOOP("Acknowledged"),
                                      SafeguardingStatus.CLOSED: QT_TR_NOOP("Closed")}


def _safeguarding_status(r: sg.ItemRow) -> str:
    return tr_or(SAFEGUARDING_WORDS.get(r.item.status), r.item.status.capitalize())


SAFEGUARDING_COLUMNS: tuple[Column[sg.ItemRow], ...] = (
    Column(
        QT_TR_NOOP("Raised"), lambda r: time_text(r.item.raised_at), sort=lambda r: r.item.raised_at
    ),
    Column(QT_TR_NOOP("Child"), lambda r: f"{r.child_name} ({r.case_number})"),
    Column(
        QT_TR_NOOP("Status"),
        _safeguarding_status,
        tone=lambda r: Tone.OVERDUE if r.item.status == SafeguardingStatus.OPEN else Tone.INFO,
    ),
    Column(QT_TR_NOOP("Concern"), lambda r: r.item.summary, stretch=True),
    Column(QT_TR_NOOP("Manager's actions"), lambda r: r.item.manager_actions or "", stretch=True),
)


class SafeguardingPage(LoadingTab):
    """Safeguarding concerns raised in contacts, for the team manager to act on."""


    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.layout_.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        self.header = PageHeader(tr("Safeguarding items"), tr("Loading..."))
        self.layout_.insertWidget(0, self.header)
        self.add_button(tr("&Acknowledge..."), lambda: self.act(False), "acknowledgeItem")
        self.add_button(tr("&Close item..."), lambda: self.act(True), "closeItem")
        self.add_button(tr("&Open child"), self.open_child, "openChild")
        self.buttons.addStretch(1)
        self.table = RowsView(SAFEGUARDING_COLUMNS, "safeguardingTable",
                              "Open safeguarding items", key=lambda r: r.item.id)
        self.table.opened.connect(lambda _key: self.open_child())
        self.empty = EmptyState(tr("No open safeguarding items"),
                                "Concerns raised in contact records appear here until closed.")
        self.layout_.addWidget(EmptyStack(self.table, self.table.proxy, self.empty), 1)
        self.layout_.addWidget(QLabel(tr("Items stay here until closed.")))
        self.dialog: ActionDialog | None = None
        self.reload()

    def fetch(self, uow: UnitOfWork) -> list[sg.ItemRow]:
        return [replace(r, item=snapshot(r.item)) for r in sg.manager_list(uow.session)]

    @property
    def rows(self) -> list[sg.ItemRow]:
        return self.table.rows

    def show_data(self, data: list[sg.ItemRow]) -> None:
        self.table.set_rows(data)
        self.header.set_summary(counted(len(data), tr("%n open safeguarding item"),
                                        tr("%n open safeguarding items")))
        self.message.hide()

    def act(self, close: bool) -> ActionDialog | None:
        item_id = self.table.current_key()
        if not item_id:
            return None
        self.dialog = ActionDialog(self.ctx, item_id, close, self)
        self.dialog.open()
        return self.dialog

    def open_child(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.ctx.events.open_child.emit(row.item.child_id, "casework_contacts")
