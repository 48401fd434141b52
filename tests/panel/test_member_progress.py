"""The chair's progress view (issue 18): each voting member's submitted count and last activity, counts only,
and a reminder drafted as an .eml naming what is missing."""

from __future__ import annotations

import email

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from panel_app.domain.errors import Refused

from .conftest import everyone, give


@pytest.fixture
def db(sqlite_db):
    return sqlite_db


def test_progress_counts_and_the_reminder(panel):
    sv, ref, emails, actor = panel
    chair, bob = actor("Chair Anna"), actor("Member Bob")
    everyone(sv, ref, emails[0], 3)
    give(sv, ref, "Member Bob", emails[1], 2)
    rows = {p.name: p for p in sv.marks.member_progress(ref, chair)}
    n = len(emails)
    assert (rows["Member Bob"].submitted, rows["Member Bob"].expected) == (2, n)
    assert rows["Member Eva"].submitted == 1 and sorted(rows["Member Eva"].missing) == sorted(emails[1:])
    assert rows["Member Bob"].last_activity is not None
    assert "Secretary Sam" not in rows and "Observer Olga" not in rows  # voting members only

    from panel_app.services.reminders import reminder_eml

    msg = email.message_from_bytes(reminder_eml(sv.marks, ref, chair, "Member Eva"))
    body = msg.get_payload(decode=True).decode()
    assert msg["X-Unsent"] == "1" and f"{n - 1} candidate(s) left" in msg["Subject"]
    assert all(e in body for e in emails[1:]) and "1 of your" in body
    assert not any(ch.isdigit() and f"mark {ch}" in body for ch in "01234")  # counts only, never a mark
    with pytest.raises(Refused):
        reminder_eml(sv.marks, ref, bob, "Member Eva")


def test_the_panel_page_shows_progress_and_writes_a_reminder(qtbot, panel, tmp_path, monkeypatch):
    from panel_app.ui.pages.panel_page import PanelPage
    from panel_app.ui.state import AppState

    sv, ref, emails, actor = panel
    give(sv, ref, "Member Bob", emails[0], 2)
    state = AppState(sv)
    page = PanelPage(state)
    qtbot.addWidget(page)
    page.show()
    state.set_procedure(ref)
    state.set_actor(actor("Chair Anna"))
    box = page.progress_box
    qtbot.waitUntil(lambda: box.model.rowCount() == 3)
    shown = {box.model.row(r)["name"]: box.model.row(r)["count"] for r in range(3)}
    assert shown["Member Bob"] == f"1 of {len(emails)}"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a: True)
    box.table.selectRow(next(r for r in range(3) if box.model.row(r)["name"] == "Member Eva"))
    qtbot.mouseClick(box.remind, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "reminder-Member-Eva.eml").exists())
    assert "Draft written" in box.note.text()


def test_the_consensus_meeting_shows_the_members_comments_once_visible(panel):
    sv, ref, emails, actor = panel
    for name, v in (("Chair Anna", 4), ("Member Bob", 1), ("Member Eva", 4)):
        who = actor(name)
        from tests.panel.conftest import CODES

        for code in CODES:
            sv.scoring.set_mark(ref, who, emails[0], code, v if code == "S2-DEVOPS" else 3,
                                comment="12 years of DevOps, p. 2" if (name, code) == ("Member Bob", "S2-DEVOPS")
                                else None)
        sv.scoring.submit(ref, who, emails[0])
    row = next(r for r in sv.panel.panel_table(ref, actor("Chair Anna")) if r.email == emails[0])
    cell = row.criteria["S2-DEVOPS"]
    assert cell.divergent and cell.comments == {"Member Bob": "12 years of DevOps, p. 2"}
