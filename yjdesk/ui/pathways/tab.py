"""The Pathways tab on a child's record (issue 14): specialist referrals with outcome and
waiting time (CAMHS, SLT, substance misuse, NRM, MAPPA, MASH, exploitation meetings).
Registered by :mod:`yjdesk.ui.pathways`, which imports this module when the tab is first
opened."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtWidgets import QLineEdit, QSplitter, QTextBrowser, QWidget

from yjdesk.models.pathways import PathwayMeeting, PathwayReferral
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import date_text
from yjdesk.services.pathways import records as svc
from yjdesk.services.pathways.records import ReferralInput
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.casework.common import LoadingTab, text_box
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import bold
from yjdesk.ui.i18n import QT_TR_NOOP, fill, tr, tr_or
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.view_data import snapshot, snapshots
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import CodeCombo, DateField, IntField
from yjdesk.ui.widgets.tables import RowsView


@dataclass
class ReferralRow:
    referral: PathwayReferral
    meetings: list[PathwayMeeting]
    waiting: int


class ReferralDialog(FormDialog):
    def __init__(self, ctx: AppContext, child_id: str, row: ReferralRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Pathway referral"), parent, scroll=True)
        self.child_id = child_id
        self.referral_id = row.referral.id if row else None
        self.pathway = CodeCombo("pathway")
        self.referred = DateField(tr("Referral date"))
        self.reason = text_box("reason", 2)
        self.screening = QLineEdit()
        self.service = QLineEdit()
        self.seen = DateField(tr("First seen"))
        self.outcome = CodeCombo("pathway_outcome")
        self.outcome_date = DateField(tr("Outcome date"))
        self.rg = CodeCombo("nrm_decision")
        self.rg_date = DateField(tr("Reasonable grounds date"))
        self.cg = CodeCombo("nrm_decision")
        self.cg_date = DateField(tr("Conclusive grounds date"))
        self.category = IntField(tr("MAPPA category"), 1, 3)
        self.level = IntField(tr("MAPPA level"), 1, 3)
        for name, label, w in (
                ("pathway", tr("Pathway"), self.pathway),
                ("referral_date", tr("Referred on"), self.referred),
                ("reason", tr("Reason"), self.reason),
                ("screening", tr("Screening"), self.screening),
                ("service", tr("Referred to"), self.service),
                ("first_seen_date", tr("First seen on"), self.seen),
                ("outcome", tr("Outcome"), self.outcome), ("outcome_date", tr("Outcome on"),
                                                       self.outcome_date),
                ("reasonable_grounds", tr("NRM reasonable grounds"), self.rg),
                ("reasonable_grounds_date", tr("Reasonable grounds on"), self.rg_date),
                ("conclusive_grounds", tr("NRM conclusive grounds"), self.cg),
                ("conclusive_grounds_date", tr("Conclusive grounds on"), self.cg_date),
                ("mappa_category", tr("MAPPA category"), self.category),
                ("mappa_level", tr("MAPPA level"), self.level)):
            self.form.add_field(name, label, w)
        if row is not None:
            r = row.referral
            self.pathway.set_code(r.pathway)
            self.referred.set_date(r.referral_date)
            self.reason.setPlainText(r.reason or "")
            self.screening.setText(r.screening or "")
            self.service.setText(r.service or "")
            self.seen.set_date(r.first_seen_date)
            self.outcome.set_code(r.outcome)
            self.outcome_date.set_date(r.outcome_date)
            self.rg.set_code(r.reasonable_grounds)
            self.rg_date.set_date(r.reasonable_grounds_date)
            self.cg.set_code(r.conclusive_grounds)
            self.cg_date.set_date(r.conclusive_grounds_date)
            self.category.set_value(r.mappa_category)
            self.level.set_value(r.mappa_level)

    def job(self) -> Job:
        data = ReferralInput(
            self.pathway.code() or "", self.referred.date(), self.reason.toPlainText(),
            self.screening.text(), self.service.text(), self.seen.date(), self.outcome.code(),
            self.outcome_date.date(), self.rg.code(), self.rg_date.date(), self.cg.code(),
            self.cg_date.date(), self.category.value(), self.level.value())
        child_id, today, rid = self.child_id, self.ctx.today(), self.referral_id
        return lambda uow: svc.save_referral(uow.session, child_id, data, today, rid)


class MeetingDialog(FormDialog):
    """A MAPPA or multi-agency exploitation meeting held on a referral."""

    def __init__(self, ctx: AppContext, row: ReferralRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Pathway meeting"), parent, scroll=True)
        self.referral_id = row.referral.id
        self.meeting_date = DateField(tr("Meeting date"))
        self.level = IntField(tr("MAPPA level"), 1, 3)
        self.risk = CodeCombo("exploitation_risk")
        self.outcome = text_box("outcome", 3)
        self.form.add_field("meeting_date", tr("Meeting on"), self.meeting_date)
        if row.referral.pathway == "mappa":
            self.form.add_field("mappa_level", tr("MAPPA level"), self.level)
        else:
            self.form.add_field("risk_level", tr("Exploitation risk"), self.risk)
        self.form.add_field("outcome", tr("Outcome and actions"), self.outcome)

    def job(self) -> Job:
        rid, today = self.referral_id, self.ctx.today()
        day, level = self.meeting_date.date(), self.level.value()
        risk, outcome = self.risk.code(), self.outcome.toPlainText()
        return lambda uow: svc.add_meeting(uow.session, rid, day, today, mappa_level=level,
                                           risk_level=risk, outcome=outcome)


def _label(name: str, code: str | None, empty: str = "") -> str:
    """A code's label in the person's language (``empty`` for none)."""
    return tr_or(codelist(name).label(code), empty)


COLUMNS: tuple[Column[ReferralRow], ...] = (
    Column(
        QT_TR_NOOP("Pathway"), lambda r: _label("pathway", r.referral.pathway), stretch=True
    ),
    Column(
        QT_TR_NOOP("Referred"),
        lambda r: date_text(r.referral.referral_date),
        sort=lambda r: r.referral.referral_date,
    ),
    Column(QT_TR_NOOP("Waiting (days)"), lambda r: str(r.waiting)),
    Column(
        QT_TR_NOOP("Outcome"),
        lambda r: _label("pathway_outcome", r.referral.outcome, tr("Awaited")),
    ),
    # the reason and the meetings are in the detail beside the list
)


def _meeting_levels(m: PathwayMeeting) -> str:
    """" (level 2)" and " (risk high)" after a meeting's outcome, where recorded."""
    out = ""
    if m.mappa_level:
        out += " (" + fill(tr("level %1"), m.mappa_level) + ")"
    if m.risk_level:  # (the code list's label, lower case as the sentence has it)
        out += " (" + fill(tr("risk %1"), _label("exploitation_risk", m.risk_level).lower()) + ")"
    return out


