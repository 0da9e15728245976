"""Custody, remand and resettlement (YJB-REFERENCE 5).

A custodial sentence (DTO, s.250, longer) opens a custody episode with its sentence; a remand
into youth detention opens one too (``services.orders.remand``). Each episode has:

* the establishment (``resources/codelists/secure_establishment.json``: data, not code) and
  the placement date;
* the planning meetings: the initial one within ``custody.initial_planning_working_days``
  working days, reviews every ``custody.review_months`` months, and release planning
  ``custody.release_planning_days_before_release`` days before release -- policy, because
  current timescales were NOT FOUND (the defaults are the historic, unverified National
  Standards 2013 figures); each meeting records who attended and the actions agreed;
* accommodation and ETE confirmed before release (dated fields), the release date (a DTO:
  at the halfway point, or in its early / late release window), licence conditions, then
  supervision in the community on licence until the end of the sentence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import Message, WorkflowError
from yjdesk.models.base import not_deleted
from yjdesk.models.justice import Disposal
from yjdesk.models.orders import CustodyEpisode, CustodyMeeting
from yjdesk.models.statuses import CustodyKind, CustodyMeetingKind, CustodyStatus
from yjdesk.services.codes import codelist
from yjdesk.services.fetch import child_rows, fetch_live
from yjdesk.services.humanise import date_text
from yjdesk.services.orders.custody_dates import DtoDates, dto_dates
from yjdesk.services.policy import current_policy
from yjdesk.services.validation import Errors
from yjdesk.services.workdays import add_working_days

MEETING_LABELS: dict[str, str] = {CustodyMeetingKind.INITIAL: "Initial planning",
                                  CustodyMeetingKind.REVIEW: "Sentence planning review",
                                  CustodyMeetingKind.RELEASE_PLANNING: "Release planning"}
KIND_LABELS: dict[str, str] = {
    CustodyKind.REMAND_LA: "Remand to local authority accommodation (RLAA)",
    CustodyKind.REMAND_YDA: "Remand to youth detention accommodation (RYDA)",
    CustodyKind.DTO: "Detention and training order", CustodyKind.S250: "Detention (s.250)",
    CustodyKind.LONGER: "Longer sentence (s.259 / extended)"}
#: Disposal types that open a custody episode with the sentence.
SENTENCE_KINDS = {"dto": CustodyKind.DTO, "s250_detention": CustodyKind.S250,
                  "s259_detention": CustodyKind.LONGER}


def release_date_of(episode: CustodyEpisode, disposal: Disposal | None) -> dt.date | None:
    """When the child is due out: the recorded release date, else a DTO's halfway point."""
    if episode.release_date:
        return episode.release_date
    if episode.kind == CustodyKind.DTO and disposal is not None and disposal.end_date:
        return dto_dates(disposal.start_date, disposal.end_date).halfway
    return None


def _meeting(session: Session, episode: CustodyEpisode, kind: str,
             due: dt.date) -> CustodyMeeting:
    row = CustodyMeeting(child_id=episode.child_id, episode_id=episode.id, kind=kind,
                         due_date=due)
    session.add(row)
    return row


def schedule_meetings(session: Session, episode: CustodyEpisode, disposal: Disposal | None) -> None:
    """The initial meeting, the reviews up to release planning, and release planning."""
    policy = current_policy()
    start = episode.placement_date
    _meeting(session, episode, CustodyMeetingKind.INITIAL, add_working_days(
        start, policy.custody.initial_planning_working_days))
    months = policy.custody.review_months
    release = release_date_of(episode, disposal)
    before = policy.custody.release_planning_days_before_release
    review = start + relativedelta(months=months)
    if release is None:
        _meeting(session, episode, CustodyMeetingKind.REVIEW, review)
        return
    planning = release - dt.timedelta(days=before)
    while review < planning:
        _meeting(session, episode, CustodyMeetingKind.REVIEW, review)
        review += relativedelta(months=months)
    _meeting(session, episode, CustodyMeetingKind.RELEASE_PLANNING, max(planning, start))


def open_for_sentence(session: Session, disposal: Disposal) -> CustodyEpisode | None:
    """A custodial sentence opens its custody episode and schedules its meetings."""
    kind = SENTENCE_KINDS.get(disposal.disposal_type)
    if kind is None:
        return None
    episode = CustodyEpisode(child_id=disposal.child_id, disposal_id=disposal.id, kind=kind,
                             status=CustodyStatus.IN_CUSTODY,
                             placement_date=disposal.start_date)
    session.add(episode)
    session.flush()
    schedule_meetings(session, episode, disposal)
    session.flush()
    from yjdesk.services.orders.events import follow_event

    follow_event(session, disposal.child_id, "remand_custody", disposal.start_date,
                 KIND_LABELS.get(kind, kind))
    return episode


