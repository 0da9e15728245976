"""One rule set (issue 11): every synced record type has its server rules registered, and
every "done by" user column is classified."""

from __future__ import annotations

import re

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


#: Validators that judge no synced record, with the reason.
NOT_A_RECORD_FORM = {
    "validate_zip": "checks a produced return file, not a synced row",
    "validate_first_run": "the laptop's first-run profile, not synced",
    "validate_final": "the laptop's wrapper of final_record_errors, which the push path calls",
    "order_errors": "called by justice.validate_disposal, which the push path calls",
    "validate_outcome": "recording an outcome writes several rows (the hearing, a disposal, "
                        "the next hearing); the push path runs the outcome's own fields "
                        "(outcomes.outcome_errors) and each new row's form",
    "composition_errors": "the laptop's form of limits.composition_problems, which the set "
                          "rules judge after a push (server.set_rules, issue 13)",
}


def _laptop_validators() -> dict[str, str]:
    """Every form validator in the services: ``validate*``, ``*_errors``, ``*_problems``."""
    import importlib
    import inspect
    import pkgutil

    import yjdesk.services as services

    pattern = re.compile(r"^(?!_)(validate\w*|\w+_errors|\w+_problems?)$")
    found: dict[str, str] = {}
    for info in pkgutil.walk_packages(services.__path__, "yjdesk.services."):
        if ".oversight.kpi" in info.name:
            continue  # figures, not forms
        module = importlib.import_module(info.name)
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == info.name and pattern.match(name) \
                    and name not in NOT_A_RECORD_FORM:
                found[f"{info.name}.{name}"] = name
    return found


def _push_path_source() -> str:
    """The source of every module whose rules the push path runs."""
    import inspect
    import sys

    import yjdesk.server.set_rules  # the set rules judged after a push

    modules = {rule.__module__ for rule in RULES} | {"yjdesk.services.record_rules",
                                                     "yjdesk.server.set_rules"}
    modules |= {type(kind).__module__ for kind in yjdesk.server.set_rules.SET_KINDS}
    modules |= {fn.__module__ for fn in FIELD_RULES.values()}
    return "\n".join(inspect.getsource(sys.modules[m]) for m in sorted(modules))


def test_every_laptop_form_validator_runs_on_the_push_path() -> None:
    """A record type whose laptop form has a validator has a server field rule: the
    validator is called from a rule the push path runs (``services.record_rules`` or a
    feature's sync rules), so a new form's checks cannot be left off the service."""
    source = _push_path_source()
    missing = [qualified for qualified, name in _laptop_validators().items()
               if not re.search(rf"\b{name}\b", source)]
    assert missing == [], (
        "call these from a server field rule (yjdesk.services.record_rules.FIELD_RULES, the "
        "same function the service layer calls), or list why in NOT_A_RECORD_FORM")
    # the form families of issue 11 have field rules
    for name in ("plan", "plan_target", "review", "compliance_record", "court_hearing",
                 "ooc_decision", "exit_plan", "assessment_answer", "offence", "disposal",
                 "transition_plan", "oversight_record", "child", "contact", "psr"):
        assert name in FIELD_RULES, name
