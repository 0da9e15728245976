"""Demo assessments: a start stage for every child on a current intervention (most
countersigned by the team manager, some awaiting a countersign, some drafts), and
countersigned start and end stages for children whose last intervention ended recently.

A generator for :func:`yjdesk.demo.generator._extensions` (``fn(conn, ctx)``): bulk Core inserts,
deterministic from ``ctx.rng``, no audit. Answers follow the current form definition and
pass its quality checks; countersigned stages carry the real content hash
(:func:`yjdesk.services.assessments.hashing.content_hash`), so ``verify`` passes.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, select

from yjdesk.demo import assessments_text as T
from yjdesk.demo.court_text import offence_analysis
from yjdesk.demo.support import (
    ChildFacts,
    Context,
    Row,
    at,
    child_facts,
    insert_all,
    new_id,
    sync_cols,
    team_roles,
)
from yjdesk.models.assessment import AssessmentAnswer, AssessmentEvent, AssessmentStage
from yjdesk.models.justice import Offence
from yjdesk.models.org import Role
from yjdesk.models.statuses import StageEvent, StageStatus
from yjdesk.services.assessments import forms
from yjdesk.services.assessments.hashing import CONTENT_COLUMNS, content_hash
from yjdesk.services.assessments.timeliness import add_working_days, assessment_due, countersign_due

#: 0 = prevention / diversion ... 3 = custody and intensive orders.
TIER = {"referral_order": 1, "youth_conditional_caution": 1, "fine": 1,
        "conditional_discharge": 1, "yro": 2, "bail_supervision": 2, "remand_la": 2,
        "yro_iss": 3, "dto": 3}
LIKELY = ([75, 22, 3], [40, 50, 10], [15, 55, 30], [5, 35, 60])
ROSH_W = ([85, 14, 1, 0], [55, 40, 5, 0], [25, 55, 18, 2], [5, 40, 45, 10])
SWB_W = ([55, 38, 7, 0], [35, 50, 14, 1], [20, 50, 27, 3], [10, 35, 45, 10])
RANK = ("low", "medium", "high", "very_high")
NO_ASSESSMENT = ("nfa",)
#: Disposals whose ended interventions get start and end stages (supervised court orders).
HISTORIC = ("referral_order", "yro", "yro_iss", "dto")
#: Information answers an assessor sometimes leaves unanswered.
OPTIONAL = ("parenting", "family_relationships", "physical_health", "offending_patterns",
            "attitudes", "victims", "goals", "maturity", "substance_notes")


def _words(rng: random.Random, options: tuple[str, ...], child: ChildFacts) -> str:
    return child.words(rng, options)


def _chain(rng: random.Random) -> str:
    return rng.choices(["none", "planned", "offered", "attending"], [10, 25, 25, 40])[0]


def _at_least(value: str, floor: str) -> str:
    return value if RANK.index(value) >= RANK.index(floor) else floor


def answers_for(rng: random.Random, child: ChildFacts, kind: str,
                offence: str) -> dict[str, Any]:
    """A complete, consistent answer set for a child on a disposal of ``kind``."""
    tier = TIER.get(kind, 0)
    w = lambda opts: _words(rng, opts, child)  # noqa: E731
    p = (0.2, 0.3, 0.4, 0.5)[tier]
    mh = rng.random() < p
    sub = rng.random() < p * 0.8
    ce = rng.random() < (0.05, 0.15, 0.25, 0.4)[tier]
    se = rng.random() < (0.12 if child.gender == "female" else 0.02) * (1 + tier)
    cl = (rng.choices(["at_risk", "involved", "previously_involved"], [50, 30, 20])[0]
          if ce else rng.choices(["none", "at_risk"], [92, 8])[0])
    missing = rng.random() < (0.05, 0.12, 0.2, 0.35)[tier] + (0.3 if ce else 0)
    harm_hist = rng.random() < (0.08, 0.12, 0.18, 0.25)[tier]
    harm_now = harm_hist and rng.random() < 0.3
    send = rng.random() < 0.3 or child.diversity_needs is not None
    ehcp = send and rng.random() < 0.4
    ete = child.ete_status or "not_known"
    hours = child.ete_hours if ete not in ("neet", "excluded", "not_known") else 0
    acc = child.accommodation or "family_home"
    likely = rng.choices(RANK[:3], LIKELY[tier])[0]
    rosh = rng.choices(RANK, ROSH_W[tier])[0]
    swb = rng.choices(RANK, SWB_W[tier])[0]
    if ce or se or harm_now or cl == "involved" or missing:
        swb = _at_least(swb, "medium")
    if harm_now or cl == "involved":
        swb = _at_least(swb, "high")
    if rosh in ("high", "very_high") or likely == "high":
        level = "intensive" if tier == 3 or rosh == "very_high" else "enhanced"
    elif "medium" in (rosh, likely, swb) or swb in ("high", "very_high"):
        level = "enhanced" if tier else rng.choice(["standard", "enhanced"])
    else:
        level = "standard"
    child_done = rng.random() < 0.85
    parent_done = rng.random() < 0.75
    hurt = child_done and (harm_now or (harm_hist and rng.random() < 0.3))
    unsafe = child_done and (ce or cl != "none") and rng.random() < 0.5
    parent_fear = parent_done and (missing or ce) and rng.random() < 0.6
    swb_why = w(T.SAFETY[swb])
    if hurt:
        swb_why += " " + w((T.HURT_SELF,))
    if unsafe or parent_fear:
        swb_why += " " + w((T.UNSAFE,))
    mappa = tier == 3 and rosh in ("high", "very_high") and rng.random() < 0.3
    v: dict[str, Any] = {
        "accommodation_type": acc, "accommodation_suitable": bool(
            child.suitable if child.suitable is not None else acc != "sofa_surfing"),
        "living_notes": w(T.LIVING.get(acc) or T.LIVING["family_home"]),
        "parenting": w(T.PARENTING),
        "family_relationships": w(T.FAMILY), "family_at_risk": False,
        "ete_status": ete, "ete_hours": hours, "send": send, "ehcp": ehcp,
        "learning_plan": ehcp or (send and rng.random() < 0.5),
        "ete_notes": w(T.ETE.get(ete) or T.ETE["not_known"]) + (T.EHCP_NOTE if ehcp else ""),
        "physical_health": w(T.PHYSICAL), "mental_health_need": mh,
        "mental_health_intervention": _chain(rng) if mh else "none",
        "self_harm_history": harm_hist, "self_harm_current": harm_now,
        "mental_health_notes": w(T.MENTAL), "substance_misuse_need": sub,
        "substance_misuse_intervention": _chain(rng) if sub else "none",
        "substance_notes": w(T.SUBSTANCE), "criminal_exploitation": ce,
        "sexual_exploitation": se, "county_lines": cl, "missing_episodes": missing,
        "lifestyle_notes": w(T.LIFESTYLE),
        "offence_analysis": w((offence_analysis(offence),)),
        "offending_patterns": w(T.PATTERNS), "attitudes": w(T.ATTITUDES),
        "victims": w(T.VICTIMS), "victim_needs": w(T.VICTIM_NEEDS),
        "strengths": w(T.STRENGTHS), "goals": w(T.GOALS),
        "engagement": rng.randint(2, 5), "maturity": w(T.MATURITY),
        "motivation": rng.randint(1, 5), "sources_consulted": w(T.SOURCES),
        "likelihood_reoffending": likely, "likelihood_rationale": w(T.LIKELIHOOD[likely]),
        "rosh": rosh, "rosh_rationale": w(T.ROSH[rosh]), "safety_wellbeing": swb,
        "safety_wellbeing_rationale": swb_why, "mappa_eligible": mappa,
        "mappa_rationale": w((T.MAPPA_YES,)) if mappa else w((T.MAPPA,)),
        "intervention_level": level, "intervention_level_rationale": T.LEVEL[level],
    }
    if mappa:
        v.update(mappa_category=2, mappa_level=1)
    if rosh in ("high", "very_high") or swb in ("high", "very_high"):
        v["contingency_plan"] = w(T.CONTINGENCY)
    if child_done:
        v.update(child_wellbeing=rng.choices(range(1, 6), [1, 3, 4, 3, 1])[0],
                 child_worries=w(T.CHILD_WORRIES),
                 child_hurt_self=hurt, child_unsafe=unsafe,
                 child_help_wanted=w(T.CHILD_HELP))
    else:
        v["child_not_completed"] = w(T.CHILD_NOT_DONE)
    if parent_done:
        v.update(parent_worries=w(T.PARENT_WORRIES), parent_safety_concern=parent_fear,
                 parent_support_wanted=w(T.PARENT_SUPPORT))
    else:
        v["parent_not_completed"] = w(T.CARER_NOT_DONE if acc == "childrens_home"
                                      else T.PARENT_NOT_DONE)
    for key in OPTIONAL:
        if rng.random() < 0.2:
            del v[key]
    if child_done or parent_done:
        who = "both" if child_done and parent_done else "child" if child_done else "parent"
        v["self_assessment_reflection"] = w(T.REFLECTION[who])
    v.update(_needs(child.id, harm_hist or harm_now, send))
    return v


NEEDS_KEYS = frozenset({
    "parent_mental_health", "parent_substance_misuse", "parent_offending",
    "domestic_abuse_witnessed", "bereavement", "mental_health_diagnosis",
    "self_harm_or_suicide_attempt", "speech_language_need", "health_risk_behaviour",
    "previous_convictions", "looked_after_status", "child_in_need_status", "cp_plan_status",
    "early_help_status", "age_at_first_conviction"})


def _needs(child_id: str, self_harm: bool, send: bool) -> dict[str, Any]:
    """The form-version-3 needs items, at appendix 7's proportions. Drawn from a generator
    of the child's own, so adding them changed nothing else the demo makes."""
    r = random.Random(f"needs-{child_id}")
    convicted = r.random() < 0.27
    status = ["currently", "previously", "never"]
    out: dict[str, Any] = {
        "parent_mental_health": r.random() < 0.22, "parent_substance_misuse": r.random() < 0.12,
        "parent_offending": r.random() < 0.16, "domestic_abuse_witnessed": r.random() < 0.21,
        "bereavement": r.random() < 0.16, "mental_health_diagnosis": r.random() < 0.14,
        "self_harm_or_suicide_attempt": self_harm or r.random() < 0.05,
        "speech_language_need": (send and r.random() < 0.5) or r.random() < 0.08,
        "health_risk_behaviour": r.random() < 0.48,
        "previous_convictions": r.choice([1, 1, 2, 2, 3, 4, 6]) if convicted else 0,
        "looked_after_status": r.choices(status, weights=[13, 7, 80])[0],
        "child_in_need_status": r.choices(status, weights=[20, 29, 51])[0],
        "cp_plan_status": r.choices(status, weights=[8, 27, 65])[0],
        "early_help_status": r.choices(status, weights=[10, 25, 65])[0]}
    if convicted:
        out["age_at_first_conviction"] = r.choice([12, 13, 14, 15, 15, 16, 16, 17])
    return out


