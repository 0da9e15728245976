"""The one rule for sync-service addresses: HTTPS, except to this computer itself.

Passwords and case records travel to the service, so an address on the network must use
TLS (``https://``). Plain ``http://`` is accepted only for loopback (``localhost``,
``127.0.0.0/8``, ``::1``): a service on the same machine, as in the demo and the tests.
The machine-wide config, the settings dialog, ``yjdesk connect``, the connect window and the
sync client all use :func:`server_url_problem`, so they refuse with the same words.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

HTTPS_ONLY = ("The server address must start with https:// (plain http:// is allowed only "
              "for a service on this computer, such as http://127.0.0.1).")


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def server_url_problem(url: object) -> str | None:
    """Why ``url`` cannot be a sync-service address (None: it can)."""
    if not isinstance(url, str):
        return HTTPS_ONLY
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:
        return "The server address is not a valid web address."
    if parts.scheme == "https" and host:
        return None
    if parts.scheme == "http" and host and is_loopback(host):
        return None
    return HTTPS_ONLY
