"""The demo's victims: realistic proportions, every record obeys the victim rules, and the
demo victim worker (not the practitioner) can open them."""

from __future__ import annotations

from collections import defaultdict

import pytest
from sqlalchemy import select

from tests.conftest import TODAY
from tests.unit.test_demo_features import _uow, demo_store  # noqa: F401
from yjdesk.demo.generator import DEMO_USERNAME
from yjdesk.errors import PermissionDenied
from yjdesk.models import Offence, Victim, VictimOffence, VictimSafetySummary
from yjdesk.services.victims import records
from yjdesk.services.victims.rules import victim_problems
from yjdesk.store import LocalStore


def test_demo_victims_are_realistic_and_obey_the_rules(demo_store: LocalStore) -> None:  # noqa: F811
    with demo_store.session() as s:
        victims = s.scalars(select(Victim)).all()
        dates = {r[0]: r[1] for r in s.execute(select(Offence.id, Offence.offence_date))}
        linked: dict[str, list[str]] = defaultdict(list)
        for vid, oid in s.execute(select(VictimOffence.victim_id, VictimOffence.offence_id)):
            linked[vid].append(oid)
        summaries = {r.victim_ref: r for r in s.scalars(select(VictimSafetySummary))}
        with_victim = s.scalar(select(Offence.id).where(Offence.victim_involved.is_(True))
                               .limit(1))
        child = s.scalar(select(Victim.child_id).limit(1))
    assert len(victims) > 50 and with_victim is not None
    for v in victims:
        row = {c.name: getattr(v, c.name) for c in Victim.__table__.columns}
        assert linked[v.id], v.id
        assert victim_problems(row, [dates[o] for o in linked[v.id]], TODAY) == {}, v.id
        assert v.id in summaries
    asked = [v for v in victims if v.consent_to_contact is not None]
    consented = [v for v in asked if v.consent_to_contact]
    engaged = [v for v in consented if v.rj_took_part]
    assert 0.35 < len(consented) / len(asked) < 0.75
    assert 0.2 < len(engaged) / len(consented) < 0.6
    assert 0.03 < sum(v.kind == "organisation" for v in victims) / len(victims) < 0.2
    concerns = [s for s in summaries.values() if s.concerns]
    assert 0.05 < len(concerns) / len(victims) < 0.35
    assert all(s.summary for s in concerns)
    assert child is not None
    with _uow(demo_store, "vicky.victims") as u:
        assert records.victims(u.session, child)
    with _uow(demo_store, DEMO_USERNAME) as u, pytest.raises(PermissionDenied):
        records.victims(u.session, child)


def test_demo_pathways_are_realistic_and_obey_the_rules(demo_store: LocalStore) -> None:  # noqa: F811
    from collections import Counter

    from yjdesk.models import Child, PathwayMeeting, PathwayReferral
    from yjdesk.services.pathways.rules import meeting_problems, referral_problems

    with demo_store.session() as s:
        children = len(s.scalars(select(Child.id)).all())
        refs = s.scalars(select(PathwayReferral)).all()
        meetings = s.scalars(select(PathwayMeeting)).all()
        by_id = {r.id: r for r in refs}
        for r in refs:
            row = {c.name: getattr(r, c.name) for c in PathwayReferral.__table__.columns}
            assert referral_problems(row, TODAY) == {}, r.id
        for m in meetings:
            ref = by_id[m.referral_id]
            assert meeting_problems({"meeting_date": m.meeting_date, "mappa_level":
                                     m.mappa_level, "risk_level": m.risk_level},
                                    {"referral_date": ref.referral_date,
                                     "pathway": ref.pathway}, TODAY) == {}
    kinds = Counter(r.pathway for r in refs)
    assert 0.15 < kinds["camhs"] / children < 0.35
    assert kinds["mappa"] < kinds["nrm"] + 5 < kinds["slt"] + 5
    assert meetings
