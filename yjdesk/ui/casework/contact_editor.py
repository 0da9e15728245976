"""The ACORNS contact editor: keyboard-first, autosaving a draft on the database worker.

Tab moves through the fields in order; Ctrl+S saves the draft, Ctrl+Enter finalises,
Esc closes (saving the draft first). A draft is saved every few seconds while typing, so
closing the app (or a flat battery) loses at most a few seconds of typing.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace
from html import escape
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from yjdesk.errors import ValidationError
from yjdesk.models.casework.contacts import ACORNS_FIELDS
from yjdesk.models.statuses import ContactStatus
from yjdesk.models.types import utcnow
from yjdesk.services.casework import contacts as svc
from yjdesk.services.casework.contacts import ContactInput
from yjdesk.services.casework.plans import current_plan, plan_targets
from yjdesk.services.children import get_child
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import UK, clock_text, time_text, uk_time
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.casework.common import text_box
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import fit_to_screen, set_read_only
from yjdesk.ui.error_dialog import show_error
from yjdesk.ui.i18n import QT_TR_NOOP, fill, tr
from yjdesk.ui.messages import error_text
from yjdesk.ui.widgets.clash import ClosesAfterSaving, ask_to_save, clash_not_saved
from yjdesk.ui.widgets.forms import CodeCombo, DateField, FormLayout
from yjdesk.ui.widgets.lifetime import alive

log = logging.getLogger(__name__)

AUTOSAVE_MS = 3000
LETTERS = {"aim": "A", "content": "C", "outcome": "O", "risk": "R", "next_steps": "N",
           "safeguarding": "S"}


@dataclass
class EditorData:
    child_name: str
    targets: list[tuple[str, str]]
    contact: ContactInput | None
    status: str
    #: A final record still inside its author's edit window.
    editable: bool = False


def _load(uow: UnitOfWork, child_id: str, contact_id: str | None) -> EditorData:
    s = uow.session
    child = get_child(s, child_id)
    plan = current_plan(s, child_id)
    areas = codelist("plan_area")
    targets = [(t.id, f"{tr(areas.label(t.area))}: {t.description}")
               for t in plan_targets(s, plan.id)] if plan else []
    data, editable = None, False
    status: str = ContactStatus.DRAFT
    if contact_id is not None:
        c = svc.get_contact(s, contact_id)
        data, status = ContactInput.from_contact(c, svc.target_ids(s, contact_id)), c.status
        editable = c.status == ContactStatus.FINAL and svc.can_edit(s, c)
    return EditorData(child.display_name, targets, data, status, editable)


def _against(base: ContactInput | None, data: ContactInput, accept: dict[str, object],
             keep: frozenset[str]) -> tuple[ContactInput | None, ContactInput]:
    """On the database worker, as a save job starts: the base the save is made from and
    what it sends. ``accept``: fields shown as changed elsewhere that the person chose to
    save over (their base is what they were shown); ``keep``: fields shown as changed
    elsewhere and not (yet) chosen, sent as the base holds them, so the save keeps what
    the store holds there and saves the rest. Only the person's deliberate save moves the
    base past a clash: a save that finds one leaves the base as it was."""
    if base is None:
        return None, data
    was = replace(svc.as_stored(base), **accept) if accept else base  # type: ignore[arg-type]
    if keep:
        data = replace(data, **{name: getattr(was, name) for name in keep})
    return was, data


#: A field's name as a message about a clash left unsaved names it.
FIELD_WORDS = {
    "contact_at": QT_TR_NOOP("When"), "contact_type": QT_TR_NOOP("Type"),
    "venue": QT_TR_NOOP("Venue"), "venue_detail": QT_TR_NOOP("Venue detail"),
    "present": QT_TR_NOOP("Who was present"), "attendance": QT_TR_NOOP("Attendance"),
    "aim": QT_TR_NOOP("Aim"), "content": QT_TR_NOOP("Content"),
    "outcome": QT_TR_NOOP("Outcome"), "risk": QT_TR_NOOP("Risk"),
    "next_steps": QT_TR_NOOP("Next steps"), "safeguarding": QT_TR_NOOP("Safeguarding"),
    "safeguarding_concern": QT_TR_NOOP("Safeguarding concern"),
    "child_views": QT_TR_NOOP("Child's views, wishes and feelings"),
    "target_ids": QT_TR_NOOP("Plan targets worked on"),
}
CODE_LISTS = {"contact_type": "contact_type", "venue": "contact_venue",
              "attendance": "attendance"}


def _in_words(name: str, value: object, targets: dict[str, str]) -> str:
    """A field's value as a message about a clash quotes it."""
    if value in (None, "", []):
        return tr("(nothing)")
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, dt.datetime):
        return time_text(value)
    if isinstance(value, list):
        return "; ".join(targets.get(str(t), str(t)) for t in value)
    if name in CODE_LISTS:
        return tr(codelist(CODE_LISTS[name]).label(str(value)))
    return f'"{value}"'


