"""Teams, users and roles."""

from __future__ import annotations

import enum

from sqlalchemy import Boolean, Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from yjdesk.models.base import Base, Synced


class Role(enum.StrEnum):
    PRACTITIONER = "practitioner"
    COURT_OFFICER = "court_officer"
    TEAM_MANAGER = "team_manager"
    SERVICE_MANAGER = "service_manager"
    ADMINISTRATOR = "administrator"
    #: The specialists a YJS staffs (issue 14); what each sees and writes is in
    #: ``yjdesk.services.visibility`` and ``yjdesk.server.scope``.
    POLICE_OFFICER = "police_officer"
    VICTIM_WORKER = "victim_worker"
    HEALTH_WORKER = "health_worker"
    ETE_OFFICER = "ete_officer"
    PANEL_VOLUNTEER = "panel_volunteer"
    INFORMATION_OFFICER = "information_officer"

    @property
    def label(self) -> str:
        return _LABELS.get(self.value) or self.value.replace("_", " ").capitalize()


_LABELS = {
    "police_officer": "Seconded police officer",
    "victim_worker": "Victim and RJ worker",
    "health_worker": "Health worker",
    "ete_officer": "ETE officer",
    "panel_volunteer": "Referral order panel volunteer",
    "information_officer": "Information officer",
}


def role_enum() -> Enum:
    return Enum(Role, name="role", native_enum=False, length=32,
                values_callable=lambda e: [m.value for m in e])


class Team(Synced, Base):
    __tablename__ = "team"

    name: Mapped[str] = mapped_column(String(120), nullable=False)
    code: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    local_authority: Mapped[str | None] = mapped_column(String(120))


class UserAccount(Synced, Base):
    """A person who uses yjdesk. Credentials live on the server, never here."""

    __tablename__ = "user_account"

    username: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(String(120), nullable=False)
    role: Mapped[Role] = mapped_column(role_enum(), nullable=False)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"), index=True)
    #: Social worker, probation officer, equivalent (seed 001:482-483, 003:31).
    qualification: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
