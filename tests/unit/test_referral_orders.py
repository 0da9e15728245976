"""Issue 13: referral orders -- panels, the contract, the compliance period from its signing,
extension, referral back and completion; the same rules on the server's push path."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select

from tests.conftest import TODAY
from yjdesk.errors import ValidationError, WorkflowError
from yjdesk.models.justice import Disposal
from yjdesk.models.orders import ReferralContract, ReferralOrder, ReferralPanel
from yjdesk.server import rules
from yjdesk.services import due
from yjdesk.services.justice import DisposalInput, add_disposal
from yjdesk.services.orders import referral as ro
from yjdesk.services.uow import Actor
from yjdesk.services.workdays import add_working_days

COURT_DAY = TODAY - dt.timedelta(days=200)
GOOD_PANEL = dict(yjs_members="Sam Patel (YJS)", volunteers="Ann Lee\nBob Grey",
                  parent_attended=True, attendees="Jayden\nMother")


@pytest.fixture
def order_id(uow, child_id) -> str:
    with uow() as u:
        d = add_disposal(u.session, child_id, DisposalInput(
            "referral_order", COURT_DAY, COURT_DAY, COURT_DAY + relativedelta(months=6)))
        order = ro.order_for_disposal(u.session, d.id)
        assert order is not None
        return order.id


def _order(uow, order_id: str) -> ReferralOrder:
    with uow() as u:
        order = ro.get_order(u.session, order_id)
        u.session.expunge(order)
        return order


def _planned(uow, order_id: str) -> list[tuple[str, dt.date]]:
    with uow() as u:
        return [(p.kind, p.due_date) for p in ro.panels(u.session, order_id)
                if p.status == "planned"]


def _initial(uow, order_id: str) -> str:
    with uow() as u:
        return next(p.id for p in ro.panels(u.session, order_id) if p.kind == "initial")


def test_sentence_opens_the_order_and_the_initial_panel_falls_due(uow, order_id) -> None:
    order = _order(uow, order_id)
    assert order.length_months == 6 and order.status == "awaiting_panel"
    assert order.initial_panel_due == add_working_days(COURT_DAY, 20)
    # The child (born 17/05/2010) was 15 at the order: a parent must attend.
    assert order.parent_ordered is True
    assert _planned(uow, order_id) == [("initial", order.initial_panel_due)]


def test_initial_panel_shows_in_work_due(uow, child_id, order_id) -> None:
    with uow() as u:
        items = due.all_due(u.session, [child_id], TODAY)[child_id]
    panel = [i for i in items if due.english_label(i) == "Referral order: Initial panel"]
    assert panel and panel[0].state == due.DueState.OVERDUE


def _counts(uow) -> tuple[int, int, int]:
    with uow() as u:
        s = u.session
        return (s.scalar(select(func.count()).select_from(ReferralPanel).where(
                    ReferralPanel.status == "held")) or 0,
                s.scalar(select(func.count()).select_from(ReferralContract)) or 0,
                s.scalar(select(func.count()).select_from(ReferralPanel)) or 0)


def test_a_panel_with_one_volunteer_is_refused_and_saves_nothing(uow, order_id) -> None:
    pid = _initial(uow, order_id)
    before = _counts(uow)
    with pytest.raises(ValidationError) as exc, uow() as u:
        ro.record_panel(u.session, pid, ro.PanelInput(
            COURT_DAY + dt.timedelta(days=10), "Sam Patel", "Ann Lee", "contract_agreed",
            parent_attended=True), TODAY)
    assert exc.value.errors["volunteers"] == (
        "A panel meets with at least 2 community volunteers (this one has 1): a panel with "
        "fewer cannot go ahead.")
    with pytest.raises(ValidationError) as exc, uow() as u:
        ro.record_panel(u.session, pid, ro.PanelInput(
            COURT_DAY + dt.timedelta(days=10), "", "Ann Lee\nBob Grey", "contract_agreed",
            parent_attended=False), TODAY)
    assert "YJS member" in exc.value.errors["yjs_members"]
    assert "parent" in exc.value.errors["parent_attended"]
    assert _counts(uow) == before


def _sign(uow, order_id: str, pid: str, signed: dt.date) -> str:
    with uow() as u:
        ro.record_panel(u.session, pid, ro.PanelInput(
            signed, outcome="contract_agreed", **GOOD_PANEL), TODAY)  # type: ignore[arg-type]
        c = ro.draft_contract(u.session, order_id, ro.ContractInput(
            "Write a letter of apology; 6 hours at the community garden",
            "Weekly sessions on consequential thinking", panel_id=pid))
        ro.sign_contract(u.session, c.id, signed, "Ann Lee", True, TODAY)
        return c.id


def test_contract_signed_before_the_order_is_refused(uow, order_id) -> None:
    with uow() as u:
        c = ro.draft_contract(u.session, order_id, ro.ContractInput("Apology letter", None))
        cid = c.id
    with pytest.raises(ValidationError) as exc, uow() as u:
        ro.sign_contract(u.session, cid, COURT_DAY - dt.timedelta(days=1), "Ann Lee", True,
                         TODAY)
    assert "before the court made the order" in exc.value.errors["signed_on"]
    with pytest.raises(ValidationError) as exc, uow() as u:
        ro.sign_contract(u.session, cid, COURT_DAY, "", True, TODAY)
    assert "panel member" in exc.value.errors["panel_member_name"]
    assert _order(uow, order_id).contract_signed_on is None
    with uow() as u:
        assert u.session.get(ReferralContract, cid).status == "draft"


def test_compliance_period_runs_from_signing_with_an_extension(uow, order_id) -> None:
    signed = COURT_DAY + dt.timedelta(days=18)
    _sign(uow, order_id, _initial(uow, order_id), signed)
    order = _order(uow, order_id)
    assert order.contract_signed_on == signed and order.status == "in_contract"
    assert order.compliance_end == signed + relativedelta(months=6)
    with uow() as u:
        d = u.session.get(Disposal, order.disposal_id)
        assert d is not None and d.end_date == order.compliance_end
    assert _planned(uow, order_id) == [("progress", signed + relativedelta(months=3)),
                                       ("final", signed + relativedelta(months=6))]
    with pytest.raises(ValidationError) as exc, uow() as u:
        ro.extend(u.session, order_id, 4, TODAY)
    assert "1 to 3 months" in exc.value.errors["months"]
    with uow() as u:
        ro.extend(u.session, order_id, 3, TODAY)
    order = _order(uow, order_id)
    assert order.compliance_end == signed + relativedelta(months=9)
    assert ("final", signed + relativedelta(months=9)) in _planned(uow, order_id)
    with uow() as u:
        ro.extend(u.session, order_id, 3, TODAY)
    with pytest.raises(ValidationError) as exc, uow() as u:
        ro.extend(u.session, order_id, 1, TODAY)
    assert "at most 12 months in total" in exc.value.errors["months"]
    assert _order(uow, order_id).compliance_end == signed + relativedelta(months=12)


def test_extension_needs_the_contract_in_effect(uow, order_id) -> None:
    with pytest.raises(ValidationError) as exc, uow() as u:
        ro.extend(u.session, order_id, 2, TODAY)
    assert "taken effect" in exc.value.errors["months"]


def test_progress_then_final_panel_completes_and_spends_the_conviction(uow, order_id) -> None:
    signed = COURT_DAY + dt.timedelta(days=10)
    _sign(uow, order_id, _initial(uow, order_id), signed)
    with uow() as u:
        progress = next(p for p in ro.panels(u.session, order_id) if p.kind == "progress")
        held = progress.due_date - dt.timedelta(days=2)
        ro.record_panel(u.session, progress.id, ro.PanelInput(
            held, outcome="continue", **GOOD_PANEL), TODAY)  # type: ignore[arg-type]
    # Progress panels at least every 3 months: the next one is 3 months after this one,
    # unless the final panel comes first.
    kinds = [k for k, _ in _planned(uow, order_id)]
    assert kinds == ["final"] or ("progress", held + relativedelta(months=3)) in _planned(
        uow, order_id)
    with uow() as u:
        final = next(p for p in ro.panels(u.session, order_id)
                     if p.kind == "final" and p.status == "planned")
        ro.record_panel(u.session, final.id, ro.PanelInput(
            TODAY, outcome="completed", **GOOD_PANEL), TODAY)  # type: ignore[arg-type]
    order = _order(uow, order_id)
    assert (order.status, order.conviction_spent_on, order.ended_on) == (
        "completed", TODAY, TODAY)
    assert _planned(uow, order_id) == []
    with uow() as u:
        d = u.session.get(Disposal, order.disposal_id)
        assert d is not None and d.outcome == "completed"


def test_variation_makes_a_new_version_and_referral_back_needs_the_report(uow,
                                                                         order_id) -> None:
    first = _sign(uow, order_id, _initial(uow, order_id), COURT_DAY + dt.timedelta(days=5))
    with uow() as u:
        c2 = ro.draft_contract(u.session, order_id, ro.ContractInput("Apology letter",
                                                                     "Boxing club"))
        assert c2.version == 2
        ro.sign_contract(u.session, c2.id, TODAY, "Bob Grey", True, TODAY)
        assert u.session.get(ReferralContract, first).status == "superseded"
        assert ro.current_contract(u.session, order_id).id == c2.id
    with pytest.raises(ValidationError) as exc, uow() as u:
        ro.refer_back(u.session, order_id, " ", TODAY)
    assert "written report" in exc.value.errors["referral_report"]
    with uow() as u:
        ro.refer_back(u.session, order_id, "Missed four sessions; no contact since 1 Nov.",
                      TODAY)
    assert _order(uow, order_id).status == "referred_back"
    with pytest.raises(WorkflowError), uow() as u:
        ro.sign_contract(u.session, c2.id, TODAY, "Bob Grey", True, TODAY)


def _change(session: Any, actor: Actor, table: Any, current: dict[str, Any] | None,
            proposed: dict[str, Any]) -> rules.Change:
    return rules.Change(session=session, actor=actor, table=table, row_id="x",
                        current=current, proposed=proposed)


def test_server_refuses_the_same_bad_input(uow, actor, child_id, order_id) -> None:
    with uow() as u:
        panel = {"child_id": child_id, "referral_order_id": order_id, "kind": "initial",
                 "status": "held", "due_date": "2026-06-01", "held_on": "2026-06-01",
                 "yjs_members": "Sam", "volunteers": "Ann", "outcome": "contract_agreed",
                 "parent_attended": True}
        refusal = rules.check(_change(u.session, actor, ReferralPanel.__table__, None, panel))
        assert refusal is not None and "2 community volunteers" in refusal
        ok = {**panel, "volunteers": "Ann\nBob"}
        assert rules.check(_change(u.session, actor, ReferralPanel.__table__, None, ok)) is None
        contract = {"child_id": child_id, "referral_order_id": order_id, "version": 1,
                    "status": "signed", "reparation": "Letter", "signed_by_child": True,
                    "panel_member_name": "Ann",
                    "signed_on": (COURT_DAY - dt.timedelta(days=1)).isoformat()}
        refusal = rules.check(_change(u.session, actor, ReferralContract.__table__, None,
                                      contract))
        assert refusal is not None and "before the court made the order" in refusal
        signed = {**contract, "signed_on": COURT_DAY.isoformat()}
        assert rules.check(_change(u.session, actor, ReferralContract.__table__, None,
                                   signed)) is None
        edited = {**signed, "reparation": "Nothing"}
        assert "cannot be changed" in str(rules.check(_change(
            u.session, actor, ReferralContract.__table__, signed, edited)))
        order = ro.get_order(u.session, order_id)
        row = {c.name: getattr(order, c.name) for c in ReferralOrder.__table__.c}
        row = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()}
        assert rules.check(_change(u.session, actor, ReferralOrder.__table__, None, row)) is None
        assert "at most 12" in str(rules.check(_change(
            u.session, actor, ReferralOrder.__table__, None, {**row, "length_months": 13})))
        assert "by at most 3 months" in str(rules.check(_change(
            u.session, actor, ReferralOrder.__table__, row,
            {**row, "extension_months": 4})))


def test_contract_pdf_for_the_child_reads_back(uow, order_id, tmp_path) -> None:
    import io

    from pypdf import PdfReader

    from yjdesk.reports.referral_contract import contract_data, render_contract

    signed = COURT_DAY + dt.timedelta(days=12)
    cid = _sign(uow, order_id, _initial(uow, order_id), signed)
    with uow() as u:
        data = contract_data(u.session, cid)
    buf = io.BytesIO()
    render_contract(data, buf)
    words = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(buf.getvalue())).pages)
    words = " ".join(words.split())
    assert "My referral order contract" in words
    end = signed + relativedelta(months=6)
    assert f"ends on {end.day} {end:%B %Y}" in words
    assert "letter of apology" in words and "consequential thinking" in words
    assert "Ann Lee" in words and "spent" in words
    assert "OFFICIAL-SENSITIVE" in words and "Jayden" in words
    (tmp_path / "contract.pdf").write_bytes(buf.getvalue())


def test_contract_signature_block_fits_inside_its_box(uow, order_id) -> None:
    """Seen in the contract PDF as a PNG: the signature table's rules ran past the box."""
    from reportlab.platypus import Table

    from yjdesk.reports.referral_contract import _story, contract_data

    cid = _sign(uow, order_id, _initial(uow, order_id), COURT_DAY + dt.timedelta(days=12))
    with uow() as u:
        data = contract_data(u.session, cid)
    box = _story(data)[-1]
    assert isinstance(box, Table)
    inner = box._cellvalues[0][0][0]
    assert isinstance(inner, Table)
    # reports.common.boxed pads 8 points each side
    assert sum(inner._colWidths) <= sum(box._colWidths) - 16
