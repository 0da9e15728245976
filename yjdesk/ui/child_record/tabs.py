"""The built-in tabs of a child's record, drawn from a :class:`ChildRecord` snapshot."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from yjdesk.services.codes import codelist
from yjdesk.services.humanise import date_text as fmt_date
from yjdesk.services.humanise import time_text
from yjdesk.services.oversight.audit_log import lower_first
from yjdesk.ui.child_record.data import (
    AddressRow,
    AllocationRow,
    AuditRow,
    ChildRecord,
    DisposalRow,
    OffenceRow,
    PersonRow,
)
from yjdesk.ui.i18n import QT_TR_NOOP, fill, tr, tr_or
from yjdesk.ui.table_models.rows import Column
from yjdesk.ui.widgets.tables import RowsView

T = TypeVar("T")

NOT_RECORDED = QT_TR_NOOP("Not recorded")
#: An offence's status (``OffenceStatus``) in the justice tab's table, in words.
OFFENCE_STATUS_WORDS = {"suspected": QT_TR_NOOP("Suspected"), "proven": QT_TR_NOOP("Proven"),
                        "not_guilty": QT_TR_NOOP("Not guilty"),
                        "withdrawn": QT_TR_NOOP("Withdrawn")}


_YES_NO = {True: QT_TR_NOOP("Yes"), False: QT_TR_NOOP("No"), None: QT_TR_NOOP("Not known")}


def _yes(value: bool | None) -> str:
    return tr(_YES_NO[value])


def _until(day: dt.date | None) -> str:
    """An end date, or "Now" for one still running (which sorts after every date)."""
    return fmt_date(day, tr("Now"))


def _until_key(day: dt.date | None) -> dt.date:
    return day or dt.date.max


ADDRESS_COLUMNS: tuple[Column[AddressRow], ...] = (
    Column(QT_TR_NOOP("Address"), lambda a: a.text),
    Column(QT_TR_NOOP("From"), lambda a: fmt_date(a.from_date), sort=lambda a: a.from_date),
    Column(QT_TR_NOOP("To"), lambda a: _until(a.to_date), sort=lambda a: _until_key(a.to_date)),
    Column(QT_TR_NOOP("Accommodation"), lambda a: tr(a.accommodation)),
    Column(QT_TR_NOOP("Suitable"), lambda a: _yes(a.suitable)),
)
PEOPLE_COLUMNS: tuple[Column[PersonRow], ...] = (
    Column(QT_TR_NOOP("Name"), lambda p: p.name),
    Column(QT_TR_NOOP("Relationship"), lambda p: tr(p.relationship)),
    Column(QT_TR_NOOP("Parental responsibility"), lambda p: _yes(p.parental_responsibility)),
    Column(QT_TR_NOOP("Lives with child"), lambda p: _yes(p.lives_with_child)),
    Column(QT_TR_NOOP("Contact"), lambda p: p.contact),
    Column(QT_TR_NOOP("Notes"), lambda p: p.notes),
)
OFFENCE_COLUMNS: tuple[Column[OffenceRow], ...] = (
    Column(QT_TR_NOOP("Date"), lambda o: fmt_date(o.offence_date),
           sort=lambda o: o.offence_date),
    Column(QT_TR_NOOP("Offence"), lambda o: tr(o.offence)),
    Column(QT_TR_NOOP("Status"),
           lambda o: tr_or(OFFENCE_STATUS_WORDS.get(o.status), o.status.capitalize())),
    Column(QT_TR_NOOP("Gravity"), lambda o: str(o.gravity), sort=lambda o: o.gravity),
    Column(QT_TR_NOOP("Victim"), lambda o: _yes(o.victim_involved)),
    Column(QT_TR_NOOP("Description"), lambda o: o.description),
)
DISPOSAL_COLUMNS: tuple[Column[DisposalRow], ...] = (
    Column(QT_TR_NOOP("Disposal"), lambda d: tr(d.disposal), stretch=True),
    Column(QT_TR_NOOP("Decided by"), lambda d: d.decision_body),
    Column(QT_TR_NOOP("Decided"), lambda d: fmt_date(d.decision_date),
           sort=lambda d: d.decision_date),
    Column(QT_TR_NOOP("Start"), lambda d: fmt_date(d.start_date), sort=lambda d: d.start_date),
    Column(QT_TR_NOOP("End"), lambda d: fmt_date(d.end_date),
           sort=lambda d: _until_key(d.end_date)),
    Column(QT_TR_NOOP("Outcome"), lambda d: tr(d.outcome)),
    Column(QT_TR_NOOP("Requirements"), lambda d: "; ".join(d.requirements), stretch=True),
)
ALLOCATION_COLUMNS: tuple[Column[AllocationRow], ...] = (
    Column(QT_TR_NOOP("Worker"), lambda a: a.worker),
    Column(QT_TR_NOOP("Role"), lambda a: tr_or(a.role)),  # (a code list's label)
    Column(QT_TR_NOOP("From"), lambda a: fmt_date(a.from_date), sort=lambda a: a.from_date),
    Column(QT_TR_NOOP("To"), lambda a: _until(a.to_date), sort=lambda a: _until_key(a.to_date)),
)
AUDIT_COLUMNS: tuple[Column[AuditRow], ...] = (
    Column(QT_TR_NOOP("When"), lambda a: time_text(a.at), sort=lambda a: a.at),
    Column(QT_TR_NOOP("Who"), lambda a: a.who),
    Column(QT_TR_NOOP("What happened"), lambda a: tr(a.action)),
    Column(QT_TR_NOOP("Part of the record"), lambda a: changed_text(a)),
)


def changed_text(row: AuditRow) -> str:
    """The part of the record and, for a change, its fields in the person's language:
    "Contact: finalised at, status" (each field's words translated on their own)."""
    if not row.fields:
        return tr(row.kind)
    return fill(tr("%1: %2"), tr(row.kind),
                tr(", ").join(lower_first(tr_or(f)) for f in row.fields))


def table(columns: Sequence[Column[T]], rows: Sequence[T], name: str) -> RowsView:
    """A read-only list of the record's rows, sortable by each column (``name`` is its
    object and accessible name)."""
    view = RowsView(columns, name, name)
    view.set_rows(rows)
    return view


def section(title: str, body: QWidget, button: QPushButton | None = None) -> QWidget:
    """``body`` under the title ``title`` (the caller's words, translated by the caller)."""
    box = QGroupBox(title)
    lay = QVBoxLayout(box)
    if button is not None:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        lay.addLayout(row)
    lay.addWidget(body)
    return box


def _value(text: str | None) -> QLabel:
    label = QLabel(text if text else tr(NOT_RECORDED))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if not text:
        label.setProperty("muted", True)  # quieter, in any palette
    return label


def _facts(pairs: Sequence[tuple[str, str | None]]) -> QWidget:
    w = QWidget()
    form = QFormLayout(w)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    for label, value in pairs:
        form.addRow(f"{tr(label)}:", _value(value))
    return w


def overview_tab(record: ChildRecord, add_address: Callable[[], object]) -> QWidget:
    d = record.data
    gender, ethnicity = codelist("gender"), codelist("ethnicity")
    ete, ect = codelist("ete_status"), codelist("ect_result")
    page = QWidget()
    grid = QHBoxLayout()
    left = QVBoxLayout()
    left.addWidget(section(tr("Personal details"), _facts([
        (QT_TR_NOOP("Full name"), f"{d.given_name} {d.family_name}"),  # (_facts translates)
        (QT_TR_NOOP("Gender"), tr_or(gender.label(d.gender), None)),
        (QT_TR_NOOP("Ethnicity"), tr_or(ethnicity.label(d.ethnicity), None)),
    ])))
    left.addWidget(section(tr("Legal and care status"), _facts([
        (QT_TR_NOOP("Looked after"), _status(d.looked_after)),
        (QT_TR_NOOP("Child in need"), _status(d.child_in_need)),
        (QT_TR_NOOP("Child protection plan"), _status(d.cp_plan)),
        (QT_TR_NOOP("Home local authority"), d.home_local_authority),
        (QT_TR_NOOP("Placing local authority"), d.placing_local_authority),
    ])))
    left.addStretch(1)
    right = QVBoxLayout()
    right.addWidget(section(tr("Diversity and communication"), _facts([
        (QT_TR_NOOP("Diversity needs"), d.diversity_needs),
        (QT_TR_NOOP("Communication needs"), d.communication_needs),
        (QT_TR_NOOP("Communication screening (ECT)"), tr_or(ect.label(d.ect_result), None)),
    ])))
    right.addWidget(section(tr("Education, training and employment"), _facts([
        (QT_TR_NOOP("Status"), tr_or(ete.label(d.ete_status), None)),
        (QT_TR_NOOP("School or provider"), d.ete_provider),
        (QT_TR_NOOP("Hours per week"), None if d.ete_hours is None else str(d.ete_hours)),
    ])))
    right.addStretch(1)
    grid.addLayout(left, 1)
    grid.addLayout(right, 1)
    outer = QVBoxLayout(page)
    outer.addLayout(grid)
    button = QPushButton(tr("Add address"))
    button.clicked.connect(add_address)
    outer.addWidget(section(tr("Address history"),
                            table(ADDRESS_COLUMNS, record.addresses, "addresses"), button), 1)
    return _scroll(page)


def _status(value: object) -> str | None:
    """A legal and care status answer in words (in the translation file: i18n_domain)."""
    return tr_or(str(value).replace("_", " ").capitalize(), None) if value else None


def family_tab(record: ChildRecord, add_person: Callable[[], object]) -> QWidget:
    button = QPushButton(tr("Add person"))
    button.clicked.connect(add_person)
    page = QWidget()
    lay = QVBoxLayout(page)
    lay.addWidget(section(tr("Parents, carers and significant people"),
                          table(PEOPLE_COLUMNS, record.people, "people"), button))
    return page


def justice_tab(record: ChildRecord, add_offence: Callable[[], object],
                add_disposal: Callable[[], object]) -> QWidget:
    page = QWidget()
    lay = QVBoxLayout(page)
    b1 = QPushButton(tr("Add offence"))
    b1.clicked.connect(add_offence)
    lay.addWidget(section(tr("Offences"),
                          table(OFFENCE_COLUMNS, record.offences, "offences"), b1), 1)
    b2 = QPushButton(tr("Add disposal"))
    b2.clicked.connect(add_disposal)
    lay.addWidget(section(tr("Disposals"),
                          table(DISPOSAL_COLUMNS, record.disposals, "disposals"), b2), 1)
    return page


def history_tab(record: ChildRecord) -> QWidget:
    page = QWidget()
    lay = QVBoxLayout(page)
    lay.addWidget(section(tr("Case allocation"),
                          table(ALLOCATION_COLUMNS, record.allocations, "allocations")), 1)
    lay.addWidget(section(tr("Changes and views of this record"),
                          table(AUDIT_COLUMNS, record.audit, "audit")), 2)
    return page


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area
