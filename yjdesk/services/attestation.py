"""Who did something is the person signed in, never a name typed into the record.

Some fields attest that a person did something: wrote a contact, raised a safeguarding
concern, submitted or countersigned an assessment, checked a court report. On the laptop
the services fill them from the acting user; on the sync service the acting user is the
one the access token names. Either way the rule is the same pure function of the row
before, the row after and the caller (:func:`attestation_refusal`):

* a field of :data:`ACTOR_FIELDS` that is set (on a new row) or changed (on an existing
  one) must name the caller, or be emptied;
* a field of :data:`AUTHOR_FIELDS` (who made the record) never changes once recorded.

Fields that *assign* work to someone (``child.case_manager_id``, ``allocation.user_id``,
``psr.author_id``, ``oversight_action.owner_id``...) are not attestations and are not
listed. A new record type with a "done by" column adds it here (the registry test fails
for a synced user column that is in neither list nor :data:`ASSIGNMENT_FIELDS`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: table -> columns that record who did something (must be the caller when set).
ACTOR_FIELDS: dict[str, tuple[str, ...]] = {
    "assessment_event": ("user_id",),
    "assessment_stage": ("author_id", "submitted_by", "countersigned_by"),
    "compliance_record": ("decided_by",),
    "contact": ("author_id",),
    "contact_amendment": ("amended_by",),
    "court_hearing": ("outcome_recorded_by",),
    "data_return": ("produced_by",),
    "enforcement_step": ("given_by", "signed_off_by"),
    "exit_plan": ("signed_off_by",),
    "oversight_record": ("author_id",),
    "psr": ("checked_by_id", "finalised_by_id"),
    "psr_review": ("by_id",),
    "psr_sent": ("sent_by_id",),
    "quality_audit": ("auditor_id",),
    "review": ("reviewed_by",),
    "safeguarding_item": ("raised_by", "acknowledged_by", "closed_by"),
}

#: table -> columns naming who made the record: fixed once recorded.
AUTHOR_FIELDS: dict[str, tuple[str, ...]] = {
    "assessment_event": ("user_id",),
    "assessment_stage": ("author_id",),
    "contact": ("author_id",),
    "contact_amendment": ("amended_by",),
    "data_return": ("produced_by",),
    "enforcement_step": ("given_by",),
    "oversight_record": ("author_id",),
    "psr_review": ("by_id",),
    "psr_sent": ("sent_by_id",),
    "quality_audit": ("auditor_id",),
    "safeguarding_item": ("raised_by",),
}

#: table -> user columns that assign work to someone (anyone allowed may set them).
ASSIGNMENT_FIELDS: dict[str, tuple[str, ...]] = {
    "allocation": ("user_id",),
    "child": ("case_manager_id",),
    "court_hearing": ("court_officer_id",),
    "disposal": ("responsible_officer_id",),
    "oversight_action": ("owner_id",),
    "oversight_record": ("practitioner_id",),
    "psr": ("author_id",),
    "quality_audit": ("practitioner_id",),
}

AUTHOR_FIXED = "who made a record cannot be changed"


def names_someone_else(field: str) -> str:
    return f"{field.replace('_id', '').replace('_', ' ')} must be you, the person signed in"


def attestation_refusal(table: str, before: Mapping[str, Any] | None,
                        after: Mapping[str, Any], caller_id: str) -> str | None:
    """A refusal when the change names someone other than ``caller_id`` as having done
    something, or changes who made the record; None when it does not."""
    for name in AUTHOR_FIELDS.get(table, ()):
        if before is not None and name in after and before.get(name) is not None \
                and after.get(name) != before.get(name):
            return AUTHOR_FIXED
    for name in ACTOR_FIELDS.get(table, ()):
        if name not in after:
            continue
        value = after.get(name)
        if value is None or value == caller_id:
            continue
        if before is not None and before.get(name) == value:
            continue  # recorded earlier (by whoever it names); unchanged now
        return names_someone_else(name)
    return None
