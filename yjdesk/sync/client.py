"""HTTP transport to the sync service (httpx), after Anki's ``sync/http_client``.

Every request carries the protocol header and, once signed in, the bearer token. On a 401
the client refreshes the access token once with the refresh token (kept in the OS keyring
by :mod:`yjdesk.sync.accounts`) and retries. Failures become the error taxonomy:
unreachable -> :class:`~yjdesk.errors.Offline`, 426 -> :class:`~yjdesk.errors.ClientTooOld`,
403 ``device_revoked`` -> :class:`~yjdesk.errors.DeviceRevoked`.
"""

from __future__ import annotations

import functools
import json
import os
import random
import ssl
import time
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from yjdesk.errors import (
    AuthenticationFailed,
    ClientTooOld,
    DeviceRevoked,
    Offline,
    ServerRejected,
    ServiceBusy,
    SyncError,
)
from yjdesk.wire.protocol import (
    API_PREFIX,
    CLIENT_KEEP_ALIVE_SECONDS,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    AckRevokeRequest,
    LoginRequest,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RefreshRequest,
    TokenResponse,
)
from yjdesk.wire.urls import server_url_problem

M = TypeVar("M", bound=BaseModel)
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
#: An import is applied in one request: a county's bundle takes minutes.
IMPORT_TIMEOUT = httpx.Timeout(900.0, connect=5.0)
#: How long a password sign-in keeps asking a busy service before giving up.
BUSY_WAIT_SECONDS = 120.0
#: Requests the service answers the same however often they arrive: a push (its batch id:
#: the service applies a batch once and stores its answer) and a pull (a read), besides the
#: health check. Only these are sent again, once, when a kept-alive connection is closed
#: under them before any answer came; a sign-in or a token refresh is not (a refresh token
#: is spent by its first use).
IDEMPOTENT_PATHS = frozenset({"/sync/push", "/sync/pull"})


def tls_context() -> ssl.SSLContext:
    """The TLS context httpx would make (its CAs: ``SSL_CERT_FILE`` or ``SSL_CERT_DIR``, which
    :meth:`yjdesk.config.ProfileSettings.apply_tls_environment` sets, else certifi's),
    made once per CA bundle and shared by the clients: loading a bundle costs about 45 ms of
    CPU, more than a sign-in. A bundle file replaced in place is read again."""
    key = []
    for name in ("SSL_CERT_FILE", "SSL_CERT_DIR"):
        value = os.environ.get(name)
        if value:
            try:
                stamp = os.stat(value).st_mtime_ns
            except OSError:
                stamp = -1
            key.append((name, value, stamp))
    return _tls_context(tuple(key))


@functools.lru_cache(maxsize=8)
def _tls_context(_env: tuple[tuple[str, str, int], ...]) -> ssl.SSLContext:
    return httpx.create_ssl_context()  # reads the environment the key was taken from


