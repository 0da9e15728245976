"""The caseload rows and search."""

from __future__ import annotations

import datetime as dt

from tests.conftest import TODAY, child_input
from tests.unit.casework_support import make_user
from yjdesk.models import Child, Role, UserAccount
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
        manager = make_user(u.session, actor, Role.TEAM_MANAGER, "maria")
    with uow(manager) as u:  # (a manager allocates: services.child_creation)
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
    # no current disposal: None, for the view to say so in the person's language
    assert rows[0].disposal is None and rows[0].next_due is None
    assert caseload.matches(zoe, "zoe")
    assert caseload.matches(zoe, "ABB jay")
    assert caseload.matches(zoe, "2023/00000")
    assert not caseload.matches(zoe, "young")
    with uow() as u:  # no case manager (a closed case): None, the view says "Unallocated"
        u.session.info["sync_apply"] = True  # (a manager's change, pulled)
        u.session.get(Child, b.id).case_manager_id = None
    with uow() as u:
        cal = next(r for r in caseload.caseload(u.session, actor, TODAY) if r.child_id == b.id)
    assert cal.case_manager is None and cal.case_manager_id is None


def test_the_current_disposals_are_read_from_their_index_alone(uow) -> None:
    """On a cold start the caseload's read of every ongoing disposal decrypts only the
    pages of ``ix_disposal_ongoing``, not the table's (the index holds every column it
    reads: migration 0024)."""
    with uow() as u:
        plan = u.session.connection().exec_driver_sql(
            f"EXPLAIN QUERY PLAN {caseload.ONGOING_DISPOSALS}").fetchall()
    assert [row[3] for row in plan] == [
        "SEARCH disposal USING COVERING INDEX ix_disposal_ongoing (outcome=?)"], plan


def test_due_state_and_ordering(uow, child_id) -> None:
    assert state_for(dt.date(2026, 11, 19), TODAY) is DueState.OVERDUE
    assert state_for(dt.date(2026, 11, 24), TODAY) is DueState.DUE_SOON
    assert state_for(dt.date(2026, 12, 24), TODAY) is DueState.UPCOMING
    # (the view words it: "Assessment - overdue by 2 days", tests/ui/test_shell_caseload_model)
    item = DueItem(DueState.OVERDUE, dt.date(2026, 11, 18), "Assessment")

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


def test_search_folds_case_and_accents_both_ways(uow, actor) -> None:
    """A name is found as it is heard, typed on a keyboard with no accents (Welsh, Irish,
    Turkish, French names), and typing the accent still finds it; letters that are not
    a base letter with a mark (\u00f8, \u0142) are kept, and other scripts match as they are."""
    names = {"Zo\u00eb": "Zoe", "Si\u00e2n": "sian", "\u0130lkay G\u00fcne\u015f": "ilkay gunes",
             "Gwenll\u0175an": "gwenllwan", "Se\u00e1n \u00d3 Br\u00edon": "sean o brion",
             "Stra\u00dfe": "STRASSE", "\u0141ucja \u00d8deg\u00e5rd": "\u0142ucja \u00f8degard",
             "\u5c0f\u9f8d": "\u5c0f\u9f8d"}
    with uow() as u:
        for name in names:
            children.create_child(u.session, child_input(
                given_name=name, family_name="Test", preferred_name=None, pnc_number=None),
                TODAY)
    with uow() as u:
        rows = {r.name.removesuffix(" Test"): r for r in
                caseload.caseload(u.session, actor, TODAY)}
    for name, typed in names.items():
        assert caseload.matches(rows[name], typed), (name, typed)
        assert caseload.matches(rows[name], name), name  # as written, accents and all
    lucja, zoe = rows["\u0141ucja \u00d8deg\u00e5rd"], rows["Zo\u00eb"]
    assert not caseload.matches(lucja, "lucja")  # \u0142 is a letter of its own
    assert caseload.matches(zoe, "zo\u00eb") and not caseload.matches(zoe, "zoey")
    assert caseload.search_text("Zo\u00eb O'Brien 2019/0000001A") == "zoe o'brien 2019/0000001a"
