"""Service policy: timescales, lock timeout, suppression (``resources/policy/default.json``).

A service overrides keys with a ``policy.json`` in the machine-wide config folder (locked
by IT) or the profile folder. Later files override earlier ones key by key.

The merged file is read once into :class:`Policy`, a frozen, typed model with one section per
top-level key (``policy.court.psr_quality_check_working_days_before_hearing``): a key that is
missing, misspelt or of the wrong type is refused in words when the file is read, not when a
screen first asks for it. The app installs the policy in force once with :func:`use_policy`;
services read it with :func:`current_policy` (they take no policy argument), and the UI finds
the same object in its ``AppContext``. A test that needs other timescales installs a
``Policy.load().changed(...)`` with ``use_policy`` (the test fixtures put the defaults back).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from yjdesk.errors import KnownError
from yjdesk.paths import resources_dir
from yjdesk.services import workdays

POSITIVE = Field(ge=0)


def deep_merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``over`` laid on top, key by key (nested objects merged, not replaced)."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def _is_note(key: str) -> bool:
    """Notes for the reader (``_note``, ``revoked_pending_days_note``): kept in the file only."""
    return key.startswith("_") or key.endswith("_note")


def _without_notes(data: Mapping[str, Any]) -> dict[str, Any]:
    return {key: _without_notes(value) if isinstance(value, Mapping) else value
            for key, value in data.items() if not _is_note(key)}


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=False)


class SecurityPolicy(_Section):
    idle_lock_minutes: int = POSITIVE
    remember_me_allowed: bool
    min_password_length: int = POSITIVE
    reask_password_to_sign: bool
    #: Machine policy (docs/deploy.md): seal a new profile's key with a device key too.
    bind_store_to_device: bool = False


class SyncPolicy(_Section):
    #: Days after a child leaves a caseload that a laptop's earlier edits are still taken.
    revoked_pending_days: int = POSITIVE


class AssessmentPolicy(_Section):
    due_working_days_from_start: int = POSITIVE
    countersign_working_days: int = POSITIVE
    review_months: int = POSITIVE
    review_after_significant_change_working_days: int = POSITIVE
    reassess_after_events: tuple[str, ...]
    due_soon_working_days: int = POSITIVE


class CourtPolicy(_Section):
    psr_quality_check_working_days_before_hearing: int = POSITIVE
    assessment_max_age_months_for_psr: int = POSITIVE


class ContactsPolicy(_Section):
    author_edit_window_hours: int = POSITIVE
    #: Per supervision level (``standard``, ``enhanced`` ...).
    max_days_between_contacts: dict[str, int]
    contacts_per_week: dict[str, float]


class ReportingPolicy(_Section):
    suppress_below: int = POSITIVE
    round_below: int = POSITIVE
    population_10_17: int = POSITIVE
    reoffending_tracking_months: int = POSITIVE
    drill_down_roles: tuple[str, ...]


class ReferralOrderPolicy(_Section):
    initial_panel_working_days: int = POSITIVE
    progress_panel_months: int = POSITIVE
    due_soon_days: int = POSITIVE


class CustodyPolicy(_Section):
    initial_planning_working_days: int = POSITIVE
    review_months: int = POSITIVE
    release_planning_days_before_release: int = POSITIVE


class RequirementsPolicy(_Section):
    balance_warning_days: int = POSITIVE


class TransitionPolicy(_Section):
    planning_from_age_months: int = POSITIVE


class OutOfCourtPolicy(_Section):
    assess_working_days_from_referral: int = POSITIVE
    inform_police_working_days_from_bail: int = POSITIVE


class VictimsPolicy(_Section):
    retention_months_after_last_contact: int = POSITIVE


class WorkingDaysPolicy(_Section):
    #: The bank-holiday calendar (:data:`yjdesk.services.workdays.CALENDARS`).
    calendar: str

    @field_validator("calendar")
    @classmethod
    def _known_calendar(cls, value: str) -> str:
        return workdays.check_calendar(value)


class Policy(_Section):
    """The merged policy, read once: ``policy.assessment.review_months``."""

    name: str
    version: int
    description: str = ""
    security: SecurityPolicy
    sync: SyncPolicy
    assessment: AssessmentPolicy
    court: CourtPolicy
    contacts: ContactsPolicy
    reporting: ReportingPolicy
    referral_order: ReferralOrderPolicy
    custody: CustodyPolicy
    requirements: RequirementsPolicy
    transition: TransitionPolicy
    out_of_court: OutOfCourtPolicy
    victims: VictimsPolicy
    working_days: WorkingDaysPolicy

    @classmethod
    def load(cls, overrides: Iterable[Path] = ()) -> Policy:
        """The shipped defaults with each existing file of ``overrides`` laid over them."""
        return cls.from_data(load_data(overrides))

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Policy:
        """The typed policy of a merged policy object; a wrong key or value in words."""
        try:
            return cls.model_validate(_without_notes(data))
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(part) for part in err['loc'])}: {err['msg']}"
                for err in exc.errors())
            raise KnownError(f"The service policy is not valid: {problems}.") from exc

    def changed(self, **sections: Mapping[str, Any]) -> Policy:
        """A copy with some keys changed, checked as a file would be:
        ``policy.changed(security={"idle_lock_minutes": 5})``."""
        return Policy.from_data(deep_merge(self.model_dump(), sections))


def load_data(overrides: Iterable[Path] = ()) -> dict[str, Any]:
    """The shipped defaults with each existing file of ``overrides`` merged over them, as the
    raw object (``yjdesk.config`` lays its machine-wide and profile keys on it)."""
    data: dict[str, Any] = json.loads(
        (resources_dir() / "policy" / "default.json").read_text("utf-8"))
    for path in overrides:
        if not path.exists():
            continue
        try:
            extra = json.loads(path.read_text("utf-8"))
        except json.JSONDecodeError as exc:
            raise KnownError(f"The policy file {path} is not valid JSON: {exc}") from exc
        if not isinstance(extra, dict):
            raise KnownError(f"The policy file {path} must hold a JSON object.")
        data = deep_merge(data, extra)
    return data


_current: Policy | None = None


def current_policy() -> Policy:
    """The policy in force in this process: the service's own, once the app has installed
    it with :func:`use_policy`; the shipped defaults until then."""
    global _current
    if _current is None:
        _current = Policy.load()
    return _current


def use_policy(policy: Policy | None) -> None:
    """Make ``policy`` the one in force (None: the shipped defaults).

    The app installs the effective policy (machine-wide presets and the profile's choices)
    at start, so due dates in the caseload follow the service's timescales, not ours.
    """
    global _current
    _current = policy
    workdays.use_calendar(policy.working_days.calendar if policy else workdays.DEFAULT_CALENDAR)
