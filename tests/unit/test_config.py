"""Deployment settings: the machine-wide file is honoured, and locked keys cannot change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from yjdesk.config import ENV_SYSTEM_CONFIG, load_settings, system_config_file
from yjdesk.errors import KnownError, PermissionDenied, ValidationError
from yjdesk.paths import Paths

SERVER = "https://yjdesk-sync.example-council.gov.uk"


@pytest.fixture
def machine_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "etc" / "yjdesk" / "config.json"
    path.parent.mkdir(parents=True)
    monkeypatch.setenv(ENV_SYSTEM_CONFIG, str(path))
    return path


def write(path: Path, data: object) -> None:
    path.write_text(json.dumps(data), "utf-8")


def test_env_var_names_the_machine_file(machine_file: Path) -> None:
    assert system_config_file() == machine_file


def test_default_machine_file_is_in_the_system_config_dir(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_SYSTEM_CONFIG, raising=False)
    monkeypatch.setenv("XDG_CONFIG_DIRS", "/etc/xdg")
    path = system_config_file()
    assert path.name == "config.json"
    assert path.parent.name == "yjdesk"
    assert str(path).startswith("/etc/xdg")


def test_no_machine_file_gives_defaults(paths: Paths, machine_file: Path) -> None:
    settings = load_settings(paths)
    assert settings.server_url is None
    assert settings.ca_bundle is None
    assert not settings.is_locked("server_url")
    assert settings.idle_lock_minutes() == settings.policy().security.idle_lock_minutes


def test_machine_file_is_honoured(paths: Paths, machine_file: Path, tmp_path: Path) -> None:
    ca = tmp_path / "council-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", "utf-8")
    write(machine_file, {"server_url": SERVER + "/", "ca_bundle": str(ca),
                         "policy": {"security": {"idle_lock_minutes": 5}}})
    settings = load_settings(paths)
    assert settings.server_url == SERVER
    assert settings.ca_bundle == ca
    assert settings.source("server_url") == "machine"
    policy = settings.policy()
    assert policy.security.idle_lock_minutes == 5
    # Untouched policy keys keep the shipped defaults.
    assert policy.assessment.review_months == 3
    env: dict[str, str] = {}
    settings.apply_tls_environment(env)
    assert env == {"SSL_CERT_FILE": str(ca)}


def test_policy_json_beside_the_machine_file_is_merged(paths: Paths,
                                                       machine_file: Path) -> None:
    write(machine_file.parent / "policy.json", {"contacts": {"author_edit_window_hours": 24}})
    policy = load_settings(paths).policy()
    assert policy.contacts.author_edit_window_hours == 24


def test_user_may_change_an_unlocked_key(paths: Paths, machine_file: Path) -> None:
    write(machine_file, {"server_url": SERVER})
    settings = load_settings(paths)
    settings.set("server_url", "https://other.example.gov.uk")
    assert settings.server_url == "https://other.example.gov.uk"
    assert settings.source("server_url") == "user"
    # Saved in the profile, and read back next time.
    assert json.loads(paths.settings.read_text("utf-8")) == {
        "server_url": "https://other.example.gov.uk"}
    assert load_settings(paths).server_url == "https://other.example.gov.uk"


def test_saving_keeps_the_windows_own_preferences(paths: Paths, machine_file: Path) -> None:
    write(paths.settings, {"window_geometry": "AAAA", "version": 1})
    settings = load_settings(paths)
    settings.set("idle_lock_minutes", 4)
    assert json.loads(paths.settings.read_text("utf-8")) == {
        "window_geometry": "AAAA", "version": 1, "idle_lock_minutes": 4}


def test_locked_key_is_refused(paths: Paths, machine_file: Path) -> None:
    write(machine_file, {"server_url": SERVER, "locked": ["server_url"]})
    settings = load_settings(paths)
    assert settings.is_locked("server_url")
    with pytest.raises(PermissionDenied, match="IT team"):
        settings.set("server_url", "https://elsewhere.example.com")
    assert settings.server_url == SERVER
    assert not paths.settings.exists()


def test_locked_key_ignores_a_value_already_in_the_profile(paths: Paths,
                                                           machine_file: Path) -> None:
    write(paths.settings, {"server_url": "https://old.example.com", "idle_lock_minutes": 3})
    write(machine_file, {"server_url": SERVER, "locked": ["server_url"]})
    settings = load_settings(paths)
    assert settings.server_url == SERVER
    assert settings.source("server_url") == "machine"
    assert settings.idle_lock_minutes() == 3  # not locked: the user's choice stands


def test_locked_policy_ignores_the_profile_policy(paths: Paths, machine_file: Path) -> None:
    write(machine_file, {"policy": {"security": {"idle_lock_minutes": 5}},
                         "locked": ["policy.security"]})
    write(paths.root / "policy.json", {"security": {"idle_lock_minutes": 60},
                                       "assessment": {"review_months": 4}})
    settings = load_settings(paths)
    policy = settings.policy()
    assert policy.security.idle_lock_minutes == 5
    assert policy.assessment.review_months == 4  # not locked
    assert settings.is_locked("policy.security.idle_lock_minutes")
    assert not settings.is_locked("policy.assessment")


def test_idle_lock_stays_within_policy(paths: Paths, machine_file: Path) -> None:
    write(machine_file, {"policy": {"security": {"idle_lock_minutes": 5}}})
    settings = load_settings(paths)
    settings.set("idle_lock_minutes", 2)
    assert settings.idle_lock_minutes() == 2
    with pytest.raises(ValidationError) as info:
        settings.set("idle_lock_minutes", 30)
    assert "idle_lock_minutes" in info.value.errors
    # A hand-edited profile value above policy is capped, not obeyed.
    write(paths.settings, {"idle_lock_minutes": 90})
    assert load_settings(paths).idle_lock_minutes() == 5


def test_bad_values_are_refused(paths: Paths, machine_file: Path) -> None:
    settings = load_settings(paths)
    with pytest.raises(ValidationError):
        settings.set("server_url", "ftp://nope")
    with pytest.raises(ValidationError):
        settings.set("ca_bundle", str(paths.root / "missing.pem"))
    with pytest.raises(KeyError):
        settings.set("colour", "blue")
    settings.set("server_url", "")
    assert settings.server_url is None


def test_damaged_machine_file_is_a_clear_error(paths: Paths, machine_file: Path) -> None:
    machine_file.write_text("{not json", "utf-8")
    with pytest.raises(KnownError, match="not valid JSON"):
        load_settings(paths)
    write(machine_file, {"locked": "server_url"})
    with pytest.raises(KnownError, match="must be a list"):
        load_settings(paths)
    write(machine_file, {"server_url": "sync.example.com"})
    with pytest.raises(KnownError, match="https://"):
        load_settings(paths)


def test_unknown_machine_keys_are_ignored_with_a_warning(
        paths: Paths, machine_file: Path, caplog: pytest.LogCaptureFixture) -> None:
    write(machine_file, {"telemetry": True, "locked": ["colour"]})
    settings = load_settings(paths)
    assert "telemetry" not in settings.machine
    assert "unknown setting 'telemetry'" in caplog.text
    assert "unknown setting 'colour'" in caplog.text

