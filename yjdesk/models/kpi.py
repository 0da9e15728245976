"""Laptop-only, derived KPI tables (never synced; rebuilt from the records at any time).

:class:`KpiIntervention` keeps, per ended intervention, the start and end snapshot the
closed-intervention KPIs count (the columns of
:func:`yjdesk.services.oversight.kpi.snapshot.snapshot`) of every live disposal of a live
child that has ended (the period and the intervention types are filtered when counting).
SQLite triggers put the child of every changed disposal, assessment stage, exit record,
address or child into :class:`KpiDirty`, and the pack brings those children's rows up to
date before it counts (see :mod:`yjdesk.services.oversight.kpi.stored`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.assessment import NeedsColumns
from yjdesk.models.base import Base

CLIENT = {"info": {"side": "client"}}


class KpiIntervention(Base):
    __tablename__ = "kpi_intervention"
    __table_args__ = CLIENT

    disposal_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    child_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    disposal_type: Mapped[str] = mapped_column(String(32), nullable=False)
    category: Mapped[str] = mapped_column(String(16), nullable=False)
    start_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ended_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    date_of_birth: Mapped[dt.date] = mapped_column(Date, nullable=False)
    looked_after: Mapped[str | None] = mapped_column(String(20))
    child_in_need: Mapped[str | None] = mapped_column(String(20))
    cp_plan: Mapped[str | None] = mapped_column(String(20))
    acc_start: Mapped[bool | None] = mapped_column(Boolean)
    acc_end: Mapped[bool | None] = mapped_column(Boolean)
    start_stage_id: Mapped[str | None] = mapped_column(String(36))
    ete_start: Mapped[str | None] = mapped_column(String(32))
    hours_start: Mapped[int | None] = mapped_column(Integer)
    exit_id: Mapped[str | None] = mapped_column(String(36))
    ete_end: Mapped[str | None] = mapped_column(String(32))
    hours_offered_end: Mapped[int | None] = mapped_column(Integer)
    hours_attended_end: Mapped[int | None] = mapped_column(Integer)
    rj_engagement: Mapped[str | None] = mapped_column(String(32))
    continuing_support: Mapped[str | None] = mapped_column(String(32))
    la_start: Mapped[str | None] = mapped_column(String(20))
    cin_start: Mapped[str | None] = mapped_column(String(20))
    cp_start: Mapped[str | None] = mapped_column(String(20))
    eh_start: Mapped[str | None] = mapped_column(String(20))
    la_end: Mapped[str | None] = mapped_column(String(20))
    cin_end: Mapped[str | None] = mapped_column(String(20))
    cp_end: Mapped[str | None] = mapped_column(String(20))
    eh_end: Mapped[str | None] = mapped_column(String(20))
    last_stage_id: Mapped[str | None] = mapped_column(String(36))
    send: Mapped[bool | None] = mapped_column(Boolean)
    ehcp: Mapped[bool | None] = mapped_column(Boolean)
    learning_plan: Mapped[bool | None] = mapped_column(Boolean)
    mental_health_need: Mapped[bool | None] = mapped_column(Boolean)
    mental_health_intervention: Mapped[str | None] = mapped_column(String(16))
    substance_misuse_need: Mapped[bool | None] = mapped_column(Boolean)
    substance_misuse_intervention: Mapped[str | None] = mapped_column(String(16))


class KpiDirty(Base):
    """Children whose :class:`KpiIntervention` rows are out of date (filled by triggers)."""

    __tablename__ = "kpi_dirty"
    __table_args__ = CLIENT

    child_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class KpiFirstFormal(Base):
    """Per live child, their first live youth caution, youth conditional caution or court
    sentence (the first by decision date, ties to the lower id): the first-time entrant
    rows (:func:`yjdesk.services.oversight.kpi.fte.base`)."""

    __tablename__ = "kpi_first_formal"
    __table_args__ = CLIENT

    child_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    disposal_id: Mapped[str] = mapped_column(String(36), nullable=False)
    decision_date: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    date_of_birth: Mapped[dt.date] = mapped_column(Date, nullable=False)


class KpiReoffence(Base):
    """The reoffending cohort members of every calendar quarter: per live child aged 10-17
    at the index date, their first index disposal in the quarter, with its count of proven
    reoffences for the tracking and waiting months the table was built for (recorded in
    ``local_meta``; :func:`yjdesk.services.oversight.kpi.reoffending.cohort_base`)."""

    __tablename__ = "kpi_reoffence"
    __table_args__ = CLIENT

    disposal_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    child_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    index_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    reoffences: Mapped[int] = mapped_column(Integer, nullable=False)


class KpiStage(NeedsColumns, Base):
    """Every live, submitted or countersigned assessment stage of a live child with the
    needs items, and ``next_on``: when the child's next such stage (by start date, then id)
    started. A stage is a child's latest in a period exactly when it started in the period
    and the next one did not (:mod:`yjdesk.services.oversight.needs`)."""

    __tablename__ = "kpi_stage"
    __table_args__ = CLIENT

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    child_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    started_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    next_on: Mapped[dt.date | None] = mapped_column(Date)
