"""The gates on screen (pytest-qt): the bulk confirmation on the Eligibility page (a count, one confirmation),
and on the Shortlist page the freeze and the sign-off that say what they do, the freeze refused in words
while eligibility is open, and the chair told of an application received after the freeze."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from panel_app.ui.app import build_window
from tests.eligibility_service.fixtures import email_of, write_cases
from tests.panel.conftest import everyone
from tests.scoring_service.conftest import who

from .test_freeze_gate import LATE_CASES


@pytest.fixture
def db(sqlite_db):
    return sqlite_db


@pytest.fixture
def dialogs(monkeypatch):
    """Records every question asked; answers with `answer["yes"]`; reasons come from `answer["reasons"]`."""
    seen: dict = {"questions": [], "yes": True, "reasons": []}

    def question(_parent, title, text, *a, **k):
        seen["questions"].append((title, text))
        return QMessageBox.StandardButton.Yes if seen["yes"] else QMessageBox.StandardButton.No

    def get_text(_parent, title, label, *a, **k):
        seen["questions"].append((title, label))
        text = seen["reasons"].pop(0) if seen["reasons"] else ""
        return text, bool(text)

    def confirm(box):  # the confirmation of a step with legal weight (it may offer "Back up first")
        seen["questions"].append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Yes if seen["yes"] else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "exec", confirm)
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return seen


def _window(qtbot, services, ref, actor, page):
    w = build_window(services, ref)
    qtbot.addWidget(w)
    w.show()
    w.state.set_actor(actor)
    w.go_to(page)
    return w, w.page(page)


def test_bulk_confirmation_on_the_eligibility_page(qtbot, gated, dialogs):
    sv, ref, ids = gated
    w, page = _window(qtbot, sv, ref, who(sv, ref, "Secretary Sam"), "Eligibility")
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)
    assert page.bulk.button.isEnabled()
    assert "Application " in page.who.text()  # the stable id, beside the e-mail

    dialogs["yes"] = False
    qtbot.mouseClick(page.bulk.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() == "Nothing confirmed.")
    title, text = dialogs["questions"][-1]
    assert "Confirm 48 suggested check(s) of 6 candidate(s)" in text and "Secretary Sam" in text
    assert "'Not met'" in text
    assert all(c.decided is None for r in sv.eligibility.matrix(ref) for c in r.checks)

    page.bulk.scope.setCurrentIndex(page.bulk.scope.findData("selected"))
    page.table.clearSelection()
    qtbot.mouseClick(page.bulk.button, Qt.MouseButton.LeftButton)
    assert "Select candidates first" in page.message.text()

    page.bulk.scope.setCurrentIndex(page.bulk.scope.findData("all"))
    dialogs["yes"] = True
    qtbot.mouseClick(page.bulk.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "48 check(s) of 6 candidate(s) confirmed" in page.message.text())
    assert "1 candidate(s) became eligible" in page.message.text()
    qtbot.waitUntil(lambda: "<b>1</b> eligible" in page.counts.text())
    row = sv.eligibility.row(ref, ids["eligible"])
    assert {c.decided_by for c in row.checks} == {"Secretary Sam"}


def test_a_member_cannot_confirm_in_bulk(qtbot, gated, dialogs):
    sv, ref, _ids = gated
    _w, page = _window(qtbot, sv, ref, who(sv, ref, "Member Bob"), "Eligibility")
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)
    assert not page.bulk.button.isEnabled()


def _scored(sv, ref, ids):
    sec = who(sv, ref, "Secretary Sam")
    sv.gates.set_mode(ref, "parallel", who(sv, ref, "Chair Anna"))
    for k in ("non_eu", "two_years", "late", "encrypted"):
        sv.eligibility.exclude(ref, ids[k], "Not scored in this test", sec)
    for key in ("eligible", "level_unknown"):
        everyone(sv, ref, email_of(key), 3)


def test_freeze_and_sign_off_ask_first_and_say_what_happened(qtbot, gated, dialogs, tmp_path):
    sv, ref, ids = gated
    _scored(sv, ref, ids)
    chair = who(sv, ref, "Chair Anna")
    w, page = _window(qtbot, sv, ref, chair, "Shortlist")
    qtbot.waitUntil(lambda: page.freeze_button.isEnabled())
    assert "Eligibility not decided by a person" in page.gates.notice.text()
    assert "Müller, Anna" in page.gates.notice.text()

    qtbot.mouseClick(page.freeze_button, Qt.MouseButton.LeftButton)  # confirmed, but refused: named in words
    qtbot.waitUntil(lambda: "Müller, Anna" in page.message.text())
    assert "Freeze the shortlist with 2 candidate(s)" in dialogs["questions"][-1][1]
    assert not sv.panel.shortlist(ref, chair).frozen

    sec = who(sv, ref, "Secretary Sam")
    sv.eligibility.confirm_suggested(ref, sec)
    sv.eligibility.decide(ref, ids["level_unknown"], "E-LANG-SECOND", "met", "Certificate: C1", sec)
    w.state.changed("shortlist")
    qtbot.waitUntil(lambda: not page.gates.notice.isVisible())
    dialogs["yes"] = False
    qtbot.mouseClick(page.freeze_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Not frozen." and not sv.panel.shortlist(ref, chair).frozen
    dialogs["yes"] = True
    qtbot.mouseClick(page.freeze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Shortlist frozen at"))
    qtbot.waitUntil(lambda: "Frozen" in page.state_label.text())
    qtbot.waitUntil(lambda: page.sign_button.isEnabled())  # the chair votes: signs too
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Chair Anna signed the shortlist at" in page.message.text())
    assert "sign off the shortlist frozen at" in dialogs["questions"][-1][1]

    # an application arrives after the freeze: held, the chair is told, the sign-off waits
    sv.intake.import_paths(ref, [write_cases(tmp_path / "late", LATE_CASES)], sec, workers=1)
    w.state.changed("shortlist")
    qtbot.waitUntil(lambda: page.gates.held.count() == 2)
    assert "2 application(s) received after the shortlist was frozen" in page.gates.notice.text()
    assert page.gates.admit_button.isEnabled()
    dialogs["reasons"].append("Sent three weeks late, to the wrong address")
    page.gates.held.setCurrentIndex(1)
    qtbot.mouseClick(page.gates.scope_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "recorded as out of scope" in page.message.text())
    qtbot.waitUntil(lambda: page.gates.held.count() == 1)
    dialogs["reasons"].append("Sent in time to the wrong mailbox (ticket 4411)")
    qtbot.mouseClick(page.gates.admit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "the shortlist is reopened and its sign-offs are void" in page.message.text())
    assert "is reopened: its 1 sign-off(s) are void" in dialogs["questions"][-1][1]
    assert [h.hold for h in sv.gates.held(ref)] == ["out_of_scope"]
