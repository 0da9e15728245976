"""From hearing to finalised PDF, as a court officer and a team manager on the same store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtWidgets import QPlainTextEdit

from tests.conftest import TODAY
from tests.ui.conftest import make_ctx, wait_idle
from yjdesk.models.org import Role, UserAccount
from yjdesk.services import justice
from yjdesk.services.court import psr as ps
from yjdesk.services.justice import OffenceInput, add_offence
from yjdesk.services.profile import actor_for
from yjdesk.services.uow import Actor
from yjdesk.store import LocalStore
from yjdesk.ui.context import AppContext
from yjdesk.ui.court.child_tab import ChildCourtTab
from yjdesk.ui.court.court_list import CourtListPage
from yjdesk.ui.court.dialogs import HearingDialog
from yjdesk.ui.court.report_editor import ReportEditor


def _user(uow, actor: Actor, username: str, name: str, role: Role) -> Actor:
    with uow() as u:
        user = UserAccount(username=username, display_name=name, role=role,
                           team_id=actor.team_id)
        u.session.add(user)
        u.session.flush()
        return actor_for(u.session, user.id)


@pytest.fixture
def two_ctx(qtbot, store: LocalStore, uow, actor: Actor) -> Iterator[tuple[AppContext, AppContext]]:
    officer = _user(uow, actor, "colin", "Colin Hughes", Role.COURT_OFFICER)
    manager = _user(uow, actor, "maria", "Maria Lewis", Role.TEAM_MANAGER)
    contexts = (make_ctx(store, officer), make_ctx(store, manager))
    errors: list[BaseException] = []
    for c in contexts:
        c.tasks.default_failure = errors.append
    yield contexts
    for c in contexts:
        c.tasks.shutdown()
    assert not errors, errors


@pytest.fixture
def offence_id(uow, child_id: str) -> str:
    with uow() as u:
        return add_offence(u.session, child_id, OffenceInput(
            dt.date(2026, 9, 1), "robbery", description="Phone taken on Talbot Road"),
            TODAY).id


def _fill_hearing(dialog: HearingDialog, day: dt.date) -> None:
    dialog.court.set_code("blackpool_youth")
    dialog.date.set_date(day)
    dialog.time.setText("10:00")
    dialog.kind.set_code("adjourned_for_report")
    dialog.rep.setText("Amira Shah")
    dialog.firm.setText("Shah & Co Solicitors")


def test_past_listed_hearing_shows_message_and_saves_nothing(qtbot, two_ctx, child_id,
                                                             offence_id, uow) -> None:
    officer_ctx, _ = two_ctx
    tab = ChildCourtTab(officer_ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, officer_ctx)
    dialog = tab.add_hearing()
    _fill_hearing(dialog, TODAY - dt.timedelta(days=3))
    dialog.submit()
    wait_idle(qtbot, officer_ctx)
    assert dialog.isVisible()
    assert "in the past" in dialog.form.errors()["hearing_date"]
    assert dialog.date.text() == (TODAY - dt.timedelta(days=3)).strftime("%d/%m/%Y")
    dialog.reject()
    wait_idle(qtbot, officer_ctx)
    assert tab.hearings.row_count() == 0


def test_hearing_to_finalised_pdf(qtbot, two_ctx, child_id, offence_id,
                                  tmp_path: Path) -> None:
    officer_ctx, manager_ctx = two_ctx
    hearing_day = TODAY + dt.timedelta(days=10)

    # The court officer lists the hearing with the offence before the court.
    tab = ChildCourtTab(officer_ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, officer_ctx)
    dialog = tab.add_hearing()
    _fill_hearing(dialog, hearing_day)
    dialog.submit()
    wait_idle(qtbot, officer_ctx)
    wait_idle(qtbot, officer_ctx)
    assert tab.hearings.row_count() == 1
    assert tab.hearings.text(0, 2) == "Blackpool Youth Court"

    # The court asks for a PSR.
    tab.hearings.selectRow(0)
    request = tab.request_report("psr")
    assert request is not None
    request.submit()
    wait_idle(qtbot, officer_ctx)
    wait_idle(qtbot, officer_ctx)
    assert tab.reports.row_count() == 1
    assert tab.reports.text(0, 3) == "Requested"

    # The officer writes it and submits it for the quality check.
    editor = tab.open_report()
    assert editor is not None
    qtbot.addWidget(editor)
    wait_idle(qtbot, officer_ctx)
    assert "No countersigned assessment" in editor.banner.text()
    f = editor.fields
    f["sources"].setPlainText("Interview with Jay, 12/11/2026\nCPS case summary")
    for key in ("offence_analysis", "circumstances", "maturity", "needs", "strengths",
                "reoffending_rationale", "serious_harm_rationale",
                "safety_wellbeing_rationale"):
        widget = f[key]
        assert isinstance(widget, QPlainTextEdit)
        widget.setPlainText(f"What the officer wrote about {key.replace('_', ' ')}.")
    f["likelihood_of_reoffending"].set_code("medium")
    f["risk_of_serious_harm"].set_code("high")
    f["safety_wellbeing"].set_code("medium")
    f["conclusion"].setPlainText("A community order can manage the risks.")
    f["proposal_disposal_type"].set_value("yro")
    f["proposal_months"].set_value(12)
    f["requirements"].setPlainText("supervision\ncurfew_electronic: 19:00 to 07:00")
    assert not editor.buttons["ready"].isVisibleTo(editor)  # not a manager
    # no countersigned assessment: the author says how the ratings were assessed
    assert editor.fields["assessment_basis"].isVisibleTo(editor)
    f["assessment_basis"].setPlainText("Assessed for this report from two interviews with Jay "
                                       "and his mum and the CPS papers.")
    editor.submit()
    wait_idle(qtbot, officer_ctx)
    wait_idle(qtbot, officer_ctx)
    assert editor.state is not None and editor.state.status == "submitted"
    assert editor.buttons["finalise"].isHidden()

    # The manager checks it as court ready.
    manager_editor = ReportEditor(manager_ctx, editor.psr_id)
    qtbot.addWidget(manager_editor)
    wait_idle(qtbot, manager_ctx)
    assert manager_editor.buttons["ready"].isVisibleTo(manager_editor)
    confirm = manager_editor.court_ready()
    assert "Blackpool Youth Court" in confirm.subject.text()
    confirm.action_button.click()
    wait_idle(qtbot, manager_ctx)
    wait_idle(qtbot, manager_ctx)
    assert manager_editor.state is not None and manager_editor.state.status == "court_ready"

    # The officer finalises and saves the PDF.
    editor.reload()
    wait_idle(qtbot, officer_ctx)
    assert editor.buttons["finalise"].isVisibleTo(editor)
    confirm = editor.finalise()
    assert "locked" in confirm.consequences.text()
    confirm.action_button.click()
    wait_idle(qtbot, officer_ctx)
    wait_idle(qtbot, officer_ctx)
    assert editor.state is not None and editor.state.status == "finalised"
    assert f["conclusion"].isReadOnly()
    editor.verify_row.button.click()
    wait_idle(qtbot, officer_ctx)
    assert editor.verify_row.result.text.text().startswith(
        "Unchanged since finalised by Colin Hughes on ")
    out = tmp_path / "psr.pdf"
    editor.choose_pdf_path = lambda: str(out)  # type: ignore[method-assign]
    editor.save_pdf()
    qtbot.waitUntil(lambda: editor.last_pdf == out, timeout=30_000)
    wait_idle(qtbot, officer_ctx)
    with pdfplumber.open(out) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
    assert all("OFFICIAL-SENSITIVE" in p and "Jayden Okafor-Test" in p for p in pages)
    whole = " ".join(pages).replace("\n", " ")
    assert "Proposed sentence: Youth rehabilitation order for 12 months" in whole
    assert "Maria Lewis" in whole and "Colin Hughes" in whole
    assert "DRAFT" not in whole
    # no internal warning goes to court: the author's statement does instead
    assert "no countersigned assessment" not in whole.lower()
    assert "Assessed for this report from two interviews" in whole

    # Sending to the court is recorded; the court list shows it.
    sent = editor.record_sent()
    assert sent is not None
    assert sent.name.text() == "Blackpool Youth Court"
    sent.submit()
    wait_idle(qtbot, officer_ctx)
    wait_idle(qtbot, officer_ctx)
    page = CourtListPage(officer_ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, officer_ctx)
    assert page.table.row_count() == 0  # the hearing is 10 days away, not in the next 7
    officer_ctx.today = lambda: hearing_day
    page.reload()
    wait_idle(qtbot, officer_ctx)
    assert page.table.row_count() == 1
    assert page.table.text(0, 5).endswith(": Sent")  # Report: kind and status
    assert page.table.text(0, 2).startswith("Jay Okafor-Test (")
    with officer_ctx.uow() as u:
        assert ps.get_psr(u.session, editor.psr_id).content_hash


def test_sentence_outcome_in_court(qtbot, two_ctx, child_id, offence_id, uow) -> None:
    officer_ctx, _ = two_ctx
    tab = ChildCourtTab(officer_ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, officer_ctx)
    dialog = tab.add_hearing()
    _fill_hearing(dialog, TODAY)
    dialog.kind.set_code("sentence")
    dialog.submit()
    wait_idle(qtbot, officer_ctx)
    wait_idle(qtbot, officer_ctx)
    tab.hearings.selectRow(0)
    outcome = tab.record_outcome()
    assert outcome is not None
    outcome.outcome.set_code("sentence")
    outcome.sentence.set_value("referral_order")
    outcome.submit()  # no dates, no responsible officer
    wait_idle(qtbot, officer_ctx)
    errors = outcome.form.errors()
    assert {"start_date", "end_date", "responsible_officer_id"} <= set(errors)
    assert outcome.isVisible()
    with uow() as u:
        assert justice.disposals(u.session, child_id) == []
    outcome.start.set_date(TODAY)
    outcome.end.set_date(TODAY.replace(year=2027))
    outcome.officer.set_value(officer_ctx.actor.user_id)
    outcome.submit()
    wait_idle(qtbot, officer_ctx)
    wait_idle(qtbot, officer_ctx)
    assert not outcome.isVisible()
    assert tab.hearings.text(0, 4) == "Sentenced"
    with uow() as u:
        [order] = justice.disposals(u.session, child_id)
        assert (order.disposal_type, order.start_date, order.responsible_officer_id) == (
            "referral_order", TODAY, officer_ctx.actor.user_id)
        assert [o.status for o in justice.offences(u.session, child_id)] == ["proven"]


def test_court_list_page_and_tab_in_the_main_window(qtbot, two_ctx, child_id) -> None:
    from yjdesk.ui.main_window import MainWindow

    officer_ctx, _ = two_ctx
    window = MainWindow(officer_ctx)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, officer_ctx)
    assert "court_list" in window.page_keys
    window.open_page("court_list")
    wait_idle(qtbot, officer_ctx)
    assert window.current_page_key == "court_list"
    view = window.open_child(child_id, "court")
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None, timeout=30_000)
    assert view.current_tab_key() == "court"
    wait_idle(qtbot, officer_ctx)
    window.close()
    wait_idle(qtbot, officer_ctx)
