"""Issue 12: all user-visible text is translatable (Qt translation files), with the build
compiling them; a pseudo-locale walk (in ``test_accessible``) finds any hard-coded text."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from pytestqt.qtbot import QtBot

from tests.ui.test_small_laptops import ROOT
from yjdesk.ui import i18n

if TYPE_CHECKING:
    from yjdesk.ui.tour import PseudoTranslator

# The pseudo-locale walk (no hard-coded text on any screen of the tour, every text in the
# translation file) is made by the 1280x720 walk of test_accessible, with its other checks.


def test_a_welsh_translation_needs_no_code_change(qtbot: QtBot, tmp_path: Path,
                                                  monkeypatch) -> None:
    """The Welsh file lists the UI's texts; a translated entry, compiled the way the build
    compiles it, is what the UI then shows."""
    ts = (ROOT / "translations" / "yjdesk_cy.ts").read_text(encoding="utf-8")
    assert len(re.findall(r"<source>", ts)) >= 300  # scripts/translations update ran
    assert "<source>Save plan</source>" in ts
    welsh = re.sub(r"(<source>Save plan</source>\s*<translation)[^>]*>[^<]*(</translation>)",
                   r"\1>Cadw&apos;r cynllun\2", ts, count=1)
    (tmp_path / "yjdesk_cy.ts").write_text(welsh, encoding="utf-8")
    qm_dir = tmp_path / "qm"
    qm_dir.mkdir()
    lrelease = Path(ROOT / ".venv" / "bin" / "pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "yjdesk_cy.ts"), "-qm",
                    str(qm_dir / "yjdesk_cy.qm")], check=True, timeout=60)
    monkeypatch.setattr(i18n, "QM_DIR", qm_dir)
    app = QCoreApplication.instance()
    assert app is not None
    translator = i18n.install(app, QLocale("cy_GB"))
    assert translator is not None
    try:
        assert i18n.tr("Save plan") == "Cadw'r cynllun"
        assert i18n.tr("Cancel the plan, not a known text") == "Cancel the plan, not a known text"
    finally:
        app.removeTranslator(translator)
    assert i18n.tr("Save plan") == "Save plan"


def test_the_build_compiles_the_translations() -> None:
    """Linux, macOS and Windows builds compile the .ts files; the PyInstaller spec refuses
    to build while one is not compiled."""
    build = (ROOT / "scripts" / "build-linux").read_text()
    assert "scripts/translations compile" in build
    assert "scripts/translations compile" in (ROOT / "installers/macos/build.sh").read_text()
    windows = (ROOT / "installers/windows/build.ps1").read_text()
    lrelease = windows.find("pyside6-lrelease.exe")
    assert 0 < lrelease < windows.find("pyinstaller.exe --noconfirm")
    assert "translations\\yjdesk_*.ts" in windows
    spec = (ROOT / "installers/pyinstaller/yjdesk.spec").read_text()
    assert "compile the translations first" in spec
    script = (ROOT / "scripts" / "translations").read_text()
    assert "pyside6-lrelease" in script and "pyside6-lupdate" in script


def test_import_time_and_domain_texts_are_in_the_translation_file() -> None:
    """Texts defined at import (page and section names, column titles, status words) and
    the domain's words the UI shows (code lists, roles, error titles) are listed for the
    translator: ``scripts/translations update`` extracts them."""
    from yjdesk.ui import registry
    from yjdesk.ui.child_record.view import BUILT_IN_TABS, HEADER_FACTS, HISTORY_TAB
    from yjdesk.ui.design.tokens import TONE_WORDS
    from yjdesk.ui.i18n_domain import domain_texts
    from yjdesk.ui.table_models.caseload import CaseloadTableModel
    from yjdesk.ui.tour import listed_sources

    registry.load_features()
    listed = listed_sources()
    texts = {
        *(p.title for p in registry.PAGES.values()),
        *(t.title for t in registry.CHILD_TABS.values()),
        *(title for _key, title in (*BUILT_IN_TABS, HISTORY_TAB)),
        *HEADER_FACTS, *CaseloadTableModel.HEADERS, *TONE_WORDS.values(),
    }
    assert len(texts) > 40
    assert sorted(texts - listed) == []
    domain = domain_texts()
    assert {"Voluntary sector", "Please check the form", "Likelihood of reoffending"} <= set(
        domain)
    assert sorted(set(domain) - listed) == []


def test_plural_forms_are_real(qtbot: QtBot) -> None:
    assert i18n.counted(1, i18n.tr("%n child"), i18n.tr("%n children")) == "1 child"
    assert i18n.counted(1204, i18n.tr("%n child"), i18n.tr("%n children")) == "1,204 children"
    assert i18n.fill(i18n.tr("%1 to %2"), "Monday", "Friday") == "Monday to Friday"


def test_welsh_gets_its_own_plural_forms(qtbot: QtBot, tmp_path: Path,
                                         monkeypatch) -> None:
    """Welsh counts have more forms than English's two (Qt's rules for cy: 0, 1, 2-5, 6, the
    rest). The Welsh file declares its language (so the build compiles Welsh plural rules)
    and holds a numerus message for the plural of every ``counted()``; a translator who
    fills in the forms gets the right one for each count, with no code change."""
    from yjdesk.ui.i18n_domain import plural_texts

    path = ROOT / "translations" / "yjdesk_cy.ts"
    ts = path.read_text(encoding="utf-8")
    assert '<TS version="2.1" language="cy_GB">' in ts
    plurals = plural_texts()
    assert {"%n children", "%n open safeguarding items", "%n records"} <= plurals
    numerus = set(re.findall(r'<message numerus="yes">\s*<source>([^<]*)</source>\s*'
                             r"<comment>plural</comment>", ts))
    assert sorted(plurals - numerus) == []  # scripts/translations update ran
    forms = "".join(f"<numerusform>{w} %n plentyn</numerusform>"
                    for w in ("dim", "un", "dau", "chwech", "llawer"))
    welsh = re.sub(r'(<message numerus="yes">\s*<source>%n children</source>\s*'
                   r"<comment>plural</comment>.*?<translation)[^>]*>.*?(</translation>)",
                   rf"\1>{forms}\2", ts, count=1, flags=re.S)
    assert welsh != ts
    (tmp_path / "yjdesk_cy.ts").write_text(welsh, encoding="utf-8")
    qm_dir = tmp_path / "qm"
    qm_dir.mkdir()
    lrelease = Path(ROOT / ".venv" / "bin" / "pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "yjdesk_cy.ts"), "-qm",
                    str(qm_dir / "yjdesk_cy.qm")], check=True, timeout=60)
    monkeypatch.setattr(i18n, "QM_DIR", qm_dir)
    app = QCoreApplication.instance()
    assert app is not None
    translator = i18n.install(app, QLocale("cy_GB"))
    assert translator is not None
    try:
        def children(n: int) -> str:
            return i18n.counted(n, i18n.tr("%n child"), i18n.tr("%n children"))
        assert [children(n) for n in (0, 1, 2, 3, 6, 8)] == [
            "dim 0 plentyn", "un 1 plentyn", "dau 2 plentyn", "dau 3 plentyn",
            "chwech 6 plentyn", "llawer 8 plentyn"]
        # a plural nobody has translated yet stays English
        assert i18n.counted(2, i18n.tr("%n record"), i18n.tr("%n records")) == "2 records"
    finally:
        app.removeTranslator(translator)
    assert i18n.counted(1, i18n.tr("%n child"), i18n.tr("%n children")) == "1 child"


@contextmanager
def _pseudo_locale() -> Iterator[PseudoTranslator]:
    """The pseudo-locale (every text through tr() comes back bracketed) while inside; its
    ``sources`` are the texts asked for."""
    from yjdesk.ui import tour

    app = QCoreApplication.instance()
    assert app is not None
    pseudo = tour.PseudoTranslator(app)
    app.installTranslator(pseudo)
    try:
        yield pseudo
    finally:
        app.removeTranslator(pseudo)


class _Words(QTranslator):
    """A translation of a few words (as a Welsh file would give them)."""

    def __init__(self, words: dict[str, str]) -> None:
        super().__init__()
        self.words = words

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return self.words.get(source, "") if not context else ""

    def isEmpty(self) -> bool:
        return False


@contextmanager
def _translated(words: dict[str, str]) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = _Words(words)
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


def test_the_pseudo_check_finds_words_translated_twice(qtbot: QtBot) -> None:
    """A helper that translates what its caller already translated shows a translation of
    a translation (in Welsh: a Welsh text looked up as if it were English)."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from yjdesk.ui import tour

    with _pseudo_locale():
        window = QWidget()
        qtbot.addWidget(window)
        box = QVBoxLayout(window)
        once, twice = QPushButton(i18n.tr("Save")), QPushButton(i18n.tr(i18n.tr("Save plan")))
        box.addWidget(once)
        box.addWidget(twice)
        window.show()
        found = tour.hard_coded(window)
    assert found == [f"button translated twice: {twice.text()!r}"]
    assert once.text() == f"{tour.MARK_OPEN}Save{tour.MARK_CLOSE}"


