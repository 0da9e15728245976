"""The Out of court tab: referral, the YJS's assessment and recommendation, the joint
panel's decision (or a police-led outcome learned afterwards), delivery and the outcome."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from yjdesk.models.casework import OocCondition, OocDecision
from yjdesk.models.statuses import OocStage
from yjdesk.services.casework import ooc as svc
from yjdesk.services.casework.ooc import (
    ConditionInput,
    OocInput,
    PanelInput,
    PoliceOutcomeInput,
    ReferralInput,
)
from yjdesk.services.casework.ooc_rules import ROUTE_LABEL, Timescales, stage_of, timescales
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import date_text
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.casework.common import LoadingTab, text_box
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import Tone, bold, fit_to_screen
from yjdesk.ui.i18n import QT_TR_NOOP, fill, tr, tr_or
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.view_data import snapshot, snapshots
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import ChoiceCombo, CodeCombo, DateField, IntField, translated
from yjdesk.ui.widgets.tables import RowsView

D = TypeVar("D", bound=FormDialog)


class DecisionDialog(FormDialog):
    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Out-of-court panel decision"), parent, scroll=True,
                         intro=tr("One condition a line; start a line with * for a mandatory "
                               "condition (others are voluntary)."))
        fit_to_screen(self, 760, 760)
        self.child_id = child_id
        f = self.form
        self.referral = DateField(tr("Referral date"))
        self.screening = text_box("screening_summary", 3)
        self.panel = DateField(tr("Panel date"))
        self.decision = CodeCombo("ooc_decision")
        self.rationale = text_box("rationale", 3)
        self.conditions = text_box("conditions", 3)
        self.end = DateField(tr("Disposal end"))
        self.delivered = DateField(tr("Date delivered"))
        self.delivered_by = QLineEdit()
        self.child_ok = QCheckBox(tr("The child understood the implications"))
        self.parent_ok = QCheckBox(tr("The parent or carer understood the implications"))
        self.make_disposal = QCheckBox(tr("Record the disposal on the child's record"))
        self.make_disposal.setChecked(True)
        self.recommendation = CodeCombo("ooc_decision")
        self.recommendation_why = text_box("recommendation_rationale", 2)
        self.attendees = QLineEdit()
        self.admission = CodeCombo("ooc_admission")
        self.evidential = yes_no()
        self.gravity = IntField(tr("Gravity score"), 1, 5)
        for name, label, w in (
                ("referral_date", tr("Referral date"), self.referral),
                ("screening_summary", tr("Screening summary"), self.screening),
                ("yjs_recommendation", tr("YJS recommendation"), self.recommendation),
                ("recommendation_rationale", tr("Why the YJS recommends it"),
                 self.recommendation_why),
                ("panel_date", tr("Decision date"), self.panel),
                ("panel_attendees", tr("Panel attendees"), self.attendees),
                ("admission", tr("Child's admission"), self.admission),
                ("evidential_standard_met", tr("Evidential standard met"), self.evidential),
                ("gravity_score", tr("Child Gravity Matrix score (1-5)"), self.gravity),
                ("decision", tr("Decision"), self.decision),
                ("rationale", tr("Rationale"), self.rationale),
                ("conditions", tr("Conditions"), self.conditions),
                ("disposal_end_date", tr("Disposal ends"), self.end),
                ("delivered_date", tr("Date delivered"), self.delivered),
                ("delivered_by", tr("Delivered by"), self.delivered_by),
                ("child_understood", "", self.child_ok),
                ("parent_understood", "", self.parent_ok),
                ("create_disposal", "", self.make_disposal)):
            f.add_field(name, label, w)

    def job(self) -> Job:
        conditions = [ConditionInput(line.strip().lstrip("*").strip(),
                                     line.strip().startswith("*"))
                      for line in self.conditions.toPlainText().splitlines() if line.strip()]
        data = OocInput(
            referral_date=self.referral.date(), screening_summary=self.screening.toPlainText(),
            panel_date=self.panel.date(), decision=self.decision.code() or "",
            rationale=self.rationale.toPlainText(), conditions=conditions,
            delivered_date=self.delivered.date(), delivered_by=self.delivered_by.text(),
            child_understood=self.child_ok.isChecked(),
            parent_understood=self.parent_ok.isChecked(),
            create_disposal=self.make_disposal.isChecked(), disposal_end_date=self.end.date(),
            yjs_recommendation=self.recommendation.code(),
            recommendation_rationale=self.recommendation_why.toPlainText(),
            panel_attendees=self.attendees.text(), admission=self.admission.code(),
            evidential_standard_met=self.evidential.value(), gravity_score=self.gravity.value())
        child_id, today = self.child_id, self.ctx.today()
        return lambda uow: svc.record_decision(uow.session, child_id, data, today)



def yes_no() -> ChoiceCombo:
    return ChoiceCombo([(True, tr("Yes")), (False, tr("No"))], empty_text=tr("Not recorded"))


def _conditions(box: QPlainTextEdit) -> list[ConditionInput]:
    return [ConditionInput(line.strip().lstrip("*").strip(), line.strip().startswith("*"))
            for line in box.toPlainText().splitlines() if line.strip()]


class ReferralDialog(FormDialog):
    """A referral for an out-of-court decision (the timescales run from it)."""

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Out-of-court referral"), parent)
        self.child_id = child_id
        self.referral = DateField(tr("Referral date"))
        self.referral.set_date(ctx.today())
        self.bail = DateField(tr("Date of bail"))
        self.gravity = IntField(tr("Gravity score"), 1, 5)
        self.admission = CodeCombo("ooc_admission")
        self.evidential = yes_no()
        for name, label, w in (("referral_date", tr("Referral date"), self.referral),
                               ("bail_date", tr("Date of bail"), self.bail),
                               ("gravity_score", tr("Child Gravity Matrix score (1-5)"),
                                self.gravity),
                               ("admission", tr("Child's admission"), self.admission),
                               ("evidential_standard_met", tr("Evidential standard met"),
                                self.evidential)):
            self.form.add_field(name, label, w)

    def job(self) -> Job:
        data = ReferralInput(self.referral.date(), bail_date=self.bail.date(),
                             gravity_score=self.gravity.value(), admission=self.admission.code(),
                             evidential_standard_met=self.evidential.value())
        child_id, today = self.child_id, self.ctx.today()
        return lambda uow: svc.record_referral(uow.session, child_id, data, today)


class AssessmentDialog(FormDialog):
    def __init__(self, ctx: AppContext, decision: OocDecision,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("YJS assessment for the decision"), parent)
        self.decision = decision
        self.date = DateField(tr("Assessed on"))
        self.date.set_date(ctx.today())
        self.summary = text_box("screening_summary", 4)
        self.informed = DateField(tr("Police informed on"))
        self.form.add_field("assessed_date", tr("Assessed on"), self.date)
        self.form.add_field("screening_summary", tr("Assessment summary"), self.summary)
        self.form.add_field("police_informed_date", tr("Police informed on"), self.informed)

    def job(self) -> Job:
        args = (self.decision.id, self.date.date(), self.summary.toPlainText(),
                self.ctx.today(), self.informed.date())
        return lambda uow: svc.record_assessment(uow.session, *args)


class RecommendationDialog(FormDialog):
    def __init__(self, ctx: AppContext, decision: OocDecision,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("The YJS's recommendation to the panel"), parent)
        self.decision = decision
        self.recommendation = CodeCombo("ooc_decision")
        self.why = text_box("recommendation_rationale", 3)
        self.form.add_field("yjs_recommendation", tr("YJS recommends"), self.recommendation)
        self.form.add_field("recommendation_rationale", tr("Why"), self.why)

    def job(self) -> Job:
        args = (self.decision.id, self.recommendation.code(), self.why.toPlainText())
        return lambda uow: svc.record_recommendation(uow.session, *args)


class PanelDialog(FormDialog):
    """The joint panel's decision on a referral the YJS has assessed and recommended on."""

    def __init__(self, ctx: AppContext, decision: OocDecision,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Joint decision panel"), parent, scroll=True,
                         intro=tr("One condition a line; start a line with * for a mandatory "
                               "condition (others are voluntary)."))
        self.decision = decision
        self.panel = DateField(tr("Panel date"))
        self.panel.set_date(ctx.today())
        self.choice = CodeCombo("ooc_decision")
        self.rationale = text_box("rationale", 3)
        self.attendees = QLineEdit()
        self.conditions = text_box("conditions", 3)
        self.end = DateField(tr("Disposal end"))
        for name, label, w in (("panel_date", tr("Panel date"), self.panel),
                               ("panel_attendees", tr("Attendees"), self.attendees),
                               ("decision", tr("Decision"), self.choice),
                               ("rationale", tr("Rationale"), self.rationale),
                               ("conditions", tr("Conditions"), self.conditions),
                               ("disposal_end_date", tr("Disposal ends"), self.end)):
            self.form.add_field(name, label, w)

    def job(self) -> Job:
        data = PanelInput(self.panel.date(), self.choice.code() or "",
                          self.rationale.toPlainText(), self.attendees.text(),
                          _conditions(self.conditions), disposal_end_date=self.end.date())
        did, today = self.decision.id, self.ctx.today()
        return lambda uow: svc.record_panel_decision(uow.session, did, data, today)


