"""The child record: tabs show the services' data; the small forms save through them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import wait_idle
from yjdesk.services import children, justice
from yjdesk.ui.child_record import tabs
from yjdesk.ui.child_record.view import ChildRecordView
from yjdesk.ui.table_models.rows import RowsTableModel
from yjdesk.ui.widgets.tables import RowsView


def open_view(qtbot, ctx, child_id) -> ChildRecordView:
    view = ChildRecordView(ctx, child_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.record is not None, timeout=30_000)
    return view


def table_rows(view: ChildRecordView, name: str) -> list[list[str]]:
    t = view.findChild(RowsView, name)
    assert t is not None, name
    assert t.accessibleName() == name
    return t.texts()


def save(qtbot, ctx, dialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.submit()
    wait_idle(qtbot, ctx)


def test_add_address_person_offence_and_disposal(qtbot, ctx, uow, child_id) -> None:
    view = open_view(qtbot, ctx, child_id)

    d = view.add_address()
    qtbot.keyClicks(d.line1, "12 Harbour Row")
    qtbot.keyClicks(d.town, "Fleetwood")
    qtbot.keyClicks(d.postcode, "not a postcode")
    qtbot.keyClicks(d.from_date, "01/03/2025")
    d.submit()
    wait_idle(qtbot, ctx)
    assert d.form.field("postcode").error == "This is not a UK postcode."
    d.postcode.setText("FY7 6AA")
    save(qtbot, ctx, d)
    qtbot.waitUntil(lambda: len(view.record.addresses) == 1)
    assert table_rows(view, "addresses")[0][:3] == ["12 Harbour Row, Fleetwood, FY7 6AA",
                                                    "01/03/2025", "Now"]

    p = view.add_person()
    qtbot.keyClicks(p.name, "Grace Okafor")
    p.relationship.set_code("mother")
    p.pr.setChecked(True)
    save(qtbot, ctx, p)
    qtbot.waitUntil(lambda: len(view.record.people) == 1)
    assert table_rows(view, "people")[0][:3] == ["Grace Okafor", "Mother", "Yes"]

    o = view.add_offence()
    qtbot.keyClicks(o.offence_date, "02/02/2026")
    code = o.offence.itemData(1)
    o.offence.set_code(code)
    save(qtbot, ctx, o)
    qtbot.waitUntil(lambda: len(view.record.offences) == 1)

    dd = view.add_disposal()
    dd.disposal_type.set_code("referral_order")
    qtbot.keyClicks(dd.decision_date, "01/04/2026")
    qtbot.keyClicks(dd.start_date, "01/04/2026")
    qtbot.keyClicks(dd.end_date, "01/03/2026")
    combo = dd.requirements.add_row()
    combo.set_code("supervision")
    dd.offences.item(0).setCheckState(dd.offences.item(0).checkState().Checked)
    dd.submit()
    wait_idle(qtbot, ctx)
    assert dd.form.field("end_date").error == "The end date cannot be before the start date."
    with uow() as u:
        assert justice.disposals(u.session, child_id) == []
    dd.end_date.setText("01/04/2027")
    save(qtbot, ctx, dd)
    qtbot.waitUntil(lambda: len(view.record.disposals) == 1)
    row = table_rows(view, "disposals")[0]
    assert row[0] == "Referral order"
    assert row[6] == "Supervision"
    assert view.header.facts["Current disposal"].text() == "Referral order"
    with uow() as u:
        [offence] = justice.offences(u.session, child_id)
        assert offence.disposal_id is not None


def test_edit_child_and_history(qtbot, qtmodeltester, ctx, uow, child_id) -> None:
    view = open_view(qtbot, ctx, child_id)
    dialog = view.edit()
    assert dialog is not None
    assert dialog.given_name.text() == "Jayden"
    assert dialog.date_of_birth.text() == "17/05/2010"
    dialog.ete_hours.setText("25")
    dialog.ete_status.set_code(dialog.ete_status.itemData(1))
    save(qtbot, ctx, dialog)
    qtbot.waitUntil(lambda: view.record.data.ete_hours == 25)
    view.show_tab("history")
    allocations = table_rows(view, "allocations")
    assert allocations[0][:2] == ["Pat Practitioner", "Case manager"]
    audit = table_rows(view, "audit")
    assert any(r[2] == "Changed" and "ete hours" in r[3] for r in audit)
    assert any(r[2] == "Viewed" for r in audit)
    # the record's lists are RowsViews: Qt's model tester passes over their columns and
    # rows, and "When" sorts by the time, not the words
    audit_model = RowsTableModel(tabs.AUDIT_COLUMNS)
    audit_model.set_rows(view.record.audit)
    qtmodeltester.check(audit_model, force_py=True)
    allocation_model = RowsTableModel(tabs.ALLOCATION_COLUMNS)
    allocation_model.set_rows(view.record.allocations)
    qtmodeltester.check(allocation_model, force_py=True)
    table = view.findChild(RowsView, "audit")
    assert table is not None
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shown = [table.model_.row_at(table.proxy.mapToSource(table.proxy.index(r, 0)).row()).at
             for r in range(table.row_count())]
    assert len(shown) >= 2 and shown == sorted(shown, reverse=True)
    with uow() as u:
        assert children.get_child(u.session, child_id, audit_view=False).ete_hours == 25


def test_a_requirement_says_what_its_number_counts() -> None:
    """Issue 12 (seen in the screenshots): "Reparation (8)" left the reader guessing."""
    from yjdesk.ui.child_record.data import requirement_text

    assert requirement_text("reparation", 8) == "Reparation: 8 hours"
    assert requirement_text("curfew_electronic", 12).endswith(": 12 hours per day")
    assert requirement_text("supervision", None) == "Supervision"
