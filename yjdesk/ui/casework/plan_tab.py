"""The Plan tab ("My targets"): targets, contingency plans, external controls, and the
proportionality warnings. A plan is written once; later changes go through a review."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from yjdesk.errors import Message, ValidationError
from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.casework import Plan
from yjdesk.models.statuses import TargetStatus
from yjdesk.services.assessments import latest_countersigned_stage
from yjdesk.services.casework import plans as svc
from yjdesk.services.casework.plans import PlanInput, TargetInput
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import when_text as fmt_date
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.assessments.util import stage_word
from yjdesk.ui.casework.common import LoadingTab, text_box
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import Tone, fit_to_screen
from yjdesk.ui.i18n import QT_TR_NOOP, QT_TRANSLATE_NOOP, counted, fill, tr, tr_or
from yjdesk.ui.view_data import snapshot
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import CodeCombo, DateField, FormLayout

COLUMNS = [
    QT_TR_NOOP("Area"),
    QT_TR_NOOP("Target"),
    QT_TR_NOOP("Owner"),
    QT_TR_NOOP("Child's words"),
    QT_TR_NOOP("Sessions"),
    QT_TR_NOOP("Order"),
    QT_TR_NOOP("Status"),
]


class PlanFields:
    """The plan's fields, added to a form (used by the plan and review dialogs)."""

    def __init__(self, form: FormLayout) -> None:
        self.form = form
        self.start = DateField(tr("Plan start"))
        form.add_field("start_date", tr("Plan starts"), self.start)
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("targetsTable")
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setMinimumHeight(150)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        add, remove = QPushButton(tr("Add target")), QPushButton(tr("Remove target"))
        add.clicked.connect(lambda: self.add_target(None))
        remove.clicked.connect(self.remove_target)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        lay.addLayout(row)
        form.add_field("targets", tr("Targets"), box)
        self.child_words = text_box("child_words", 2)
        self.wellbeing = text_box("contingency_wellbeing", 3)
        self.others = text_box("contingency_others", 3)
        self.victim = text_box("victim_safety", 2)
        form.add_field("child_words", tr("The plan in the\nchild's words"), self.child_words)
        form.add_field("contingency_wellbeing", tr("If risk to the child\nrises (contingency)"),
                       self.wellbeing)
        form.add_field("contingency_others", tr("If risk to others\nrises (contingency)"),
                       self.others)
        form.add_field("victim_safety", tr("Victim safety"), self.victim)
        checks = QWidget()
        cl = QHBoxLayout(checks)
        cl.setContentsMargins(0, 0, 0, 0)
        self.curfew, self.exclusion, self.police = (
            QCheckBox(tr("Curfew")), QCheckBox(tr("Exclusion")), QCheckBox(tr("Police links")))
        for c in (self.curfew, self.exclusion, self.police):
            cl.addWidget(c)
        cl.addStretch(1)
        form.add_field("controls", tr("External controls"), checks)
        self.controls = text_box("external_controls", 2)
        form.add_field("external_controls", tr("Controls detail"), self.controls)
        self.keep: dict[str, Any] = {}

    def add_target(self, t: TargetInput | None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        area = CodeCombo("plan_area")
        status = CodeCombo("target_status", allow_empty=False)
        area.set_code(t.area if t else None)
        status.set_code(t.status if t else TargetStatus.OPEN)
        self.table.setCellWidget(r, 0, area)
        self.table.setCellWidget(r, 6, status)
        values = [t.description, t.owner, t.child_words or "", str(t.planned_sessions),
                  str(t.sequence)] if t else ["", "", "", "0", str(r + 1)]
        for c, v in enumerate(values, start=1):
            item = QTableWidgetItem(v)
            if c == 1:
                item.setData(256, t.id if t else None)
            self.table.setItem(r, c, item)

    def remove_target(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def _cell(self, r: int, c: int) -> str:
        item = self.table.item(r, c)
        return item.text().strip() if item else ""

    def value(self) -> PlanInput:
        targets: list[TargetInput] = []
        for r in range(self.table.rowCount()):
            try:
                sessions, seq = int(self._cell(r, 4) or 0), int(self._cell(r, 5) or 1)
            except ValueError as exc:
                raise ValidationError({"targets": Message(QT_TRANSLATE_NOOP(
                    "", "Target %1: sessions and order are whole numbers."), r + 1)}) from exc
            area, status = self.table.cellWidget(r, 0), self.table.cellWidget(r, 6)
            assert isinstance(area, CodeCombo) and isinstance(status, CodeCombo)
            item = self.table.item(r, 1)
            targets.append(TargetInput(
                area=area.code() or "", description=self._cell(r, 1), owner=self._cell(r, 2),
                child_words=self._cell(r, 3) or None, planned_sessions=sessions, sequence=seq,
                status=status.code() or TargetStatus.OPEN, id=item.data(256) if item else None))
        return PlanInput(
            start_date=self.start.date(), targets=targets,
            disposal_id=self.keep.get("disposal_id"),
            assessment_stage_id=self.keep.get("assessment_stage_id"),
            child_words=self.child_words.toPlainText(),
            contingency_wellbeing=self.wellbeing.toPlainText(),
            contingency_others=self.others.toPlainText(),
            victim_safety=self.victim.toPlainText(), control_curfew=self.curfew.isChecked(),
            control_exclusion=self.exclusion.isChecked(),
            control_police_links=self.police.isChecked(),
            external_controls=self.controls.toPlainText())

    def set_value(self, p: PlanInput) -> None:
        self.keep = {"disposal_id": p.disposal_id,
                     "assessment_stage_id": p.assessment_stage_id}
        self.start.set_date(p.start_date)
        self.table.setRowCount(0)
        for t in p.targets:
            self.add_target(t)
        self.child_words.setPlainText(p.child_words or "")
        self.wellbeing.setPlainText(p.contingency_wellbeing or "")
        self.others.setPlainText(p.contingency_others or "")
        self.victim.setPlainText(p.victim_safety or "")
        self.curfew.setChecked(p.control_curfew)
        self.exclusion.setChecked(p.control_exclusion)
        self.police.setChecked(p.control_police_links)
        self.controls.setPlainText(p.external_controls or "")


def create_with_links(uow: UnitOfWork, child_id: str, data: PlanInput) -> svc.PlanResult:
    """Create the plan linked to the current disposal and the latest countersigned stage."""
    s = uow.session
    if data.assessment_stage_id is None:
        stage = latest_countersigned_stage(s, child_id)
        data.assessment_stage_id = stage.id if stage else None
    if data.disposal_id is None:
        current = svc.disposal_for(s, child_id, None)
        data.disposal_id = current.id if current else None
    return svc.create_plan(s, child_id, data)


class PlanDialog(FormDialog):
    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Write the plan"), parent, scroll=True, save_text=tr("Save plan"),
                         intro=tr("Targets for desistance, the child's safety and wellbeing, "
                               "and keeping other people safe; with contingency plans."))
        self.child_id = child_id
        fit_to_screen(self, 900, 760)
        self.fields = PlanFields(self.form)
        self.fields.start.set_date(ctx.today())
        for area in ("desistance", "safety_wellbeing", "others_safety"):
            self.fields.add_target(TargetInput(area, "", "", None, 0,
                                               self.fields.table.rowCount() + 1))

    def job(self) -> Job:
        data, child_id = self.fields.value(), self.child_id
        return lambda uow: create_with_links(uow, child_id, data)



@dataclass
class PlanView:
    plan: Plan | None
    data: PlanInput | None
    warnings: list[svc.PlanWarning]
    stage: str = ""


#: The intervention levels, in words ("at the out of court level"), translated where shown.
LEVEL_WORDS: dict[str, str] = {
    "standard": QT_TR_NOOP("standard"), "enhanced": QT_TR_NOOP("enhanced"),
    "intensive": QT_TR_NOOP("intensive"), "out_of_court": QT_TR_NOOP("out of court"),
    "prevention": QT_TR_NOOP("prevention")}


def warning_text(warning: svc.PlanWarning) -> str:
    """A proportionality or coverage warning in the person's language (the plan areas and
    disposals are code lists, in the translation file: i18n_domain); in English as
    ``warning.text`` says it, a count's plural aside."""
    if warning.kind == svc.NO_TARGET:
        area = tr(codelist("plan_area").label(warning.area)).lower()
        return fill(tr("No open target for %1."), area)
    if warning.kind == svc.TOO_MANY_SESSIONS:
        cap = warning.capacity
        assert cap is not None
        return fill(tr("%1 but only about %2 fit: %3 on the %4 at the %5 level (%6 a week). "
                       "Is the plan proportionate to the disposal?"),
                    counted(warning.planned, tr("%n session is planned"),
                            tr("%n sessions are planned")),
                    cap.sessions, counted(cap.weeks, tr("%n week left"), tr("%n weeks left")),
                    tr(codelist("disposal_type").label(cap.disposal_type)).lower(),
                    tr_or(LEVEL_WORDS.get(cap.level), cap.level.replace("_", " ")),
                    f"{cap.per_week:g}")
    return tr("All targets have the same place in the sequence; say what comes first.")


#: The external controls a plan may list.
CONTROLS = (("control_curfew", QT_TR_NOOP("curfew")),
            ("control_exclusion", QT_TR_NOOP("exclusion")),
            ("control_police_links", QT_TR_NOOP("police links")))


def describe(view: PlanView) -> str:
    """The plan in the person's language (the areas and statuses are code lists, in the
    translation file: i18n_domain); what was typed as typed."""
    if view.plan is None or view.data is None:
        return "<p>" + tr("No plan yet. Write one after the assessment.") + "</p>"
    p, d = view.plan, view.data
    areas, statuses = codelist("plan_area"), codelist("target_status")
    rows = "".join(
        f"<tr><td>{t.sequence}</td><td>{escape(tr(areas.label(t.area)))}</td>"
        f"<td>{escape(t.description)}<br><i>{escape(t.child_words or '')}</i></td>"
        f"<td>{escape(t.owner)}</td><td>{t.planned_sessions}</td>"
        f"<td>{escape(tr(statuses.label(t.status)))}</td></tr>" for t in d.targets)
    controls = ", ".join(tr(n) for name, n in CONTROLS if getattr(d, name))
    linked = (fill(tr("Answers the %1."), escape(view.stage)) if view.stage
              else tr("Not linked to a countersigned assessment."))
    heads = "".join(f"<th>{escape(h)}</th>" for h in (
        "#", tr("Area"), tr("Target"), tr("Owner"), tr("Sessions"), tr("Status")))

    def para(label: str, text: str) -> str:
        return f"<p><b>{escape(label)}</b> {text}</p>"

    title = fill(tr("Plan from %1 (version %2)"), fmt_date(p.start_date), p.version)
    return (f"<h3>{title}</h3><p>{linked}</p>"
            f"<p><i>{escape(d.child_words or '')}</i></p>"
            f"<table border=1 cellpadding=3 cellspacing=0><tr>{heads}</tr>{rows}</table>"
            + para(tr("If risk to the child rises:"), escape(d.contingency_wellbeing or ""))
            + para(tr("If risk to others rises:"), escape(d.contingency_others or ""))
            + para(tr("Victim safety:"), escape(d.victim_safety or "-"))
            + para(tr("External controls:"), (controls or tr("none"))
                   + f". {escape(d.external_controls or '')}"))


class PlanTab(LoadingTab):

    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, child_id, parent)
        self.new_button = self.add_button(tr("&Write plan..."), self.new_plan, "newPlan")
        self.review_button = self.add_button(tr("Review and &change plan..."), self.review,
                                             "reviewPlan")
        self.buttons.addStretch(1)
        self.message.setProperty("tone", Tone.DUE_SOON.value)  # warnings, in words
        self.view = QTextBrowser()
        self.view.setObjectName("planView")
        self.view.setAccessibleName(tr("The current plan"))
        self.layout_.addWidget(self.view, 1)
        self.dialog: QWidget | None = None
        self.reload()

    def fetch(self, uow: UnitOfWork) -> PlanView:
        plan = svc.current_plan(uow.session, self.child_id)
        if plan is None:
            return PlanView(None, None, [])
        data = svc.plan_input(uow.session, plan)
        stage = uow.session.get(AssessmentStage, plan.assessment_stage_id) \
            if plan.assessment_stage_id else None
        label = fill(tr("%1 assessment of %2"), stage_word(stage.stage_type).lower(),
                     fmt_date(stage.started_on)) if stage else ""
        return PlanView(snapshot(plan), data, svc.plan_warnings(uow.session, self.child_id, data),
                        label)

    def show_data(self, data: PlanView) -> None:
        self.current = data
        self.view.setHtml(describe(data))
        self.message.setText("\n".join(fill(tr("Warning: %1"), warning_text(w))
                                        for w in data.warnings))
        self.new_button.setEnabled(data.plan is None)
        self.review_button.setEnabled(data.plan is not None)

    def new_plan(self) -> PlanDialog:
        dialog = PlanDialog(self.ctx, self.child_id, self)
        dialog.open()
        self.dialog = dialog
        return dialog

    def review(self) -> QWidget:
        from yjdesk.ui.casework.reviews_tab import ReviewDialog

        dialog = ReviewDialog(self.ctx, self.child_id, None, self)
        dialog.open()
        self.dialog = dialog
        return dialog
