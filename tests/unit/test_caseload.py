"""The caseload rows and search."""

from __future__ import annotations

import datetime as dt

from tests.conftest import TODAY, child_input
from yjdesk.models import Role, UserAccount
from yjdesk.services import caseload, children, justice
from yjdesk.services.due import (
    DueItem,
    DueState,
    all_due,
    next_due,
    order_endings,
    state_for,
)


def test_caseload_rows(uow, actor) -> None:
    with uow() as u:
        a = children.create_child(u.session, child_input(given_name="Zoe", family_name="Abbot",
                                                         pnc_number="2023/0000001Z"), TODAY)
        children.create_child(u.session, child_input(given_name="Adam", family_name="Young",
                                                     preferred_name=None), TODAY)
        justice.add_disposal(u.session, a.id, justice.DisposalInput(
            disposal_type="referral_order", decision_date=dt.date(2026, 9, 1),
            start_date=dt.date(2026, 9, 1), end_date=dt.date(2026, 12, 1)))
        other = UserAccount(username="o", display_name="Other Worker", role=Role.PRACTITIONER,
                            team_id=actor.team_id)
        u.session.add(other)
        u.session.flush()
        b = children.create_child(u.session, child_input(given_name="Cal", family_name="Dee",
                                                     preferred_name=None),
                                  TODAY)
        justice.allocate(u.session, b.id, other.id, "case_manager", TODAY)
    with uow() as u:
        rows = caseload.caseload(u.session, actor, TODAY)
        mine = caseload.caseload(u.session, actor, TODAY, mine_only=True)
    assert [r.name for r in rows] == ["Adam Young", "Cal Dee", "Jay Abbot"]
    assert [r.name for r in mine] == ["Adam Young", "Jay Abbot"]
    zoe = rows[2]
    assert zoe.disposal == "Referral order"
    assert zoe.case_manager == "Pat Practitioner"
    # The row shows the most urgent of everything due (every feature's provider) ...
    with uow() as u:
        everything = all_due(u.session, [zoe.child_id], TODAY)[zoe.child_id]
        ending = order_endings(u.session, [zoe.child_id], TODAY)[zoe.child_id]
    assert zoe.next_due == min(everything)
    # ... and the order's end is among them, due soon.
    assert [(i.label, i.state) for i in ending] == [("Order ends", DueState.DUE_SOON)]
    assert ending[0] in everything
    assert rows[0].disposal == "No current disposal" and rows[0].next_due is None
    assert caseload.matches(zoe, "zoe")
    assert caseload.matches(zoe, "ABB jay")
    assert caseload.matches(zoe, "2023/00000")
    assert not caseload.matches(zoe, "young")


def test_due_state_and_ordering(uow, child_id) -> None:
    assert state_for(dt.date(2026, 11, 19), TODAY) is DueState.OVERDUE
    assert state_for(dt.date(2026, 11, 24), TODAY) is DueState.DUE_SOON
    assert state_for(dt.date(2026, 12, 24), TODAY) is DueState.UPCOMING
    item = DueItem(DueState.OVERDUE, dt.date(2026, 11, 18), "Assessment")
    assert item.describe(TODAY) == "Assessment - overdue by 2 days"

    def p1(session, ids, today):
        return {ids[0]: [DueItem(DueState.UPCOMING, dt.date(2027, 1, 1), "Later")]}

    def p2(session, ids, today):
        return {ids[0]: [item]}

    with uow() as u:
        best = next_due(u.session, [child_id], TODAY, providers=[p1, p2])
    assert best[child_id] is item


def test_caseload_rows_carry_names_exactly(uow, actor) -> None:
    """The rows come from the store as one JSON array (issue 16's cold start): quotes,
    backslashes, accents, other scripts and emoji come back exactly, an empty store gives
    no rows, and a child without a preferred name or PNC has them as nothing."""
    with uow() as u:
        assert caseload.caseload(u.session, actor, TODAY) == []
        odd = children.create_child(u.session, child_input(
            given_name='Zo\u00eb "Z" O\'Neil\\',
            family_name="\u0141\u00f3d\u017a \u6797 \U0001f600",
            preferred_name=None, pnc_number=None), TODAY)
    with uow() as u:
        [row] = caseload.caseload(u.session, actor, TODAY)
    assert row.child_id == odd.id
    assert row.name == 'Zo\u00eb "Z" O\'Neil\\ \u0141\u00f3d\u017a \u6797 \U0001f600'
    assert row.case_number == odd.case_number
    assert row.date_of_birth == odd.date_of_birth
    assert caseload.matches(row, "\u0142\u00f3d\u017a \u6797")
    assert caseload.matches(row, 'o\'neil\\')