def test_the_pseudo_check_reads_what_a_confirmation_says_it_locks(qtbot: QtBot) -> None:
    """An irreversible action's confirmation says what it locks, in the person's language:
    a line of it left in English is found; translated lines and the subject are not."""
    from yjdesk.ui import tour
    from yjdesk.ui.widgets.confirm import Confirmation, ConfirmDialog

    with _pseudo_locale():
        dialog = ConfirmDialog(Confirmation(
            title=i18n.tr("Finalise this report?"), action=i18n.tr("Finalise and lock"),
            subject=i18n.fill(i18n.tr("The report %1."), "for Jay & Sam"),
            consequences=(i18n.tr("It is locked: nobody can change it afterwards."),
                          "Left in English & unseen by lupdate.")))
        qtbot.addWidget(dialog)
        dialog.show()
        found = tour.hard_coded(dialog)
    assert found == ["confirmation 'Left in English & unseen by lupdate.'"]


def test_a_code_list_s_choices_are_shown_in_the_person_s_language(qtbot: QtBot) -> None:
    """A drop-down over a code list shows each label through the translation (the labels
    are in the translation file: i18n_domain), and its empty entry too; the codes stay."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from yjdesk.services.codes import codelist
    from yjdesk.ui import tour
    from yjdesk.ui.widgets.forms import CodeCombo

    with _pseudo_locale():
        window = QWidget()
        qtbot.addWidget(window)
        combo = CodeCombo("accommodation_type")
        QVBoxLayout(window).addWidget(combo)
        window.show()
        texts = [combo.itemText(i) for i in range(combo.count())]
        found = tour.hard_coded(window)
        combo.setItemText(2, "Left in English")  # (what the check finds)
        assert tour.hard_coded(window) == ["choice 'Left in English'"]
    choices = codelist("accommodation_type").choices()
    assert texts == [f"{tour.MARK_OPEN}{t}{tour.MARK_CLOSE}"
                     for t in ["(not set)", *(label for _c, label in choices)]]
    assert [combo.itemData(i) for i in range(1, combo.count())] == [c for c, _l in choices]
    assert found == []


def test_the_caseload_says_its_words_in_the_person_s_language(qtbot: QtBot, ctx, uow) -> None:
    """The caseload's disposal (a code list's label), "No current disposal" and
    "Unallocated" are shown in the person's language (the service gives the label in
    English and None for none); sorting by those columns follows what is shown, and the
    search is unchanged. Every word asked for is in the translation file."""
    from tests.conftest import TODAY, child_input
    from tests.ui.conftest import wait_idle
    from tests.unit.test_kpi_national import disp
    from yjdesk.models import Child
    from yjdesk.services.children import create_child
    from yjdesk.ui import tour
    from yjdesk.ui.caseload_page import CaseloadPage
    from yjdesk.ui.table_models.caseload import CaseloadTableModel

    with uow() as u:
        ids = {given: create_child(u.session, child_input(
            given_name=given, family_name="Test", preferred_name=None), TODAY).id
            for given in ("Ann", "Ben", "Cy")}
        disp(u.session, ids["Ann"], "referral_order", TODAY)
        disp(u.session, ids["Ben"], "yro", TODAY)
    with uow() as u:  # (after the commit that judged Cy's allocation with its case manager)
        u.session.info["sync_apply"] = True  # (a manager's change, pulled)
        u.session.get(Child, ids["Cy"]).case_manager_id = None
    welsh = {"Referral order": "Gorchymyn atgyfeirio",
             "Youth rehabilitation order": "Gorchymyn adsefydlu ieuenctid",
             "No current disposal": "Dim gwarediad cyfredol", "Unallocated": "Heb ei ddyrannu"}
    disposal, manager = CaseloadTableModel.DISPOSAL, CaseloadTableModel.CASE_MANAGER

    def load() -> CaseloadPage:
        page = CaseloadPage(ctx)
        qtbot.addWidget(page)
        page.reload()
        wait_idle(qtbot, ctx)
        return page

    def cells(page: CaseloadPage, col: int) -> dict[str, str]:
        model = page.proxy
        return {model.row_at(i).name.split()[0]: model.index(i, col).data()
                for i in range(model.rowCount())}

    def order(page: CaseloadPage, col: int) -> list[str]:
        page.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
        return [page.proxy.row_at(i).name.split()[0] for i in range(page.proxy.rowCount())]

    with _translated(welsh):
        page = load()
        assert cells(page, disposal) == {"Ann": "Gorchymyn atgyfeirio",
                                         "Ben": "Gorchymyn adsefydlu ieuenctid",
                                         "Cy": "Dim gwarediad cyfredol"}
        assert cells(page, manager) == {"Ann": "Pat Practitioner", "Ben": "Pat Practitioner",
                                        "Cy": "Heb ei ddyrannu"}
        assert order(page, disposal) == ["Cy", "Ben", "Ann"]  # Dim < Gorchymyn ad.. < at..
        assert order(page, manager) == ["Cy", "Ann", "Ben"]  # Heb < Pat
        page.search.setText("ben")
        assert cells(page, disposal) == {"Ben": "Gorchymyn adsefydlu ieuenctid"}
    english = load()  # the same rows in English: the order of the words' own
    assert cells(english, disposal) == {"Ann": "Referral order",
                                        "Ben": "Youth rehabilitation order",
                                        "Cy": "No current disposal"}
    assert cells(english, manager)["Cy"] == "Unallocated"
    assert order(english, disposal) == ["Cy", "Ann", "Ben"]
    assert order(english, manager) == ["Ann", "Ben", "Cy"]
    with _pseudo_locale() as pseudo:
        shown = load()
        words = {*cells(shown, disposal).values(), cells(shown, manager)["Cy"]}
        tip = shown.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert words == {f"{tour.MARK_OPEN}{w}{tour.MARK_CLOSE}" for w in welsh}
    assert tip.startswith(f"{tour.MARK_OPEN}Ann Test, born ")  # (the name's tooltip)
    asked = {*welsh, "%1, born %2"}
    assert sorted(asked - tour.listed_sources()) == []
    assert asked <= pseudo.sources


def _marked(text: str) -> str:
    from yjdesk.ui import tour

    return f"{tour.MARK_OPEN}{text}{tour.MARK_CLOSE}"


def test_table_cells_show_the_services_words_in_the_person_s_language(qtbot: QtBot, ctx,
                                                                      child_id) -> None:
    """The pseudo walk does not read table cells: a code list's label or a service's word
    in a cell (the orders tab's enforcement steps, delivery kinds, requirements) is shown
    through the translation, and the English is what it was."""
    import datetime as dt

    from dateutil.relativedelta import relativedelta
    from sqlalchemy import select

    from tests.conftest import TODAY
    from tests.ui.conftest import wait_idle
    from yjdesk.models.justice import DisposalRequirement
    from yjdesk.services.justice import DisposalInput, RequirementInput, add_disposal
    from yjdesk.services.orders import delivery
    from yjdesk.services.orders import enforcement as enf
    from yjdesk.ui.orders.tab import CourtOrdersTab, table_rows

    start = TODAY - relativedelta(months=3)
    with ctx.uow() as u:
        yro = add_disposal(u.session, child_id, DisposalInput(
            "yro", start, start, start + relativedelta(months=12),
            requirements=[RequirementInput("reparation", quantity=8)]))
        day = start + dt.timedelta(days=10)
        enf.record_step(u.session, yro.id, enf.StepInput("warning", day, "Missed", day), TODAY)
        requirement = u.session.scalars(select(DisposalRequirement.id).where(
            DisposalRequirement.disposal_id == yro.id)).one()
        delivery.record_delivery(u.session, requirement, delivery.DeliveryInput(
            TODAY, "hours", 3, "", "Community garden"), TODAY)

    def cells(tab: CourtOrdersTab) -> tuple[list[str], list[str], list[str]]:
        sections = tab.sections
        assert sections is not None
        return (table_rows(sections.ledger)[0], table_rows(sections.delivery_lines)[0],
                table_rows(sections.delivery)[0])

    with _pseudo_locale():
        tab = CourtOrdersTab(ctx, child_id)
        qtbot.addWidget(tab)
        wait_idle(qtbot, ctx)
        ledger, line, balance = cells(tab)
    assert ledger[0] == _marked("%1 from %2").replace(  # the order, in words
        "%1", _marked("Youth rehabilitation order")).replace("%2", f"{start:%d/%m/%Y}")
    assert ledger[2] == _marked("Warning")
    assert line[1:3] == [_marked("Reparation"), _marked("Hours worked")]
    assert line[5] == "Community garden"  # typed: as typed
    assert balance[:2] == [_marked("Reparation"), _marked("%1 hours").replace("%1", "8")]
    english = CourtOrdersTab(ctx, child_id)
    qtbot.addWidget(english)
    wait_idle(qtbot, ctx)
    ledger, line, balance = cells(english)
    assert ledger[2] == "Warning" and line[1:3] == ["Reparation", "Hours worked"]
    assert ledger[0] == f"Youth rehabilitation order from {start:%d/%m/%Y}"
    assert balance[:2] == ["Reparation", "8 hours"]


def test_month_names_are_in_the_person_s_language(qtbot: QtBot) -> None:
    """A month's name on screen comes from the translation, never from strftime (English
    whatever the translation): the YJB return's quarters, a conflict's dates. In English
    they read as strftime wrote them."""
    import datetime as dt

    from yjdesk.services.oversight.kpi.base import Period
    from yjdesk.ui.oversight.return_page import quarter_text

    q2 = Period(dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    day = dt.date(2026, 9, 7)
    assert quarter_text(q2) == "2025-26 Q2 (July to September 2025)"
    assert i18n.month_date(day) == "7 September 2026" == f"{day:%d %B %Y}".lstrip("0")
    assert i18n.month_date(day, short=True, padded=True) == f"{day:%d %b %Y}" == "07 Sep 2026"
    assert [i18n.month_name(m) for m in range(1, 13)] == [
        f"{dt.date(2026, m, 1):%B}" for m in range(1, 13)]
    assert [i18n.month_name(m, short=True) for m in range(1, 13)] == [
        f"{dt.date(2026, m, 1):%b}" for m in range(1, 13)]
    with _pseudo_locale():
        quarter = quarter_text(q2)
        date = i18n.month_date(day)
    assert quarter == _marked("%1 (%2 to %3 %4)").replace("%1", "2025-26 Q2").replace(
        "%2", _marked("July")).replace("%3", _marked("September")).replace("%4", "2025")
    assert date == f"7 {_marked('September')} 2026"


def test_the_pseudo_check_takes_a_translated_word_filled_in_as_translated_once(
        qtbot: QtBot) -> None:
    """A code list's label filled into a translated text at its start (the report editor's
    "Pre-sentence report for Preston Crown Court, ...") is each translated once; a text
    made of a translated word and translated again is still found."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from yjdesk.ui import tour
    from yjdesk.ui.design import Type, styled_label

    with _pseudo_locale():
        window = QWidget()
        qtbot.addWidget(window)
        box = QVBoxLayout(window)
        filled = styled_label(i18n.fill(i18n.tr("%1 for %2, %3"), i18n.tr("Pre-sentence report"),
                                        "Preston Crown Court", "29/08/2026"), Type.HEADING)
        again = styled_label(i18n.tr(i18n.tr("Pre-sentence report") + " for Preston"),
                             Type.HEADING)
        box.addWidget(filled)
        box.addWidget(again)
        window.show()
        found = tour.hard_coded(window)
    assert filled.text().startswith(tour.MARK_OPEN * 2)
    assert found == [f"heading translated twice: {again.text()!r}"]


