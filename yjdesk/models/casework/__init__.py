"""Case work between assessments (issue 4): contacts, plans, reviews, compliance,
out-of-court decisions and the end of intervention with its exit plan."""

from __future__ import annotations

from yjdesk.models.casework.contacts import (
    Contact,
    ContactAmendment,
    ContactTargetLink,
    SafeguardingItem,
)
from yjdesk.models.casework.enforcement import ComplianceRecord
from yjdesk.models.casework.exit import ExitPlan
from yjdesk.models.casework.ooc import OocCondition, OocDecision
from yjdesk.models.casework.plans import Plan, PlanTarget
from yjdesk.models.casework.reviews import CaseEvent, Review

__all__ = [
    "CaseEvent",
    "ComplianceRecord",
    "Contact",
    "ContactAmendment",
    "ContactTargetLink",
    "ExitPlan",
    "OocCondition",
    "OocDecision",
    "Plan",
    "PlanTarget",
    "Review",
    "SafeguardingItem",
]