POLICE_LED = [(c.code, c.label) for c in codelist("ooc_decision").codes
              if c.extra.get("route") == "police"]


class PoliceOutcomeDialog(FormDialog):
    """A police-led outcome the YJS was told of afterwards."""

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Police-led outcome"), parent,
                         intro=tr("An outcome the police decided without the panel "
                                  "(Outcome 8, 22, 23 or no further action), recorded when "
                                  "the YJS hears of it."))
        self.child_id = child_id
        self.choice = ChoiceCombo(translated(POLICE_LED))
        self.decided = DateField(tr("Police decision"))
        self.told = DateField(tr("YJS told on"))
        self.told.set_date(ctx.today())
        self.notes = text_box("rationale", 2)
        for name, label, w in (("decision", tr("Outcome"), self.choice),
                               ("decision_date", tr("Decided by the police on"), self.decided),
                               ("told_date", tr("YJS told on"), self.told),
                               ("rationale", tr("Notes"), self.notes)):
            self.form.add_field(name, label, w)

    def job(self) -> Job:
        data = PoliceOutcomeInput(str(self.choice.value() or ""), self.decided.date(),
                                  self.told.date(), notes=self.notes.toPlainText())
        child_id, today = self.child_id, self.ctx.today()
        return lambda uow: svc.record_police_outcome(uow.session, child_id, data, today)


