"""The grid editor and the procedure page, driven with qtbot like a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QInputDialog, QMessageBox


@pytest.fixture
def window(chair_window):
    return chair_window


def settle(qtbot, w):
    w.state.tasks.wait()
    qtbot.wait(20)


def grid_of(w):
    return w.state.services.grid.grid(w.state.reference)


def test_edit_weight_from_the_keyboard(qtbot, window):
    window.go_to("Grid")
    page = window.page("Grid")
    settle(qtbot, window)
    table = page.table
    row = next(i for i, r in enumerate(page.model.rows) if r["code"] == "S3-CICD")
    table.setCurrentIndex(page.model.index(row, 4))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.findChild(QDoubleSpinBox) is not None)
    editor = table.findChild(QDoubleSpinBox)
    editor.selectAll()
    qtbot.keyClicks(editor, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: next(c for c in grid_of(window).criteria if c.code == "S3-CICD").weight == 3)
    qtbot.waitUntil(lambda: next(r for r in page.model.rows if r["code"] == "S3-CICD")["weight"] == 3)


def test_rules_tie_break_order_and_seal_then_amend(qtbot, window, monkeypatch):
    window.go_to("Grid")
    page = window.page("Grid")
    settle(qtbot, window)
    rules = page.rules
    rules.best_n.setValue(10)
    rules.tie.setCurrentRow(1)
    # move S7-SECURITY to the top, then apply
    rules._move(-1)
    qtbot.mouseClick(rules.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: grid_of(window).best_n == 10)
    assert grid_of(window).tie_break[:2] == ["S7-SECURITY", "S2-DEVOPS"]

    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.seal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sealed" in page.seal_label.text())
    assert grid_of(window).sealed and not page.seal_button.isEnabled()
    assert "(Europe/Brussels)" in page.seal_label.text() and "T" not in page.seal_label.text().split(" by ")[0][-30:]

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Correct a typo", True))
    rules.best_n.setValue(9)
    qtbot.mouseClick(rules.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: grid_of(window).best_n == 9)
    assert grid_of(window).amendments[0].reason == "Correct a typo"


def test_anchor_edit(qtbot, window):
    window.go_to("Grid")
    page = window.page("Grid")
    settle(qtbot, window)
    row = next(i for i, r in enumerate(page.model.rows) if r["code"] == "S5-IAC")
    page.table.selectRow(row)
    edit = page.anchors.edits["4"]
    edit.clear()
    qtbot.keyClicks(edit, "Designed IaC for 50+ services")
    qtbot.mouseClick(page.anchors.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: next(c for c in grid_of(window).criteria if c.code == "S5-IAC")
                    .scale.anchors["4"] == "Designed IaC for 50+ services")


def test_procedure_page_deadline_zone_and_members(qtbot, window):
    window.go_to("Procedure")
    page = window.page("Procedure")
    settle(qtbot, window)
    assert "10:00:00 UTC" in page.deadline_utc.text()
    page.mailbox.setText("digit-s2-new@ec.europa.eu")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state.services.procedures.settings(window.state.reference).mailbox
                    == "digit-s2-new@ec.europa.eu")
    panel = page.members
    qtbot.keyClicks(panel.name, "Member Bob")
    qtbot.keyClicks(panel.password, "bob-first-pass")  # no member without a password
    panel.role.setCurrentText("member")
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(m.name == "Member Bob" for m in window.state.services.members.list(
        window.state.reference)))
    qtbot.waitUntil(lambda: [r.name for r in panel.model.rows] == ["Chair Anna", "Member Bob"])


def test_user_error_shows_message_not_traceback(qtbot, window, monkeypatch):
    shown = {}

    def fake_exec(box):
        shown["text"] = box.text()
        shown["name"] = box.objectName()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window.go_to("Grid")
    settle(qtbot, window)
    page = window.page("Grid")
    page.rules.tie.clear()
    page.rules.tie.addItems(["NOT-A-CODE"])
    qtbot.mouseClick(page.rules.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "text" in shown)
    assert shown["name"] == "userErrorBox" and "NOT-A-CODE" in shown["text"]
