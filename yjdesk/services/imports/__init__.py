"""Import from the system being replaced (issue 15): a documented CSV bundle, a mapping
file for code lists, a dry run, an all-or-nothing apply, idempotent re-runs."""
