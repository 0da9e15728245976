"""Deployment settings: what IT presets machine-wide, and what each user may change.

Three layers, later ones winning key by key:

1. built-in defaults (:data:`DEFAULTS`);
2. the machine-wide file ``config.json`` in the platform's system config folder
   (``/etc/xdg/yjdesk`` on Linux, ``%PROGRAMDATA%\\yjdesk`` on Windows,
   ``/Library/Application Support/yjdesk`` on macOS; ``$YJDESK_SYSTEM_CONFIG`` names another
   file, which is how tests and unusual deployments point elsewhere);
3. the user's ``settings.json`` in the profile folder, **except** for keys the machine-wide
   file lists under ``"locked"``: those keep the machine value, and
   :meth:`ProfileSettings.set` refuses to change them (:class:`~yjdesk.errors.PermissionDenied`).

The machine-wide file may also carry service policy (``"policy": {...}``, and/or a
``policy.json`` beside it) that is merged over ``resources/policy/default.json``; a
profile's own ``policy.json`` is merged last unless ``"policy"`` (or a dotted path under it,
e.g. ``"policy.security.idle_lock_minutes"``) is locked. Example machine-wide file::

    {
      "server_url": "https://yjdesk-sync.example-council.gov.uk",
      "ca_bundle": "/etc/ssl/certs/example-council-ca.pem",
      "policy": {"security": {"idle_lock_minutes": 5}},
      "locked": ["server_url", "ca_bundle", "policy"]
    }

No Qt here: the settings dialog in ``yjdesk/ui/`` is a thin view over this module.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from yjdesk.errors import KnownError, Message, PermissionDenied, ValidationError, Word
from yjdesk.files import write_json_atomic
from yjdesk.paths import APP_NAME, Paths
from yjdesk.paths import ENV_SYSTEM_CONFIG as ENV_SYSTEM_CONFIG
from yjdesk.services.policy import Policy, deep_merge
from yjdesk.services.policy import load_data as load_policy_data
from yjdesk.wire.urls import server_url_problem

log = logging.getLogger(__name__)

CONFIG_FILE = "config.json"
POLICY_FILE = "policy.json"

#: The keys a person (or IT) can set, with their built-in defaults.
DEFAULTS: dict[str, Any] = {
    #: The sync service, e.g. ``https://yjdesk-sync.example.gov.uk`` (None: not set up).
    "server_url": None,
    #: A PEM file of the certificate authorities that signed the sync service's
    #: certificate (None: the CAs shipped with yjdesk).
    "ca_bundle": None,
    #: Minutes without input before the window locks (never more than policy allows).
    "idle_lock_minutes": None,
}
#: Keys that may appear in a machine-wide file besides the settings themselves.
MACHINE_ONLY = frozenset({"policy", "locked", "wipe_export_key"})
#: The administrator's public key (``x25519:...``, from ``yjdesk-server wipe-key``) that a
#: revoked laptop seals its unsynced rows to (:mod:`yjdesk.sync.wipe`); machine-wide only.
WIPE_EXPORT_KEY = "wipe_export_key"
#: Lockable names: every setting, all of policy, or a dotted path inside policy.
POLICY_LOCK = "policy"


def system_config_file() -> Path:
    """The machine-wide config file (it need not exist)."""
    env = os.environ.get(ENV_SYSTEM_CONFIG)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / CONFIG_FILE


def _read_json_object(path: Path, what: str) -> dict[str, Any]:
    """The JSON object in ``path`` ({} if the file does not exist)."""
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise KnownError(f"The {what} {path} cannot be read: {exc.strerror}.") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KnownError(f"The {what} {path} is not valid JSON: {exc}.") from exc
    if not isinstance(data, dict):
        raise KnownError(f"The {what} {path} must hold a JSON object.")
    return data


def _without_locked(policy: Mapping[str, Any], locked: frozenset[str],
                    prefix: str = POLICY_LOCK) -> dict[str, Any]:
    """``policy`` less every key path that is locked (``policy.a.b`` locks ``{"a": {"b"}}``)."""
    if prefix in locked:
        return {}
    out: dict[str, Any] = {}
    for key, value in policy.items():
        path = f"{prefix}.{key}"
        if path in locked:
            continue
        out[key] = _without_locked(value, locked, path) if isinstance(value, Mapping) else value
    return out


def _check_url(value: Any) -> str | None:
    if value is None or value == "":
        return None
    problem = server_url_problem(value)
    if problem is not None:
        raise ValidationError({"server_url": problem})
    return str(value).strip().rstrip("/")


def _check_ca_bundle(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not Path(value).expanduser().is_file():
        raise ValidationError({"ca_bundle": Message("No certificate file at %1.", value)})
    return str(Path(value).expanduser())


@dataclass
class ProfileSettings:
    """The effective settings of one profile on this machine.

    ``machine`` and ``user`` are the raw layers; :meth:`get` answers from the merged view.
    """

    paths: Paths
    machine_file: Path
    machine: dict[str, Any] = field(default_factory=dict)
    user: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()

    # --- reading ------------------------------------------------------------------------

    def is_locked(self, key: str) -> bool:
        """True if IT has fixed ``key`` (a setting, ``policy`` or a dotted policy path)."""
        if key in self.locked:
            return True
        parts = key.split(".")
        return any(".".join(parts[:i]) in self.locked for i in range(1, len(parts)))

    def get(self, key: str) -> Any:
        if key not in DEFAULTS:
            raise KeyError(key)
        if key in self.user and not self.is_locked(key):
            return self.user[key]
        if key in self.machine:
            return self.machine[key]
        return DEFAULTS[key]

    def source(self, key: str) -> str:
        """Where ``key``'s value comes from: ``"user"``, ``"machine"`` or ``"default"``."""
        if key in self.user and not self.is_locked(key):
            return "user"
        return "machine" if key in self.machine else "default"

    @property
    def server_url(self) -> str | None:
        value = self.get("server_url")
        return str(value) if value else None

    @property
    def ca_bundle(self) -> Path | None:
        value = self.get("ca_bundle")
        return Path(value) if value else None

    @property
    def wipe_export_key(self) -> str | None:
        """The administrator's public key for a revoked laptop's export (machine-wide only)."""
        value = self.machine.get(WIPE_EXPORT_KEY)
        return str(value) if value else None

    def policy(self) -> Policy:
        """Service policy: defaults, then machine-wide, then the profile's (unless locked)."""
        machine_dir = self.machine_file.parent
        data = deep_merge(load_policy_data([machine_dir / POLICY_FILE]),
                          self.machine.get("policy") or {})
        profile = _read_json_object(self.paths.root / POLICY_FILE, "policy file")
        data = deep_merge(data, _without_locked(profile, self.locked))
        return Policy.from_data(data)

    def effective_policy(self) -> Policy:
        """:meth:`policy`, with the idle lock at the user's (never longer) choice."""
        policy = self.policy()
        return policy.changed(security={"idle_lock_minutes": self.idle_lock_minutes(policy)})

    def idle_lock_limit(self, policy: Policy | None = None) -> int:
        """The most minutes policy allows before the idle lock."""
        return (policy or self.policy()).security.idle_lock_minutes

    def idle_lock_minutes(self, policy: Policy | None = None) -> int:
        """The user's idle-lock minutes, never more than policy allows."""
        limit = self.idle_lock_limit(policy)
        chosen = self.get("idle_lock_minutes")
        if not isinstance(chosen, int) or chosen < 1:
            return limit
        return min(chosen, limit)

    # --- changing -----------------------------------------------------------------------

    def set(self, key: str, value: Any) -> None:
        """Change the user's ``key`` and save it. Refuses locked keys and bad values."""
        if key not in DEFAULTS:
            raise KeyError(key)
        if self.is_locked(key):
            raise PermissionDenied(Message(
                "%1 is set by your IT team and cannot be changed here.",
                Word(key.replace("_", " ").capitalize())))
        value = self._validated(key, value)
        user = dict(self.user)
        if value is None:
            user.pop(key, None)
        else:
            user[key] = value
        update_settings_file(self.paths.settings, {key: value})
        self.user = user
        log.info("setting %s changed by the user", key)

    def _validated(self, key: str, value: Any) -> Any:
        if key == "server_url":
            return _check_url(value)
        if key == "ca_bundle":
            return _check_ca_bundle(value)
        if key == "idle_lock_minutes":
            if value is None:
                return None
            limit = self.idle_lock_limit()
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= limit:
                raise ValidationError({"idle_lock_minutes": Message(
                    "Choose between 1 and %1 minutes.", limit)})
            return value
        return value  # pragma: no cover - every key in DEFAULTS is handled above

    # --- applying -----------------------------------------------------------------------

    def apply_tls_environment(self, environ: dict[str, str] | None = None) -> None:
        """Point HTTPS clients (httpx, ssl) at the CA bundle, if one is set.

        httpx reads ``SSL_CERT_FILE`` when it makes its default context, so the sync client
        trusts the council's CA without being told. ``environ`` defaults to ``os.environ``.
        """
        env: Any = os.environ if environ is None else environ
        bundle = self.ca_bundle
        if bundle is not None:
            env["SSL_CERT_FILE"] = str(bundle)


