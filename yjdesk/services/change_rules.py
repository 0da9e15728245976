"""The shape of a pushed change that workflow rules judge (no server import needed).

Feature packages write their sync-service invariants as functions ``rule(change) -> str |
None`` (a refusal message, or None to allow) over this protocol; the service passes its own
``yjdesk.server.rules.Change``, which has these attributes, and registers the rules in
``yjdesk.server.rules.RULES``.
"""

from __future__ import annotations

from typing import Any, Protocol


class ChangeLike(Protocol):
    @property
    def session(self) -> Any: ...
    @property
    def table(self) -> Any: ...
    @property
    def actor(self) -> Any: ...
    @property
    def row_id(self) -> str: ...
    @property
    def current(self) -> dict[str, Any] | None: ...
    @property
    def proposed(self) -> dict[str, Any]: ...
    @property
    def changed(self) -> set[str]: ...