def _not_saved(now: dict[str, object], data: ContactInput,
               targets: dict[str, str]) -> ValidationError:
    """A clash left unsaved as the editor goes (sign out, quit): no field is left to show
    it under, so a message quotes both texts (the other one is kept)."""
    mine = svc.as_stored(data)
    return ValidationError({name: clash_not_saved(
        tr(FIELD_WORDS.get(name, name)), _in_words(name, value, targets),
        _in_words(name, getattr(mine, name), targets)) for name, value in now.items()})


class ContactEditor(ClosesAfterSaving, QDialog):
    """Write (or carry on with) an ACORNS record for one child."""

    def __init__(self, ctx: AppContext, child_id: str, contact_id: str | None = None,
                 parent: QWidget | None = None, autosave_ms: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child_id = child_id
        self.contact_id = contact_id
        #: The draft's id as the database worker last saved it: read and set by each save
        #: job on the worker (jobs run one after another there), so a save queued while an
        #: earlier one of a new record is still running updates that record, not a second.
        self._draft_id: list[str | None] = [contact_id]
        #: The record as this editor last showed or saved it (set on load, then by each
        #: save job on the worker once it is on disk): a save changes only what was
        #: changed from it, so an edit pulled meanwhile (a manager's amendment) is kept, or
        #: shown if it clashes. A save that finds a clash leaves it as it was.
        self._base: list[ContactInput | None] = [None]
        #: Fields shown as changed elsewhere (name -> what the store holds): the person's
        #: text stays; no autosave, and no other save writes them, until the person saves.
        self._clashes: dict[str, object] = {}
        #: Such fields the person chose to save over (name -> what they were shown): the
        #: next save's base there (kept until a save is on disk).
        self._accepted: dict[str, object] = {}
        #: The person chose to close, keeping the other text where it clashes.
        self._discarding = False
        self.dirty = False
        self.saving = False
        self._in_flight = 0
        #: Closing waits for the draft to be saved (a failed save keeps the editor open).
        self._close_when_saved = False
        # The question "Save your changes to this record?" while it is open.
        self.question: QMessageBox | None = None
        # The window goes with the session (sign out, quit): nobody is left to ask.
        self._session_ending = False
        self.final = False
        self.editing_final = False
        self.loaded = False
        self.saves = 0
        self.setWindowTitle(tr("New contact record"))
        self.setObjectName("contactEditor")
        fit_to_screen(self, 760, 860)
        outer = QVBoxLayout(self)
        self.heading = QLabel(tr("Contact record"))
        self.heading.setObjectName("contactHeading")
        outer.addWidget(self.heading)
        body = QWidget()
        self.form = FormLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._build_fields()
        self.status = QLabel("")
        self.status.setObjectName("autosaveStatus")
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        self.save_button = QPushButton(tr("Save draft (Ctrl+S)"))
        self.final_button = QPushButton(tr("Finalise (Ctrl+Enter)"))
        self.close_button = QPushButton(tr("Close"))
        for b in (self.save_button, self.final_button, self.close_button):
            b.setAutoDefault(False)
            row.addWidget(b)
        outer.addLayout(row)
        order = [self.date, self.time, self.contact_type, self.venue, self.venue_detail,
                 self.present, self.attendance, *self.texts.values(), self.concern,
                 self.views, self.targets, self.final_button, self.save_button,
                 self.close_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.save_button.clicked.connect(self.save_draft)
        self.final_button.clicked.connect(self.finalise)
        self.close_button.clicked.connect(self.close)
        for keys, slot in (("Ctrl+S", self.save_draft), ("Ctrl+Return", self.finalise),
                           ("Ctrl+Enter", self.finalise)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.timer = QTimer(self)
        self.timer.setInterval(autosave_ms if autosave_ms is not None else AUTOSAVE_MS)
        self.timer.timeout.connect(self._autosave)
        self.timer.start()
        self.date.setFocus()
        ctx.tasks.run_db(lambda uow: _load(uow, child_id, contact_id), self._loaded,
                         self._failed)

    # --- building -------------------------------------------------------------------------

    def _build_fields(self) -> None:
        f = self.form
        self.date = DateField(tr("Date of contact"))
        self.date.setObjectName("contactDate")
        self.date.set_date(self.ctx.today())
        self.time = QLineEdit()
        self.time.setObjectName("contactTime")
        self.time.setAccessibleName(tr("Time of contact"))
        self.time.setPlaceholderText(tr("hh:mm"))
        self.time.setMaxLength(5)
        self.time.setMaximumWidth(80)
        when = QWidget()
        lay = QHBoxLayout(when)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.date)
        lay.addWidget(QLabel(tr("at")))
        lay.addWidget(self.time)
        lay.addStretch(1)
        f.add_field("contact_at", tr("&When"), when).widget.setFocusProxy(self.date)
        self.contact_type = CodeCombo("contact_type")
        self.venue = CodeCombo("contact_venue")
        self.venue_detail = QLineEdit()
        self.present = QLineEdit()
        self.attendance = CodeCombo("attendance")
        f.add_field("contact_type", tr("&Type"), self.contact_type)
        f.add_field("venue", tr("&Venue"), self.venue)
        f.add_field("venue_detail", tr("Venue detail"), self.venue_detail)
        f.add_field("present", tr("Who was &present"), self.present)
        f.add_field("attendance", tr("A&ttendance"), self.attendance)
        self.texts: dict[str, Any] = {}
        labels = {"aim": tr("Aim"), "content": tr("Content"), "outcome": tr("Outcome"),
                  "risk": tr("Risk"), "next_steps": tr("Next steps"),
                  "safeguarding": tr("Safeguarding")}
        for name in ACORNS_FIELDS:
            box = text_box(name, 5 if name == "content" else 3)
            self.texts[name] = box
            f.add_field(name, fill(tr("%1 - %2"), LETTERS[name], labels[name]), box)
        self.concern = QCheckBox(tr("Safeguarding concern: tell my manager"))
        self.concern.setObjectName("safeguardingConcern")
        f.add_field("safeguarding_concern", "", self.concern)
        self.views = text_box("child_views", 3)
        f.add_field("child_views", tr("Child's views, wishes\nand feelings (own words)"),
                    self.views)
        self.targets = QListWidget()
        self.targets.setObjectName("targets")
        self.targets.setMaximumHeight(110)
        f.add_field("target_ids", tr("Plan targets worked on"), self.targets)
        for w in (self.date, self.time, self.venue_detail, self.present):
            w.textEdited.connect(self._touched)
        for combo in (self.contact_type, self.venue, self.attendance):
            combo.currentIndexChanged.connect(self._touched)
        for box in (*self.texts.values(), self.views):
            box.textChanged.connect(self._touched)
        self.concern.toggled.connect(self._touched)
        self.targets.itemChanged.connect(self._touched)

    # --- data -----------------------------------------------------------------------------

    def _loaded(self, data: EditorData) -> None:
        if not alive(self):
            return
        title = fill(tr("Contact record - %1"), data.child_name)
        self.heading.setText(f"<b>{escape(title)}</b>")
        self.setWindowTitle(title)
        wanted = set(data.contact.target_ids) if data.contact else set()
        self.targets.blockSignals(True)
        for tid, label in data.targets:
            item = QListWidgetItem(label, self.targets)
            item.setData(Qt.ItemDataRole.UserRole, tid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tid in wanted
                               else Qt.CheckState.Unchecked)
        self.targets.blockSignals(False)
        if data.contact is not None:
            self._fill(data.contact)
        self._base[0] = data.contact
        self.final = data.status == ContactStatus.FINAL
        self.editing_final = data.status == ContactStatus.FINAL and data.editable
        if self.final:
            self.timer.stop()
            self.save_button.setEnabled(False)
            if self.editing_final:
                self.final = False
                self.final_button.setText(tr("Save changes (Ctrl+Enter)"))
                self.status.setText(tr("Final record: you can still correct it in the "
                                       "edit window."))
            else:
                self.final_button.setEnabled(False)
                self._lock_fields()
                self.status.setText(tr("This record is final: amend it from the Contacts "
                                       "tab (with a reason)."))
        self.loaded = True
        self.dirty = False

    def _lock_fields(self) -> None:
        """A final record past its edit window: every field read-only, and looking it."""
        for w in (self.time, self.venue_detail, self.present, *self.texts.values(),
                  self.views):
            set_read_only(w, True)
        for w in (self.date, self.contact_type, self.venue, self.attendance, self.concern,
                  self.targets):
            w.setEnabled(False)

    def _fill(self, c: ContactInput) -> None:
        if c.contact_at is not None:
            local = uk_time(c.contact_at)  # typed and shown in UK time
            self.date.set_date(local.date())
            self.time.setText(local.strftime("%H:%M"))
        else:
            self.date.set_date(None)
        self.contact_type.set_code(c.contact_type)
        self.venue.set_code(c.venue)
        self.attendance.set_code(c.attendance)
        self.venue_detail.setText(c.venue_detail or "")
        self.present.setText(c.present or "")
        for name, box in self.texts.items():
            box.setPlainText(getattr(c, name) or "")
        self.views.setPlainText(c.child_views or "")
        self.concern.setChecked(c.safeguarding_concern)

    def _touched(self, *_args: object) -> None:
        self.dirty = True
        if not self.status.text().startswith("Not saved"):
            self.status.setText(tr("Unsaved changes"))

    def contact_at(self) -> dt.datetime | None:
        day = self.date.date()
        text = self.time.text().strip()
        if day is None or not text:
            return None
        try:
            clock = dt.datetime.strptime(text, "%H:%M").time()
        except ValueError:
            return None
        return dt.datetime.combine(day, clock, tzinfo=UK).astimezone(dt.UTC)

    def value(self) -> ContactInput:
        ids = [self.targets.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(self.targets.count())
               if self.targets.item(i).checkState() == Qt.CheckState.Checked]
        return ContactInput(
            contact_at=self.contact_at(), contact_type=self.contact_type.code(),
            venue=self.venue.code(), venue_detail=self.venue_detail.text(),
            present=self.present.text(), attendance=self.attendance.code(),
            safeguarding_concern=self.concern.isChecked(),
            child_views=self.views.toPlainText(), target_ids=ids,
            **{name: box.toPlainText() for name, box in self.texts.items()})

    # --- saving ---------------------------------------------------------------------------

    @property
    def conflict(self) -> bool:
        """A clash with an edit arrived by sync is on show (see :attr:`_clashes`)."""
        return bool(self._clashes)

    def _autosave(self) -> None:
        if self.dirty and not self.saving and self.loaded and not self.final \
                and not self.editing_final and not self.conflict:
            self._queue_draft()

    def save_draft(self) -> None:
        """The person saves (Save draft, Ctrl+S): what they see, over a clash on show."""
        if self.final or self.saving or self.editing_final:
            return
        self._accept_clashes()
        self._queue_draft()

    def _accept_clashes(self) -> None:
        """The person saves what they see: their text replaces the other text shown."""
        self._accepted.update(self._clashes)
        self._clashes.clear()

    def _show_clashes(self) -> None:
        self.form.set_errors(svc.ChangedElsewhere(dict(self._clashes)).errors)

    def _target_words(self) -> dict[str, str]:
        return {str(self.targets.item(i).data(Qt.ItemDataRole.UserRole)):
                self.targets.item(i).text() for i in range(self.targets.count())}

    def _queue_draft(self) -> None:
        """Save what the fields hold now, after any save still on the worker; a field
        shown as changed elsewhere is saved only once the person chose to (accepted)."""
        data = self.value()
        holder, base, child_id = self._draft_id, self._base, self.child_id
        accept, self._accepted = self._accepted, {}
        keep = frozenset(self._clashes)
        targets = self._target_words()
        self._in_flight += 1
        self.saving = True
        self.dirty = False

        def job(uow: UnitOfWork) -> str:
            was, sent = _against(base[0], data, accept, keep)
            contact = svc.save_draft(uow.session, child_id, sent, holder[0], was)
            uow.commit()  # (the base moves on only once the text is on disk)
            base[0] = svc.as_stored(sent)
            holder[0] = contact.id
            return contact.id

        self.ctx.tasks.run_db(job, lambda contact_id: self._draft_saved(contact_id, accept),
                              lambda exc: self._draft_failed(exc, accept, data, targets))

    def _draft_saved(self, contact_id: str, accept: dict[str, object]) -> None:
        self.saves += 1
        self.contact_id = contact_id
        self._in_flight -= 1
        self.saving = self._in_flight > 0
        if not alive(self):
            return
        if self._clashes:
            self.status.setText(fill(tr("Draft saved %1, but not your text changed on "
                                        "another laptop (see the form)."),
                                     clock_text(utcnow())))
        else:
            self.status.setText(fill(tr("Draft saved %1"), clock_text(utcnow())))
            if accept:  # the other text shown is replaced
                self.form.clear_errors()
        if self._close_when_saved and not self.saving:
            if self.dirty:  # typed while the last save ran
                self._queue_draft()
            else:
                self.close()

    def _draft_failed(self, exc: BaseException, accept: dict[str, object],
                      data: ContactInput, targets: dict[str, str]) -> None:
        self._in_flight -= 1
        self.saving = self._in_flight > 0
        self.dirty = True
        for name, value in accept.items():  # still the person's choice, for the next save
            self._accepted.setdefault(name, value)
        if not alive(self) or self._session_ending:
            # (only at sign-out: a closing editor stays open until its draft is saved)
            self._gone_failure(exc, data, targets)
            return
        self._close_when_saved = False  # stay open: the text is still here
        self._discarding = False
        if not self.timer.isActive() and not self.final:
            self.timer.start()
        if isinstance(exc, svc.ChangedElsewhere):
            self._clashed(exc)
            self.status.setText(tr("Not saved: changed on another laptop (see the form)."))
        elif isinstance(exc, ValidationError):
            self.status.setText(fill(tr("Not saved: %1"), error_text(exc)))
        else:
            self.status.setText(tr("Not saved: your text is still here."))
            show_error(self, exc)

    def _clashed(self, exc: svc.ChangedElsewhere) -> None:
        """Nothing was saved: the person's text stays, the other text shows under it."""
        for name in exc.now:
            self._accepted.pop(name, None)
        self._clashes.update(exc.now)
        self._show_clashes()

    def _gone_failure(self, exc: BaseException, data: ContactInput,
                      targets: dict[str, str]) -> None:
        """A save failed with the editor gone (or going with the session): the person
        must still hear what was not saved."""
        if isinstance(exc, svc.ChangedElsewhere):
            exc = _not_saved(exc.now, data, targets)
        self.ctx.tasks.default_failure(exc)

    def finalise(self) -> None:
        """The person finalises (Ctrl+Enter), or saves a correction ("Save changes"):
        what they see, over a clash on show."""
        self._finalise(deliberate=True)

    def _finalise(self, *, deliberate: bool) -> None:
        if self.final or self.saving:
            return
        self.form.clear_errors()
        problems = self.form.input_errors()
        if self.time.text().strip() and self.contact_at() is None:
            problems["contact_at"] = "Type the time as hh:mm, e.g. 14:30."
        elif self.date.date() is not None and not self.time.text().strip():
            problems["contact_at"] = "Type the time of the contact as hh:mm."
        if problems:
            # (and the other text still shown where it clashes)
            self.form.set_errors({**svc.ChangedElsewhere(dict(self._clashes)).errors,
                                  **problems})
            return
        if deliberate:
            self._accept_clashes()
        data = self.value()
        contact_id, child_id, base = self.contact_id, self.child_id, self._base
        accept, self._accepted = self._accepted, {}
        keep = frozenset(self._clashes)
        targets = self._target_words()
        self.saving = True

        editing = self.editing_final

        def job(uow: UnitOfWork) -> str:
            was, sent = _against(base[0], data, accept, keep)
            if editing and contact_id is not None:
                saved = svc.edit_final(uow.session, contact_id, sent, base=was).id
            else:
                saved = svc.finalise(uow.session, child_id, sent, contact_id, base=was).id
            uow.commit()  # (the base moves on only once the text is on disk)
            base[0] = svc.as_stored(sent)
            return saved

        self.ctx.tasks.run_db(job, self._finalised,
                              lambda exc: self._final_failed(exc, accept, data, targets))

    def _finalised(self, contact_id: str) -> None:
        self.saving = False
        self.final = True
        self.contact_id = contact_id
        self.dirty = False
        self.ctx.events.status.emit(tr("Contact record saved."))
        if alive(self):  # (gone if saved as the session ended)
            self.timer.stop()
            self.accept()

    def _final_failed(self, exc: BaseException, accept: dict[str, object],
                      data: ContactInput, targets: dict[str, str]) -> None:
        self.saving = False
        for name, value in accept.items():
            self._accepted.setdefault(name, value)
        if not alive(self) or self._session_ending:
            self._gone_failure(exc, data, targets)
            return
        if isinstance(exc, svc.ChangedElsewhere):
            self._clashed(exc)
            self.status.setText(tr("Please check the form: nothing was finalised."))
        elif isinstance(exc, ValidationError):
            self.form.set_errors(exc.errors)
            self.status.setText(tr("Please check the form: nothing was finalised."))
        else:
            show_error(self, exc)

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            show_error(self, exc)

    # --- closing --------------------------------------------------------------------------

    def flush(self) -> None:
        """Queue a draft save if anything is unsaved (the worker finishes it), even while
        an earlier save is still running: the window may be gone when that one ends. A
        field shown as changed elsewhere is not saved over (the idle lock, closing: only
        the person's own save replaces the other text)."""
        if self.dirty and self.loaded and not self.final and not self.editing_final:
            self._queue_draft()

    def session_ending(self) -> None:
        """The session ends under this editor (sign out, quit: the main window closes and
        this window goes with it). Nobody is left to ask, so nothing is discarded: a draft
        is saved as by :meth:`flush`, and a correction of a final record typed in its edit
        window is saved as "Save changes" saves it (checked as ever; an amendment pulled
        meanwhile is kept, or the correction is not saved over it). Text shown as changed
        elsewhere is not saved over it: the person is told, in a message quoting both."""
        self._session_ending = True
        if self._clashes:
            self.ctx.tasks.default_failure(_not_saved(
                self._clashes, self.value(), self._target_words()))
        if not self._correction_unsaved():
            self.flush()
            return
        self._finalise(deliberate=False)
        if not self.saving:  # (the form cannot be read as typed: a wrong time, say)
            log.warning("a correction of contact %s could not be saved at sign out: %s",
                        self.contact_id, self.form.errors())

    def _correction_unsaved(self) -> bool:
        """A final record corrected in its edit window and not saved ("Save changes" is
        the only save of a correction: it is never autosaved)."""
        return self.editing_final and self.dirty and self.loaded and not self.final

    def _must_ask(self) -> bool:
        """Closing would lose what the person typed unless they say: a correction not
        saved, or their text where it clashes with an edit arrived by sync."""
        if self._session_ending or self.final or not self.loaded:
            return False
        return self._correction_unsaved() or (self.conflict and not self._discarding)

    def _ask_to_save(self) -> None:
        """The person closes the editor with a correction not saved, or with their text
        shown as changed elsewhere: save it (over the other text), discard it (their
        deliberate choice: it cannot be undone) or stay."""
        if self.question is not None and alive(self.question):
            self.question.raise_()
            return
        if self.editing_final:
            informative = tr("You have corrected this final record but not saved the "
                             "corrections. Discarding them cannot be undone.")
            if self.conflict:
                informative = tr("You have corrected this final record but not saved the "
                                 "corrections. Some were changed on another laptop "
                                 "meanwhile (shown under the field): saving puts yours in "
                                 "their place. Discarding cannot be undone.")
        else:
            informative = tr("Some of your text was changed on another laptop meanwhile "
                             "(shown under the field): saving puts yours in its place; "
                             "discarding keeps the other laptop's text there and loses "
                             "yours. The rest of the draft is saved either way.")

        def answered(choice: str) -> None:
            self.question = None
            if not alive(self):
                return
            if choice == "save":
                if self.editing_final:
                    self.finalise()  # closes once saved; a refusal shows under its field
                    return
                self._accept_clashes()
                self._queue_draft()
                self._close_when_saved = True
                self.status.setText(tr("Saving the draft before closing ..."))
            elif choice == "discard":
                if self.editing_final:
                    self.dirty = False
                    self._clashes.clear()
                else:
                    self._discarding = True  # the rest is saved, then the editor closes
                self.close()
            # Cancel, or the question closed by the lock: the editor stays, as typed

        self.question = ask_to_save(self, tr("Save your changes to this record?"),
                                    informative, answered)

    def _wait_for_save(self) -> bool:
        """Before closing: save what is unsaved and say whether to wait for it. The
        editor closes itself once the draft is saved; a failed save keeps it open."""
        self.flush()
        if not self.saving or self.final:
            return False
        self._close_when_saved = True
        self.status.setText(tr("Saving the draft before closing ..."))
        return True


def open_new_contact(ctx: AppContext, child_id: str,
                     parent: QWidget | None = None) -> ContactEditor:
    """Open the editor for a new ACORNS record for ``child_id`` (non-modal)."""
    editor = ContactEditor(ctx, child_id, parent=parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor


def open_contact(ctx: AppContext, child_id: str, contact_id: str,
                 parent: QWidget | None = None) -> ContactEditor:
    """Carry on with a draft (or view a final record)."""
    editor = ContactEditor(ctx, child_id, contact_id, parent=parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    return editor
