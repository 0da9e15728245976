"""The tour: every page, child-record tab and dialog of the app, opened one at a time.

The fit test (small laptops), the accessible-name walk, the pseudo-locale test and
``scripts/screenshots`` all take the same tour, so a new page or dialog is checked by all of
them once it is listed here (the tour test fails on a registered page or tab it does not
visit). It runs on a synthetic demo store (``yjdesk.demo.generator``, "tiny" scale).

This is a developer tool: it reads the few ids it needs on the UI thread, which the app
itself never does.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRect, QSize, Qt, QTranslator
from PySide6.QtGui import QAccessible, QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QStatusBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)
from sqlalchemy import func, select

from yjdesk.models import UserAccount
from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.casework import ComplianceRecord, Contact, OocDecision, SafeguardingItem
from yjdesk.models.court import CourtHearing, PreSentenceReport
from yjdesk.models.org import Role
from yjdesk.paths import Paths
from yjdesk.services.humanise import date_text
from yjdesk.services.policy import Policy
from yjdesk.services.uow import Actor
from yjdesk.store import LocalStore
from yjdesk.ui import registry
from yjdesk.ui.context import AppContext, Events
from yjdesk.ui.main_window import CASELOAD_KEY, MainWindow
from yjdesk.ui.tasks import TaskRunner

PASSWORD = "tour of every screen"
#: The users the tour signs in as, and the role each brings.
ROLE_USERS = {
    Role.PRACTITIONER: "sam.practitioner",
    Role.TEAM_MANAGER: "morgan.manager",
    Role.SERVICE_MANAGER: "alex.servicemanager",
}


@dataclass(frozen=True)
class Stop:
    """One place on the tour. ``open(tour)`` returns the top-level widget to look at."""

    key: str
    kind: str  # "page", "tab" or "dialog"
    open: Callable[[Tour], QWidget]


def wait_until(pred: Callable[[], bool], timeout_s: float = 20.0) -> None:
    """Process events until ``pred()`` holds (or raise after ``timeout_s``)."""
    end = time.monotonic() + timeout_s
    while not pred():
        if time.monotonic() > end:
            raise TimeoutError("the tour waited too long for a screen to load")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def demo_store(folder: Path, today: dt.date, copy_of: Path | None = None) -> LocalStore:
    """A fresh encrypted store holding the tiny synthetic service.

    ``copy_of``: a closed profile folder made the same way (``demo_store`` then ``close``) to
    copy instead of building one (the test suite builds it once for all its tours)."""
    if copy_of is not None:
        import shutil

        from yjdesk.laptop import LaptopStore

        source, paths = Paths(copy_of), Paths(folder).ensure()
        if Path(f"{source.database}-wal").exists():
            raise ValueError(f"{copy_of} is still open")
        shutil.copyfile(source.database, paths.database)
        shutil.copyfile(source.keyfile, paths.keyfile)
        return LaptopStore.open(paths, PASSWORD)
    from yjdesk.ui.demo_launcher import tour_store

    return tour_store(folder, PASSWORD, today)


class Tour:
    """Opens the app's screens on ``store`` as the demo users, one stop at a time."""

    def __init__(self, store: LocalStore, today: dt.date) -> None:
        self.store = store
        self.today = today
        self.contexts: dict[Role, AppContext] = {}
        self.windows: dict[Role, MainWindow] = {}
        self.open_dialog: QDialog | None = None
        self._child: str | None = None
        #: Background tasks that failed on the way (a screen that could not load).
        self.failures: list[str] = []

    # --- set-up -------------------------------------------------------------------------------

    def ctx(self, role: Role) -> AppContext:
        if role not in self.contexts:
            username = ROLE_USERS.get(role, ROLE_USERS[Role.SERVICE_MANAGER])
            with self.store.session() as s:
                user = s.scalars(select(UserAccount).where(
                    UserAccount.username == username)).one()
                actor = Actor(user.id, role, user.team_id, "tour", user.display_name)
            self.contexts[role] = AppContext(
                store=self.store, actor=actor, tasks=TaskRunner(self.store, actor),
                policy=Policy.load(), events=Events(), today=lambda: self.today)
        return self.contexts[role]

    def window(self, role: Role = Role.SERVICE_MANAGER) -> MainWindow:
        if role not in self.windows:
            win = MainWindow(self.ctx(role), idle_ms=24 * 3600 * 1000)
            win.idle.stop()
            self.ctx(role).tasks.default_failure = lambda exc: self.failures.append(
                f"{type(exc).__name__}: {exc}")
            win.resize(1280, 720)
            self.windows[role] = win
        win = self.windows[role]
        if win.locked:
            win.unlock()
        win.show()
        return win

    def idle(self, role: Role = Role.SERVICE_MANAGER) -> None:
        ctx = self.ctx(role)
        wait_until(lambda: not ctx.tasks.busy)
        QCoreApplication.processEvents()

    def close(self) -> None:
        self.close_dialog()
        for win in self.windows.values():
            win.close()
        for ctx in self.contexts.values():
            wait_until(lambda c=ctx: not c.tasks.busy)  # type: ignore[misc]
            ctx.tasks.shutdown()
        QCoreApplication.processEvents()

    def close_dialog(self) -> None:
        if self.open_dialog is not None:
            dialog, self.open_dialog = self.open_dialog, None
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            dialog.reject()
            dialog.hide()
            dialog.deleteLater()
            QCoreApplication.processEvents()

    def scalar(self, stmt):  # type: ignore[no-untyped-def]
        with self.store.session() as s:
            return s.scalar(stmt)

    # --- the child the tour opens -------------------------------------------------------------

    def court_child(self) -> str:
        """A child with a pre-sentence report (and so hearings, offences and assessments)."""
        if self._child is None:
            assessed = select(AssessmentStage.child_id)
            self._child = str(self.scalar(select(PreSentenceReport.child_id).order_by(
                PreSentenceReport.child_id.in_(assessed).desc(), PreSentenceReport.id
            ).limit(1)))
        return self._child

    def open_record(self, tab: str, role: Role = Role.SERVICE_MANAGER) -> MainWindow:
        win = self.window(role)
        view = win.open_child(self.court_child(), tab)
        assert view is not None
        wait_until(lambda: view.record is not None)
        view.show_tab(tab)
        self.idle(role)
        return win

    def page(self, key: str, role: Role = Role.SERVICE_MANAGER) -> MainWindow:
        win = self.window(role)
        win.close_child()
        win.open_page(key)
        self.idle(role)
        return win

    def dialog(self, make: Callable[[AppContext, QWidget], QDialog],
               role: Role = Role.SERVICE_MANAGER) -> QDialog:
        win = self.window(role)
        win.close_child()
        dialog = make(self.ctx(role), win)
        dialog.show()
        self.open_dialog = dialog
        self.idle(role)
        return dialog


