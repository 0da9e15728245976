"""The other oversight screens over a real store: performance (compute, drill, export),
audit log (search, tamper found), data quality, quality audits and the child's tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog
from sqlalchemy import text

from tests.conftest import TODAY, child_input
from tests.ui.conftest import make_ctx, wait_idle
from tests.unit.test_kpi_national import disp
from tests.unit.test_oversight_audit_log import make_user
from yjdesk.models.org import Role
from yjdesk.services import children
from yjdesk.services.oversight import quality_audit as qa
from yjdesk.ui import registry
from yjdesk.ui.context import AppContext
from yjdesk.ui.oversight.dialogs import AcknowledgeDialog

D = dt.date


def _shut_input_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QInputDialog) and widget.isVisible():
            widget.reject()


@pytest.fixture
def as_role(qtbot, uow, actor, store) -> Iterator[Callable[[Role], AppContext]]:
    made: list[AppContext] = []

    def make(role: Role) -> AppContext:
        who = make_user(uow, actor, role, f"{role.value.title()} User")
        ctx = make_ctx(store, who)
        ctx.tasks.default_failure = lambda exc: (_ for _ in ()).throw(exc)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.tasks.shutdown()


@pytest.fixture
def kids(uow) -> list[str]:
    with uow() as u:
        ids = [children.create_child(u.session, child_input(given_name=f"Kid{i}"), TODAY).id
               for i in range(3)]
        for k in ids:
            disp(u.session, k, "youth_caution", D(2025, 6, 1))
    return ids


def test_pages_are_registered_for_the_right_roles() -> None:
    import yjdesk.ui.oversight  # noqa: F401

    def keys(role: Role) -> set[str]:
        return {p.key for p in registry.pages_for(role)}

    assert {"team_dashboard", "data_quality"} <= keys(Role.TEAM_MANAGER)
    assert "performance" not in keys(Role.TEAM_MANAGER)
    assert {"performance", "team_dashboard"} <= keys(Role.SERVICE_MANAGER)
    assert {"audit_log", "performance"} <= keys(Role.ADMINISTRATOR)
    assert not {"audit_log", "performance", "team_dashboard"} & keys(Role.PRACTITIONER)
    assert "quality_audits" in keys(Role.PRACTITIONER)
    assert "oversight" in {t.key for t in registry.child_tabs_for(Role.PRACTITIONER)}


def test_performance_page_computes_drills_and_exports(qtbot, as_role, kids,
                                                      tmp_path: Path) -> None:
    from yjdesk.ui.oversight.performance_page import PerformancePage

    ctx = as_role(Role.SERVICE_MANAGER)
    # the service's own population baseline (disproportionality) in the profile folder
    (ctx.store.paths.root / "population.json").write_text(
        '{"source": "Profile population (test)"}', "utf-8")
    page = PerformancePage(ctx)  # computes on open
    qtbot.addWidget(page)
    wait_idle(qtbot, ctx)
    assert page.pack is not None and page.pack.baseline.source == "Profile population (test)"
    qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)  # and again on demand
    assert page.computing
    wait_idle(qtbot, ctx)
    assert "01 Apr 2025 to 31 Mar 2026" in page.status.text()
    fte = page.tree.topLevelItem(0)
    assert fte.text(0) == "First-time entrants"
    entrants = fte.child(0)
    assert entrants is not None
    assert (entrants.text(0), entrants.text(1)) == ("First-time entrants", "<5")
    rate = next(r for r in (fte.child(i) for i in range(fte.childCount()))
                if r.text(0).startswith("Rate per 100,000"))
    assert rate.text(3) and "per 100,000" not in rate.text(3)  # the label names the unit
    page.drill(entrants)
    wait_idle(qtbot, ctx)
    assert page.children_list.table.row_count() == 3
    page.export_csv(tmp_path / "pack.csv")
    page.export_pdf(tmp_path / "pack.pdf")
    wait_idle(qtbot, ctx, timeout=15000)
    assert "<5" in (tmp_path / "pack.csv").read_text("utf-8-sig")
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")
    # a board meeting recorded from the page counts towards KPI 7
    dialog = page.record_board_meeting()
    dialog.held_on.set_date(D(2025, 9, 10))
    dialog.partners["police"][0].set_code("attended")
    dialog.partners["education"][0].set_code("apologies")
    dialog.submit()
    wait_idle(qtbot, ctx)  # the page computes the figures again once it is saved
    assert page.pack is not None
    statutory = page.pack.figure("board.statutory")
    assert (statutory.count, statutory.denominator) == (1, 2)


def test_the_performance_page_is_in_the_person_s_language(qtbot, as_role, kids,
                                                          monkeypatch, tmp_path: Path) -> None:
    """The indicators' and figures' names (the pack's English, listed in the translation
    file by i18n_domain), a unit the cell shows, the save dialogs' titles and the "Saved"
    line go through the translation; in English they read as before."""
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.test_translatable import _marked, _pseudo_locale
    from yjdesk.services.oversight.kpi.base import Figure
    from yjdesk.services.oversight.suppression import Suppression
    from yjdesk.ui.oversight.performance_page import PerformancePage, rate_text
    from yjdesk.ui.tour import MARK_CLOSE, MARK_OPEN, listed_sources

    ctx = as_role(Role.SERVICE_MANAGER)
    titles: list[str] = []

    def ask(_parent: object, title: str, *_args: object) -> tuple[str, str]:
        titles.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)

    def shown() -> tuple[list[str], list[str], str]:
        page = PerformancePage(ctx)
        qtbot.addWidget(page)
        wait_idle(qtbot, ctx)
        tops = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
        figures = [top.child(i).text(0) for top in tops for i in range(top.childCount())]
        page._ask_pdf()
        page._ask_csv()
        page._exported(tmp_path / "pack.pdf")
        return [top.text(0) for top in tops], figures, page.status.text()

    names, figures, saved = shown()
    assert names[0] == "First-time entrants"
    assert "Children in the cohort" in figures and saved == f"Saved {tmp_path / 'pack.pdf'}"
    assert titles == ["Save the performance pack", "Save the figures as CSV"]
    titles.clear()
    with _pseudo_locale():
        welsh_names, welsh_figures, welsh_saved = shown()
    assert welsh_names == [_marked(n) for n in names]
    assert welsh_figures == [_marked(f) for f in figures]
    assert welsh_saved == _marked(f"Saved {tmp_path / 'pack.pdf'}")
    assert titles == [_marked("Save the performance pack"), _marked("Save the figures as CSV")]
    listed = listed_sources()
    assert sorted({n for n in (*names, *figures) if any(c.isalpha() for c in n)}
                  - listed) == []
    # a unit the cell shows (where the figure's name does not say it) is translated too
    rate = Figure("x.rate", "Reoffences per child", rate=1.5, rate_label="per 1,000",
                  rate_bases=(20,))
    other = rate.shown(Suppression())[1]
    assert rate_text(rate, other) == "1.5 per 1,000"
    with _pseudo_locale():
        assert rate_text(rate, other) == f"{MARK_OPEN}1.5 {_marked('per 1,000')}{MARK_CLOSE}"
    assert "per 1,000" in listed


def test_audit_log_page_finds_tampering(qtbot, as_role, kids, store) -> None:
    from yjdesk.ui.oversight.audit_log_page import AuditLogPage

    ctx = as_role(Role.ADMINISTRATOR)
    page = AuditLogPage(ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, ctx)
    assert page.table.row_count() > 0
    page.action.setCurrentIndex(page.action.findData("create"))
    page.search()
    wait_idle(qtbot, ctx)
    assert {page.table.text(r, 2) for r in range(page.table.row_count())} == {"Added"}
    with store.engine.begin() as conn:
        victim = conn.execute(text("SELECT id FROM audit_event WHERE entity = 'child' "
                                   "ORDER BY device_seq LIMIT 1")).scalar_one()
        conn.execute(text("UPDATE audit_event SET user_id = NULL WHERE id = :i"),
                     {"i": victim})
    page.verify()
    wait_idle(qtbot, ctx)
    assert "TAMPERING DETECTED" in page.status.text()
    assert victim in page.status.text()


def test_data_quality_page_opens_the_child(qtbot, as_role, uow) -> None:
    from yjdesk.ui.oversight.data_quality_page import DataQualityPage

    with uow() as u:
        cid = children.create_child(u.session, child_input(ethnicity="not_known"), TODAY).id
    ctx = as_role(Role.TEAM_MANAGER)
    page = DataQualityPage(ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, ctx)
    assert page.table.row_count() == 1
    assert page.table.text(0, 3) == "No ethnicity recorded"
    with qtbot.waitSignal(ctx.events.open_child) as opened:
        page.open_row(0)
    assert opened.args == [cid, ""]


def test_child_tab_and_quality_page(qtbot, as_role, uow, actor, kids) -> None:
    from yjdesk.ui.oversight.child_tab import OversightTab
    from yjdesk.ui.oversight.dialogs import OversightDialog
    from yjdesk.ui.oversight.quality_page import QualityAuditsPage

    ctx = as_role(Role.TEAM_MANAGER)
    tab = OversightTab(ctx, kids[0])
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    assert tab.record_button.isVisibleTo(tab)
    assert tab.case_type == "out_of_court"
    dialog = OversightDialog(ctx, kids[0], tab.people, tab)
    dialog.decision.setPlainText("Increase contact to weekly")
    dialog.rationale.setPlainText("New concerns from school")
    what, owner, due = dialog.action_rows[0]
    what.setText("Speak to the school")
    owner.set_value(actor.user_id)
    due.set_date(D(2026, 11, 27))
    dialog.submit()
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)
    assert "Increase contact to weekly" in tab.records.toPlainText()
    assert "Speak to the school" in tab.records.toPlainText()
    # an audit with every question scored, then the practitioner's page shows the feedback
    answers = {q.code: ("sufficient", "seen in the record")
               for q in qa.questions_for("out_of_court")}
    ctx.tasks.run_db(lambda uow: qa.save(uow.session, kids[0], qa.AuditInput(
        "out_of_court", TODAY, actor.user_id, answers, "Well done"), TODAY, complete=True))
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: tab.audits.row_count() == 1)  # the child's tab keeps current
    assert tab.audits.text(0, 5) == "Well done" and tab.audits.text(0, 6) == "No"
    # the manager's list of audits opens the child on its oversight tab
    managers = QualityAuditsPage(ctx)
    qtbot.addWidget(managers)
    wait_idle(qtbot, ctx)
    assert managers.audits.row_count() == 1 and managers.audits.text(0, 6) == "No"
    assert not managers.mine_box.isVisibleTo(managers)  # no empty "my feedback" box
    assert managers.rollup.row_count() == len(qa.questions_for("out_of_court"))
    managers.audits.select_first()
    with qtbot.waitSignal(ctx.events.open_child) as opened_audit:
        qtbot.keyClick(managers.audits, Qt.Key.Key_Return)
    assert opened_audit.args == [kids[0], "oversight"]
    mine = make_ctx(ctx.store, actor)
    try:
        page = QualityAuditsPage(mine)
        qtbot.addWidget(page)
        wait_idle(qtbot, mine)
        assert page.feedback.row_count() == 1
        assert page.mine_box.isVisibleTo(page)
        assert page.feedback.text(0, 4) == "Well done"
        assert not page.ack.isEnabled()  # nothing chosen yet
        page.feedback.select_first()
        assert page.ack.isEnabled()
        # a form, not a blocking prompt (a QInputDialog would be shut after a second, and
        # no dialog found below)
        QTimer.singleShot(1000, _shut_input_dialogs)
        qtbot.mouseClick(page.ack, Qt.MouseButton.LeftButton)
        ack = page.findChild(AcknowledgeDialog)
        assert ack is not None and ack.isVisible()
        assert ack.windowTitle() == "Acknowledge audit feedback"
        assert ack.feedback.toPlainText() == "Well done" and ack.feedback.isReadOnly()
        assert "audited your work with Kid0" in ack.summary.text()
        assert ack.records.text().startswith(
            "Acknowledging records, with the audit, that you read this feedback on ")
        save = ack.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save.text() == "Acknowledge"
        ack.response.setPlainText("Thanks, contingency plan added")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, mine)
        wait_idle(qtbot, mine)
        assert not ack.isVisible()
        assert page.feedback.text(0, 5) == "Yes"
        assert not page.ack.isEnabled()  # acknowledged once
        with uow() as u:
            kept = qa.summaries(u.session, practitioner_id=actor.user_id)[0]
        assert kept.acknowledged
        assert kept.practitioner_response == "Thanks, contingency plan added"
    finally:
        mine.tasks.shutdown()


def _unallocated_screens(qtbot, as_role, uow, kids) -> dict[str, object]:
    """Kid0's case is open with nobody as case manager (and a gap in its record, and a
    draft case audit of nobody's work): what the dashboard (its row, the children behind
    its caseload figure and their title), data quality, the case audits and the
    performance drill-down show for it."""
    from yjdesk.models import Child
    from yjdesk.services.oversight import dashboard as board
    from yjdesk.ui.oversight.dashboard_page import TeamDashboardPage
    from yjdesk.ui.oversight.data_quality_page import DataQualityPage
    from yjdesk.ui.oversight.performance_page import PerformancePage
    from yjdesk.ui.oversight.quality_page import QualityAuditsPage

    with uow() as u:
        kid = u.session.get(Child, kids[0])
        u.session.info["sync_apply"] = True  # (a manager's change, pulled)
        kid.case_manager_id, kid.ethnicity = None, "not_known"
    ctx = as_role(Role.SERVICE_MANAGER)
    ctx.tasks.run_db(lambda uow: qa.save(uow.session, kids[0], qa.AuditInput(
        "out_of_court", TODAY, None), TODAY))
    wait_idle(qtbot, ctx)
    seen: dict[str, object] = {}
    dashboard = TeamDashboardPage(ctx)
    qtbot.addWidget(dashboard)
    wait_idle(qtbot, ctx)
    table = dashboard.table
    seen["dashboard rows"] = [table.text(r, 0) for r in range(table.row_count())]
    dashboard.drill(table.row_count() - 1, 1 + [m for m, _ in board.MEASURES].index(
        "caseload"))
    listed = dashboard.children_list
    seen["dashboard title"] = listed.title.text()
    seen["dashboard children"] = [listed.table.text(r, 2)
                                  for r in range(listed.table.row_count())]
    quality = DataQualityPage(ctx)
    qtbot.addWidget(quality)
    wait_idle(qtbot, ctx)
    seen["data quality"] = {quality.table.text(r, 0) for r in range(quality.table.row_count())}
    audits = QualityAuditsPage(ctx)
    qtbot.addWidget(audits)
    wait_idle(qtbot, ctx)
    seen["case audits"] = [audits.audits.text(r, 4) for r in range(audits.audits.row_count())]
    performance = PerformancePage(ctx)
    qtbot.addWidget(performance)
    wait_idle(qtbot, ctx)
    entrants = performance.tree.topLevelItem(0).child(0)  # first-time entrants
    assert entrants is not None
    performance.drill(entrants)
    wait_idle(qtbot, ctx)
    drilled = performance.children_list.table
    seen["performance drill"] = [drilled.text(r, 2) for r in range(drilled.row_count())]
    return seen


def test_unallocated_reads_so_on_the_oversight_screens(qtbot, as_role, uow, kids) -> None:
    """The services give no case manager as None; each screen says "Unallocated"."""
    seen = _unallocated_screens(qtbot, as_role, uow, kids)
    assert seen["dashboard rows"] == ["Whole team", "Pat Practitioner", "Unallocated"]
    assert seen["dashboard title"] == "Caseload - Unallocated: 1 child"
    assert seen["dashboard children"] == ["Unallocated"]
    assert seen["data quality"] == {"Unallocated"}
    assert seen["case audits"] == ["Unallocated"]
    assert seen["performance drill"] == [  # Kid0, Kid1, Kid2
        "Unallocated", "Pat Practitioner", "Pat Practitioner"]


def test_the_oversight_screens_say_unallocated_in_the_person_s_language(
        qtbot, as_role, uow, kids) -> None:
    """Under the pseudo-locale every word of those cells and titles went through tr()
    once (names stay as they are), and the translation file lists each."""
    from tests.ui.test_translatable import _pseudo_locale
    from yjdesk.ui.tour import MARK_CLOSE, MARK_OPEN, listed_sources

    def said(text: str) -> str:
        return f"{MARK_OPEN}{text}{MARK_CLOSE}"

    with _pseudo_locale() as pseudo:
        seen = _unallocated_screens(qtbot, as_role, uow, kids)
    assert seen["dashboard rows"] == [said("Whole team"), "Pat Practitioner",
                                      said("Unallocated")]
    assert said(f"{said('Caseload')} - {said('Unallocated')}") in str(
        seen["dashboard title"])  # ("%1 - %2" filled with words translated once)
    assert seen["dashboard children"] == [said("Unallocated")]
    assert seen["data quality"] == {said("Unallocated")}
    assert seen["case audits"] == [said("Unallocated")]
    assert seen["performance drill"] == [said("Unallocated"), "Pat Practitioner",
                                         "Pat Practitioner"]
    asked = {"Whole team", "Unallocated", "%1 - %2", "Caseload"}
    assert asked <= pseudo.sources
    assert sorted(asked - listed_sources()) == []


def _out_of_court_audit(qtbot, as_role, actor, kids) -> tuple[AppContext, list[qa.Question]]:
    """A team manager's context with a completed out-of-court case audit of ``kids[0]``
    (every question answered "sufficient"), and the audit's questions."""
    ctx = as_role(Role.TEAM_MANAGER)
    questions = qa.questions_for("out_of_court")
    answers = {q.code: ("sufficient", "seen in the record") for q in questions}
    ctx.tasks.run_db(lambda uow: qa.save(uow.session, kids[0], qa.AuditInput(
        "out_of_court", TODAY, actor.user_id, answers, "Well done"), TODAY, complete=True))
    wait_idle(qtbot, ctx)
    return ctx, questions


