"""Pre-sentence and stand-down reports: requesting, pre-filling, editing.

A report is requested for a hearing and pre-filled from the child's latest countersigned
assessment stage (ratings and rationales), naming the stage it came from. It can be edited
offline while it is requested, drafting or returned; see
:mod:`~yjdesk.services.court.gatekeeping` for the quality check, finalising and sending.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import LowerWord, Message, RecordLocked, ValidationError, Word, WorkflowError
from yjdesk.models.base import not_deleted
from yjdesk.models.court import PreSentenceReport, PsrRequirement
from yjdesk.models.statuses import PsrStatus
from yjdesk.models.types import utcnow
from yjdesk.services.codes import codelist
from yjdesk.services.court.hearings import get_hearing, require_court_role
from yjdesk.services.court.prefill import assessment_warnings, prefill
from yjdesk.services.court.sync_rules import EDITABLE as EDITABLE
from yjdesk.services.court.sync_rules import not_editable_refusal
from yjdesk.services.fetch import child_rows, fetch_live
from yjdesk.services.orders.limits import proposal_months_error
from yjdesk.services.uow import actor_of
from yjdesk.services.validation import Errors

#: The text sections of a report, in the order a court reads them, with their titles.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("offence_analysis", "Offence analysis"),
    ("circumstances", "The child's circumstances"),
    ("maturity", "Maturity"),
    ("needs", "Needs"),
    ("strengths", "Strengths and protective factors"),
    ("conclusion", "Conclusion"),
)
RATINGS: tuple[tuple[str, str, str], ...] = (
    ("likelihood_of_reoffending", "reoffending_rationale", "Likelihood of reoffending"),
    ("risk_of_serious_harm", "serious_harm_rationale", "Risk of serious harm to others"),
    ("safety_wellbeing", "safety_wellbeing_rationale", "Safety and wellbeing concerns"),
)
#: What must be written before a report can be submitted for its quality check.
REQUIRED: dict[str, tuple[str, ...]] = {
    "psr": ("sources", "offence_analysis", "circumstances", "maturity", "needs", "strengths",
            "likelihood_of_reoffending", "reoffending_rationale", "risk_of_serious_harm",
            "serious_harm_rationale", "safety_wellbeing", "safety_wellbeing_rationale",
            "conclusion", "proposal_disposal_type"),
    "stand_down": ("sources", "offence_analysis", "circumstances",
                   "likelihood_of_reoffending", "reoffending_rationale",
                   "risk_of_serious_harm", "serious_harm_rationale", "conclusion",
                   "proposal_disposal_type"),
}
LABELS: dict[str, str] = {
    "sources": "Sources of information",
    "proposal_disposal_type": "Proposed sentence",
    "assessment_basis": "How the ratings were assessed",
    **{key: title for key, title in SECTIONS},
    **{r: title for r, _, title in RATINGS},
    **{why: f"{title}: rationale" for _, why, title in RATINGS},
}


@dataclass
class ProposedRequirement:
    requirement_code: str
    detail: str | None = None
    quantity: int | None = None


@dataclass
class PsrInput:
    """Everything the author writes. ``sources`` is a list, one source a line."""

    sources: list[str] = field(default_factory=list)
    offence_analysis: str | None = None
    circumstances: str | None = None
    maturity: str | None = None
    needs: str | None = None
    strengths: str | None = None
    likelihood_of_reoffending: str | None = None
    reoffending_rationale: str | None = None
    risk_of_serious_harm: str | None = None
    serious_harm_rationale: str | None = None
    safety_wellbeing: str | None = None
    safety_wellbeing_rationale: str | None = None
    conclusion: str | None = None
    proposal_disposal_type: str | None = None
    proposal_months: int | None = None
    proposal_detail: str | None = None
    requirements: list[ProposedRequirement] = field(default_factory=list)
    #: How the ratings were assessed when no countersigned assessment stands behind them.
    assessment_basis: str | None = None

    @classmethod
    def from_report(cls, session: Session, psr: PreSentenceReport) -> PsrInput:
        text_fields = [f for f in cls.__dataclass_fields__ if f not in ("sources",
                                                                         "requirements")]
        out = cls(**{f: getattr(psr, f) for f in text_fields})
        out.sources = source_list(psr)
        out.requirements = [ProposedRequirement(r.requirement_code, r.detail, r.quantity)
                            for r in proposed_requirements(session, psr.id)]
        return out


def source_list(psr: PreSentenceReport) -> list[str]:
    return [line.strip() for line in (psr.sources or "").splitlines() if line.strip()]


def get_psr(session: Session, psr_id: str) -> PreSentenceReport:
    psr = fetch_live(session, PreSentenceReport, psr_id, "This report is not on this laptop.")
    return psr


def proposed_requirements(session: Session, psr_id: str) -> list[PsrRequirement]:
    return list(session.scalars(select(PsrRequirement).where(
        PsrRequirement.psr_id == psr_id, not_deleted(PsrRequirement))
        .order_by(PsrRequirement.position)))


def reports_for_hearing(session: Session, hearing_id: str) -> list[PreSentenceReport]:
    return list(session.scalars(select(PreSentenceReport).where(
        PreSentenceReport.hearing_id == hearing_id, not_deleted(PreSentenceReport))
        .order_by(PreSentenceReport.requested_on)))


def reports_for_child(session: Session, child_id: str) -> list[PreSentenceReport]:
    return child_rows(session, PreSentenceReport, child_id, PreSentenceReport.due_date.desc())


# --- pre-fill from the assessment ---------------------------------------------------------


def refresh_from_assessment(session: Session, psr_id: str) -> PreSentenceReport:
    """Pull the ratings again (e.g. after a newer stage was countersigned)."""
    psr = get_psr(session, psr_id)
    _check_editable(psr)
    prefill(session, psr)
    if psr.status == PsrStatus.REQUESTED:
        psr.status = PsrStatus.DRAFTING
    session.flush()
    return psr


# --- requesting and editing ---------------------------------------------------------------


def request_report(session: Session, hearing_id: str, *, kind: str = "psr",
                   requested_on: dt.date | None = None, due_date: dt.date | None = None,
                   author_id: str | None = None) -> PreSentenceReport:
    """The court asks for a report for a hearing; it arrives pre-filled from the assessment."""
    require_court_role(session)
    hearing = get_hearing(session, hearing_id)
    requested_on = requested_on or dt.date.today()
    due = due_date or hearing.hearing_date
    e = Errors()
    if kind not in codelist("psr_kind"):
        e.add("kind", "Choose a pre-sentence report or a stand-down report.")
    if hearing.outcome == "sentence":
        e.add("hearing_id", "The child has already been sentenced at this hearing.")
    if due > hearing.hearing_date:
        e.add("due_date", "The report must be due on or before the hearing it is for.")
    if due < requested_on:
        e.add("due_date", "The due date cannot be before the request.")
    if any(r.kind == kind for r in reports_for_hearing(session, hearing_id)):
        e.add("kind", "This hearing already has a report of this kind.")
    e.raise_if_any()
    psr = PreSentenceReport(
        child_id=hearing.child_id, hearing_id=hearing.id, kind=kind,
        requested_on=requested_on, due_date=due, status=PsrStatus.REQUESTED,
        author_id=author_id or actor_of(session).user_id)
    session.add(psr)
    prefill(session, psr)
    session.flush()
    return psr


def _check_editable(psr: PreSentenceReport) -> None:
    if psr.status == PsrStatus.FINALISED:
        raise RecordLocked("This report has been finalised and is locked; it cannot be "
                           "changed.")
    refused = not_editable_refusal(psr.status)
    if refused:
        raise WorkflowError(refused)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    return value.strip() or None


def validate_input(data: PsrInput) -> None:
    e = Errors()
    ratings = codelist("psr_rating")
    for rating, _, title in RATINGS:
        value = getattr(data, rating)
        code = ratings.get(value) if value else None
        if value and (code is None or rating in code.extra.get("not_for", [])):
            e.add(rating, "Choose a rating for %1 from the list.", LowerWord(title))
    if data.proposal_disposal_type:
        kind = codelist("disposal_type").get(data.proposal_disposal_type)
        if kind is None or kind.extra.get("category") != "court":
            e.add("proposal_disposal_type", "Choose a sentence the court can pass.")
    message = proposal_months_error(data.proposal_disposal_type, data.proposal_months,
                                    dt.date.today())
    if message:
        e.add("proposal_months", message)
    for i, req in enumerate(data.requirements):
        if req.requirement_code not in codelist("requirement"):
            e.add(f"requirements[{i}]", "Unknown requirement.")
        elif req.quantity is not None and req.quantity < 0:
            e.add(f"requirements[{i}]", "A quantity cannot be negative.")
    e.raise_if_any()


def update_report(session: Session, psr_id: str, data: PsrInput) -> PreSentenceReport:
    """Save the author's text (offline, any number of times while the report is editable)."""
    require_court_role(session)
    psr = get_psr(session, psr_id)
    _check_editable(psr)
    validate_input(data)
    psr.sources = "\n".join(s.strip() for s in data.sources if s.strip()) or None
    for name in ("offence_analysis", "circumstances", "maturity", "needs", "strengths",
                 "reoffending_rationale", "serious_harm_rationale",
                 "safety_wellbeing_rationale", "conclusion", "proposal_detail",
                 "assessment_basis"):
        setattr(psr, name, _clean(getattr(data, name)))
    for name in ("likelihood_of_reoffending", "risk_of_serious_harm", "safety_wellbeing",
                 "proposal_disposal_type"):
        setattr(psr, name, getattr(data, name) or None)
    psr.proposal_months = data.proposal_months
    existing = proposed_requirements(session, psr.id)
    for i, req in enumerate(data.requirements):
        if i < len(existing):
            row = existing[i]
            row.requirement_code = req.requirement_code
            row.detail = _clean(req.detail)
            row.quantity = req.quantity
        else:
            session.add(PsrRequirement(child_id=psr.child_id, psr_id=psr.id, position=i,
                                       requirement_code=req.requirement_code,
                                       detail=_clean(req.detail), quantity=req.quantity))
    for row in existing[len(data.requirements):]:
        row.deleted = True
    if psr.status == PsrStatus.REQUESTED:
        psr.status = PsrStatus.DRAFTING
    session.flush()
    return psr


