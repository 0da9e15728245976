"""The "Sync and conflicts" page: sync on demand, conflicts in plain words, failed items."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yjdesk.errors import YjdeskError
from yjdesk.services.humanise import time_text, uk_time
from yjdesk.services.uow import UnitOfWork
from yjdesk.sync import conflicts, waiting
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import PageHeader, page_layout
from yjdesk.ui.i18n import (
    QT_TR_NOOP,
    case_number_text,
    counted,
    fill,
    month_date,
    month_name,
    tr,
)
from yjdesk.ui.messages import error_text
from yjdesk.ui.sync_ui.controller import controller_for
from yjdesk.ui.sync_ui.status import SyncStatusWidget
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.widgets.tables import RowsView
from yjdesk.wire.protocol import WireValue

if TYPE_CHECKING:
    from yjdesk.sync.engine import SyncResult


def waiting_record(record: waiting.Record) -> str:
    """A record of the list in the person's language: "Record of Jay (YJ-000123)", "Contact
    of Jay (YJ-000123)", or the kind of record (every synced table's kind is in the
    translation file: i18n_domain)."""
    if record.child_name is None:
        return tr(record.kind)
    number = case_number_text(record.case_number)
    if record.table == "child":
        return fill(tr("Record of %1 (%2)"), record.child_name, number)
    return fill(tr("%1 of %2 (%3)"), tr(record.kind), record.child_name, number)


def unsent_record(row: waiting.Unsent) -> str:
    """The record not on the server, in the person's language (``row.record`` in English);
    the audit trail's one line counts its entries."""
    if row.entries:
        return counted(row.entries, tr("The audit trail: %n entry of who opened what"),
                       tr("The audit trail: %n entries of who opened what"))
    return waiting_record(row.what)


def unsent_reason(row: waiting.Unsent) -> str:
    """Why the record is not on the server, in the person's language (``row.reason`` in
    English); what the server said is shown as it said it."""
    if row.wait is waiting.Wait.CONFLICT:
        changed = tr(", ").join(tr(name).lower() for name in row.fields)
        return fill(tr("this laptop and the server both changed %1"), changed)
    if row.wait is waiting.Wait.REFUSED:
        return fill(tr("refused by the server: %1"), row.refusal or "")
    if row.wait is waiting.Wait.BEHIND:
        assert row.parent is not None
        parent = waiting_record(row.parent)
        if row.refusal is None:
            return fill(tr("it belongs to %1, which is not on the server yet"), parent)
        if row.refusal:
            return fill(tr("it belongs to %1, which the server has not accepted yet (%2)"),
                        parent, row.refusal)
        return fill(tr("it belongs to %1, which the server has not accepted yet"), parent)
    return tr("not sent yet")


def unsent_action(row: waiting.Unsent) -> str:
    """What fixes it, in the person's language (``row.action`` in English; the fixed
    sentences, ``waiting.FIXES``, are in the translation file: i18n_domain)."""
    if row.wait is waiting.Wait.REFUSED:
        if row.again_after is None:
            return fill(tr("%1 (Tried again at the next sync.)"), tr(row.fix))
        return fill(tr("%1 (Tried again after %2.)"), tr(row.fix), time_text(row.again_after))
    if row.wait is waiting.Wait.BEHIND:
        assert row.parent is not None
        parent = waiting_record(row.parent)
        if row.refusal is None:
            return fill(tr("Sync again: it goes with %1."), parent)
        return fill(tr("Fix %1 first (see its line); this record goes with it "
                       "automatically."), parent)
    return tr(row.fix)


def _waiting_count(wait: waiting.Wait, n: int) -> str:
    if wait is waiting.Wait.CONFLICT:
        return counted(n, tr("%n conflict to settle"), tr("%n conflicts to settle"))
    if wait is waiting.Wait.REFUSED:
        return counted(n, tr("%n refused by the server"), tr("%n refused by the server"))
    if wait is waiting.Wait.BEHIND:
        return counted(n, tr("%n waiting for a record the server refused"),
                       tr("%n waiting for a record the server refused"))
    return counted(n, tr("%n not sent yet"), tr("%n not sent yet"))


