"""Court work: hearings and their outcomes, pre-sentence and stand-down reports.

Modules:

* :mod:`~yjdesk.services.court.hearings` -- listing hearings and the offences before the court;
  the court list.
* :mod:`~yjdesk.services.court.outcomes` -- the outcome recorded live in court (adjournment,
  remand, sentence -> disposal).
* :mod:`~yjdesk.services.court.psr` -- requesting, pre-filling and editing reports.
* :mod:`~yjdesk.services.court.gatekeeping` -- the manager's quality check, finalising
  (locked and hashed) and recording sending.
* :mod:`~yjdesk.services.court.document` -- the plain data a report's PDF is made from.
* :mod:`~yjdesk.services.court.due_items` -- the caseload due provider.

This package module imports nothing so that :mod:`yjdesk.services.due` can import the due
provider without a cycle.
"""