DRAFT_KEEP = ("accommodation_type", "accommodation_suitable", "living_notes", "parenting",
              "ete_status", "ete_hours", "send", "offence_analysis", "strengths",
              "child_wellbeing", "child_worries", "child_help_wanted", "parent_worries")


class _Writer:
    """Collects stages, answers and events, hashing countersigned stages on the way."""

    def __init__(self, ctx: Context) -> None:
        self.ctx, self.rng = ctx, ctx.rng
        self.form = forms.load(forms.current_version())
        self.needs_rng = random.Random("demo-needs-items")
        self.columns = {q.key: str(q.column) for q in self.form.column_questions()}
        self.encode = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode
        self.stages: list[Row] = []
        self.answers: list[Row] = []
        self.events: list[Row] = []
        self.sync = sync_cols()

    def stage(self, child: ChildFacts, disposal: str, stage_type: str, status: str,
              started: dt.date, due: dt.date, values: dict[str, Any], *,
              submitted: dt.datetime | None = None, signer: str | None = None,
              signed: dt.datetime | None = None, previous: tuple[str, dict[str, Row]] | None
              = None) -> tuple[str, dict[str, Row]]:
        sid = new_id(self.rng)
        author = child.case_manager_id
        row: Row = {
            "id": sid, "child_id": child.id, "disposal_id": disposal,
            "stage_type": stage_type, "status": status, "form_version": self.form.version,
            "previous_stage_id": previous[0] if previous else None, "author_id": author,
            "authoring_service": None, "started_on": started, "due_on": due,
            "submitted_at": submitted, "submitted_by": author if submitted else None,
            "countersign_due_on": countersign_due(submitted.date())
            if submitted and status == StageStatus.SUBMITTED else None,
            "countersigned_by": signer, "countersigned_at": signed, "content_hash": None,
            **{c: None for c in CONTENT_COLUMNS}, **dict.fromkeys(self.columns.values()),
            **self.sync}
        rows: dict[str, Row] = {}
        last = (submitted.date() if submitted else self.ctx.today) - dt.timedelta(days=1)
        rng, sync, columns, encode = self.rng, self.sync, self.columns, self.encode
        for key, value in values.items():
            # the v3 needs items draw from their own generator: the rest of the demo is
            # exactly what it was before they were added
            r = self.needs_rng if key in NEEDS_KEYS else rng
            if key in columns:
                row[columns[key]] = value
            old = previous[1].get(key) if previous else None
            text = None if value is None else encode(value)
            same = old is not None and old["value"] == text
            if old is not None and same:
                as_at = old["as_at"]
            else:
                as_at = max(started, min(last, started + dt.timedelta(days=r.randint(0, 10))))
            rows[key] = {"id": new_id(r), "child_id": child.id, "stage_id": sid,
                         "question_key": key, "value": text, "yet_to_clarify": False,
                         "as_at": as_at,
                         "carried_forward_from": (old["carried_forward_from"] or previous[0])
                         if old is not None and previous else None,
                         "changed": old is not None and not same, **sync}
        if status == StageStatus.COUNTERSIGNED:
            # The real hashing function, on plain objects shaped like the ORM rows.
            stage_ns: Any = SimpleNamespace(**row)
            answer_ns: list[Any] = [SimpleNamespace(**a) for a in rows.values()]
            row["content_hash"] = content_hash(stage_ns, answer_ns)
        self.stages.append(row)
        self.answers.extend(rows.values())
        self._event(child.id, sid, StageEvent.CREATED, author, at(started, 9, 30))
        if submitted:
            self._event(child.id, sid, StageEvent.SUBMITTED, author, submitted)
        if signer and signed:
            self._event(child.id, sid, StageEvent.COUNTERSIGNED, signer, signed)
        return sid, rows

    def _event(self, child_id: str, stage_id: str, action: str, user: str,
               when: dt.datetime) -> None:
        self.events.append({"id": new_id(self.rng), "child_id": child_id,
                            "stage_id": stage_id, "action": action, "user_id": user,
                            "at": when, "comment": None, **self.sync})


