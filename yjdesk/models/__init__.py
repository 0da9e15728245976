"""SQLAlchemy ORM classes only: no Qt, no I/O besides the database.

Importing this package registers on :data:`Base.metadata` every table a laptop reads or
writes from its start on. Two kinds of table are registered by importing their own modules
instead, so a laptop's start does not pay for mapping them (issue 16's cold start;
``tests/unit/test_startup_imports.py``):

* the sync service's own (:data:`SERVER_MODULES`, ``info={"side": "server"}``, never on a
  laptop), which :mod:`yjdesk.server` registers (:func:`register_server_tables`);
* the performance pack's derived tables (:mod:`yjdesk.models.kpi`, laptop only), imported by
  the pack's store (``yjdesk.services.oversight.kpi.stored``) when a pack is made or a sync
  marks children for it.

:func:`register_every_table` registers all of them, for what needs the whole schema (the
migrations' environment, comparisons of a database with the models).
"""

from __future__ import annotations

import importlib

from yjdesk.models.assessment import AssessmentAnswer, AssessmentEvent, AssessmentStage
from yjdesk.models.audit import AuditEvent
from yjdesk.models.base import Base, ChildOwned, Synced
from yjdesk.models.casework import (
    CaseEvent,
    ComplianceRecord,
    Contact,
    ContactAmendment,
    ContactTargetLink,
    ExitPlan,
    OocCondition,
    OocDecision,
    Plan,
    PlanTarget,
    Review,
    SafeguardingItem,
)
from yjdesk.models.child import Child, ChildAddress, Relationship, StatusHistory
from yjdesk.models.court import (
    CourtHearing,
    HearingOffence,
    PreSentenceReport,
    PsrRequirement,
    PsrReview,
    PsrSent,
)
from yjdesk.models.due import DueDirty, DueFactRow
from yjdesk.models.justice import Allocation, Disposal, DisposalRequirement, Offence
from yjdesk.models.local import LocalMeta
from yjdesk.models.orders import (
    CustodyEpisode,
    CustodyMeeting,
    EnforcementStep,
    ReferralContract,
    ReferralOrder,
    ReferralPanel,
    RequirementDelivery,
    TransitionPlan,
)
from yjdesk.models.org import Role, Team, UserAccount
from yjdesk.models.oversight import (
    BoardAttendance,
    BoardMeeting,
    OversightAction,
    OversightRecord,
    QualityAudit,
    QualityAuditAnswer,
)
from yjdesk.models.pathways import PathwayMeeting, PathwayReferral
from yjdesk.models.returns import DataReturn
from yjdesk.models.sync_local import (
    SyncBatch,
    SyncConflict,
    SyncParked,
    SyncPending,
    SyncShadow,
)
from yjdesk.models.victims import (
    Victim,
    VictimDisclosure,
    VictimOffence,
    VictimSafetySummary,
)

#: The modules of the tables only the central database has.
SERVER_MODULES = ("yjdesk.models.server", "yjdesk.models.imports")
#: The modules of the laptop's tables its start does not use (the performance pack's).
LATER_MODULES = ("yjdesk.models.kpi",)


def register_server_tables() -> None:
    """Register the sync service's own tables too, so :data:`Base.metadata` is the whole
    central schema (the service)."""
    for name in SERVER_MODULES:
        importlib.import_module(name)


def register_every_table() -> None:
    """Register every table of both sides (:data:`SERVER_MODULES` and
    :data:`LATER_MODULES` beside this package's)."""
    for name in (*SERVER_MODULES, *LATER_MODULES):
        importlib.import_module(name)


__all__ = [
    "Allocation",
    "AssessmentAnswer",
    "AssessmentEvent",
    "AssessmentStage",
    "AuditEvent",
    "Base",
    "BoardAttendance",
    "BoardMeeting",
    "CaseEvent",
    "Child",
    "ChildAddress",
    "ChildOwned",
    "ComplianceRecord",
    "Contact",
    "ContactAmendment",
    "ContactTargetLink",
    "CourtHearing",
    "CustodyEpisode",
    "CustodyMeeting",
    "DataReturn",
    "Disposal",
    "DisposalRequirement",
    "DueDirty",
    "DueFactRow",
    "EnforcementStep",
    "ExitPlan",
    "HearingOffence",
    "LocalMeta",
    "Offence",
    "OocCondition",
    "OocDecision",
    "OversightAction",
    "OversightRecord",
    "PathwayMeeting",
    "PathwayReferral",
    "Plan",
    "PlanTarget",
    "PreSentenceReport",
    "PsrRequirement",
    "PsrReview",
    "PsrSent",
    "QualityAudit",
    "QualityAuditAnswer",
    "ReferralContract",
    "ReferralOrder",
    "ReferralPanel",
    "Relationship",
    "RequirementDelivery",
    "Review",
    "Role",
    "SafeguardingItem",
    "StatusHistory",
    "SyncBatch",
    "SyncConflict",
    "SyncParked",
    "SyncPending",
    "SyncShadow",
    "Synced",
    "Team",
    "TransitionPlan",
    "UserAccount",
    "Victim",
    "VictimDisclosure",
    "VictimOffence",
    "VictimSafetySummary",
]
