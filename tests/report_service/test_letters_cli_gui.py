"""Invitation letters from the command line and from the Reports page (Prepare invitations…), on SQLite."""

from __future__ import annotations

import email
from email import policy

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from panel_app.cli import main

from .conftest import VOTERS, scored_world
from .conftest import who as small_who
from .test_reports_page import open_page


@pytest.fixture
def db(sqlite_db):
    """The command line and the page are the same on both backends; drive them on SQLite."""
    return sqlite_db


@pytest.fixture
def signed(services, procedure, tmp_path):
    """The small procedure scored, its shortlist frozen and signed by every voter."""
    services, ref = scored_world(services, procedure, tmp_path)
    services.panel.freeze(ref, small_who(services, ref, "Chair Anna"))
    for name in VOTERS:
        services.panel.sign(ref, small_who(services, ref, name))
    return services, ref


def read(path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def test_the_command_line_and_the_reports_page_prepare_them(signed, tmp_path, capsys, monkeypatch, qtbot):
    services, ref = signed
    monkeypatch.setenv("PANEL_PASSWORD", "sam-pass")
    out = tmp_path / "cli"
    out.mkdir()
    code = main(["--db", services.db.url, "--as", "Secretary Sam", "letters", "invitations", "-o", str(out),
                 "--date", "2026-09-15", "--time", "09:30", "--every", "30", "--place", "Brussels"])
    text, _ = capsys.readouterr()
    assert code == 0 and "letter(s) written to" in text and len(list(out.glob("*.eml"))) == 2
    code = main(["--db", services.db.url, "--as", "Secretary Sam", "letters", "invitations", "-o", str(out),
                 "--date", "2026-09-15", "--time", "09:30"])
    _, err = capsys.readouterr()
    assert code == 2 and "place, a video link, or both" in err and len(err.strip().splitlines()) == 1


    page = open_page(qtbot, services, ref, "Chair Anna")
    gui = tmp_path / "gui"
    gui.mkdir()
    qtbot.mouseClick(page.invitations, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.invitations.dialog is not None and page.invitations.dialog.isVisible(),
                    timeout=30_000)
    dlg = page.invitations.dialog
    assert dlg.place.text() == "Brussels"  # the last letters' place, prefilled
    dlg.day.setDate(QDate(2026, 9, 16))
    dlg.first.setTime(QTime(14, 0))
    dlg.folder.setText(str(gui))
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "recorded in the register" in page.status.text(), timeout=30_000)
    assert page.status.text().startswith("2 invitation letter(s) written to")
    bodies = [read(f).get_content() for f in gui.glob("*.eml")]
    assert len(bodies) == 2 and all("Wednesday 16 September 2026" in b for b in bodies)
    assert sorted(b.split("Time: ")[1][:5] for b in bodies) == ["14:00", "14:45"]  # 45 minutes each
    assert len(services.letters.register(ref)) == 4
    page.state.tasks.wait()
