"""The court report editor: write, submit, quality-check, finalise, print and record sending.

Everything the editor shows is loaded on the database worker into a :class:`ReportState`
(plain data); every action runs there too and reloads the state. The buttons on show depend
on the report's status and on who is signed in (only a team manager sees the check buttons).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import Message, ValidationError
from yjdesk.models.org import Role, UserAccount
from yjdesk.models.statuses import PsrReviewAction, PsrStatus
from yjdesk.models.types import utcnow
from yjdesk.services import audit
from yjdesk.services.codes import codelist
from yjdesk.services.court import gatekeeping as gk
from yjdesk.services.court import psr as ps
from yjdesk.services.court.document import build_document
from yjdesk.services.court.hearings import get_hearing
from yjdesk.services.court.prefill import assessment_warnings
from yjdesk.services.humanise import clock_text, date_text, time_text
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.court.dialogs import ReturnDialog, SentDialog
from yjdesk.ui.design import fit_to_screen, set_read_only
from yjdesk.ui.error_dialog import show_error
from yjdesk.ui.i18n import QT_TR_NOOP, QT_TRANSLATE_NOOP, fill, tr
from yjdesk.ui.widgets.clash import ClosesAfterSaving, ask_to_save, clash_not_saved
from yjdesk.ui.widgets.confirm import Confirmation, ConfirmDialog
from yjdesk.ui.widgets.forms import ChoiceCombo, CodeCombo, FormLayout, IntField
from yjdesk.ui.widgets.lifetime import alive
from yjdesk.ui.widgets.pdf import save_pdf
from yjdesk.ui.widgets.verify import VerifyRow

#: The author's text is saved this often while it changes (a crash loses at most this much).
AUTOSAVE_MS = 3000
TEXT_FIELDS = ("offence_analysis", "circumstances", "maturity", "needs", "strengths",
               "reoffending_rationale", "serious_harm_rationale", "safety_wellbeing_rationale",
               "conclusion", "proposal_detail", "assessment_basis")


def _changed_elsewhere(now: dict[str, Any]) -> dict[str, str]:
    """Under each section a colleague changed: what it reads now, and what to do."""
    return {key: fill(tr("Changed on another laptop since you opened this report. It now "
                         "reads: %1. Your text is still here: save again to replace that "
                         "with it."), _in_words(key, value))
            for key, value in now.items()}


#: Labels of the parts of a report that :data:`ps.LABELS` does not name.
MORE_LABELS = {"proposal_months": QT_TR_NOOP("Length (months)"),
               "requirements": QT_TR_NOOP("Requirements"),
               "proposal_detail": QT_TR_NOOP("Proposal detail")}


def _not_saved(now: dict[str, Any], mine: dict[str, str]) -> ValidationError:
    """Sections left unsaved over a colleague's as the editor goes (sign out, quit): no
    field is left to show the clash under, so a message quotes both texts."""
    return ValidationError({key: clash_not_saved(
        tr(ps.LABELS.get(key) or MORE_LABELS.get(key, key)), _in_words(key, value),
        mine.get(key, "")) for key, value in now.items()})


def _in_words(key: str, value: Any) -> str:
    """A section's value as the message about it quotes it."""
    if value in (None, "", []):
        return tr("(nothing)")
    if key in {rating for rating, _, _ in ps.RATINGS}:
        return tr(codelist("psr_rating").label(value))
    if key == "proposal_disposal_type":
        return tr(codelist("disposal_type").label(value))
    if key == "requirements":
        return "; ".join(r.requirement_code + (f": {r.detail}" if r.detail else "")
                         for r in value)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return f'"{value}"'


