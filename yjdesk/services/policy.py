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

import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar

from yjdesk.errors import KnownError
from yjdesk.paths import resources_dir
from yjdesk.services import workdays


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


# --- checking a policy object --------------------------------------------------------------
#
# The sections are frozen dataclasses checked here, field by field, with the conversions and
# the words pydantic's lax mode used for them before (``"5"`` and ``5.0`` are 5; ``"yes"`` is
# true; a misspelt key is "Extra inputs are not permitted"). Pydantic and the classes it made
# cost a cold start about a tenth of a second of imports (issue 16), for sixteen small
# sections of numbers, flags and words.

Loc = tuple[str | int, ...]


class _Invalid(Exception):
    """What is wrong, each at its place in the object (``("security", "idle_lock_minutes")``)."""

    def __init__(self, errors: list[tuple[Loc, str]]) -> None:
        super().__init__(errors)
        self.errors = errors


_BOOLEAN_WORDS = {"0": False, "off": False, "f": False, "false": False, "n": False, "no": False,
                  "1": True, "on": True, "t": True, "true": True, "y": True, "yes": True}


def _integer(value: object, loc: Loc) -> int:
    if isinstance(value, int):  # (a bool is 0 or 1)
        return int(value)
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise _Invalid([(loc, "Input should be a valid integer, got a number with a "
                              "fractional part")])
    if isinstance(value, str):
        text = value.strip()
        try:
            return int(text)
        except ValueError:
            pass
        try:
            number = float(text)
        except ValueError:
            number = 0.5
        if number.is_integer():  # "5.0"
            return int(number)
        raise _Invalid([(loc, "Input should be a valid integer, unable to parse string as an "
                              "integer")])
    raise _Invalid([(loc, "Input should be a valid integer")])


def _number(value: object, loc: Loc) -> float:
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            raise _Invalid([(loc, "Input should be a valid number, unable to parse string as a "
                                  "number")]) from None
    raise _Invalid([(loc, "Input should be a valid number")])


def _boolean(value: object, loc: Loc) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _BOOLEAN_WORDS:
        return _BOOLEAN_WORDS[value.strip().lower()]
    if isinstance(value, int | float | str):
        raise _Invalid([(loc, "Input should be a valid boolean, unable to interpret input")])
    raise _Invalid([(loc, "Input should be a valid boolean")])


def _text(value: object, loc: Loc) -> str:
    if isinstance(value, str):
        return value
    raise _Invalid([(loc, "Input should be a valid string")])


def _texts(value: object, loc: Loc) -> tuple[str, ...]:
    if not isinstance(value, list | tuple | set | frozenset):
        raise _Invalid([(loc, "Input should be a valid tuple")])
    out: list[str] = []
    errors: list[tuple[Loc, str]] = []
    for i, item in enumerate(value):
        try:
            out.append(_text(item, (*loc, i)))
        except _Invalid as exc:
            errors += exc.errors
    if errors:
        raise _Invalid(errors)
    return tuple(out)


def _mapping_of(convert: Callable[[object, Loc], Any]) -> Callable[[object, Loc], dict[str, Any]]:
    def mapping(value: object, loc: Loc) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            raise _Invalid([(loc, "Input should be a valid dictionary")])
        out: dict[str, Any] = {}
        errors: list[tuple[Loc, str]] = []
        for key, item in value.items():
            try:
                out[_text(key, (*loc, key, "[key]"))] = convert(item, (*loc, key))
            except _Invalid as exc:
                errors += exc.errors
        if errors:
            raise _Invalid(errors)
        return out

    return mapping


#: How each field's annotation is checked (a section's fields name these, or a section).
_CONVERT: dict[str, Callable[[object, Loc], Any]] = {
    "int": _integer, "bool": _boolean, "str": _text, "tuple[str, ...]": _texts,
    "dict[str, int]": _mapping_of(_integer), "dict[str, float]": _mapping_of(_number)}


def _positive() -> Any:
    """A count that cannot be below 0 (a field with no default)."""
    return dataclasses.field(metadata={"ge": 0})


