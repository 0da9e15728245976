"""Rules declared for their record types (``services.change_rules.judges``) and the
service's rules chosen once a table (``server.rules.rules_of``)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from yjdesk.server import rules
from yjdesk.services.change_rules import judges, rules_for
from yjdesk.wire.codec import synced_tables


def _change(table: str) -> Any:
    return SimpleNamespace(table=SimpleNamespace(name=table), proposed={}, current=None)


def test_a_declared_rule_judges_only_its_tables_however_it_is_called() -> None:
    seen: list[str] = []

    @judges("psr", "psr_sent")
    def no_reports(change: Any) -> str | None:
        seen.append(change.table.name)
        return "refused"

    def everything(change: Any) -> str | None:
        seen.append("everything:" + change.table.name)
        return None

    # Called directly, the rule allows (without running) a change of another table.
    assert no_reports(_change("child")) is None and seen == []
    assert no_reports(_change("psr")) == "refused" and seen == ["psr"]
    assert no_reports.__name__ == "no_reports"
    # Chosen for a table: left out for other tables; its body for its own; undeclared
    # rules are kept, in their order.
    assert rules_for([everything, no_reports], "child") == [everything]
    chosen = rules_for([no_reports, everything], "psr_sent")
    assert len(chosen) == 2 and chosen[1] is everything
    seen.clear()
    assert [rule(_change("psr_sent")) for rule in chosen] == ["refused", None]
    assert seen == ["psr_sent", "everything:psr_sent"]


def test_the_service_runs_for_each_table_every_rule_that_can_refuse_it() -> None:
    for table in synced_tables():
        chosen = rules.rules_of(table)
        expected = [getattr(rule, "body", rule) for rule in rules.RULES
                    if table in getattr(rule, "tables", {table})]
        assert chosen == expected, table
        form = rules.registry.form_validation.body  # type: ignore[attr-defined]
        assert form in chosen or table not in rules.registry.FIELD_RULES
    # The child's rules leave out (for example) the court report's and the victim's.
    names = {rule.__name__ for rule in rules.rules_of("child")}
    assert "role_writes" in names and "attested_by_caller" in names
    assert not names & {"finalised_report_locked", "victim_rule", "audit_event_refusal"}


def test_a_rule_added_to_the_service_is_chosen_for_its_table(
        monkeypatch: pytest.MonkeyPatch) -> None:
    @judges("relationship")
    def no_relatives(change: Any) -> str | None:
        return "no relatives"

    before = rules.rules_of("relationship")
    monkeypatch.setattr(rules, "RULES", [*rules.RULES, no_relatives])
    assert rules.rules_of("relationship") == [*before, no_relatives.body]  # type: ignore[attr-defined]
    assert no_relatives.body not in rules.rules_of("child")  # type: ignore[attr-defined]
    rules.RULES.append(rules.audit_append_only)  # the list changed in place
    assert rules.rules_of("audit_event")[-1] is rules.audit_append_only.body  # type: ignore[attr-defined]
