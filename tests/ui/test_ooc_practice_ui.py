"""Out of court as practised, through the tab (issue 14): a referral assessed, recommended
on, decided by the joint panel, delivered and completed; then a police-led Outcome 22 the
YJS was told of afterwards."""

from __future__ import annotations

import datetime as dt

from tests.conftest import TODAY
from tests.ui.conftest import wait_idle
from yjdesk.models import Disposal, OocDecision
from yjdesk.ui.casework.ooc_tab import OocTab

D = dt.timedelta


def _submit(qtbot, ctx, dialog) -> None:
    dialog.submit()
    wait_idle(qtbot, ctx)
    assert dialog.result_value is not None, dialog.form.errors()
    wait_idle(qtbot, ctx)


def test_referral_assessed_recommended_decided_delivered_completed_then_outcome_22(
        qtbot, ctx, child_id) -> None:
    tab = OocTab(ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    r = tab.new_referral()
    r.referral.set_date(TODAY - D(days=20))
    r.bail.set_date(TODAY - D(days=21))
    r.gravity.set_value(3)
    r.admission.set_code("admitted")
    r.evidential.set_value(True)
    _submit(qtbot, ctx, r)
    assert len(tab.rows) == 1 and "Awaiting decision" in tab.table.text(0, 1)
    # The panel cannot decide before the YJS has recommended: the message says why.
    p = tab.panel_decision()
    p.choice.set_code("youth_caution")
    p.rationale.setPlainText("Second offence; admitted.")
    p.attendees.setText("PS Leyland (chair); YJS OoC officer")
    p.submit()
    wait_idle(qtbot, ctx)
    assert "not assessed this referral yet" in p.form.errors()["decision"]
    p.reject()
    a = tab.assess()
    a.date.set_date(TODAY - D(days=12))
    a.summary.setPlainText("Low-level theft; remorseful; school supportive.")
    a.informed.set_date(TODAY - D(days=9))
    _submit(qtbot, ctx, a)
    m = tab.recommend()
    m.recommendation.set_code("youth_caution")
    m.why.setPlainText("A caution with voluntary work meets the need.")
    _submit(qtbot, ctx, m)
    p = tab.panel_decision()
    p.panel.set_date(TODAY - D(days=8))
    p.attendees.setText("PS Leyland (chair); YJS OoC officer; education link")
    p.choice.set_code("youth_caution")
    p.rationale.setPlainText("Admitted; evidential standard met; caution proportionate.")
    p.conditions.setPlainText("Two victim awareness sessions")
    _submit(qtbot, ctx, p)
    dl = tab.delivery()
    dl.date.set_date(TODAY - D(days=7))
    dl.by.setText("PC Shah")
    dl.child_ok.setChecked(True)
    dl.parent_ok.setChecked(True)
    _submit(qtbot, ctx, dl)
    o = tab.outcome()
    o.outcome.set_code("completed")
    o.date.set_date(TODAY - D(days=1))
    _submit(qtbot, ctx, o)
    detail = tab.detail.toPlainText()
    for words in ("Youth caution (Outcome 2) - Joint decision panel", "Stage: ended",
                  "YJS recommendation: Youth caution", "PS Leyland (chair)",
                  "Admission: Admitted the offence", "evidential standard met: Yes",
                  "gravity score: 3", "Outcome: Completed",
                  "YJS assessment due", "Police to be informed by"):
        assert words in detail, words
    # Later the YJS hears the police gave an Outcome 22 for another matter.
    po = tab.police_outcome()
    po.choice.set_value("outcome_22")
    po.decided.set_date(TODAY - D(days=3))
    po.told.set_date(TODAY)
    po.notes.setPlainText("Diversion course completed; police NFA under Outcome 22.")
    _submit(qtbot, ctx, po)
    assert len(tab.rows) == 2
    police = next(r for r in tab.rows if r.decision.decision == "outcome_22")
    assert tab.table.select_key(police.decision.id)
    text = tab.detail.toPlainText()
    assert "Outcome 22 (diversion, no further action) - Police-led" in text
    assert "YJS told" in text
    assert "Youth caution: 1" in text          # prior disposals at that decision
    with ctx.uow() as u:
        rows = {d.decision: d for d in u.session.query(OocDecision).all()}
        caution = u.session.get(Disposal, rows["youth_caution"].disposal_id)
        diversion = u.session.get(Disposal, rows["outcome_22"].disposal_id)
    assert (caution.decision_body, caution.outcome) == ("Youth Disposal Panel", "completed")
    assert (rows["youth_caution"].yjs_recommendation, rows["youth_caution"].route) == (
        "youth_caution", "panel")
    assert diversion.decision_body == "Police (police-led)"
    assert rows["outcome_22"].told_date == TODAY
