"""The Procedure page: the panel is listed when the page first shows (issue 18 item 5), and a sealed setting is
changed only as an amendment with a reason, with visible feedback (item 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.gates.helpers import decide_all_eligible


def test_the_panel_shows_at_once_and_the_replaces_list_is_filled(qtbot, chair_window):
    w = chair_window
    w.go_to("Procedure")
    page = w.page("Procedure")
    qtbot.waitUntil(lambda: page.members.model.rowCount() == 1)
    assert page.members.model.row(0).name == "Chair Anna"
    assert [page.members.replaces.itemText(i) for i in range(page.members.replaces.count())] == ["—", "Chair Anna"]


def test_a_deadline_change_after_the_seal_asks_for_a_reason(qtbot, chair_window, monkeypatch):
    w = chair_window
    sv, ref = w.state.services, w.state.reference
    w.go_to("Procedure")
    page = w.page("Procedure")
    qtbot.waitUntil(lambda: page.settings is not None)
    sv.grid.seal(ref, w.state.actor)
    w.state.changed("grid")  # as the Grid page does after sealing
    qtbot.waitUntil(lambda: page.settings.sealed_at is not None)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (asked.append(a[2]) or "", False))
    page.deadline.setDateTime(page.deadline.dateTime().addSecs(3600))
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not saved" in page.saved.text())
    assert "amendment" in asked[0] and sv.procedures.settings(ref).deadline_utc == page.settings.deadline_utc
    w.state.tasks.wait()  # the page reloads the stored settings after the refusal
    qtbot.wait(50)

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Corrigendum of 10.06.2026", True))
    monkeypatch.setattr(QMessageBox, "exec", lambda *a: 0)
    page.deadline.setDateTime(page.deadline.dateTime().addSecs(3600))
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "amendment recorded: Corrigendum" in page.saved.text())
    assert "(Europe/Brussels)" in page.saved.text()
    assert sv.procedures.audit_trail(ref, action="procedure.amendment")


def test_members_are_deactivated_with_a_reason_and_a_late_voter_needs_confirmation(qtbot, chair_window,
                                                                                     monkeypatch):
    w = chair_window
    sv, ref = w.state.services, w.state.reference
    w.go_to("Procedure")
    panel = w.page("Procedure").members
    panel.name.setText("Member Bob")
    panel.role.setCurrentText("member")
    panel.password.setText("bob-pass-1")
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert "Added Member Bob as member (voting)" in panel.feedback.text()

    panel.table.selectRow(1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Left the Commission on 1 December", True))
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "deactivated: Left the Commission" in panel.feedback.text())
    assert not sv.members.list(ref)[1].active
    event = sv.procedures.audit_trail(ref, action="member.update")[0]
    assert event.after["reason"] == "Left the Commission on 1 December"


def test_adding_a_voter_after_scoring_names_the_consequence(services, procedure, tmp_path):
    import pytest

    from panel_app.domain.amendments import NeedsConfirmation
    from tests.intake.fixtures import application_pdf, eml_bytes

    ref = procedure
    chair = services.members.sign_in(ref, "Chair Anna", "chair-pass")
    box = tmp_path / "box"
    box.mkdir()
    (box / "a.eml").write_bytes(eml_bytes(from_addr="c@x.eu", attachments=[("a.pdf", application_pdf(1),
                                                                             "application/pdf")]))
    services.intake.import_paths(ref, [box], services.members.sign_in(ref, "Secretary Sam", "sam-pass"), workers=1)
    decide_all_eligible(services, ref, services.members.sign_in(ref, "Secretary Sam", "sam-pass"))
    services.grid.seal(ref, chair)
    services.scoring.declare_confidentiality(ref, chair)
    email = services.applications.list(ref)[0].candidate.email
    services.scoring.set_mark(ref, chair, email, "S1-DEGREE", 3)
    with pytest.raises(NeedsConfirmation, match="hides the ranking"):
        services.members.add(ref, "Member Zoe", "member", chair, password="zoe-pass-1")
    assert "Member Zoe" not in {m.name for m in services.members.list(ref)}
    services.members.add(ref, "Member Zoe", "member", chair, password="zoe-pass-1", confirmed=True)
    services.members.add(ref, "Observer Ola", "observer", chair, password="ola-pass-1")  # no vote: no question
    assert {"Member Zoe", "Observer Ola"} <= {m.name for m in services.members.list(ref)}
