"""A child's record: a header that always says whose record this is, and the tabs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yjdesk.services.humanise import date_text
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui import registry
from yjdesk.ui.child_record import tabs
from yjdesk.ui.child_record.child_form import ChildFormDialog
from yjdesk.ui.child_record.data import ChildRecord, load_record
from yjdesk.ui.child_record.dialogs import (
    AddressDialog,
    DisposalDialog,
    OffenceDialog,
    RelationshipDialog,
)
from yjdesk.ui.context import AppContext
from yjdesk.ui.i18n import QT_TR_NOOP, case_number_text, fill, tr, tr_or
from yjdesk.ui.live import LiveData
from yjdesk.ui.messages import error_text
from yjdesk.ui.widgets.form_dialog import FormDialog
from yjdesk.ui.widgets.section_tabs import SectionTabs

log = logging.getLogger(__name__)

D = TypeVar("D", bound=FormDialog)

#: Built-in sections: these first, the features' sections after them, History last.
BUILT_IN_TABS = (
    ("overview", QT_TR_NOOP("Overview")),
    ("family", QT_TR_NOOP("Family and relationships")),
    ("justice", QT_TR_NOOP("Offences and disposals")),
)
HISTORY_TAB = ("history", QT_TR_NOOP("History"))
#: The facts under the child's name (captions, translated where shown).
HEADER_FACTS = (QT_TR_NOOP("Preferred name"), QT_TR_NOOP("Born"), QT_TR_NOOP("Case number"),
                QT_TR_NOOP("PNC"), QT_TR_NOOP("Current disposal"), QT_TR_NOOP("Case manager"))


class ChildHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("childHeader")
        self.name = QLabel()
        self.name.setObjectName("childName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for i, key in enumerate(HEADER_FACTS):
            caption = QLabel(tr(key))
            caption.setProperty("muted", True)
            value = QLabel("")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"fact{key.replace(' ', '')}")
            grid.addWidget(caption, 0, i)
            grid.addWidget(value, 1, i)
            self.facts[key] = value
        grid.setColumnStretch(len(self.facts), 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 4)
        box.addWidget(self.name)
        box.addLayout(grid)

    def show_record(self, record: ChildRecord, age: int | None) -> None:
        d = record.data
        self.name.setText(f"<h2 style='margin:0'>{_esc(d.given_name)} {_esc(d.family_name)}</h2>")
        dob = d.date_of_birth
        none = tr("Not recorded")
        values = {
            "Preferred name": d.preferred_name or none,
            "Born": fill(tr("%1 (age %2)"), date_text(dob), age) if dob else none,
            "Case number": case_number_text(record.case_number),
            "PNC": d.pnc_number or none,
            "Current disposal": tr_or(record.current_disposal, tr("No current disposal")),
            "Case manager": record.case_manager or tr("Unallocated"),
        }
        for key, value in values.items():
            self.facts[key].setText(value)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ChildRecordView(QWidget):
    """Opens with ``services.children.get_child`` (audited as a view) and stays current."""

    closed = Signal()
    loaded = Signal(object)

    def __init__(self, ctx: AppContext, child_id: str, tab_key: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child_id = child_id
        self.record: ChildRecord | None = None
        self.wanted_tab = tab_key
        self.tab_keys: list[str] = []
        self._feature_tabs: dict[str, QWidget] = {}
        self.dialog: FormDialog | None = None
        self.setObjectName("childRecord")

        self.header = ChildHeader()
        self.edit_button = QPushButton(tr("Edit details"))
        self.edit_button.clicked.connect(self.edit)
        self.edit_button.setEnabled(False)
        self.close_button = QPushButton(tr("Back to caseload"))
        self.close_button.setObjectName("backButton")
        self.close_button.setToolTip(tr("Close this record (Esc)"))
        self.close_button.clicked.connect(self.closed)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        self.tabs = SectionTabs()
        self.status = QLabel(tr("Opening the record..."))
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.status)
        outer.addWidget(self.tabs, 1)
        self._listening = True
        self._audit_view = True
        self.live = LiveData(ctx, self, None, self._show, query=self._query,
                             child_id=child_id, on_failure=self._failed)
        self.load(audit_view=True)

    def set_back_to(self, page_title: str) -> None:
        """Name the page "Back" returns to (the one the record was opened from)."""
        self.close_button.setText(fill(tr("Back to %1"),
                                       f"{page_title[:1].lower()}{page_title[1:]}"))
        self.close_button.setAccessibleName(fill(tr("Back to %1"), page_title))

    # --- loading ---------------------------------------------------------------------------

    def load(self, audit_view: bool = False) -> None:
        self._audit_view = audit_view
        self.live.reload()

    def _query(self) -> Callable[[UnitOfWork], ChildRecord]:
        child_id, audit_view = self.child_id, self._audit_view
        self._audit_view = False  # a reload after a change is not another view

        def fetch(uow: UnitOfWork) -> ChildRecord:
            return load_record(uow.session, child_id, audit_view=audit_view)

        return fetch

    def _failed(self, exc: BaseException) -> None:
        if not self._listening or not shiboken6.isValid(self):
            return
        self.status.setText(tr("This record could not be opened."))
        self.status.show()
        self.ctx.tasks.default_failure(exc)

    def _show(self, record: ChildRecord) -> None:
        if not self._listening or not shiboken6.isValid(self):  # closed while loading
            return
        self.record = record
        self.status.hide()
        self.edit_button.setEnabled(True)
        self.header.show_record(record, record.age_on(self.ctx.today()))
        current = self.current_tab_key() or self.wanted_tab
        built = {
            "overview": tabs.overview_tab(record, self.add_address),
            "family": tabs.family_tab(record, self.add_person),
            "justice": tabs.justice_tab(record, self.add_offence, self.add_disposal),
            "history": tabs.history_tab(record),
        }
        self.tabs.setUpdatesEnabled(False)
        if not self.tab_keys:
            for key, title in BUILT_IN_TABS:
                self.tabs.add(key, tr(title), built[key])
            self._add_feature_tabs()
            self.tabs.add(HISTORY_TAB[0], tr(HISTORY_TAB[1]), built["history"])
            self.tab_keys = self.tabs.keys()
        else:
            for key in built:
                self.tabs.replace(key, built[key])
        self.tabs.setUpdatesEnabled(True)
        self.show_tab(current or "overview")
        self.loaded.emit(record)

    def _add_feature_tabs(self) -> None:
        for spec in registry.child_tabs_for(self.ctx.actor.role):
            try:
                widget = spec.factory(self.ctx, self.child_id)
            except Exception as exc:  # one broken tab must not hide the record
                log.exception("child tab %s failed", spec.key)
                widget = QLabel(fill(tr("This part of the record could not be shown: %1"),
                                     error_text(exc)))
            self._feature_tabs[spec.key] = widget
            self.tabs.add(spec.key, tr(spec.title), widget)

    def current_tab_key(self) -> str:
        return self.tabs.current_key() if self.tab_keys else ""

    def show_tab(self, key: str) -> bool:
        if key in self.tab_keys:
            self.tabs.show_section(key)
            return True
        self.wanted_tab = key
        return False

    # --- forms ------------------------------------------------------------------------------

    def _open(self, dialog: D) -> D:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def edit(self) -> ChildFormDialog | None:
        if self.record is None:
            return None
        return self._open(ChildFormDialog(self.ctx, self.child_id, self.record.data, self))

    def add_address(self) -> AddressDialog:
        return self._open(AddressDialog(self.ctx, self.child_id, self))

    def add_person(self) -> RelationshipDialog:
        return self._open(RelationshipDialog(self.ctx, self.child_id, self))

    def add_offence(self) -> OffenceDialog:
        return self._open(OffenceDialog(self.ctx, self.child_id, self))

    def add_disposal(self) -> DisposalDialog:
        offences = self.record.offences if self.record else ()
        return self._open(DisposalDialog(self.ctx, self.child_id, offences, self))

    # --- locking ----------------------------------------------------------------------------

    def clear(self) -> None:
        """Drop every widget that shows the child's data (the window is locking)."""
        if self._listening:
            self.live.pause()
            self._listening = False
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            if dialog.parentWidget() is self:  # (not one the lock keeps for after unlock)
                dialog.saving = False
                dialog.done(0)
        self.record = None
        self.tabs.clear()
        self._feature_tabs.clear()
        self.tab_keys = []
        self.header.hide()
