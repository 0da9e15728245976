"""Oversight and performance (issue 7): the team dashboard, oversight and supervision
records, quality audits, the audit log, the KPI pack, the cohort profile and data quality.

Every function takes a ``Session`` first (the caller's unit of work owns the transaction).
"""
