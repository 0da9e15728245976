"""Issue 13 UI: the enforcement ledger refuses a third warning in a warned period in plain
words (nothing saved) and takes breach action; the transition plan asks for what is missing;
requirement delivery is recorded against its requirement."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from tests.conftest import TODAY
from tests.ui.conftest import wait_idle
from yjdesk.services.justice import DisposalInput, RequirementInput, add_disposal
from yjdesk.services.orders import enforcement as enf
from yjdesk.ui.orders.tab import CourtOrdersTab, table_rows

START = TODAY - relativedelta(months=3)


def _submit(qtbot, ctx, dialog) -> None:
    dialog.submit()
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)


def test_ledger_delivery_and_transition_in_the_tab(qtbot, ctx, child_id) -> None:
    with ctx.uow() as u:
        yro = add_disposal(u.session, child_id, DisposalInput(
            "yro", START, START, START + relativedelta(months=12),
            requirements=[RequirementInput("reparation", quantity=8)])).id
        for days in (10, 20):
            day = START + dt.timedelta(days=days)
            enf.record_step(u.session, yro, enf.StepInput("warning", day, "Missed", day), TODAY)
    tab = CourtOrdersTab(ctx, child_id)
    qtbot.addWidget(tab)
    wait_idle(qtbot, ctx)
    sections = tab.sections
    assert len(table_rows(sections.ledger)) == 2
    dialog = sections.record_step()
    dialog.order.set_value(yro)
    dialog.kind.set_value("warning")
    third = START + dt.timedelta(days=30)
    dialog.failure_date.set_date(third)
    dialog.failure.setPlainText("Missed the reparation session")
    dialog.step_date.set_date(third)
    _submit(qtbot, ctx, dialog)
    assert "requires breach action" in dialog.form.errors()["kind"]
    assert dialog.isVisible() and len(table_rows(sections.ledger)) == 2
    dialog.kind.set_value("breach_action")
    _submit(qtbot, ctx, dialog)
    assert not dialog.isVisible()
    rows = table_rows(sections.ledger)
    assert [r[2] for r in rows] == ["Warning", "Warning", "Breach action (information laid)"]
    sections.ledger.selectRow(2)
    decided = sections.court_decision()
    assert decided is not None
    decided.decision.setPlainText("Order revoked; resentenced to a new YRO with ISS")
    _submit(qtbot, ctx, decided)
    assert not decided.isVisible()
    assert table_rows(sections.ledger)[2][6] == "Order revoked; resentenced to a new YRO with ISS"

    delivery = sections.record_delivery()
    delivery.day.set_date(TODAY)
    delivery.kind.set_value("hours")
    delivery.quantity.setText("9")
    _submit(qtbot, ctx, delivery)
    assert delivery.form.errors()["quantity"] == "Only 8 of 8 remain on this requirement."
    delivery.quantity.setText("3")
    delivery.detail.setPlainText("Community garden")
    _submit(qtbot, ctx, delivery)
    assert not delivery.isVisible()
    assert table_rows(sections.delivery)[0][:4] == ["Reparation", "8 hours", "3", "5"]
    assert "Community garden" in table_rows(sections.delivery_lines)[0][5]

    plan = sections.transition.edit()
    _submit(qtbot, ctx, plan)
    errors = plan.form.errors()
    assert {"eligibility_reason", "needs", "child_views", "probation_must_know"} <= set(errors)
    for name, text in (("eligibility_reason", "The YRO runs past 18"), ("needs", "ETE"),
                       ("child_views", "Wants to keep his boxing"),
                       ("probation_must_know", "Risk when using cannabis")):
        plan.boxes[name].setPlainText(text)
    _submit(qtbot, ctx, plan)
    assert not plan.isVisible()
    assert "Transition plan recorded" in sections.transition.summary.text()
    assert "Risk when using cannabis" in sections.transition.summary.text()
