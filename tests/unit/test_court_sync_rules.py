"""The sync service's court-report rules, on the server's own Change type."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from tests.conftest import TODAY
from tests.unit import test_court_psr as base
from tests.unit.test_court_psr import full_input
from yjdesk.models.court import PreSentenceReport, PsrRequirement
from yjdesk.server import rules
from yjdesk.services.court import gatekeeping as gk
from yjdesk.services.court import psr as ps
from yjdesk.services.uow import Actor

officer = base.officer
manager = base.manager
hearing_id = base.hearing_id


def _change(session: Session, actor: Actor, table: Any, current: dict[str, Any] | None,
            proposed: dict[str, Any]) -> rules.Change:
    return rules.Change(session=session, actor=actor, table=table, row_id="x",
                        current=current, proposed=proposed)


def _row(psr: PreSentenceReport) -> dict[str, Any]:
    return {c.name: getattr(psr, c.name) for c in PreSentenceReport.__table__.c}


def test_court_rules(uow, officer, manager, hearing_id) -> None:
    with uow(officer) as u:
        psr_id = ps.request_report(u.session, hearing_id, requested_on=TODAY).id
        ps.update_report(u.session, psr_id, full_input())
        gk.submit_for_check(u.session, psr_id)
    table = PreSentenceReport.__table__
    with uow(officer) as u:
        submitted = _row(ps.get_psr(u.session, psr_id))
        ready = {**submitted, "status": "court_ready", "checked_by_id": officer.user_id}
        assert "team manager" in str(rules.check(_change(u.session, officer, table,
                                                         submitted, ready)))
        early = {**submitted, "status": "finalised", "content_hash": "a" * 64}
        assert "quality check" in str(rules.check(_change(u.session, officer, table,
                                                          submitted, early)))
    with uow(manager) as u:
        ready = {**submitted, "status": "court_ready", "checked_by_id": manager.user_id}
        assert rules.check(_change(u.session, manager, table, submitted, ready)) is None
        own = {**ready, "author_id": manager.user_id}
        assert "wrote" in str(rules.check(_change(u.session, manager, table, submitted, own)))
        gk.mark_court_ready(u.session, psr_id)
    with uow(officer) as u:
        gk.finalise(u.session, psr_id)
    with uow(officer) as u:
        final = _row(ps.get_psr(u.session, psr_id))
        assert rules.check(_change(u.session, officer, table, ready, final)) is None
        changed = {**final, "conclusion": "Custody."}
        assert "finalised" in str(rules.check(_change(u.session, officer, table, final,
                                                      changed)))
        req = u.session.query(PsrRequirement).filter_by(psr_id=psr_id).first()
        assert req is not None
        req_row = {c.name: getattr(req, c.name) for c in PsrRequirement.__table__.c}
        assert "finalised" in str(rules.check(_change(
            u.session, officer, PsrRequirement.__table__, req_row,
            {**req_row, "quantity": 99})))