class _WordsAndPlurals(_Words):
    """:class:`_Words`, with the forms of a plural text by count (as a Welsh file gives its
    numerus messages: Qt's rules for cy have a form for 2 of its own). A text it does not
    translate stays English (None: Qt takes an empty text for a translation)."""

    def __init__(self, words: dict[str, str], plurals: dict[str, dict[int, str]]) -> None:
        super().__init__(words)
        self.plurals = plurals

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        forms = self.plurals.get(source)
        if forms and disambiguation == i18n.PLURAL and not context:
            return forms.get(n, forms[-1])
        return super().translate(context, source, disambiguation, n) or None  # type: ignore[return-value]


@contextmanager
def _welsh_days(words: dict[str, str]) -> Iterator[None]:
    """A Welsh-like translation of ``words`` and of "%n day(s)", with a form for 2."""
    app = QCoreApplication.instance()
    assert app is not None
    translator = _WordsAndPlurals(
        {"%n day": "%n diwrnod", "%n days": "%n diwrnod", **words},
        {"%n days": {2: "%n ddiwrnod", -1: "%n diwrnod"}})
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


def test_the_caseload_s_due_items_are_worded_in_the_person_s_language(qtbot: QtBot) -> None:
    """The services give a due item's parts (label, due date, the day last seen); the
    caseload words them when a cell is shown, in the person's language with the language's
    plural forms; sorting by the column is by the due date whatever the words."""
    import datetime as dt

    from tests.conftest import TODAY
    from tests.ui.test_shell_caseload_model import row
    from yjdesk.services.due import DueItem, DueState
    from yjdesk.ui import tour
    from yjdesk.ui.table_models.caseload import CaseloadTableModel

    def item(days: int, label: str = "Order ends", since: dt.date | None = None) -> DueItem:
        state = DueState.OVERDUE if days < 0 else DueState.DUE_SOON
        return DueItem(state, TODAY + dt.timedelta(days=days), label, "", since)

    rows = [row(1, "Ann Test", 12, item(-2)), row(2, "Ben Test", 13, item(-1)),
            row(3, "Cy Test", 14, item(0)), row(4, "Di Test", 15, item(3)),
            row(5, "Em Test", 16, item(-6, "Not seen since %1", dt.date(2026, 7, 7)))]
    welsh = {"Order ends": "Gorchymyn yn dod i ben", "%1 - overdue by %2": "%1 - %2 yn hwyr",
             "%1 - due today": "%1 - heddiw", "%1 - due %2": "%1 - erbyn %2",
             "Not seen since %1": "Heb ei weld ers %1", "Jul": "Gor", "Nov": "Tach"}
    due = CaseloadTableModel.NEXT_DUE

    def cells() -> dict[str, str]:
        model = CaseloadTableModel(lambda: TODAY)
        model.set_rows(rows)
        model.sort(due, Qt.SortOrder.AscendingOrder)
        return {model.row_at(i).name.split()[0]: model.index(i, due).data()
                for i in range(model.rowCount())}

    with _welsh_days(welsh):
        shown = cells()
    assert shown == {"Em": "Heb ei weld ers 07 Gor - 6 diwrnod yn hwyr",
                     "Ann": "Gorchymyn yn dod i ben - 2 ddiwrnod yn hwyr",
                     "Ben": "Gorchymyn yn dod i ben - 1 diwrnod yn hwyr",
                     "Cy": "Gorchymyn yn dod i ben - heddiw",
                     "Di": "Gorchymyn yn dod i ben - erbyn 23 Tach 2026"}
    assert list(shown) == ["Em", "Ann", "Ben", "Cy", "Di"]  # by the due date
    assert cells() == {"Em": "Not seen since 07 Jul - overdue by 6 days",
                       "Ann": "Order ends - overdue by 2 days",
                       "Ben": "Order ends - overdue by 1 day", "Cy": "Order ends - due today",
                       "Di": "Order ends - due 23 Nov 2026"}
    with _pseudo_locale() as pseudo:
        cells()
    assert sorted({*welsh, "%n day", "%n days"} - tour.listed_sources()) == []
    assert set(welsh) <= pseudo.sources


