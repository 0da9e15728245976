"""The main window: create a child through the form, find it by searching, open its record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from tests.conftest import TODAY
from tests.ui.conftest import wait_idle
from yjdesk.models import AuditEvent, Child
from yjdesk.ui.child_record.child_form import ChildFormDialog
from yjdesk.ui.main_window import MainWindow


def make_window(qtbot, ctx, **kw) -> MainWindow:
    window = MainWindow(ctx, **kw)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, ctx)
    return window


def fill_child(qtbot, dialog: ChildFormDialog, *, dob: str = "17/05/2010") -> None:
    qtbot.keyClicks(dialog.given_name, "Marcus")
    qtbot.keyClicks(dialog.family_name, "Quillfeather")
    qtbot.keyClicks(dialog.preferred_name, "Marc")
    qtbot.keyClicks(dialog.date_of_birth, dob)
    dialog.gender.set_code("male")
    dialog.ethnicity.set_code("white_british")
    qtbot.keyClicks(dialog.pnc_number, "2024/0012345Q")


def child_count(uow) -> int:
    with uow() as u:
        return int(u.session.scalar(select(func.count()).select_from(Child)) or 0)


def test_create_find_and_open_a_child(qtbot, ctx, uow, child_id) -> None:
    window = make_window(qtbot, ctx)
    assert window.caseload.count.text() == "1 child"

    dialog = window.new_child()
    assert dialog is not None
    fill_child(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert child_count(uow) == 2
    # saving opens the new record
    assert window.child_view is not None
    qtbot.waitUntil(lambda: window.child_view.record is not None)
    assert "Marcus Quillfeather" in window.child_view.header.name.text()
    window.close_child()
    wait_idle(qtbot, ctx)
    assert window.caseload.count.text() == "2 children"

    # search as you type, by name then by PNC
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.caseload.search
    for letter in "quill":
        qtbot.keyClicks(search, letter)
    assert window.caseload.proxy.rowCount() == 1
    assert window.caseload.proxy.row_at(0).name == "Marc Quillfeather"
    assert window.caseload.count.text() == "1 of 2 children"
    search.clear()
    qtbot.keyClicks(search, "2024/00123")
    assert window.caseload.proxy.rowCount() == 1
    search.clear()
    qtbot.keyClicks(search, "nobody-like-this")
    assert window.caseload.proxy.rowCount() == 0
    search.clear()
    qtbot.keyClicks(search, "marc quill")
    assert window.caseload.proxy.rowCount() == 1

    # Enter in the search box with one hit opens the record
    qtbot.keyClick(search, Qt.Key.Key_Return)
    view = window.child_view
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None)
    assert view.header.facts["Preferred name"].text() == "Marc"
    assert view.header.facts["PNC"].text() == "2024/0012345Q"
    assert view.header.facts["Born"].text() == "17/05/2010 (age 16)"
    titles = view.tabs.titles()
    assert titles[:3] == ["Overview", "Family and relationships", "Offences and disposals"]
    assert titles[-1] == "History"
    assert len(titles) > 6  # the features' sections sit between them
    wait_idle(qtbot, ctx)
    with uow() as u:
        views = u.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "view", AuditEvent.child_id == view.child_id))
    assert views == 2  # once after saving, once from the search


def test_bad_date_of_birth_is_explained_next_to_the_field(qtbot, ctx, uow) -> None:
    window = make_window(qtbot, ctx)
    dialog = window.new_child()
    assert dialog is not None
    fill_child(qtbot, dialog, dob="31/02/2010")
    dialog.submit()
    wait_idle(qtbot, ctx)
    row = dialog.form.field("date_of_birth")
    assert row.error_label.isVisible()
    assert row.error == "Date of birth must be a real date, e.g. 31/01/2010."
    assert dialog.isVisible()
    assert child_count(uow) == 0

    future = (TODAY + dt.timedelta(days=3)).strftime("%d/%m/%Y")
    dialog.date_of_birth.setText(future)
    dialog.submit()
    wait_idle(qtbot, ctx)
    assert row.error == "Date of birth cannot be in the future."
    assert dialog.isVisible()
    assert dialog.given_name.text() == "Marcus"  # what was typed is kept
    assert child_count(uow) == 0
    # the message sits directly under the date field
    assert row.error_label.parentWidget() is row
    assert row.widget is dialog.date_of_birth

    dialog.date_of_birth.setText("17/05/2010")
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.submit()
    wait_idle(qtbot, ctx)
    assert child_count(uow) == 1


def test_keyboard_page_switching_and_status(qtbot, ctx, child_id) -> None:
    window = make_window(qtbot, ctx)
    assert window.nav.item(0).text() == "My caseload"
    ctx.events.status.emit("Saved.")
    assert window.statusBar().currentMessage() == "Saved."
    assert "Pat Practitioner" in window.user_label.text()
    ctx.events.open_child.emit(child_id, "history")
    view = window.child_view
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None)
    assert view.current_tab_key() == "history"
    assert window.current_page_key == "child"
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.current_page_key == "caseload"
    ctx.events.open_page.emit("caseload")
    assert window.current_page_key == "caseload"
    # Enter on the selected row opens the record
    window.caseload.table.setFocus()
    window.caseload.table.selectRow(0)
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_Return)
    assert window.child_view is not None
    assert window.child_view.child_id == child_id
    wait_idle(qtbot, ctx)
    labels = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    assert any("Jayden Okafor-Test" in t for t in labels)


def test_about_names_the_version_and_status_widgets_can_be_added(qtbot, ctx) -> None:
    from yjdesk import __version__

    window = make_window(qtbot, ctx)
    box = window.about()
    assert __version__ in box.text()
    box.close()
    extra = QLabel("Synced 2 minutes ago")
    window.add_status_widget(extra)
    assert extra.parentWidget() is not None
    window.set_connection_status("Online")
    assert window.connection_label.text() == "Online"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Child", "&Help"]  # Child: actions on the child in hand
