"""The sign-off refused from the command line while the ranking moved since the freeze: one line on stderr,
exit 3 (refused by the rules); `shortlist --json` names what moved and the marks changed since the freeze."""

from __future__ import annotations

import json

import pytest

from panel_app.cli import main

from .test_shortlist_service import four  # noqa: F401  (a fixture)
from .test_signoff_drift import _remark


@pytest.fixture
def db(sqlite_db):
    return sqlite_db


def test_the_command_line_refuses_the_sign_off_in_one_line(four, capsys, monkeypatch):  # noqa: F811
    sv, ref, emails, actor = four
    sv.panel.freeze(ref, actor("Chair Anna"))
    _remark(sv, ref, actor, emails[3], 4)
    url = sv.db.url
    monkeypatch.setenv("PANEL_PASSWORD", "bob-pass")
    code = main(["--db", url, "--as", "Member Bob", "shortlist", "sign", "--yes"])
    out, err = capsys.readouterr()
    assert code == 3 and out == "" and len(err.strip().splitlines()) == 1, (code, out, err)
    assert "no longer matches the shortlist frozen" in err and f"Member Eva on {emails[3]}: 15 marks" in err
    monkeypatch.setenv("PANEL_PASSWORD", "chair-pass")
    code = main(["--db", url, "--as", "Chair Anna", "shortlist", "--json"])
    sl = json.loads(capsys.readouterr().out)
    assert code == 0 and sl["drift"] and sl["marks_changed_since_freeze"]
