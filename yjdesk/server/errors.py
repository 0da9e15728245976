"""Errors the API answers with: always ``{"error": code, "message": text}`` and a 4xx."""

from __future__ import annotations


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def unauthorized(message: str = "sign in again: the token is missing, wrong or expired",
                 code: str = "unauthorized") -> ApiError:
    return ApiError(401, code, message)


def forbidden(message: str, code: str = "forbidden") -> ApiError:
    return ApiError(403, code, message)


def device_revoked() -> ApiError:
    return ApiError(403, "device_revoked",
                    "this laptop has been revoked by an administrator: its local copy must "
                    "be wiped")
