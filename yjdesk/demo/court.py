"""Demo court work: the hearings behind the court disposals (sentence and remand outcomes,
earlier adjournments for a report with the finalised, sent PSR), and a court list for the
coming fortnight (some hearings today and this week) with pre-sentence and stand-down
reports in every status of the gatekeeping workflow.

A generator for :func:`yjdesk.demo.generator._extensions` (``fn(conn, ctx)``), run after the
assessments generator: upcoming reports are pre-filled from the child's countersigned
stage as :func:`yjdesk.services.court.prefill.prefill` would. Finalised reports carry the
SHA-256 of :func:`yjdesk.services.court.psr.content_hash`, so ``verify`` passes.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session

from yjdesk.demo import court_text as T
from yjdesk.demo.support import (
    ChildFacts,
    Context,
    Row,
    at,
    child_facts,
    insert_all,
    new_id,
    sync_cols,
    table,
    team_roles,
)
from yjdesk.models.assessment import AssessmentAnswer, AssessmentStage
from yjdesk.models.court import (
    CourtHearing,
    HearingOffence,
    PreSentenceReport,
    PsrRequirement,
    PsrReview,
    PsrSent,
)
from yjdesk.models.justice import Disposal, Offence
from yjdesk.models.org import Role
from yjdesk.models.statuses import (
    HearingStatus,
    OffenceStatus,
    PsrReviewAction,
    PsrStatus,
    StageStatus,
)
from yjdesk.services.codes import codelist
from yjdesk.services.court.prefill import SOURCE_PREFIX, TEXT_FROM_ANSWERS
from yjdesk.services.court.psr import content_hash
from yjdesk.services.humanise import date_text
from yjdesk.services.workdays import working_days_before

SUPERVISED_SENTENCES = ("referral_order", "yro", "yro_iss", "dto")


def _fmt(rng: random.Random, options: tuple[str, ...], child: ChildFacts) -> str:
    return child.words(rng, options)


class _Court:
    def __init__(self, conn: Connection, ctx: Context) -> None:
        self.rng, self.today = ctx.rng, ctx.today
        self.roles = team_roles(ctx)
        courts = codelist("court")
        self.by_name = {c.label: c.code for c in courts.codes}
        self.labels = courts.label
        self.hearings: list[Row] = []
        self.links: list[Row] = []
        self.offences: list[Row] = []
        self.psrs: list[Row] = []
        self.requirements: list[Row] = []
        self.reviews: list[Row] = []
        self.finalised: list[tuple[Row, dt.datetime, str]] = []
        self.offences_of: dict[str, list[str]] = {}
        self.offence_codes: dict[str, str] = {}
        for oid, did, code in conn.execute(select(Offence.id, Offence.disposal_id,
                                                  Offence.offence_code).order_by(Offence.id)):
            self.offence_codes[oid] = code
            if did:
                self.offences_of.setdefault(did, []).append(oid)

    def staff(self, child: ChildFacts, role: Role) -> str:
        return (self.roles.get(child.team_id, {}).get(role) or [child.case_manager_id])[0]

    def hearing(self, child: ChildFacts, court: str, day: dt.date, kind: str,
                offences: list[str], **extra: Any) -> Row:
        rng = self.rng
        name, firm, email = rng.choice(T.SOLICITORS)
        row: Row = {
            "id": new_id(rng), "child_id": child.id, "court_code": court,
            "court_name": self.labels(court), "hearing_date": day,
            "hearing_time": rng.choice(T.TIMES), "hearing_type": kind,
            "status": HearingStatus.LISTED,
            "legal_representative": name, "legal_rep_firm": firm, "legal_rep_email": email,
            "court_officer_id": self.staff(child, Role.COURT_OFFICER), "notes": None,
            "outcome": None, "remand_type": None, "outcome_notes": None,
            "outcome_recorded_at": None, "outcome_recorded_by": None, "disposal_id": None,
            "next_hearing_id": None, **sync_cols()}
        row.update(extra)
        if row["outcome"]:
            row.update(status=HearingStatus.HEARD, outcome_recorded_at=at(day, 15, 30),
                       outcome_recorded_by=row["court_officer_id"])
        self.hearings.append(row)
        plea = "guilty" if row["outcome"] == "sentence" else None
        for oid in offences:
            self.links.append({"id": new_id(rng), "child_id": child.id,
                               "hearing_id": row["id"], "offence_id": oid, "plea": plea,
                               **sync_cols()})
        return row

    def report(self, child: ChildFacts, hearing: Row, status: str, requested: dt.date,
               stage: tuple[Row, dict[str, Any]] | None, kind: str = "psr") -> None:
        rng, manager = self.rng, self.staff(child, Role.TEAM_MANAGER)
        author = hearing["court_officer_id"]
        day: dt.date = hearing["hearing_date"]
        due = working_days_before(day, 1) if kind == "psr" else day
        due = max(due, requested)
        psr: Row = {
            "id": new_id(rng), "child_id": child.id, "hearing_id": hearing["id"],
            "kind": kind, "requested_on": requested, "due_date": due, "author_id": author,
            "status": status, "sources": None, "offence_analysis": None,
            "circumstances": None, "maturity": None, "needs": None, "strengths": None,
            "likelihood_of_reoffending": None, "reoffending_rationale": None,
            "risk_of_serious_harm": None, "serious_harm_rationale": None,
            "safety_wellbeing": None, "safety_wellbeing_rationale": None,
            "conclusion": None, "proposal_disposal_type": None, "proposal_months": None,
            "proposal_detail": None, "source_stage_id": None,
            "source_stage_countersigned_at": None, "submitted_at": None,
            "checked_by_id": None, "checked_at": None, "finalised_at": None,
            "finalised_by_id": None, "content_hash": None, **sync_cols()}
        self._prefill(psr, child, stage, self.offence_text(child, hearing["id"]))
        if status != PsrStatus.REQUESTED:
            psr["offence_analysis"] = psr["offence_analysis"] or self.offence_text(
                child, hearing["id"])
            psr["circumstances"] = psr["circumstances"] or "Lives at home with family."
        if status not in (PsrStatus.REQUESTED, PsrStatus.DRAFTING):
            self._complete(psr, child)
        self.psrs.append(psr)
        last = min(self.today, day) - dt.timedelta(days=1)
        r = PsrReviewAction
        steps = {PsrStatus.SUBMITTED: [r.SUBMITTED],
                 PsrStatus.RETURNED: [r.SUBMITTED, r.RETURNED],
                 PsrStatus.COURT_READY: [r.SUBMITTED, r.COURT_READY],
                 PsrStatus.FINALISED: [r.SUBMITTED, r.COURT_READY, r.FINALISED]
                 }.get(PsrStatus(status), [])
        when = at(max(requested, last - dt.timedelta(days=len(steps))), 10, 0)
        for n, action in enumerate(steps):
            stamp = when + dt.timedelta(days=n, hours=n)
            who = manager if action in (r.RETURNED, r.COURT_READY) else author
            comments = rng.choice(T.RETURN_COMMENTS) if action == r.RETURNED else None
            self.reviews.append({"id": new_id(rng), "child_id": child.id,
                                 "psr_id": psr["id"], "action": action, "by_id": who,
                                 "at": stamp, "comments": comments, **sync_cols()})
            if action == r.SUBMITTED:
                psr["submitted_at"] = stamp
            elif action == r.COURT_READY:
                psr.update(checked_by_id=manager, checked_at=stamp)
            elif action == r.FINALISED:
                psr.update(finalised_at=stamp, finalised_by_id=author)
                self.finalised.append((psr, stamp, author))

    def _prefill(self, psr: Row, child: ChildFacts,
                 stage: tuple[Row, dict[str, Any]] | None, offence: str) -> None:
        """Pre-fill as :func:`yjdesk.services.court.prefill.prefill` does, except that the
        assessment's own offence analysis (of the offence it was written for, an earlier
        one) gives way to the author's analysis of the offence before the court."""
        if stage is None:
            psr["sources"] = f"Interview with {child.name}\nPolice case summary"
            return
        st, values = stage
        signed: dt.datetime = st["countersigned_at"]
        psr.update(
            source_stage_id=st["id"], source_stage_countersigned_at=signed,
            likelihood_of_reoffending=st["likelihood_reoffending"],
            reoffending_rationale=st["likelihood_rationale"],
            risk_of_serious_harm=st["rosh"], serious_harm_rationale=st["rosh_rationale"],
            safety_wellbeing=st["safety_wellbeing"],
            safety_wellbeing_rationale=st["safety_wellbeing_rationale"])
        for section, keys in TEXT_FROM_ANSWERS.items():
            parts = [values[k].strip() for k in keys if isinstance(values.get(k), str)]
            if section == "offence_analysis":
                parts = [offence, *(values[k].strip() for k in keys
                                    if k != "offence_analysis" and isinstance(values.get(k), str))]
            psr[section] = "\n\n".join(p for p in parts if p) or None
        consulted = [s.strip() for s in str(values.get("sources_consulted") or "")
                     .splitlines() if s.strip()]
        psr["sources"] = "\n".join([f"{SOURCE_PREFIX}, countersigned "
                                    f"{date_text(signed)}", *consulted])

    def _complete(self, psr: Row, child: ChildFacts) -> None:
        rng = self.rng
        for name, text in (("maturity", "Young for {his} age and easily led by older peers."),
                           ("needs", "Education, emotional health and peer influence."),
                           ("strengths", "A supportive grandparent and a love of sport.")):
            psr[name] = psr[name] or _fmt(rng, (text,), child)
        if not psr["likelihood_of_reoffending"]:
            psr.update(likelihood_of_reoffending="medium", risk_of_serious_harm="medium",
                       safety_wellbeing="medium",
                       reoffending_rationale="Peer-related offending; part-time education.",
                       serious_harm_rationale="Used intimidation in a group; no weapon.",
                       safety_wellbeing_rationale="Unsupervised time with older peers.")
        proposal = rng.choice(sorted(T.PROPOSALS))
        psr.update(conclusion=_fmt(rng, (T.CONCLUSIONS[proposal],), child),
                   proposal_disposal_type=proposal,
                   proposal_months=rng.choice([6, 9, 12]) if proposal != "yro_iss" else 6,
                   proposal_detail=T.PROPOSALS[proposal])
        if proposal in ("yro", "yro_iss"):
            for pos, code in enumerate(["supervision", "activity"]):
                self.requirements.append({
                    "id": new_id(rng), "child_id": child.id, "psr_id": psr["id"],
                    "requirement_code": code, "detail": None,
                    "quantity": 30 if code == "activity" else None, "position": pos,
                    **sync_cols()})

    def offence_text(self, child: ChildFacts, hearing_id: str) -> str:
        """The offence analysis for the hearing's (first) offence, of its own kind."""
        codes = [self.offence_codes[link["offence_id"]] for link in self.links
                 if link["hearing_id"] == hearing_id
                 and link["offence_id"] in self.offence_codes]
        return _fmt(self.rng, (T.offence_analysis(codes[0] if codes else None),), child)

    def new_offence(self, child: ChildFacts) -> str:
        rng = self.rng
        code = rng.choice(codelist("offence_type").codes)
        oid = new_id(rng)
        self.offence_codes[oid] = code.code
        self.offences.append({
            "id": oid, "child_id": child.id,
            "offence_date": self.today - dt.timedelta(days=rng.randint(20, 70)),
            "offence_code": code.code, "description": None, "status": OffenceStatus.SUSPECTED,
            "gravity": int(code.extra["default_gravity"]),
            "victim_involved": rng.random() < 0.5,
            "serious_violence": bool(code.extra.get("serious_violence")), "disposal_id": None,
            **sync_cols()})
        return oid


