"""The archive opened in the GUI: verified, a read-only banner, every write refused with a message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox


@pytest.fixture
def db(sqlite_db):  # the GUI tests run on SQLite only
    return sqlite_db


def test_archive_opens_read_only_with_a_banner_and_refuses_writes(qtbot, world, chair, tmp_path, monkeypatch):
    from panel_app.services.archive_read import open_read_only
    from panel_app.ui.records_actions import archive_window

    sv, ref = world
    out = tmp_path / "DIGIT-COM-2026-1039.panelarchive"
    sv.archive.write(ref, chair, out)
    services, archived_ref = open_read_only(out)
    assert archived_ref == ref
    w = archive_window(services, ref, out.name)
    qtbot.addWidget(w)
    w.show()
    banner = w.records.banner
    qtbot.waitUntil(banner.isVisible)
    assert "ARCHIVE, READ-ONLY" in banner.text() and out.name in banner.text()
    assert "ARCHIVE (read-only)" in w.windowTitle()
    assert w.state.actor.name == "Chair Anna"
    shown = {}
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.update(text=box.text(), name=box.objectName()) or 0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("a late amendment", True))
    w.go_to("Grid")
    page = w.page("Grid")
    qtbot.waitUntil(lambda: page.rules.tie.count() > 0)
    page.rules.tie.clear()
    page.rules.tie.addItems(["S2-DEVOPS"])
    qtbot.mouseClick(page.rules.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "text" in shown)
    assert shown["name"] == "userErrorBox"
    assert shown["text"] == (f"{out.name} is an archive, opened read-only: nothing can be changed in it. Open the "
                             "panel's database to work.")
    w.go_to("Shortlist")
    qtbot.wait(200)
    w.grab().save(str(tmp_path / "archive.png"))
    services.db.dispose()


def test_a_tampered_archive_is_not_opened(world, chair, tmp_path):
    from panel_app.domain.errors import AlteredFile
    from panel_app.services.archive_read import open_read_only

    sv, ref = world
    out = tmp_path / "a.panelarchive"
    sv.archive.write(ref, chair, out)
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad = tmp_path / "bad.panelarchive"
    bad.write_bytes(bytes(data))
    with pytest.raises(AlteredFile, match="The archive bad.panelarchive is refused"):
        open_read_only(bad)


def test_a_closed_procedure_shows_the_banner_and_the_chair_sets_a_hold(qtbot, world, chair, tmp_path, monkeypatch):
    from datetime import date

    from panel_app.ui.app import build_window

    sv, ref = world
    sv.archive.write(ref, chair, tmp_path / "a.panelarchive")
    sv.lifecycle.close(ref, chair, "Recruitment completed")
    w = build_window(sv, ref)
    qtbot.addWidget(w)
    w.show()
    w.state.set_actor(chair)
    qtbot.waitUntil(w.records.banner.isVisible)
    assert f"{ref} is CLOSED (by Chair Anna on" in w.records.banner.text()
    assert "Recruitment completed). It is read-only" in w.records.banner.text()
    answers = iter([("", True), ("Complaint to the Ombudsman 12/2027", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    w.findChild(type(w.menuBar().actions()[0]), "legalHolds").trigger()
    dlg = w.records.holds_dialog
    qtbot.mouseClick(dlg.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.feedback.text().startswith("Set legal hold #1 on the whole procedure"))
    qtbot.waitUntil(lambda: dlg.list.count() == 1 and "ACTIVE" in dlg.list.item(0).text())
    assert asked and asked[0].startswith(f"Hold the whole procedure {ref}?")
    dlg.grab().save(str(tmp_path / "holds.png"))
    w.grab().save(str(tmp_path / "closed.png"))
    r = sv.retention.dry_run(ref, chair, date.today().replace(year=date.today().year + 3))
    assert r.blocked_by and "Complaint to the Ombudsman 12/2027" in r.blocked_by
