"""Sealed boxes: data encrypted to an administrator's public key (a revoked laptop's export).

A laptop that is wiped keeps its unsynced rows for an administrator, encrypted so that only
the holder of the administrator's *private* key can read them -- not the user, not a thief
who knows the user's password. The scheme is ECIES over X25519:

* a fresh X25519 key pair per box; its public half travels in the box;
* the shared secret with the administrator's public key, through HKDF-SHA256 (the salt is
  both public keys), gives a 256-bit AES-GCM key;
* AES-256-GCM encrypts the payload, with the format name as associated data.

Anyone can seal a box to the public key, so a box says nothing about who made it: the
import command checks the claimed device against the service's own records.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FORMAT = "yjdesk-sealed/1"
ALGORITHM = "X25519-HKDF-SHA256-AES256GCM"
PUBLIC_PREFIX = "x25519:"


class SealError(ValueError):
    """A key or a box that cannot be used (message in plain words)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, what: str) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except (ValueError, TypeError) as exc:
        raise SealError(f"the {what} is not valid base64") from exc


def new_key_pair() -> tuple[bytes, str]:
    """A new administrator key: (private key PEM, public key text for the config)."""
    private = X25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return pem, public_text(private.public_key())


def public_text(public: X25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PUBLIC_PREFIX + _b64(raw)


def parse_public(text: Any) -> X25519PublicKey:
    """The public key from its config text (``x25519:<base64 of 32 bytes>``)."""
    if not isinstance(text, str) or not text.startswith(PUBLIC_PREFIX):
        raise SealError("the administrator's key must look like 'x25519:' followed by the "
                        "text printed by 'yjdesk-server wipe-key'")
    raw = _unb64(text[len(PUBLIC_PREFIX):], "administrator's key")
    if len(raw) != 32:
        raise SealError("the administrator's key has the wrong length")
    return X25519PublicKey.from_public_bytes(raw)


def load_private(path: Path) -> X25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise SealError(f"cannot read the key file {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise SealError(f"{path} is not a private key file") from exc
    if not isinstance(key, X25519PrivateKey):
        raise SealError(f"{path} is not an X25519 key made by 'yjdesk-server wipe-key'")
    return key


def _aes_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient,
                info=FORMAT.encode()).derive(shared)


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def seal(payload: dict[str, Any], recipient: X25519PublicKey) -> dict[str, Any]:
    """``payload`` (JSON-able) as a sealed box (a JSON-able dict)."""
    ephemeral = X25519PrivateKey.generate()
    eph_raw, rec_raw = _raw(ephemeral.public_key()), _raw(recipient)
    key = _aes_key(ephemeral.exchange(recipient), eph_raw, rec_raw)
    nonce = os.urandom(12)
    plain = json.dumps(payload, sort_keys=True).encode("utf-8")
    cipher = AESGCM(key).encrypt(nonce, plain, FORMAT.encode())
    return {"format": FORMAT, "algorithm": ALGORITHM, "recipient": public_text(recipient),
            "ephemeral": _b64(eph_raw), "nonce": _b64(nonce), "ciphertext": _b64(cipher)}


def open_box(box: Any, private: X25519PrivateKey) -> dict[str, Any]:
    """The payload of a sealed box; :class:`SealError` if it is not for this key or altered."""
    if not isinstance(box, dict) or box.get("format") != FORMAT:
        raise SealError("this file is not a yjdesk sealed export")
    if box.get("algorithm") != ALGORITHM:
        raise SealError(f"unknown encryption {box.get('algorithm')!r}")
    eph_raw = _unb64(box.get("ephemeral"), "sender key")
    if len(eph_raw) != 32:
        raise SealError("the sender key has the wrong length")
    ephemeral = X25519PublicKey.from_public_bytes(eph_raw)
    rec_raw = _raw(private.public_key())
    key = _aes_key(private.exchange(ephemeral), eph_raw, rec_raw)
    try:
        plain = AESGCM(key).decrypt(_unb64(box.get("nonce"), "nonce"),
                                    _unb64(box.get("ciphertext"), "ciphertext"),
                                    FORMAT.encode())
    except InvalidTag as exc:
        raise SealError("this export was not sealed to this administrator key, or it was "
                        "altered") from exc
    data = json.loads(plain)
    if not isinstance(data, dict):
        raise SealError("the export holds no records")
    return data