# --- the stops -------------------------------------------------------------------------------

def _page_stops() -> Iterator[Stop]:
    yield Stop("page-caseload-practitioner", "page",
               lambda t: t.page(CASELOAD_KEY, Role.PRACTITIONER))
    yield Stop("page-court-home", "page", lambda t: t.page(CASELOAD_KEY, Role.COURT_OFFICER))
    registry.load_features()
    for spec in sorted(registry.PAGES.values(), key=lambda p: (p.order, p.key)):
        role = Role.SERVICE_MANAGER
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
    from yjdesk.ui import pathways
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

    def subject(t: Tour) -> str:  # as the report editor says it
        return f"for Blackpool Youth Court, {date_text(hearing(t).hearing_date)}"

    def ooc(t: Tour) -> OocDecision:
        with t.store.session() as s:
            row = s.scalars(select(OocDecision).limit(1)).first()
            assert row is not None, "the demo has out-of-court decisions"
            s.expunge(row)
            return row

    def contact(t: Tour, ctx: AppContext):  # type: ignore[no-untyped-def]
        with ctx.uow() as u:
            s = u.session
            c = s.scalars(select(Contact).where(Contact.status == "final").order_by(
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

    def settings_dialog(t: Tour, c: AppContext, w: QWidget) -> QDialog:
        return SettingsDialog(load_settings(c.store.paths), w,
                              in_use="https://yjdesk.example-council.gov.uk")

    def report(t: Tour, c: AppContext, w: QWidget) -> QDialog:
        editor = ReportEditor(c, psr(t), w)
        editor.reload() if hasattr(editor, "reload") else None
        return editor

    def confirm(t: Tour, c: AppContext, w: QWidget) -> QDialog:
        return ConfirmDialog(Confirmation(
            title="Countersign and lock this assessment?", action="Countersign and lock",
            subject="The start assessment of a child on the demo caseload, by Sam Practitioner.",
            consequences=("Nobody can change it afterwards.",
                          "Its fingerprint is recorded with your name and the time."),
            comment_label="Your comment (kept with the assessment)",
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


#: What a title bar and a taskbar take from the screen's height.
CHROME_HEIGHT = 72


def usable(screen: QSize) -> QSize:
    """The room a window has on a screen of ``screen`` logical pixels."""
    return QSize(screen.width(), screen.height() - CHROME_HEIGHT)


def place(window: QWidget, screen: QSize) -> None:
    """A dialog stays at the size it opened at (capped by the screen: the window manager
    does no better); the main window fills the screen."""
    room = usable(screen)
    if isinstance(window, QDialog):
        window.resize(window.size().boundedTo(room))
    else:
        window.resize(room)
    QCoreApplication.processEvents()


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _shown_rect(widget: QWidget, top: QWidget) -> QRect:
    """The part of ``widget`` its ancestors up to ``top`` leave visible, in top's terms."""
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        rect = rect.intersected(QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()))
        if parent is top:
            break
        parent = parent.parentWidget()
    return rect


def fit_problems(window: QWidget, screen: QSize) -> list[str]:
    """What does not fit when ``window`` is opened on a screen of ``screen`` pixels:
    a minimum size larger than the room, a button cut off or squeezed (outside scrolling
    content), a table that needs a horizontal scroll bar for its columns."""
    room = usable(screen)
    problems: list[str] = []
    if isinstance(window, QDialog) and (window.width() > room.width()
                                        or window.height() > room.height()):
        problems.append(f"opens at {window.width()}x{window.height()}, larger than the "
                        f"{room.width()}x{room.height()} the screen leaves")
    place(window, screen)
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if least.width() > room.width() or least.height() > room.height():
        problems.append(f"needs at least {least.width()}x{least.height()}, the screen "
                        f"leaves {room.width()}x{room.height()}")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _in_scroll_area(button, window):
            continue
        if isinstance(button, QAbstractButton) and button.parent() is not None and \
                type(button).__name__ in ("QToolButton",) and not button.text():
            continue
        shown = _shown_rect(button, window)
        name = button.text().replace("&", "") or button.accessibleName() or \
            button.objectName() or type(button).__name__
        if shown.width() < button.width() or shown.height() < button.height():
            problems.append(f"button {name!r} is cut off ({shown.width()}x{shown.height()} "
                            f"of {button.width()}x{button.height()} shown)")
        elif isinstance(button, QPushButton) and \
                button.width() < button.minimumSizeHint().width():
            problems.append(f"button {name!r} is squeezed ({button.width()} px for "
                            f"{button.minimumSizeHint().width()})")
    for table in window.findChildren(QTableView):
        if table.isVisibleTo(window) and table.horizontalScrollBar().isVisible():
            problems.append(f"table {table.objectName() or table.accessibleName()!r} needs "
                            "a horizontal scroll bar")
    return problems


_RAW_CODE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
_FAKE_PLURAL = re.compile(r"\w\(s\)")


def look_problems(window: QWidget, kind: str) -> list[str]:
    """What a person would see as unfinished: a page without the page header, a table
    heading cut off, "item(s)" instead of a real plural, a raw code or table name
    ("ooc_decision") in the words on show."""
    problems: list[str] = []
    if kind == "page" and not isinstance(window, QDialog):
        headers = [h for h in window.findChildren(QWidget, "pageHeader")
                   if h.isVisibleTo(window)]
        locked = getattr(window, "locked", False)
        if not headers and not locked:
            problems.append("the page has no page header (title and summary)")
    for table in window.findChildren(QAbstractItemView):
        model = table.model()
        if not isinstance(table, (QTableView, QTreeView)) or not table.isVisibleTo(window) \
                or model is None or _header_hidden(table):
            continue
        header = table.horizontalHeader() if isinstance(table, QTableView) else table.header()
        metrics = header.fontMetrics()
        for c in range(model.columnCount()):
            if table.isColumnHidden(c):
                continue
            text = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            widest = max((metrics.horizontalAdvance(line) for line in text.split("\n")),
                         default=0)
            if header.sectionSize(c) < widest + 6:
                problems.append(f"table heading {text!r} is cut off "
                                f"({header.sectionSize(c)} px for {widest})")
            for r in range(min(model.rowCount(), 20)):
                cell = str(model.index(r, c).data() or "")
                if _RAW_CODE.fullmatch(cell.strip()):
                    problems.append(f"table cell shows a raw code {cell!r}")
    for edit in window.findChildren(QLineEdit):
        shown = edit.text() or edit.placeholderText()
        if edit.isVisibleTo(window) and shown and not isinstance(edit.parentWidget(), (
                QComboBox, QAbstractSpinBox)) and \
                edit.fontMetrics().horizontalAdvance(shown) > edit.width() - 10:
            problems.append(f"text box {accessible_name(edit) or shown!r} is too narrow for "
                            f"{shown!r}")
    for lst in window.findChildren(QListWidget):
        if lst.isVisibleTo(window):
            for i in range(min(lst.count(), 40)):
                problems.extend(f"raw code {code!r} in a list: {lst.item(i).text()!r}"
                                for code in _RAW_CODE.findall(lst.item(i).text()))
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or _in_form_content(label):
            continue
        text = label.text()
        if _FAKE_PLURAL.search(text):
            problems.append(f"not a real plural: {text!r}")
        if label.textFormat() != Qt.TextFormat.RichText and "<" not in text:
            for code in _RAW_CODE.findall(text):
                problems.append(f"raw code {code!r} in {text!r}")
        if _FIELD_NAME.search(text):
            problems.append(f"an internal field name in {text!r}")
    problems.extend(contrast_problems(window))
    return sorted(set(problems))


#: A message that starts with a field's internal name ("date: The date cannot ...").
_FIELD_NAME = re.compile(r"(?:^|[\s>])[a-z]+(?:_[a-z]+)*: [A-Z]")
#: WCAG AA: 4.5:1 for body text (3:1 for large text, which the tour does not tell apart).
MIN_CONTRAST = 4.5


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def contrast_problems(window: QWidget) -> list[str]:
    """Words too faint to read on their background (a fixed grey or red that suits the
    light palette only, on the dark one): labels, and table cells with a colour of their
    own. Disabled controls are left out (they may be faint)."""
    problems: list[str] = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.isEnabled() or \
                not label.text().strip():
            continue
        pal = label.palette()
        fg, bg = pal.color(label.foregroundRole()), pal.color(label.backgroundRole())
        ratio = contrast(fg, bg)
        if ratio < MIN_CONTRAST:
            problems.append(f"faint text {label.text()[:40]!r} ({fg.name()} on {bg.name()}, "
                            f"{ratio:.1f}:1)")
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(window):
            continue
        pal = view.palette()
        grounds = (pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.AlternateBase))
        root = QModelIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list model keeps it private: one column
            columns = 1
        for r in range(min(model.rowCount(root), 30)):
            for c in range(columns):
                brush = model.index(r, c).data(Qt.ItemDataRole.ForegroundRole)
                colour = brush.color() if isinstance(brush, QBrush) else brush
                if isinstance(colour, QColor):
                    ratio = min(contrast(colour, g) for g in grounds)
                    if ratio < MIN_CONTRAST:
                        problems.append(f"faint table text {model.index(r, c).data()!r} "
                                        f"({colour.name()}, {ratio:.1f}:1)")
    return problems


#: Widgets a person operates (and a screen reader must name).
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit,
               QTextEdit, QAbstractItemView, QAbstractSlider)


def _interactive(window: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(window):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(
                widget, QAbstractButton):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)) or \
                type(widget).__name__ == "QComboBoxListView":
            continue  # a part of a control, named with it
        if isinstance(widget, QAbstractScrollArea) and not isinstance(
                widget, (QAbstractItemView, QPlainTextEdit, QTextEdit)):
            continue
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says (explicit, the button's words or the form label)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or widget.accessibleName() or "").strip()


def accessibility_problems(window: QWidget) -> list[str]:
    """Controls without an accessible name, and controls the Tab key never reaches."""
    problems: list[str] = []
    controls = _interactive(window)
    for widget in controls:
        if not accessible_name(widget):
            hint = widget.objectName() or type(widget).__name__
            problems.append(f"unnamed {type(widget).__name__} ({hint})")
    for widget in controls:  # a control that keeps the Tab key traps the keyboard
        traps = (isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation()
                 # an editable grid moves cell to cell with Tab, as spreadsheets do
                 and widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
                 ) or (
            isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly()
            and not widget.tabChangesFocus())
        if traps and widget.isEnabled():
            problems.append(f"Tab is trapped in {accessible_name(widget)!r}")
    if isinstance(window, QDialog):  # Tab walks every control of a dialog
        start = window.focusWidget() or window
        reached: set[int] = {id(start)}
        current: QWidget | None = start.nextInFocusChain()
        for _ in range(2000):
            if current is None or current is start:
                break
            reached.add(id(current))
            current = current.nextInFocusChain()
        for widget in controls:
            proxy = widget.focusProxy() or widget
            if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and \
                    id(widget) not in reached and id(proxy) not in reached:
                problems.append(f"Tab never reaches {accessible_name(widget)!r}")
    return problems


MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"


class PseudoTranslator(QTranslator):
    """The pseudo-locale: every translated text comes back as ``⟦text⟧``, so text on the
    screen without the brackets did not go through the translation (it is hard-coded)."""

    def __init__(self, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        #: Every text the interface asked to translate (what the .ts file must list).
        self.sources: set[str] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if source and not context and MARK_OPEN not in source:
            self.sources.add(source)  # (Qt's own texts have their class as context)
        return f"{MARK_OPEN}{source}{MARK_CLOSE}" if source else source

    def isEmpty(self) -> bool:
        return False


def _ui_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """The interface's own words on show: buttons, menus, form labels, group titles,
    page and section lists, table headings, placeholders, dialog titles."""
    if isinstance(window, QDialog):
        yield "title", window.windowTitle()
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            yield "button", button.text()
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.buddy() is not None \
                and not _in_form_content(label):
            yield "label", label.text()
    for box in window.findChildren(QGroupBox):
        if box.isVisibleTo(window):
            yield "group", box.title()
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            yield "menu", action.text()
            menu = action.menu()
            if isinstance(menu, QMenu):
                for item in menu.actions():
                    if not item.isSeparator():
                        yield "menu item", item.text()
    for lst in window.findChildren(QListWidget):
        if lst.isVisibleTo(window) and lst.objectName() in ("navigation", "recordSections"):
            for i in range(lst.count()):
                yield "list", lst.item(i).text()
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if isinstance(view, (QTableView, QTreeView)) and view.isVisibleTo(window) and \
                model is not None and not _header_hidden(view):
            for c in range(model.columnCount()):
                if not view.isColumnHidden(c):
                    yield "heading", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
    for edit in window.findChildren(QLineEdit):
        if edit.isVisibleTo(window):
            yield "placeholder", edit.placeholderText()
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or _in_form_content(label):
            continue
        parent = label.parentWidget()
        if isinstance(parent, QStatusBar):
            yield "status bar", label.text()
        elif label.property("banner"):
            yield "banner", label.text()
        elif label.objectName() in ("emptyTitle", "emptyHint"):
            yield "empty state", label.text()
        elif label.objectName() in ("pageTitle", "pageSummary") and not _in_record(label):
            yield "page header", label.text()
        elif label.property("textStyle") in ("heading", "title") and not _in_record_header(
                label):
            yield "heading", label.text()
    for status in window.findChildren(QStatusBar):
        if status.isVisibleTo(window) and status.currentMessage():
            yield "status bar", status.currentMessage()


def _header_hidden(view: QTableView | QTreeView) -> bool:
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    return header.isHidden()


def _in_record(widget: QWidget) -> bool:
    """Inside a child's record (whose header is the child's name: data, not words)."""
    parent = widget.parentWidget()
    while parent is not None:
        if type(parent).__name__ == "ChildView":
            return True
        parent = parent.parentWidget()
    return False


def _in_record_header(widget: QWidget) -> bool:
    return widget.objectName() in ("pageTitle", "childName") and _in_record(widget)


def _in_form_content(widget: QWidget) -> bool:
    """An assessment question: the form's own words are data (a versioned form in
    resources/forms; a Welsh service adds a Welsh form version), not interface text."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() == "assessmentEditor":
            return True
        parent = parent.parentWidget()
    return False


def hard_coded(window: QWidget) -> list[str]:
    """Interface words that did not go through :func:`yjdesk.ui.i18n.tr` (run under the
    :class:`PseudoTranslator`)."""
    found = []
    for kind, text in _ui_texts(window):
        if kind == "placeholder" and text.startswith("https://"):
            continue  # an example address, not words
        if any(ch.isalpha() for ch in text) and MARK_OPEN not in text:
            found.append(f"{kind} {text!r}")
    return sorted(set(found))


def listed_sources(ts: Path | None = None) -> set[str]:
    """The source texts ``translations/yjdesk_cy.ts`` lists (``scripts/translations
    update`` writes it)."""
    import xml.etree.ElementTree as ET

    path = ts or Path(__file__).resolve().parents[2] / "translations" / "yjdesk_cy.ts"
    return {el.text or "" for el in ET.parse(path).getroot().iter("source")}


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


def main(argv: list[str] | None = None) -> int:
    """``python -m yjdesk.ui.tour fit|shots``: the tour outside the test suite.

    ``fit`` prints what does not fit the (virtual) screen and exits 1 if anything; ``shots
    OUT`` saves a PNG of every stop into OUT. Run it under Xvfb or with
    ``QT_QPA_PLATFORM=offscreen:configfile=screen.json`` to choose the screen."""
    import argparse
    import tempfile

    from yjdesk.ui.design import apply_theme

    parser = argparse.ArgumentParser(prog="python -m yjdesk.ui.tour")
    parser.add_argument("mode", choices=("fit", "a11y", "pseudo", "shots"))
    parser.add_argument("out", nargs="?", default="docs/screenshots")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--appearance", default="light")
    parser.add_argument("--only", default="", help="comma-separated stop keys")
    parser.add_argument("--watchdog", type=float, default=0,
                        help="seconds after which a stuck walk prints its stacks and exits")
    parser.add_argument("--profile", type=Path, default=None,
                        help="copy this closed tour profile instead of building one")
    args = parser.parse_args(argv)
    faulthandler.enable()
    if args.watchdog:  # a walk stuck somewhere says where (every thread's stack) and stops
        faulthandler.dump_traceback_later(args.watchdog, exit=True)
    app = QApplication.instance() or QApplication(["yjdesk-tour"])
    assert isinstance(app, QApplication)
    apply_theme(app, args.appearance)
    pseudo = PseudoTranslator(app)
    if args.mode == "pseudo":
        app.installTranslator(pseudo)
    size = screen_size()
    problems: list[str] = []
    out = Path(args.out)

    def visit(stop: Stop, window: QWidget) -> None:
        # where the walk is, on stderr at once: a crash (the tour prints its findings at the
        # end, so a crashed run prints nothing on stdout) then shows the screen it was on,
        # with faulthandler's stack of every thread
        sys.stderr.write(f"tour: {stop.key}\n")
        sys.stderr.flush()
        if args.mode == "fit":
            problems.extend(f"{stop.key}: {p}" for p in fit_problems(window, size))
            problems.extend(f"{stop.key}: {p}" for p in look_problems(window, stop.kind))
        elif args.mode == "pseudo":
            problems.extend(f"{stop.key}: {p}" for p in hard_coded(window))
        elif args.mode == "a11y":
            problems.extend(f"{stop.key}: {p}" for p in accessibility_problems(window))
        else:
            place(window, size)
            out.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(out / f"{stop.key}-{args.appearance}.png"))

    with tempfile.TemporaryDirectory() as folder:
        store = demo_store(Path(folder) / "profile", args.today, args.profile)
        try:
            failures = walk(store, args.today, visit,
                            {k for k in args.only.split(",") if k})
        finally:
            store.close()
    if args.mode == "pseudo":
        problems.extend(f"not in the translation file: {text!r}"
                        for text in sorted(pseudo.sources - listed_sources()))
    for line in problems + failures:
        sys.stdout.write(line + "\n")
    sys.stdout.write(f"screen {size.width()}x{size.height()}: {len(problems)} problem(s)\n")
    return 1 if problems or failures else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # leave without running Qt's destructors: accessibility interfaces cached for
    # widgets already gone can crash a teardown that has nothing left to do
    os._exit(code)