def test_case_audit_cells_are_in_the_person_s_language(qtbot, as_role, actor, kids) -> None:
    """A case audit's type, "7 of 7" and Yes/No are shown through the translation, on the
    quality audits page and the child's oversight tab; in English as before."""
    from tests.ui.test_translatable import _marked, _pseudo_locale
    from yjdesk.ui.oversight.child_tab import OversightTab
    from yjdesk.ui.oversight.quality_page import QualityAuditsPage

    ctx, questions = _out_of_court_audit(qtbot, as_role, actor, kids)
    n = len(questions)

    def cells() -> tuple[list[str], list[str]]:
        page = QualityAuditsPage(ctx)
        qtbot.addWidget(page)
        tab = OversightTab(ctx, kids[0])
        qtbot.addWidget(tab)
        wait_idle(qtbot, ctx)
        return ([page.audits.text(0, c) for c in (2, 5, 6)],
                [tab.audits.text(0, c) for c in (1, 4, 6)])

    assert cells() == (["Out-of-court disposal", f"{n} of {n}", "No"],
                       ["Out-of-court disposal", f"{n} of {n}", "No"])
    with _pseudo_locale():
        page, tab = cells()
    shown = [_marked("Out-of-court disposal"), _marked(f"{n} of {n}"), _marked("No")]
    assert page == shown and tab == shown


