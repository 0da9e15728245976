"""The rules every synced row meets, on the laptop before it is queued as on the service
(issue 11: "a rule is written once and enforced on both sides").

:data:`SHARED_RULES` are change rules (``rule(change) -> refusal or None``, see
``services.change_rules``) that the sync service runs on every pushed row
(``yjdesk.server.rules.RULES`` holds these very functions) and that the laptop runs on every
row a unit of work writes (:mod:`yjdesk.services.row_rules`, its session hook): who did it is
the caller (``services.attestation``), the records a row names belong to its own child
(``services.child_links``), a child moves team only by a manager (``services.child_creation``),
locked records are tombstoned only by a manager with a
reason (``services.locks``), the case-work and court-report workflow rules
(``casework.sync_rules``, ``court.sync_rules``), the court-order rules (``orders.sync_rules``:
legal limits, panels, contracts, the enforcement ledger, custody, delivery), out-of-court
decisions (``casework.ooc_rules``), victims and a plan's victim safety (``victims.rules``,
``victims.planning``) and specialist pathways (``pathways.rules``). Each form's field
validation (``services.record_rules``) is called by the form's own service on the laptop and
by the push path on the service.

The laptop imports this module when its hook first judges a row, not at start: nothing
before the caseload writes a row the rules judge (issue 16's cold start).
"""

from __future__ import annotations

from collections.abc import Callable

from yjdesk.services import locks
from yjdesk.services.assessments.authoring import ASSESSMENT_RULES
from yjdesk.services.attestation import attestation_refusal
from yjdesk.services.casework.ooc_rules import OOC_RULES
from yjdesk.services.casework.sync_rules import CASEWORK_RULES
from yjdesk.services.change_rules import ChangeLike
from yjdesk.services.child_creation import (
    allocations_by_managers,
    child_case_manager_changes,
    child_team_moves,
)
from yjdesk.services.child_links import other_child_refusal
from yjdesk.services.court.sync_rules import COURT_RULES
from yjdesk.services.orders.sync_rules import ORDERS_RULES
from yjdesk.services.oversight.sync_rules import OVERSIGHT_RULES
from yjdesk.services.pathways.rules import PATHWAY_RULES
from yjdesk.services.victims.planning import plan_victim_rule
from yjdesk.services.victims.rules import VICTIM_RULES

Rule = Callable[[ChangeLike], str | None]

def attested_by_caller(change: ChangeLike) -> str | None:
    """Who did something is the caller (``services.attestation``)."""
    return attestation_refusal(change.table.name, change.current, change.proposed,
                               change.actor.user_id)


def locked_tombstones(change: ChangeLike) -> str | None:
    """Deleting a locked record: a manager, with a reason (``services.locks``)."""
    return locks.tombstone_refusal(change.table.name, change.current, change.proposed,
                                   change.actor.role)


#: Run by the service on every pushed row and by the laptop before a row is queued.
SHARED_RULES: list[Rule] = [attested_by_caller, locked_tombstones, other_child_refusal,
                            child_team_moves, child_case_manager_changes,
                            allocations_by_managers, *CASEWORK_RULES,
                            *COURT_RULES, *ORDERS_RULES, *OOC_RULES, *VICTIM_RULES,
                            plan_victim_rule, *PATHWAY_RULES, *OVERSIGHT_RULES,
                            *ASSESSMENT_RULES]


#: What the laptop judges before it queues a row. Each form's field validation is not
#: here: the form's service calls the same validator before it writes (the service judges it
#: again on the push path), and a unit of work's rows are judged once all are flushed,
#: when a rule reading other rows would count the row's own companions (a warning's
#: ledger line) twice.
LAPTOP_RULES: list[Rule] = list(SHARED_RULES)


__all__ = ["LAPTOP_RULES", "SHARED_RULES", "Rule", "attested_by_caller", "locked_tombstones"]
