"""Policy files and code lists."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from yjdesk.errors import KnownError, ValidationError
from yjdesk.services.codes import all_codelists, codelist
from yjdesk.services.policy import Policy


def test_policy_defaults_and_override(tmp_path: Path) -> None:
    assert Policy.load().security.idle_lock_minutes == 10
    override = tmp_path / "policy.json"
    override.write_text(json.dumps({"security": {"idle_lock_minutes": 3}}))
    merged = Policy.load([override, tmp_path / "absent.json"])
    assert merged.security.idle_lock_minutes == 3
    assert merged.assessment.review_months == 3  # untouched keys survive


def test_bad_policy_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "policy.json"
    bad.write_text("{oops")
    with pytest.raises(KnownError, match="not valid JSON"):
        Policy.load([bad])


def test_every_codelist_is_well_formed() -> None:
    names = all_codelists()
    assert {"gender", "ethnicity", "offence_type", "disposal_type"} <= set(names)
    for name in names:
        cl = codelist(name)
        codes = [c.code for c in cl.codes]
        assert cl.version >= 1 and codes and len(codes) == len(set(codes)), name


def test_every_code_fits_a_code_column() -> None:
    """Code columns are String(32): a longer code works on SQLite but not on PostgreSQL."""
    too_long = [(name, c.code) for name in all_codelists() for c in codelist(name).codes
                if len(c.code) > 32]
    assert too_long == []


def test_disposal_types_cover_domain() -> None:
    kinds = {c.code: c.extra["category"] for c in codelist("disposal_type").codes}
    for code in ("community_resolution", "youth_caution", "youth_conditional_caution",
                 "referral_order", "yro", "dto", "s250_detention", "remand_yda"):
        assert code in kinds
    assert set(kinds.values()) == {"out_of_court", "court", "remand", "prevention"}


def test_codelist_check() -> None:
    cl = codelist("gender")
    cl.check("female", "gender")
    with pytest.raises(ValidationError) as info:
        cl.check("nope", "gender")
    assert "gender" in info.value.errors
    assert cl.label("female") == "Female"


def test_installed_policy_is_what_services_fall_back_to() -> None:
    """The caseload's due providers take no policy argument: they must see the service's."""
    import datetime as dt

    from yjdesk.services.assessments.timeliness import assessment_due
    from yjdesk.services.policy import current_policy, use_policy

    start = dt.date(2026, 6, 1)  # a Monday; no bank holidays in the next 30 working days
    assert assessment_due(start) == dt.date(2026, 6, 29)  # the shipped 20 working days
    custom = Policy.load().changed(assessment={"due_working_days_from_start": 10})
    use_policy(custom)
    try:
        assert current_policy() is custom
        assert assessment_due(start) == dt.date(2026, 6, 15)
    finally:
        use_policy(None)
    assert assessment_due(start) == dt.date(2026, 6, 29)


def test_policy_is_typed_and_frozen() -> None:
    policy = Policy.load()
    assert policy.court.psr_quality_check_working_days_before_hearing == 1
    assert policy.contacts.max_days_between_contacts["enhanced"] == 7
    assert policy.assessment.reassess_after_events == (
        "new_offence", "remand_custody", "hearing_outcome")
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.security.idle_lock_minutes = 60  # type: ignore[misc]


def test_a_misspelt_or_mistyped_policy_key_is_refused_in_words(tmp_path: Path) -> None:
    misspelt = tmp_path / "policy.json"
    misspelt.write_text(json.dumps({"security": {"idle_lock_minute": 3}}))
    with pytest.raises(KnownError, match=r"security\.idle_lock_minute: Extra inputs"):
        Policy.load([misspelt])
    mistyped = tmp_path / "typed.json"
    mistyped.write_text(json.dumps({"court": {"assessment_max_age_months_for_psr": "three"}}))
    with pytest.raises(KnownError, match=r"court\.assessment_max_age_months_for_psr"):
        Policy.load([mistyped])
    negative = tmp_path / "negative.json"
    negative.write_text(json.dumps({"custody": {"review_months": -1}}))
    with pytest.raises(KnownError, match=r"custody\.review_months"):
        Policy.load([negative])


def test_policy_notes_stay_in_the_file(tmp_path: Path) -> None:
    """``_note`` and ``..._note`` keys explain a value to the reader; they are not policy."""
    noted = tmp_path / "policy.json"
    noted.write_text(json.dumps({"victims": {"_note": "local decision, 2026",
                                             "retention_months_after_last_contact": 36,
                                             "retention_note": "see the DPIA"}}))
    assert Policy.load([noted]).victims.retention_months_after_last_contact == 36