def test_case_audit_questions_and_headings_are_in_the_person_s_language(
        qtbot, as_role, actor, kids) -> None:
    """The roll-up's questions and the audit dialog's section headings (the domain's words,
    listed by i18n_domain) go through the translation; in English as before."""
    from PySide6.QtWidgets import QLabel

    from tests.ui.test_translatable import _marked, _pseudo_locale
    from yjdesk.ui.oversight.dialogs import AuditDialog
    from yjdesk.ui.oversight.quality_page import QualityAuditsPage
    from yjdesk.ui.tour import listed_sources

    ctx, _ = _out_of_court_audit(qtbot, as_role, actor, kids)

    def shown() -> tuple[list[str], list[str]]:
        page = QualityAuditsPage(ctx)
        qtbot.addWidget(page)
        wait_idle(qtbot, ctx)
        dialog = AuditDialog(ctx, kids[0], "out_of_court", [(actor.user_id, "Pat")])
        qtbot.addWidget(dialog)
        headings = [label.text() for label in dialog.findChildren(QLabel)
                    if label.text().startswith("<b>")]
        return [page.rollup.text(r, 0) for r in range(page.rollup.row_count())], headings

    rows, headings = shown()
    texts = {q.text for q in qa.QUESTIONS}
    assert rows and set(rows) <= texts
    assert headings[:4] == ["<b>Assessment</b>", "<b>Planning</b>",
                            "<b>Implementation and delivery</b>", "<b>Reviewing</b>"]
    with _pseudo_locale():
        welsh_rows, welsh_headings = shown()
    assert welsh_rows == [_marked(r) for r in rows]
    assert welsh_headings == [f"<b>{_marked(h[3:-4])}</b>" for h in headings]
    assert sorted({*rows, *(h[3:-4] for h in headings)} - listed_sources()) == []


