"""The Scores menu driven like a member would: export to a chosen file, import it back, and read the list of
bad rows when a sheet is wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from panel_app.ui import sheet_actions
from panel_app.ui.state import AppState

from .conftest import who
from .helpers import fill, my_marks, write_csv


def action(menu, name):
    return next(a for a in menu.actions() if a.objectName() == name)


def test_scores_menu_exports_imports_and_lists_bad_rows(qtbot, scoring, tmp_path, monkeypatch):
    sv, ref, emails = scoring
    win = QMainWindow()
    qtbot.addWidget(win)
    state = AppState(sv)
    state.set_procedure(ref)
    bob = who(sv, ref, "Member Bob")
    state.set_actor(bob)
    menu = sheet_actions.install(win.menuBar(), state, win)
    assert menu.title() == "&Scores"
    infos, boxes = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: infos.append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)

    target = tmp_path / "my sheet"  # no suffix typed: .xlsx is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action(menu, "exportScoreSheet").trigger()
    qtbot.waitUntil(lambda: bool(infos), timeout=10_000)
    assert "4 candidates × 15 criteria" in infos[-1]
    f = tmp_path / "my sheet.xlsx"
    assert f.exists()

    fill(f, {(emails[0], "S1-DEGREE"): 4})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(f), ""))
    changed = []
    state.data_changed.connect(changed.append)
    action(menu, "importScoreSheet").trigger()
    qtbot.waitUntil(lambda: len(infos) == 2, timeout=10_000)
    assert "Applied 1 marks" in infos[-1]
    assert changed == ["scores"]
    assert my_marks(sv, ref, bob, emails[0]) == {"S1-DEGREE": (4, False, "")}

    bad = tmp_path / "bad.csv"
    write_csv(bad, [[emails[0], "S2-DEVOPS", "9", ""], ["ghost@x.eu", "S2-DEVOPS", "1", ""]]
              + [[emails[1], f"X{i}", "1", ""] for i in range(15)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    action(menu, "importScoreSheet").trigger()
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    box = boxes[-1]
    assert box.objectName() == "sheetErrorsBox"
    assert "Nothing was imported from bad.csv: 17 problem(s)" in box.text()
    assert "row 2: value 9 is outside 0–4" in box.informativeText()
    assert "row 3: unknown candidate ghost@x.eu" in box.informativeText()
    assert "… and 5 more" in box.informativeText()
    assert "row 18: unknown criterion X14" in box.detailedText()
    assert my_marks(sv, ref, bob, emails[0]) == {"S1-DEGREE": (4, False, "")}
    state.tasks.shutdown()


def test_cancelled_dialog_does_nothing_and_refusals_show_a_message(qtbot, scoring, monkeypatch, tmp_path):
    sv, ref, _ = scoring
    win = QMainWindow()
    qtbot.addWidget(win)
    state = AppState(sv)
    state.set_procedure(ref)
    state.set_actor(who(sv, ref, "Secretary Sam"))
    menu = sheet_actions.install(win.menuBar(), state, win)
    texts = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    action(menu, "exportScoreSheet").trigger()
    state.tasks.wait()
    assert texts == []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "s.xlsx"), ""))
    action(menu, "exportScoreSheet").trigger()
    qtbot.waitUntil(lambda: bool(texts), timeout=10_000)
    assert "secretary does not score" in texts[-1]
    assert not (tmp_path / "s.xlsx").exists()
    state.tasks.shutdown()