def describe(row: ReferralRow) -> str:
    """The referral beside the list, in the person's language (the code lists' labels are
    in the translation file: i18n_domain); what was typed as typed."""
    r = row.referral

    seen = date_text(r.first_seen_date, tr("not yet"))
    outcome = _label("pathway_outcome", r.outcome, tr("awaited"))
    referred = fill(tr("Referred %1 to %2; first seen %3 (%4 days' wait)"),
                    date_text(r.referral_date), escape(r.service or "-"), seen, row.waiting)
    parts = [f"<h3>{escape(_label('pathway', r.pathway))}</h3>",
             f"<p>{referred}</p>",
             "<p>" + bold(tr("Reason:")) + f" {escape(r.reason or '-')}<br>"
             + bold(tr("Screening:")) + f" {escape(r.screening or '-')}</p>",
             "<p>" + bold(tr("Outcome:")) + f" {escape(outcome)} {date_text(r.outcome_date)}</p>"]
    if r.pathway == "nrm":
        rg = _label("nrm_decision", r.reasonable_grounds, "-")
        cg = _label("nrm_decision", r.conclusive_grounds, "-")
        parts.append("<p>" + bold(tr("Reasonable grounds:")) + f" {escape(rg)} "
                     f"{date_text(r.reasonable_grounds_date)}; "
                     + bold(tr("conclusive grounds:")) + f" {escape(cg)} "
                     f"{date_text(r.conclusive_grounds_date)}</p>")
    if r.pathway == "mappa":
        parts.append("<p>" + bold(tr("MAPPA")) + " " + fill(
            tr("category %1, level %2"), r.mappa_category or "-", r.mappa_level or "-")
            + "</p>")
    if row.meetings:
        parts.append("<p>" + bold(tr("Meetings")) + "</p><ul>" + "".join(
            f"<li>{date_text(m.meeting_date)}: {escape(m.outcome or '')}{_meeting_levels(m)}</li>"
            for m in row.meetings) + "</ul>")
    return "".join(parts)


class PathwaysTab(LoadingTab):
    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, child_id, parent)
        self.add_button(tr("&Refer..."), self.new_referral, "newPathwayReferral")
        self.add_button(tr("&Update referral..."), self.edit_selected, "editPathwayReferral")
        self.meeting_button = self.add_button(tr("Record &meeting..."), self.new_meeting,
                                              "newPathwayMeeting")
        self.buttons.addStretch(1)
        split = QSplitter()
        self.table = RowsView(COLUMNS, "pathwayTable", tr("Specialist referrals"),
                              key=lambda r: r.referral.id)
        self.detail = QTextBrowser()
        self.detail.setObjectName("pathwayDetail")
        self.detail.setAccessibleName(tr("The chosen pathway"))
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)  # the list gets the room; the detail wraps
        split.setStretchFactor(1, 2)
        split.setSizes([600, 330])  # the pathway's name whole at 1280 px, the detail beside
        self.layout_.addWidget(split, 1)
        self.dialog: FormDialog | None = None
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show())
        self.reload()

    def fetch(self, uow: UnitOfWork) -> list[ReferralRow]:
        s, today = uow.session, self.ctx.today()
        return [ReferralRow(snapshot(r), snapshots(svc.meetings(s, r.id)), svc.waiting(r, today))
                for r in svc.referrals(s, self.child_id)]

    def show_data(self, data: list[ReferralRow]) -> None:
        self.table.set_rows(data)
        self.table.select_first()
        self._show()

    def _selected(self) -> ReferralRow | None:
        row = self.table.current_row()
        return row if isinstance(row, ReferralRow) else None

    def _show(self) -> None:
        row = self._selected()
        # meetings are held on MAPPA and exploitation referrals only
        self.meeting_button.setEnabled(
            row is not None and row.referral.pathway in ("mappa", "exploitation"))
        self.detail.setHtml(describe(row) if row
                            else "<p>" + tr("No specialist referrals.") + "</p>")

    def new_referral(self) -> ReferralDialog:
        dialog = ReferralDialog(self.ctx, self.child_id, None, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_selected(self) -> ReferralDialog | None:
        row = self._selected()
        if row is None:
            return None
        dialog = ReferralDialog(self.ctx, self.child_id, row, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_meeting(self) -> MeetingDialog | None:
        row = self._selected()
        if row is None:
            return None
        dialog = MeetingDialog(self.ctx, row, self)
        self.dialog = dialog
        dialog.open()
        return dialog