def test_the_court_list_s_dates_are_in_the_person_s_language(qtbot: QtBot, ctx) -> None:
    """The court list's days (its summary's long dates, a hearing's weekday) have their
    day and month names from the translation; in English as strftime wrote them."""
    import datetime as dt

    from tests.ui.conftest import wait_idle
    from yjdesk.ui import tour
    from yjdesk.ui.court.court_list import CourtListPage

    friday = dt.date(2026, 11, 20)
    ctx.today = lambda: friday
    welsh = {"Friday": "Dydd Gwener", "Thursday": "Dydd Iau", "November": "Tachwedd",
             "%1 to %2": "%1 hyd %2", "Today": "Heddiw"}

    def summary(key: str) -> str:
        page = CourtListPage(ctx)
        qtbot.addWidget(page)
        page.range.setCurrentIndex(page.range.findData(key))
        wait_idle(qtbot, ctx)
        return page.header.summary.text()

    with _welsh_days(welsh):
        week, today = summary("next7"), summary("today")
    assert week.endswith("Dydd Gwener 20 Tachwedd 2026 hyd Dydd Iau 26 Tachwedd 2026")
    assert today.endswith(", Dydd Gwener 20 Tachwedd 2026")
    assert summary("next7") == ("0 hearings, Friday 20 November 2026 to "
                                "Thursday 26 November 2026")
    assert i18n.long_date(friday) == "Friday 20 November 2026"
    for day in (dt.date(2026, 1, 1) + dt.timedelta(days=n) for n in range(0, 365, 11)):
        assert i18n.long_date(day) == f"{day:%A} {day.day} {day:%B %Y}"
        assert i18n.weekday_name(day, short=True) == f"{day:%a}"
    late = dt.datetime(2026, 7, 1, 23, 30, tzinfo=dt.UTC)  # the next day in the UK
    assert i18n.long_date(late) == "Thursday 2 July 2026"
    with _pseudo_locale():
        summary("today")
        short = i18n.weekday_name(friday, short=True)
    assert short == f"{tour.MARK_OPEN}Fri{tour.MARK_CLOSE}"
    assert sorted({*i18n.WEEKDAYS, *i18n.WEEKDAYS_SHORT} - tour.listed_sources()) == []


def test_the_performance_page_s_period_is_in_the_person_s_language(qtbot: QtBot) -> None:
    """A KPI period on the Performance page has its months from the translation; in
    English as the pack's own label (``Period.label``, the PDF's) reads."""
    import datetime as dt

    from yjdesk.services.oversight.kpi.base import Period
    from yjdesk.ui.oversight.performance_page import period_label

    year = Period.financial_year(2025)
    assert period_label(year) == year.label == "01 Apr 2025 to 31 Mar 2026"
    odd = Period(dt.date(2026, 5, 9), dt.date(2026, 9, 17))
    assert period_label(odd) == odd.label
    with _translated({"Apr": "Ebr", "Mar": "Maw", "%1 to %2": "%1 hyd %2"}):
        assert period_label(year) == "01 Ebr 2025 hyd 31 Maw 2026"


def test_the_dashboard_s_reasons_are_in_the_person_s_language(qtbot: QtBot) -> None:
    """The dashboard's "Why" column: a due item worded by the view, the service's own
    words ("In custody", "Remanded") translated, a safeguarding item's summary as typed."""
    import datetime as dt

    from tests.conftest import TODAY
    from yjdesk.services.due import DueItem, DueState
    from yjdesk.services.oversight import dashboard as svc
    from yjdesk.ui import tour
    from yjdesk.ui.oversight.dashboard_page import _reason

    def line(reason: str = "", due: DueItem | None = None) -> svc.ChildLine:
        return svc.ChildLine("c", "Ann Test", "YJ-1", None, reason, due)

    late = DueItem(DueState.OVERDUE, TODAY - dt.timedelta(days=3), "Order ends", "order_end")
    lines = [line(due=late), line(svc.REMANDED), line(svc.IN_CUSTODY), line("Remanded?")]
    assert [_reason(x, TODAY) for x in lines] == [
        "Order ends - overdue by 3 days", "Remanded", "In custody", "Remanded?"]
    with _welsh_days({"Order ends": "Gorchymyn yn dod i ben", "Remanded": "Ar remand",
                      "In custody": "Yn y ddalfa", "%1 - overdue by %2": "%1 - %2 yn hwyr"}):
        assert [_reason(x, TODAY) for x in lines] == [
            "Gorchymyn yn dod i ben - 3 diwrnod yn hwyr", "Ar remand", "Yn y ddalfa",
            "Remanded?"]
    words = {svc.ALL_TEAMS, svc.UNKNOWN_TEAM, *svc.REASONS}
    assert sorted(words - tour.listed_sources()) == []


