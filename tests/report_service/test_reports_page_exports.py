"""The Reports page's XLSX exports for HR: a click writes the workbook the service makes; the role decides which
buttons are live."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from .conftest import NAMES
from .test_reports_page import open_page


@pytest.fixture
def db(sqlite_db):
    return sqlite_db


def live(page) -> set[str]:
    return {k for k, b in page.xlsx.buttons.items() if b.isEnabled()}


def test_the_chair_exports_the_ranking_and_the_marks(qtbot, world, tmp_path, monkeypatch):
    services, ref = world
    page = open_page(qtbot, services, ref, "Chair Anna")
    qtbot.waitUntil(lambda: live(page) == {"grid", "marks", "ranking"}, timeout=30_000)
    asked = []

    def save_as(_parent, _title, proposed, _filter):
        asked.append(proposed)
        return str(tmp_path / "figures"), "Excel workbooks (*.xlsx)"  # the suffix is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(page.xlsx.buttons["ranking"], Qt.MouseButton.LeftButton)
    target = tmp_path / "figures.xlsx"
    qtbot.waitUntil(lambda: page.xlsx.last_path == str(target), timeout=30_000)
    assert asked[0].endswith("-ranking.xlsx") and page.status.text() == f"Exported to {target}."
    wb = load_workbook(target)
    assert wb.sheetnames[:2] == ["About", "Preselection ranking"]
    assert NAMES["claire"] in {c.value for c in wb["Preselection ranking"]["B"]}
    target.unlink()
    qtbot.mouseClick(page.xlsx.buttons["marks"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and page.xlsx.last_path == str(target), timeout=30_000)
    assert asked[1].endswith("-marks-preselection.xlsx")
    assert load_workbook(target)["Marks"]["F1"].value == "Chair Anna – mark"
    page.state.tasks.wait()


def test_a_member_has_no_marks_button(qtbot, world):
    services, ref = world
    page = open_page(qtbot, services, ref, "Member Bob")
    qtbot.waitUntil(lambda: live(page) == {"grid", "ranking"}, timeout=30_000)  # the ranking: once frozen
    assert not page.xlsx.buttons["marks"].isEnabled()
    page.state.tasks.wait()