def _time(rng: random.Random, day: dt.date) -> dt.datetime:
    return at(day, rng.randint(9, 16), rng.choice([0, 10, 20, 30, 40, 50]))


def _current(w: _Writer, child: ChildFacts, ep: tuple[Any, ...], manager: str,
             offence: str) -> None:
    rng, today = w.rng, w.ctx.today
    did, kind, start, _end, _outcome = ep
    age = (today - start).days
    due = assessment_due(start)
    started = min(start + dt.timedelta(days=rng.randint(0, 4)), today)
    if age < 6:
        if rng.random() < 0.6:
            return  # not started yet: the caseload shows it falling due
        status = StageStatus.DRAFT
    else:
        # recent interventions are still being assessed; a few drafts run late (weeks,
        # not months: a long overdue assessment is escalated long before)
        weights = [45, 25, 30] if age < 30 else [80, 8, 12] if age < 75 else [97, 3, 0]
        status = rng.choices([StageStatus.COUNTERSIGNED, StageStatus.SUBMITTED,
                              StageStatus.DRAFT], weights)[0]
    values = answers_for(rng, child, kind, offence)
    if status == StageStatus.DRAFT:
        keep = DRAFT_KEEP[:rng.randint(4, len(DRAFT_KEEP))]
        w.stage(child, did, "start", StageStatus.DRAFT, started, due,
                {k: values[k] for k in keep if k in values})
        return
    latest = today - dt.timedelta(days=1)
    if status == StageStatus.SUBMITTED:
        # most wait a day or two; some sit in the queue past the countersign timescale
        back = rng.choices([rng.randint(1, 4), rng.randint(8, 16)], [60, 40])[0]
        sub_day = max(started, today - dt.timedelta(days=back))
        w.stage(child, did, "start", StageStatus.SUBMITTED, started, due, values,
                submitted=_time(rng, sub_day))
        return
    sub_day = min(started + dt.timedelta(days=rng.randint(4, 26)), latest - dt.timedelta(
        days=2))
    sub_day = max(sub_day, started)
    signed_day = min(add_working_days(sub_day, rng.randint(1, 6)), latest)
    submitted = _time(rng, sub_day)
    signed = max(_time(rng, signed_day), submitted + dt.timedelta(hours=1))
    w.stage(child, did, "start", StageStatus.COUNTERSIGNED, started, due, values,
            submitted=submitted, signer=manager, signed=signed.replace(microsecond=0))


