"""The Victims tab: the victim worker's records, or the practitioner's safety summaries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from yjdesk.models.victims import Victim
from yjdesk.services import audit
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import date_text
from yjdesk.services.uow import UnitOfWork
from yjdesk.services.victims import records as svc
from yjdesk.services.victims.audience import may_work_with_victims
from yjdesk.services.victims.records import SafetyView, VictimInput
from yjdesk.ui.casework.common import LoadingTab, text_box
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import bold, fit_to_screen
from yjdesk.ui.i18n import QT_TR_NOOP, fill, tr, tr_or
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.view_data import offence_choices, snapshot
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import ChoiceCombo, CodeCombo, DateField, translated
from yjdesk.ui.widgets.tables import RowsView

TRI = [(True, QT_TR_NOOP("Yes")), (False, QT_TR_NOOP("No"))]


def tri_combo() -> ChoiceCombo:
    """Yes / No / not yet known (None)."""
    return ChoiceCombo(translated(TRI), allow_empty=True, empty_text=tr("Not yet known"))


def safety_words(concerns: bool | None, summary: str | None) -> str:
    """What planning sees of a victim's safety, in the person's language (the service's
    ``safety_line`` in English): "Victim safety concerns: yes - exclusion zone around X"."""
    said = (tr("Victim safety concerns: not yet known") if concerns is None
            else tr("Victim safety concerns: yes") if concerns
            else tr("Victim safety concerns: none identified"))
    summary = (summary or "").strip()
    return fill(tr("%1 - %2", "victim safety concerns, then their summary"), said,
                summary) if summary else said


@dataclass
class VictimRow:
    victim: Victim
    offence_ids: list[str]


@dataclass
class TabData:
    worker: bool
    summaries: list[SafetyView]
    #: (use, consent date, words) the victims agreed documents may quote.
    consented: list[tuple[str, dt.date, str]] = field(default_factory=list)
    victims: list[VictimRow] = field(default_factory=list)
    offences: list[tuple[str, str]] = field(default_factory=list)


class VictimDialog(FormDialog):
    """A victim's record: who, how to contact, consent, views, safety, information, RJ."""

    def __init__(self, ctx: AppContext, child_id: str, offences: list[tuple[str, str]],
                 row: VictimRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Victim") if row is None else tr("Victim - update"), parent,
                         scroll=True, intro=tr("Only victim and RJ workers and managers see "
                         "this record. The safety summary is what the child's practitioner "
                         "sees: leave out the victim's name and contact details."))
        fit_to_screen(self, 780, 820)
        self.child_id = child_id
        self.victim_id = row.victim.id if row else None
        f = self.form
        self.name = QLineEdit()
        self.kind = CodeCombo("victim_kind", allow_empty=False)
        self.offences = QListWidget()
        self.offences.setObjectName("victimOffences")
        self.offences.setAccessibleName(tr("Offences this victim is linked to"))
        for oid, label in offences:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, oid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row and oid in row.offence_ids
                               else Qt.CheckState.Unchecked)
            self.offences.addItem(item)
        self.address = text_box("address", 2)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.contact = CodeCombo("victim_contact_method")
        self.enhanced = QCheckBox(tr("Enhanced service (under 18 or vulnerable)"))
        self.needs = text_box("needs", 2)
        self.consent = tri_combo()
        self.consent_date = DateField(tr("Consent date"))
        self.views = text_box("views", 3)
        self.views_date = DateField(tr("Views recorded on"))
        self.concerns = tri_combo()
        self.safety_detail = text_box("safety_detail", 2)
        self.safety_summary = text_box("safety_summary", 2)
        self.info = text_box("information_given", 2)
        self.info_date = DateField(tr("Information given on"))
        self.rj_offered = tri_combo()
        self.rj_offered_date = DateField(tr("RJ offered on"))
        self.rj_type = CodeCombo("rj_type")
        self.rj_took_part = tri_combo()
        self.rj_date = DateField(tr("RJ took place on"))
        self.rj_outcome = text_box("rj_outcome", 2)
        self.support = text_box("support_referrals", 2)
        self.feedback = text_box("feedback", 2)
        for name, label, w in (
                ("name", tr("Name (person or organisation)"), self.name),
                ("kind", tr("Person or organisation"), self.kind),
                ("offence_ids", tr("Offences"), self.offences),
                ("address", tr("Address"), self.address), ("phone", tr("Phone"), self.phone),
                ("email", tr("Email"), self.email),
                ("preferred_contact", tr("Preferred contact"), self.contact),
                ("enhanced_service", "", self.enhanced),
                ("needs", tr("Needs and vulnerabilities"), self.needs),
                ("consent_to_contact", tr("Consents to contact"), self.consent),
                ("consent_date", tr("Consent given or refused on"), self.consent_date),
                ("views", tr("Victim's views"), self.views),
                ("views_date", tr("Views recorded on"), self.views_date),
                ("safety_concerns", tr("Safety concerns"), self.concerns),
                ("safety_detail", tr("Safety concerns in full"), self.safety_detail),
                ("safety_summary", tr("Safety summary for the practitioner"), self.safety_summary),
                ("information_given", tr("Information given"), self.info),
                ("information_date", tr("Information given on"), self.info_date),
                ("rj_offered", tr("Restorative justice offered"), self.rj_offered),
                ("rj_offered_date", tr("RJ offered on"), self.rj_offered_date),
                ("rj_type", tr("Kind of restorative justice"), self.rj_type),
                ("rj_took_part", tr("Took part"), self.rj_took_part),
                ("rj_date", tr("RJ took place on"), self.rj_date),
                ("rj_outcome", tr("RJ outcome"), self.rj_outcome),
                ("support_referrals", tr("Support referrals"), self.support),
                ("feedback", tr("Victim's feedback"), self.feedback)):
            f.add_field(name, label, w)
        if row is not None:
            self._fill(row.victim)

    def _fill(self, v: Victim) -> None:
        self.name.setText(v.name)
        self.kind.set_code(v.kind)
        self.address.setPlainText(v.address or "")
        self.phone.setText(v.phone or "")
        self.email.setText(v.email or "")
        self.contact.set_code(v.preferred_contact)
        self.enhanced.setChecked(v.enhanced_service)
        self.needs.setPlainText(v.needs or "")
        self.consent.set_value(v.consent_to_contact)
        self.consent_date.set_date(v.consent_date)
        self.views.setPlainText(v.views or "")
        self.views_date.set_date(v.views_date)
        self.concerns.set_value(v.safety_concerns)
        self.safety_detail.setPlainText(v.safety_detail or "")
        self.info.setPlainText(v.information_given or "")
        self.info_date.set_date(v.information_date)
        self.rj_offered.set_value(v.rj_offered)
        self.rj_offered_date.set_date(v.rj_offered_date)
        self.rj_type.set_code(v.rj_type)
        self.rj_took_part.set_value(v.rj_took_part)
        self.rj_date.set_date(v.rj_date)
        self.rj_outcome.setPlainText(v.rj_outcome or "")
        self.support.setPlainText(v.support_referrals or "")
        self.feedback.setPlainText(v.feedback or "")

    def set_summary(self, text: str) -> None:
        self.safety_summary.setPlainText(text)

    def check_offence(self, offence_id: str) -> None:
        for i in range(self.offences.count()):
            item = self.offences.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == offence_id:
                item.setCheckState(Qt.CheckState.Checked)

    def _offence_ids(self) -> list[str]:
        out: list[str] = []
        for i in range(self.offences.count()):
            item = self.offences.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def job(self) -> Job:
        data = VictimInput(
            name=self.name.text(), offence_ids=self._offence_ids(),
            kind=self.kind.code() or "person", address=self.address.toPlainText(),
            phone=self.phone.text(), email=self.email.text(),
            preferred_contact=self.contact.code(), enhanced_service=self.enhanced.isChecked(),
            needs=self.needs.toPlainText(), consent_to_contact=self.consent.value(),
            consent_date=self.consent_date.date(), views=self.views.toPlainText(),
            views_date=self.views_date.date(), safety_concerns=self.concerns.value(),
            safety_detail=self.safety_detail.toPlainText(),
            safety_summary=self.safety_summary.toPlainText(),
            information_given=self.info.toPlainText(), information_date=self.info_date.date(),
            rj_offered=self.rj_offered.value(), rj_offered_date=self.rj_offered_date.date(),
            rj_type=self.rj_type.code(), rj_took_part=self.rj_took_part.value(),
            rj_date=self.rj_date.date(), rj_outcome=self.rj_outcome.toPlainText(),
            support_referrals=self.support.toPlainText(), feedback=self.feedback.toPlainText())
        child_id, today, vid = self.child_id, self.ctx.today(), self.victim_id
        return lambda uow: svc.save_victim(uow.session, child_id, data, today, vid)