def get_episode(session: Session, episode_id: str) -> CustodyEpisode:
    row = fetch_live(session, CustodyEpisode, episode_id, "No such custody episode.")
    return row


def episodes(session: Session, child_id: str) -> list[CustodyEpisode]:
    return child_rows(session, CustodyEpisode, child_id, CustodyEpisode.placement_date.desc())


def meetings(session: Session, episode_id: str) -> list[CustodyMeeting]:
    return list(session.scalars(select(CustodyMeeting).where(
        CustodyMeeting.episode_id == episode_id, not_deleted(CustodyMeeting))
        .order_by(CustodyMeeting.due_date)))


def establishment_errors(establishment: str | None) -> dict[str, str]:
    """An establishment, when given, is one of the list (the service and the server)."""
    if establishment is not None and establishment not in codelist("secure_establishment"):
        return {"establishment": "Choose the establishment from the list."}
    return {}


def resettlement_errors(accommodation_on: dt.date | None, accommodation_detail: str | None,
                        ete_on: dt.date | None, ete_detail: str | None,
                        today: dt.date) -> dict[str, str]:
    """Accommodation and ETE confirmed: dated, not in the future, with what was confirmed
    (the service and the server)."""
    e = Errors()
    for key, day, detail, what in (
            ("accommodation", accommodation_on, accommodation_detail,
             "Say what accommodation was confirmed."),
            ("ete", ete_on, ete_detail, "Say what education, training or work was confirmed.")):
        if day is not None and day > today:
            e.add(f"{key}_confirmed_on", "This is dated in the future.")
        if day is not None and not (detail or "").strip():
            e.add(f"{key}_detail", Message(what))
    return e.errors


def set_placement(session: Session, episode_id: str, establishment: str | None,
                  placement_date: dt.date | None) -> CustodyEpisode:
    episode = get_episode(session, episode_id)
    e = Errors()
    e.errors.update(establishment_errors(establishment))
    if establishment is None:
        e.add("establishment", "Choose the establishment from the list.")
    if placement_date is None:
        e.add("placement_date", "Give the placement date.")
    e.raise_if_any()
    episode.establishment = establishment
    episode.placement_date = placement_date  # type: ignore[assignment]
    session.flush()
    return episode


@dataclass
class MeetingInput:
    held_on: dt.date | None
    attendees: str | None
    actions: str | None
    notes: str | None = None


ALREADY_RECORDED = "This meeting has already been recorded."


def meeting_errors(held_on: dt.date | None, attendees: str | None, actions: str | None,
                   placement_date: dt.date | None, today: dt.date) -> dict[str, str]:
    """The one rule about a held planning meeting (the laptop's service and the sync
    service, ``services.orders.sync_rules.custody_meeting_held``), by field."""
    e = Errors()
    if held_on is None:
        e.add("held_on", "Give the date of the meeting.")
    elif held_on > today:
        e.add("held_on", "The meeting is dated in the future.")
    elif placement_date is not None and held_on < placement_date:
        e.add("held_on", "The meeting cannot be before the child was placed.")
    if not (attendees or "").strip():
        e.add("attendees", "Record who attended (the child, family, case manager, "
              "resettlement practitioner ...).")
    if not (actions or "").strip():
        e.add("actions", "Record the actions agreed.")
    return e.errors


def record_meeting(session: Session, meeting_id: str, data: MeetingInput,
                   today: dt.date) -> CustodyMeeting:
    meeting = fetch_live(session, CustodyMeeting, meeting_id, "No such meeting.")
    if meeting.held_on is not None:
        raise WorkflowError(ALREADY_RECORDED)
    episode = get_episode(session, meeting.episode_id)
    e = Errors()
    e.errors.update(meeting_errors(data.held_on, data.attendees, data.actions,
                                   episode.placement_date, today))
    e.raise_if_any()
    meeting.held_on = data.held_on
    meeting.attendees = (data.attendees or "").strip()
    meeting.actions = (data.actions or "").strip()
    meeting.notes = (data.notes or "").strip() or None
    session.flush()
    return meeting


@dataclass
class ResettlementInput:
    accommodation_confirmed_on: dt.date | None
    accommodation_detail: str | None
    ete_confirmed_on: dt.date | None
    ete_detail: str | None


