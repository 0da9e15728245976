"""The information officer's "YJB return" page: the pre-flight check lists the planted
defects per practitioner and opens the child on the right tab; producing the return saves
a valid zip and lists it in the ledger; a second one shows what changed."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

from tests.ui.conftest import wait_idle
from tests.ui.test_oversight_pages import as_role  # noqa: F401  (a user of a role)
from tests.unit.test_data_return import quarter  # noqa: F401  (the hand-built quarter)
from yjdesk.models.org import Role
from yjdesk.ui import registry
from yjdesk.ui.widgets.tables import RowsView


def _cells(t: RowsView) -> list[list[str]]:
    return [[t.text(r, c) for c in range(t.model_.columnCount())] for r in range(t.row_count())]


def test_check_produce_and_ledger(qtbot: Any, as_role: Any,  # noqa: F811
                                  quarter: dict[str, str],  # noqa: F811
                                  tmp_path: Path) -> None:
    import yjdesk.ui.oversight  # noqa: F401
    from yjdesk.ui.oversight.return_page import ReturnPage

    assert "yjb_return" in {p.key for p in registry.pages_for(Role.INFORMATION_OFFICER)}
    assert "yjb_return" not in {p.key for p in registry.pages_for(Role.PRACTITIONER)}
    ctx = as_role(Role.INFORMATION_OFFICER)
    page = ReturnPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    labels = [page.quarter.itemText(i) for i in range(page.quarter.count())]
    page.quarter.setCurrentIndex(labels.index("2025-26 Q2 (July to September 2025)"))
    page.check()
    wait_idle(qtbot, ctx)
    rows = _cells(page.table)
    assert [r[0] for r in rows] == ["Pat One", "Pat One", "Pat Two"]
    assert sorted(r[4] for r in rows[:2]) == [
        "Ethnicity is recorded as 'not known'",
        "Still open after its planned end on 01/09/2025: record how it ended"]
    assert rows[2][3:] == ["Rejected", "Completed, but the date it ended is missing"]
    assert "5 children in the return" in page.status.text()
    opened: list[tuple[str, str]] = []
    ctx.events.open_child.connect(lambda cid, tab: opened.append((cid, tab)))
    page.open_row(2)
    assert opened == [(quarter["c"], "justice")]
    page.grab().save(str(tmp_path / "return-page-check.png"))

    out = tmp_path / "q2.zip"
    page.produce(out)
    wait_idle(qtbot, ctx)
    assert "valid against the schema" in page.status.text()
    with zipfile.ZipFile(out) as z:
        assert "young_people.xml" in z.namelist()
    page.produce(tmp_path / "q2-again.zip")
    wait_idle(qtbot, ctx)
    assert "0 children added, 0 removed, 0 changed" in page.status.text()
    history = _cells(page.history)
    assert [r[3] for r in history] == ["q2-again.zip", "q2.zip"]
    assert history[0][7] == "0 added, 0 removed, 0 changed" and history[1][7] == "first return"
    assert history[0][2].startswith("Information")
    page.grab().save(str(tmp_path / "return-page.png"))


def test_the_check_runs_on_opening_and_for_each_quarter_chosen(
        qtbot: Any, as_role: Any, quarter: dict[str, str]) -> None:  # noqa: F811
    """Issue 12: no page opens on an empty list that only a button fills; an empty list
    says why it is empty."""
    import yjdesk.ui.oversight  # noqa: F401
    from yjdesk.ui.oversight.return_page import ReturnPage

    ctx = as_role(Role.INFORMATION_OFFICER)
    page = ReturnPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    wait_idle(qtbot, ctx)
    assert "children in the return" in page.status.text()  # checked without a click
    assert page.history.row_count() == 0
    assert page.history.empty_text == "No return produced yet."
    said = page.history.grab().toImage()
    page.history.set_empty_text("")
    assert page.history.grab().toImage() != said  # the words are drawn in the empty list
    labels = [page.quarter.itemText(i) for i in range(page.quarter.count())]
    page.quarter.setCurrentIndex(labels.index("2025-26 Q2 (July to September 2025)"))
    wait_idle(qtbot, ctx)
    assert [r[0] for r in _cells(page.table)] == ["Pat One", "Pat One", "Pat Two"]
    assert "5 children in the return" in page.status.text()


def test_an_unallocated_child_s_records_are_listed_under_unallocated(
        qtbot: Any, as_role: Any, quarter: dict[str, str], uow: Any) -> None:  # noqa: F811
    """The check gives no case manager as None; the page says "Unallocated" (after the
    named practitioners)."""
    import yjdesk.ui.oversight  # noqa: F401
    from yjdesk.models import Child
    from yjdesk.ui.oversight.return_page import ReturnPage

    with uow() as u:
        u.session.info["sync_apply"] = True
        u.session.get(Child, quarter["b"]).case_manager_id = None
    ctx = as_role(Role.INFORMATION_OFFICER)
    page = ReturnPage(ctx)
    qtbot.addWidget(page)
    labels = [page.quarter.itemText(i) for i in range(page.quarter.count())]
    page.quarter.setCurrentIndex(labels.index("2025-26 Q2 (July to September 2025)"))
    page.check()
    wait_idle(qtbot, ctx)
    assert [r[0] for r in _cells(page.table)] == ["Pat Two", "Unallocated", "Unallocated"]


def test_the_return_page_s_status_is_in_the_person_s_language(
        qtbot: Any, as_role: Any, quarter: dict[str, str],  # noqa: F811
        tmp_path: Path) -> None:
    """What the check found and what producing the return did are said through the
    translation (each a whole sentence the translator words, the figures filled in); in
    English as before."""
    import yjdesk.ui.oversight  # noqa: F401
    from tests.ui.test_translatable import _marked, _pseudo_locale
    from yjdesk.ui.oversight.return_page import ReturnPage

    ctx = as_role(Role.INFORMATION_OFFICER)

    def checked() -> ReturnPage:
        page = ReturnPage(ctx)
        qtbot.addWidget(page)
        page.quarter.setCurrentIndex(next(
            i for i in range(page.quarter.count())
            if page.quarter.itemData(i).start == dt.date(2025, 7, 1)))  # 2025-26 Q2
        wait_idle(qtbot, ctx)
        return page

    english = checked()
    outcome = english.outcome
    assert outcome is not None
    said = (f"2025-26 Q2: 5 children in the return. {outcome.count('rejected')} with a "
            f"record that would be rejected (left out of the file), "
            f"{outcome.count('incomplete')} with an incomplete record. Double-click a row "
            "to open the child where it is put right.")
    assert english.status.text() == said
    english.produce(tmp_path / "q2.zip")
    wait_idle(qtbot, ctx)
    assert english.status.text().startswith(
        "Saved q2.zip: valid against the schema, checksum ")
    with _pseudo_locale():
        page = checked()
        status = page.status.text()
        page.produce(tmp_path / "q2-again.zip")
        wait_idle(qtbot, ctx)
        produced = page.status.text()
    assert status.startswith(_marked("%1: %2 children in the return.")[:-1].replace(
        "%1", "2025-26 Q2").replace("%2", "5"))
    assert produced.startswith(_marked("Saved q2-again.zip: valid against the schema")[:-1])
    assert (" " + _marked("It replaces the earlier return for this quarter: 0 children added,"
                          " 0 removed, 0 changed.")) in produced


def test_the_page_words_a_problem_only_when_its_row_is_shown(
        qtbot: Any, as_role: Any, monkeypatch: Any) -> None:  # noqa: F811
    """A quarter with tens of thousands of problems: the check's result is shown without
    wording every problem on the UI thread first (translating and filling 50,000 of them
    held the window for about half a second); a row is worded when the table shows it,
    and reads as before."""
    import yjdesk.ui.oversight  # noqa: F401
    from yjdesk.services.returns.build import INCOMPLETE, Defect, Outcome
    from yjdesk.services.returns.spec import for_quarter
    from yjdesk.ui.oversight import return_page
    from yjdesk.ui.oversight.return_page import ReturnPage
    from yjdesk.ui.widgets.tables import LAZY_SIZED_ROWS

    ctx = as_role(Role.INFORMATION_OFFICER)
    page = ReturnPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    wait_idle(qtbot, ctx)
    q = page.selected()
    many = 5000
    defects = [Defect(f"c{i}", f"YJ-{i:05d}", f"Child {i:05d}", "Pat One", "children", None,
                      INCOMPLETE, "Ethnicity is recorded as 'not known'", "overview",
                      "%1 is recorded as '%2'", ("Ethnicity", "not known"))
               for i in range(many)]
    worded: list[Defect] = []
    word = return_page.problem_text

    def counting(defect: Defect) -> str:
        worded.append(defect)
        return word(defect)

    monkeypatch.setattr(return_page, "problem_text", counting)
    page._checked(Outcome(q, for_quarter(q.start), defects, {"children": many}))
    page.show()
    qtbot.waitExposed(page)
    page.grab()                                        # drawn: the rows in view asked for
    assert page.table.row_count() == many
    assert 0 < len(worded) < 200                       # the rows in view, not all 5,000
    shown = len(worded)
    # the narrow columns are sized from their first rows, not from Qt's 1,000
    sized = {row for row, column in page.table.model_._worded if column == 1}
    assert LAZY_SIZED_ROWS <= len(sized) < LAZY_SIZED_ROWS + 60
    assert page.table.texts()[many - 1] == [
        "Pat One", "Child 04999", "YJ-04999", "Incomplete",
        "Ethnicity is recorded as 'not known'"]
    assert len(worded) == many > shown                 # reading every row words each once
    page.table.texts()
    assert len(worded) == many


def test_the_check_s_problems_are_in_the_person_s_language(
        qtbot: Any, as_role: Any, quarter: dict[str, str]) -> None:  # noqa: F811
    """The check gives a problem as a template and its values: the page translates the
    template, the data item's name and the value it should not have, and fills in a code
    or a date as recorded. The command line's English is unchanged."""
    import yjdesk.ui.oversight  # noqa: F401
    from tests.ui.test_translatable import _marked, _pseudo_locale
    from yjdesk.services.returns import build
    from yjdesk.ui.oversight.return_page import ReturnPage
    from yjdesk.ui.tour import MARK_CLOSE, MARK_OPEN, listed_sources

    ctx = as_role(Role.INFORMATION_OFFICER)

    def problems() -> list[str]:
        page = ReturnPage(ctx)
        qtbot.addWidget(page)
        labels = [page.quarter.itemText(i) for i in range(page.quarter.count())]
        page.quarter.setCurrentIndex(labels.index(
            next(label for label in labels if "2025-26" in label and "Q2" in label)))
        page.check()
        wait_idle(qtbot, ctx)
        assert page.outcome is not None
        assert sorted(d.message for d in page.outcome.defects) == [
            "Completed, but the date it ended is missing",
            "Ethnicity is recorded as 'not known'",
            "Still open after its planned end on 01/09/2025: record how it ended"]
        return sorted(r[4] for r in _cells(page.table))

    assert problems() == ["Completed, but the date it ended is missing",
                          "Ethnicity is recorded as 'not known'",
                          "Still open after its planned end on 01/09/2025: record how it ended"]
    with _pseudo_locale():
        welsh = problems()
    assert welsh == sorted([
        f"{MARK_OPEN}{_marked('Completed')}, but the date it ended is missing"
        f"{MARK_CLOSE}",
        f"{MARK_OPEN}{_marked('Ethnicity')} is recorded as '{_marked('not known')}'"
        f"{MARK_CLOSE}",
        _marked("Still open after its planned end on 01/09/2025: record how it ended")])
    assert sorted({*build.MESSAGES, "Ethnicity", "not known", "Looked after",
                   "yet to clarify"} - listed_sources()) == []