_YES_NO = {True: QT_TR_NOOP("Yes"), False: QT_TR_NOOP("No"), None: QT_TR_NOOP("Not yet known")}


def _yes(value: bool | None) -> str:
    return tr(_YES_NO[value])


def _label(name: str, code: str | None) -> str:
    """A code's label in the person's language ("" for none)."""
    return tr_or(codelist(name).label(code))


def describe(row: VictimRow, offences: dict[str, str]) -> str:
    """The victim beside the list, in the person's language (the code lists' labels are in
    the translation file: i18n_domain); what was typed as typed."""
    v = row.victim
    rj = (f"{_yes(v.rj_offered)} {date_text(v.rj_offered_date)}; "
          + fill(tr("took part: %1"), _yes(v.rj_took_part))
          + f" {escape(_label('rj_type', v.rj_type))} {date_text(v.rj_date)}")
    linked = "; ".join(escape(offences.get(o, o)) for o in row.offence_ids) or tr("none")

    views = escape(v.views or tr("Not recorded"))
    return (f"<h3>{escape(v.name)}</h3><p>" + fill(tr("Offences: %1"), linked) + "</p>"
            "<p>" + bold(tr("Contact:")) + f" {escape(v.phone or '')} {escape(v.email or '')} "
            f"({escape(_label('victim_contact_method', v.preferred_contact))})<br>"
            + bold(tr("Consent to contact:")) + f" {_yes(v.consent_to_contact)} "
            f"{date_text(v.consent_date)}</p>"
            "<p>" + bold(tr("Views")) + f"<br>{views}</p>"
            "<p>" + bold(tr("Safety concerns:")) + f" {_yes(v.safety_concerns)} "
            f"{escape(v.safety_detail or '')}</p>"
            "<p>" + bold(tr("Restorative justice offered:")) + f" {rj}<br>"
            + bold(tr("Outcome:")) + f" {escape(v.rj_outcome or '-')}</p>")


