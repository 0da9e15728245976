"""Working days (weekends and the bank holidays of England and Wales excluded).

Case work uses the assessments area's helper so both count the same days.
"""

from __future__ import annotations

from yjdesk.services.assessments.timeliness import add_working_days, is_working_day

__all__ = ["add_working_days", "is_working_day"]
