"""SQLAlchemy ORM classes only: no Qt, no I/O besides the database.

Importing this package registers on :data:`Base.metadata` every table a laptop has. The
sync service's own tables (:mod:`yjdesk.models.server`, :mod:`yjdesk.models.imports`:
``info={"side": "server"}``, never on a laptop) are registered by importing those modules,
which :mod:`yjdesk.server` does, as does the migrations' environment (with
:func:`register_server_tables`): a laptop's start does not pay for mapping them (about a
tenth of the model classes' import, issue 16's cold start;
``tests/unit/test_startup_imports.py``).
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
from yjdesk.models.kpi import KpiDirty, KpiFirstFormal, KpiIntervention, KpiReoffence, KpiStage
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


def register_server_tables() -> None:
    """Register the sync service's own tables too, so :data:`Base.metadata` is the whole
    central schema (the service, the migrations' environment, whole-schema comparisons)."""
    for name in SERVER_MODULES:
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
    "KpiDirty",
    "KpiFirstFormal",
    "KpiIntervention",
    "KpiReoffence",
    "KpiStage",
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
