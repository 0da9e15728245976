"""Custody, remand and resettlement (YJB-REFERENCE 5)."""

from __future__ import annotations

from yjdesk.models.statuses import CustodyMeetingKind

MEETING_LABELS: dict[str, str] = {CustodyMeetingKind.INITIAL: "Initial planning",
                  CustodyMeetingKind.REVIEW: "Sentence planning review",
                  CustodyMeetingKind.RELEASE_PLANNING: "Release planning"}
