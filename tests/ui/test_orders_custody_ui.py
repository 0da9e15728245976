"""Issue 13 UI: a DTO from sentence through the planning meetings to release and licence,
with the planning PDF; bad input gets a clear message and saves nothing."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.ui.conftest import wait_idle
from yjdesk.services.court import hearings as hs
from yjdesk.services.justice import OffenceInput, add_offence
from yjdesk.services.orders import custody as cs
from yjdesk.ui.court.dialogs import OutcomeDialog
from yjdesk.ui.orders.tab import CourtOrdersTab, table_rows

START = TODAY - relativedelta(months=7)
END = START + relativedelta(months=12)
HALFWAY = START + (END - START) / 2


def _submit(qtbot, ctx, dialog) -> None:
    dialog.submit()
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)


def test_dto_from_sentence_to_release_and_licence(qtbot, ctx, child_id, tmp_path) -> None:
    with ctx.uow() as u:
        offence = add_offence(u.session, child_id, OffenceInput(
            START - dt.timedelta(days=40), "robbery"), TODAY)
        hearing = hs.create_hearing(u.session, child_id, hs.HearingInput(
            court_code="preston_youth", hearing_date=START, hearing_type="sentence",
            status="heard", offence_ids=[offence.id]), TODAY)
    outcome = OutcomeDialog(ctx, hearing.id, [(ctx.actor.user_id, "Pat")])
    qtbot.addWidget(outcome)
    outcome.outcome.set_code("sentence")
    outcome.sentence.set_value("dto")
    outcome.start.set_date(START)
    outcome.end.set_date(START + relativedelta(months=12))
    outcome.officer.set_value(ctx.actor.user_id)
    _submit(qtbot, ctx, outcome)
    assert not outcome.form.errors()

    tab = CourtOrdersTab(ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    custody = tab.sections.custody
    assert "Detention and training order" in custody.summary.text()
    assert f"Release due {HALFWAY:%d/%m/%Y}" in custody.summary.text()
    kinds = [r[0] for r in table_rows(custody.meetings)]
    assert kinds[0] == "Initial planning" and kinds[-1] == "Release planning"
    assert "Sentence planning review" in kinds

    place = custody.placement()
    place.place.set_code("wetherby_yoi")
    place.day.set_date(START)
    _submit(qtbot, ctx, place)
    assert "HMYOI Wetherby" in custody.summary.text()
    # Each meeting: who attended and what was agreed, or nothing is saved.
    for i, kind in enumerate(kinds):
        custody.meetings.selectRow(i)
        meeting = custody.record_meeting()
        assert meeting is not None
        with ctx.uow() as u:
            due = cs.meetings(u.session, cs.episodes(u.session, child_id)[0].id)[i].due_date
        meeting.held_on.set_date(due)
        if i == 0:
            _submit(qtbot, ctx, meeting)
            assert "attendees" in meeting.form.errors() and meeting.isVisible()
        meeting.attendees.setPlainText("Jayden\nMum\nPat (case manager)\nResettlement worker")
        meeting.agreed.setPlainText(f"Actions of the {kind.lower()} meeting")
        _submit(qtbot, ctx, meeting)
        assert not meeting.isVisible(), meeting.form.errors()
    assert all(r[2] != "not yet" for r in table_rows(custody.meetings))
    # Release before accommodation and ETE are confirmed: refused, nothing saved.
    rel = custody.release()
    rel.day.set_date(HALFWAY)
    rel.licence.setPlainText("Live at home\nCurfew 19:00-07:00")
    _submit(qtbot, ctx, rel)
    errors = rel.form.errors()
    assert "confirmed before release" in errors["accommodation_confirmed_on"]
    assert "ete_confirmed_on" in errors and rel.isVisible()
    rel.reject()
    ready = custody.resettlement()
    ready.acc_on.set_date(HALFWAY - dt.timedelta(days=14))
    ready.acc.setPlainText("Home with mum; address checked")
    ready.ete_on.set_date(HALFWAY - dt.timedelta(days=7))
    ready.ete.setPlainText("College, 16 hours a week")
    _submit(qtbot, ctx, ready)
    rel = custody.release()
    rel.day.set_date(HALFWAY)
    rel.licence.setPlainText("Live at home\nCurfew 19:00-07:00")
    _submit(qtbot, ctx, rel)
    assert not rel.isVisible(), rel.form.errors()
    assert f"Released on licence {HALFWAY:%d/%m/%Y}" in custody.summary.text()
    with ctx.uow() as u:
        ep = cs.episodes(u.session, child_id)[0]
        assert (ep.status, ep.licence_conditions) == ("on_licence",
                                                      "Live at home\nCurfew 19:00-07:00")
    target = tmp_path / "custody.pdf"
    custody.save_pdf(str(target))
    qtbot.waitUntil(target.exists, timeout=20000)
    wait_idle(qtbot, ctx)
    words = " ".join(" ".join(p.extract_text() for p in PdfReader(str(target)).pages).split())
    assert "Released on licence" in words and "Curfew 19:00-07:00" in words
    assert "Home with mum" in words


def test_a_21_hour_curfew_is_refused_in_the_outcome_dialog(qtbot, ctx, child_id) -> None:
    from yjdesk.services.justice import disposals

    with ctx.uow() as u:
        offence = add_offence(u.session, child_id, OffenceInput(
            TODAY - dt.timedelta(days=40), "robbery"), TODAY)
        hearing = hs.create_hearing(u.session, child_id, hs.HearingInput(
            court_code="preston_youth", hearing_date=TODAY, hearing_type="sentence",
            status="heard", offence_ids=[offence.id]), TODAY)
    outcome = OutcomeDialog(ctx, hearing.id, [(ctx.actor.user_id, "Pat")])
    qtbot.addWidget(outcome)
    outcome.outcome.set_code("sentence")
    outcome.sentence.set_value("yro")
    outcome.start.set_date(TODAY)
    outcome.end.set_date(TODAY + relativedelta(months=12))
    outcome.officer.set_value(ctx.actor.user_id)
    outcome.requirements.add_row().set_code("curfew_electronic")
    _code, qty, week, _ends, _detail, _remove = outcome.requirements.rows[0]
    qty.setText("21")
    week.setText("100")
    _submit(qtbot, ctx, outcome)
    assert outcome.form.errors()["requirements"] == (
        f"A curfew is from 2 to 20 hours a day for a conviction on {TODAY:%d/%m/%Y}.")
    assert outcome.result() == 0  # not accepted: the dialog stays with its message
    with ctx.uow() as u:
        assert disposals(u.session, child_id) == []
    qty.setText("14")
    _submit(qtbot, ctx, outcome)
    assert outcome.result() == 1 and not outcome.form.errors()
    with ctx.uow() as u:
        assert [d.disposal_type for d in disposals(u.session, child_id)] == ["yro"]
