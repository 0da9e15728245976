"""Court orders as the law runs them (issue 13).

Modules:

* :mod:`~yjdesk.services.orders.rulesets` -- the dated rule sets in ``resources/rules/``.
* :mod:`~yjdesk.services.orders.limits` -- pure checks of an order and its requirements
  against the rule set in force (called by ``services.justice`` and the sync service).
* :mod:`~yjdesk.services.orders.sync_rules` -- the same rules on pushed changes.

This package module imports nothing so that other packages can import one module without a
cycle.
"""
