"""Issue 13: the demo holds court-order work in proportion to its disposals, and every
record obeys the same rules the services and the server enforce."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

import yjdesk.models  # noqa: F401
from tests.conftest import TODAY, demo_caseload
from yjdesk.models import Disposal
from yjdesk.models.orders import (
    CustodyEpisode,
    CustodyMeeting,
    ReferralContract,
    ReferralOrder,
    ReferralPanel,
    RequirementDelivery,
)
from yjdesk.paths import Paths
from yjdesk.services.orders.referral import contract_errors, panel_errors
from yjdesk.store import LocalStore


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory,
               _demo_template: tuple[Paths, bytes]) -> Iterator[LocalStore]:
    store = demo_caseload(tmp_path_factory.mktemp("demo13"), _demo_template)
    yield store
    store.close()


def test_demo_orders_in_proportion_and_lawful(demo_store: LocalStore) -> None:
    with demo_store.session() as s:
        def count(model: object, *where: object) -> int:
            return s.scalar(select(func.count()).select_from(model).where(*where)) or 0  # type: ignore[arg-type]

        ros = count(Disposal, Disposal.disposal_type == "referral_order",
                    Disposal.start_date <= TODAY)
        assert ros > 0 and count(ReferralOrder) == ros
        dtos = count(Disposal, Disposal.disposal_type == "dto", Disposal.start_date <= TODAY)
        assert count(CustodyEpisode, CustodyEpisode.kind == "dto") == dtos
        assert count(CustodyMeeting) >= dtos
        assert count(ReferralContract) > 0 and count(RequirementDelivery) > 0
        orders = {o.id: o for o in s.scalars(select(ReferralOrder))}
        for panel in s.scalars(select(ReferralPanel).where(ReferralPanel.status == "held")):
            row = {c.name: getattr(panel, c.name) for c in ReferralPanel.__table__.c}
            assert panel_errors(row, None, orders[panel.referral_order_id].parent_ordered) == {}
        for contract in s.scalars(select(ReferralContract)):
            row = {c.name: getattr(contract, c.name) for c in ReferralContract.__table__.c}
            assert contract_errors(row, None) == {}