VICTIM_COLUMNS: tuple[Column[VictimRow], ...] = (
    Column(QT_TR_NOOP("Victim"), lambda r: r.victim.name, stretch=True),
    Column(QT_TR_NOOP("Consent"), lambda r: _yes(r.victim.consent_to_contact)),
    Column(QT_TR_NOOP("RJ"), lambda r: _label("rj_type", r.victim.rj_type) or
           (tr("Offered") if r.victim.rj_offered else "-")),
    Column(QT_TR_NOOP("Views"), lambda r: r.victim.views or ""),
)


class VictimsTab(LoadingTab):

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, child_id, parent)
        self.worker = may_work_with_victims(ctx.actor.role)
        self.dialog: VictimDialog | None = None
        self.data: TabData | None = None
        if self.worker:
            self.add_button(tr("&Add victim..."), self.new_victim, "newVictim")
            self.add_button(tr("&Update victim..."), self.edit_selected, "editVictim")
        self.buttons.addStretch(1)
        self.safety = QTextBrowser()
        self.safety.setObjectName("victimSafety")
        self.safety.setAccessibleName(tr("Victim safety for planning"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.safety)
        self.table: RowsView | None = None
        self.detail: QTextBrowser | None = None
        if self.worker:
            self.table = RowsView(VICTIM_COLUMNS, "victimTable", tr("Victims"),
                                  key=lambda r: r.victim.id)
            self.detail = QTextBrowser()
            self.detail.setObjectName("victimDetail")
            self.detail.setAccessibleName(tr("The victim's details"))
            split.addWidget(self.table)
            split.addWidget(self.detail)
            self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show())
        self.layout_.addWidget(split, 1)
        if self.worker:  # opening the victims' records is audited once, not on each reload
            child = child_id
            ctx.tasks.run_db(lambda uow: audit.record_view(uow.session, child, "victim"),
                             origin=self)
        self.reload()

    def fetch(self, uow: UnitOfWork) -> TabData:
        s = uow.session
        summaries = svc.safety_summaries(s, self.child_id)
        consented = [(d.use, d.consent_date, d.text)
                     for d in svc.all_disclosures(s, self.child_id)]
        if not self.worker:
            return TabData(False, summaries, consented)
        rows = [VictimRow(snapshot(v), svc.linked_offences(s, v.id))
                for v in svc.victims(s, self.child_id, audit_view=False)]
        offences = offence_choices(s, self.child_id)
        return TabData(True, summaries, consented, rows, offences)

    def show_data(self, data: TabData) -> None:
        self.data = data
        lines = [escape(safety_words(s.concerns, s.summary)) for s in data.summaries]
        consent = tr("consent")
        self.safety.setHtml(
            "<p><b>" + tr("Victim safety (for planning)") + "</b></p>" + (
                "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>" if lines else
                "<p>" + tr("No identified victim recorded.") + "</p>") + (
                "<p><b>" + tr("Victims' words that documents may quote (with consent)")
                + "</b></p><ul>"
                + "".join(f"<li>{escape(_label('victim_disclosure_use', use))}, {consent} "
                          f"{date_text(on)}: {escape(words)}</li>"
                          for use, on, words in data.consented) + "</ul>"
                if data.consented else ""))
        if self.table is not None:
            self.table.set_rows(data.victims)
            self.table.select_first()
            self._show()

    def _selected(self) -> VictimRow | None:
        if self.table is None:
            return None
        row = self.table.current_row()
        return row if isinstance(row, VictimRow) else None

    def _show(self) -> None:
        if self.detail is None or self.data is None:
            return
        row = self._selected()
        offences = dict(self.data.offences)
        self.detail.setHtml(describe(row, offences) if row
                            else "<p>" + tr("No victims recorded.") + "</p>")

    def new_victim(self) -> VictimDialog:
        offences = self.data.offences if self.data else []
        self.dialog = VictimDialog(self.ctx, self.child_id, offences, None, self)
        self.dialog.open()
        return self.dialog

    def edit_selected(self) -> VictimDialog | None:
        row = self._selected()
        if row is None or self.data is None:
            return None
        self.dialog = VictimDialog(self.ctx, self.child_id, self.data.offences, row, self)
        summary = next((s for s in self.data.summaries if s.victim_ref == row.victim.id), None)
        if summary is not None:
            self.dialog.set_summary(summary.summary or "")
        self.dialog.open()
        return self.dialog


