"""One rule set (issue 11): every synced record type has its server rules registered, and
every "done by" user column is classified."""

from __future__ import annotations

from yjdesk.server import registry
from yjdesk.server.rules import RULES
from yjdesk.services import attestation
from yjdesk.services.record_rules import FIELD_RULES
from yjdesk.wire.codec import synced_tables


def test_every_synced_record_type_has_server_rules_registered() -> None:
    synced = set(synced_tables())
    assert registry.unregistered() == [], (
        "add these record types to yjdesk.server.registry.REGISTERED with the rules the "
        "service enforces for them")
    assert set(registry.REGISTERED) <= synced, "registered types that no longer sync"
    # the newer record types are covered like the rest
    for name in ("data_return", "enforcement_step", "victim", "custody_episode",
                 "pathway_referral", "referral_order"):
        assert name in registry.REGISTERED
    assert all(text.strip() for text in registry.REGISTERED.values())


def test_form_validation_and_attestation_are_on_the_push_path() -> None:
    assert registry.form_validation in RULES
    assert set(FIELD_RULES) <= set(synced_tables())


def test_every_user_column_of_a_synced_record_is_an_attestation_or_an_assignment() -> None:
    unclassified = []
    for name, table in synced_tables().items():
        for column in table.columns:
            if not any(fk.column.table.name == "user_account" for fk in column.foreign_keys):
                continue
            if column.name in attestation.ACTOR_FIELDS.get(name, ()):
                continue
            if column.name in attestation.ASSIGNMENT_FIELDS.get(name, ()):
                continue
            unclassified.append(f"{name}.{column.name}")
    assert unclassified == [], (
        "classify these in yjdesk.services.attestation (ACTOR_FIELDS: who did it, must be "
        "the caller; ASSIGNMENT_FIELDS: who is given the work)")
    for name, authors in attestation.AUTHOR_FIELDS.items():
        assert set(authors) <= set(attestation.ACTOR_FIELDS[name])
