"""Workflow statuses: one StrEnum per status column, equal to the stored strings."""

from __future__ import annotations

import json
from enum import StrEnum

import pytest

from yjdesk.models.statuses import (
    HearingStatus,
    OffenceStatus,
    PsrStatus,
    StageStatus,
    TargetStatus,
)
from yjdesk.services.codes import codelist


@pytest.mark.parametrize(("enum", "name"), [(PsrStatus, "psr_status"),
                                            (HearingStatus, "hearing_status"),
                                            (TargetStatus, "target_status"),
                                            (OffenceStatus, "offence_status")])
def test_a_status_that_is_a_code_list_has_exactly_its_codes(enum: type[StrEnum],
                                                            name: str) -> None:
    assert [m.value for m in enum] == [c.code for c in codelist(name).codes]


def test_a_member_is_its_stored_string() -> None:
    assert StageStatus.COUNTERSIGNED == "countersigned"
    assert f"{PsrStatus.COURT_READY}" == "court_ready"
    assert json.dumps({"status": StageStatus.RETURNED}) == '{"status": "returned"}'
