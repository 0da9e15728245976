"""Every place on the tour (pages, record sections, dialogs), and :func:`walk` over them.
A new page or dialog is listed here once; the fit, look, accessibility and pseudo-locale
checks and ``scripts/screenshots`` then all visit it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from functools import partial

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QWidget,
)
from sqlalchemy import func, select

from yjdesk.models import UserAccount
from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.casework import ComplianceRecord, Contact, OocDecision, SafeguardingItem
from yjdesk.models.court import CourtHearing, PreSentenceReport
from yjdesk.models.org import Role
from yjdesk.models.statuses import AuditStatus, ContactStatus
from yjdesk.services.humanise import date_text
from yjdesk.store import LocalStore
from yjdesk.ui import registry
from yjdesk.ui.context import AppContext
from yjdesk.ui.i18n import fill, tr
from yjdesk.ui.main_window import CASELOAD_KEY, MainWindow
from yjdesk.ui.tour.core import PAGE_ROLES, Stop, Tour, wait_until

#: What the tour gives a dialog in place of a record's words (a screen shows them as given:
#: data to the pseudo check, as the record's own would be).
STAND_INS = frozenset({
    "a child on the demo caseload", "Sam Practitioner", "Youth rehabilitation order from "
    "01/09/2026", "Initial panel", "Unpaid work: 40 hours", "Initial planning",
    "The date cannot be in the future.", "yjdesk.example-council.gov.uk"})


def _page_stops() -> Iterator[Stop]:
    yield Stop("page-caseload-practitioner", "page",
               lambda t: t.page(CASELOAD_KEY, Role.PRACTITIONER))
    yield Stop("page-court-home", "page", lambda t: t.page(CASELOAD_KEY, Role.COURT_OFFICER))
    registry.load_features()
    for spec in sorted(registry.PAGES.values(), key=lambda p: (p.order, p.key)):
        role = PAGE_ROLES.get(spec.key, Role.SERVICE_MANAGER)
        if spec.roles is not None and role not in spec.roles:
            role = sorted(spec.roles)[0]
        yield Stop(f"page-{spec.key}", "page", partial(Tour.page, key=spec.key, role=role))

    def locked(t: Tour) -> MainWindow:
        win = t.page(CASELOAD_KEY, Role.PRACTITIONER)
        win.lock()
        return win

    yield Stop("page-locked", "page", locked)


def _tab_stops() -> Iterator[Stop]:
    from yjdesk.ui.child_record.view import BUILT_IN_TABS, HISTORY_TAB

    for key, _title in (*BUILT_IN_TABS, HISTORY_TAB):
        yield Stop(f"tab-{key}", "tab", partial(Tour.open_record, tab=key))
    registry.load_features()
    for spec in sorted(registry.CHILD_TABS.values(), key=lambda s: (s.order, s.key)):
        yield Stop(f"tab-{spec.key}", "tab", partial(Tour.open_record, tab=spec.key))

    def assessment(t: Tour) -> QWidget:
        from yjdesk.ui.assessments.tab import AssessmentsTab

        win = t.open_record("assessments")
        assert win.child_view is not None
        tab = win.child_view.tabs.widget_for("assessments")
        assert isinstance(tab, AssessmentsTab)
        stage = t.scalar(select(AssessmentStage.id).order_by(
            AssessmentStage.child_id != t.court_child(), AssessmentStage.id).limit(1))
        editor = tab.open_stage(str(stage))
        wait_until(lambda: editor.view is not None)  # type: ignore[has-type]
        t.idle()
        return win

    yield Stop("tab-assessment-editor", "tab", assessment)


def _dialog_stops() -> Iterator[Stop]:
    from yjdesk.config import load_settings
    from yjdesk.errors import ValidationError
    from yjdesk.models.pathways import PathwayReferral
    from yjdesk.ui.casework import (
        compliance_tab,
        contacts_tab,
        exit_tab,
        ooc_tab,
        pages,
        plan_tab,
        reviews_tab,
    )
    from yjdesk.ui.casework.contact_editor import ContactEditor
    from yjdesk.ui.child_record import dialogs as child_dialogs
    from yjdesk.ui.child_record.child_form import ChildFormDialog
    from yjdesk.ui.connect_dialog import ConnectDialog
    from yjdesk.ui.court import dialogs as court_dialogs
    from yjdesk.ui.court.report_editor import ReportEditor
    from yjdesk.ui.error_dialog import ErrorDialog
    from yjdesk.ui.oversight import dialogs as oversight
    from yjdesk.ui.pathways import tab as pathways
    from yjdesk.ui.settings_dialog import SettingsDialog
    from yjdesk.ui.signin import FirstRunDialog, SignInDialog
    from yjdesk.ui.widgets.confirm import Confirmation, ConfirmDialog

    def d(key: str, make: Callable[[Tour, AppContext, QWidget], QDialog],
          role: Role = Role.SERVICE_MANAGER) -> Stop:
        return Stop(f"dialog-{key}", "dialog",
                    lambda t: t.dialog(lambda c, w: make(t, c, w), role))

    def child(t: Tour) -> str:
        return t.court_child()

    def people(t: Tour) -> list[tuple[str, str]]:
        with t.store.session() as s:
            return [(u.id, u.display_name) for u in s.scalars(
                select(UserAccount).order_by(UserAccount.display_name).limit(8))]

    def offences(t: Tour) -> list[tuple[str, str]]:  # as the court and victims tabs list them
        from yjdesk.ui.view_data import offence_choices

        with t.store.session() as s:
            return offence_choices(s, child(t))

    def hearing(t: Tour) -> CourtHearing:
        with t.store.session() as s:
            row = s.scalars(select(CourtHearing).where(
                CourtHearing.child_id == child(t)).order_by(
                CourtHearing.hearing_date.desc())).first()
            assert row is not None
            s.expunge(row)
            return row

    def psr(t: Tour) -> str:
        return str(t.scalar(select(PreSentenceReport.id).where(
            PreSentenceReport.child_id == child(t)).limit(1)))

    def subject(t: Tour) -> str:  # as the report editor says it, of the report's hearing
        with t.store.session() as s:
            row = s.scalars(select(CourtHearing).join(
                PreSentenceReport, PreSentenceReport.hearing_id == CourtHearing.id).where(
                PreSentenceReport.id == psr(t))).one()
            return fill(tr("for %1, %2"), row.court_name, date_text(row.hearing_date))

    def ooc(t: Tour) -> OocDecision:
        with t.store.session() as s:
            row = s.scalars(select(OocDecision).limit(1)).first()
            assert row is not None, "the demo has out-of-court decisions"
            s.expunge(row)
            return row

    def contact(t: Tour, ctx: AppContext):
        with ctx.uow() as u:
            s = u.session
            c = s.scalars(select(Contact).where(Contact.status == ContactStatus.FINAL).order_by(
                func.length(Contact.content).desc()).limit(1)).first()
            assert c is not None
            return contacts_tab.contact_row(s, c)

    def item(t: Tour) -> str:
        found = t.scalar(select(SafeguardingItem.id).limit(1))
        return str(found or "none")

    def compliance(t: Tour) -> ComplianceRecord | None:
        with t.store.session() as s:
            row = s.scalars(select(ComplianceRecord).limit(1)).first()
            if row is not None:
                s.expunge(row)
            return row

    def audit(t: Tour):  # a completed audit's feedback, as the practitioner's page lists it
        from yjdesk.services.oversight import quality_audit as qa

        with t.store.session() as s:
            done = [a for a in qa.summaries(s) if a.status == AuditStatus.COMPLETE and a.feedback]
        assert done, "the demo has completed audits with feedback"
        return max(done, key=lambda a: (not a.acknowledged, len(a.feedback)))

    def settings_dialog(t: Tour, c: AppContext, w: QWidget) -> QDialog:
        return SettingsDialog(load_settings(c.store.paths), w,
                              in_use="https://yjdesk.example-council.gov.uk")

    def report(t: Tour, c: AppContext, w: QWidget) -> QDialog:
        editor = ReportEditor(c, psr(t), w)
        editor.reload() if hasattr(editor, "reload") else None
        return editor

    def confirm(t: Tour, c: AppContext, w: QWidget) -> QDialog:
        return ConfirmDialog(Confirmation(
            title=tr("Countersign and lock this assessment?"),
            action=tr("Countersign and lock"),
            subject=fill(tr("The %1 assessment of %2, written by %3."), "start",
                         "a child on the demo caseload", "Sam Practitioner"),
            consequences=(tr("It is locked: nobody can change it afterwards. A change needs a "
                             "review stage."),
                          tr("Your name, the time and a fingerprint of its content are "
                             "recorded.")),
            comment_label=tr("Your comment (kept with the assessment)"),
            ask_password=True), c.store, w)

    yield d("child-new", lambda t, c, w: ChildFormDialog(c, parent=w))
    yield d("address", lambda t, c, w: child_dialogs.AddressDialog(c, child(t), w))
    yield d("person", lambda t, c, w: child_dialogs.RelationshipDialog(c, child(t), w))
    yield d("offence", lambda t, c, w: child_dialogs.OffenceDialog(c, child(t), w))
    yield d("disposal", lambda t, c, w: child_dialogs.DisposalDialog(c, child(t), (), w))
    yield d("contact", lambda t, c, w: ContactEditor(c, child(t), parent=w),
            Role.PRACTITIONER)
    yield d("contact-amend", lambda t, c, w: contacts_tab.AmendDialog(c, contact(t, c), w),
            Role.PRACTITIONER)
    yield d("plan", lambda t, c, w: plan_tab.PlanDialog(c, child(t), w), Role.PRACTITIONER)
    yield d("review", lambda t, c, w: reviews_tab.ReviewDialog(c, child(t), None, w),
            Role.PRACTITIONER)
    yield d("event", lambda t, c, w: reviews_tab.EventDialog(c, child(t), w),
            Role.PRACTITIONER)
    yield d("compliance", lambda t, c, w: compliance_tab.ComplianceDialog(
        c, child(t), compliance(t), w), Role.PRACTITIONER)
    yield d("ooc-decision", lambda t, c, w: ooc_tab.DecisionDialog(c, child(t), w),
            Role.PRACTITIONER)
    yield d("ooc-delivery", lambda t, c, w: ooc_tab.DeliveryDialog(c, ooc(t), w),
            Role.PRACTITIONER)
    yield d("ooc-outcome", lambda t, c, w: ooc_tab.OutcomeDialog(c, ooc(t), w),
            Role.PRACTITIONER)
    yield d("exit", lambda t, c, w: exit_tab.ExitDialog(c, child(t), None, w),
            Role.PRACTITIONER)
    yield d("safeguarding-action", lambda t, c, w: pages.ActionDialog(c, item(t), True, w))
    yield d("hearing", lambda t, c, w: court_dialogs.HearingDialog(c, child(t), offences(t), w),
            Role.COURT_OFFICER)
    yield d("hearing-outcome", lambda t, c, w: court_dialogs.OutcomeDialog(
        c, hearing(t).id, people(t), w), Role.COURT_OFFICER)
    yield d("report-request", lambda t, c, w: court_dialogs.RequestReportDialog(
        c, hearing(t).id, hearing(t).hearing_date, "psr", w), Role.COURT_OFFICER)
    yield d("report", report, Role.COURT_OFFICER)
    yield d("report-sent", lambda t, c, w: court_dialogs.SentDialog(
        c, psr(t), {}, w, subject=subject(t)), Role.COURT_OFFICER)
    yield d("report-return", lambda t, c, w: court_dialogs.ReturnDialog(
        c, psr(t), w, subject=subject(t)), Role.TEAM_MANAGER)
    yield d("oversight", lambda t, c, w: oversight.OversightDialog(c, child(t), people(t), w),
            Role.TEAM_MANAGER)
    yield d("quality-audit", lambda t, c, w: oversight.AuditDialog(
        c, child(t), "court", people(t), w), Role.TEAM_MANAGER)
    yield d("acknowledge-feedback", lambda t, c, w: oversight.AcknowledgeDialog(
        c, audit(t), w), Role.PRACTITIONER)
    yield d("board-meeting", lambda t, c, w: oversight.BoardMeetingDialog(c, w))
    yield d("confirm-signature", confirm, Role.TEAM_MANAGER)
    yield d("settings", settings_dialog)
    yield d("connect", lambda t, c, w: ConnectDialog(c.store.paths,
                                                     load_settings(c.store.paths), w))
    yield d("sign-in", lambda t, c, w: SignInDialog(c.store.paths, username="sam.practitioner",
                                                    parent=w))
    yield d("first-run", lambda t, c, w: FirstRunDialog(c.store.paths, c.policy, w))
    yield d("error", lambda t, c, w: ErrorDialog(w, ValidationError(
        {"date": "The date cannot be in the future."})))
    yield d("pathway-referral", lambda t, c, w: pathways.ReferralDialog(c, child(t), None, w),
            Role.HEALTH_WORKER)
    yield d("pathway-meeting", lambda t, c, w: pathways.MeetingDialog(c, pathways.ReferralRow(
        PathwayReferral(id="tour", child_id=child(t), pathway="mappa"), [], 0), w))
    yield from _order_and_victim_stops(d, child, offences)


def _order_and_victim_stops(d: Callable[..., Stop], child: Callable[[Tour], str],
                            offences: Callable[[Tour], list[tuple[str, str]]]) -> Iterator[Stop]:
    """The "Court orders" tab's dialogs (referral order, delivery, enforcement, custody,
    transition) and the victim record. They save against the id they are given, so the
    tour gives them a made-up one (nothing is saved)."""
    from yjdesk.ui.orders import custody_section as custody
    from yjdesk.ui.orders import dialogs as orders
    from yjdesk.ui.orders import sections, transition_section
    from yjdesk.ui.victims.tab import VictimDialog

    order = [("tour", "Youth rehabilitation order from 01/09/2026")]
    worker = Role.PRACTITIONER
    yield d("order-panel", lambda t, c, w: orders.PanelDialog(
        c, "tour", "Initial panel", True, w), worker)
    yield d("order-contract", lambda t, c, w: orders.ContractDialog(c, "tour", w), worker)
    yield d("order-sign", lambda t, c, w: orders.SignDialog(c, "tour", w), worker)
    yield d("order-extend", lambda t, c, w: orders.ExtendDialog(c, "tour", w), worker)
    yield d("order-refer-back", lambda t, c, w: orders.ReferBackDialog(c, "tour", w), worker)
    yield d("order-delivery", lambda t, c, w: sections.DeliveryDialog(
        c, [("tour", "Unpaid work: 40 hours")], w), worker)
    yield d("order-enforcement", lambda t, c, w: sections.StepDialog(c, order, w), worker)
    yield d("order-court-decision", lambda t, c, w: sections.CourtDecisionDialog(
        c, "tour", w), worker)
    yield d("custody-placement", lambda t, c, w: custody.PlacementDialog(c, "tour", w), worker)
    yield d("custody-meeting", lambda t, c, w: custody.MeetingDialog(
        c, "tour", "Initial planning", w), worker)
    yield d("custody-resettlement", lambda t, c, w: custody.ResettlementDialog(
        c, "tour", w), worker)
    yield d("custody-release", lambda t, c, w: custody.ReleaseDialog(c, "tour", w), worker)
    yield d("transition", lambda t, c, w: transition_section.TransitionDialog(
        c, child(t), {}, w), worker)
    yield d("victim", lambda t, c, w: VictimDialog(c, child(t), offences(t), None, w),
            Role.SERVICE_MANAGER)



def stops() -> list[Stop]:
    return [*_page_stops(), *_tab_stops(), *_dialog_stops()]


def screen_size() -> QSize:
    screen = QApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1280, 720)


def walk(store: LocalStore, today: dt.date,
         visit: Callable[[Stop, QWidget], None], only: set[str] | None = None) -> list[str]:
    """Open every stop in turn and call ``visit(stop, window)``; returns task failures."""
    tour = Tour(store, today)
    try:
        for stop in stops():
            if only and stop.key not in only:
                continue
            visit(stop, stop.open(tour))
            tour.close_dialog()
    finally:
        tour.close()
    return tour.failures

