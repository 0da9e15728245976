"""Pathway referrals and meetings (the practitioner and the health worker record them), and
the facts they carry into a new assessment stage."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import NotFound, ValidationError
from yjdesk.models.assessment import AssessmentAnswer
from yjdesk.models.base import not_deleted
from yjdesk.models.pathways import PathwayMeeting, PathwayReferral
from yjdesk.services import pathways as _registration  # noqa: F401  (health worker writes)
from yjdesk.services.children import get_child
from yjdesk.services.fetch import child_rows
from yjdesk.services.pathways.rules import meeting_problems, referral_problems, waiting_days


@dataclass
class ReferralInput:
    pathway: str
    referral_date: dt.date | None
    reason: str | None = None
    screening: str | None = None
    service: str | None = None
    first_seen_date: dt.date | None = None
    outcome: str | None = None
    outcome_date: dt.date | None = None
    reasonable_grounds: str | None = None
    reasonable_grounds_date: dt.date | None = None
    conclusive_grounds: str | None = None
    conclusive_grounds_date: dt.date | None = None
    mappa_category: int | None = None
    mappa_level: int | None = None
    detail: str | None = None


FIELDS = tuple(f.name for f in fields(ReferralInput))


def _clean(value: object) -> object:
    return (value.strip() or None) if isinstance(value, str) else value


def save_referral(session: Session, child_id: str, data: ReferralInput, today: dt.date,
                  referral_id: str | None = None) -> PathwayReferral:
    """Record or update a referral; bad input is refused before anything is written."""
    get_child(session, child_id, audit_view=False)
    row = {name: _clean(getattr(data, name)) for name in FIELDS}
    errors = referral_problems(row, today)
    if errors:
        raise ValidationError(errors)
    if referral_id is None:
        ref = PathwayReferral(child_id=child_id)
        session.add(ref)
    else:
        found = session.get(PathwayReferral, referral_id)
        if found is None or found.deleted or found.child_id != child_id:
            raise NotFound("No such referral.")
        ref = found
    for name, value in row.items():
        setattr(ref, name, value)
    session.flush()
    return ref


def add_meeting(session: Session, referral_id: str, meeting_date: dt.date | None,
                today: dt.date, *, mappa_level: int | None = None,
                risk_level: str | None = None, outcome: str | None = None) -> PathwayMeeting:
    ref = session.get(PathwayReferral, referral_id)
    referral = None if ref is None or ref.deleted else {
        "referral_date": ref.referral_date, "pathway": ref.pathway}
    row = {"meeting_date": meeting_date, "mappa_level": mappa_level, "risk_level": risk_level}
    errors = meeting_problems(row, referral, today)
    if errors:
        raise ValidationError(errors)
    assert ref is not None and meeting_date is not None
    meeting = PathwayMeeting(child_id=ref.child_id, referral_id=ref.id,
                             meeting_date=meeting_date, mappa_level=mappa_level,
                             risk_level=risk_level, outcome=_clean(outcome))  # type: ignore[arg-type]
    session.add(meeting)
    if mappa_level is not None:
        ref.mappa_level = mappa_level
    session.flush()
    return meeting


def referrals(session: Session, child_id: str) -> list[PathwayReferral]:
    return child_rows(session, PathwayReferral, child_id, PathwayReferral.referral_date.desc())


def meetings(session: Session, referral_id: str) -> list[PathwayMeeting]:
    return list(session.scalars(select(PathwayMeeting).where(
        PathwayMeeting.referral_id == referral_id, not_deleted(PathwayMeeting))
        .order_by(PathwayMeeting.meeting_date)))


def waiting(ref: PathwayReferral, today: dt.date) -> int:
    return waiting_days(ref.referral_date, ref.first_seen_date, today)


# --- carried-forward facts for assessments -----------------------------------------------

ATTENDING = ("attending", "treatment_started", "completed")


def _intervention(ref: PathwayReferral) -> str:
    """An assessment's intervention answer from a referral's state."""
    if ref.outcome in ATTENDING or (ref.first_seen_date and ref.outcome is None):
        return "attending"
    if ref.outcome in ("accepted", "declined_by_child"):
        return "offered"
    return "planned"


def assessment_facts(session: Session, child_id: str,
                     on: dt.date) -> dict[str, tuple[Any, dt.date]]:
    """Question key -> (value, as-at date) from the child's pathway records up to ``on``."""
    facts: dict[str, tuple[Any, dt.date]] = {}
    refs = [r for r in referrals(session, child_id) if r.referral_date <= on]
    refs.sort(key=lambda r: r.referral_date)  # later referrals win
    for ref in refs:
        when = ref.outcome_date or ref.first_seen_date or ref.referral_date
        if ref.outcome in ("not_accepted", "nfa"):
            continue
        if ref.pathway == "camhs":
            facts["mental_health_need"] = (True, ref.referral_date)
            facts["mental_health_intervention"] = (_intervention(ref), when)
        elif ref.pathway == "substance_misuse":
            facts["substance_misuse_need"] = (True, ref.referral_date)
            facts["substance_misuse_intervention"] = (_intervention(ref), when)
        elif ref.pathway == "slt":
            facts["speech_language_need"] = (True, ref.referral_date)
        elif ref.pathway == "nrm" and ref.reasonable_grounds == "positive":
            facts["criminal_exploitation"] = (True, ref.reasonable_grounds_date or when)
        elif ref.pathway == "exploitation":
            risks = [m.risk_level for m in meetings(session, ref.id)
                     if m.meeting_date <= on]
            if risks and risks[-1] in ("medium", "high"):
                facts["criminal_exploitation"] = (True, when)
        elif ref.pathway == "mappa":
            facts["mappa_eligible"] = (True, ref.referral_date)
            if ref.mappa_category:
                facts["mappa_category"] = (ref.mappa_category, ref.referral_date)
            if ref.mappa_level:
                facts["mappa_level"] = (ref.mappa_level, when)
    return facts


def prefill_stage(session: Session, stage_id: str, today: dt.date) -> list[str]:
    """Write the pathway facts into a stage's unanswered questions (as at the pathway's
    dates); returns the keys written. The practitioner can change them like any answer."""
    from yjdesk.services.assessments import forms, stages

    stage = stages.get_stage(session, stage_id)
    form = forms.load(stage.form_version)
    have = stages.answers(session, stage.id)
    wanted = {k: v for k, v in assessment_facts(session, stage.child_id, today).items()
              if form.question(k) is not None and (k not in have or have[k].value is None)}
    if not wanted:
        return []
    stages.save_answers(session, stage.id, {k: v for k, (v, _on) in wanted.items()},
                        today=today)
    rows = stages.answers(session, stage.id)
    for key, (_v, on) in wanted.items():
        row: AssessmentAnswer | None = rows.get(key)
        if row is not None:
            row.as_at = min(on, today)
    session.flush()
    return sorted(wanted)


