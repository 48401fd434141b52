"""The procedure sets the language of its reports (issue 20 part 4): English unless set; kept, audited, shown on
the Procedure page and by `procedure set --report-language`. The reports themselves: tests/reports/test_report_languages.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from panel_app.domain.errors import UserFacingError
from panel_app.services.edits import SettingsEdit


def _chair(services, ref):
    return services.members.sign_in(ref, "Chair Anna", "chair-pass")


def test_reports_are_in_english_unless_the_procedure_sets_another_language(services, procedure):
    st = services.procedures.settings(procedure)
    assert st.report_language == "en"
    out = services.procedures.update_settings(procedure, SettingsEdit(report_language="FR"), st.version,
                                              _chair(services, procedure)).result
    assert out.report_language == "fr" and out.version == st.version + 1
    events = [e for e in services.audit.log(procedure, _chair(services, procedure)) if "report language" in e.change]
    assert events and "'en' → 'fr'" in events[-1].change  # the change is in the audit trail


def test_an_unknown_report_language_is_refused_and_changes_nothing(services, procedure):
    st = services.procedures.settings(procedure)
    with pytest.raises(UserFacingError, match="'klingon' is not a report language"):
        services.procedures.update_settings(procedure, SettingsEdit(report_language="klingon"), st.version,
                                            _chair(services, procedure))
    after = services.procedures.settings(procedure)
    assert after.report_language == "en" and after.version == st.version


def test_the_command_line_sets_it_in_one_line(sqlite_db, template_path):
    from panel_app.services import Services

    sv = Services.for_db(sqlite_db)
    ref = sv.procedures.create_from_template(template_path).result.reference
    sv.members.add(ref, "Chair Anna", "chair", password="chair-pass")
    env = {**os.environ, "PANEL_PASSWORD": "chair-pass"}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "panel_app.cli", "--db", sqlite_db.url, "--procedure", ref,
                               "--as", "Chair Anna", *args], capture_output=True, text=True, env=env)

    r = run("--json", "procedure", "set", "--report-language", "de")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"reference": ref, "report_language": "de"}
    r = run("procedure", "set", "--report-language", "xx")
    assert r.returncode == 2 and "'xx' is not a report language" in r.stderr + r.stdout
    assert "Traceback" not in r.stderr
    assert sv.procedures.settings(ref).report_language == "de"


def test_the_procedure_page_shows_and_saves_it(qtbot, chair_window):
    page = chair_window.page("Procedure")
    chair_window.go_to("Procedure")
    qtbot.waitUntil(lambda: page.settings is not None)
    assert page.report_language.currentData() == "en"
    assert [page.report_language.itemText(i) for i in range(3)] == ["English", "Français", "Deutsch"]
    page.report_language.setCurrentIndex(page.report_language.findData("de"))
    page.save.click()
    qtbot.waitUntil(lambda: "Saved" in page.saved.text())
    sv = chair_window.state.services
    assert sv.procedures.settings(chair_window.state.reference).report_language == "de"
