"""The data key and its wrapping (ARCHITECTURE.md section 2).

A random 256-bit data key encrypts the database. It is stored only wrapped (AES-256-GCM) by a
key derived from the user's password with scrypt. Authenticated encryption means a wrong
password is detected for certain before the database is touched. A password change re-wraps
the data key; the database is not re-encrypted.

Optionally (machine policy ``security.bind_store_to_device``) the data key is first sealed by
a random *device key* kept only in the OS credential store (:mod:`yjdesk.secrets`), and the
password wraps that sealed key: a copy of the disk image plus the password is then not
enough -- the copy also needs this computer's credential store. The key file names the
keyring entry under ``"device"``.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from yjdesk.errors import StoreCorrupt, StoreNotFound, WrongPassword
from yjdesk.files import write_json_atomic

KEYFILE_VERSION = 1
_AAD = b"yjdesk data key v1"
_DEVICE_AAD = b"yjdesk device-bound data key v1"
NOT_THIS_DEVICE = ("This profile is bound to the computer it was set up on, and this "
                   "computer's credential store does not hold its device key (a copied disk, "
                   "or the credential store was reset). Ask your administrator.")


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost. The default costs ~64 MiB and a fraction of a second on a laptop."""

    n: int = 2**16
    r: int = 8
    p: int = 1

    def derive(self, password: str, salt: bytes) -> bytes:
        kdf = Scrypt(salt=salt, length=32, n=self.n, r=self.r, p=self.p)
        return kdf.derive(password.encode("utf-8"))


DEFAULT_KDF = KdfParams()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_data_key() -> bytes:
    return secrets.token_bytes(32)


def new_device_binding() -> dict[str, Any]:
    """A new device key in the OS credential store; the key file's ``"device"`` entry."""
    from yjdesk import secrets as keystore

    name = f"device-key:{secrets.token_hex(16)}"
    keystore.set_secret(name, _b64(secrets.token_bytes(32)))  # NoKeyring if there is none
    return {"keyring": name}


def _device_key(device: dict[str, Any]) -> bytes:
    from yjdesk import secrets as keystore
    from yjdesk.errors import NoKeyring

    try:
        value = keystore.get_secret(str(device["keyring"]))
    except (KeyError, TypeError, NoKeyring):
        value = None
    if not value:
        raise StoreCorrupt(NOT_THIS_DEVICE)
    return _unb64(value)


def forget_device_binding(blob: dict[str, Any]) -> None:
    """Remove the device key from the credential store (the profile is being wiped)."""
    from yjdesk import secrets as keystore

    device = blob.get("device")
    if isinstance(device, dict) and device.get("keyring"):
        keystore.delete_secret(str(device["keyring"]))


def wrap(data_key: bytes, password: str, kdf: KdfParams = DEFAULT_KDF,
         device: dict[str, Any] | None = None) -> dict[str, Any]:
    """Wrap ``data_key`` by ``password`` (and first by the device key, if ``device``)."""
    if len(password) < 1:
        raise ValueError("empty password")
    payload = data_key
    extra: dict[str, Any] = {}
    if device is not None:
        dnonce = secrets.token_bytes(12)
        payload = dnonce + AESGCM(_device_key(device)).encrypt(dnonce, data_key, _DEVICE_AAD)
        extra = {"device": dict(device)}
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = kdf.derive(password, salt)
    wrapped = AESGCM(kek).encrypt(nonce, payload, _AAD)
    return {
        "version": KEYFILE_VERSION,
        "kdf": {"name": "scrypt", "n": kdf.n, "r": kdf.r, "p": kdf.p, "salt": _b64(salt)},
        "nonce": _b64(nonce),
        "wrapped_key": _b64(wrapped),
        **extra,
    }


def unwrap(blob: dict[str, Any], password: str) -> bytes:
    try:
        if blob.get("version") != KEYFILE_VERSION or blob["kdf"]["name"] != "scrypt":
            raise StoreCorrupt("The key file has an unknown format.")
        kdf = KdfParams(int(blob["kdf"]["n"]), int(blob["kdf"]["r"]), int(blob["kdf"]["p"]))
        salt = _unb64(blob["kdf"]["salt"])
        nonce = _unb64(blob["nonce"])
        wrapped = _unb64(blob["wrapped_key"])
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreCorrupt("The key file is damaged and cannot be read.") from exc
    kek = kdf.derive(password, salt)
    try:
        payload = AESGCM(kek).decrypt(nonce, wrapped, _AAD)
    except InvalidTag:
        raise WrongPassword("The password is not correct for this profile.") from None
    device = blob.get("device")
    if device is None:
        return payload
    if not isinstance(device, dict):
        raise StoreCorrupt("The key file is damaged and cannot be read.")
    try:
        return AESGCM(_device_key(device)).decrypt(payload[:12], payload[12:], _DEVICE_AAD)
    except (InvalidTag, ValueError):
        raise StoreCorrupt(NOT_THIS_DEVICE) from None


def read_keyfile(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StoreNotFound(f"No yjdesk profile at {path.parent}.") from None
    try:
        blob = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StoreCorrupt("The key file is damaged and cannot be read.") from exc
    if not isinstance(blob, dict):
        raise StoreCorrupt("The key file is damaged and cannot be read.")
    return blob


def write_keyfile(path: Path, blob: dict[str, Any]) -> None:
    """Write atomically (temp file, fsync, rename) so a crash never leaves half a key."""
    write_json_atomic(path, blob, mode=0o600)
