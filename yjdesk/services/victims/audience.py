"""Who sees and writes the victim tables (``yjdesk.services.visibility``).

Imported by :mod:`yjdesk.services.victims` (laptop services) and by the server's scope, so
the registration is in force wherever a row's audience is decided. A victim's own record and
its links to offences are in the ``victim`` audience (victim and RJ workers, managers); the
safety summary and the consented report wording are ordinary case records that only victim
workers and managers may write.
"""

from __future__ import annotations

from yjdesk.models.org import Role
from yjdesk.services import visibility
from yjdesk.services.visibility import VICTIM_ROLES, Audience

#: Tables only for the eyes of victim workers and managers.
PRIVATE_TABLES = ("victim", "victim_offence")
#: Tables the practitioner sees, written by victim workers and managers only.
SHARED_TABLES = ("victim_safety_summary", "victim_disclosure")
TABLES = PRIVATE_TABLES + SHARED_TABLES

for _table in PRIVATE_TABLES:
    visibility.register_table(_table, Audience.VICTIM)
for _table in TABLES:
    visibility.register_writers(_table, VICTIM_ROLES)
visibility.register_writes(Role.VICTIM_WORKER, *TABLES)


def may_work_with_victims(role: Role) -> bool:
    return visibility.may_see(role, Audience.VICTIM) and visibility.may_write(role, "victim")