BASIS_MISSING = ("No countersigned, recent assessment stands behind this report: say how the "
                 "ratings were assessed for it (this statement is printed in the report).")


class SectionsChangedElsewhere(ValidationError):
    """Sections an editor typed in that changed in the store since the editor read them (a
    colleague's edit arrived by sync): nothing is saved. ``now``: what each holds now (the
    screen quotes it, so that saving again replaces it knowingly)."""

    def __init__(self, now: dict[str, Any]) -> None:
        self.now = now
        super().__init__({key: "Changed on another laptop since you opened this report."
                          for key in now})


def save_sections(session: Session, psr_id: str, data: PsrInput, sections: set[str],
                  expected: dict[str, Any]) -> PsrInput:
    """Save only ``sections`` of ``data`` (the ones typed in), each only if the store still
    holds what the editor read (``expected``: section -> value); every other section keeps
    what is stored now, which may be newer than the editor's copy. Returns the report as
    saved. Raises :class:`SectionsChangedElsewhere` -- never overwrites a newer text."""
    psr = get_psr(session, psr_id)
    now = PsrInput.from_report(session, psr)
    clashes = {key: getattr(now, key) for key, was in expected.items()
               if getattr(now, key) != was}
    if clashes:
        raise SectionsChangedElsewhere(clashes)
    update_report(session, psr_id, dataclasses.replace(
        now, **{key: getattr(data, key) for key in sections}))
    return PsrInput.from_report(session, psr)


