"""Specialist pathways as records (issue 14): referrals with outcome and waiting time, the
rules the laptop and the sync service share, and the facts they carry into assessments."""

from yjdesk.models.org import Role
from yjdesk.services import visibility

#: The health worker records screening and referrals on the children referred to them.
visibility.register_writes(Role.HEALTH_WORKER, "pathway_referral", "pathway_meeting")
