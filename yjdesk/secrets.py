"""The OS credential store (keyring), behind one small module.

Holds the sync refresh token and, only where policy allows "remember me", the unwrapped
data key. There is no plaintext fallback: with no usable keyring, :class:`NoKeyring` is
raised and the caller goes without (the user signs in again).
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backends import fail

from yjdesk.errors import NoKeyring

SERVICE = "yjdesk"


def _check_backend() -> None:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or backend.priority <= 0:  # type: ignore[operator]
        raise NoKeyring("No secure credential store is available on this computer.")


def set_secret(name: str, value: str) -> None:
    _check_backend()
    try:
        keyring.set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(f"The credential store refused to save: {exc}") from exc


def get_secret(name: str) -> str | None:
    try:
        _check_backend()
        return keyring.get_password(SERVICE, name)
    except (NoKeyring, keyring.errors.KeyringError):
        return None


def delete_secret(name: str) -> None:
    try:
        _check_backend()
        keyring.delete_password(SERVICE, name)
    except (NoKeyring, keyring.errors.KeyringError):
        pass
