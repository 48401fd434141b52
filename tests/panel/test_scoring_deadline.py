"""The scoring deadline (issue 18): the procedure sets it (Procedure page, `procedure set`), the chair's
progress view and the reminders name it, and a member who has not submitted everything once it has passed
shows as late. It is a target, never a lock: a mark saved after it is kept."""

from __future__ import annotations

import email
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt

from panel_app.domain.errors import UserFacingError
from panel_app.services.edits import SettingsEdit
from panel_app.services.reminders import reminder_eml

from .conftest import PASSWORDS, everyone, give


@pytest.fixture
def db(sqlite_db):
    return sqlite_db


def _set(sv, ref, actor, when):
    st = sv.procedures.settings(ref)
    return sv.procedures.update_settings(ref, SettingsEdit(scoring_deadline_utc=when), st.version, actor)


def test_a_passed_deadline_makes_the_unfinished_members_late_and_the_reminder_says_so(panel):
    sv, ref, emails, actor = panel
    chair = actor("Chair Anna")
    everyone(sv, ref, emails[0], 3)
    give(sv, ref, "Member Bob", emails[1], 2)
    assert not any(p.late for p in sv.marks.member_progress(ref, chair))  # no deadline: nobody is late
    past = datetime.now(UTC) - timedelta(days=2)
    st = sv.procedures.settings(ref)
    assert past > st.deadline_utc
    _set(sv, ref, chair, past)
    rows = {p.name: p for p in sv.marks.member_progress(ref, chair)}
    assert rows["Member Bob"].late and rows["Member Eva"].late
    body = email.message_from_bytes(reminder_eml(sv.marks, ref, chair, "Member Eva")).get_payload(decode=True)
    assert "scoring deadline is" in body.decode() and "has passed" in body.decode()
    # a target, never a lock: Eva still saves and submits after it, and is no longer late
    for e in emails[1:]:
        give(sv, ref, "Member Eva", e, 3)
    assert not {p.name: p for p in sv.marks.member_progress(ref, chair)}["Member Eva"].late
    events = [e for e in sv.procedures.audit_trail(ref, "procedure.settings") if "scoring_deadline_utc" in e.after]
    assert events and events[-1].actor == "Chair Anna"


def test_a_scoring_deadline_before_the_applications_deadline_is_refused(panel):
    sv, ref, _emails, actor = panel
    st = sv.procedures.settings(ref)
    with pytest.raises(UserFacingError, match="after the deadline for applications"):
        _set(sv, ref, actor("Chair Anna"), st.deadline_utc - timedelta(hours=1))
    assert sv.procedures.settings(ref).scoring_deadline_utc is None  # nothing changed
    with pytest.raises(Exception, match="chair|secretary"):
        _set(sv, ref, actor("Member Bob"), st.deadline_utc + timedelta(days=30))


def test_the_cli_sets_and_removes_it(panel, sqlite_db):
    sv, ref, _emails, actor = panel
    env = {**os.environ, "PANEL_PASSWORD": PASSWORDS["Chair Anna"]}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "panel_app.cli", "--db", sqlite_db.url, "--procedure", ref,
                               "--as", "Chair Anna", *args], capture_output=True, text=True, env=env)

    r = run("procedure", "set", "--scoring-deadline", "2099-01-15 17:00")
    assert r.returncode == 0, r.stderr
    assert "15.01.2099 17:00" in r.stdout and r.stderr == ""
    st = sv.procedures.settings(ref)
    assert st.scoring_deadline_utc == datetime(2099, 1, 15, 16, 0, tzinfo=UTC)  # 17:00 in Brussels
    r = run("procedure", "set", "--scoring-deadline", "15/01/2099")
    assert r.returncode != 0 and "is not a date" in (r.stdout + r.stderr) and "Traceback" not in r.stderr
    r = run("--json", "procedure", "set", "--scoring-deadline", "none")
    assert r.returncode == 0 and json.loads(r.stdout)["scoring_deadline"] is None


def test_the_procedure_page_sets_it_and_the_progress_view_names_it(qtbot, panel):
    from panel_app.ui.pages.panel_page import PanelPage
    from panel_app.ui.pages.procedure_page import ProcedurePage
    from panel_app.ui.state import AppState

    sv, ref, emails, actor = panel
    give(sv, ref, "Member Bob", emails[0], 2)
    state = AppState(sv)
    page = ProcedurePage(state)
    qtbot.addWidget(page)
    page.show()
    state.set_procedure(ref)
    state.set_actor(actor("Chair Anna"))
    qtbot.waitUntil(lambda: page.settings is not None)
    assert not page.scoring_deadline_set.isChecked() and not page.scoring_deadline.isEnabled()
    qtbot.mouseClick(page.scoring_deadline_set, Qt.MouseButton.LeftButton)
    assert page.scoring_deadline.isEnabled()
    page.scoring_deadline.setDateTime(QDateTime(2099, 3, 1, 12, 0, 0))
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.saved.text().startswith("Saved at"))
    assert sv.procedures.settings(ref).scoring_deadline_local.startswith("01.03.2099 12:00")

    panel_page = PanelPage(state)
    qtbot.addWidget(panel_page)
    panel_page.show()
    panel_page.refresh()
    note = panel_page.progress_box.deadline
    qtbot.waitUntil(lambda: "Scoring deadline: 01.03.2099 12:00 (Europe/Brussels)" in note.text())
    assert "left" in note.text()
