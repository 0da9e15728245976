"""Quality checks before submission, each explaining itself (seed-requirements 6.1).

:func:`check` works on plain data so each rule is easy to test: the form definition, the
answers (question key -> value), the keys marked "yet to clarify", and whether a linked
case-work plan already holds a contingency plan. Each :class:`Problem` names the question
where it is fixed, so the editor shows it in place. Blocking problems stop submission.

The rules:

* required questions answered (information areas may be "yet to clarify");
* every rating given has its written rationale (and MAPPA eligibility its category and level);
* each self-assessment is completed, or the reason it was not is recorded; when it was,
  the conclusions say how it shaped them (inspectors found the child's voice lost);
* a concern raised in a self-assessment (e.g. the child says they feel like hurting
  themselves) is named in the rationale of the rating it bears on - a high rating alone
  does not show the concern was weighed;
* a high or very high safety-and-wellbeing or risk-of-serious-harm rating needs a
  contingency plan (on the stage or in the linked plan);
* ratings do not contradict each other or the information gathered;
* where an offence has an identified victim, the victim's safety is addressed here or in
  the linked plan (``yjdesk.services.victims.planning``).
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass
from typing import Any

from yjdesk.services.assessments.forms import FormDefinition, Question
from yjdesk.services.victims.planning import assessment_problem

HIGH = ("high", "very_high")


@dataclass(frozen=True)
class Problem:
    key: str  # the question to fix ("" = the stage as a whole)
    section: str
    message: str
    rule: str
    blocking: bool = True


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check(form: FormDefinition, values: Mapping[str, Any], clarify: Set[str] = frozenset(),
          *, plan_has_contingency: bool = False, identified_victim: bool = False,
          plan_addresses_victim: bool = False) -> list[Problem]:
    out: list[Problem] = []

    def add(key: str, message: str, rule: str, blocking: bool = True) -> None:
        q = form.question(key)
        out.append(Problem(key, q.section if q else "", message, rule, blocking))

    def v(key: str) -> Any:
        return values.get(key)

    def label(key: str) -> str:
        q = form.question(key)
        return q.label if q else key

    self_sections = {s.key for s in form.self_assessment_sections()}
    for section in form.sections:
        for q in section.questions:
            if q.required and section.key not in self_sections and _blank(v(q.key)) \
                    and not q.rationale_for and not (q.yet_to_clarify and q.key in clarify):
                add(q.key, f"'{q.label}' is required.", "required")
            if q.rating and not _blank(v(q.key)):
                _rationale(form, q, values, add)
    if v("mappa_eligible") is True:
        for key in ("mappa_category", "mappa_level", "mappa_rationale"):
            if _blank(v(key)):
                add(key, f"The child is MAPPA eligible: record the {label(key).lower()}.",
                    "rationale")
    elif v("mappa_eligible") is False and (v("mappa_level") or v("mappa_category")):
        add("mappa_level", "A MAPPA level or category is recorded but the child is not MAPPA "
            "eligible. Clear them or change the eligibility.", "contradiction")

    _voice(form, values, clarify, add)
    _concerns(form, values, add)

    if (v("rosh") in HIGH or v("safety_wellbeing") in HIGH) and _blank(v("contingency_plan")) \
            and not plan_has_contingency:
        which = " and ".join(
            f"{label(k).lower()} is {str(v(k)).replace('_', ' ')}"
            for k in ("rosh", "safety_wellbeing") if v(k) in HIGH)
        add("contingency_plan", f"The {which}: write a contingency plan saying what will be "
            "done, and by whom, if the risk rises (or record it in the linked plan).",
            "contingency")
    _contradictions(values, add)
    victim = assessment_problem(identified_victim, v("victim_needs"), plan_addresses_victim)
    if victim:
        add("victim_needs" if form.question("victim_needs") else "", victim, "victim_safety")

    unclear = sorted(k for k in clarify if form.question(k) is not None)
    if unclear:
        add("", f"{len(unclear)} answer(s) are marked 'yet to clarify': "
            f"{', '.join(label(k) for k in unclear[:5])}{' ...' if len(unclear) > 5 else ''}. "
            "Clarify them at the next review.", "yet_to_clarify", blocking=False)
    return out


def _rationale(form: FormDefinition, q: Question, values: Mapping[str, Any], add: Any) -> None:
    for other in (o for s in form.sections for o in s.questions):
        if other.rationale_for == q.key and _blank(values.get(other.key)):
            rating = q.option_label(values.get(q.key)).lower()
            add(other.key, f"The {q.label.lower()} is rated {rating} but has no written "
                "rationale. Explain the evidence for the rating.", "rationale")


def _voice(form: FormDefinition, values: Mapping[str, Any], clarify: Set[str],
           add: Any) -> None:
    answered_any = False
    for section in form.self_assessment_sections():
        content = [q for q in section.questions if not q.skip_for_completion]
        reason = next((q for q in section.questions if q.skip_for_completion), None)
        answered = any(not _blank(values.get(q.key)) or q.key in clarify for q in content)
        answered_any = answered_any or answered
        if not answered and reason is not None and _blank(values.get(reason.key)):
            who = section.who or "the family"
            add(reason.key, f"The self-assessment by {who} is empty. Complete it with them, "
                "or record why it could not be done.", "voice")
    if answered_any and _blank(values.get("self_assessment_reflection")):
        add("self_assessment_reflection", "The self-assessment has answers, but the conclusions "
            "do not say how the child's and family's views shaped them. Inspectors found the "
            "child's voice lost when self-assessments were not integrated.", "voice")


def _concerns(form: FormDefinition, values: Mapping[str, Any], add: Any) -> None:
    for section in form.self_assessment_sections():
        for q in section.questions:
            c = q.concern
            if c is None or values.get(q.key) not in c.when:
                continue
            rating_q = form.question(c.rating)
            rationale_q = next((o for s in form.sections for o in s.questions
                                if o.rationale_for == c.rating), None)
            if rating_q is None or rationale_q is None:
                continue
            text = str(values.get(rationale_q.key) or "").lower()
            if not any(word in text for word in c.keywords):
                who = section.who or "the family"
                add(rationale_q.key, f"In the self-assessment {who} answered yes to "
                    f"'{q.label}'. The {rating_q.label.lower()} rationale must say how this "
                    f"concern ({c.topic}) was considered - name it explicitly.", "concern")


def _contradictions(values: Mapping[str, Any], add: Any) -> None:
    level = values.get("intervention_level")
    rosh, likely, swb = (values.get("rosh"), values.get("likelihood_reoffending"),
                         values.get("safety_wellbeing"))
    if level == "standard" and (rosh in HIGH or likely == "high"):
        why = "risk of serious harm is " + str(rosh).replace("_", " ") if rosh in HIGH \
            else "likelihood of reoffending is high"
        add("intervention_level", f"The intervention level is standard but the {why}. "
            "A high rating calls for an enhanced or intensive intervention.", "contradiction")
    if level == "intensive" and rosh == "low" and likely == "low" and swb == "low":
        add("intervention_level", "The intervention level is intensive but every rating is "
            "low. The intervention should be proportionate to the ratings.", "contradiction")
    flags = [label for key, label in (
        ("self_harm_current", "current thoughts of self-harm or suicide"),
        ("criminal_exploitation", "vulnerability to criminal exploitation"),
        ("sexual_exploitation", "risk of sexual exploitation")) if values.get(key) is True]
    if values.get("county_lines") == "involved":
        flags.append("involvement in county lines")
    if swb == "low" and flags:
        add("safety_wellbeing", "Safety and wellbeing is rated low, but the information "
            f"gathered records {', '.join(flags)}. These levels contradict each other: "
            "raise the rating or correct the information.", "contradiction")
    mappa_level = values.get("mappa_level")
    if isinstance(mappa_level, int) and mappa_level >= 2 and rosh == "low":
        add("mappa_level", f"MAPPA level {mappa_level} means active multi-agency management, "
            "which contradicts a low risk of serious harm.", "contradiction")
