"""The Panel and Shortlist pages driven as the chair and a member would: sort by spread, walk the flagged
criteria in the consensus meeting and record an agreed mark with its justification; freeze and sign off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from panel_app.ui.app import build_window

from .conftest import everyone


@pytest.fixture
def db(sqlite_db):
    """The GUI tests run on SQLite only (the services are tested on both backends)."""
    return sqlite_db


@pytest.fixture
def window(qtbot, panel):
    sv, ref, emails, actor = panel
    everyone(sv, ref, emails[0], 3, {"Chair Anna": {"S4-CONTAINERS": 0}, "Member Bob": {"S4-CONTAINERS": 2},
                                     "Member Eva": {"S4-CONTAINERS": 4}})
    everyone(sv, ref, emails[1], 4)
    everyone(sv, ref, emails[2], 3, {"Member Bob": {"S1-DEGREE": 2}})
    everyone(sv, ref, emails[3], 2)
    w = build_window(sv, ref)
    qtbot.addWidget(w)
    w.show()
    w.state.set_actor(actor("Chair Anna"))
    return w, sv, ref, emails, actor


def click_header(qtbot, table, col: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_panel_sorts_by_spread_and_records_a_consensus(qtbot, window):
    w, sv, ref, emails, _actor = window
    w.go_to("Panel")
    page = w.page("Panel")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and page.model.rows[0]["visible"], timeout=10_000)
    assert [r["email"] for r in page.model.rows][0] == emails[1]  # first shown by rank
    col = page.model.column_of("max_spread")
    click_header(qtbot, page.table, col)
    spreads = [page.model.rows[r]["max_spread"] for r in range(4)]
    assert spreads == sorted(spreads)
    click_header(qtbot, page.table, col)
    assert page.model.rows[0]["email"] == emails[0]
    assert page.model.data(page.model.index(0, col)) == "4"
    s4 = page.model.column_of("c:S4-CONTAINERS")
    assert page.model.data(page.model.index(0, s4)) == "2 ⚑"

    qtbot.mouseClick(page.meeting, Qt.MouseButton.LeftButton)
    box = page.consensus
    assert box.isVisible() and len(box.items) == 1
    assert (box.current().email, box.current().criterion) == (emails[0], "S4-CONTAINERS")
    assert page.detail_model.rowCount() == 15  # the selected row's criteria, every member's mark
    box.value.setValue(3)
    assert not box.save_button.isEnabled() and "justification is required" in box.need.text()
    qtbot.keyClicks(box.reason, "Kubernetes in production, CV p. 2")
    assert box.save_button.isEnabled()
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rows and page.model.data(page.model.index(0, s4)) == "3 ⚑", timeout=10_000)
    cell = next(r for r in sv.panel.panel_table(ref, w.state.actor) if r.email == emails[0]).criteria
    assert cell["S4-CONTAINERS"].justification == "Kubernetes in production, CV p. 2"


def test_shortlist_freeze_and_sign(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []  # freeze and sign-off each ask first (issue 18 item 2)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Yes)
    w, sv, ref, emails, actor = window
    w.go_to("Shortlist")
    page = w.page("Shortlist")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert "pass mark 60 %" in page.rule.text()
    assert page.ranked_model.rowCount() == 4 and page.freeze_button.isEnabled()
    assert not page.sign_button.isEnabled()
    qtbot.mouseClick(page.freeze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.data is not None and page.data["shortlist"].frozen, timeout=10_000)
    assert "Frozen" in page.state_label.text() and page.sign_button.isEnabled()  # the chair votes too
    assert "(Europe/Brussels)" in page.state_label.text()  # one clock: the procedure's zone, named
    w.state.set_actor(actor("Member Bob"))
    qtbot.waitUntil(lambda: page.data is not None and page.sign_button.isEnabled(), timeout=10_000)
    assert not page.freeze_button.isEnabled()
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Member Bob" in page.signoffs.text() and not page.sign_button.isEnabled(),
                    timeout=10_000)
    assert [s.member for s in sv.panel.shortlist(ref, actor("Member Eva")).signoffs] == ["Member Bob"]
    assert asked[0].startswith("Freeze the shortlist with") and "sign off the shortlist frozen at" in asked[1]


def test_chair_reopens_a_members_assessment_from_the_panel(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    w, sv, ref, emails, actor = window
    w.go_to("Panel")
    page = w.page("Panel")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=10_000)
    assert page.reopen.isVisible()
    row = next(r for r, x in enumerate(page.model.rows) if x["email"] == emails[2])
    page.table.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Member Bob", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Bob marked the wrong candidate", True))
    qtbot.mouseClick(page.reopen, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(sv.procedures.audit_trail(ref, "assessment.reopen")), timeout=10_000)
    event = sv.procedures.audit_trail(ref, "assessment.reopen")[0]
    assert event.actor == "Chair Anna" and event.after["reason"] == "Bob marked the wrong candidate"
    bob = actor("Member Bob")
    assert sv.scoring.sheet(ref, bob, emails[2]).status == "draft"