def test_data_quality_gaps_are_in_the_person_s_language(qtbot, as_role, uow) -> None:
    """A gap's problem is a template and its values (the service's), worded by the page:
    translated, then the date and the order's kind filled in; the indicator it affects is
    translated too. In English the cells read as before."""
    from tests.ui.test_translatable import _marked, _pseudo_locale
    from yjdesk.services.oversight import data_quality
    from yjdesk.ui.oversight.data_quality_page import DataQualityPage
    from yjdesk.ui.tour import MARK_CLOSE, MARK_OPEN, listed_sources

    with uow() as u:
        c = children.create_child(u.session, child_input(ethnicity="not_stated"), TODAY).id
        disp(u.session, c, "referral_order", D(2026, 5, 1), end=D(2026, 10, 3),
             outcome="completed", outcome_date=D(2026, 10, 3))
        disp(u.session, c, "yro", D(2026, 1, 1), end=D(2026, 10, 1))
    ctx = as_role(Role.TEAM_MANAGER)

    def cells() -> list[tuple[str, str]]:
        page = DataQualityPage(ctx)
        qtbot.addWidget(page)
        wait_idle(qtbot, ctx)
        return [(page.table.text(r, 3), page.table.text(r, 4))
                for r in range(page.table.row_count())]

    english = cells()
    assert ("No ethnicity recorded", "Cohort profile") in english
    assert ("No ETE status at the end of the intervention (ended 03/10/2026)",
            "KPI 2 ETE") in english
    assert ("Youth rehabilitation order passed its end date (01/10/2026) with no outcome "
            "recorded", "KPI 6 and closed interventions") in english
    with _pseudo_locale():
        welsh = cells()
    assert (_marked("No ethnicity recorded"), _marked("Cohort profile")) in welsh
    assert (f"{MARK_OPEN}No ETE status at the end of the intervention (ended 03/10/2026)"
            f"{MARK_CLOSE}", _marked("KPI 2 ETE")) in welsh
    assert (f"{MARK_OPEN}{_marked('Youth rehabilitation order')} passed its end date "
            f"(01/10/2026) with no outcome recorded{MARK_CLOSE}",
            _marked("KPI 6 and closed interventions")) in welsh
    assert sorted(set(data_quality.problems()) - listed_sources()) == []


