"""Blind until one's own submission, through the CLI and the offline score sheet too (not only services)."""

from __future__ import annotations

import json

import openpyxl

from panel_app.cli import main

from .conftest import PASSWORDS, who
from .test_scoring_rules import mark_all


def test_cli_list_and_export_show_only_own_marks_before_submission(scoring, tmp_path, capsys, monkeypatch):
    sv, ref, emails = scoring
    if sv.db.is_sqlite is False:
        return  # the CLI opens its own connection: exercised on the SQLite file
    url = sv.db.url
    bob, eva = who(sv, ref, "Member Bob"), who(sv, ref, "Member Eva")
    mark_all(sv, ref, bob, emails[0], 4)
    sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 1, comment="Bob's private view")
    sv.scoring.submit(ref, bob, emails[0])
    sv.scoring.set_mark(ref, eva, emails[0], "S2-DEVOPS", 3)

    monkeypatch.setenv("PANEL_PASSWORD", PASSWORDS["Member Eva"])
    capsys.readouterr()
    assert main(["--db", url, "--as", "Member Eva", "scores", "list", "--candidate", emails[0], "--json"]) == 0
    seen = json.loads(capsys.readouterr().out)
    assert seen and {m["member"] for m in seen} == {"Member Eva"}
    assert "Bob's private view" not in json.dumps(seen)

    sheet = tmp_path / "eva.xlsx"
    assert main(["--db", url, "--as", "Member Eva", "scores", "export", "-o", str(sheet)]) == 0
    wb = openpyxl.load_workbook(sheet)
    text = json.dumps([[c.value for c in row] for ws in wb.worksheets for row in ws.iter_rows()], default=str)
    assert "Bob's private view" not in text and "Member Bob" not in text

    mark_all(sv, ref, eva, emails[0], 3)
    sv.scoring.submit(ref, eva, emails[0])
    capsys.readouterr()
    assert main(["--db", url, "--as", "Member Eva", "scores", "list", "--candidate", emails[0], "--json"]) == 0
    seen = json.loads(capsys.readouterr().out)
    assert {m["member"] for m in seen} == {"Member Bob", "Member Eva"}
