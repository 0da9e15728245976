"""Pages: "My week" (contacts due, reviews due, children not seen) and the managers'
"Safeguarding items" list."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from yjdesk.services.casework import safeguarding as sg
from yjdesk.services.casework.work_due import MyWeek, WeekRow, my_week
from yjdesk.services.due import DueState
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.casework.common import (
    LoadingTab,
    fill_table,
    fmt_date,
    make_table,
    selected_key,
    text_box,
)
from yjdesk.ui.context import AppContext
from yjdesk.ui.widgets.form_dialog import FormDialog, Job

STATE = {DueState.OVERDUE: "Overdue", DueState.DUE_SOON: "Due soon",
         DueState.UPCOMING: "Upcoming"}


class MyWeekPage(LoadingTab):
    """Everything due for my children this week; Enter or double-click opens the child."""


    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.add_button("&Refresh", self.reload, "refreshWeek")
        self.buttons.addStretch(1)
        self.tables = {}
        for key, title in (("contacts", "Contacts due"), ("reviews", "Reviews due"),
                           ("not_seen", "Children not seen"),
                           ("enforcement", "Enforcement decisions")):
            box = QGroupBox(title)
            lay = QVBoxLayout(box)
            table = make_table(["Child", "Case no.", "What", "Due", "State"], f"week_{key}")
            table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setStretchLastSection(False)
            table.doubleClicked.connect(lambda _i, t=table: self._open(t))
            table.activated.connect(lambda _i, t=table: self._open(t))
            lay.addWidget(table)
            self.layout_.addWidget(box, 1)
            self.tables[key] = table
        self.week: MyWeek | None = None
        self.reload()

    def fetch(self, uow: UnitOfWork) -> MyWeek:
        return my_week(uow.session, self.ctx.actor, self.ctx.today(), policy=self.ctx.policy)

    def show_data(self, data: MyWeek) -> None:
        self.week = data
        today = self.ctx.today()
        for key, rows in (("contacts", data.contacts), ("reviews", data.reviews),
                          ("not_seen", data.not_seen), ("enforcement", data.enforcement)):
            fill_table(self.tables[key], [self._cells(r, today) for r in rows],
                       [r.child_id for r in rows])
        total = len(data.contacts) + len(data.reviews) + len(data.enforcement)
        self.message.setText(f"{total} item(s) due in the next 7 days or overdue; "
                             f"{len(data.not_seen)} child(ren) not seen within policy.")

    @staticmethod
    def _cells(r: WeekRow, today: object) -> list[str]:
        return [r.child_name, r.case_number, r.item.label, fmt_date(r.item.due),
                STATE[r.item.state]]

    def _open(self, table: object) -> None:
        child_id = selected_key(table)  # type: ignore[arg-type]
        if child_id:
            self.ctx.events.open_child.emit(child_id, "casework_contacts")


class ActionDialog(FormDialog):
    def __init__(self, ctx: AppContext, item_id: str, close: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, "Close safeguarding item" if close else "Acknowledge item",
                         parent, save_text="Close item" if close else "Acknowledge")
        self.item_id, self.close_item = item_id, close
        self.action = text_box("action", 4)
        self.form.add_field("action", "Why it can close" if close else "Action taken",
                            self.action)

    def job(self) -> Job:
        item_id, text, close = self.item_id, self.action.toPlainText(), self.close_item
        fn = sg.close if close else sg.acknowledge
        return lambda uow: fn(uow.session, item_id, text)



class SafeguardingPage(LoadingTab):
    """Safeguarding concerns raised in contacts, for the team manager to act on."""


    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.add_button("&Acknowledge...", lambda: self.act(False), "acknowledgeItem")
        self.add_button("&Close item...", lambda: self.act(True), "closeItem")
        self.add_button("&Open child", self.open_child, "openChild")
        self.buttons.addStretch(1)
        self.table = make_table(["Raised", "Child", "Case no.", "Status", "Concern",
                                 "Manager's actions"], "safeguardingTable")
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(QLabel("Items stay here until closed."))
        self.rows: list[sg.ItemRow] = []
        self.dialog: ActionDialog | None = None
        self.reload()

    def fetch(self, uow: UnitOfWork) -> list[sg.ItemRow]:
        return sg.manager_list(uow.session)

    def show_data(self, data: list[sg.ItemRow]) -> None:
        self.rows = data
        fill_table(self.table, [[fmt_date(r.item.raised_at), r.child_name, r.case_number,
                                 r.item.status.capitalize(), r.item.summary,
                                 r.item.manager_actions or ""] for r in data],
                   [r.item.id for r in data])
        self.message.setText(f"{len(data)} open safeguarding item(s)")

    def act(self, close: bool) -> ActionDialog | None:
        item_id = selected_key(self.table)
        if not item_id:
            return None
        self.dialog = ActionDialog(self.ctx, item_id, close, self)
        self.dialog.open()
        return self.dialog

    def open_child(self) -> None:
        item_id = selected_key(self.table)
        row = next((r for r in self.rows if r.item.id == item_id), None)
        if row is not None:
            self.ctx.events.open_child.emit(row.item.child_id, "casework_contacts")