class _Section:
    """A frozen section of the policy: made from a JSON object by :meth:`from_object`."""

    #: Every section class by name (an annotation naming one is checked as that section).
    SECTIONS: ClassVar[dict[str, type[_Section]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _Section.SECTIONS[cls.__name__] = cls

    @classmethod
    def from_object(cls, data: object, loc: Loc = ()) -> Any:
        if not isinstance(data, Mapping):
            raise _Invalid([(loc, f"Input should be a valid dictionary or instance of "
                                  f"{cls.__name__}")])
        values: dict[str, Any] = {}
        errors: list[tuple[Loc, str]] = []
        fields = dataclasses.fields(cls)  # type: ignore[arg-type]
        for f in fields:
            at = (*loc, f.name)
            if f.name not in data:
                if f.default is dataclasses.MISSING:
                    errors.append((at, "Field required"))
                continue
            try:
                section = _Section.SECTIONS.get(str(f.type))
                value = (section.from_object(data[f.name], at) if section is not None
                         else _CONVERT[str(f.type)](data[f.name], at))
                if "ge" in f.metadata and value < f.metadata["ge"]:
                    raise _Invalid([(at, f"Input should be greater than or equal to "
                                         f"{f.metadata['ge']}")])
                values[f.name] = value
            except _Invalid as exc:
                errors += exc.errors
        names = {f.name for f in fields}
        errors += [((*loc, key), "Extra inputs are not permitted") for key in data
                   if key not in names]
        if errors:
            raise _Invalid(errors)
        return cls(**values)

    def as_data(self) -> dict[str, Any]:
        """The section as a JSON-like object (nested sections as objects)."""
        return dataclasses.asdict(self)  # type: ignore[call-overload,no-any-return]


@dataclasses.dataclass(frozen=True, kw_only=True)
class SecurityPolicy(_Section):
    idle_lock_minutes: int = _positive()
    remember_me_allowed: bool
    min_password_length: int = _positive()
    reask_password_to_sign: bool
    #: Machine policy (docs/deploy.md): seal a new profile's key with a device key too.
    bind_store_to_device: bool = False


@dataclasses.dataclass(frozen=True, kw_only=True)
class SyncPolicy(_Section):
    #: Days after a child leaves a caseload that a laptop's earlier edits are still taken.
    revoked_pending_days: int = _positive()


@dataclasses.dataclass(frozen=True, kw_only=True)
class AssessmentPolicy(_Section):
    due_working_days_from_start: int = _positive()
    countersign_working_days: int = _positive()
    review_months: int = _positive()
    review_after_significant_change_working_days: int = _positive()
    reassess_after_events: tuple[str, ...]
    due_soon_working_days: int = _positive()


@dataclasses.dataclass(frozen=True, kw_only=True)
class CourtPolicy(_Section):
    psr_quality_check_working_days_before_hearing: int = _positive()
    assessment_max_age_months_for_psr: int = _positive()


@dataclasses.dataclass(frozen=True, kw_only=True)
class ContactsPolicy(_Section):
    author_edit_window_hours: int = _positive()
    #: Per supervision level (``standard``, ``enhanced`` ...).
    max_days_between_contacts: dict[str, int]
    contacts_per_week: dict[str, float]


@dataclasses.dataclass(frozen=True, kw_only=True)
class ReportingPolicy(_Section):
    suppress_below: int = _positive()
    round_below: int = _positive()
    population_10_17: int = _positive()
    reoffending_tracking_months: int = _positive()
    drill_down_roles: tuple[str, ...]


@dataclasses.dataclass(frozen=True, kw_only=True)
class ReferralOrderPolicy(_Section):
    initial_panel_working_days: int = _positive()
    progress_panel_months: int = _positive()
    due_soon_days: int = _positive()


@dataclasses.dataclass(frozen=True, kw_only=True)
class CustodyPolicy(_Section):
    initial_planning_working_days: int = _positive()
    review_months: int = _positive()
    release_planning_days_before_release: int = _positive()


@dataclasses.dataclass(frozen=True, kw_only=True)
class RequirementsPolicy(_Section):
    balance_warning_days: int = _positive()


@dataclasses.dataclass(frozen=True, kw_only=True)
class TransitionPolicy(_Section):
    planning_from_age_months: int = _positive()


@dataclasses.dataclass(frozen=True, kw_only=True)
class OutOfCourtPolicy(_Section):
    assess_working_days_from_referral: int = _positive()
    inform_police_working_days_from_bail: int = _positive()


@dataclasses.dataclass(frozen=True, kw_only=True)
class VictimsPolicy(_Section):
    retention_months_after_last_contact: int = _positive()


@dataclasses.dataclass(frozen=True, kw_only=True)
class WorkingDaysPolicy(_Section):
    #: The bank-holiday calendar (:data:`yjdesk.services.workdays.CALENDARS`).
    calendar: str

    def __post_init__(self) -> None:
        workdays.check_calendar(self.calendar)


@dataclasses.dataclass(frozen=True, kw_only=True)
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
            policy: Policy = cls.from_object(_without_notes(data))
        except _Invalid as exc:
            problems = "; ".join(f"{'.'.join(str(part) for part in loc)}: {message}"
                                 for loc, message in exc.errors)
            raise KnownError(f"The service policy is not valid: {problems}.") from None
        return policy

    def changed(self, **sections: Mapping[str, Any]) -> Policy:
        """A copy with some keys changed, checked as a file would be:
        ``policy.changed(security={"idle_lock_minutes": 5})``."""
        return Policy.from_data(deep_merge(self.as_data(), sections))


def _check_annotations() -> None:
    """Every field of every section is one this module knows how to check (at import)."""
    for section in _Section.SECTIONS.values():
        for f in dataclasses.fields(section):  # type: ignore[arg-type]
            if str(f.type) not in _CONVERT and str(f.type) not in _Section.SECTIONS:
                raise TypeError(f"{section.__name__}.{f.name}: no check for {f.type}")


_check_annotations()


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