@dataclass(frozen=True)
class ReportState:
    psr_id: str
    kind: str
    status: str
    author_id: str | None
    data: ps.PsrInput
    warnings: list[str]
    source: str
    return_comments: str | None
    defaults: dict[str, str]
    title: str
    #: "for Blackpool Youth Court, 23/11/2026": the report's title after its kind.
    subject: str
    #: The gatekeeping steps and every sending, oldest first, in words.
    history: tuple[str, ...] = ()
    content_hash: str | None = None
    #: "finalised by Colin Hughes on 20/11/2026 14:05 GMT" (finalised reports).
    signed_words: str = ""


REVIEW_WORDS: dict[str, str] = {
    PsrReviewAction.SUBMITTED: QT_TR_NOOP("Submitted for the manager's check"),
    PsrReviewAction.COURT_READY: QT_TR_NOOP("Marked court ready"),
    PsrReviewAction.RETURNED: QT_TR_NOOP("Returned with comments"),
    PsrReviewAction.FINALISED: QT_TR_NOOP("Finalised"),
}
RECIPIENT_WORDS = {"court": QT_TR_NOOP("the court"), "defence": QT_TR_NOOP("the defence")}


def _signed_words(session: Session, psr: Any) -> str:
    if psr.finalised_at is None:
        return ""
    who = session.get(UserAccount, psr.finalised_by_id) if psr.finalised_by_id else None
    return fill(tr("finalised by %1 on %2"), who.display_name if who else tr("its author"),
                time_text(psr.finalised_at))


def _history(session: Session, psr_id: str) -> tuple[str, ...]:
    names = {uid: name for uid, name in session.execute(
        select(UserAccount.id, UserAccount.display_name))}
    lines = []
    someone = tr("someone")
    for r in gk.reviews(session, psr_id):
        line = fill(tr("%1: %2 by %3"), time_text(r.at),
                    tr(REVIEW_WORDS.get(r.action, r.action.capitalize())),
                    names.get(r.by_id, someone))
        lines.append((r.at, line + (f" - \"{r.comments}\"" if r.comments else "")))
    methods = codelist("psr_send_method")
    for s in gk.sendings(session, psr_id):
        lines.append((s.sent_at, fill(
            tr("%1: Sent to %2 (%3): %4. Recorded by %5"), time_text(s.sent_at),
            tr(RECIPIENT_WORDS.get(s.recipient_type, s.recipient_type)), s.recipient_name,
            tr(methods.label(s.method)), names.get(s.sent_by_id, someone))))
    return tuple(text for _when, text in sorted(lines, key=lambda x: x[0]))


def load_state(uow: UnitOfWork, psr_id: str, today: dt.date) -> ReportState:
    session = uow.session
    psr = ps.get_psr(session, psr_id)
    hearing = get_hearing(session, psr.hearing_id)
    audit.record_view(session, psr.child_id, "psr")
    signed = psr.source_stage_countersigned_at
    final = psr.status == PsrStatus.FINALISED
    source = (fill(tr("Pre-filled from the assessment countersigned %1 (ref %2)"),
                   date_text(signed), psr.source_stage_id[:8])
              if signed and psr.source_stage_id
              else tr("Written without a countersigned assessment") if final
              else tr("No countersigned assessment to pre-fill from"))
    defence = hearing.legal_rep_firm or hearing.legal_representative or ""
    return ReportState(
        psr_id=psr.id, kind=psr.kind, status=psr.status, author_id=psr.author_id,
        data=ps.PsrInput.from_report(session, psr),
        # a finalised report is what went to court: drafting warnings no longer apply
        warnings=[] if final else assessment_warnings(psr, today), source=source,
        return_comments=gk.latest_return_comments(session, psr.id),
        defaults={"court": hearing.court_name, "defence": defence},
        title=fill(tr("%1 for %2, %3"), tr(codelist("psr_kind").label(psr.kind)),
                   hearing.court_name, date_text(hearing.hearing_date)),
        subject=fill(tr("for %1, %2"), hearing.court_name, date_text(hearing.hearing_date)),
        history=_history(session, psr.id), content_hash=psr.content_hash,
        signed_words=_signed_words(session, psr))