def test_every_due_label_written_as_it_is_is_translated(qtbot: QtBot) -> None:
    """The due labels a rule writes (the same for every child: a record's values are given
    beside them) are the ones the view translates, and are in the translation file; each
    template says how each of its values is worded. A label the rules do not list is shown
    as the service gives it."""
    import datetime as dt

    from yjdesk.services import due
    from yjdesk.services.assessments import timeliness
    from yjdesk.services.casework import work_due
    from yjdesk.services.court import due_items as court
    from yjdesk.ui import tour
    from yjdesk.ui.due_words import due_label
    from yjdesk.ui.i18n_domain import constant_args

    services = ROOT / "yjdesk" / "services"
    written = {*constant_args(services, "DueFact", 1), *constant_args(services, "DueReview", 2),
               *work_due.LABELS, due.ORDER_ENDS, *timeliness.STAGE_LABELS.values(),
               *(label for labels in (*court.REPORT_LABELS.values(), court.OTHER_REPORT_LABELS)
                 for label in labels),
               *constant_args(services / "assessments" / "timeliness.py", "add", 2)}
    assert "Oversight action: %1" in written and "Send PSR to court" in written
    assert sorted(written - due.FIXED_LABELS) == []
    assert sorted(due.FIXED_LABELS - tour.listed_sources()) == []
    for template, kinds in due.TEMPLATES.items():
        numbered = [kind for kind in kinds if kind is not due.Arg.COUNT]
        assert sorted(re.findall(r"%\d", template)) == [f"%{n}" for n in
                                                         range(1, len(numbered) + 1)], template
        # a count is the template's %n (its plural form), listed with its English for one
        assert template.count("%n") == kinds.count(due.Arg.COUNT) == \
            (template in due.COUNTED), template
    assert sorted(set(due.COUNTED.values()) - tour.listed_sources()) == []
    ts = (ROOT / "translations" / "yjdesk_cy.ts").read_text(encoding="utf-8")
    numerus = set(re.findall(r'<message numerus="yes">\s*<source>([^<]*)</source>\s*'
                             r"<comment>plural</comment>", ts))
    assert sorted(set(due.COUNTED) - numerus) == []  # every form of the language to word
    made = due.DueItem(due.DueState.OVERDUE, dt.date(2026, 11, 1), "Ring the school", "x")
    with _pseudo_locale() as pseudo:
        assert due_label(made) == "Ring the school"
    assert "Ring the school" not in pseudo.sources


def test_a_due_item_made_from_a_record_s_values_is_in_the_person_s_language(
        qtbot: QtBot) -> None:
    """"Oversight action: ...", "Review after going missing", "Reparation: 6 of 10 hours
    still to do": the template is translated whole and the values filled in after, a code
    list's label translated on its own, a record's words as typed (even with a placeholder
    or the store's separators in them); in English, word for word as before. The caseload
    words such a cell when shown, as it does the others."""
    import datetime as dt

    from tests.conftest import TODAY
    from tests.ui.test_shell_caseload_model import row
    from yjdesk.services.due import DueItem, DueState
    from yjdesk.ui import tour
    from yjdesk.ui.due_words import due_label
    from yjdesk.ui.table_models.caseload import CaseloadTableModel

    typed = "Ring the school re %1 [Dad\x1f\x1e1]"
    late = TODAY - dt.timedelta(days=2)
    action = DueItem(DueState.OVERDUE, late, "Oversight action: %1", "oversight_action",
                     args=(typed,))
    review = DueItem(DueState.OVERDUE, late, "Review after %1", "review",
                     args=("Going missing",))
    hours = DueItem(DueState.DUE_SOON, TODAY, "%1: %2 of %n hours still to do", "order_work",
                    args=("Reparation", "6", "10"))
    court = DueItem(DueState.DUE_SOON, TODAY, "Court: %1", "hearing",
                    args=("Cardiff Youth Court",))
    psr = DueItem(DueState.DUE_SOON, TODAY, "Send PSR to court", "psr_send")
    items = (action, review, hours, court, psr)
    english = [f"Oversight action: {typed}", "Review after going missing",
               "Reparation: 6 of 10 hours still to do", "Court: Cardiff Youth Court",
               "Send PSR to court"]
    welsh = {"Oversight action: %1": "Cam gweithredu goruchwylio: %1",
             "Review after %1": "Adolygiad ar ôl %1", "Going missing": "Mynd ar goll",
             "%1: %2 of %n hours still to do": "%1: %2 o %n awr ar ôl i'w gwneud",
             "Reparation": "Gwneud iawn", "Court: %1": "Llys: %1",
             "Send PSR to court": "Anfon yr adroddiad cyn dedfrydu i'r llys",
             "%1 - overdue by %2": "%1 - %2 yn hwyr", "%1 - due today": "%1 - heddiw"}
    assert [due_label(i) for i in items] == english
    with _welsh_days(welsh):
        assert [due_label(i) for i in items] == [
            f"Cam gweithredu goruchwylio: {typed}", "Adolygiad ar ôl mynd ar goll",
            "Gwneud iawn: 6 o 10 awr ar ôl i'w gwneud", "Llys: Cardiff Youth Court",
            "Anfon yr adroddiad cyn dedfrydu i'r llys"]
    with _pseudo_locale() as pseudo:
        assert due_label(action) == f"{tour.MARK_OPEN}Oversight action: {typed}{tour.MARK_CLOSE}"
        assert due_label(review) == (f"{tour.MARK_OPEN}Review after {tour.MARK_OPEN}going "
                                     f"missing{tour.MARK_CLOSE}{tour.MARK_CLOSE}")
        assert due_label(hours) == (f"{tour.MARK_OPEN}{tour.MARK_OPEN}Reparation"
                                    f"{tour.MARK_CLOSE}: 6 of 10 hours still to do"
                                    f"{tour.MARK_CLOSE}")
    assert {"Oversight action: %1", "Review after %1", "Going missing", "Reparation",
            "%1: %2 of %n hours still to do"} <= pseudo.sources
    assert not {typed, "6", "10", "going missing"} & pseudo.sources
    assert sorted(set(welsh) - tour.listed_sources()) == []

    rows = [row(n, f"{name} Test", 12, item)
            for n, (name, item) in enumerate(zip(("Ann", "Ben", "Cy", "Di", "Em"), items,
                                                 strict=True), 1)]

    def cells() -> list[str]:
        model = CaseloadTableModel(lambda: TODAY)
        model.set_rows(rows)
        return [model.index(i, CaseloadTableModel.NEXT_DUE).data()
                for i in range(model.rowCount())]

    with _welsh_days(welsh):
        assert cells() == ["Cam gweithredu goruchwylio: " + typed + " - 2 ddiwrnod yn hwyr",
                           "Adolygiad ar ôl mynd ar goll - 2 ddiwrnod yn hwyr",
                           "Gwneud iawn: 6 o 10 awr ar ôl i'w gwneud - heddiw",
                           "Llys: Cardiff Youth Court - heddiw",
                           "Anfon yr adroddiad cyn dedfrydu i'r llys - heddiw"]
    assert cells() == [f"{words} - {when}" for words, when in zip(
        english, ("overdue by 2 days", "overdue by 2 days", "due today", "due today",
                  "due today"), strict=True)]


