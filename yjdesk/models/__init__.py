"""SQLAlchemy ORM classes only: no Qt, no I/O besides the database.

Importing this package registers every table on :data:`Base.metadata`.
"""

from __future__ import annotations

from yjdesk.models.audit import AuditEvent
from yjdesk.models.base import Base, ChildOwned, Synced
from yjdesk.models.child import Child, ChildAddress, Relationship, StatusHistory
from yjdesk.models.justice import Allocation, Disposal, DisposalRequirement, Offence
from yjdesk.models.local import LocalMeta
from yjdesk.models.org import Role, Team, UserAccount

__all__ = [
    "Allocation",
    "AuditEvent",
    "Base",
    "Child",
    "ChildAddress",
    "ChildOwned",
    "Disposal",
    "DisposalRequirement",
    "LocalMeta",
    "Offence",
    "Relationship",
    "Role",
    "StatusHistory",
    "Synced",
    "Team",
    "UserAccount",
]