def _historic(w: _Writer, child: ChildFacts, ep: tuple[Any, ...], manager: str,
              offence: str) -> None:
    rng = w.rng
    did, kind, start, end, _outcome = ep
    finish = min(end or w.ctx.today, w.ctx.today - dt.timedelta(days=3))
    values = answers_for(rng, child, kind, offence)
    sub = _time(rng, start + dt.timedelta(days=rng.randint(8, 20)))
    if sub.date() >= finish:
        return
    signed = sub + dt.timedelta(days=rng.randint(1, 5), hours=1)
    first = w.stage(child, did, "start", StageStatus.COUNTERSIGNED, start, assessment_due(start),
                    values, submitted=sub, signer=manager, signed=signed)
    end_values = dict(values)
    if values["likelihood_reoffending"] != "low" and rng.random() < 0.6:
        end_values["likelihood_reoffending"] = "low" if rng.random() < 0.5 else "medium"
        end_values["likelihood_rationale"] = ("Has not reoffended during the order and "
                                              "engaged with the targets set.")
    if "child_worries" in end_values:
        end_values["child_worries"] = "What happens when the order finishes."
    begin = max(finish - dt.timedelta(days=14), signed.date() + dt.timedelta(days=1))
    sub2 = _time(rng, begin + dt.timedelta(days=rng.randint(1, 5)))
    signed2 = sub2 + dt.timedelta(days=rng.randint(1, 3), hours=2)
    if signed2.date() >= w.ctx.today:
        return
    w.stage(child, did, "end", StageStatus.COUNTERSIGNED, begin, begin + dt.timedelta(days=10),
            end_values, submitted=sub2, signer=manager, signed=signed2, previous=first)


def generate(conn: Connection, ctx: Context) -> None:
    children = child_facts(conn)
    roles = team_roles(ctx)
    offence_of: dict[str, str] = {}
    for disposal_id, code in conn.execute(
            select(Offence.disposal_id, Offence.offence_code).order_by(Offence.id)):
        if disposal_id:
            offence_of.setdefault(disposal_id, code)
    w = _Writer(ctx)
    recent = ctx.today - dt.timedelta(days=365)
    for cid in ctx.child_ids:
        eps = ctx.disposals.get(cid) or []
        child = children.get(cid)
        if not eps or child is None or eps[-1][1] in NO_ASSESSMENT:
            continue
        managers = roles.get(child.team_id, {}).get(Role.TEAM_MANAGER) or []
        if not managers:
            continue
        manager = managers[0]
        ep = eps[-1]
        offence = offence_of.get(ep[0], "other")
        if ep[4] == "ongoing":
            _current(w, child, ep, manager, offence)
        elif ep[1] in HISTORIC and ep[3] is not None and ep[3] >= recent:
            _historic(w, child, ep, manager, offence)
    insert_all(conn, [(AssessmentStage, w.stages), (AssessmentAnswer, w.answers),
                      (AssessmentEvent, w.events)])
