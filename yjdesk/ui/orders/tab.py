"""The "Court orders" tab of the child record (issue 13).

A panel volunteer sees the referral order's panel papers only (the laptop holds nothing
else of the child for them); case workers see every section.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from yjdesk.models.org import Role
from yjdesk.models.statuses import ContractStatus, PanelStatus, ReferralOrderStatus
from yjdesk.services.humanise import date_text
from yjdesk.services.orders import referral as ro
from yjdesk.services.policy import current_policy
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.casework.common import LoadingTab
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import Type, banner_label, secondary_button, styled_label
from yjdesk.ui.i18n import QT_TR_NOOP, counted, fill, tr, tr_or
from yjdesk.ui.orders import dialogs as dlg
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.widgets.form_dialog import FormDialog
from yjdesk.ui.widgets.pdf import save_pdf
from yjdesk.ui.widgets.tables import RowsView

D = TypeVar("D", bound=FormDialog)


STATUS_WORDS = {"awaiting_panel": QT_TR_NOOP("Waiting for the initial panel"),
                "in_contract": QT_TR_NOOP("Under contract"),
                "completed": QT_TR_NOOP("Completed (conviction spent)"),
                "referred_back": QT_TR_NOOP("Referred back to court"),
                "revoked": QT_TR_NOOP("Revoked")}
#: A contract version's status (``ContractStatus``), in words.
CONTRACT_WORDS: dict[str, str] = {ContractStatus.DRAFT: QT_TR_NOOP("Draft"),
                                  ContractStatus.SIGNED: QT_TR_NOOP("Signed"),
                                  ContractStatus.SUPERSEDED: QT_TR_NOOP("Superseded")}


@dataclass(frozen=True)
class PanelRow:
    id: str
    kind: str
    status: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class ContractRow:
    id: str
    status: str
    reparation: str
    activities: str
    cells: tuple[str, ...]


def _panel_cell(i: int) -> Callable[[PanelRow], str]:
    return lambda row: row.cells[i]


def _contract_cell(i: int) -> Callable[[ContractRow], str]:
    return lambda row: row.cells[i]


PANEL_COLUMNS: tuple[Column[PanelRow], ...] = tuple(
    Column(title, _panel_cell(i)) for i, title in enumerate((
        QT_TR_NOOP("Panel"), QT_TR_NOOP("Due by"), QT_TR_NOOP("Met on"), QT_TR_NOOP("Members"),
        QT_TR_NOOP("Decision"))))
CONTRACT_COLUMNS: tuple[Column[ContractRow], ...] = tuple(
    Column(title, _contract_cell(i)) for i, title in enumerate((
        QT_TR_NOOP("Contract"), QT_TR_NOOP("Status"), QT_TR_NOOP("Signed"),
        QT_TR_NOOP("Panel member"), QT_TR_NOOP("Reparation"), QT_TR_NOOP("Activities"))))


@dataclass(frozen=True)
class ReferralView:
    id: str
    summary: str
    parent_ordered: bool
    status: str
    panels: list[PanelRow]
    contracts: list[ContractRow]


@dataclass(frozen=True)
class OrdersData:
    referral: list[ReferralView] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def _referral_view(uow: UnitOfWork, order: ro.ReferralOrder) -> ReferralView:
    """The order in words, in the person's language (the panel kinds and outcomes are the
    service's words, in the translation file: i18n_domain)."""
    s = uow.session
    months = order.length_months + order.extension_months
    bits = [tr_or(STATUS_WORDS.get(order.status), order.status) + ".",
            counted(months, tr("%n month"), tr("%n months"))
            + (" " + fill(tr("(extended by %1)"), order.extension_months)
               if order.extension_months else "") + ".",
            fill(tr("Initial panel due by %1 (%2 working days from the order, this "
                    "service's policy)."), date_text(order.initial_panel_due),
                 current_policy().referral_order.initial_panel_working_days)]
    if order.contract_signed_on:
        bits.append(fill(tr("Contract signed %1; compliance period ends %2."),
                         date_text(order.contract_signed_on), date_text(order.compliance_end)))
    if order.parent_ordered:
        bits.append(tr("A parent must attend the panels."))
    if order.conviction_spent_on:
        bits.append(fill(tr("Conviction spent on %1."), date_text(order.conviction_spent_on)))
    if order.referred_back_on:
        bits.append(fill(tr("Referred back on %1."), date_text(order.referred_back_on)))
    if order.referral_report:
        bits.append(fill(tr("The panel's report: %1"), order.referral_report))
    not_yet = tr("not yet")
    panels = [PanelRow(p.id, p.kind, p.status, (
        tr(ro.PANEL_KINDS.get(p.kind, p.kind)), date_text(p.due_date),
        date_text(p.held_on, not_yet),
        ", ".join(ro.names(p.yjs_members) + ro.names(p.volunteers)),
        tr(ro.PANEL_OUTCOMES.get(p.outcome or "", ""))))
        for p in ro.panels(s, order.id)]
    contracts = [ContractRow(c.id, c.status, c.reparation or "", c.activities or "", (
        fill(tr("Version %1"), c.version),
        tr_or(CONTRACT_WORDS.get(c.status), c.status.capitalize()),
        date_text(c.signed_on, "-"),
        c.panel_member_name or "", (c.reparation or "").replace("\n", "; "),
        (c.activities or "").replace("\n", "; ")))
        for c in ro.contracts(s, order.id)]
    return ReferralView(order.id, " ".join(bits), order.parent_ordered, order.status,
                        panels, contracts)


