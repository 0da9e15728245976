"""Errors the API answers with: always ``{"error": code, "message": text}`` and a 4xx
(or 503 ``busy`` / ``unavailable`` with ``Retry-After``: try again later)."""

from __future__ import annotations


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, *,
                 retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        #: Seconds for the client to wait before trying again (``Retry-After``).
        self.retry_after = retry_after


def unauthorized(message: str = "sign in again: the token is missing, wrong or expired",
                 code: str = "unauthorized") -> ApiError:
    return ApiError(401, code, message)


def device_revoked() -> ApiError:
    return ApiError(403, "device_revoked",
                    "this laptop has been revoked by an administrator: its local copy must "
                    "be wiped")