class ProsecutionDialog(FormDialog):
    """A youth conditional caution not complied with: the prosecution decision."""

    def __init__(self, ctx: AppContext, decision: OocDecision,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Conditions not complied with"), parent)
        self.decision = decision
        self.when = DateField(tr("Not complied with on"))
        self.choice = CodeCombo("ycc_prosecution")
        self.on = DateField(tr("Decided on"))
        self.form.add_field("non_compliance_date", tr("Not complied with on"), self.when)
        self.form.add_field("prosecution_decision", tr("Prosecution decision"), self.choice)
        self.form.add_field("prosecution_decision_date", tr("Decided on"), self.on)

    def job(self) -> Job:
        args = (self.decision.id, self.when.date(), self.choice.code(), self.on.date(),
                self.ctx.today())
        return lambda uow: svc.record_prosecution_decision(uow.session, *args)


class DeliveryDialog(FormDialog):
    def __init__(self, ctx: AppContext, decision: OocDecision,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Disposal delivered"), parent)
        self.decision = decision
        self.date = DateField(tr("Date delivered"))
        self.date.set_date(ctx.today())
        self.by = QLineEdit()
        self.child_ok = QCheckBox(tr("The child understood the implications"))
        self.parent_ok = QCheckBox(tr("The parent or carer understood the implications"))
        self.form.add_field("delivered_date", tr("Date delivered"), self.date)
        self.form.add_field("delivered_by", tr("Delivered by"), self.by)
        self.form.add_field("child_understood", "", self.child_ok)
        self.form.add_field("parent_understood", "", self.parent_ok)

    def job(self) -> Job:
        args = (self.decision.id, self.date.date(), self.by.text(), self.child_ok.isChecked(),
                self.parent_ok.isChecked(), self.ctx.today())
        return lambda uow: svc.record_delivery(uow.session, *args)



class OutcomeDialog(FormDialog):
    def __init__(self, ctx: AppContext, decision: OocDecision,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Outcome on completion"), parent)
        self.decision = decision
        self.outcome = CodeCombo("ooc_outcome")
        self.date = DateField(tr("Outcome date"))
        self.date.set_date(ctx.today())
        self.form.add_field("outcome", tr("Outcome"), self.outcome)
        self.form.add_field("outcome_date", tr("Date"), self.date)

    def job(self) -> Job:
        args = (self.decision.id, self.outcome.code() or "", self.date.date(), self.ctx.today())
        return lambda uow: svc.record_outcome(uow.session, *args)



@dataclass
class DecisionRow:
    decision: OocDecision
    conditions: list[OocCondition]
    prior: dict[str, int] = field(default_factory=dict)
    #: The timescales of a panel case (None: police-led).
    timescales: Timescales | None = None


_YES_NO = {True: QT_TR_NOOP("Yes"), False: QT_TR_NOOP("No"), None: QT_TR_NOOP("Not recorded")}
#: Where a case stands (``OocStage``), in words.
STAGE_WORDS: dict[str, str] = {
    OocStage.REFERRED: QT_TR_NOOP("Referred"), OocStage.ASSESSED: QT_TR_NOOP("Assessed"),
    OocStage.RECOMMENDED: QT_TR_NOOP("Recommended"), OocStage.DECIDED: QT_TR_NOOP("Decided"),
    OocStage.DELIVERED: QT_TR_NOOP("Delivered"), OocStage.ENDED: QT_TR_NOOP("Ended")}


def _yes(value: bool | None) -> str:
    return tr(_YES_NO[value])


def _stage(d: OocDecision) -> str:
    stage = stage_of(d)
    return tr_or(STAGE_WORDS.get(stage), stage.value.capitalize())


def _label(name: str, code: str | None, empty: str = "-") -> str:
    """A code's label in the person's language (``empty`` when there is none)."""
    return tr_or(codelist(name).label(code), empty)


def timescale_lines(t: Timescales | None) -> list[str]:
    """The panel case's timescales in words (``Timescales.describe``, translated)."""
    if t is None:
        return []
    late = tr(" - late")
    out: list[str] = []
    if t.assess_due is not None:
        out.append(fill(tr("YJS assessment due %1"), date_text(t.assess_due))
                   + (late if t.assessed_late else ""))
    if t.inform_due is not None:
        out.append(fill(tr("Police to be informed by %1"), date_text(t.inform_due))
                   + (late if t.informed_late else ""))
    return out


def describe(row: DecisionRow) -> str:
    """The decision beside the list, in the person's language (the code lists' labels and
    the routes are in the translation file: i18n_domain); what was typed as typed."""
    d = row.decision

    mandatory, voluntary = tr("mandatory"), tr("voluntary")
    conds = "".join(f"<li>{escape(c.description)} "
                    f"({mandatory if c.mandatory else voluntary})</li>"
                    for c in row.conditions) or "<li>" + tr("None") + "</li>"
    understood = (tr("Yes") if d.child_understood and d.parent_understood
                  else tr("Not confirmed"))
    title = _label("ooc_decision", d.decision) if d.decision \
        else tr("Referral awaiting decision")
    who = tr(ROUTE_LABEL.get(d.route, d.route)) if d.decision else ""
    prior = ", ".join(f"{_label('disposal_type', k)}: {n}"
                      for k, n in sorted(row.prior.items())) or tr("none")
    told = " - " + fill(tr("YJS told %1"), date_text(d.told_date)) if d.told_date else ""
    referred = fill(tr("Stage: %1. Referred %2"), _stage(d).lower(), date_text(d.referral_date))
    bail = "; " + fill(tr("bail %1"), date_text(d.bail_date)) if d.bail_date else ""
    not_yet = tr("not yet")
    delivered_by = fill(tr("by %1"), d.delivered_by) if d.delivered_by else ""
    outcome = escape(_label("ooc_outcome", d.outcome, tr("open")))
    timescale = escape("; ".join(timescale_lines(row.timescales)) or "-")
    parts = [
        f"<h3>{escape(title)}{' - ' + escape(who) if who else ''} "
        f"{date_text(d.panel_date)}{escape(told)}</h3>",
        f"<p>{escape(referred)}{escape(bail)}</p>",
        "<p>" + bold(tr("Timescales:")) + f" {timescale}</p>",
        "<p>" + bold(tr("Prior out-of-court disposals at the decision:")) + f" {escape(prior)}</p>",
        "<p>" + bold(tr("Assessment")) + f" {date_text(d.assessed_date, not_yet)}<br>"
        f"{escape(d.screening_summary or '')}</p>",
        "<p>" + bold(tr("YJS recommendation:"))
        + f" {escape(_label('ooc_decision', d.yjs_recommendation))}"
        f"<br>{escape(d.recommendation_rationale or '')}</p>",
        "<p>" + bold(tr("Panel attendees:")) + f" {escape(d.panel_attendees or '-')}<br>"
        + bold(tr("Admission:")) + f" {escape(_label('ooc_admission', d.admission))}; "
        + bold(tr("evidential standard met:")) + f" {_yes(d.evidential_standard_met)}; "
        + bold(tr("gravity score:")) + f" {d.gravity_score or '-'}</p>",
        "<p>" + bold(tr("Decision rationale")) + f"<br>{escape(d.rationale or '-')}</p>"
        "<p>" + bold(tr("Conditions")) + f"</p><ul>{conds}</ul>"
        "<p>" + bold(tr("Delivered")) + f" {date_text(d.delivered_date, not_yet)} "
        f"{escape(delivered_by)}<br>"
        + bold(tr("Child and parent/carer understood the implications:")) + f" {understood}<br>"
        + bold(tr("Outcome:")) + f" {outcome} {date_text(d.outcome_date)}</p>"]
    if d.prosecution_decision:
        parts.append("<p>" + bold(tr("Prosecution decision:"))
                     + f" {escape(_label('ycc_prosecution', d.prosecution_decision))} "
                     f"{date_text(d.prosecution_decision_date)}</p>")
    return "".join(parts)


OOC_COLUMNS: tuple[Column[DecisionRow], ...] = (
    Column(
        QT_TR_NOOP("Referred"),
        lambda r: date_text(r.decision.referral_date),
        sort=lambda r: r.decision.referral_date,
    ),
    Column(
        QT_TR_NOOP("Decision"),
        lambda r: _label("ooc_decision", r.decision.decision, tr("Awaiting decision")),
        stretch=True,
    ),
    Column(
        QT_TR_NOOP("By"),
        lambda r: tr(ROUTE_LABEL.get(r.decision.route, "")) if r.decision.decision else "",
    ),
    Column(QT_TR_NOOP("Stage"), lambda r: _stage(r.decision)),
    Column(
        QT_TR_NOOP("Outcome"),
        lambda r: _label("ooc_outcome", r.decision.outcome, tr("Open")),
        tone=lambda r: Tone.DONE if r.decision.outcome else None,
    ),
)


class OocTab(LoadingTab):

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, child_id, parent)
        # two rows (nine buttons in one do not fit a 1280-pixel screen): deciding, then
        # what follows the decision
        self.add_button(tr("New &referral..."), self.new_referral, "newReferral")
        self.add_button(tr("&Assess..."), self.assess, "assessReferral")
        self.add_button(tr("Reco&mmend..."), self.recommend, "recommend")
        self.add_button(tr("&Panel decision..."), self.panel_decision, "panelDecision")
        self.add_button(tr("Whole &decision..."), self.new_decision, "newDecision")
        self.buttons.addStretch(1)
        first, self.buttons = self.buttons, QHBoxLayout()
        self.layout_.insertLayout(self.layout_.indexOf(first) + 1, self.buttons)
        self.add_button(tr("Record de&livery..."), self.delivery, "recordDelivery")
        self.add_button(tr("Record &outcome..."), self.outcome, "recordOutcome")
        self.add_button(tr("Non-&compliance..."), self.non_compliance, "nonCompliance")
        self.add_button(tr("Police-led o&utcome..."), self.police_outcome, "policeOutcome")
        self.buttons.addStretch(1)
        self.buttons = first
        split = QSplitter()
        self.table = RowsView(OOC_COLUMNS, "oocTable", tr("Out-of-court decisions"),
                              key=lambda r: r.decision.id)
        self.detail = QTextBrowser()
        self.detail.setObjectName("oocDetail")
        self.detail.setAccessibleName(tr("The chosen decision"))
        split.addWidget(self.table)
        split.addWidget(self.detail)
        self.layout_.addWidget(split, 1)
        self.dialog: FormDialog | None = None
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show())
        self.reload()

    def fetch(self, uow: UnitOfWork) -> list[DecisionRow]:
        s, today = uow.session, self.ctx.today()
        return [DecisionRow(snapshot(d), snapshots(svc.conditions(s, d.id)),
                            svc.prior_disposals(s, d),
                            timescales(d.referral_date, d.bail_date, d.assessed_date,
                                       d.police_informed_date, today)
                            if d.route == "panel" else None)
                for d in svc.decisions(s, self.child_id)]

    @property
    def rows(self) -> list[DecisionRow]:
        return self.table.rows

    def show_data(self, data: list[DecisionRow]) -> None:
        self.table.set_rows(data)
        self.table.select_first()
        self._show()

    def _selected(self) -> DecisionRow | None:
        row = self.table.current_row()
        return row if isinstance(row, DecisionRow) else None

    def _show(self) -> None:
        row = self._selected()
        self.detail.setHtml(describe(row) if row
                            else "<p>" + tr("No out-of-court decisions.") + "</p>")

    def _open(self, dialog: D) -> D:
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_decision(self) -> DecisionDialog:
        return self._open(DecisionDialog(self.ctx, self.child_id, self))

    def new_referral(self) -> ReferralDialog:
        return self._open(ReferralDialog(self.ctx, self.child_id, self))

    def police_outcome(self) -> PoliceOutcomeDialog:
        return self._open(PoliceOutcomeDialog(self.ctx, self.child_id, self))

    def _on_selected(self, make: Callable[[AppContext, OocDecision, QWidget], D]
                     ) -> D | None:
        row = self._selected()
        return self._open(make(self.ctx, row.decision, self)) if row else None

    def assess(self) -> AssessmentDialog | None:
        return self._on_selected(AssessmentDialog)

    def recommend(self) -> RecommendationDialog | None:
        return self._on_selected(RecommendationDialog)

    def panel_decision(self) -> PanelDialog | None:
        return self._on_selected(PanelDialog)

    def non_compliance(self) -> ProsecutionDialog | None:
        return self._on_selected(ProsecutionDialog)

    def delivery(self) -> DeliveryDialog | None:
        row = self._selected()
        return self._open(DeliveryDialog(self.ctx, row.decision, self)) if row else None

    def outcome(self) -> OutcomeDialog | None:
        row = self._selected()
        return self._open(OutcomeDialog(self.ctx, row.decision, self)) if row else None


__all__ = ["AssessmentDialog", "DecisionDialog", "DeliveryDialog", "OocTab", "OutcomeDialog",
           "PanelDialog", "PoliceOutcomeDialog", "ProsecutionDialog", "RecommendationDialog",
           "ReferralDialog"]