def confirm_resettlement(session: Session, episode_id: str, data: ResettlementInput,
                         today: dt.date) -> CustodyEpisode:
    """Accommodation and ETE organised for release: dated, as the YCS measures them."""
    episode = get_episode(session, episode_id)
    e = Errors()
    e.errors.update(resettlement_errors(data.accommodation_confirmed_on,
                                        data.accommodation_detail, data.ete_confirmed_on,
                                        data.ete_detail, today))
    e.raise_if_any()
    episode.accommodation_confirmed_on = data.accommodation_confirmed_on
    episode.accommodation_detail = (data.accommodation_detail or "").strip() or None
    episode.ete_confirmed_on = data.ete_confirmed_on
    episode.ete_detail = (data.ete_detail or "").strip() or None
    session.flush()
    return episode


def release_errors(episode: CustodyEpisode | Any, dates: DtoDates | None,
                   release_date: dt.date | None, licence_conditions: str | None,
                   compassionate: bool = False) -> dict[str, str]:
    """What a release must show (pure: the server judges pushed episodes with it)."""
    e = Errors()
    if release_date is None:
        e.add("release_date", "Give the release date.")
        return e.errors
    if release_date < episode.placement_date:
        e.add("release_date", "The release cannot be before the placement.")
    for key, day, what in (("accommodation_confirmed_on", episode.accommodation_confirmed_on,
                            Message("Suitable accommodation must be confirmed before "
                                    "release.")),
                           ("ete_confirmed_on", episode.ete_confirmed_on,
                            Message("Education, training or work must be confirmed before "
                                    "release."))):
        if day is None or day > release_date:
            e.add(key, what)
    if episode.kind in (CustodyKind.DTO, CustodyKind.S250, CustodyKind.LONGER) \
            and not (licence_conditions or "").strip():
        e.add("licence_conditions", "Record the licence (notice of supervision) conditions.")
    if dates is not None and not compassionate:
        lo = dates.early_from or dates.halfway
        hi = dates.late_to or dates.halfway
        if not lo <= release_date <= hi:
            if lo != hi:
                e.add("release_date", "A %1-month DTO is released at the halfway point (%2), "
                      "or between %3 and %4 unless on compassionate grounds.",
                      dates.term_months, date_text(dates.halfway), date_text(lo),
                      date_text(hi))
            else:
                e.add("release_date", "A %1-month DTO is released at the halfway point (%2) "
                      "unless on compassionate grounds.", dates.term_months,
                      date_text(dates.halfway))
    return e.errors


def release(session: Session, episode_id: str, release_date: dt.date | None,
            licence_conditions: str | None, today: dt.date,
            compassionate: bool = False) -> CustodyEpisode:
    """Release on licence: supervision in the community to the end of the sentence."""
    episode = get_episode(session, episode_id)
    if episode.status != CustodyStatus.IN_CUSTODY:
        raise WorkflowError("The child has already been released.")
    disposal = session.get(Disposal, episode.disposal_id) if episode.disposal_id else None
    dates = dto_dates(disposal.start_date, disposal.end_date) \
        if episode.kind == CustodyKind.DTO and disposal is not None and disposal.end_date \
        else None
    errors = release_errors(episode, dates, release_date, licence_conditions, compassionate)
    if release_date is not None and release_date > today:
        errors.setdefault("release_date", "Record the release on or after the day.")
    if errors:
        e = Errors()
        e.errors.update(errors)
        e.raise_if_any()
    assert release_date is not None
    episode.release_date = release_date
    episode.licence_conditions = (licence_conditions or "").strip() or None
    episode.status = CustodyStatus.ON_LICENCE
    for meeting in meetings(session, episode.id):
        if meeting.held_on is None and meeting.due_date > release_date:
            meeting.deleted = True
    session.flush()
    return episode


def counts(session: Session, child_ids: set[str] | None = None) -> dict[str, set[str]]:
    """Children in custody (sentenced) and on remand in youth detention or LA
    accommodation, now."""
    out: dict[str, set[str]] = {"in_custody": set(), "on_remand": set()}
    for child_id, kind in session.execute(
            select(CustodyEpisode.child_id, CustodyEpisode.kind).where(
                not_deleted(CustodyEpisode), CustodyEpisode.ended_on.is_(None),
                CustodyEpisode.status == CustodyStatus.IN_CUSTODY)):
        if child_ids is not None and child_id not in child_ids:
            continue
        remand = kind in (CustodyKind.REMAND_LA, CustodyKind.REMAND_YDA)
        out["on_remand" if remand else "in_custody"].add(child_id)
    return out
