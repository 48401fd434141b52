"""File ▸ Back up…, File ▸ Restore… and "Back up first" in the seal's confirmation, driven through the real main
window on a real SQLite file; only the answers of the file dialogs and message boxes are given."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from .conftest import PASSWORDS, make_procedure, who


@pytest.fixture
def window(qtbot, sqlite_db, template_path, monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings

    from panel_app.services import Services
    from panel_app.ui.app import build_window

    QSettings().remove("backup/folder")
    sv = Services.for_db(sqlite_db)
    ref = make_procedure(sv, template_path)
    w = build_window(sv, ref)
    qtbot.addWidget(w)
    w.show()
    w.state.set_actor(who(sv, ref, "Chair Anna"))
    boxes: list[tuple[str, str]] = []  # (title, text) of every message box shown

    def answer(box):
        boxes.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, t, text, *a, **k: boxes.append((t, text)))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, t, text, *a, **k: boxes.append((t, text)) or QMessageBox.StandardButton.Yes)
    return w, sv, ref, boxes


def _trigger(w, name: str) -> None:
    next(a for a in w.menuBar().actions()[0].menu().actions() if a.objectName() == name).trigger()


def test_back_up_then_restore_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    w, sv, ref, boxes = window
    target = tmp_path / "copy.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _trigger(w, "backupAction")
    qtbot.waitUntil(lambda: any(t == "Backed up" for t, _ in boxes), timeout=10_000)
    assert target.exists() and f"copied to {target}" in boxes[-1][1]
    label = w.findChild(QLabel, "lastBackupLabel")
    assert label.text().startswith("Last backup: copy.sqlite at ") and "(Europe/Brussels)" in label.text()

    sv.grid.seal(ref, who(sv, ref, "Chair Anna"))  # a change after the backup, undone by the restore
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    _trigger(w, "restoreAction")
    qtbot.waitUntil(lambda: any(t == "Restored" for t, _ in boxes), timeout=10_000)
    asked = next(text for t, text in boxes if t == "Restore a backup")
    assert asked.startswith("copy.sqlite: ") and "intact, schema " in asked
    assert f"Procedures: {ref} — " in asked and "Backup taken: " in asked and "Last audit event: backed up" not in asked
    assert "Replace the whole database (SQLite " in asked
    assert f"{ref}: Audit chain verified" in boxes[-1][1]
    assert not sv.grid.grid(ref).sealed
    assert w.state.actor.is_setup  # everyone signs in again on the restored database


def test_restore_refuses_a_damaged_file_and_says_why(qtbot, window, tmp_path, monkeypatch):
    w, sv, ref, boxes = window
    bad = tmp_path / "cut.sqlite"
    good = tmp_path / "good.sqlite"
    sv.backup.backup(ref, who(sv, ref, "Chair Anna"), good)
    bad.write_bytes(good.read_bytes()[:40_000])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    _trigger(w, "restoreAction")
    qtbot.waitUntil(lambda: any(t == "panel_app" for t, _ in boxes), timeout=10_000)
    assert "cut.sqlite is truncated" in boxes[-1][1]
    assert not any(t == "Restore a backup" for t, _ in boxes)  # never asked: nothing to restore


def test_seal_offers_a_backup_first(qtbot, window):
    w, sv, ref, boxes = window
    w.go_to("Grid")
    page = w.page("Grid")
    qtbot.waitUntil(lambda: page.seal_button.isEnabled(), timeout=10_000)
    seen = {}

    def answer(box):
        check = box.checkBox()
        seen["check"] = (check.text(), check.isChecked()) if check else None
        return QMessageBox.StandardButton.Yes

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(QMessageBox, "exec", answer)
        qtbot.mouseClick(page.seal_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Sealed" in page.seal_label.text(), timeout=10_000)
    folder = Path(sv.db.url.removeprefix("sqlite:///")).parent
    assert seen["check"] == (f"Back up first (to {folder})", True)
    copies = list(folder.glob("panel-before-seal-*.sqlite"))
    assert len(copies) == 1
    d = sv.backup.describe(copies[0])
    assert d.contents.taken_by == "Chair Anna" and d.contents.procedures[0][0] == ref
    assert "Last backup: panel-before-seal-" in w.findChild(QLabel, "lastBackupLabel").text()
    events = [e for e in sv.audit.log(ref, who(sv, ref, "Chair Anna")) if e.action in ("database.backup", "grid.seal")]
    assert [e.action for e in events] == ["database.backup", "grid.seal"]  # the copy is of the state before


def test_a_member_is_not_offered_a_backup(window):
    from panel_app.ui.backup_actions import confirm_step

    w, sv, ref, boxes = window
    w.state.set_actor(sv.members.sign_in(ref, "Member Bob", PASSWORDS["Member Bob"]))
    seen = {}

    def answer(box):
        seen["check"] = box.checkBox()
        return QMessageBox.StandardButton.No

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(QMessageBox, "exec", answer)
        assert confirm_step(w, w.state, "Sign", "Sign now?") == (False, False)
    assert seen["check"] is None