def load(uow: UnitOfWork, child_id: str, role: Role, today: dt.date) -> OrdersData:
    orders = [_referral_view(uow, o) for o in ro.orders_for_child(uow.session, child_id)]
    extra: dict[str, Any] = {}
    if role != Role.PANEL_VOLUNTEER:
        from yjdesk.ui.orders.sections import load_sections

        extra = load_sections(uow, child_id, today)
    return OrdersData(orders, extra)


class CourtOrdersTab(LoadingTab):
    def __init__(self, ctx: AppContext, child_id: str, parent: QWidget | None = None) -> None:
        self.role = ctx.actor.role
        self.data: OrdersData | None = None
        self.dialog: FormDialog | None = None
        super().__init__(ctx, child_id, parent)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        scroll.setWidget(inner)
        self.layout_.addWidget(scroll, 1)
        lay = QVBoxLayout(inner)
        self.referral_box = QWidget()
        referral = QVBoxLayout(self.referral_box)
        referral.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.referral_box)
        referral.addWidget(styled_label(tr("Referral order"), Type.HEADING))
        self.referral_summary = QLabel(tr("No referral order."))
        self.referral_summary.setObjectName("referralSummary")
        self.referral_summary.setWordWrap(True)
        referral.addWidget(self.referral_summary)
        self.panels = RowsView(PANEL_COLUMNS, "referralPanels", tr("Referral order panels"),
                               key=lambda p: p.id)
        referral.addWidget(self.panels)
        self.contracts = RowsView(CONTRACT_COLUMNS, "referralContracts",
                                  tr("Referral order contracts"), key=lambda c: c.id)
        referral.addWidget(self.contracts)
        row = QHBoxLayout()
        self.action_buttons: dict[str, Any] = {}
        for key, text, slot in (
                ("panel", tr("Record panel..."), self.record_panel),
                ("terms", tr("Contract terms..."), self.edit_terms),
                ("sign", tr("Sign contract..."), self.sign),
                ("extend", tr("Extend..."), self.extend),
                ("refer", tr("Refer back..."), self.refer_back),
                ("pdf", tr("Contract for the child (PDF)..."), self.save_contract_pdf)):
            button = secondary_button(text, slot, name=f"referral_{key}")
            self.action_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        referral.insertLayout(2, row)  # the actions under the summary, not below the tables
        if self.role == Role.PANEL_VOLUNTEER:
            lay.addWidget(banner_label(tr(
                "You see this child's panel papers only: the referral order, its panels "
                "and the contract.")))
            for key in ("extend", "refer", "sign", "terms"):
                self.action_buttons[key].hide()
            self.sections = None
        else:
            from yjdesk.ui.orders.sections import OrderSections

            self.sections = OrderSections(self)
            lay.addWidget(self.sections)
        lay.addStretch(1)
        self.reload()

    # --- data -------------------------------------------------------------------------------

    def fetch(self, uow: UnitOfWork) -> OrdersData:
        return load(uow, self.child_id, self.role, self.ctx.today())

    def show_data(self, data: OrdersData) -> None:
        self.data = data
        order = data.referral[0] if data.referral else None
        self.referral_summary.setText(order.summary if order else tr("No referral order."))
        self.panels.set_rows(order.panels if order else [])
        self.contracts.set_rows(order.contracts if order else [])
        running = order is not None and order.status in (
            ReferralOrderStatus.AWAITING_PANEL, ReferralOrderStatus.IN_CONTRACT)
        for key, button in self.action_buttons.items():
            # an ended order keeps its papers (the PDF) but takes no more panels or terms
            button.setEnabled(order is not None and (running or key == "pdf"))
        # Only a child with a referral order (or a volunteer's) shows the panel papers.
        self.referral_box.setVisible(order is not None or self.sections is None)
        if self.sections is not None:
            self.sections.show_data(data.extra)

    @property
    def order(self) -> ReferralView | None:
        return self.data.referral[0] if self.data and self.data.referral else None

    # --- actions ----------------------------------------------------------------------------

    def _open(self, dialog: D) -> D:
        self.dialog = dialog
        dialog.open()
        return dialog

    def _panel_to_record(self) -> PanelRow | None:
        order = self.order
        if order is None:
            return None
        chosen = self.panels.current_key()
        planned = [p for p in order.panels if p.status == PanelStatus.PLANNED]
        for p in planned:
            if p.id == chosen:
                return p
        return planned[0] if planned else None

    def record_panel(self) -> dlg.PanelDialog | None:
        order, panel = self.order, self._panel_to_record()
        if order is None or panel is None:
            return None
        return self._open(dlg.PanelDialog(self.ctx, panel.id, panel.cells[0],
                                          order.parent_ordered, self))

    def edit_terms(self) -> dlg.ContractDialog | None:
        order = self.order
        if order is None:
            return None
        last = order.contracts[-1] if order.contracts else None
        return self._open(dlg.ContractDialog(self.ctx, order.id, self,
                                             last.reparation if last else "",
                                             last.activities if last else ""))

    def sign(self) -> dlg.SignDialog | None:
        order = self.order
        drafts = [c for c in order.contracts if c.status == ContractStatus.DRAFT] if order else []
        if not drafts:
            self.message.setText(tr("Write the contract's terms first."))
            return None
        return self._open(dlg.SignDialog(self.ctx, drafts[-1].id, self))

    def extend(self) -> dlg.ExtendDialog | None:
        order = self.order
        return self._open(dlg.ExtendDialog(self.ctx, order.id, self)) if order else None

    def refer_back(self) -> dlg.ReferBackDialog | None:
        order = self.order
        return self._open(dlg.ReferBackDialog(self.ctx, order.id, self)) if order else None

    def save_contract_pdf(self, path: str | None = None) -> None:
        order = self.order
        signed = [c for c in order.contracts if c.status == ContractStatus.SIGNED] if order else []
        chosen = signed[-1] if signed else (order.contracts[-1] if order and order.contracts
                                             else None)
        if chosen is None:
            self.message.setText(tr("There is no contract yet."))
            return
        contract_id, status = chosen.id, self.ctx.events.status
        from yjdesk.reports.referral_contract import contract_data, render_contract

        save_pdf(self, self.ctx.tasks, lambda uow: contract_data(uow.session, contract_id),
                 render_contract, lambda t: status.emit(fill(tr("Contract saved to %1"), t)),
                 path=path, title=tr("Save the contract"), file_name="referral-contract.pdf")


def table_rows(table: RowsView) -> list[list[str]]:
    return table.texts()


def today_of(ctx: AppContext) -> dt.date:
    return ctx.today()
