"""Every synced record type, with what the sync service checks on a push (issue 11).

Every pushed row is checked for scope (the child is the pusher's), audience (the role may
see it), the role's writable records (``services.visibility.write_refusal``) and who did
it (``services.attestation``), and the records it names must belong to its own child
(``services.child_links``). :data:`REGISTERED` says, for each record type, which further
rules apply, and :func:`form_validation` runs the laptop form's field validation
(``services.record_rules.FIELD_RULES``) on the push path.

A new synced record type must be added here (the registry test fails otherwise): decide
which of its rules the service must enforce, write them once in the feature's services
package and register them in ``yjdesk.server.rules.RULES``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from yjdesk.services.change_rules import ChangeLike, judges
from yjdesk.services.record_rules import FIELD_RULES, field_refusal, service_moments
from yjdesk.wire import codec
from yjdesk.wire.codec import synced_tables

SCOPE_ONLY = "scope, audience and role only"
FORM = "form validation (services.record_rules)"

#: Record type -> the rules the service enforces beyond scope, audience, role and who.
REGISTERED: dict[str, str] = {
    "allocation": "scope-deciding: refused from a revoked-pending device (server.revocation); "
                  "written by managers, or a new child's own case manager "
                  "(services.child_creation)",
    "assessment_answer": FORM + "; by its team's authors (services.assessments.authoring); "
                         "locked once its stage is countersigned "
                                "(rules.countersigned_locked)",
    "assessment_event": "who: the caller (services.attestation)",
    "assessment_stage": "by its team's authors (services.assessments.authoring); "
                        "submitted: no blocking quality check fails, judged with its answers "
                        "once the push is applied (services.assessments.submitted_set); "
                        "countersigned lock; countersign by a team manager of the child's "
                        "team who did not write or submit it (server.identity, from history), "
                        "its content hash the hash of what the service holds once the push "
                        "is applied (services.assessments.signed_set); "
                        "manager tombstone (services.locks)",
    "audit_event": "append-only; token device and user, held child, device hash chain "
                   "(server.identity)",
    "board_attendance": "recorded by service managers or administrators (rules.WRITERS)",
    "board_meeting": "recorded by service managers or administrators (rules.WRITERS)",
    "case_event": SCOPE_ONLY,
    "child": "form validation (services.children.validate); own team only, moved to "
             "another team only by a manager (services.child_creation); case number "
             "numbering and clashes (server.numbering); scope fields refused while "
             "revoked-pending",
    "child_address": FORM,
    "compliance_record": FORM + "; who decided: the caller (services.attestation)",
    "contact": "final-record form validation (services.casework.contacts); a draft by its "
               "author only; final text by "
               "author or manager; after the edit window (the service's clock, from when it "
               "recorded it final) only by amendment, judged once the push is applied "
               "(services.casework.final_contact_set); manager tombstone with a reason "
               "(services.locks)",
    "contact_amendment": "append-only; by the contact's author or a manager (casework "
                         "sync_rules); with its record's change after the edit window "
                         "(services.casework.final_contact_set)",
    "contact_target_link": SCOPE_ONLY,
    "court_hearing": FORM + "; court roles only (services.court.sync_rules); court officer "
                     "decides scope: refused while revoked-pending",
    "court_hearing_offence": "court roles only (services.court.sync_rules)",
    "custody_episode": FORM + "; LASPO remand, release (services.orders.sync_rules)",
    "custody_meeting": FORM + "; recorded once "
                       "(services.orders.sync_rules.custody_meeting_held)",
    "data_return": "recorded once by its producer (services.returns.sync_rules)",
    "disposal": FORM + "; dated legal limits (services.orders.sync_rules); its requirements "
                "as a set, judged once the push is applied (server.set_rules: ISS "
                "composition)",
    "disposal_requirement": "dated legal limits (services.orders.sync_rules); its order's "
                            "set judged once the push is applied (server.set_rules)",
    "enforcement_step": "warning ledger and sign-off (services.orders.sync_rules)",
    "exit_plan": FORM + "; signed-off lock, sign-off by a manager (casework sync_rules)",
    "offence": FORM + "; victim flag decides scope: refused while revoked-pending",
    "ooc_condition": FORM + "; out-of-court rules (services.casework.ooc_rules)",
    "ooc_decision": FORM + "; who decides, cautions never breached (services.casework.ooc_rules)",
    "oversight_action": "made by managers, done by its owner or a manager "
                        "(services.oversight.sync_rules)",
    "oversight_record": FORM + "; author: the caller (services.attestation); managers "
                        "only (services.oversight.sync_rules)",
    "pathway_meeting": SCOPE_ONLY,
    "pathway_referral": SCOPE_ONLY,
    "plan": FORM + "; victim safety addressed (services.victims.planning)",
    "plan_target": FORM,
    "psr": "court roles only; court ready by a team manager who did not write it (from "
           "history); finalised lock; manager tombstone (services.court.sync_rules, "
           "services.locks); finalised with the hash of what the service holds, judged "
           "once the push is applied (services.court.finalised_set)",
    "psr_requirement": "court roles only; locked with its finalised report "
                       "(services.court.sync_rules)",
    "psr_review": "court roles only; history of a report: never changed "
                  "(services.court.sync_rules)",
    "psr_sent": "court roles only; history of a report: never changed "
                "(services.court.sync_rules)",
    "quality_audit": FORM + "; auditor: the caller (services.attestation); managers "
                     "only, completed locked but for the practitioner's acknowledgement "
                     "(services.oversight.sync_rules)",
    "quality_audit_answer": FORM + "; managers only (services.oversight.sync_rules)",
    "referral_contract": "referral order rules (services.orders.sync_rules)",
    "referral_order": "referral order rules: length, extension with the contract in "
                      "effect, referral back with its report (services.orders.sync_rules)",
    "referral_panel": FORM + "; members, recorded once (services.orders.sync_rules)",
    "relationship": FORM,
    "requirement_delivery": "court orders rules (services.orders.sync_rules); the "
                            "requirement's balance judged as a set once the push is "
                            "applied (server.set_rules)",
    "review": FORM + "; reviewer: the caller (services.attestation)",
    "safeguarding_item": FORM + "; raised/acknowledged/closed by the caller; acknowledged, "
                         "closed, reopened and moved by managers only, raised open on the "
                         "child's team's list, which the service fills in when a laptop "
                         "sent none (casework sync_rules); closed: manager "
                         "tombstone (services.locks)",
    "team": "administrators only (rules.WRITERS)",
    "transition_plan": FORM,
    "user_account": "administrators only (rules.WRITERS)",
    "victim": "consent before RJ (services.victims.rules)",
    "victim_disclosure": "victims rules (services.victims.rules)",
    "victim_offence": "victims rules (services.victims.rules)",
    "victim_safety_summary": "summaries without details (services.victims.rules)",
}


def unregistered() -> list[str]:
    """Synced record types with no entry here (must be empty)."""
    return sorted(set(synced_tables()) - set(REGISTERED))


def _python(table: Any, row: Mapping[str, Any],
            known: tuple[Mapping[str, Any], Mapping[str, Any]] | None = None,
            stored: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """``row``'s wire values as Python values (a value the codec refuses is kept as it is).
    ``known``: another row of the same table and its values so decoded; a value of ``row``
    that is the very object of that row's is not decoded again (a change's proposed row
    is its stored row with the pushed fields over it: decoding is a function of the value,
    so each stored value is decoded once). ``stored``: the database's Python values of
    the row ``row`` encodes (``Change.stored``); a text, whole number, true/false or date
    column's value is taken from it as it is when it is None or of that very type, for
    decoding its encoding gives that value back (or refuses it and keeps the wire value,
    the same object for text, numbers and true/false) -- not an enumeration's, a
    number's or a date-time's, which decode to other objects."""
    decoders = codec.decoders(table)
    wire_before, python_before = known if known is not None else ({}, {})
    kept: Mapping[str, type] = codec.same_decoded(table) if stored is not None else {}
    values: Mapping[str, Any] = stored if stored is not None else {}
    out: dict[str, Any] = {}
    for name, value in row.items():
        if name in python_before and wire_before.get(name, _ABSENT) is value:
            out[name] = python_before[name]
            continue
        kind = kept.get(name)
        if kind is not None:
            python = values.get(name, _ABSENT)
            if python is None or type(python) is kind:
                out[name] = python
                continue
        decode = decoders.get(name)
        if decode is None:
            out[name] = value
            continue
        try:
            out[name] = decode(value)
        except Exception:  # noqa: BLE001 - a stored value the codec would refuse: keep it
            out[name] = value
    return out


#: Not a value of a row (:func:`_python`).
_ABSENT = object()


@judges(*FIELD_RULES)
def form_validation(change: ChangeLike) -> str | None:
    """The laptop form's field validation on a pushed row, in the form's words.

    Rules that read other records (the child's date of birth, the disposal a record names)
    do so through the service's session; what they load is let go afterwards, so a later
    row of the same push never reads a stale copy.
    """
    name = change.table.name
    session = change.session
    if change.proposed.get("deleted") or session is None:
        return None  # (no session: a unit test of another rule)
    before = _python(change.table, change.current, None, getattr(change, "stored", None)) \
        if change.current is not None else None
    after = _python(change.table, change.proposed,
                    (change.current, before) if change.current is not None and
                    before is not None else None)
    held = set(session.identity_map.keys())
    try:
        with session.no_autoflush:
            return field_refusal(name, session, before, after, change.actor,
                                 service_moments())
    finally:
        for key in set(session.identity_map.keys()) - held:
            obj = session.identity_map.get(key)
            if obj is not None and obj not in session.dirty and obj not in session.new:
                session.expunge(obj)
