"""Issue 13: custody, remand and resettlement -- the DTO's dates, the custody episode and its
planning meetings in Work due, accommodation and ETE before release, release on licence, the
team dashboard's custody and remand counts, the planning PDF."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from pypdf import PdfReader
from sqlalchemy import select

from tests.conftest import TODAY, table_of
from tests.unit.casework_support import make_user
from yjdesk.errors import ValidationError
from yjdesk.models.orders import CustodyEpisode
from yjdesk.models.org import Role
from yjdesk.server import rules
from yjdesk.services import due
from yjdesk.services.justice import DisposalInput, add_disposal
from yjdesk.services.orders import custody as cs
from yjdesk.services.orders.custody_dates import dto_dates
from yjdesk.services.oversight import dashboard
from yjdesk.services.uow import Actor
from yjdesk.services.workdays import add_working_days

START = TODAY - relativedelta(months=6)


def test_dto_dates_and_release_windows() -> None:
    start = dt.date(2026, 1, 5)
    six = dto_dates(start, start + relativedelta(months=6))
    assert six.early_from is None and six.late_to is None  # under 8 months: no windows
    eight = dto_dates(start, start + relativedelta(months=8))
    assert eight.early_from == eight.halfway - relativedelta(months=1)
    assert eight.late_to == eight.halfway + relativedelta(months=1)
    eighteen = dto_dates(start, start + relativedelta(months=18))
    assert eighteen.early_from == eighteen.halfway - relativedelta(months=2)
    assert eighteen.halfway == start + (start + relativedelta(months=18) - start) / 2


@pytest.fixture
def episode_id(uow, child_id) -> str:
    with uow() as u:
        d = add_disposal(u.session, child_id, DisposalInput(
            "dto", START, START, START + relativedelta(months=12)))
        return cs.episodes(u.session, child_id)[0].id if d else ""


def test_dto_opens_custody_with_its_meetings_in_work_due(uow, child_id, episode_id) -> None:
    with uow() as u:
        meetings = [(m.kind, m.due_date) for m in cs.meetings(u.session, episode_id)]
        halfway = START + (START + relativedelta(months=12) - START) / 2
        assert meetings[0] == ("initial", add_working_days(START, 10))
        assert ("review", START + relativedelta(months=3)) in meetings
        assert meetings[-1] == ("release_planning", halfway - dt.timedelta(days=30))
        labels = [due.english_label(i) for i in due.all_due(u.session, [child_id], TODAY)[child_id]]
    assert "Custody: Initial planning meeting" in labels
    assert "Custody: Release planning meeting" in labels


def test_meeting_needs_attendees_and_actions(uow, episode_id) -> None:
    with uow() as u:
        first = cs.meetings(u.session, episode_id)[0].id
    with pytest.raises(ValidationError) as exc, uow() as u:
        cs.record_meeting(u.session, first, cs.MeetingInput(START + dt.timedelta(5), "", ""),
                          TODAY)
    assert {"attendees", "actions"} <= set(exc.value.errors)
    with uow() as u:
        cs.record_meeting(u.session, first, cs.MeetingInput(
            START + dt.timedelta(5), "Child\nMum\nCase manager",
            "Apply for college place"), TODAY)
        assert cs.meetings(u.session, episode_id)[0].held_on == START + dt.timedelta(5)


def test_release_needs_accommodation_ete_licence_and_the_window(uow, episode_id) -> None:
    halfway = START + (START + relativedelta(months=12) - START) / 2
    with pytest.raises(ValidationError) as exc, uow() as u:
        cs.release(u.session, episode_id, halfway, "", TODAY)
    assert {"accommodation_confirmed_on", "ete_confirmed_on",
            "licence_conditions"} <= set(exc.value.errors)
    with uow() as u:
        cs.confirm_resettlement(u.session, episode_id, cs.ResettlementInput(
            halfway - dt.timedelta(days=10), "Home with mum", halfway - dt.timedelta(days=5),
            "College from Monday"), TODAY)
    too_early = halfway - relativedelta(months=1) - dt.timedelta(days=1)
    with pytest.raises(ValidationError) as exc, uow() as u:
        cs.release(u.session, episode_id, too_early, "Live at home", TODAY)
    assert "halfway point" in exc.value.errors["release_date"]
    with uow() as u:
        cs.release(u.session, episode_id, halfway, "Live at home\nCurfew 19:00-07:00", TODAY)
    with uow() as u:
        ep = cs.get_episode(u.session, episode_id)
        assert (ep.status, ep.release_date) == ("on_licence", halfway)


def test_dashboard_counts_custody_and_remand(uow, actor, child_id, episode_id) -> None:
    with uow() as u:
        manager = make_user(u.session, actor, Role.TEAM_MANAGER, "mo")
    with uow(manager) as u:
        board = dashboard.build(u.session, TODAY)
        assert board.count("in_custody") == 1 and board.count("on_remand") == 0
        assert dict(dashboard.MEASURES)["on_remand"] == "On remand"


def test_custody_plan_pdf_reads_back(uow, episode_id, tmp_path) -> None:
    from yjdesk.reports.custody_plan import custody_plan_data, render_custody_plan

    with uow() as u:
        cs.set_placement(u.session, episode_id, "wetherby_yoi", START)
        first = cs.meetings(u.session, episode_id)[0].id
        cs.record_meeting(u.session, first, cs.MeetingInput(
            START + dt.timedelta(5), "Child, Mum", "Apply for college"), TODAY)
        data = custody_plan_data(u.session, episode_id)
    buf = io.BytesIO()
    render_custody_plan(data, buf)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(
        io.BytesIO(buf.getvalue())).pages).split())
    assert "Custody and resettlement plan" in text and "HMYOI Wetherby" in text
    assert "Apply for college" in text and "NOT YET CONFIRMED" in text
    assert "Early release from" in text  # a 12-month DTO has release windows
    (tmp_path / "custody.pdf").write_bytes(buf.getvalue())


def _change(session: Any, actor: Actor, current: dict[str, Any] | None,
            proposed: dict[str, Any]) -> rules.Change:
    return rules.Change(session=session, actor=actor, table=table_of(CustodyEpisode),
                        row_id="x", current=current, proposed=proposed)


def test_server_refuses_a_remand_without_laspo_and_an_unready_release(uow, actor,
                                                                      episode_id) -> None:
    with uow() as u:
        remand = {"child_id": "c", "kind": "remand_yda", "status": "in_custody",
                  "placement_date": TODAY.isoformat()}
        assert "designated authority" in str(rules.check(_change(u.session, actor, None,
                                                                 remand)))
        ep = u.session.scalars(select(CustodyEpisode)).one()
        row = {c.name: getattr(ep, c.name) for c in table_of(CustodyEpisode).c}
        row = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()}
        released = {**row, "status": "on_licence", "release_date": TODAY.isoformat(),
                    "licence_conditions": "Live at home"}
        assert "confirmed before release" in str(rules.check(_change(u.session, actor, row,
                                                                     released)))
