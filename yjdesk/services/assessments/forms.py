"""Assessment form definitions: versioned data in ``resources/forms/assessment-vN.json``.

A definition has sections (information gathering, the self-assessments, explanations and
conclusions) of questions; each question has a key, an answer type (text, choice, yes_no,
date, number, scale), whether "yet to clarify" is allowed, help text, whether it is
required, and optionally the ``column`` of ``assessment_stage`` it is mirrored to.
:func:`clean_value` checks one answer against its question.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from yjdesk.errors import BugError, Message, ValidationError
from yjdesk.paths import resources_dir
from yjdesk.services.codes import codelist

ANSWER_TYPES = ("text", "choice", "yes_no", "date", "number", "scale")
_FILE_RE = re.compile(r"^assessment-v(\d+)\.json$")


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass(frozen=True)
class Concern:
    """A self-assessment answer that raises a concern the conclusions must address."""

    when: tuple[Any, ...]
    topic: str
    keywords: tuple[str, ...]
    rating: str


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    type: str
    section: str
    help: str = ""
    required: bool = False
    yet_to_clarify: bool = True
    column: str | None = None
    options: tuple[Option, ...] = ()
    #: The code list the options come from (their labels are the code list's, which the
    #: interface translates), or None: the form's own options (data, not translated).
    codelist: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    long: bool = True
    min_label: str = ""
    max_label: str = ""
    rating: bool = False
    rationale_for: str | None = None
    concern: Concern | None = None
    skip_for_completion: bool = False

    def option_label(self, value: object) -> str:
        for opt in self.options:
            if opt.value == value:
                return opt.label
        return str(value)

    def rank(self, value: object) -> int:
        """Position of a choice value in its (ordered) options; -1 if not chosen."""
        for i, opt in enumerate(self.options):
            if opt.value == value:
                return i
        return -1


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    kind: str  # "information", "self_assessment" or "conclusions"
    questions: tuple[Question, ...]
    who: str = ""


@dataclass(frozen=True)
class FormDefinition:
    version: int
    title: str
    description: str
    sections: tuple[Section, ...]
    by_key: dict[str, Question] = field(default_factory=dict, compare=False)

    def question(self, key: str) -> Question | None:
        return self.by_key.get(key)

    def column_questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions if q.column]

    def self_assessment_sections(self) -> list[Section]:
        return [s for s in self.sections if s.kind == "self_assessment"]


def forms_dir() -> Path:
    return resources_dir() / "forms"


def known_versions(folder: Path | None = None) -> list[int]:
    found = (_FILE_RE.match(p.name) for p in (folder or forms_dir()).glob("assessment-v*.json"))
    return sorted(int(m.group(1)) for m in found if m)


def current_version() -> int:
    versions = known_versions()
    if not versions:
        raise BugError("No assessment form definitions are installed (resources/forms).")
    return versions[-1]


def _question(raw: dict[str, Any], section: str) -> Question:
    kind = str(raw["type"])
    if kind not in ANSWER_TYPES:
        raise BugError(f"Form question {raw.get('key')!r} has an unknown type {kind!r}.")
    options: tuple[Option, ...] = ()
    if "codelist" in raw:
        options = tuple(Option(c, lbl) for c, lbl in codelist(str(raw["codelist"])).choices())
    elif "options" in raw:
        options = tuple(Option(str(o["value"]), str(o["label"])) for o in raw["options"])
    concern = None
    if "concern" in raw:
        c = raw["concern"]
        concern = Concern(tuple(c["when"]), str(c["topic"]),
                          tuple(str(k).lower() for k in c["keywords"]), str(c["rating"]))
    return Question(
        key=str(raw["key"]), label=str(raw["label"]), type=kind, section=section,
        help=str(raw.get("help", "")), required=bool(raw.get("required", False)),
        yet_to_clarify=bool(raw.get("yet_to_clarify", True)), column=raw.get("column"),
        options=options, codelist=str(raw["codelist"]) if "codelist" in raw else None,
        minimum=raw.get("min"), maximum=raw.get("max"),
        integer=bool(raw.get("integer", kind == "scale")), long=bool(raw.get("long", True)),
        min_label=str(raw.get("min_label", "")), max_label=str(raw.get("max_label", "")),
        rating=bool(raw.get("rating", False)), rationale_for=raw.get("rationale_for"),
        concern=concern, skip_for_completion=bool(raw.get("skip_for_completion", False)),
    )


def parse(data: dict[str, Any]) -> FormDefinition:
    sections: list[Section] = []
    by_key: dict[str, Question] = {}
    for raw in data["sections"]:
        questions = tuple(_question(q, str(raw["key"])) for q in raw["questions"])
        for q in questions:
            if q.key in by_key:
                raise BugError(f"Form question key {q.key!r} is used twice.")
            by_key[q.key] = q
        sections.append(Section(str(raw["key"]), str(raw["title"]), str(raw["kind"]),
                                questions, str(raw.get("who", ""))))
    return FormDefinition(int(data["version"]), str(data["title"]),
                          str(data.get("description", "")), tuple(sections), by_key)


@cache
def load(version: int) -> FormDefinition:
    """The form definition ``version``; ValidationError if it is not installed."""
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValidationError({"form_version": "The form version must be a whole number."})
    path = forms_dir() / f"assessment-v{version}.json"
    if not path.exists():
        known = ", ".join(str(v) for v in known_versions()) or "none"
        raise ValidationError({"form_version": Message(
            "Assessment form version %1 is not known on this laptop (known versions: %2). "
            "Update yjdesk to open it.", version, known)})
    return parse(json.loads(path.read_text(encoding="utf-8")))


def clean_value(q: Question, value: Any) -> Any:
    """The JSON-ready value of an answer to ``q``; ValidationError naming ``q.key`` if wrong.

    ``None`` (or blank text) clears the answer.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    bad = ValidationError
    if q.type == "text":
        if not isinstance(value, str):
            raise bad({q.key: Message("'%1' needs written text, not %2.", q.label,
                                      type(value).__name__)})
        return value.strip()
    if q.type == "choice":
        if not isinstance(value, str) or value not in {o.value for o in q.options}:
            allowed = ", ".join(o.label for o in q.options)
            raise bad({q.key: Message("'%1' is not one of the choices for '%2' (%3).", value,
                                      q.label, allowed)})
        return value
    if q.type == "yes_no":
        if not isinstance(value, bool):
            raise bad({q.key: Message("'%1' needs yes or no, not %2.", q.label, repr(value))})
        return value
    if q.type == "date":
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value.isoformat()
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise bad({q.key: Message("'%1' needs a real date.", q.label)}) from None
    # number and scale
    if isinstance(value, bool) or not isinstance(value, int | float) or (
            isinstance(value, float) and not math.isfinite(value)):
        raise bad({q.key: Message("'%1' needs a number, not %2.", q.label, repr(value))})
    if q.integer and value != int(value):
        raise bad({q.key: Message("'%1' needs a whole number.", q.label)})
    lo, hi = q.minimum, q.maximum
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        if lo is None or hi is None:
            raise bad({q.key: Message("'%1' is out of range.", q.label)})
        raise bad({q.key: Message("'%1' must be on the scale %2 to %3; %4 is outside."
                                  if q.type == "scale" else
                                  "'%1' must be between %2 to %3; %4 is outside.",
                                  q.label, f"{lo:g}", f"{hi:g}", f"{value:g}")})
    return int(value) if q.integer else value