def needs_basis(psr: PreSentenceReport, today: dt.date | None = None) -> bool:
    """Does the report need its own statement of how the ratings were assessed?"""
    return bool(assessment_warnings(psr, today or utcnow().date()))


def missing_sections(session: Session, psr: PreSentenceReport) -> dict[str, str]:
    """The sections still to write before the report can go for its quality check."""
    out: dict[str, str] = {}
    if needs_basis(psr) and not psr.assessment_basis:
        out["assessment_basis"] = BASIS_MISSING
    for name in REQUIRED.get(psr.kind, REQUIRED["psr"]):
        value = source_list(psr) if name == "sources" else getattr(psr, name)
        if not value:
            out[name] = Message("%1 is required before the report can be checked.",
                                Word(LABELS[name]))
    kind = codelist("disposal_type").get(psr.proposal_disposal_type or "")
    if kind is not None and kind.code in ("yro", "yro_iss") \
            and not proposed_requirements(session, psr.id):
        out["requirements"] = "A youth rehabilitation order needs at least one requirement."
    return out


def require_complete(session: Session, psr: PreSentenceReport) -> None:
    missing = missing_sections(session, psr)
    if missing:
        raise ValidationError(missing)


# --- the content that is hashed -----------------------------------------------------------


def canonical_content(session: Session, psr: PreSentenceReport) -> str:
    """The report's content as canonical JSON: what the finalised hash covers."""
    hearing = get_hearing(session, psr.hearing_id)
    body: dict[str, Any] = {
        "id": psr.id, "kind": psr.kind, "child_id": psr.child_id,
        "hearing": {"id": hearing.id, "court": hearing.court_name,
                    "date": hearing.hearing_date.isoformat(), "time": hearing.hearing_time},
        "author_id": psr.author_id, "checked_by_id": psr.checked_by_id,
        "source_stage_id": psr.source_stage_id,
        "sources": source_list(psr),
        "requirements": [{"code": r.requirement_code, "detail": r.detail,
                          "quantity": r.quantity}
                         for r in proposed_requirements(session, psr.id)],
    }
    for name in ("offence_analysis", "circumstances", "maturity", "needs", "strengths",
                 "likelihood_of_reoffending", "reoffending_rationale", "risk_of_serious_harm",
                 "serious_harm_rationale", "safety_wellbeing", "safety_wellbeing_rationale",
                 "conclusion", "proposal_disposal_type", "proposal_months",
                 "proposal_detail"):
        body[name] = getattr(psr, name)
    basis = getattr(psr, "assessment_basis", None)
    if basis:  # absent from reports finalised before it existed
        body["assessment_basis"] = basis
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(session: Session, psr: PreSentenceReport) -> str:
    return hashlib.sha256(canonical_content(session, psr).encode("utf-8")).hexdigest()
