"""The History page and a candidate's History tab, driven as the chair and as a member (pytest-qt)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from tests.intake.fixtures import application_pdf, eml_bytes


def _rows(table) -> list[tuple[str, ...]]:
    m = table.model()
    return [tuple(m.data(m.index(r, c)) for c in range(m.columnCount())) for r in range(m.rowCount())]


def _setup(w, tmp_path):
    sv, ref = w.state.services, w.state.reference
    chair = w.state.actor
    sv.members.add(ref, "Member Bob", "member", chair, password="bob-pass")
    sv.members.add(ref, "Secretary Sam", "secretary", chair, password="sam-pass")
    box = tmp_path / "box"
    box.mkdir()
    for i in range(2):
        (box / f"{i}.eml").write_bytes(eml_bytes(from_addr=f"c{i}@x.eu",
                                                 attachments=[("a.pdf", application_pdf(10 + i), "application/pdf")]))
    sv.intake.import_paths(ref, [box], sv.members.sign_in(ref, "Secretary Sam", "sam-pass"), workers=1)
    sv.grid.seal(ref, chair)
    return sv, ref


def test_history_page_filters_and_verifies(qtbot, chair_window, tmp_path):
    w = chair_window
    sv, ref = _setup(w, tmp_path)
    w.go_to("History")
    page = w.page("History")
    qtbot.waitUntil(lambda: "Audit chain verified" in page.verdict.text(), timeout=10000)
    qtbot.waitUntil(lambda: page.table.row_count() > 0, timeout=10000)
    rows = _rows(page.table)
    assert any(r[1] == "Chair Anna" and r[2] == "sealed the grid" for r in rows)
    m = page.table.model()
    assert m.headerData(0, Qt.Orientation.Horizontal) == "When (Europe/Brussels)"  # every time is in that zone
    assert all(len(r[0]) == len("06.12.2026 16:27:41") for r in rows)

    page.kind.setCurrentText("member")
    page.member.setCurrentText("Member Bob")
    qtbot.mouseClick(page.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [r[2] for r in _rows(page.table)] == ["added a panel member"], timeout=10000)
    assert "role 'member'" in _rows(page.table)[0][6] and page.count.text() == "1 events"

    page.kind.setCurrentText("(all)")
    page.member.setCurrentText("(all)")
    assert page.candidate.count() == 3  # (all) and the two candidates
    email = page.candidate.itemText(2)
    page.candidate.setCurrentText(email)
    qtbot.mouseClick(page.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.row_count() > 0 and all(r[3] == email for r in _rows(page.table)),
                    timeout=10000)

    path = make_url(sv.db.url).database
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER audit_event_no_update")
    con.execute("UPDATE member SET role = 'chair' WHERE name = 'Member Bob'")
    con.commit()
    con.close()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "AUDIT CHAIN BROKEN" in page.verdict.text(), timeout=10000)
    assert "member Member Bob: expected role 'member', found 'chair'" in page.verdict.text()


def test_a_member_reads_no_history_page_and_the_candidate_tab(qtbot, chair_window, tmp_path):
    w = chair_window
    sv, ref = _setup(w, tmp_path)
    w.go_to("Applications")
    apps = w.page("Applications")
    viewer = apps.viewer
    qtbot.waitUntil(lambda: apps.model.rowCount() == 2, timeout=10000)
    apps.table.selectRow(0)
    qtbot.waitUntil(lambda: viewer.app is not None, timeout=10000)
    email = viewer.app.candidate.email
    viewer.tabs.setCurrentIndex(1)
    table = viewer.history.table
    qtbot.waitUntil(lambda: table.row_count() > 0, timeout=10000)
    assert all(r[3] == email for r in _rows(table))
    assert any(r[1] == "Secretary Sam" and r[2] == "imported an application" for r in _rows(table))

    w.state.set_actor(sv.members.sign_in(ref, "Member Bob", "bob-pass"))
    w.go_to("History")
    page = w.page("History")
    page.refresh()
    assert "chair, the secretary and the observers" in page.note.text()
    assert not page.apply.isEnabled() and page.table.row_count() == 0
