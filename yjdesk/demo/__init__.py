"""The demo: synthetic data (invented people only) and a local demo sync service.

Nothing in the product imports this package; ``yjdesk --demo`` hands the desktop app a
demo launcher (:mod:`yjdesk.ui.demo_launcher`) that uses it.

* :mod:`~yjdesk.demo.generator` -- the synthetic service (children, staff, episodes) and
  the ``demo-data`` command; each feature area adds its records through an extension:
  :mod:`~yjdesk.demo.assessments`, :mod:`~yjdesk.demo.casework`,
  :mod:`~yjdesk.demo.court`, :mod:`~yjdesk.demo.oversight` (their prose in ``*_text``).
* :mod:`~yjdesk.demo.support` -- seeded ids, sync columns and table helpers they share.
* :mod:`~yjdesk.demo.service` -- the embedded sync service the demo laptops sync with.
"""
