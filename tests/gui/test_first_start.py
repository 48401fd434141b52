"""The first start (issue 18 item 6): from an empty database, a procedure from a template and its chair, then
the panel; every page of an empty database says what to do first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from panel_app.services import Services
from panel_app.ui.app import build_window


def test_from_an_empty_database_to_a_procedure_with_its_chair(qtbot, sqlite_db, monkeypatch):
    sv = Services.for_db(sqlite_db)
    w = build_window(sv)
    qtbot.addWidget(w)
    w.show()
    for title in ("Applications", "Scoring", "Reports"):
        w.go_to(title)
        assert w.stack.currentWidget() is w.cover and "no selection procedure yet" in w.cover.text.text()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    w.sign_in()
    assert "Start one first" in told[0]

    qtbot.mouseClick(w.cover.button, Qt.MouseButton.LeftButton)  # "Start a procedure…"
    dlg = w.first_start_dialog
    assert dlg.list.count() >= 1 and "DIGIT/COM/2026/1039" in dlg.list.item(0).text()
    dlg.name.setText("Anna Chair")
    dlg.password.setText("short")
    dlg.buttons.accepted.emit()
    assert "at least 8 characters" in dlg.problem.text()
    dlg.password.setText("chair-pass-1")
    dlg.again.setText("chair-pass-1")
    dlg.buttons.accepted.emit()
    qtbot.waitUntil(lambda: w.state.reference == "DIGIT/COM/2026/1039" and not w.state.actor.is_setup)
    assert w.state.actor.name == "Anna Chair" and w.state.actor.role == "chair"
    assert [m.name for m in sv.members.list(w.state.reference)] == ["Anna Chair"]
    panel = w.page("Procedure").members
    assert w.titles[w.nav.currentRow()] == "Procedure" and "add the panel members" in panel.feedback.text()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.role.currentText() == "member"  # the chair exists: the next one added is a member
