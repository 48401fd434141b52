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