def unsent_summary(rows: list[waiting.Unsent]) -> str:
    """How many records are not on the server, and why, in the person's language
    (``waiting.summary`` in English): "3 records not on the server yet: 1 conflict to
    settle, 2 not sent yet"."""
    parts = tr(", ").join(_waiting_count(wait, n) for wait, n in waiting.counts(rows))
    return fill(counted(len(rows), tr("%n record not on the server yet: %1"),
                        tr("%n records not on the server yet: %1")), parts)


# The changes not on the server yet (not sent, refused, or belonging to a record the server
# has not accepted), in words; conflicts have their own box.
FAILED_COLUMNS: tuple[Column[waiting.Unsent], ...] = (
    Column(QT_TR_NOOP("Record"), unsent_record),
    Column(QT_TR_NOOP("Why it is not on the server"), unsent_reason, stretch=True),
    Column(QT_TR_NOOP("What fixes it"), unsent_action, stretch=True),
)


def value_text(value: WireValue, english: str) -> str:
    """A side of a conflict in the person's language: the empty and yes/no answers and a
    date's month translated (``english``: the service's words, for everything else)."""
    if value is None or value == "":
        return tr("(empty)")
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    when = conflicts.moment(value)
    if isinstance(when, dt.datetime):
        return fill(tr("%1 at %2"), month_date(when), f"{when:%H:%M}")
    if when is not None:
        return month_date(when)
    return english


def record_text(view: conflicts.ConflictView) -> str:
    """The record in the person's language: "Record of Jay" (the child's own), "Contact
    of Jay", or the kind of record (``view.record`` in English)."""
    if not view.kind:
        return view.record
    if view.child_name is None:
        return tr(view.kind)
    if view.table == "child":
        return fill(tr("Record of %1"), view.child_name)
    # (its own message: "%1 of %2" is also a count, "3 of 5", which Welsh words otherwise)
    return fill(tr("%1 of %2", "a kind of record, of a child"), tr(view.kind), view.child_name)


def field_text(view: conflicts.ConflictView) -> str:
    """The field in the person's language ("Ete provider": every synced column's words are
    in the translation file, i18n_domain)."""
    return tr(view.field_label)


def author_text(view: conflicts.ConflictView) -> str:
    """Who made the other edit: their name, or "Someone else" in the person's language."""
    return view.author_name if view.author_name is not None else tr(view.their_author)


def month_numbers() -> dict[str, int]:
    """The months' names and short names as shown (lower case), to their numbers: what a
    person may type in a date the screen wrote (``conflicts.parse_value``)."""
    return {month_name(m, short).casefold(): m for short in (False, True)
            for m in range(1, 13)}


def answer_words() -> dict[str, bool]:
    """"Yes" and "No" as shown (lower case), for a merged yes/no value."""
    return {tr("Yes").casefold(): True, tr("No").casefold(): False}


def result_text(result: SyncResult) -> str:
    """``SyncResult.summary()`` in the person's language: "pushed 3, pulled 5, conflicts
    0"."""
    parts = [fill(tr("pushed %1"), result.pushed), fill(tr("pulled %1"), result.pulled),
             fill(tr("conflicts %1"), result.conflicts)]
    if result.purged_children:
        parts.append(fill(tr("removed %1 children no longer yours"),
                          len(result.purged_children)))
    if result.failed:
        parts.append(fill(tr("failed %1"), len(result.failed)))
    if result.parked:
        parts.append(fill(tr("%1 received records waiting for related records"),
                          result.parked))
    if result.waiting:
        parts.append(fill(tr("%1 not on the server yet"), len(result.waiting)))
    return tr(", ").join(parts)


def conflict_sentence(view: conflicts.ConflictView) -> str:
    """The conflict in a sentence, in the person's language: "Record of Jay: Ete provider
    — you wrote “A”; Sam wrote “B” on 07 Sep 2026 at 14:05." (UK time)."""
    mine, theirs = value_text(view.mine, view.mine_text), value_text(view.theirs,
                                                                      view.theirs_text)
    if view.their_time is None:
        return fill(tr("%1: %2 — you wrote “%3”; %4 wrote “%5”."), record_text(view),
                    field_text(view), mine, author_text(view), theirs)
    when = uk_time(view.their_time)
    return fill(tr("%1: %2 — you wrote “%3”; %4 wrote “%5” on %6 at %7."), record_text(view),
                field_text(view), mine, author_text(view), theirs,
                month_date(when, short=True, padded=True), f"{when:%H:%M}")


