"""The assessment summary PDF: child details, ratings with rationales, the child's and
family's own words, key facts, changes since the last stage, and the countersign block with
its SHA-256 hash. :func:`gather` reads the data (in a unit of work); :func:`render` writes
the PDF from that plain data, so it can run off the database worker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph
from sqlalchemy.orm import Session

from yjdesk.models.child import Child
from yjdesk.models.justice import Disposal
from yjdesk.models.org import UserAccount
from yjdesk.models.statuses import StageStatus
from yjdesk.reports.common import (
    BOXED_W,
    STYLES,
    CaseDocTemplate,
    boxed,
    fmt_date,
    gap,
    grid,
    heading,
    keep,
    key_values,
    para,
    quote,
    text,
)
from yjdesk.services.assessments import forms, signing, stages
from yjdesk.services.codes import codelist
from yjdesk.services.victims.records import disclosures

RATINGS = (("likelihood_reoffending", "likelihood_rationale"),
           ("rosh", "rosh_rationale"),
           ("safety_wellbeing", "safety_wellbeing_rationale"),
           ("intervention_level", "intervention_level_rationale"))
FACTS = ("accommodation_type", "accommodation_suitable", "ete_status", "ete_hours", "send",
         "ehcp", "learning_plan", "mental_health_need", "mental_health_intervention",
         "substance_misuse_need", "substance_misuse_intervention", "criminal_exploitation",
         "sexual_exploitation", "county_lines", "missing_episodes")


@dataclass
class SummaryData:
    child_name: str
    dob: dt.date
    case_number: str
    child_rows: list[tuple[str, str]]
    stage_title: str
    status: str
    ratings: list[tuple[str, str, str]]  # label, level, rationale
    mappa: list[tuple[str, str]]
    contingency: str
    facts: list[tuple[str, str]]
    #: (who, [(question, short answer)], [(question, their words)]).
    voices: list[tuple[str, list[tuple[str, str]], list[tuple[str, str]]]]
    #: (section, [(question, answer, as-at note)]) for the information gathered.
    gathered: list[tuple[str, list[tuple[str, str, str]]]]
    reflection: str
    changes: list[tuple[str, str, str]]
    unclear: list[str]
    earlier_form: list[tuple[str, str]]
    events: list[tuple[str, str, str, str]]  # when, action, who, comment
    signer: str | None = None
    signed_at: dt.datetime | None = None
    content_hash: str | None = None
    verified: str = ""
    stage_rows: list[tuple[str, str]] = field(default_factory=list)
    #: Victims' words consented for use in an assessment (nothing else of a victim's record).
    victim_views: list[tuple[dt.date, str]] = field(default_factory=list)


def _show(q: forms.Question | None, value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if q is not None and q.type == "choice":
        return q.option_label(value)
    if q is not None and q.type == "scale":
        return f"{value} of {q.maximum:g}" + (f" ({q.min_label} - {q.max_label})"
                                               if q.min_label else "")
    return str(value)


def gather(session: Session, stage_id: str) -> SummaryData:
    stage = stages.get_stage(session, stage_id)
    child = session.get(Child, stage.child_id)
    assert child is not None
    form = forms.load(stage.form_version)
    rows = stages.answers(session, stage.id)
    vals = stages.values_of(rows)
    disposal = session.get(Disposal, stage.disposal_id)

    def user(uid: str | None) -> str:
        found = session.get(UserAccount, uid) if uid else None
        return found.display_name if found else "-"

    def ans(key: str) -> str:
        return _show(form.question(key), vals.get(key))

    def label(key: str) -> str:
        q = form.question(key)
        return q.label if q is not None else key

    intervention = "-"
    if disposal is not None:
        intervention = (f"{codelist('disposal_type').label(disposal.disposal_type)} "
                        f"from {fmt_date(disposal.start_date)}"
                        + (f" to {fmt_date(disposal.end_date)}" if disposal.end_date else ""))
    child_rows = [
        ("Name", f"{child.full_name}" + (f" (known as {child.preferred_name})"
                                         if child.preferred_name else "")),
        ("Date of birth", fmt_date(child.date_of_birth)),
        ("Case number / PNC", f"{child.case_number} / {child.pnc_number or 'none recorded'}"),
        ("Gender / ethnicity", f"{codelist('gender').label(child.gender)} / "
                               f"{codelist('ethnicity').label(child.ethnicity)}"),
        ("Looked after / CIN / CP plan", " / ".join(
            s.label for s in (child.looked_after, child.child_in_need, child.cp_plan))),
        ("Intervention", intervention),
    ]
    stage_rows = [
        ("Stage", f"{stage.stage_type.replace('_', ' ').capitalize()} assessment, "
                  f"form version {stage.form_version}"),
        ("Author", user(stage.author_id) + (f", {stage.authoring_service}"
                                           if stage.authoring_service else "")),
        ("Started / due", f"{fmt_date(stage.started_on)} / {fmt_date(stage.due_on)}"),
        ("Submitted", fmt_date(stage.submitted_at)),
    ]
    ratings = [(label(r), ans(r),
                str(vals.get(rat) or "No rationale recorded.")) for r, rat in RATINGS]
    mappa = [("MAPPA eligible", ans("mappa_eligible"))]
    if vals.get("mappa_eligible"):
        mappa += [("Category / level", f"{ans('mappa_category')} / {ans('mappa_level')}"),
                  ("Rationale", str(vals.get("mappa_rationale") or "-"))]
    voices = []
    for section in form.self_assessment_sections():
        short, quotes = [], []
        for q in section.questions:
            v = vals.get(q.key)
            if v is None:
                continue
            if q.type == "text" and not q.skip_for_completion:
                quotes.append((q.label, str(v)))
            else:
                short.append((q.label, _show(q, v)))
        voices.append((section.title, short, quotes))
    earlier = [(k, str(v)) for k, v in vals.items() if form.question(k) is None]
    gathered = []
    for section in form.sections:
        if section.kind != "information":
            continue
        items = []
        for q in section.questions:
            row = rows.get(q.key)
            if row is None or q.type != "text" or vals.get(q.key) is None:
                continue
            note = f"as at {fmt_date(row.as_at)}"
            if row.carried_forward_from and not row.changed:
                note += ", carried forward unchanged from the previous stage"
            items.append((q.label, str(vals[q.key]), note))
        if items:
            gathered.append((section.title, items))
    data = SummaryData(
        child_name=child.full_name, dob=child.date_of_birth, case_number=child.case_number,
        child_rows=child_rows, stage_title=stage_rows[0][1], status=stage.status,
        ratings=ratings, mappa=mappa, contingency=str(vals.get("contingency_plan") or ""),
        facts=[(label(k), ans(k)) for k in FACTS],
        voices=voices, gathered=gathered,
        reflection=str(vals.get("self_assessment_reflection") or ""),
        changes=[(c.label, _show(form.question(c.key), c.before),
                  _show(form.question(c.key), c.after))
                 for c in stages.changes_since_previous(session, stage.id)],
        unclear=[label(k) for k, a in rows.items() if a.yet_to_clarify],
        earlier_form=earlier,
        events=[(fmt_date(e.at), e.action.replace("_", " "), user(e.user_id), e.comment or "")
                for e in stages.events(session, stage.id)],
        stage_rows=stage_rows,
    )
    if stage.status == StageStatus.COUNTERSIGNED:
        data.signer = user(stage.countersigned_by)
        data.signed_at = stage.countersigned_at
        data.content_hash = stage.content_hash
        data.verified = signing.verify(session, stage.id).message
    data.victim_views = [(d.consent_date, d.text)
                         for d in disclosures(session, child.id, "assessment")]
    return data


def _story(d: SummaryData) -> list[Flowable]:
    s: list[Flowable] = [Paragraph("Assessment summary", STYLES["title"]),
                         Paragraph(text(f"{d.stage_title} - {d.status.capitalize()}"),
                                   STYLES["subtitle"])]
    if d.status != StageStatus.COUNTERSIGNED:
        s += [boxed([para("NOT COUNTERSIGNED. This assessment is not final and must not be "
                          "relied on until a manager has countersigned it.", "h2")]), gap()]
    s += [heading("The child"), key_values(d.child_rows), gap(2), key_values(d.stage_rows)]
    s += [heading("Explanations and conclusions"),
          grid(["Rating", "Level", "Rationale"],
               [(label, level, rationale) for label, level, rationale in d.ratings],
               widths=[42 * mm, 24 * mm, 104 * mm]), gap(2), key_values(d.mappa)]
    s += [heading("Contingency plan", 2), para(d.contingency or "None recorded on this stage.")]
    s += [heading("In their own words")]
    for who, short, quotes in d.voices:
        block: list[Flowable] = [heading(who, 2)]
        if not short and not quotes:
            block.append(para("Not completed.", "small"))
        for question, words in quotes:
            block += [para(question, "label"), quote(words)]
        if short:
            block.append(key_values(short, label_width=80 * mm))
        s.append(keep(*block))
    s += [heading("How their views shaped the conclusions", 2),
          para(d.reflection or "Not recorded.")]
    if d.victim_views:
        s.append(heading("The victim's views", 2))
        s += [para(f"{words} (shared with the victim's consent given on {fmt_date(on)})")
              for on, words in d.victim_views]
    s += [heading("Key facts"), key_values(d.facts, label_width=90 * mm)]
    if d.gathered:
        s.append(heading("Information gathered"))
        for title, items in d.gathered:
            s.append(heading(title, 2))
            for label, answer, note in items:
                s += [para(f"{label} ({note})", "label"), para(answer)]
    if d.changes:
        s += [heading("Changed since the previous stage"),
              grid(["Question", "Before", "Now"], d.changes,
                   widths=[62 * mm, 54 * mm, 54 * mm])]
    if d.unclear:
        s += [heading("Yet to clarify", 2), para("; ".join(d.unclear))]
    if d.earlier_form:
        s += [heading("Answers from an earlier form version", 2),
              key_values(d.earlier_form, label_width=60 * mm)]
    s += [heading("History"), grid(["When", "What", "Who", "Comment"], d.events,
                                   widths=[42 * mm, 28 * mm, 38 * mm, 62 * mm])]
    if d.content_hash:
        sign = [heading("Countersigned", 2),
                key_values([("Countersigned by", d.signer or "-"),
                            ("Date and time", fmt_date(d.signed_at)),
                            ("SHA-256 of the content", Paragraph(text(d.content_hash),
                                                                  STYLES["mono"])),
                            ("Verification", d.verified)], label_width=45 * mm,
                           width=BOXED_W)]
        s += [gap(), keep(boxed(sign))]
    return s


def render(data: SummaryData, path_or_buffer: str | IO[bytes] | Any,
           generated: dt.datetime | None = None) -> None:
    doc = CaseDocTemplate(path_or_buffer, "Assessment summary", data.child_name, data.dob,
                          reference=data.case_number, generated=generated)
    doc.build(_story(data))