def update_settings_file(path: Path, updates: Mapping[str, Any]) -> None:
    """The one writer of ``settings.json``: merge ``updates`` into it (None removes a key).

    The file holds the user's settings (:class:`ProfileSettings`) and the window's own preferences
    (``yjdesk/ui/settings.py``); each keeps the other's keys.
    """
    try:
        stored = _read_json_object(path, "settings file")
    except KnownError:
        stored = {}
    for key, value in updates.items():
        if value is None:
            stored.pop(key, None)
        else:
            stored[key] = value
    write_json_atomic(path, stored)


def _machine_layer(path: Path) -> tuple[dict[str, Any], frozenset[str]]:
    raw = _read_json_object(path, "machine-wide config file")
    locked_raw = raw.get("locked", [])
    if not isinstance(locked_raw, list) or not all(isinstance(k, str) for k in locked_raw):
        raise KnownError(f"In {path}, \"locked\" must be a list of setting names.")
    locked = frozenset(locked_raw)
    for name in sorted(locked):
        if name not in DEFAULTS and name.split(".")[0] != POLICY_LOCK:
            log.warning("machine config %s locks an unknown setting %r", path, name)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key in MACHINE_ONLY:
            continue
        if key not in DEFAULTS:
            log.warning("machine config %s has an unknown setting %r (ignored)", path, key)
            continue
        values[key] = value
    wipe_key = raw.get(WIPE_EXPORT_KEY)
    if wipe_key not in (None, ""):
        from yjdesk.wire.sealed import SealError, parse_public

        try:
            parse_public(wipe_key)
        except SealError as exc:
            raise KnownError(f"In {path}, \"{WIPE_EXPORT_KEY}\": {exc}.") from exc
        values[WIPE_EXPORT_KEY] = wipe_key
    policy = raw.get("policy")
    if policy is not None:
        if not isinstance(policy, dict):
            raise KnownError(f"In {path}, \"policy\" must be a JSON object.")
        values["policy"] = policy
    try:
        values["server_url"] = _check_url(values.get("server_url"))
    except ValidationError as exc:
        raise KnownError(f"In {path}: {exc.errors['server_url']}") from exc
    if values.get("ca_bundle"):
        values["ca_bundle"] = str(Path(values["ca_bundle"]).expanduser())
    for key in ("server_url", "ca_bundle"):
        if values.get(key) is None:
            values.pop(key, None)
    return values, locked


def load_settings(paths: Paths, machine_file: Path | None = None) -> ProfileSettings:
    """The settings of the profile at ``paths`` on this machine."""
    machine_path = machine_file or system_config_file()
    machine, locked = _machine_layer(machine_path)
    user_raw = _read_json_object(paths.settings, "settings file")
    user = {k: v for k, v in user_raw.items() if k in DEFAULTS}
    ignored = sorted(k for k in user if k in locked)
    if ignored:
        log.info("settings %s are locked machine-wide; the profile's values are ignored",
                 ", ".join(ignored))
    return ProfileSettings(paths=paths, machine_file=machine_path, machine=machine, user=user,
                    locked=locked)