class _UnsentTable(RowsView):
    """Asks for a few rows' height, not a scroll area's default 192 pixels: its box wraps
    its note (its height depends on its width), and a layout gives such a box the height
    it asks for before anything else, so at 1280x720 the conflict panel above it was
    squeezed (the merged value and "Use this value" 14 pixels high, the words cut off)."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 110)


class ConflictPanel(QWidget):
    """Both versions of one field, whose edit and when, and the three ways to settle it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: conflicts.ConflictView | None = None
        self.shown: dict[str, WireValue] = {}
        self.record = QLabel()
        self.record.setWordWrap(True)
        self.field = QLabel()
        self.mine = QLabel()
        self.mine.setWordWrap(True)
        self.mine.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.theirs = QLabel()
        self.theirs.setWordWrap(True)
        self.theirs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.who = QLabel()
        self.merged = QLineEdit()
        self.merged.setToolTip(tr("Write the value both of you agree on"))
        self.merged.setAccessibleName(tr("Merged value"))
        self.error = QLabel()
        self.error.setProperty("tone", "overdue")  # the palette's red
        self.keep_mine = QPushButton(tr("Keep mine"))
        self.keep_theirs = QPushButton(tr("Keep theirs"))
        self.use_merged = QPushButton(tr("Use this value"))
        form = QFormLayout()
        form.addRow(tr("Record:"), self.record)
        form.addRow(tr("Field:"), self.field)
        form.addRow(tr("Your value:"), self.mine)
        form.addRow(tr("Their value:"), self.theirs)
        form.addRow(tr("Their edit:"), self.who)
        merged_row = QHBoxLayout()
        merged_row.addWidget(self.merged, 1)
        merged_row.addWidget(self.use_merged)
        form.addRow(tr("Merged value:"), merged_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.show_conflict(None)

    def show_conflict(self, view: conflicts.ConflictView | None) -> None:
        self.view = view
        self.error.clear()
        for w in (self.keep_mine, self.keep_theirs, self.use_merged, self.merged):
            w.setEnabled(view is not None)
        if view is None:
            for label in (self.record, self.field, self.mine, self.theirs, self.who):
                label.clear()
            self.merged.clear()
            self.shown = {}
            return
        mine, theirs = value_text(view.mine, view.mine_text), value_text(view.theirs,
                                                                          view.theirs_text)
        self.record.setText(record_text(view))
        self.field.setText(field_text(view))
        self.mine.setText(mine)
        self.theirs.setText(theirs)
        author = author_text(view)
        self.who.setText(fill(tr("%1 on %2"), author, time_text(view.their_time))
                         if view.their_time else author)
        # either side as shown stands for its value as stored (a date written in the
        # person's language, a person's name for their id)
        self.shown = {theirs: view.theirs, mine: view.mine}
        self.merged.setText(mine if isinstance(view.mine, str) else "")

    def merged_value(self) -> WireValue:
        """The merged value as stored: a side left as shown is that side's value; anything
        else is parsed, in the words the screen writes (its months, yes and no)."""
        view = self.view
        assert view is not None
        text = self.merged.text().strip()
        if text and text in self.shown:
            return self.shown[text]
        return conflicts.parse_value(view.table, view.field, text, months=month_numbers(),
                                     answers=answer_words())


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller_for(ctx)
        self.status = SyncStatusWidget(self.controller)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.conflict_list = QListWidget()
        self.conflict_list.setAccessibleName(tr("Conflicts"))
        self.conflict_list.setWordWrap(True)
        self.panel = ConflictPanel()
        unsent_title = tr("Changes not on the server yet (kept on this laptop)")
        self.failed_table = _UnsentTable(FAILED_COLUMNS, "failedItems", unsent_title,
                                         key=lambda u: (u.table, u.row_id))
        self.conflict_box = QGroupBox(
            tr("Conflicts: the same field was changed here and elsewhere"))
        # With none, the box says so in a line (an empty list beside an empty, disabled
        # panel read as something not yet loaded) and the changes below get its room.
        self.no_conflicts = QLabel(tr("No conflicts: nothing waits for you to choose "
                                      "between two versions."))
        self.no_conflicts.setWordWrap(True)
        self.conflict_area = QWidget()
        area_layout = QHBoxLayout(self.conflict_area)
        area_layout.setContentsMargins(0, 0, 0, 0)
        area_layout.addWidget(self.conflict_list, 1)
        area_layout.addWidget(self.panel, 2)
        box_layout = QVBoxLayout(self.conflict_box)
        box_layout.addWidget(self.no_conflicts)
        box_layout.addWidget(self.conflict_area, 1)
        self.failed_table.set_empty_text(tr("Every change on this laptop is on the server."))
        failed_box = QGroupBox(unsent_title)
        self.unsent_note = QLabel()
        self.unsent_note.setWordWrap(True)
        failed_layout = QVBoxLayout(failed_box)
        failed_layout.addWidget(self.unsent_note)
        failed_layout.addWidget(self.failed_table)
        self._layout = layout = page_layout(self)
        layout.addWidget(PageHeader(tr("Sync and conflicts"), tr(
            "This laptop's changes go to the sync service and the team's come back; a field "
            "changed here and elsewhere waits for you to settle it.")))
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.conflict_box, 2)
        layout.addWidget(failed_box, 1)
        self.views: list[conflicts.ConflictView] = []
        self.conflict_list.currentRowChanged.connect(self._select)
        self.panel.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.panel.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.panel.use_merged.clicked.connect(lambda: self.resolve("merged"))
        self.controller.finished.connect(self._finished)
        self.controller.failed.connect(self._failed)
        self.reload()

    def reload(self) -> None:
        def load(uow: UnitOfWork) -> tuple[list[conflicts.ConflictView],
                                           list[waiting.Unsent]]:
            return conflicts.open_conflicts(uow.session), waiting.unsent(uow.session)

        self.ctx.tasks.run_db(load, self._loaded)
        self.controller.refresh_status()

    def _loaded(self, data: tuple[list[conflicts.ConflictView],
                                  list[waiting.Unsent]]) -> None:
        self.views, unsent = data
        # Conflicts have their own box; every other change not on the server is listed,
        # those simply not sent yet too (which records are still only on this laptop).
        listed = waiting.listed(unsent, {(v.table, v.row_id) for v in self.views})
        self.unsent_note.setText(unsent_summary(unsent) if unsent else "")
        self.unsent_note.setHidden(not unsent)  # (the empty list says so)
        self.conflict_list.clear()
        for view in self.views:
            sentence = conflict_sentence(view)
            item = QListWidgetItem(sentence)
            item.setToolTip(sentence)
            self.conflict_list.addItem(item)
        if self.views:
            self.conflict_list.setCurrentRow(0)
        else:
            self.panel.show_conflict(None)
        self.no_conflicts.setHidden(bool(self.views))
        self.conflict_area.setHidden(not self.views)
        self._layout.setStretchFactor(self.conflict_box, 2 if self.views else 0)
        self.failed_table.set_rows(listed)

    def _select(self, row: int) -> None:
        self.panel.show_conflict(self.views[row] if 0 <= row < len(self.views) else None)

    def resolve(self, choice: conflicts.Choice) -> None:
        view = self.panel.view
        if view is None:
            return
        try:
            merged = self.panel.merged_value() if choice == "merged" else None
        except YjdeskError as exc:
            self.panel.error.setText(error_text(exc))
            return

        def settle(uow: UnitOfWork) -> None:
            conflicts.resolve(uow.session, view.id, choice, merged)

        def done(_result: object) -> None:
            self.message.setText(fill(tr("Settled: %1 of %2. It will be sent at the next "
                                         "sync."), field_text(view), record_text(view)))
            self.reload()

        self.ctx.tasks.run_db(settle, done, lambda exc: self.panel.error.setText(error_text(exc)))

    def _finished(self, result: SyncResult) -> None:
        self.message.setText(fill(tr("Sync finished: %1."), result_text(result)))
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(fill(tr("Sync did not finish: %1"), error_text(exc)))
        self.reload()
