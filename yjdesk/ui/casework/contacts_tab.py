"""The Contacts tab: the child's ACORNS records, drafts to carry on, amendments."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QSplitter, QTextBrowser, QWidget

from yjdesk.models.casework import Contact, ContactAmendment
from yjdesk.models.statuses import ContactStatus
from yjdesk.services.casework import contacts as svc
from yjdesk.services.codes import codelist
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.casework.common import (
    LoadingTab,
    fill_table,
    fmt_date,
    make_table,
    selected_key,
    text_box,
)
from yjdesk.ui.casework.contact_editor import open_contact, open_new_contact
from yjdesk.ui.context import AppContext
from yjdesk.ui.widgets.form_dialog import FormDialog, Job

LABELS = {"aim": "Aim", "content": "Content", "outcome": "Outcome", "risk": "Risk",
          "next_steps": "Next steps", "safeguarding": "Safeguarding",
          "child_views": "Child's views, wishes and feelings", "present": "Who was present",
          "venue_detail": "Venue detail"}


@dataclass
class ContactRow:
    contact: Contact
    amendments: list[ContactAmendment]
    editable: bool


def _esc(text: str | None) -> str:
    from html import escape

    return escape(text or "").replace("\n", "<br>")


def describe(row: ContactRow) -> str:
    c = row.contact
    types, venues, att = codelist("contact_type"), codelist("contact_venue"), codelist(
        "attendance")
    parts = [f"<h3>{types.label(c.contact_type) or 'Contact'} - {fmt_date(c.contact_at)}</h3>",
             f"<p>{venues.label(c.venue)} {_esc(c.venue_detail)}<br>"
             f"Present: {_esc(c.present)}<br>{att.label(c.attendance)}"
             f"{' - <b>DRAFT</b>' if c.status == ContactStatus.DRAFT else ''}</p>"]
    for name in ("aim", "content", "outcome", "risk", "next_steps", "safeguarding",
                 "child_views"):
        parts.append(f"<p><b>{LABELS[name]}</b><br>{_esc(getattr(c, name))}</p>")
    if c.safeguarding_concern:
        parts.append("<p style='color:#a00000'><b>Safeguarding concern raised to the "
                     "manager.</b></p>")
    for a in row.amendments:
        parts.append(f"<p style='color:#555'><i>Amended {fmt_date(a.amended_at)}: "
                     f"{LABELS.get(a.field, a.field)} was \"{_esc(a.original_text)}\". "
                     f"Reason: {_esc(a.reason)}</i></p>")
    return "".join(parts)


class AmendDialog(FormDialog):
    def __init__(self, ctx: AppContext, contact: Contact, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "Amend contact record", parent, save_text="Amend",
                         intro="The edit window has passed: the original text is kept "
                               "with your reason.")
        self.contact = contact
        self.field_choice = QComboBox()
        for name in svc.AMENDABLE:
            self.field_choice.addItem(LABELS[name], name)
        self.new_text = text_box("new_text", 5)
        self.reason = text_box("reason", 2)
        self.form.add_field("field", "Part to amend", self.field_choice)
        self.form.add_field("new_text", "New text", self.new_text)
        self.form.add_field("reason", "Reason", self.reason)
        self.field_choice.currentIndexChanged.connect(self._pick)
        self._pick()

    def _pick(self, *_args: object) -> None:
        self.new_text.setPlainText(getattr(self.contact, self.field_choice.currentData()) or "")

    def job(self) -> Job:
        cid, name = self.contact.id, self.field_choice.currentData()
        text, reason = self.new_text.toPlainText(), self.reason.toPlainText()
        return lambda uow: svc.amend(uow.session, cid, {name: text}, reason)



class ContactsTab(LoadingTab):

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, child_id, parent)
        self.add_button("&New contact (Ctrl+Shift+A)", self.new_contact, "newContact")
        self.add_button("&Open / carry on", self.open_selected, "openContact")
        self.amend_button = self.add_button("A&mend...", self.amend, "amendContact")
        self.buttons.addStretch(1)
        split = QSplitter()
        self.table = make_table(["When", "Type", "Attendance", "Status"], "contactsTable")
        self.detail = QTextBrowser()
        self.detail.setObjectName("contactDetail")
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([380, 520])
        self.layout_.addWidget(split, 1)
        self.rows: list[ContactRow] = []
        self.table.currentCellChanged.connect(lambda *_a: self._show_selected())
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.dialog: QWidget | None = None
        self.reload()

    def fetch(self, uow: UnitOfWork) -> list[ContactRow]:
        s = uow.session
        return [ContactRow(c, svc.amendments(s, c.id), svc.can_edit(s, c, policy=self.ctx.policy))
                for c in svc.contacts(s, self.child_id)]

    def show_data(self, data: list[ContactRow]) -> None:
        self.rows = data
        types, att = codelist("contact_type"), codelist("attendance")
        fill_table(self.table, [
            [fmt_date(r.contact.contact_at, "(no date)"), types.label(r.contact.contact_type),
             att.label(r.contact.attendance),
             "Draft" if r.contact.status == ContactStatus.DRAFT else "Final"] for r in data],
            [r.contact.id for r in data])
        drafts = sum(1 for r in data if r.contact.status == ContactStatus.DRAFT)
        self.message.setText(f"{len(data)} record(s)" + (
            f"; {drafts} draft(s) of yours to finish" if drafts else ""))
        if data:
            self.table.selectRow(0)
        self._show_selected()

    def _selected(self) -> ContactRow | None:
        key = selected_key(self.table)
        return next((r for r in self.rows if r.contact.id == key), None)

    def _show_selected(self) -> None:
        row = self._selected()
        self.detail.setHtml(describe(row) if row else "<p>No contact records yet.</p>")
        self.amend_button.setEnabled(bool(row and row.contact.status == ContactStatus.FINAL))

    def new_contact(self) -> QWidget:
        self.dialog = open_new_contact(self.ctx, self.child_id, self)
        return self.dialog

    def open_selected(self) -> QWidget | None:
        row = self._selected()
        if row is None:
            return None
        self.dialog = open_contact(self.ctx, self.child_id, row.contact.id, self)
        return self.dialog

    def amend(self) -> QWidget | None:
        row = self._selected()
        if row is None or row.contact.status != ContactStatus.FINAL:
            return None
        dialog = AmendDialog(self.ctx, row.contact, self)
        dialog.open()
        self.dialog = dialog
        return dialog


__all__ = ["AmendDialog", "ContactsTab"]