class ReportEditor(ClosesAfterSaving, QDialog):
    """Edit one report; ``changed`` is emitted after every successful action."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, ctx: AppContext, psr_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.psr_id = psr_id
        self.state: ReportState | None = None
        self.dialog: ConfirmDialog | None = None
        self.last_pdf: Path | None = None
        self.setWindowTitle(tr("Court report"))
        fit_to_screen(self, 820, 760)
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setProperty("textStyle", "heading")
        self.heading.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("reportStatus")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setProperty("banner", True)
        psr = psr_id
        self.verify_row = VerifyRow(ctx, lambda uow: gk.verify(uow.session, psr), self)
        for w in (self.heading, self.status_label, self.banner, self.verify_row):
            outer.addWidget(w)
        body = QWidget()
        self.form = FormLayout(body)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(body)
        outer.addWidget(area, 1)
        self.fields: dict[str, Any] = {}
        #: Fields changed since the last save read them: a reload does not overwrite them.
        self._edited: set[str] = set()
        #: Each section as the person last saw it from the store: a save changes only the
        #: sections typed in, and only where the store still holds this (see ps.save_sections).
        self._base: dict[str, Any] = {}
        #: Sections shown as changed elsewhere (key -> what the store holds): the person's
        #: text stays; no autosave, and no other save (the lock, closing, sign out) writes
        #: them, until the person saves (Save draft, Submit, Refresh).
        self._conflicts: dict[str, Any] = {}
        #: Such sections the person chose to save over (key -> what they were shown): the
        #: base of the next save of each (kept until a save of it is on disk).
        self._accepted: dict[str, Any] = {}
        #: The person chose to close, keeping the colleague's text where it clashes.
        self._discarding = False
        # The question "Save your changes to this report?" while it is open.
        self.question: QMessageBox | None = None
        # The window goes with the session (sign out, quit): nobody is left to ask.
        self._session_ending = False
        #: Sections a save still on the worker writes (how many such saves), and what each
        #: save wrote (set and read on the worker only): a save queued behind another
        #: expects that one's text, not the base it was read against.
        self._flying: dict[str, int] = {}
        self._written: dict[str, Any] = {}
        self._filling = False
        self._saves_running = 0
        #: Closing waits for the text to be saved (a failed save keeps the editor open).
        self._close_when_saved = False
        self._build_fields()
        for key, widget in self.fields.items():
            self._watch(key, widget)
        self.history = QLabel()
        self.history.setObjectName("reportHistory")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.form.add_field("history", tr("History"), self.history)
        row = QHBoxLayout()
        row.addStretch(1)  # the buttons at their natural size, on the right
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("save", tr("Save draft"), self.save),
            ("refresh", tr("Refresh from assessment"), self.refresh_from_assessment),
            ("submit", tr("Submit for check"), self.submit),
            ("ready", tr("Court ready"), self.court_ready),
            ("return", tr("Return with comments"), self.return_report),
            ("finalise", tr("Finalise"), self.finalise),
            ("pdf", tr("Save PDF..."), self.save_pdf),
            ("sent", tr("Record sending..."), self.record_sent),
        ):
            button = QPushButton(label)
            button.setObjectName(f"report_{key}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        self.save_state = QLabel()
        self.save_state.setObjectName("reportSaveState")
        row.insertWidget(0, self.save_state)
        outer.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self._autosave)
        self.timer.start()
        self.reload()

    # --- fields -----------------------------------------------------------------------------

    def _build_fields(self) -> None:
        f = self.form
        self.fields["sources"] = f.add_field("sources", tr("Sources of information (one a line)"),
                                             QPlainTextEdit()).widget
        titles = dict(ps.SECTIONS)
        for key in ("offence_analysis", "circumstances", "maturity", "needs", "strengths"):
            self.fields[key] = f.add_field(key, tr(titles[key]), QPlainTextEdit()).widget
        for rating, why, title in ps.RATINGS:
            self.fields[rating] = f.add_field(rating, tr(title), CodeCombo("psr_rating")).widget
            self.fields[why] = f.add_field(why, tr("Rationale"), QPlainTextEdit()).widget
        self.fields["conclusion"] = f.add_field("conclusion", tr("Conclusion"),
                                                QPlainTextEdit()).widget
        orders = [(c.code, tr(c.label)) for c in codelist("disposal_type").codes
                  if c.extra.get("category") == "court"]
        self.fields["proposal_disposal_type"] = f.add_field(
            "proposal_disposal_type", tr("Proposed sentence"), ChoiceCombo(orders)).widget
        self.fields["proposal_months"] = f.add_field(
            "proposal_months", tr("Length (months)"), IntField(tr("Length"), 1, 480)).widget
        self.fields["requirements"] = f.add_field(
            "requirements", tr("Requirements (code: detail, one a line)"), QPlainTextEdit()).widget
        self.fields["proposal_detail"] = f.add_field("proposal_detail", tr("Proposal detail"),
                                                     QPlainTextEdit()).widget
        self.fields["assessment_basis"] = f.add_field(
            "assessment_basis", tr("How the ratings were assessed\n(printed in the report)"),
            QPlainTextEdit()).widget
        self.fields["assessment_basis"].setPlaceholderText(tr(
            "No countersigned, recent assessment stands behind this report: say how you "
            "assessed the ratings (who you saw, what you read)."))
        for w in self.fields.values():
            if isinstance(w, QPlainTextEdit):
                w.setMinimumHeight(70)

    def _watch(self, key: str, widget: QWidget) -> None:
        def touched(*_args: object) -> None:
            if not self._filling:
                self._edited.add(key)
                self.save_state.setText(tr("Unsaved changes"))

        if isinstance(widget, QPlainTextEdit | QLineEdit):
            widget.textChanged.connect(touched)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(touched)

    @property
    def dirty(self) -> bool:
        """Something typed is not saved yet."""
        return bool(self._edited)

    def _unsaved(self) -> set[str]:
        """Sections typed in and not saved that a save other than the person's own may
        write: not those shown as changed elsewhere."""
        return self._edited - set(self._conflicts)

    def _typed_words(self, key: str) -> str:
        """What the person typed in ``key``, as a message about a clash quotes it."""
        widget = self.fields[key]
        if isinstance(widget, QPlainTextEdit):
            text = widget.toPlainText().strip()
            return f'"{text}"' if text else tr("(nothing)")
        return _in_words(key, widget.code() if isinstance(widget, CodeCombo)
                         else widget.value())

    def _show_conflicts(self) -> None:
        if self._conflicts:
            self.form.set_errors(_changed_elsewhere(self._conflicts))

    def _fill(self, data: ps.PsrInput, keep: set[str] | frozenset[str] = frozenset()) -> None:
        """Show ``data``, except in the fields in ``keep`` (typed since the save that this
        reload follows: the person's newer text stays). A text that is already shown is not
        set again, so the cursor stays where the person left it."""
        def text(key: str, value: str) -> None:
            box = self.fields[key]
            if key not in keep and box.toPlainText() != value:
                box.setPlainText(value)

        self._filling = True
        try:
            text("sources", "\n".join(data.sources))
            for key in TEXT_FIELDS:
                text(key, getattr(data, key) or "")
            for rating, _, _ in ps.RATINGS:
                if rating not in keep:
                    self.fields[rating].set_code(getattr(data, rating))
            if "proposal_disposal_type" not in keep:
                self.fields["proposal_disposal_type"].set_value(data.proposal_disposal_type)
            if "proposal_months" not in keep:
                self.fields["proposal_months"].set_value(data.proposal_months)
            text("requirements", "\n".join(
                r.requirement_code + (f": {r.detail}" if r.detail else "")
                for r in data.requirements))
        finally:
            self._filling = False

    def read(self) -> ps.PsrInput:
        """The form as a :class:`PsrInput` (raises ValidationError for unreadable input)."""
        errors = self.form.input_errors()
        requirements: list[ps.ProposedRequirement] = []
        for i, line in enumerate(self.fields["requirements"].toPlainText().splitlines()):
            if not line.strip():
                continue
            code, _, detail = line.partition(":")
            code = code.strip()
            if code not in codelist("requirement"):
                found = next((c.code for c in codelist("requirement").codes
                              if c.label.lower() == code.lower()), None)
                if found is None:
                    errors.setdefault("requirements", Message(QT_TRANSLATE_NOOP(
                        "", "Line %1: unknown requirement '%2'."), i + 1, code))
                    continue
                code = found
            requirements.append(ps.ProposedRequirement(code, detail.strip() or None))
        if errors:
            raise ValidationError(errors)
        values = {key: self.fields[key].toPlainText() for key in TEXT_FIELDS}
        return ps.PsrInput(
            sources=self.fields["sources"].toPlainText().splitlines(), **values,
            likelihood_of_reoffending=self.fields["likelihood_of_reoffending"].code(),
            risk_of_serious_harm=self.fields["risk_of_serious_harm"].code(),
            safety_wellbeing=self.fields["safety_wellbeing"].code(),
            proposal_disposal_type=self.fields["proposal_disposal_type"].value(),
            proposal_months=self.fields["proposal_months"].value(),
            requirements=requirements)

    # --- state ------------------------------------------------------------------------------

    def reload(self) -> None:
        psr_id, today = self.psr_id, self.ctx.today()
        self.ctx.tasks.run_db(lambda uow: load_state(uow, psr_id, today), self._show,
                              self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        """Nothing to edit: say why and leave no empty, editable form behind."""
        if self.state is None:
            for w in self.fields.values():
                w.setEnabled(False)
            for button in self.buttons.values():
                button.hide()
            self.hide()
        show_error(self.parentWidget() or self, exc)
        if self.state is None:
            self.close()

    def _show(self, state: ReportState) -> None:
        self.state = state
        self.heading.setText(state.title)
        self.status_label.setText(fill(tr("Status: %1"),
                                       tr(codelist("psr_status").label(state.status))))
        notes = [state.source, *state.warnings]
        if state.return_comments and state.status == PsrStatus.RETURNED:
            notes.append(fill(tr("Returned by the manager: %1"), state.return_comments))
        self.banner.setText("\n".join(notes))
        self.history.setText("\n".join(state.history) or tr("Not yet submitted or sent."))
        self.verify_row.show_signed(state.content_hash if state.signed_words else None,
                                    state.signed_words)
        self._absorb(state.data)
        self.form.set_row_visible("assessment_basis", bool(state.warnings)
                                  or bool(state.data.assessment_basis))
        editable = state.status in ps.EDITABLE
        for w in self.fields.values():
            if isinstance(w, QPlainTextEdit | QLineEdit):
                set_read_only(w, not editable)
            else:
                w.setEnabled(editable)
        manager = self.ctx.actor.role == Role.TEAM_MANAGER and \
            self.ctx.actor.user_id != state.author_id
        shown = {"save": editable, "refresh": editable, "submit": editable,
                 "ready": manager and state.status == PsrStatus.SUBMITTED,
                 "return": manager and state.status in (PsrStatus.SUBMITTED,
                                                        PsrStatus.COURT_READY),
                 "finalise": state.status == PsrStatus.COURT_READY,
                 "pdf": True, "sent": state.status == PsrStatus.FINALISED}
        for key, button in self.buttons.items():
            button.setVisible(shown[key])
        self.loaded.emit()

    def _absorb(self, data: ps.PsrInput, saved: set[str] | frozenset[str] = frozenset()
                ) -> None:
        """The store's version: shown, and the base of the next save, in every section but
        those typed in since (``saved``: sections the save that read this wrote)."""
        for key in self.fields:
            if key in saved or key not in self._edited:
                self._base[key] = getattr(data, key)
        self._fill(data, keep=self._edited)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.form.set_errors(exc.errors)
        else:
            show_error(self, exc)

    def _act(self, work: Callable[[UnitOfWork], Any], message: str,
             saved: set[str] | None = None, *, quiet: bool = False,
             accept: dict[str, Any] | None = None,
             mine: dict[str, str] | None = None) -> None:
        """Run ``work``; ``saved`` names the fields it saves (unsaved again if it fails).
        ``quiet`` (an autosave): no status message, no reload unless the status moved.
        ``accept``: sections it saves over a colleague's text the person was shown (still
        their choice if it fails); ``mine``: what it saves, in words (told if it finds a
        clash once the editor has gone)."""
        ctx = self.ctx
        first_save = self.state is not None and self.state.status == PsrStatus.REQUESTED
        self._saves_running += 1

        def landed() -> None:
            self._saves_running -= 1
            for key in saved or ():
                self._flying[key] -= 1

        def done(result: Any) -> None:
            landed()
            if not alive(self):
                return
            if saved is not None:
                self.save_state.setText(fill(tr("Draft saved %1"), clock_text(utcnow())))
                if isinstance(result, ps.PsrInput):
                    self._absorb(result, saved)
            if self._close_when_saved and not self._saves_running:
                if self._unsaved():  # typed while the save ran
                    self.flush()
                else:
                    self.changed.emit()
                    self.close()
                return
            if not quiet:
                ctx.events.status.emit(message)
            if not quiet or first_save:
                self.changed.emit()
                self.reload()

        def failed(exc: BaseException) -> None:
            landed()
            for key, value in (accept or {}).items():  # the person's choice still
                self._accepted.setdefault(key, value)
            if not alive(self) or self._session_ending:
                # (only at sign-out) said, not dropped; a clash in words, both texts
                if isinstance(exc, ps.SectionsChangedElsewhere):
                    exc = _not_saved(exc.now, mine or {})
                ctx.tasks.default_failure(exc)
                return
            self._edited |= saved or set()
            self._close_when_saved = False  # stay open: the text is still here
            self._discarding = False
            if saved is not None:
                self.save_state.setText(tr("Not saved: your text is still here."))
            if isinstance(exc, ps.SectionsChangedElsewhere):
                # nothing was saved: the person's text stays, the colleague's shows under
                # it; the base stays too (only the person's own save replaces it)
                for key in exc.now:
                    self._accepted.pop(key, None)
                self._conflicts.update(exc.now)
                self._show_conflicts()
                return
            self._failed(exc)

        if not quiet:
            self.form.clear_errors()
            self._show_conflicts()  # (until the person saves over them)
        ctx.tasks.run_db(work, done, failed)

    # --- actions ----------------------------------------------------------------------------

    def _editable(self) -> bool:
        return self.state is not None and self.state.status in ps.EDITABLE

    def _save_then(self, then: Callable[[UnitOfWork], Any] | None, message: str, *,
                   quiet: bool = False, deliberate: bool = False) -> bool:
        """Save the form (then ``then``); False if the form cannot be read as it is.
        ``deliberate``: the person saves (Save draft, Submit, Refresh): what they see,
        over the colleague's text shown where it clashes. Any other save (autosave, the
        lock, closing, sign out) leaves such sections unsaved, as the colleague wrote
        them."""
        try:
            data = self.read()
        except ValidationError as exc:
            if not quiet:  # (and the colleague's text still shown where it clashes)
                self.form.set_errors({**_changed_elsewhere(self._conflicts), **exc.errors})
            return False
        if deliberate:  # the person saves what they see
            self._accepted.update(self._conflicts)
            self._conflicts.clear()
        saved = self._unsaved()
        if not saved and not deliberate:
            return True  # nothing to save but what the person has still to decide
        psr_id = self.psr_id
        self._edited -= saved
        accept = {key: self._accepted.pop(key) for key in saved if key in self._accepted}
        mine = {key: self._typed_words(key) for key in saved}
        base = {key: accept[key] if key in accept else self._base[key]
                for key in saved if key in accept or key in self._base}
        chained = {key for key in saved if self._flying.get(key) and key not in accept}
        for key in saved:
            self._flying[key] = self._flying.get(key, 0) + 1
        written = self._written

        def work(uow: UnitOfWork) -> ps.PsrInput:
            # Only the sections typed in are written: the others may have changed under the
            # editor (a colleague's edit pulled by sync) and its copy of them is stale. A
            # section a save still running writes is expected as that save wrote it.
            expected = {key: written[key] if key in chained and key in written else was
                        for key, was in base.items()}
            fresh = ps.save_sections(uow.session, psr_id, data, saved, expected)
            if then is not None:
                then(uow)
                fresh = ps.PsrInput.from_report(uow.session, ps.get_psr(uow.session, psr_id))
            uow.commit()  # (a save behind this one expects its text only once it is on disk)
            written.update({key: getattr(fresh, key) for key in saved})
            return fresh
        self._act(work, message, saved, quiet=quiet, accept=accept, mine=mine)
        return True

    def save(self) -> bool:
        """The person saves (Save draft): over the colleague's text shown, if any."""
        return self._save_then(None, tr("Report saved"), deliberate=True)

    def _autosave(self) -> None:
        if self.dirty and self._editable() and not self._saves_running \
                and not self._conflicts:
            self._save_then(None, "", quiet=True)

    def flush(self) -> bool:
        """Queue a save of what is typed, if anything (the window is locking or closing,
        or the editor is). False if it is typed but cannot be saved as it is (the
        reason is shown under its field). A section shown as changed elsewhere is not
        saved over it: only the person's own save replaces the colleague's text."""
        if not (self._unsaved() and self._editable()):
            return True
        return self._save_then(None, tr("Report saved"))

    def session_ending(self) -> None:
        """The session ends under this editor (sign out, quit: the main window closes and
        this window goes with it). Nobody is left to ask: what is typed is saved as by
        :meth:`flush`; a section shown as changed elsewhere keeps the colleague's text,
        and the person is told, in a message quoting both, that theirs was not saved."""
        self._session_ending = True
        if self._conflicts and self._editable():
            self.ctx.tasks.default_failure(_not_saved(
                self._conflicts, {key: self._typed_words(key) for key in self._conflicts}))
        self.flush()

    def _must_ask(self) -> bool:
        """Closing would lose the person's text shown as changed elsewhere unless they
        say what becomes of it."""
        return bool(self._conflicts) and self._editable() and not self._session_ending \
            and not self._discarding

    def _ask_to_save(self) -> None:
        """The person closes the editor with their text shown as changed elsewhere: save
        it over the colleague's, discard it (keeping the colleague's; the rest is saved)
        or stay."""
        if self.question is not None and alive(self.question):
            self.question.raise_()
            return

        def answered(choice: str) -> None:
            self.question = None
            if not alive(self):
                return
            if choice == "save":
                if self.save():
                    self._close_when_saved = True  # closes once saved; a refusal shows
                    self.save_state.setText(tr("Saving before closing ..."))
            elif choice == "discard":
                self._discarding = True  # the rest is saved, then the editor closes
                self.close()
            # Cancel, or the question closed by the lock: the editor stays, as typed

        self.question = ask_to_save(
            self, tr("Save your changes to this report?"),
            tr("Some of your text was changed on another laptop meanwhile (shown under "
               "the field): saving puts yours in its place; discarding keeps the other "
               "laptop's text there and loses yours. The rest of the report is saved "
               "either way."), answered)

    def _wait_for_save(self) -> bool:
        """Before closing: save what is unsaved and say whether to wait for it."""
        if not self.flush():
            return True  # the form says what to correct; closing would lose the text
        if not self._saves_running:
            return False
        self._close_when_saved = True
        self.save_state.setText(tr("Saving before closing ..."))
        return True

    def submit(self) -> None:
        psr_id = self.psr_id
        self._save_then(lambda uow: gk.submit_for_check(uow.session, psr_id),
                        tr("Report submitted for its quality check"), deliberate=True)

    def refresh_from_assessment(self) -> None:
        """Save what is typed, then pull the latest countersigned stage's ratings again."""
        psr_id = self.psr_id
        self._save_then(lambda uow: ps.refresh_from_assessment(uow.session, psr_id),
                        tr("Ratings refreshed from the latest countersigned assessment"),
                        deliberate=True)

    @property
    def subject(self) -> str:
        """"for Blackpool Youth Court, 23/11/2026" (the report's title, after its kind)."""
        return self.state.subject if self.state else ""

    def _confirm(self, confirmation: Confirmation,
                 then: Callable[[str], None]) -> ConfirmDialog:
        self.dialog = ConfirmDialog(confirmation, self.ctx.store, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.confirmed.connect(then)
        self.dialog.open()
        return self.dialog

    def court_ready(self) -> ConfirmDialog:
        psr_id = self.psr_id
        return self._confirm(Confirmation(
            title=tr("Mark this report court ready?"), action=tr("Mark court ready"),
            subject=fill(tr("The report %1, written by the court officer."), self.subject),
            consequences=(tr("You confirm it meets the standard to go to court."),
                          tr("Its author can then finalise it; after that nobody can change "
                             "it.")),
            ask_password=self.ctx.policy.security.reask_password_to_sign),
            lambda _comment: self._act(lambda uow: gk.mark_court_ready(uow.session, psr_id),
                                       tr("Report court ready")))

    def _changed_and_reload(self, *_: object) -> None:
        self.changed.emit()
        self.reload()

    def return_report(self) -> ReturnDialog:
        dialog = ReturnDialog(self.ctx, self.psr_id, self, subject=self.subject)
        dialog.saved.connect(self._changed_and_reload)
        dialog.open()
        return dialog

    def finalise(self) -> ConfirmDialog:
        psr_id = self.psr_id
        return self._confirm(Confirmation(
            title=tr("Finalise this report?"), action=tr("Finalise and lock"),
            subject=fill(tr("The report %1."), self.subject),
            consequences=(tr("It is locked: nobody can change it afterwards."),
                          tr("A fingerprint of its content is recorded, so any copy can be "
                             "checked against it."),
                          tr("It can then be printed and sent to the court and the "
                             "defence.")),
            ask_password=self.ctx.policy.security.reask_password_to_sign),
            lambda _comment: self._act(lambda uow: gk.finalise(uow.session, psr_id),
                                       tr("Report finalised")))

    def record_sent(self) -> SentDialog | None:
        if self.state is None:
            return None
        dialog = SentDialog(self.ctx, self.psr_id, self.state.defaults, self,
                            subject=self.subject)
        dialog.saved.connect(self._changed_and_reload)
        dialog.open()
        return dialog

    def choose_pdf_path(self) -> str:
        name, _ = QFileDialog.getSaveFileName(self, tr("Save the report as PDF"),
                                              "court-report.pdf", tr("PDF (*.pdf)"))
        return name

    def save_pdf(self) -> None:
        path = self.choose_pdf_path()
        if not path:
            return
        psr_id, today = self.psr_id, self.ctx.today()

        def written(target: Path) -> None:
            self.last_pdf = target
            self.ctx.events.status.emit(fill(tr("Saved %1"), target))

        # the PDF layer (reportlab) when a report is first saved, not at start-up
        from yjdesk.reports.stand_down import render_report

        save_pdf(self, self.ctx.tasks, lambda uow: build_document(uow.session, psr_id, today),
                 render_report, written, path=path, failed=self._failed)