class SyncClient:
    """One sync service, one device. Not thread-safe: use it from one thread at a time."""

    def __init__(self, server_url: str, device_id: str, *, refresh_token: str | None = None,
                 on_tokens: Callable[[TokenResponse], None] | None = None,
                 timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                 transport: httpx.BaseTransport | None = None) -> None:
        url = server_url.strip().rstrip("/")
        problem = server_url_problem(url)
        if problem is not None:
            raise SyncError(problem, detail=server_url)
        self.server_url = url
        self.device_id = device_id
        self.refresh_token = refresh_token
        self.access_token: str | None = None
        self.on_tokens = on_tokens
        #: How the client waits between tries (tests replace it).
        self._sleep: Callable[[float], None] = time.sleep
        self._http = httpx.Client(base_url=url + API_PREFIX, timeout=timeout,
                                  transport=transport, verify=tls_context(),
                                  limits=httpx.Limits(keepalive_expiry=CLIENT_KEEP_ALIVE_SECONDS),
                                  headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- endpoints ------------------------------------------------------------------------

    def health(self) -> bool:
        """True if the service answers (the cheap online check)."""
        url = self.server_url + "/health"
        try:
            try:
                return self._http.get(url, timeout=5.0).status_code == 200
            except (httpx.RemoteProtocolError, httpx.ReadError):  # see _send
                return self._http.get(url, timeout=5.0).status_code == 200
        except httpx.HTTPError:
            return False

    def login(self, username: str, password: str, device_name: str = "", *,
              busy_wait: float = BUSY_WAIT_SECONDS,
              on_busy: Callable[[float], None] | None = None) -> TokenResponse:
        """Sign in with the password.

        A service busy signing others in (503 ``busy``, e.g. everyone at 9 a.m.) is asked
        again after the wait it names (with jitter), for up to ``busy_wait`` seconds;
        ``on_busy(seconds)`` is told before each wait so the laptop can say "busy,
        retrying". Past that :class:`~yjdesk.errors.ServiceBusy` is raised.
        """
        body = LoginRequest(username=username, password=password, device_id=self.device_id,
                            device_name=device_name[:120])
        give_up = time.monotonic() + busy_wait
        while True:
            try:
                tokens = self._call("/auth/login", body, TokenResponse, auth=False)
                break
            except ServiceBusy as exc:
                wait = exc.retry_after * random.uniform(1.0, 1.5)
                if time.monotonic() + wait > give_up:
                    raise
                if on_busy is not None:
                    on_busy(wait)
                self._sleep(wait)
        self._accept(tokens)
        return tokens

    def refresh(self) -> TokenResponse:
        if not self.refresh_token:
            raise AuthenticationFailed("Please sign in again: this laptop has no saved session.")
        body = RefreshRequest(refresh_token=self.refresh_token, device_id=self.device_id)
        tokens = self._call("/auth/refresh", body, TokenResponse, auth=False)
        self._accept(tokens)
        return tokens

    def push(self, request: PushRequest) -> PushResponse:
        return self._call("/sync/push", request, PushResponse)

    def push_stored(self, body_json: str) -> PushResponse:
        """Send a batch as it was written down: its stored JSON text, byte for byte (it
        was made by ``PushRequest.model_dump_json``)."""
        return self._call("/sync/push", body_json, PushResponse)

    def push_raw(self, body: dict[str, Any]) -> PushResponse:
        """Send a stored batch exactly as it was first sent."""
        return self._call("/sync/push", PushRequest.model_validate(body), PushResponse)

    def pull(self, request: PullRequest) -> PullResponse:
        return self._call("/sync/pull", request, PullResponse)

    def ack_revoke(self, child_ids: list[str]) -> None:
        self._post("/sync/ack-revoke", AckRevokeRequest(child_ids=child_ids), auth=True)

    # --- plumbing -------------------------------------------------------------------------

    def import_bundle(self, bundle_zip: bytes, *, apply: bool = False,
                      progress: Callable[[str, int, int], None] | None = None,
                      ) -> dict[str, Any]:
        """``POST /admin/import``: the dry run (or, with ``apply``, the import) of an import
        bundle sent as a zip; the service's answer (see yjdesk.server.import_routes).
        ``progress(what, done, total)`` hears the service's progress (total 0 while it
        checks rows)."""
        if self.access_token is None:
            self.refresh()
        params = {"apply": "true" if apply else "false",
                  "stream": "true" if progress else "false"}

        def send() -> httpx.Response:
            headers = {"Content-Type": "application/zip",
                       "Authorization": f"Bearer {self.access_token}"}
            request = self._http.build_request("POST", "/admin/import", content=bundle_zip,
                                               headers=headers, params=params,
                                               timeout=IMPORT_TIMEOUT)
            try:
                return self._http.send(request, stream=True)
            except httpx.TimeoutException as exc:
                raise Offline("The sync service did not answer in time.",
                              detail=str(exc)) from exc
            except httpx.HTTPError as exc:
                raise Offline("The sync service cannot be reached.", detail=str(exc)) from exc

        response = send()
        if response.status_code == 401 and self.refresh_token:
            response.close()
            self.refresh()
            response = send()
        try:
            if response.status_code >= 400 or progress is None:
                response.read()
                _raise_for(response)
                data = response.json()
            else:
                data = None
                for line in response.iter_lines():
                    if not line.strip():
                        continue
                    item = json.loads(line)
                    if "progress" in item:
                        what, done, total = item["progress"]
                        progress(str(what), int(done), int(total))
                    elif "error" in item:
                        raise ServerRejected(str(item.get("message") or "The import failed."),
                                             detail=str(item["error"]))
                    else:
                        data = item.get("result")
        except httpx.HTTPError as exc:
            raise Offline("The connection to the sync service was lost during the import; "
                          "check again to see whether it was imported.",
                          detail=str(exc)) from exc
        finally:
            response.close()
        if not isinstance(data, dict):
            raise SyncError("The sync service sent an answer yjdesk cannot read (import).")
        return data

    def _accept(self, tokens: TokenResponse) -> None:
        if tokens.server_protocol < PROTOCOL_VERSION:
            raise SyncError("The sync service is older than this copy of yjdesk; "
                            "ask your IT team to update the service.")
        self.access_token = tokens.access_token
        self.refresh_token = tokens.refresh_token
        if self.on_tokens is not None:
            self.on_tokens(tokens)

    def _call(self, path: str, body: BaseModel | str, model: type[M], *,
              auth: bool = True) -> M:
        content = self._post(path, body, auth)
        try:
            return model.model_validate_json(content)
        except ValidationError as exc:
            raise SyncError(f"The sync service sent an answer yjdesk cannot read ({path}).",
                            detail=str(exc)) from exc

    def _post(self, path: str, body: BaseModel | str, auth: bool) -> bytes:
        if auth and self.access_token is None:
            self.refresh()
        response = self._send(path, body, auth)
        if response.status_code == 401 and auth and self.refresh_token:
            self.refresh()
            response = self._send(path, body, auth)
        _raise_for(response)
        return response.content

    def _send(self, path: str, body: BaseModel | str, auth: bool) -> httpx.Response:
        headers = {"Content-Type": "application/json"}
        if auth and self.access_token:
            headers["Authorization"] = f"Bearer {self.access_token}"
        content = body if isinstance(body, str) else body.model_dump_json()
        try:
            try:
                return self._http.post(path, content=content, headers=headers)
            except (httpx.RemoteProtocolError, httpx.ReadError):
                # The connection was closed before any answer (a kept-alive one the service
                # or a proxy was closing as it was reused): a new connection, once.
                if path not in IDEMPOTENT_PATHS:
                    raise
                return self._http.post(path, content=content, headers=headers)
        except httpx.TimeoutException as exc:
            raise Offline("The sync service did not answer in time.", detail=str(exc)) from exc
        except httpx.HTTPError as exc:
            raise Offline("The sync service cannot be reached: working offline.",
                          detail=str(exc)) from exc


def _message(response: httpx.Response) -> tuple[str, str]:
    try:
        data = response.json()
    except ValueError:
        return "", response.text[:200]
    if isinstance(data, dict):
        code = str(data.get("error", ""))
        message = data.get("message") or data.get("detail") or ""
        return code, str(message)
    return "", str(data)[:200]


def _raise_for(response: httpx.Response) -> None:
    status = response.status_code
    if status < 400:
        return
    code, message = _message(response)
    if status == 426:
        raise ClientTooOld(message or "Please update yjdesk: the sync service needs a newer "
                           "version.")
    if status == 401:
        raise AuthenticationFailed(message or "The user name or password is not correct.")
    if status == 429:  # too many failed sign-ins from this address (yjdesk.server.throttle)
        raise AuthenticationFailed(message or "Too many failed sign-ins: try again later.")
    if status == 403 and code == "device_revoked":
        raise DeviceRevoked(message or "This laptop has been revoked by an administrator.")
    if status == 503 and code == "busy":
        raise ServiceBusy("The sync service is busy signing other people in; trying again "
                          "shortly.", retry_after=_retry_after(response), detail=message)
    if status >= 500:
        raise SyncError(f"The sync service had a problem ({status}); try again later.",
                        detail=message)
    raise ServerRejected(message or f"The sync service refused the request ({status}).",
                         detail=code or None)


def _retry_after(response: httpx.Response) -> float:
    try:
        return min(60.0, max(0.5, float(response.headers.get("Retry-After", "5"))))
    except ValueError:
        return 5.0