def test_the_pseudo_check_reads_every_label_and_tooltip(qtbot: QtBot) -> None:
    """Every visible label (plain or rich text) and tooltip is read: English left in one is
    found; a record's data (a name, a date, typed words) shown as it is, alone or filled
    into a translated text, is not; English beside a translated word is."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from yjdesk.ui import tour
    from yjdesk.ui.tour.pseudo import Data

    data = Data(["Jay Smith", "Rang the school about Monday."])
    with _pseudo_locale():
        window = QWidget()
        qtbot.addWidget(window)
        box = QVBoxLayout(window)
        labels = [QLabel(text) for text in (
            "Records are hidden. Jay Smith, enter your password to carry on.",
            "<b>Something went wrong</b>",
            i18n.fill(i18n.tr("Records are hidden. %1, enter your password to carry on."),
                      "Jay Smith"),
            "Jay Smith", "20/11/2026 14:05 GMT", "Rang the school about Monday.",
            i18n.tr("Saved") + ": Jay Smith", i18n.tr("Saved") + " by Jay Smith")]
        labels[2].setToolTip("Children with a disposal open in the period.")
        labels[3].setToolTip(i18n.tr("Open the record"))
        for label in labels:
            box.addWidget(label)
        window.show()
        found = tour.hard_coded(window, data)
    assert found == [
        "text 'Records are hidden. Jay Smith, enter your password to carry on.'",
        "text 'Something went wrong'",
        f"text '{tour.MARK_OPEN}Saved{tour.MARK_CLOSE} by Jay Smith'",
        "tooltip 'Children with a disposal open in the period.'"]


def test_the_fixed_texts_are_translated(qtbot: QtBot, ctx) -> None:
    """The lock screen, a bug's error dialog, the Performance page's definitions (the
    reoffending one with its months) and sign-in's minimum length go through the
    translation; in English they read as before."""
    import datetime as dt

    from yjdesk.services.oversight.kpi import reoffending
    from yjdesk.ui import tour
    from yjdesk.ui.error_dialog import ErrorDialog
    from yjdesk.ui.i18n_domain import performance_sections
    from yjdesk.ui.lock import LockScreen
    from yjdesk.ui.oversight.performance_page import definition_text

    section = next(s for s in performance_sections() if s.key == reoffending.KEY)
    english = reoffending.definition_text(dt.date(2023, 10, 1), dt.date(2024, 9, 30), 12, 6)
    assert english.startswith("Quarterly cohorts of October 2023 to September 2024: ")
    assert "within 12 months of the index date and proven within a further 6 months" in english
    assert definition_text(section) == section.definition
    crash = ErrorDialog(None, RuntimeError("bug"))
    qtbot.addWidget(crash)
    assert crash.text() == "<b>Something went wrong</b>"
    with _pseudo_locale() as pseudo:
        shown = definition_text(section)
        bug = ErrorDialog(None, RuntimeError("bug"))
        qtbot.addWidget(bug)
        texts = [bug.text(), bug.informativeText()]
        lock = LockScreen(ctx.store, "Jay Smith")
        qtbot.addWidget(lock)
        lock.show()
        lock_found = tour.hard_coded(lock)
        placeholder = i18n.counted(12, i18n.tr("at least %n character"),
                                   i18n.tr("at least %n characters"))
    assert shown.startswith(f"{tour.MARK_OPEN}Quarterly cohorts of {tour.MARK_OPEN}")
    assert all(tour.MARK_OPEN in t for t in texts), texts
    assert lock_found == []
    assert placeholder == f"{tour.MARK_OPEN}at least 12 characters{tour.MARK_CLOSE}"
    asked = {"Something went wrong", reoffending.DEFINITION,
             "Records are hidden. %1, enter your password to carry on.", "Draft saved %1",
             "%1 - %2 assessment (form version %3)", "Team dashboard"}
    assert sorted(asked - tour.listed_sources()) == []
    assert {"Something went wrong", reoffending.DEFINITION} <= pseudo.sources
    ts = (ROOT / "translations" / "yjdesk_cy.ts").read_text(encoding="utf-8")
    assert re.search(r'<message numerus="yes">\s*<source>at least %n characters</source>\s*'
                     r"<comment>plural</comment>", ts)


def _found(qtbot: QtBot, data: list[str], build) -> list[str]:
    """What the pseudo check finds on a synthetic window that ``build(layout)`` fills
    (under the pseudo-locale), with ``data`` as the record's data."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from yjdesk.ui import tour
    from yjdesk.ui.tour.pseudo import Data

    with _pseudo_locale():
        window = QWidget()
        qtbot.addWidget(window)
        build(QVBoxLayout(window))
        window.show()
        return tour.hard_coded(window, Data(data))


def test_the_pseudo_check_takes_the_longest_data_first(qtbot: QtBot) -> None:
    """A typed note with a name in it is data even where the name comes first on the
    screen (another value with the name in it, before the note): the longest values are
    taken out first over the whole text, so the name does not cut the note first. English
    beside them is still found."""
    from PySide6.QtWidgets import QLabel

    aim, note = "Visit to see Mia and mum.", "Talked about Monday. Mia went to boxing."

    def build(box) -> None:
        box.addWidget(QLabel(i18n.tr("Aim") + "\n" + aim + "\n" + note))
        box.addWidget(QLabel(aim + "\n" + note + "\nNo concerns"))

    assert _found(qtbot, ["Mia", aim, note], build) == [
        f"text {aim + chr(10) + note + chr(10) + 'No concerns'!r}"]


def test_the_pseudo_check_takes_one_per_line_data_joined_on_one_line(qtbot: QtBot) -> None:
    """A cell shows a one-per-line value (a contract's terms, a panel's members) with its
    lines joined by "; " or ", ": that is data, beside another value too; English joined
    to it, or its lines joined in another order, is not."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    terms, members = "Attend college every day\nKeep the 9pm curfew", "Carol Shah\nFarid Khan"

    def build(box) -> None:
        model = QStandardItemModel(0, 1)
        for text in ("Attend college every day; Keep the 9pm curfew",
                     "Sam Practitioner, Carol Shah, Farid Khan",
                     "Keep the 9pm curfew; Attend college every day",
                     "Attend college every day; Keep the 9pm curfew; Be home by 10"):
            model.appendRow(QStandardItem(text))
        view = QTableView()
        view.setModel(model)
        box.addWidget(view)

    assert _found(qtbot, [terms, members, "Sam Practitioner"], build) == [
        "cell 'Attend college every day; Keep the 9pm curfew; Be home by 10'",
        "cell 'Keep the 9pm curfew; Attend college every day'"]


def test_the_pseudo_check_takes_form_text_only_in_a_form_and_interface_words_only_in_cells(
        qtbot: QtBot) -> None:
    """A form's text is data only in a widget that shows a form (``showsForm``): a form's
    choice "High" left untranslated in another table's column is found. A stored value
    that is also one of the interface's words ("Police", who decided) is data only in a
    table cell: the same word in a label is found."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

    from yjdesk.ui import tour
    from yjdesk.ui.tour.pseudo import SHOWS_FORM, Data

    def table(*cells: str) -> QTableView:
        model = QStandardItemModel(0, 1)
        for text in cells:
            model.appendRow(QStandardItem(text))
        view = QTableView()
        view.setModel(model)
        return view

    with _pseudo_locale():
        window = QWidget()
        qtbot.addWidget(window)
        box = QVBoxLayout(window)
        form = QWidget()
        form.setProperty(SHOWS_FORM, True)
        inside = QVBoxLayout(form)
        inside.addWidget(QLabel("Is the accommodation suitable?"))
        inside.addWidget(table("High"))
        box.addWidget(form)
        box.addWidget(table("High", "Police"))
        box.addWidget(QLabel("Police"))
        box.addWidget(QLabel("Is the accommodation suitable?"))
        window.show()
        found = tour.hard_coded(window, Data(
            [], forms=["Is the accommodation suitable?", "High"], cells=["Police"]))
    assert found == ["cell 'High'", "text 'Is the accommodation suitable?'", "text 'Police'"]


def test_the_pseudo_check_takes_a_web_address_whose_server_is_data(qtbot: QtBot) -> None:
    """A web address is not words, also when its server's name is data (taken out first,
    leaving the scheme alone); English beside it is still found."""
    from PySide6.QtWidgets import QLineEdit

    def build(box) -> None:
        for text in ("https://yjdesk.example-council.gov.uk",
                     "Server: https://yjdesk.example-council.gov.uk"):
            edit = QLineEdit()
            edit.setPlaceholderText(text)
            box.addWidget(edit)

    assert _found(qtbot, ["yjdesk.example-council.gov.uk"], build) == [
        "placeholder 'Server: https://yjdesk.example-council.gov.uk'"]


