"""The meeting record (issue 17 item 5): meetings with date, place or written procedure and attendance, and the
notice's publication date — recorded by the chair (service, CLI, Panel page) and printed in the minutes."""

from __future__ import annotations

import json

import pytest

from panel_app.cli import main
from panel_app.domain.errors import Refused, UserFacingError

from .conftest import PASSWORDS, flat, pdf_text, who


def test_the_chair_records_meetings_and_the_minutes_print_them(services, procedure):
    ref = procedure
    chair = who(services, ref, "Chair Anna")
    services.meetings.set_published_on(ref, chair, "2026-05-12")
    services.meetings.add(ref, chair, "2026-06-25", place="Luxembourg, DRB B2/004",
                          attendees=["Chair Anna", "Member Bob", "Secretary Sam"], purpose="consensus meeting")
    services.meetings.add(ref, chair, "2026-06-30", written=True, attendees=["Chair Anna", "Member Eva"],
                          purpose="sign-off of the shortlist")
    listed = services.meetings.list(ref)
    assert [(m.date, m.where()) for m in listed] == [("2026-06-25", "Luxembourg, DRB B2/004"),
                                                      ("2026-06-30", "written procedure")]
    text = flat(pdf_text(services.reports.render(ref, chair, "panel")))
    assert "Notice published 12.05.2026" in text
    assert "25.06.2026 Luxembourg, DRB B2/004 Chair Anna, Member Bob, Secretary Sam consensus meeting" in text
    assert "30.06.2026 written procedure Chair Anna, Member Eva sign-off of the shortlist" in text
    assert any(e.action == "meeting.record" for e in services.procedures.audit_trail(ref))


def test_a_meeting_needs_a_place_or_a_written_procedure_members_and_the_chair(services, procedure):
    ref = procedure
    chair = who(services, ref, "Chair Anna")
    with pytest.raises(UserFacingError, match="either at a place or by written procedure"):
        services.meetings.add(ref, chair, "2026-06-25", place="Brussels", written=True, attendees=["Chair Anna"])
    with pytest.raises(UserFacingError, match="Say where"):
        services.meetings.add(ref, chair, "2026-06-25", attendees=["Chair Anna"])
    with pytest.raises(UserFacingError, match="Somebody Else: not a member"):
        services.meetings.add(ref, chair, "2026-06-25", place="Brussels", attendees=["Somebody Else"])
    with pytest.raises(UserFacingError, match="not a date"):
        services.meetings.add(ref, chair, "25/06/2026", place="Brussels", attendees=["Chair Anna"])
    with pytest.raises(Refused):
        services.meetings.add(ref, who(services, ref, "Member Bob"), "2026-06-25", place="Brussels",
                              attendees=["Chair Anna"])
    assert services.meetings.list(ref) == []


def test_a_correction_replaces_the_meeting_with_a_reason(services, procedure):
    ref = procedure
    chair = who(services, ref, "Chair Anna")
    first = services.meetings.add(ref, chair, "2026-06-25", place="Brussels", attendees=["Chair Anna"]).result
    with pytest.raises(UserFacingError, match="needs a reason"):
        services.meetings.add(ref, chair, "2026-06-26", place="Brussels", attendees=["Chair Anna"], replaces=first.id)
    services.meetings.add(ref, chair, "2026-06-26", place="Brussels", attendees=["Chair Anna", "Member Bob"],
                          replaces=first.id, reason="The date was wrong; Bob attended.")
    assert [(m.date, m.attendees) for m in services.meetings.list(ref)] == [("2026-06-26", ["Chair Anna", "Member Bob"])]


def test_the_cli_records_and_lists_meetings(sqlite_db, template_path, capsys, monkeypatch):
    from panel_app.services import Services

    sv = Services.for_db(sqlite_db)
    ref = sv.procedures.create_from_template(template_path).result.reference
    sv.members.add(ref, "Chair Anna", "chair", password=PASSWORDS["Chair Anna"])
    monkeypatch.setenv("PANEL_PASSWORD", PASSWORDS["Chair Anna"])
    url = sqlite_db.url
    code = main(["--db", url, "--as", "Chair Anna", "meetings", "add", "--date", "2026-06-25", "--written",
                 "--attendee", "Chair Anna", "--purpose", "sign-off"])
    assert code == 0 and "written procedure" in capsys.readouterr().out
    with pytest.raises(SystemExit) as no_attendee:
        main(["--db", url, "--as", "Chair Anna", "meetings", "add", "--date", "2026-06-25", "--place", "Brussels"])
    assert no_attendee.value.code == 2 and "--attendee" in capsys.readouterr().err
    code = main(["--db", url, "--as", "Chair Anna", "--json", "meetings"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["meetings"][0]["where"] == "written procedure"


def test_the_panel_page_records_a_meeting(qtbot, chair_window):
    from PySide6.QtCore import Qt

    from panel_app.ui.panel.meetings_dialog import MeetingsDialog

    w = chair_window
    dlg = MeetingsDialog(w.state, w)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: bool(dlg.attendees), timeout=10_000)
    qtbot.keyClicks(dlg.place, "Luxembourg, DRB B2/004")
    qtbot.keyClicks(dlg.purpose, "consensus meeting")
    qtbot.mouseClick(dlg.record, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 1, timeout=10_000)
    assert dlg.model.rows[0]["where"] == "Luxembourg, DRB B2/004" and "Recorded" in dlg.status.text()
    assert "Chair Anna" in dlg.model.rows[0]["attendance"]
