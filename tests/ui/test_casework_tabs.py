"""The case-work tabs and pages over a real store: plan warnings, reviews, out-of-court,
exit sign-off, the safeguarding list and "My week"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.ui.conftest import make_ctx, wait_idle
from tests.unit.casework_support import NOW, caution, contact_input, make_user
from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.org import Role
from yjdesk.services.casework import contacts, exit, plans, reviews
from yjdesk.ui import registry
from yjdesk.ui.casework.compliance_tab import ComplianceTab
from yjdesk.ui.casework.contacts_tab import ContactsTab
from yjdesk.ui.casework.exit_tab import ExitTab
from yjdesk.ui.casework.ooc_tab import OocTab
from yjdesk.ui.casework.pages import MyWeekPage, SafeguardingPage
from yjdesk.ui.casework.plan_tab import PlanTab
from yjdesk.ui.casework.reviews_tab import ReviewsTab
from yjdesk.ui.context import AppContext


@pytest.fixture
def kid(ctx, child_id) -> str:
    with ctx.uow() as u:
        caution(u.session, child_id, start=TODAY - dt.timedelta(days=20))
    return child_id


@pytest.fixture
def manager_ctx(qtbot, ctx, store) -> Iterator[AppContext]:
    with ctx.uow() as u:
        who = make_user(u.session, ctx.actor, Role.TEAM_MANAGER, "morgan")
    c = make_ctx(store, who)
    errors: list[BaseException] = []
    c.tasks.default_failure = errors.append
    yield c
    c.tasks.shutdown()
    assert not errors


def test_tabs_and_pages_are_registered() -> None:
    keys = {t.key for t in registry.child_tabs_for(Role.PRACTITIONER)}
    assert {"casework_contacts", "casework_plan", "casework_reviews", "casework_compliance",
            "casework_ooc", "casework_exit"} <= keys
    assert "my_week" in {p.key for p in registry.pages_for(Role.PRACTITIONER)}
    assert "safeguarding" not in {p.key for p in registry.pages_for(Role.PRACTITIONER)}
    assert "safeguarding" in {p.key for p in registry.pages_for(Role.TEAM_MANAGER)}
    [action] = [a for a in registry.CASELOAD_ACTIONS if a.shortcut == "Ctrl+Shift+A"]
    assert action.title == "New contact for the selected child"


def test_plan_dialog_saves_and_tab_warns_of_disproportion(qtbot, ctx, kid) -> None:
    with ctx.uow() as u:
        disposal = plans.disposal_for(u.session, kid, None)
        u.session.add(AssessmentStage(
            child_id=kid, disposal_id=disposal.id, stage_type="start", status="countersigned",
            form_version=1, author_id=ctx.actor.user_id, started_on=disposal.start_date,
            due_on=disposal.start_date, countersigned_at=NOW, intervention_level="standard"))
    tab = PlanTab(ctx, kid)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    dialog = tab.new_plan()
    f = dialog.fields
    for row, (text, sessions) in enumerate((("Victim work", "6"), ("Keep safe", "3"),
                                            ("Others safe", "3"))):
        f.table.item(row, 1).setText(text)
        f.table.item(row, 2).setText("Pat")
        f.table.item(row, 4).setText(sessions)
    dialog.submit()
    wait_idle(qtbot, ctx)
    errors = dialog.form.errors()
    assert "contingency_wellbeing" in errors and "contingency_others" in errors
    f.wellbeing.setPlainText("Mum rings the duty worker if he goes missing.")
    f.others.setPlainText("Police told the same day if he contacts the victim.")
    dialog.submit()
    wait_idle(qtbot, ctx)
    assert dialog.result_value is not None
    wait_idle(qtbot, ctx)
    assert tab.message.text() == (
        "Warning: 12 sessions are planned but only about 4 fit: 10 weeks left on the youth "
        "conditional caution at the standard level (0.5 a week). Is the plan proportionate to "
        "the disposal?")
    assert "Victim work" in tab.view.toPlainText()
    assert "Answers the start assessment of 31/10/2026" in tab.view.toPlainText()


def test_plan_warnings_are_worded_in_the_person_s_language(qtbot) -> None:
    """The service gives each warning in parts; the tab words it through the translation
    (the area and the disposal are code lists), as the service's English says it, with a
    real singular ("1 session is planned", "1 week left")."""
    from tests.ui.test_translatable import _marked, _pseudo_locale
    from yjdesk.ui.casework.plan_tab import warning_text
    from yjdesk.ui.tour import MARK_CLOSE, MARK_OPEN, listed_sources

    ycc = "youth_conditional_caution"
    cap = plans.Capacity(4, 10, ycc, "out_of_court", 0.5)
    too_many = plans.PlanWarning(plans.TOO_MANY_SESSIONS, planned=12, capacity=cap)
    warnings = [plans.PlanWarning(plans.NO_TARGET, area="others_safety"), too_many,
                plans.PlanWarning(plans.SAME_SEQUENCE)]
    assert [warning_text(w) for w in warnings] == [w.text for w in warnings] == [
        "No open target for keeping other people (and any victim) safe.",
        "12 sessions are planned but only about 4 fit: 10 weeks left on the youth conditional "
        "caution at the out of court level (0.5 a week). Is the plan proportionate to the "
        "disposal?",
        "All targets have the same place in the sequence; say what comes first."]
    one = plans.PlanWarning(plans.TOO_MANY_SESSIONS, planned=1,
                            capacity=plans.Capacity(0, 1, ycc, "standard", 0.5))
    assert warning_text(one) == one.text == (
        "1 session is planned but only about 0 fit: 1 week left on the youth conditional "
        "caution at the standard level (0.5 a week). Is the plan proportionate to the "
        "disposal?")
    with _pseudo_locale() as pseudo:
        shown = [warning_text(w) for w in warnings]
    area = _marked("Keeping other people (and any victim) safe").lower()
    assert shown[0] == _marked(f"No open target for {area}.")
    assert shown[1].startswith(f"{MARK_OPEN}{_marked('12 sessions are planned')} but only "
                               f"about 4 fit: {_marked('10 weeks left')} on the ")
    assert _marked("out of court") in shown[1] and shown[1].endswith(MARK_CLOSE)
    assert shown[2] == _marked(
        "All targets have the same place in the sequence; say what comes first.")
    assert sorted(pseudo.sources - listed_sources()) == []


def test_event_then_review_needs_reason_when_plan_unchanged(qtbot, ctx, kid) -> None:
    with ctx.uow() as u:
        plans.create_plan(u.session, kid, plans.PlanInput(
            start_date=TODAY, targets=[plans.TargetInput("desistance", "Victim work", "Pat")],
            contingency_wellbeing="x", contingency_others="y"))
    tab = ReviewsTab(ctx, kid)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    event = tab.record_event()
    event.kind.set_value("homelessness")
    event.detail.setPlainText("Asked to leave home")
    event.submit()
    wait_idle(qtbot, ctx)
    assert tab.message.text() == "1 review due"
    tab.table.selectRow(0)
    review = tab.record_review()
    wait_idle(qtbot, ctx)
    review.changed.setPlainText("Sofa surfing at a friend's")
    review.submit()
    wait_idle(qtbot, ctx)
    assert "say why" in review.form.errors()["no_change_reason"]
    review.reason.setPlainText("Housing is already a target.")
    review.submit()
    wait_idle(qtbot, ctx)
    assert review.result_value is not None
    with ctx.uow() as u:
        [done] = reviews.reviews(u.session, kid)
        assert done.status == "completed" and done.trigger == "homelessness"


def test_ooc_decision_dialog_and_compliance_tab(qtbot, ctx, child_id) -> None:
    tab = OocTab(ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    d = tab.new_decision()
    d.referral.set_date(TODAY - dt.timedelta(days=9))
    d.screening.setPlainText("First offence, admitted.")
    d.panel.set_date(TODAY - dt.timedelta(days=2))
    d.decision.set_code("youth_caution")
    d.recommendation.set_code("youth_caution")
    d.attendees.setText("Police; YJS")
    d.admission.set_code("admitted")
    d.evidential.set_value(True)
    d.rationale.setPlainText("Admitted; low gravity.")
    d.conditions.setPlainText("* Attend two sessions\nJoin youth club")
    d.submit()
    wait_idle(qtbot, ctx)
    assert d.result_value is not None
    wait_idle(qtbot, ctx)
    assert "Attend two sessions (mandatory)" in tab.detail.toPlainText()
    empty = ComplianceTab(ctx, child_id)
    qtbot.addWidget(empty)
    wait_idle(qtbot, ctx)
    assert empty.message.text() == "No non-compliance recorded."  # says so, not a blank
    with ctx.uow() as u:
        contacts.finalise(u.session, child_id, contact_input(
            attendance="dna_unacceptable", content=None, outcome=None, risk=None,
            safeguarding=None), now=NOW)
    comp = ComplianceTab(ctx, child_id)
    qtbot.addWidget(comp)
    wait_idle(qtbot, ctx)
    assert "1 episode waiting" in comp.message.text()
    comp.table.selectRow(0)
    dialog = comp.edit_selected()
    dialog.needed.set_value(True)
    dialog.action.set_code("none")
    dialog.submit()
    wait_idle(qtbot, ctx)
    assert "give the reason" in dialog.form.errors()["reason_not_taken"]


def test_exit_sign_off_lists_missing_and_safeguarding_page(qtbot, ctx, manager_ctx,
                                                           kid, tmp_path) -> None:
    with ctx.uow() as u:
        exit.save(u.session, kid, exit.ExitInput(end_date=TODAY, ete_status="college"), TODAY)
        contacts.finalise(u.session, kid, contact_input(
            safeguarding_concern=True, safeguarding="Older males waiting outside school"),
            now=NOW)
    tab = ExitTab(manager_ctx, kid)
    qtbot.addWidget(tab)
    wait_idle(qtbot, manager_ctx)
    tab.sign_off()
    wait_idle(qtbot, manager_ctx)
    assert "Still missing: ETE hours a week at the end" in tab.message.text()
    pdf = tmp_path / "exit-plan.pdf"
    tab.save_pdf(str(pdf))
    wait_idle(qtbot, manager_ctx)
    wait_idle(qtbot, manager_ctx)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "DRAFT - not signed off." in text and "OFFICIAL-SENSITIVE" in text
    page = SafeguardingPage(manager_ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, manager_ctx)
    assert page.table.row_count() == 1
    assert "Older males" in page.table.text(0, 3)  # the concern
    page.table.selectRow(0)
    dialog = page.act(close=False)
    dialog.action.setPlainText("Discussed with the exploitation lead")
    dialog.submit()
    wait_idle(qtbot, manager_ctx)
    wait_idle(qtbot, manager_ctx)
    assert page.table.text(0, 2) == "Acknowledged"  # the status


def test_my_week_page(qtbot, ctx, kid) -> None:
    page = MyWeekPage(ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, ctx)
    [contact] = page.rows_of("contact")
    assert contact.child_name == "Jay Okafor-Test"
    assert len(page.rows_of("not_seen")) == 1
    with qtbot.waitSignal(ctx.events.open_child) as sig:
        assert page.table.select_key((contact.child_id, "contact", contact.item.label,
                                      contact.item.due, contact.item.args))
        page._open()
    assert sig.args == [kid, "casework_contacts"]


def test_author_corrects_inside_window_and_amends_after(qtbot, ctx, child_id) -> None:
    with ctx.uow() as u:
        fresh = contacts.finalise(u.session, child_id, contact_input(
            contact_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))).id
        old = contacts.finalise(u.session, child_id, contact_input(
            contact_at=NOW - dt.timedelta(days=3)), now=NOW - dt.timedelta(days=3)).id
    tab = ContactsTab(ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    tab.table.selectRow(0)
    editor = tab.open_selected()
    qtbot.waitUntil(lambda: editor.loaded)
    assert editor.editing_final and editor.final_button.isEnabled()
    editor.texts["outcome"].setPlainText("Letter written and posted.")
    editor.finalise()
    wait_idle(qtbot, ctx)
    tab.table.selectRow(1)
    assert tab.table.current_key() == old
    stale = tab.open_selected()
    qtbot.waitUntil(lambda: stale.loaded)
    assert not stale.final_button.isEnabled() and not stale.editing_final
    # past its edit window every field is read-only, and looks it
    assert stale.texts["outcome"].isReadOnly() and stale.texts["outcome"].property("readOnly")
    assert not stale.contact_type.isEnabled()
    stale.close()
    dialog = tab.amend()
    dialog.field_choice.setCurrentIndex(dialog.field_choice.findData("outcome"))
    dialog.new_text.setPlainText("The letter was never sent.")
    dialog.submit()
    wait_idle(qtbot, ctx)
    assert "reason" in dialog.form.errors()
    dialog.reason.setPlainText("Mum told me the next day.")
    dialog.submit()
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)
    with ctx.uow() as u:
        assert contacts.get_contact(u.session, fresh).outcome == "Letter written and posted."
        assert contacts.amendments(u.session, fresh) == []
        [am] = contacts.amendments(u.session, old)
        assert am.original_text == "Jay wrote a letter of apology."
    assert tab.table.select_key(old)
    shown = tab.detail.toPlainText()
    assert "The letter was never sent." in shown and "Reason: Mum told me the next day." in shown


def test_a_section_left_empty_reads_not_recorded(qtbot, ctx, child_id) -> None:
    """The chosen contact's sections: a heading with nothing under it read as if the text had
    not loaded; an empty one now says "Not recorded", the others show their text."""
    with ctx.uow() as u:
        contacts.finalise(u.session, child_id, contact_input(child_views=None, present=""))
    tab = ContactsTab(ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: "Aim" in tab.detail.toPlainText())
    text = tab.detail.toPlainText()
    assert "Child's views, wishes and feelings\nNot recorded" in text
    assert "Present: Not recorded" in text
    assert "Outcome\nJay wrote a letter of apology." in text
    assert text.count("Not recorded") == 2
