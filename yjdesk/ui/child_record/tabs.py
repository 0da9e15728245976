"""The built-in tabs of a child's record, drawn from a :class:`ChildRecord` snapshot."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yjdesk.services.codes import codelist
from yjdesk.services.humanise import date_text as fmt_date
from yjdesk.services.humanise import time_text
from yjdesk.ui.child_record.data import ChildRecord
from yjdesk.ui.i18n import tr

NOT_RECORDED = "Not recorded"




def table(headers: Sequence[str], rows: Sequence[Sequence[str]], name: str) -> QTableWidget:
    """A read-only, sortable-looking list; an empty list says so."""
    t = QTableWidget(len(rows), len(headers))
    t.setObjectName(name)
    t.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
    t.setAccessibleName(name)
    t.setHorizontalHeaderLabels([tr(h) for h in headers])
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.verticalHeader().hide()
    t.setWordWrap(False)
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 10)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            t.setItem(r, c, item)
    header = t.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return t


def section(title: str, body: QWidget, button: QPushButton | None = None) -> QWidget:
    box = QGroupBox(tr(title))
    lay = QVBoxLayout(box)
    if button is not None:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        lay.addLayout(row)
    lay.addWidget(body)
    return box


def _value(text: str | None) -> QLabel:
    label = QLabel(text if text else NOT_RECORDED)
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
        (tr("Full name"), f"{d.given_name} {d.family_name}"),
        (tr("Gender"), gender.label(d.gender)),
        (tr("Ethnicity"), ethnicity.label(d.ethnicity)),
    ])))
    left.addWidget(section(tr("Legal and care status"), _facts([
        ("Looked after", _status(d.looked_after)),
        ("Child in need", _status(d.child_in_need)),
        ("Child protection plan", _status(d.cp_plan)),
        ("Home local authority", d.home_local_authority),
        ("Placing local authority", d.placing_local_authority),
    ])))
    left.addStretch(1)
    right = QVBoxLayout()
    right.addWidget(section(tr("Diversity and communication"), _facts([
        ("Diversity needs", d.diversity_needs),
        ("Communication needs", d.communication_needs),
        ("Communication screening (ECT)", ect.label(d.ect_result)),
    ])))
    right.addWidget(section(tr("Education, training and employment"), _facts([
        ("Status", ete.label(d.ete_status)),
        ("School or provider", d.ete_provider),
        ("Hours per week", None if d.ete_hours is None else str(d.ete_hours)),
    ])))
    right.addStretch(1)
    grid.addLayout(left, 1)
    grid.addLayout(right, 1)
    outer = QVBoxLayout(page)
    outer.addLayout(grid)
    button = QPushButton(tr("Add address"))
    button.clicked.connect(add_address)
    outer.addWidget(section(tr("Address history"), table(
        ("Address", tr("From"), tr("To"), "Accommodation", tr("Suitable")),
        [(a.text, fmt_date(a.from_date), fmt_date(a.to_date, tr("Now")), a.accommodation,
          {True: "Yes", False: "No", None: "Not known"}[a.suitable]) for a in record.addresses],
        "addresses"), button), 1)
    return _scroll(page)


def _status(value: object) -> str:
    return str(value).replace("_", " ").capitalize()


def family_tab(record: ChildRecord, add_person: Callable[[], object]) -> QWidget:
    button = QPushButton(tr("Add person"))
    button.clicked.connect(add_person)
    rows = [(p.name, p.relationship, "Yes" if p.parental_responsibility else "No",
             "Yes" if p.lives_with_child else "No", p.contact, p.notes) for p in record.people]
    page = QWidget()
    lay = QVBoxLayout(page)
    lay.addWidget(
        section(
            tr("Parents, carers and significant people"),
            table(
                (
                    "Name",
                    "Relationship",
                    tr("Parental responsibility"),
                    tr("Lives with child"),
                    tr("Contact"),
                    "Notes",
                ),
                rows,
                "people",
            ),
            button,
        )
    )
    return page


def justice_tab(record: ChildRecord, add_offence: Callable[[], object],
                add_disposal: Callable[[], object]) -> QWidget:
    page = QWidget()
    lay = QVBoxLayout(page)
    b1 = QPushButton(tr("Add offence"))
    b1.clicked.connect(add_offence)
    lay.addWidget(section(tr("Offences"), table(
        ("Date", "Offence", "Status", tr("Gravity"), tr("Victim"), "Description"),
        [(fmt_date(o.offence_date), o.offence, o.status, str(o.gravity),
          "Yes" if o.victim_involved else "No", o.description) for o in record.offences],
        "offences"), b1), 1)
    b2 = QPushButton(tr("Add disposal"))
    b2.clicked.connect(add_disposal)
    lay.addWidget(
        section(
            tr("Disposals"),
            table(
                (
                    "Disposal",
                    "Decided by",
                    tr("Decided"),
                    tr("Start"),
                    tr("End"),
                    "Outcome",
                    "Requirements",
                ),
                [
                    (
                        d.disposal,
                        d.decision_body,
                        fmt_date(d.decision_date),
                        fmt_date(d.start_date),
                        fmt_date(d.end_date),
                        d.outcome,
                        "; ".join(d.requirements),
                    )
                    for d in record.disposals
                ],
                "disposals",
            ),
            b2,
        ),
        1,
    )
    return page


def history_tab(record: ChildRecord) -> QWidget:
    page = QWidget()
    lay = QVBoxLayout(page)
    lay.addWidget(section(tr("Case allocation"), table(
        (tr("Worker"), tr("Role"), tr("From"), tr("To")),
        [(a.worker, a.role, fmt_date(a.from_date), fmt_date(a.to_date, tr("Now")))
         for a in record.allocations], "allocations")), 1)
    lay.addWidget(section(tr("Changes and views of this record"), table(
        ("When", tr("Who"), "What happened", tr("Part of the record")),
        [(time_text(a.at), a.who, a.action, a.what)
         for a in record.audit], "audit")), 2)
    return page


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area
