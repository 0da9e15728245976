"""The Contacts tab: the child's ACORNS records, drafts to carry on, amendments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QSplitter, QTextBrowser, QWidget

from yjdesk.models.casework import Contact
from yjdesk.models.statuses import ContactStatus
from yjdesk.services.casework import contacts as svc
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import time_text
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.casework.common import LoadingTab, text_box
from yjdesk.ui.casework.contact_editor import open_contact, open_new_contact
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import Tone, muted
from yjdesk.ui.i18n import QT_TR_NOOP, counted, fill, tr, tr_or
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.tables import RowsView

LABELS = {"aim": QT_TR_NOOP("Aim"), "content": QT_TR_NOOP("Content"),
          "outcome": QT_TR_NOOP("Outcome"), "risk": QT_TR_NOOP("Risk"),
          "next_steps": QT_TR_NOOP("Next steps"), "safeguarding": QT_TR_NOOP("Safeguarding"),
          "child_views": QT_TR_NOOP("Child's views, wishes and feelings"),
          "present": QT_TR_NOOP("Who was present"), "venue_detail": QT_TR_NOOP("Venue detail")}


@dataclass(frozen=True)
class AmendmentView:
    field: str
    original_text: str | None
    reason: str
    amended_at: dt.datetime


@dataclass(frozen=True)
class ContactRow:
    """A contact record as the tab shows it (plain data, made on the database worker)."""

    id: str
    status: str
    contact_type: str | None
    contact_at: dt.datetime | None
    venue: str | None
    attendance: str | None
    safeguarding_concern: bool
    texts: dict[str, str | None]
    amendments: tuple[AmendmentView, ...]
    #: The author may still change it in place (a draft, or final inside the edit window).
    editable: bool
    #: When the author's edit window closes (final records), else None.
    edit_until: dt.datetime | None

    @property
    def final(self) -> bool:
        return self.status == ContactStatus.FINAL


def contact_row(session: Any, c: Contact) -> ContactRow:
    texts = {name: getattr(c, name) for name in (*LABELS, "venue_detail")}
    return ContactRow(
        c.id, c.status, c.contact_type, c.contact_at, c.venue, c.attendance,
        bool(c.safeguarding_concern), texts,
        tuple(AmendmentView(a.field, a.original_text, a.reason, a.amended_at)
              for a in svc.amendments(session, c.id)),
        svc.can_edit(session, c),
        svc.edit_window_ends(c) if c.status == ContactStatus.FINAL else None)


def _esc(text: str | None) -> str:
    from html import escape

    return escape(text or "").replace("\n", "<br>")


def _given(text: str | None) -> str:
    """A section's text, or a muted "Not recorded" where it was left empty (a heading with
    nothing under it reads as if the text failed to load)."""
    if text and text.strip():
        return _esc(text)
    colour = muted(QGuiApplication.palette()).name()
    return f'<span style="color:{colour}">' + tr("Not recorded") + "</span>"


def describe(row: ContactRow) -> str:
    """The record beside the list, in the person's language (the code lists' labels are in
    the translation file: i18n_domain); what was typed is shown as typed."""
    types, venues, att = codelist("contact_type"), codelist("contact_venue"), codelist(
        "attendance")
    t = row.texts
    kind = tr_or(types.label(row.contact_type), tr("Contact"))
    when = time_text(row.contact_at, tr("no date yet"))
    present = fill(tr("Present: %1"), _given(t.get("present")))
    draft = " - <b>" + tr("DRAFT") + "</b>" if row.status == ContactStatus.DRAFT else ""
    parts = [f"<h3>{kind} - {when}</h3>",
             f"<p>{tr(venues.label(row.venue))} {_esc(t.get('venue_detail'))}<br>"
             f"{present}<br>{tr(att.label(row.attendance))}{draft}</p>"]
    for name in ("aim", "content", "outcome", "risk", "next_steps", "safeguarding",
                 "child_views"):
        parts.append(f"<p><b>{tr(LABELS[name])}</b><br>{_given(t.get(name))}</p>")
    if row.safeguarding_concern:
        parts.append("<p><b>" + tr("Safeguarding concern raised to the manager.") + "</b></p>")
    for a in row.amendments:
        parts.append("<p><i>" + fill(
            tr('Amended %1: %2 was "%3". Reason: %4'), time_text(a.amended_at),
            tr_or(LABELS.get(a.field), a.field), _esc(a.original_text),
            _esc(a.reason)) + "</i></p>")
    return "".join(parts)


def amend_intro(row: ContactRow) -> str:
    """What the Amend dialog says: the edit window is open or it has passed."""
    if row.editable and row.edit_until is not None:
        return fill(tr("You can still correct this record in place until %1 (use \"Open / "
                       "carry on\"). An amendment instead keeps the original text with your "
                       "reason."), time_text(row.edit_until))
    return tr("The edit window has passed: the original text is kept with your reason.")


class AmendDialog(FormDialog):
    def __init__(self, ctx: AppContext, contact: ContactRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Amend contact record"), parent, save_text=tr("Amend"),
                         intro=amend_intro(contact))
        self.contact = contact
        self.field_choice = QComboBox()
        self.field_choice.setAccessibleName(tr("Part to amend"))
        for name in svc.AMENDABLE:
            self.field_choice.addItem(tr(LABELS[name]), name)
        self.new_text = text_box("new_text", 5)
        self.new_text.setAccessibleName(tr("New text"))
        self.reason = text_box("reason", 2)
        self.reason.setAccessibleName(tr("Reason for the amendment"))
        self.form.add_field("field", tr("Part to amend"), self.field_choice)
        self.form.add_field("new_text", tr("New text"), self.new_text)
        self.form.add_field("reason", tr("Reason"), self.reason)
        self.field_choice.currentIndexChanged.connect(self._pick)
        self._pick()

    def _pick(self, *_args: object) -> None:
        self.new_text.setPlainText(self.contact.texts.get(self.field_choice.currentData())
                                   or "")

    def job(self) -> Job:
        cid, name = self.contact.id, self.field_choice.currentData()
        text, reason = self.new_text.toPlainText(), self.reason.toPlainText()
        return lambda uow: svc.amend(uow.session, cid, {name: text}, reason)


#: A contact record's status in the list.
STATUS_WORDS = {ContactStatus.DRAFT: QT_TR_NOOP("Draft"), ContactStatus.FINAL: QT_TR_NOOP("Final")}

CONTACT_COLUMNS: tuple[Column[ContactRow], ...] = (
    Column(
        QT_TR_NOOP("When"),
        lambda r: time_text(r.contact_at, tr("(no date)")),
        sort=lambda r: r.contact_at or dt.datetime.min.replace(tzinfo=dt.UTC),
    ),
    Column(
        QT_TR_NOOP("Type"), lambda r: tr(codelist("contact_type").label(r.contact_type)),
        stretch=True
    ),
    Column(
        QT_TR_NOOP("Attendance"), lambda r: tr(codelist("attendance").label(r.attendance)),
        stretch=True
    ),
    Column(
        QT_TR_NOOP("Status"),
        lambda r: tr(STATUS_WORDS[ContactStatus.DRAFT if r.status == ContactStatus.DRAFT
                                  else ContactStatus.FINAL]),
        tone=lambda r: Tone.DUE_SOON if r.status == ContactStatus.DRAFT else None,
    ),
)


class ContactsTab(LoadingTab):

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, child_id, parent)
        self.add_button(tr("&New contact (Ctrl+Shift+A)"), self.new_contact, "newContact")
        self.add_button(tr("&Open / carry on"), self.open_selected, "openContact")
        self.amend_button = self.add_button(tr("A&mend..."), self.amend, "amendContact")
        self.buttons.addStretch(1)
        split = QSplitter()
        self.table = RowsView(CONTACT_COLUMNS, "contactsTable", tr("Contact records"),
                              key=lambda r: r.id)
        self.detail = QTextBrowser()
        self.detail.setObjectName("contactDetail")
        self.detail.setAccessibleName(tr("The chosen contact"))
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([600, 320])  # the list's four columns whole, the record beside
        self.layout_.addWidget(split, 1)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_a: self._show_selected())
        self.table.opened.connect(lambda _key: self.open_selected())
        self.dialog: QWidget | None = None
        self.reload()

    def fetch(self, uow: UnitOfWork) -> list[ContactRow]:
        s = uow.session
        return [contact_row(s, c) for c in svc.contacts(s, self.child_id)]

    def show_data(self, data: list[ContactRow]) -> None:
        self.table.set_rows(data)
        drafts = sum(1 for r in data if r.status == ContactStatus.DRAFT)
        self.message.setText(counted(len(data), tr("%n record"), tr("%n records")) + (
            counted(drafts, tr("; %n draft of yours to finish"),
                    tr("; %n drafts of yours to finish")) if drafts else ""))
        self.table.select_first()
        self._show_selected()

    @property
    def rows(self) -> list[ContactRow]:
        return self.table.rows

    def _selected(self) -> ContactRow | None:
        row = self.table.current_row()
        return row if isinstance(row, ContactRow) else None

    def _show_selected(self) -> None:
        row = self._selected()
        self.detail.setHtml(describe(row) if row
                           else "<p>" + tr("No contact records yet.") + "</p>")
        self.amend_button.setEnabled(bool(row and row.final))

    def new_contact(self) -> QWidget:
        self.dialog = open_new_contact(self.ctx, self.child_id, self)
        return self.dialog

    def open_selected(self) -> QWidget | None:
        row = self._selected()
        if row is None:
            return None
        self.dialog = open_contact(self.ctx, self.child_id, row.id, self)
        return self.dialog

    def amend(self) -> AmendDialog | None:
        row = self._selected()
        if row is None or not row.final:
            return None
        dialog = AmendDialog(self.ctx, row, self)
        dialog.open()
        self.dialog = dialog
        return dialog


__all__ = ["AmendDialog", "ContactsTab"]
