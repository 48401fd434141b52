"""The selection, the details pane and every action refer to one candidate, whatever happens to the table
(issue 18 item 1: after an import the highlighted row and the details belonged to two candidates)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_applications_page import import_folder, name, select, write_inbox
from tests.intake.fixtures import application_pdf, eml_bytes, profile


def highlighted(page):
    rows = page.table.selectionModel().selectedRows()
    return page.model.row(rows[0].row())["id"] if rows else None


def consistent(page) -> bool:
    current = page.current.id if page.current else None
    index = page.table.currentIndex()
    at_cursor = page.model.row(index.row())["id"] if index.isValid() else None
    if current is None:
        return highlighted(page) is None and not page.exclude_button.isEnabled()
    shown_name = page.model.row(index.row())["name"].split(",")[0] if index.isValid() else ""
    return current == highlighted(page) == at_cursor and shown_name in page.viewer.details.text()


@pytest.fixture
def window(chair_window):
    chair_window.go_to("Applications")
    return chair_window


def test_selection_details_and_actions_stay_on_one_candidate(qtbot, window, monkeypatch, tmp_path):
    page = window.page("Applications")
    import_folder(qtbot, page, monkeypatch, write_inbox(tmp_path / "inbox"))
    qtbot.mouseClick(page.import_dialog.findChild(type(page.exclude_button), "closeReportButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    select(qtbot, page, name(4))
    assert consistent(page), (page.current and page.current.id, highlighted(page), page.viewer.details.text()[:300])

    # an import that puts new rows before the selected one
    more = tmp_path / "more"
    more.mkdir()
    for i in (5, 6, 7):
        p = profile(i)
        (more / f"m{i}.eml").write_bytes(eml_bytes(from_addr=p["email"], from_name=f"{p['first_name']} {p['surname']}",
                                                   attachments=[("a.pdf", application_pdf(i), "application/pdf")]))
    import_folder(qtbot, page, monkeypatch, more)
    qtbot.waitUntil(lambda: page.model.rowCount() == 8)
    window.state.tasks.wait()
    qtbot.wait(50)
    assert consistent(page) and page.current.candidate.surname == profile(4)["surname"], (page.current and page.current.candidate, highlighted(page), page.current and page.current.id, page.viewer.details.text()[:200])

    # a sort by another column, both ways
    for col, order in ((3, Qt.SortOrder.DescendingOrder), (1, Qt.SortOrder.DescendingOrder),
                       (2, Qt.SortOrder.AscendingOrder), (0, Qt.SortOrder.DescendingOrder)):
        page.table.sortByColumn(col, order)
        assert consistent(page) and page.current.candidate.surname == profile(4)["surname"]

    # a filter that hides it: nothing is selected, no action is offered
    page.flag_combo.setCurrentText("late")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    window.state.tasks.wait()
    assert page.current is None and consistent(page)
    page.flag_combo.setCurrentText("all")
    qtbot.waitUntil(lambda: page.model.rowCount() == 8)
    assert consistent(page), (page.current and page.current.id, highlighted(page), page.viewer.details.text()[:300])

    # the action hits the highlighted candidate
    select(qtbot, page, name(6))
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert consistent(page) and page.current.candidate.surname == profile(6)["surname"]
