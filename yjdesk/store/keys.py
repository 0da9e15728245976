"""The data key and its wrapping (ARCHITECTURE.md section 2).

A random 256-bit data key encrypts the database. It is stored only wrapped (AES-256-GCM) by a
key derived from the user's password with scrypt. Authenticated encryption means a wrong
password is detected for certain before the database is touched. A password change re-wraps
the data key; the database is not re-encrypted.
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


def wrap(data_key: bytes, password: str, kdf: KdfParams = DEFAULT_KDF) -> dict[str, Any]:
    if len(password) < 1:
        raise ValueError("empty password")
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = kdf.derive(password, salt)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _AAD)
    return {
        "version": KEYFILE_VERSION,
        "kdf": {"name": "scrypt", "n": kdf.n, "r": kdf.r, "p": kdf.p, "salt": _b64(salt)},
        "nonce": _b64(nonce),
        "wrapped_key": _b64(wrapped),
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
        return AESGCM(kek).decrypt(nonce, wrapped, _AAD)
    except InvalidTag:
        raise WrongPassword("The password is not correct for this profile.") from None


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
