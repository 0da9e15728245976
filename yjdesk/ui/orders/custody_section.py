"""Custody and resettlement in the "Court orders" tab: the episode, its planning meetings,
accommodation and ETE for release, release on licence, and the planning PDF."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from yjdesk.models.justice import Disposal
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import date_text
from yjdesk.services.orders import custody as cs
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.casework.common import text_box
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import Type, secondary_button, styled_label
from yjdesk.ui.i18n import QT_TR_NOOP, fill, tr
from yjdesk.ui.table_models.rows import cell_columns
from yjdesk.ui.widgets.form_dialog import FormDialog, Job
from yjdesk.ui.widgets.forms import CodeCombo, DateField
from yjdesk.ui.widgets.pdf import save_pdf
from yjdesk.ui.widgets.tables import RowsView


@dataclass(frozen=True)
class EpisodeView:
    id: str
    summary: str
    status: str
    meetings: list[tuple[str, tuple[str, ...]]]
    # the meetings not held yet (their ids)
    open_meetings: frozenset[str] = frozenset()


def load_custody(uow: UnitOfWork, child_id: str) -> dict[str, Any]:
    """Each custody episode in words, in the person's language (the kinds of custody and
    of meeting and the establishments are in the translation file: i18n_domain)."""
    s = uow.session
    places = codelist("secure_establishment")
    not_yet = tr("not yet")
    views: list[EpisodeView] = []
    for ep in cs.episodes(s, child_id):
        disposal = s.get(Disposal, ep.disposal_id) if ep.disposal_id else None
        due_out = cs.release_date_of(ep, disposal)
        bits = [tr(cs.KIND_LABELS.get(ep.kind, ep.kind)) + ".",
                fill(tr("Placed %1 at %2."), date_text(ep.placement_date),
                     tr(places.label(ep.establishment))) if ep.establishment
                else fill(tr("Placed %1."), date_text(ep.placement_date))]
        if ep.designated_authority:
            bits.append(fill(tr("Looked after by %1 from %2 to %3."), ep.designated_authority,
                             date_text(ep.looked_after_from), date_text(ep.looked_after_to))
                        if ep.looked_after_to else
                        fill(tr("Looked after by %1 from %2."), ep.designated_authority,
                             date_text(ep.looked_after_from)))
        if ep.release_date:
            bits.append(fill(tr("Released on licence %1."), date_text(ep.release_date)))
        elif due_out:
            bits.append(fill(tr("Release due %1."), date_text(due_out)))
        bits.append(fill(tr("Accommodation confirmed %1: %2."),
                         date_text(ep.accommodation_confirmed_on), ep.accommodation_detail or "")
                    if ep.accommodation_confirmed_on else tr("Accommodation not confirmed."))
        bits.append(fill(tr("ETE confirmed %1: %2."), date_text(ep.ete_confirmed_on),
                         ep.ete_detail or "")
                    if ep.ete_confirmed_on else tr("ETE not confirmed."))
        for label, text in ((tr("LASPO conditions"), ep.laspo_conditions),
                            (tr("Licence conditions"), ep.licence_conditions)):
            if text:
                bits.append(fill(tr("%1: %2."), label, text.replace(chr(10), "; ")))
        held = cs.meetings(s, ep.id)
        meetings: list[tuple[str, tuple[str, ...]]] = [
            (m.id, (tr(cs.MEETING_LABELS.get(m.kind, m.kind)), date_text(m.due_date),
                    date_text(m.held_on, not_yet),
                    (m.attendees or "").replace("\n", ", "),
                    (m.actions or "").replace("\n", "; ")))
            for m in held]
        views.append(EpisodeView(ep.id, " ".join(bits), ep.status, meetings,
                                 frozenset(m.id for m in held if m.held_on is None)))
    return {"custody": views}


class PlacementDialog(FormDialog):
    def __init__(self, ctx: AppContext, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Placement"), parent, save_text=tr("Save"),
                         intro=tr("The establishment list is data kept by the service."))
        self.episode_id = episode_id
        self.place = self.form.add_field("establishment", tr("Establishment"),
                                         CodeCombo("secure_establishment")).widget
        self.day = self.form.add_field("placement_date", tr("Placed on"),
                                       DateField(tr("Placed on"))).widget

    def job(self) -> Job:
        eid, place, day = self.episode_id, self.place.code(), self.day.date()
        return lambda uow: cs.set_placement(uow.session, eid, place, day).id


class MeetingDialog(FormDialog):
    def __init__(self, ctx: AppContext, meeting_id: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, fill(tr("Record the %1 meeting"), title.lower()), parent,
                         save_text=tr("Record meeting"))
        self.meeting_id = meeting_id
        f = self.form
        self.held_on = f.add_field("held_on", tr("Held on"), DateField(tr("Held on"))).widget
        self.held_on.set_date(ctx.today())
        self.attendees = f.add_field("attendees", tr("Who attended"),
                                     text_box("attendees", 3)).widget
        self.agreed = f.add_field("actions", tr("Actions agreed"), text_box("actions", 3)).widget

    def job(self) -> Job:
        data = cs.MeetingInput(self.held_on.date(), self.attendees.toPlainText(),
                               self.agreed.toPlainText())
        mid, today = self.meeting_id, self.ctx.today()
        return lambda uow: cs.record_meeting(uow.session, mid, data, today).id


class ResettlementDialog(FormDialog):
    def __init__(self, ctx: AppContext, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Accommodation and ETE for release"), parent, save_text=tr("Save"),
                         intro=tr("Both must be confirmed, with their dates, before release."))
        self.episode_id = episode_id
        f = self.form
        self.acc_on = f.add_field("accommodation_confirmed_on", tr("Accommodation confirmed on"),
                                  DateField(tr("Accommodation confirmed on"))).widget
        self.acc = f.add_field("accommodation_detail", tr("Where"),
                               text_box("accommodation_detail", 2)).widget
        self.ete_on = f.add_field("ete_confirmed_on", tr("ETE confirmed on"),
                                  DateField(tr("ETE confirmed on"))).widget
        self.ete = f.add_field("ete_detail", tr("What"), text_box("ete_detail", 2)).widget

    def job(self) -> Job:
        data = cs.ResettlementInput(self.acc_on.date(), self.acc.toPlainText(),
                                    self.ete_on.date(), self.ete.toPlainText())
        eid, today = self.episode_id, self.ctx.today()
        return lambda uow: cs.confirm_resettlement(uow.session, eid, data, today).id


class ReleaseDialog(FormDialog):
    def __init__(self, ctx: AppContext, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Release on licence"), parent, save_text=tr("Record release"),
                         intro=tr("A DTO is released at the halfway point, or in its early or "
                               "late release window; then supervision in the community."))
        self.episode_id = episode_id
        f = self.form
        self.day = f.add_field("release_date", tr("Released on"),
                               DateField(tr("Released on"))).widget
        self.licence = f.add_field("licence_conditions", tr("Licence conditions"),
                                   text_box("licence_conditions", 4)).widget
        self.compassionate = f.add_field("compassionate", "",
                                         QCheckBox(tr("Compassionate release"))).widget
        for key, label in (("accommodation_confirmed_on", tr("Accommodation")),
                           ("ete_confirmed_on", tr("Education, training, work"))):
            f.add_field(key, label, QLabel(tr("confirmed with 'Accommodation and ETE...'")))

    def job(self) -> Job:
        eid, day, conditions = self.episode_id, self.day.date(), self.licence.toPlainText()
        compassionate, today = self.compassionate.isChecked(), self.ctx.today()
        return lambda uow: cs.release(uow.session, eid, day, conditions, today,
                                      compassionate).id


class CustodySection(QWidget):
    def __init__(self, sections: Any) -> None:
        super().__init__()
        self.ctx: AppContext = sections.ctx
        self.views: list[EpisodeView] = []
        self.dialog: FormDialog | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(styled_label(tr("Custody, remand and resettlement"), Type.HEADING))
        box.addWidget(styled_label(tr(
            "Meeting timescales (initial planning, reviews, release planning) are this "
            "service's policy (by default, the 2013 National Standards figures)."),
            Type.CAPTION, wrap=True))
        self.summary = QLabel(tr("No custody or remand."))
        self.summary.setObjectName("custodySummary")
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.meetings = RowsView(cell_columns((
            QT_TR_NOOP("Meeting"), QT_TR_NOOP("Due by"), QT_TR_NOOP("Held"),
            QT_TR_NOOP("Who attended"), QT_TR_NOOP("Actions"))), "custodyMeetings",
            tr("Custody meetings"), key=lambda r: r[0], sortable=False)
        box.addWidget(self.meetings)
        row = QHBoxLayout()
        self.buttons = [
            secondary_button(tr("Placement..."), self.placement, name="custody_placement"),
            secondary_button(tr("Record meeting..."), self.record_meeting, name="custody_meeting"),
            secondary_button(tr("Accommodation and ETE..."), self.resettlement,
                             name="custody_resettlement"),
            secondary_button(tr("Release on licence..."), self.release, name="custody_release"),
            secondary_button(tr("Custody plan (PDF)..."), self.save_pdf, name="custody_pdf")]
        for b in self.buttons:
            row.addWidget(b)
        row.addStretch(1)
        box.addLayout(row)

    @property
    def current(self) -> EpisodeView | None:
        return self.views[0] if self.views else None

    def show_data(self, extra: dict[str, Any]) -> None:
        self.views = extra.get("custody", [])
        ep = self.current
        self.summary.setText("\n".join(v.summary for v in self.views)
                             or tr("No custody or remand."))
        # The current episode's meetings first, then earlier episodes' (read only).
        rows = [m for v in self.views for m in v.meetings]
        self.meetings.set_rows(rows)
        for b in self.buttons:
            b.setEnabled(ep is not None)
        self.setVisible(ep is not None)  # nothing to show for a child never held

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def placement(self) -> FormDialog | None:
        ep = self.current
        return self._open(PlacementDialog(self.ctx, ep.id, self)) if ep else None

    def record_meeting(self) -> FormDialog | None:
        ep = self.current
        if ep is None:
            return None
        chosen = self.meetings.current_key()
        open_ = [(i, c) for i, c in ep.meetings if i in ep.open_meetings]  # current episode
        pick = next(((i, c) for i, c in open_ if i == chosen), open_[0] if open_ else None)
        if pick is None:
            return None
        return self._open(MeetingDialog(self.ctx, pick[0], pick[1][0], self))

    def resettlement(self) -> FormDialog | None:
        ep = self.current
        return self._open(ResettlementDialog(self.ctx, ep.id, self)) if ep else None

    def release(self) -> FormDialog | None:
        ep = self.current
        return self._open(ReleaseDialog(self.ctx, ep.id, self)) if ep else None

    def save_pdf(self, path: str | None = None) -> None:
        ep = self.current
        if ep is None:
            return
        eid, status = ep.id, self.ctx.events.status
        from yjdesk.reports.custody_plan import custody_plan_data, render_custody_plan

        save_pdf(self, self.ctx.tasks, lambda uow: custody_plan_data(uow.session, eid),
                 render_custody_plan,
                 lambda t: status.emit(fill(tr("Custody plan saved to %1"), t)),
                 path=path, title=tr("Save the custody plan"), file_name="custody-plan.pdf")