def test_the_pseudo_check_takes_a_device_and_its_number_as_not_words(qtbot: QtBot) -> None:
    """The audit log's "Device / no." cell (the first 8 hex digits of a device's id, and
    its change number) is not words, the tour's device "tour" included; any other word
    before a number, words around it, or the same text outside a table cell are."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLabel, QTableView

    def build(box) -> None:
        model = QStandardItemModel(0, 1)
        for text in ("tour / 1", "deadbeef / 12", "Page / 2", "pages of / 2", "tour / 1 sent",
                     "hours / 3", "visits / 12"):
            model.appendRow(QStandardItem(text))
        view = QTableView()
        view.setModel(model)
        box.addWidget(view)
        box.addWidget(QLabel("tour / 1"))

    assert _found(qtbot, [], build) == [
        "cell 'Page / 2'", "cell 'hours / 3'", "cell 'pages of / 2'", "cell 'tour / 1 sent'",
        "cell 'visits / 12'", "text 'tour / 1'"]


def test_the_justice_tab_words_offence_status_and_requirements_in_the_language() -> None:
    """The justice tab's offence status ("Proven") and requirements ("Activity: 20 days":
    the code list's label and unit, in the translation file) go through the translation;
    in English they read as before."""
    import datetime as dt

    from yjdesk.ui import tour
    from yjdesk.ui.child_record.data import OffenceRow, requirement_text
    from yjdesk.ui.child_record.tabs import OFFENCE_COLUMNS

    status = next(c for c in OFFENCE_COLUMNS if c.title == "Status")

    def row(code: str) -> OffenceRow:
        return OffenceRow("o1", dt.date(2026, 9, 1), "Theft", code, 2, False, "")

    assert [status.text(row(c)) for c in ("proven", "suspected")] == ["Proven", "Suspected"]
    assert [requirement_text("activity", 20), requirement_text("programme", 3)] == [
        "Activity: 20 days", "Programme (3)"]
    o, c = tour.MARK_OPEN, tour.MARK_CLOSE
    with _pseudo_locale():
        assert status.text(row("proven")) == f"{o}Proven{c}"
        assert requirement_text("activity", 20) == f"{o}{o}Activity{c}: 20 {o}days{c}{c}"
        assert requirement_text("supervision", None) == f"{o}Supervision{c}"
    assert {"Proven", "Suspected", "days", "%1: %2 %3", "%1 (%2)"} <= tour.listed_sources()


def test_the_requirements_editor_is_in_the_language(qtbot: QtBot) -> None:
    """The disposal and hearing outcome dialogs' requirements table (its headings, each
    row's tooltips, its error) goes through the translation; in English it reads as before."""
    from PySide6.QtWidgets import QLabel

    from yjdesk.ui import tour
    from yjdesk.ui.child_record.dialogs import RequirementsEditor

    english = RequirementsEditor()
    qtbot.addWidget(english)
    english.add_row()
    assert [label.text() for label in english.findChildren(QLabel)][:5] == [
        "Requirement or condition", "Quantity", "Hours a week", "Ends", "Detail"]
    assert english.error() == "Choose each requirement, or remove the empty row."
    with _pseudo_locale():
        editor = RequirementsEditor()
        qtbot.addWidget(editor)
        editor.add_row()
        editor.show()
        found = tour.hard_coded(editor)
        error = editor.error()
    assert found == []
    assert error is not None and error.startswith(tour.MARK_OPEN)


def test_the_disposal_dialog_s_conviction_date_tooltip_is_in_the_language(qtbot: QtBot,
                                                                          ctx) -> None:
    """The disposal dialog's conviction date tooltip goes through the translation; in
    English it reads as before."""
    from yjdesk.ui import tour
    from yjdesk.ui.child_record.dialogs import DisposalDialog

    tip = ("Only when the child was convicted before the order was made: curfew hours and "
           "unpaid work follow the conviction date")
    english = DisposalDialog(ctx, "c1")
    qtbot.addWidget(english)
    assert english.conviction_date.toolTip() == tip
    with _pseudo_locale() as pseudo:
        dialog = DisposalDialog(ctx, "c1")
        qtbot.addWidget(dialog)
    assert tip in pseudo.sources
    assert dialog.conviction_date.toolTip().startswith(tour.MARK_OPEN)


def test_the_exit_tab_without_a_record_says_so_in_the_language() -> None:
    """The exit tab's "No end-of-intervention record yet." goes through the translation; in
    English it reads as before."""
    from yjdesk.ui import tour
    from yjdesk.ui.casework.exit_tab import _describe

    assert _describe(None, [], None) == "<p>No end-of-intervention record yet.</p>"
    with _pseudo_locale():
        shown = _describe(None, [], None)
    assert shown == f"<p>{tour.MARK_OPEN}No end-of-intervention record yet.{tour.MARK_CLOSE}</p>"
    assert {"No end-of-intervention record yet.", "<b>Signed off</b> by %1",
            "What the child said"} <= tour.listed_sources()


def test_a_victim_s_safety_line_is_in_the_language() -> None:
    """The Victims tab's safety line for planning is worded by the interface (the service's
    English ``safety_line``, word for word, in English), the summary filled in as data."""
    from yjdesk.services.victims.rules import safety_line
    from yjdesk.ui import tour
    from yjdesk.ui.victims.tab import safety_words

    for concerns in (None, False, True):
        for summary in (None, " exclusion zone around their street "):
            assert safety_words(concerns, summary) == safety_line(concerns, summary)
    o, c = tour.MARK_OPEN, tour.MARK_CLOSE
    with _pseudo_locale():
        assert safety_words(False, None) == f"{o}Victim safety concerns: none identified{c}"
        assert safety_words(True, "no contact") == (
            f"{o}{o}Victim safety concerns: yes{c} - no contact{c}")


def test_the_new_child_form_s_first_heading_is_in_the_language(qtbot: QtBot, ctx) -> None:
    """The child form's "The child" heading goes through the translation, as its other
    headings do; in English it reads as before."""
    from PySide6.QtWidgets import QLabel

    from yjdesk.ui import tour
    from yjdesk.ui.child_record.child_form import ChildFormDialog

    def headings() -> list[str]:
        dialog = ChildFormDialog(ctx)
        qtbot.addWidget(dialog)
        return [label.text() for label in dialog.findChildren(QLabel)
                if label.text().startswith("<b>")]

    assert "<b>The child</b>" in headings()
    with _pseudo_locale():
        shown = headings()
    assert f"<b>{tour.MARK_OPEN}The child{tour.MARK_CLOSE}</b>" in shown
    assert all(tour.MARK_OPEN in text for text in shown)


def test_the_sign_in_dialogs_introductions_are_in_the_language(qtbot: QtBot, ctx) -> None:
    """The sign-in, first-run and connect dialogs' introductions went to add_heading as
    English literals, never through tr(): now translated by the caller (add_heading shows
    them as given); in English they read as before."""
    from yjdesk.config import load_settings
    from yjdesk.ui import tour
    from yjdesk.ui.connect_dialog import ConnectDialog
    from yjdesk.ui.signin import FirstRunDialog, SignInDialog

    paths = ctx.store.paths

    def intros() -> list[str]:
        dialogs = [SignInDialog(paths), FirstRunDialog(paths, ctx.policy),
                   ConnectDialog(paths, load_settings(paths))]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
        return [dialog.intro.text() for dialog in dialogs]

    english = intros()
    assert english[0] == ("Enter your password to unlock the case records on this laptop. "
                          "No network is needed.")
    assert english[2].startswith("Sign in with your yjdesk account. This first sign-in")
    with _pseudo_locale() as pseudo:
        shown = intros()
    assert shown == [f"{tour.MARK_OPEN}{text}{tour.MARK_CLOSE}" for text in english]
    assert set(english) <= pseudo.sources