def _weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _stages(conn: Connection, wanted: set[str]) -> dict[str, tuple[Row, dict[str, Any]]]:
    """The latest countersigned stage (and its answers) of each wanted child."""
    latest: dict[str, Row] = {}
    for r in conn.execute(select(AssessmentStage).where(
            AssessmentStage.status == StageStatus.COUNTERSIGNED)
            .order_by(AssessmentStage.countersigned_at)).mappings():
        if r["child_id"] in wanted:
            latest[r["child_id"]] = dict(r)
    ids = {st["id"]: cid for cid, st in latest.items()}
    values: dict[str, dict[str, Any]] = {cid: {} for cid in latest}
    id_list = list(ids)
    for start in range(0, len(id_list), 500):
        for sid, key, value in conn.execute(
                select(AssessmentAnswer.stage_id, AssessmentAnswer.question_key,
                       AssessmentAnswer.value)
                .where(AssessmentAnswer.stage_id.in_(id_list[start:start + 500]))):
            values[ids[sid]][key] = json.loads(value) if value is not None else None
    return {cid: (st, values[cid]) for cid, st in latest.items()}


def _upcoming_status(rng: random.Random, days: int) -> str:
    if days == 0:
        return rng.choice([PsrStatus.FINALISED, PsrStatus.FINALISED, PsrStatus.COURT_READY])
    if days <= 2:
        return rng.choice([PsrStatus.COURT_READY, PsrStatus.SUBMITTED, PsrStatus.FINALISED])
    if days <= 6:
        return rng.choice([PsrStatus.SUBMITTED, PsrStatus.DRAFTING, PsrStatus.RETURNED])
    return rng.choice([PsrStatus.REQUESTED, PsrStatus.DRAFTING])


