"""The sync wire protocol: request and response bodies, shared by client and server.

Versions are dated (after Anki's ``sync/version.rs``). Every request carries
``X-Yjdesk-Protocol: <version>``; the server answers 426 with a "please update yjdesk"
message when the client's version is below :data:`PROTOCOL_MIN`, and the client refuses a
server whose version range does not include its own.

Endpoints (all JSON, under ``/api/v1``):

* ``POST /auth/login``    :class:`LoginRequest` -> :class:`TokenResponse`
* ``POST /auth/refresh``  :class:`RefreshRequest` -> :class:`TokenResponse`
* ``POST /sync/push``     :class:`PushRequest` -> :class:`PushResponse` (idempotent by batch_id)
* ``POST /sync/pull``     :class:`PullRequest` -> :class:`PullResponse` (paged by cursor)
* ``POST /sync/ack-revoke`` :class:`AckRevokeRequest` -> ``{}`` (laptop has purged children)
* ``GET  /health``, ``GET /ready``

Errors are ``{"error": code, "message": text}`` (:class:`ErrorBody`) with 4xx statuses:
400/422 malformed, 401 no or bad token, 403 not allowed (``device_revoked`` tells the
laptop to wipe), 404 not found or out of scope, 409 ``invalid_cursor`` (a pull cursor the
service never gave this device: pull again from 0), 413 too large, 426 client too old.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr

#: 2026-11-22: first protocol (push/pull/revoke, field-level merge).
PROTOCOL_V1 = 20261122
#: 2026-12-06: pull pages of up to 5,000 rows (a protocol-1 service refuses more than
#: 1,000); the messages are unchanged. A protocol-1 client is served as before.
PROTOCOL_V2 = 20261206
#: 2026-12-07: pull pages of up to 20,000 rows (a protocol-2 service refuses more than
#: 5,000); the messages are unchanged, and a service may give fewer rows than asked (it
#: always could: ``more`` says whether to ask again). Protocol-1 and -2 clients are served
#: as before.
PROTOCOL_V3 = 20261207
PROTOCOL_VERSION = PROTOCOL_V3
#: The oldest client protocol the server still accepts.
PROTOCOL_MIN = PROTOCOL_V1
PROTOCOL_HEADER = "X-Yjdesk-Protocol"
API_PREFIX = "/api/v1"

#: The error code of a refused pull cursor (the laptop pulls again from 0).
INVALID_CURSOR = "invalid_cursor"

#: Limits the server enforces on one request.
MAX_CHANGES_PER_PUSH = 500
#: (1,000 up to protocol 1, 5,000 up to protocol 2: a first pull's fixed costs a page --
#: the scope check, the request, and above all the laptop's commit, which writes every
#: page of its tables' id indexes the page's rows touched (ids are random, so nearly all
#: of them in a large store) -- are paid a quarter as often.)
MAX_PULL_LIMIT = 20000
#: The largest page a protocol-2 service gives, and what a service gives when it is
#: building as many large pages as it may at once (``ServiceSettings.large_pull_pages``).
MAX_PULL_LIMIT_V2 = 5000
#: The largest page a protocol-1 service gives.
MAX_PULL_LIMIT_V1 = 1000
MAX_BODY_BYTES = 8 * 1024 * 1024

#: Idle connections, closed by whoever is nearer the laptop first, so that nobody sends a
#: request on a connection the other end is closing at that moment ("server disconnected
#: without sending a response"). The laptop keeps an idle connection to the service (or to
#: the council's proxy) for ``CLIENT_KEEP_ALIVE_SECONDS``; the proxy keeps its idle
#: connections to the service for 60 s (``keepalive_timeout`` in the ``upstream`` block of
#: installers/server/nginx-yjdesk.conf); the service keeps one for
#: ``SERVICE_KEEP_ALIVE_SECONDS``, longer than both (uvicorn's own default is 5 s, the same
#: as httpx's, which let a reused connection be closed under a push).
CLIENT_KEEP_ALIVE_SECONDS = 4.0
SERVICE_KEEP_ALIVE_SECONDS = 75

#: A field value on the wire: JSON scalars only (dates as ISO strings, see codec.py), each
#: kept as the kind it came as (``true`` a bool, ``1`` an int, ``1.0`` a float). Each kind is
#: strict and they are tried in order, which gives what pydantic's "smart" union gives for
#: these five kinds (a JSON int is not a float, a bool is not an int) at about two thirds of
#: its cost: a first pull parses every field of every row through this.
WireValue = Annotated[StrictBool | StrictInt | StrictFloat | StrictStr | None,
                      Field(union_mode="left_to_right")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ErrorBody(_Strict):
    error: str
    message: str


class LoginRequest(_Strict):
    username: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=1024)
    device_id: str = Field(min_length=36, max_length=36)
    device_name: str = Field(default="", max_length=120)


class RefreshRequest(_Strict):
    refresh_token: str = Field(min_length=16, max_length=512)
    device_id: str = Field(min_length=36, max_length=36)


class UserInfo(_Strict):
    id: str
    username: str
    display_name: str
    role: str
    team_id: str | None


class TokenResponse(_Strict):
    access_token: str
    refresh_token: str
    expires_in: int
    user: UserInfo
    server_protocol: int = PROTOCOL_VERSION
    #: Policy the service sets for laptops (e.g. ``remember_me_allowed``).
    policy: dict[str, Any] = Field(default_factory=dict)


class RowChange(_Strict):
    """One row's change since the laptop's shadow copy."""

    table: str = Field(min_length=1, max_length=64)
    id: str = Field(min_length=36, max_length=36)
    #: The server revision the laptop's edit was based on (0 = a new row).
    base_rev: int = Field(ge=0)
    #: Only the fields changed since the shadow (all fields for a new row).
    fields: dict[str, WireValue]
    deleted: bool = False


class PushRequest(_Strict):
    batch_id: str = Field(min_length=36, max_length=36)
    changes: list[RowChange] = Field(max_length=MAX_CHANGES_PER_PUSH)


class FieldConflict(_Strict):
    field: str
    server_value: WireValue
    client_value: WireValue
    #: Who made the server's value, and when (ISO-8601 UTC).
    server_updated_by: str | None
    server_updated_at: str | None


RowStatus = Literal["applied", "merged", "conflict", "rejected"]


class RowResult(_Strict):
    table: str
    id: str
    status: RowStatus
    #: The row's server revision and feed position after this push.
    rev: int = 0
    server_seq: int = 0
    conflicts: list[FieldConflict] = Field(default_factory=list)
    #: For ``rejected``: why (e.g. "countersigned assessments cannot be changed").
    error: str | None = None


class PushResponse(_Strict):
    batch_id: str
    results: list[RowResult]
    #: True when this batch_id had been applied before (this is the original result).
    replayed: bool = False


class PullRequest(_Strict):
    #: The highest server_seq the laptop has applied (0 = from the beginning).
    cursor: int = Field(ge=0)
    limit: int = Field(default=500, ge=1, le=MAX_PULL_LIMIT)


class RowState(_Strict):
    table: str
    id: str
    rev: int
    server_seq: int
    child_id: str | None
    deleted: bool
    fields: dict[str, WireValue]


class PullResponse(_Strict):
    rows: list[RowState]
    #: Children that left this user's scope: push pending edits, then purge them.
    revoked_children: list[str] = Field(default_factory=list)
    next_cursor: int
    more: bool


class AckRevokeRequest(_Strict):
    child_ids: list[str] = Field(max_length=10_000)
