"""The final ranking's own freeze and sign-off on the Shortlist page (was CLI only): the chair freezes it after a
confirmation naming the outcome, a voting member signs it after a confirmation, a change asks for the reason and
voids the sign-offs; the box says what happened and the audit trail has each step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from panel_app.ui import backup_actions
from panel_app.ui.pages.shortlist_page import ShortlistPage
from panel_app.ui.state import AppState

from .conftest import realistic_copy
from .realistic import BOB, CHAIR, who


@pytest.fixture(scope="module")
def outcome(tmp_path_factory):
    """The realistic procedure after the interview with the outcome recorded, the final ranking not yet frozen."""
    sv, ref = realistic_copy(tmp_path_factory, "outcome")
    yield sv, ref
    sv.db.dispose()


def test_the_chair_freezes_and_a_member_signs_the_final_ranking(qtbot, outcome, monkeypatch, tmp_path):
    sv, ref = outcome
    asked: list[str] = []
    answer = {"yes": QMessageBox.StandardButton.Yes, "backup": False}

    def confirm(box):  # the confirmation of a step with legal weight, with its "Back up first" choice
        asked.append(box.text())
        if box.checkBox() is not None:
            box.checkBox().setChecked(answer["backup"])
        return answer["yes"]

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    state = AppState(sv)
    page = ShortlistPage(state)
    qtbot.addWidget(page)
    page.show()
    state.set_procedure(ref)
    state.set_actor(who(sv, ref, CHAIR))
    box = page.final_signoff
    qtbot.waitUntil(lambda: box.record is not None and box.freeze_button.isEnabled(), timeout=60_000)
    assert "Final ranking not frozen" in box.state_label.text() and not box.sign_button.isEnabled()

    answer["yes"] = QMessageBox.StandardButton.No  # a "no" changes nothing
    qtbot.mouseClick(box.freeze_button, Qt.MouseButton.LeftButton)
    assert box.message.text() == "Not frozen." and not sv.panel.final_record(ref, who(sv, ref, CHAIR)).frozen

    answer["yes"], answer["backup"] = QMessageBox.StandardButton.Yes, True
    monkeypatch.setattr(backup_actions, "folder", lambda _state: str(tmp_path))
    qtbot.mouseClick(box.freeze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.message.text().startswith("Final ranking frozen at"), timeout=60_000)
    assert len(list(tmp_path.glob("*-before-final-freeze-*.sqlite"))) == 1  # backed up first, as asked
    answer["backup"] = False
    assert "Recommended:" in asked[-1] and "Reserve list:" in asked[-1]
    qtbot.waitUntil(lambda: box.record is not None and box.record.frozen, timeout=60_000)
    assert "(Europe/Brussels)" in box.state_label.text() and "to sign:" in box.state_label.text()
    assert box.freeze_button.text() == "Change frozen final ranking…"

    state.set_actor(who(sv, ref, BOB))
    qtbot.waitUntil(lambda: box.record is not None and box.sign_button.isEnabled(), timeout=60_000)
    assert not box.freeze_button.isEnabled()  # the chair's step
    qtbot.mouseClick(box.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.message.text().startswith(f"{BOB} signed the final ranking at"), timeout=60_000)
    assert asked[-1].startswith(f"{BOB}, sign off the final ranking frozen at")
    qtbot.waitUntil(lambda: box.record is not None and not box.sign_button.isEnabled(), timeout=60_000)
    chair = who(sv, ref, CHAIR)
    assert [s.member for s in sv.panel.final_record(ref, chair).signoffs] == [BOB]
    actions = [e.action for e in sv.procedures.audit_trail(ref, limit=5)]
    assert "final.freeze" in actions and "final.sign" in actions

    state.set_actor(chair)  # a change of the frozen ranking needs a reason, and voids the sign-offs
    qtbot.waitUntil(lambda: box.record is not None and box.freeze_button.isEnabled(), timeout=60_000)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    qtbot.mouseClick(box.freeze_button, Qt.MouseButton.LeftButton)
    assert "needs a reason" in box.message.text() and "sign-off(s) are void" in asked[-1]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Second reading of the interview notes", True))
    qtbot.mouseClick(box.freeze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.message.text().startswith("Final ranking frozen at"), timeout=60_000)
    rec = sv.panel.final_record(ref, chair)
    assert rec.reason == "Second reading of the interview notes" and rec.signoffs == []
    state.tasks.wait()