def test_an_assessment_question_s_code_list_choices_are_in_the_language(qtbot: QtBot) -> None:
    """A form question over a code list (accommodation) shows the code list's labels
    translated, and a yes/no question the interface's "Yes" / "No"; a form's own choices
    are data and shown as the form gives them. In English they read as before."""
    from PySide6.QtWidgets import QComboBox

    from yjdesk.services.assessments import forms
    from yjdesk.ui import tour
    from yjdesk.ui.assessments.question import QuestionWidget

    form = forms.load(forms.current_version())
    over_list = next(q for s in form.sections for q in s.questions if q.codelist)
    assert over_list.codelist == "accommodation_type"
    own = next(q for s in form.sections for q in s.questions
               if q.type == "choice" and not q.codelist)
    yes_no = next(q for s in form.sections for q in s.questions if q.type == "yes_no")

    def choices(question: forms.Question) -> list[str]:
        widget = QuestionWidget(question)
        qtbot.addWidget(widget)
        combo = widget.findChild(QComboBox)
        assert combo is not None
        return [combo.itemText(i) for i in range(combo.count())
                if combo.itemData(i) is not None]  # (not the empty entry, "(not set)")

    english = [choices(q) for q in (over_list, own, yes_no)]
    assert english[0][0] == "Living with parents or family"
    assert english[2] == ["Yes", "No"]
    with _pseudo_locale():
        shown = [choices(q) for q in (over_list, own, yes_no)]
    o, c = tour.MARK_OPEN, tour.MARK_CLOSE
    assert shown[0] == [f"{o}{text}{c}" for text in english[0]]
    assert shown[1] == english[1]  # the form's own: data
    assert shown[2] == [f"{o}Yes{c}", f"{o}No{c}"]


def test_the_history_tab_s_changes_and_roles_are_in_the_person_s_language(
        qtbot: QtBot) -> None:
    """The child record's history words a change's part of the record and each changed
    field on its own, and an allocation's role by its code list, through the translation;
    in English as before ("Contact: finalised at, status")."""
    import datetime as dt

    from yjdesk.ui.child_record.data import AllocationRow, AuditRow
    from yjdesk.ui.child_record.tabs import ALLOCATION_COLUMNS, changed_text
    from yjdesk.ui.tour import listed_sources

    at = dt.datetime(2026, 11, 19, 12, 0, tzinfo=dt.UTC)
    change = AuditRow(at, "Sam", "Changed", "Contact", ("Finalised at", "Status"))
    view = AuditRow(at, "Sam", "Viewed", "Contact")
    role = next(c for c in ALLOCATION_COLUMNS if c.title == "Role")
    cover = AllocationRow("Sam", "Cover", dt.date(2026, 1, 1), None)
    assert changed_text(change) == "Contact: finalised at, status"
    assert changed_text(view) == "Contact"
    assert role.text(cover) == "Cover"

    def lower_first(marked: str) -> str:  # "[Finalised at]" -> "[finalised at]"
        return marked[0] + marked[1].lower() + marked[2:]

    with _pseudo_locale() as pseudo:
        assert changed_text(change) == _marked(
            f"{_marked('Contact')}: {lower_first(_marked('Finalised at'))}{_marked(', ')}"
            f"{lower_first(_marked('Status'))}")
        assert role.text(cover) == _marked("Cover")
    assert {"%1: %2", "Finalised at", "Status", "Cover"} <= pseudo.sources
    assert pseudo.sources <= listed_sources()


def _new_child_errors(qtbot: QtBot, ctx) -> dict[str, str]:
    """The new-child form's messages under its fields when saved with no first name (the
    service's "%1 is required." with the field's label), no gender (a message as written)
    and a child of 7 (a template with numbers)."""
    from tests.conftest import TODAY
    from tests.ui.conftest import wait_idle
    from yjdesk.ui.child_record.child_form import ChildFormDialog

    dialog = ChildFormDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.family_name, "Quillfeather")
    born = TODAY.replace(year=TODAY.year - 7)
    qtbot.keyClicks(dialog.date_of_birth, born.strftime("%d/%m/%Y"))
    dialog.ethnicity.set_code("white_british")
    dialog.submit()
    wait_idle(qtbot, ctx)
    assert dialog.isVisible()  # (not saved)
    return {k: v for k, v in dialog.form.errors().items()
            if k in ("given_name", "gender", "date_of_birth")}


def test_a_form_s_validation_messages_are_in_the_person_s_language(qtbot: QtBot,
                                                                    ctx) -> None:
    """The service's validation messages come out in the person's language where the form
    shows them: a message as written, translated whole; a template translated, then its
    values filled in (the field's label translated on its own, numbers as given). In
    English they read exactly as before. Every text asked for is in the translation file."""
    from yjdesk.ui.tour import listed_sources

    assert _new_child_errors(qtbot, ctx) == {
        "given_name": "First name is required.",
        "gender": "Please choose a gender.",
        "date_of_birth": "The child would be 7: youth justice work starts at 8. Check the "
                         "year."}
    with _pseudo_locale() as pseudo:
        shown = _new_child_errors(qtbot, ctx)
    assert shown == {
        "given_name": _marked(f"{_marked('First name')} is required."),
        "gender": _marked("Please choose a gender."),
        "date_of_birth": _marked("The child would be 7: youth justice work starts at 8. "
                                 "Check the year.")}
    assert {"%1 is required.", "First name", "Please choose a gender.",
            "The child would be %1: youth justice work starts at %2. Check the year."} \
        <= pseudo.sources <= listed_sources()


def test_a_message_with_a_date_and_a_workflow_message_are_in_the_person_s_language(
        qtbot: QtBot, store, uow, actor, child_id) -> None:
    """A court officer lists a hearing in the past: the service's "This date (%1) is in the
    past ..." is translated and the date filled in as given, and the type of hearing left
    empty is a message as written; a workflow error (a practitioner may not list a
    hearing) shows translated in the error dialog. English as before."""
    import datetime as dt

    from tests.conftest import TODAY
    from tests.ui.conftest import make_ctx, wait_idle
    from tests.ui.test_court_ui import _user
    from yjdesk.errors import PermissionDenied
    from yjdesk.models.org import Role
    from yjdesk.ui.court.dialogs import HearingDialog
    from yjdesk.ui.error_dialog import ErrorDialog
    from yjdesk.ui.tour import listed_sources

    officer = make_ctx(store, _user(uow, actor, "colin", "Colin Hughes", Role.COURT_OFFICER))
    past = TODAY - dt.timedelta(days=3)

    def errors() -> dict[str, str]:
        dialog = HearingDialog(officer, child_id, [])
        qtbot.addWidget(dialog)
        dialog.court.set_code("blackpool_youth")
        dialog.date.set_date(past)
        dialog.submit()
        wait_idle(qtbot, officer)
        shown = dialog.form.errors()
        dialog.reject()
        return {k: shown[k] for k in ("hearing_date", "hearing_type")}

    in_the_past = ("This date (%1) is in the past, so the hearing cannot be listed as a "
                   "future hearing. Correct the date, or mark it as heard and record its "
                   "outcome.")
    refused = PermissionDenied("This report has been finalised and is locked; it cannot be "
                               "changed.")
    try:
        day = past.strftime("%d/%m/%Y")
        assert errors() == {"hearing_date": in_the_past.replace("%1", day),
                            "hearing_type": "Please choose the type of hearing."}
        english = ErrorDialog(None, refused)
        assert "This report has been finalised and is locked" in english.message
        with _pseudo_locale() as pseudo:
            shown = errors()
            dialog = ErrorDialog(None, refused)
        assert shown == {"hearing_date": _marked(in_the_past).replace("%1", day),
                         "hearing_type": _marked("Please choose the type of hearing.")}
        assert _marked("This report has been finalised and is locked; it cannot be "
                       "changed.") in dialog.message
        assert {in_the_past, "Please choose the type of hearing.",
                str(refused)} <= pseudo.sources <= listed_sources()
    finally:
        officer.tasks.shutdown()