def test_the_audit_log_s_details_are_in_the_person_s_language(qtbot, as_role) -> None:
    """A change's detail ("Changed: %1") and its fields' words, a context's keys and the
    "Showing" line are translated; a context's values (a file name, the period as the
    event recorded it) are shown as recorded. In English as before."""
    import datetime as dt_

    from tests.ui.test_translatable import _marked, _pseudo_locale
    from yjdesk.services.oversight import audit_log
    from yjdesk.ui.oversight.audit_log_page import AuditLogPage, detail_text
    from yjdesk.ui.tour import MARK_CLOSE, MARK_OPEN, listed_sources

    def row(raw: str, action: str = "update") -> audit_log.AuditRow:
        d = audit_log.detail_of(raw, action)
        return audit_log.AuditRow("e1", dt_.datetime(2026, 11, 20, tzinfo=dt_.UTC), "Pat",
                                  action, "", None, "contact", None, d.text, "dev", 1,
                                  d.lead, d.fields, d.pairs)

    rows = [row('{"fields": ["finalised_at", "status", "author_id"]}'),
            row('{"fields": ["next_steps"]}', "create"),
            row('{"file": "pack.pdf", "format": "pdf", "period": "01 Apr 2026 to 15 Nov 2026"}')]
    ctx = as_role(Role.SERVICE_MANAGER)

    def shown() -> tuple[list[str], str]:
        page = AuditLogPage(ctx)
        qtbot.addWidget(page)
        wait_idle(qtbot, ctx)
        page._show((rows, 206))
        return [detail_text(r) for r in rows], page.status.text()

    details, status = shown()
    assert details == ["Changed: finalised at, status, author", "Filled in: next steps",
                       "File: pack.pdf; Format: pdf; Period: 01 Apr 2026 to 15 Nov 2026"]
    assert [r.detail for r in rows] == details  # the service's English is the same
    assert status == "Showing 1-3 of 206 events, newest first."
    with _pseudo_locale():
        welsh, welsh_status = shown()

    def said(text: str) -> str:
        return f"{MARK_OPEN}{text}{MARK_CLOSE}"

    assert welsh[0] == said("Changed: " + _marked(", ").join(
        said(w) for w in ("finalised at", "status", "author")))
    assert welsh[1] == said(f"Filled in: {said('next steps')}")
    assert welsh[2] == _marked("; ").join(
        said(f"{said(k)}: {v}") for k, v in (("File", "pack.pdf"), ("Format", "pdf"),
                                             ("Period", "01 Apr 2026 to 15 Nov 2026")))
    assert welsh_status == _marked("Showing 1-3 of 206 events, newest first.")
    listed = listed_sources()
    assert sorted({*audit_log.FIELDS_LEADS, "Finalised at", "Status", "Author", "Next steps",
                   "File", "Format", "Period", "%1: %2", ", ", "; ",
                   "Showing %1-%2 of %3 events, newest first."} - listed) == []
