"""YRO requirements delivered, not just listed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Set
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from yjdesk.services.policy import Policy

if TYPE_CHECKING:
    from yjdesk.services.due import DueItem


def delivery_due(session: Session, child_ids: Set[str], today: dt.date,
                 policy: Policy) -> dict[str, list[DueItem]]:
    return {}
