"""The child, their addresses and the people around them."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Date, Enum, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from yjdesk.models.base import Base, ChildOwned, Synced


class StatusHistory(enum.StrEnum):
    """Legal and care status answers: looked after, child in need, child protection plan."""

    CURRENTLY = "currently"
    PREVIOUSLY = "previously"
    NEVER = "never"
    YET_TO_CLARIFY = "yet_to_clarify"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


def status_enum() -> Enum:
    return Enum(StatusHistory, name="status_history", native_enum=False, length=20,
                values_callable=lambda e: [m.value for m in e])


class Child(Synced, Base):
    __tablename__ = "child"

    #: Local case number, unique within the service ("YJ-000123").
    case_number: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    pnc_number: Mapped[str | None] = mapped_column(String(32))
    given_name: Mapped[str] = mapped_column(String(80), nullable=False)
    family_name: Mapped[str] = mapped_column(String(80), nullable=False)
    preferred_name: Mapped[str | None] = mapped_column(String(80))
    date_of_birth: Mapped[dt.date] = mapped_column(Date, nullable=False)
    gender: Mapped[str] = mapped_column(String(32), nullable=False)  # code list "gender"
    ethnicity: Mapped[str] = mapped_column(String(32), nullable=False)  # code list "ethnicity"

    looked_after: Mapped[StatusHistory] = mapped_column(
        status_enum(), default=StatusHistory.YET_TO_CLARIFY, nullable=False)
    child_in_need: Mapped[StatusHistory] = mapped_column(
        status_enum(), default=StatusHistory.YET_TO_CLARIFY, nullable=False)
    cp_plan: Mapped[StatusHistory] = mapped_column(
        status_enum(), default=StatusHistory.YET_TO_CLARIFY, nullable=False)
    home_local_authority: Mapped[str | None] = mapped_column(String(120))
    #: The YJB "originating young person ID" of a child transferred in (YJB return).
    originating_person_id: Mapped[str | None] = mapped_column(String(64))
    placing_local_authority: Mapped[str | None] = mapped_column(String(120))

    diversity_needs: Mapped[str | None] = mapped_column(Text)
    communication_needs: Mapped[str | None] = mapped_column(Text)
    #: Result of the Enhancing Communication Tool (code list "ect_result").
    ect_result: Mapped[str | None] = mapped_column(String(32))

    ete_status: Mapped[str | None] = mapped_column(String(32))  # code list "ete_status"
    ete_provider: Mapped[str | None] = mapped_column(String(160))
    ete_hours: Mapped[int | None] = mapped_column()

    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"), index=True)
    #: The current case manager; kept in step with :class:`Allocation` by the service layer.
    case_manager_id: Mapped[str | None] = mapped_column(
        ForeignKey("user_account.id"), index=True)

    addresses: Mapped[list[ChildAddress]] = relationship(
        back_populates="child", order_by="ChildAddress.from_date.desc()",
        primaryjoin="and_(Child.id == ChildAddress.child_id, ChildAddress.deleted == False)",
        viewonly=True)

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.given_name
        return f"{first} {self.family_name}"

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    def age_on(self, day: dt.date) -> int:
        dob = self.date_of_birth
        return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


class ChildAddress(ChildOwned, Synced, Base):
    """One entry in a child's address history."""

    __tablename__ = "child_address"

    line1: Mapped[str] = mapped_column(String(160), nullable=False)
    line2: Mapped[str | None] = mapped_column(String(160))
    town: Mapped[str | None] = mapped_column(String(80))
    postcode: Mapped[str | None] = mapped_column(String(10))
    from_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    to_date: Mapped[dt.date | None] = mapped_column(Date)
    accommodation_type: Mapped[str | None] = mapped_column(String(32))  # "accommodation_type"
    #: Suitable accommodation (KPI 1): True, False or None for not yet known.
    suitable: Mapped[bool | None] = mapped_column(Boolean)

    child: Mapped[Child] = relationship(back_populates="addresses", viewonly=True)


class Relationship(ChildOwned, Synced, Base):
    """A parent, carer or significant person in the child's life."""

    __tablename__ = "relationship"

    name: Mapped[str] = mapped_column(String(160), nullable=False)
    relationship_type: Mapped[str] = mapped_column(String(32), nullable=False)  # code list
    parental_responsibility: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    lives_with_child: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
