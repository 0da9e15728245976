"""The case workers' sections of the "Court orders" tab: custody and resettlement,
requirement delivery, the enforcement ledger and the transition to adult probation."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from yjdesk.services.uow import UnitOfWork


def load_sections(uow: UnitOfWork, child_id: str) -> dict[str, Any]:
    return {}


class OrderSections(QWidget):
    def __init__(self, tab: Any) -> None:
        super().__init__()
        self.tab = tab
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def show_data(self, extra: dict[str, Any]) -> None:
        return None
