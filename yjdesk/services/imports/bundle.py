"""The CSV bundle's files and columns (documented in ``docs/import-bundle.md``).

Each file is one kind of record of the old system, keyed by that system's own id (its
first column). A column is read as text, a date (YYYY-MM-DD), a date and time (ISO 8601),
a whole number, a yes/no, a code (mapped through the mapping file, then checked against
yjdesk's code list) or a reference to a record of another file (by the old system's id).
Files are read in dependency order, so a reference always points to a record read before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from yjdesk.models import (
    Allocation,
    AssessmentStage,
    Child,
    ChildAddress,
    Contact,
    Disposal,
    Offence,
    Relationship,
    Team,
    UserAccount,
)
from yjdesk.models.statuses import ContactStatus, StageStatus

#: The bundle format version ``bundle.json`` must give.
FORMAT = 1


@dataclass(frozen=True)
class Col:
    """One CSV column: its name, the model column it fills, how it is read."""

    name: str
    target: str
    kind: str = "str"  # str date datetime int bool code status role ref
    required: bool = False
    #: The code list (kind "code") or the referenced file (kind "ref").
    of: str = ""
    max_len: int | None = None


@dataclass(frozen=True)
class File:
    entity: str
    model: Any
    key: str
    cols: tuple[Col, ...]
    #: Model values set for every row (e.g. an imported contact is final).
    fixed: dict[str, Any] = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        return f"{self.entity}.csv"

    @property
    def header(self) -> list[str]:
        return [self.key, *(c.name for c in self.cols)]


@dataclass(frozen=True)
class IdentifierKind:
    """A kind of identifier ``identifiers.csv`` may give, and the child field it fills."""

    code: str
    target: str
    max_len: int
    label: str


#: ``identifiers.csv``: the old system's identifiers of each child, one row per
#: identifier (read before ``children.csv`` and imported with the child it names).
IDENTIFIERS_FILE = "identifiers.csv"
IDENTIFIERS_HEADER = ("identifier_id", "child_id", "kind", "value")
IDENTIFIER_KINDS: dict[str, IdentifierKind] = {k.code: k for k in (
    IdentifierKind("pnc", "pnc_number", 32, "PNC number"),
    IdentifierKind("originating_person_id", "originating_person_id", 64,
                   "YJB originating person id"),
)}


C = Col
FILES: tuple[File, ...] = (
    File("teams", Team, "team_id", (
        C("code", "code", required=True, max_len=32), C("name", "name", required=True,
                                                       max_len=120),
        C("local_authority", "local_authority", max_len=120))),
    File("staff", UserAccount, "staff_id", (
        C("username", "username", required=True, max_len=80),
        C("display_name", "display_name", required=True, max_len=120),
        C("role", "role", "role", required=True), C("team_id", "team_id", "ref", of="teams"),
        C("email", "email", max_len=200), C("active", "active", "bool", required=True))),
    File("children", Child, "child_id", (
        C("case_number", "case_number", required=True, max_len=32),
        C("pnc_number", "pnc_number", max_len=32),
        C("originating_person_id", "originating_person_id", max_len=64),
        C("given_name", "given_name", required=True, max_len=80),
        C("family_name", "family_name", required=True, max_len=80),
        C("preferred_name", "preferred_name", max_len=80),
        C("date_of_birth", "date_of_birth", "date", required=True),
        C("gender", "gender", "code", required=True, of="gender"),
        C("ethnicity", "ethnicity", "code", required=True, of="ethnicity"),
        C("looked_after", "looked_after", "status", required=True),
        C("child_in_need", "child_in_need", "status", required=True),
        C("cp_plan", "cp_plan", "status", required=True),
        C("home_local_authority", "home_local_authority", max_len=120),
        C("team_id", "team_id", "ref", of="teams"),
        C("case_manager_id", "case_manager_id", "ref", of="staff"))),
    File("outcomes", Disposal, "outcome_id", (
        C("child_id", "child_id", "ref", required=True, of="children"),
        C("outcome_type", "disposal_type", "code", required=True, of="disposal_type"),
        C("decision_body", "decision_body", max_len=160),
        C("decision_date", "decision_date", "date", required=True),
        C("start_date", "start_date", "date", required=True),
        C("end_date", "end_date", "date"),
        C("outcome", "outcome", "code", required=True, of="disposal_outcome"),
        C("outcome_date", "outcome_date", "date"),
        C("responsible_staff_id", "responsible_officer_id", "ref", of="staff"))),
    File("offences", Offence, "offence_id", (
        C("child_id", "child_id", "ref", required=True, of="children"),
        C("offence_date", "offence_date", "date", required=True),
        C("offence_type", "offence_code", "code", required=True, of="offence_type"),
        C("status", "status", "code", required=True, of="offence_status"),
        C("gravity", "gravity", "int"),
        C("victim_involved", "victim_involved", "bool"),
        C("outcome_id", "disposal_id", "ref", of="outcomes"),
        C("description", "description"))),
    File("addresses", ChildAddress, "address_id", (
        C("child_id", "child_id", "ref", required=True, of="children"),
        C("line1", "line1", required=True, max_len=160), C("line2", "line2", max_len=160),
        C("town", "town", max_len=80), C("postcode", "postcode", max_len=10),
        C("from_date", "from_date", "date", required=True), C("to_date", "to_date", "date"),
        C("accommodation_type", "accommodation_type", "code", of="accommodation_type"),
        C("suitable", "suitable", "bool"))),
    File("relationships", Relationship, "relationship_id", (
        C("child_id", "child_id", "ref", required=True, of="children"),
        C("name", "name", required=True, max_len=160),
        C("relationship_type", "relationship_type", "code", required=True,
          of="relationship_type"),
        C("parental_responsibility", "parental_responsibility", "bool"),
        C("lives_with_child", "lives_with_child", "bool"),
        C("phone", "phone", max_len=40), C("email", "email", max_len=200),
        C("address", "address"))),
    File("allocations", Allocation, "allocation_id", (
        C("child_id", "child_id", "ref", required=True, of="children"),
        C("staff_id", "user_id", "ref", required=True, of="staff"),
        C("role", "allocation_role", "code", required=True, of="allocation_role"),
        C("from_date", "from_date", "date", required=True), C("to_date", "to_date", "date"))),
    File("contacts", Contact, "contact_id", (
        C("child_id", "child_id", "ref", required=True, of="children"),
        C("staff_id", "author_id", "ref", required=True, of="staff"),
        C("contact_at", "contact_at", "datetime", required=True),
        C("contact_type", "contact_type", "code", of="contact_type"),
        C("text", "content", required=True)),
        fixed={"status": ContactStatus.FINAL}),
    File("assessments", AssessmentStage, "assessment_id", (
        C("child_id", "child_id", "ref", required=True, of="children"),
        C("outcome_id", "disposal_id", "ref", required=True, of="outcomes"),
        C("author_staff_id", "author_id", "ref", required=True, of="staff"),
        C("stage_type", "stage_type", "code", required=True, of="stage_type"),
        C("started_on", "started_on", "date", required=True),
        C("completed_at", "countersigned_at", "datetime", required=True),
        C("likelihood_reoffending", "likelihood_reoffending", "code", of="rating3"),
        C("rosh", "rosh", "code", of="rating4"),
        C("safety_wellbeing", "safety_wellbeing", "code", of="rating4"),
        C("intervention_level", "intervention_level", "code", of="intervention_level")),
        fixed={"status": StageStatus.COUNTERSIGNED, "form_version": 1}),
)

#: Code lists the bundle uses that are not files in resources/codelists.
INLINE_CODES: dict[str, tuple[str, ...]] = {
    "stage_type": ("start", "review", "end", "transfer_in"),
    "rating3": ("low", "medium", "high"),
    "rating4": ("low", "medium", "high", "very_high"),
    "intervention_level": ("standard", "enhanced", "intensive"),
}


def file_of(entity: str) -> File:
    for f in FILES:
        if f.entity == entity:
            return f
    raise KeyError(entity)
