"""The sync client's TLS context: made once per CA bundle, and the bundle the environment
names (``SSL_CERT_FILE``, as the machine-wide ``ca_bundle`` sets it) is the one trusted."""

from __future__ import annotations

import os
import shutil
import ssl
from pathlib import Path

import certifi
import pytest

from yjdesk.sync.client import SyncClient, tls_context


def _subjects(ctx: ssl.SSLContext) -> int:
    return len(ctx.get_ca_certs())


def test_one_context_per_bundle_and_a_new_one_when_the_bundle_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    shipped = tls_context()
    assert tls_context() is shipped
    assert _subjects(shipped) > 10  # certifi's CAs

    one_ca = tmp_path / "council-ca.pem"
    pem = Path(certifi.where()).read_text("ascii")
    first = pem[:pem.index("-----END CERTIFICATE-----") + len("-----END CERTIFICATE-----")]
    one_ca.write_text(first[first.index("-----BEGIN"):] + "\n", "ascii")
    monkeypatch.setenv("SSL_CERT_FILE", str(one_ca))
    council = tls_context()
    assert council is not shipped and _subjects(council) == 1
    assert tls_context() is council

    # the bundle replaced in place (a renewed CA) is read again
    shutil.copyfile(certifi.where(), one_ca)
    stat = one_ca.stat()
    os.utime(one_ca, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    renewed = tls_context()
    assert renewed is not council and _subjects(renewed) > 10

    monkeypatch.delenv("SSL_CERT_FILE")
    assert tls_context() is shipped


def test_the_sync_client_uses_the_shared_context(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with SyncClient("https://yjdesk-sync.example-council.gov.uk", "device") as client:
        pool = client._http._transport._pool  # type: ignore[attr-defined]
        assert pool._ssl_context is tls_context()