def generate(conn: Connection, ctx: Context) -> None:
    rng, today = ctx.rng, ctx.today
    children = child_facts(conn)
    c = _Court(conn, ctx)
    kinds = codelist("disposal_type")
    upcoming: list[tuple[ChildFacts, str, list[str]]] = []
    body = dict(conn.execute(select(Disposal.id, Disposal.decision_body)
                             .where(Disposal.category.in_(("court", "remand")))).all())
    # a child going to court for sentence has a countersigned assessment, so the report
    # is pre-filled from it (the court officer sees where each rating came from)
    assessed = set(conn.scalars(select(AssessmentStage.child_id).where(
        AssessmentStage.status == StageStatus.COUNTERSIGNED).distinct()))
    for cid in ctx.child_ids:
        child, eps = children.get(cid), ctx.disposals.get(cid) or []
        if child is None:
            continue
        for did, kind, start, _end, outcome in eps:
            meta = kinds.get(kind)
            category = meta.extra.get("category") if meta else None
            if category not in ("court", "remand"):
                continue
            court = c.by_name.get(body.get(did) or "", "blackpool_youth")
            offences = c.offences_of.get(did, [])
            if category == "remand":
                c.hearing(child, court, start, "first_appearance", offences,
                          outcome="remand", disposal_id=did,
                          remand_type="bail_support" if kind == "bail_supervision" else kind)
                if outcome == "ongoing":
                    upcoming.append((child, "trial", offences))
                continue
            sentence = c.hearing(child, court, start, "sentence", offences,
                                 outcome="sentence", disposal_id=did,
                                 outcome_notes=rng.choice(T.OUTCOME_NOTES))
            if outcome == "ongoing" and kind in SUPERVISED_SENTENCES and rng.random() < 0.6:
                first = _weekday(start - dt.timedelta(days=rng.randint(21, 28)))
                if first < start:
                    c.hearing(child, court, first, "first_appearance", offences,
                              outcome="adjourned", next_hearing_id=sentence["id"])
                    c.report(child, sentence, PsrStatus.FINALISED, first, None)
        last = eps[-1] if eps else None
        if last and last[4] == "ongoing" and last[1] in SUPERVISED_SENTENCES \
                and rng.random() < 0.16 and cid in assessed:
            kind = rng.choice(["review", "breach", "sentence"])  # sentence: a new offence
            upcoming.append((child, kind, [c.new_offence(child)] if kind == "sentence" else []))
        elif rng.random() < 0.1 and cid in assessed:
            upcoming.append((child, rng.choice(["sentence", "sentence", "sentence",
                                                "first_appearance", "trial"]),
                             [c.new_offence(child)]))
    stages = _stages(conn, {ch.id for ch, _, _ in upcoming})
    # the list is fuller this week: reports requested at earlier hearings fall due now
    offsets = [0, 0, 0, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]
    for child, kind, offences in upcoming:
        day = _weekday(today + dt.timedelta(days=rng.choice(offsets)))
        court = rng.choice(["blackpool_youth", "preston_youth", "lancaster_youth"])
        row = c.hearing(child, court, day, kind, offences)
        days = (day - today).days
        if kind == "sentence":
            requested = today - dt.timedelta(days=rng.randint(8, 20))
            c.report(child, row, _upcoming_status(rng, days), requested, stages.get(child.id))
        elif kind == "first_appearance" and days == 0 and rng.random() < 0.6:
            c.report(child, row, PsrStatus.DRAFTING, today, stages.get(child.id), kind="stand_down")
    insert_all(conn, [(Offence, c.offences), (CourtHearing, c.hearings),
                      (HearingOffence, c.links), (PreSentenceReport, c.psrs),
                      (PsrRequirement, c.requirements), (PsrReview, c.reviews)])
    _finalise(conn, c)


