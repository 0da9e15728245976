"""The start and end snapshots of every intervention closed in the period.

Most April-2023 KPIs are measured at the start and the end of an intervention. One row per
closed intervention (see :func:`~yjdesk.services.oversight.kpi.base.closed_in`) carries:

* at the start: the first submitted or countersigned *start* (or transfer-in) assessment
  stage of the intervention; accommodation falls back to the child's address on the start
  date when the stage is missing or silent;
* at the end: the intervention's exit record (``exit_plan``); accommodation falls back to
  the address on the end date;
* needs: the latest submitted or countersigned assessment stage of the intervention
  (SEND, mental health and substance misuse chains);
* wider services (looked after, child in need, child protection, early help) at the start
  (the start assessment, form version 3) and at the end (the exit record).
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Select, Subquery, and_, func, or_, select
from sqlalchemy.orm import aliased

from yjdesk.models.assessment import AssessmentStage
from yjdesk.models.base import not_deleted
from yjdesk.models.casework import ExitPlan
from yjdesk.models.child import Child, ChildAddress
from yjdesk.models.justice import Disposal
from yjdesk.models.statuses import StageStatus
from yjdesk.services.oversight.kpi.base import Period, closed_in, ended_on

DONE = (StageStatus.SUBMITTED, StageStatus.COUNTERSIGNED)


def _suitable_on(day: Any) -> Any:
    return (select(ChildAddress.suitable)
            .where(ChildAddress.child_id == Disposal.child_id, not_deleted(ChildAddress),
                   ChildAddress.from_date <= day,
                   or_(ChildAddress.to_date.is_(None), ChildAddress.to_date >= day))
            .order_by(ChildAddress.from_date.desc(), ChildAddress.id.desc()).limit(1)
            .correlate(Disposal).scalar_subquery())


def snapshot(period: Period) -> Subquery:
    """One row per intervention closed in ``period`` (the definition; the pack counts the
    same rows kept in ``kpi_intervention`` on a laptop, see
    :mod:`yjdesk.services.oversight.kpi.stored`)."""
    return (columns().where(closed_in(period))
            # OFFSET 0 keeps the subquery whole: flattened into the flag columns, each
            # correlated look-up would run once for every flag that reads it
            .offset(0)
            .subquery("closed"))


def columns() -> Select[Any]:
    """The snapshot of every intervention (no filter): one row per disposal."""
    start_stage = aliased(AssessmentStage, name="start_stage")
    last_stage = aliased(AssessmentStage, name="last_stage")
    first_start_id = (select(AssessmentStage.id)
                      .where(AssessmentStage.disposal_id == Disposal.id,
                             not_deleted(AssessmentStage),
                             AssessmentStage.stage_type.in_(("start", "transfer_in")),
                             AssessmentStage.status.in_(DONE))
                      .order_by(AssessmentStage.started_on, AssessmentStage.id).limit(1)
                      .correlate(Disposal).scalar_subquery())
    latest_id = (select(AssessmentStage.id)
                 .where(AssessmentStage.disposal_id == Disposal.id,
                        not_deleted(AssessmentStage), AssessmentStage.status.in_(DONE))
                 .order_by(AssessmentStage.started_on.desc(), AssessmentStage.id.desc()).limit(1)
                 .correlate(Disposal).scalar_subquery())
    exit_id = (select(ExitPlan.id)
               .where(ExitPlan.disposal_id == Disposal.id, not_deleted(ExitPlan))
               .order_by(ExitPlan.updated_at.desc(), ExitPlan.id.desc()).limit(1)
               .correlate(Disposal).scalar_subquery())
    end = ended_on()
    q = (
        select(
            Disposal.child_id, Disposal.id.label("disposal_id"), Disposal.disposal_type,
            Disposal.category,
            Disposal.start_date, end.label("ended_on"), Child.date_of_birth,
            Child.looked_after, Child.child_in_need, Child.cp_plan,
            func.coalesce(start_stage.accommodation_suitable,
                          _suitable_on(Disposal.start_date)).label("acc_start"),
            func.coalesce(ExitPlan.accommodation_suitable, _suitable_on(end)).label("acc_end"),
            start_stage.id.label("start_stage_id"),
            start_stage.ete_status.label("ete_start"), start_stage.ete_hours.label("hours_start"),
            ExitPlan.id.label("exit_id"),
            ExitPlan.ete_status.label("ete_end"),
            ExitPlan.ete_hours_offered.label("hours_offered_end"),
            ExitPlan.ete_hours_attended.label("hours_attended_end"),
            ExitPlan.rj_engagement, ExitPlan.continuing_support,
            start_stage.looked_after_status.label("la_start"),
            start_stage.child_in_need_status.label("cin_start"),
            start_stage.cp_plan_status.label("cp_start"),
            start_stage.early_help_status.label("eh_start"),
            ExitPlan.looked_after_end.label("la_end"), ExitPlan.child_in_need_end.label("cin_end"),
            ExitPlan.cp_plan_end.label("cp_end"), ExitPlan.early_help_end.label("eh_end"),
            last_stage.id.label("last_stage_id"),
            last_stage.send, last_stage.ehcp, last_stage.learning_plan,
            last_stage.mental_health_need, last_stage.mental_health_intervention,
            last_stage.substance_misuse_need, last_stage.substance_misuse_intervention,
        )
        .join(Child, and_(Child.id == Disposal.child_id, not_deleted(Child)))
        .outerjoin(start_stage, start_stage.id == first_start_id)
        .outerjoin(last_stage, last_stage.id == latest_id)
        .outerjoin(ExitPlan, ExitPlan.id == exit_id)
    )
    return cast(Select[Any], q)