def _finalise(conn: Connection, c: _Court) -> None:
    """Hash finalised reports with the court package's own function; record them sent."""
    sent: list[Row] = []
    hashes: list[Row] = []
    t = table(PreSentenceReport)
    with Session(bind=conn) as session:
        ids = [psr["hearing_id"] for psr, _, _ in c.finalised]
        loaded: list[CourtHearing] = []  # keeps hearings in the identity map
        for start in range(0, len(ids), 500):
            loaded.extend(session.scalars(select(CourtHearing).where(
                CourtHearing.id.in_(ids[start:start + 500]))))
        for psr, stamp, author in c.finalised:
            psr_ns: Any = SimpleNamespace(**psr)
            digest = content_hash(session, psr_ns)
            hashes.append({"pid": psr["id"], "digest": digest})
            for n, (kind, name, method) in enumerate((
                    ("court", "Youth court legal adviser", "court_store"),
                    ("defence", "Defence solicitor", "secure_email"))):
                sent.append({"id": new_id(c.rng), "child_id": psr["child_id"],
                             "psr_id": psr["id"], "recipient_type": kind,
                             "recipient_name": name, "method": method,
                             "sent_at": stamp + dt.timedelta(minutes=20 + n * 5),
                             "sent_by_id": author, "content_hash": digest, **sync_cols()})
        del loaded
    if hashes:
        conn.execute(update(t).where(t.c.id == bindparam("pid"))
                     .values(content_hash=bindparam("digest")), hashes)
    insert_all(conn, [(PsrSent, sent)])
