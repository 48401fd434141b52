"""`panel-app scores export|import` over the same service: exit 0, a refusal exits 3, a bad sheet exits 2
with every bad row on stderr."""

from __future__ import annotations

from panel_app.cli import main

from .conftest import PASSWORDS, who
from .helpers import fill, my_marks, write_csv


def run(db, name, *args, monkeypatch) -> int:
    monkeypatch.setenv("PANEL_PASSWORD", PASSWORDS[name])
    return main(["--db", db.url, "--as", name, "scores", *args])


def test_cli_export_then_import(scoring, tmp_path, monkeypatch, capsys):
    sv, ref, emails = scoring
    f = tmp_path / "bob.xlsx"
    assert run(sv.db, "Member Bob", "export", "-o", str(f), monkeypatch=monkeypatch) == 0
    assert "4 candidates × 15 criteria" in capsys.readouterr().out
    fill(f, {(emails[0], "S1-DEGREE"): 3, (emails[0], "A3-NUTANIX"): "NA"})
    assert run(sv.db, "Member Bob", "import", str(f), monkeypatch=monkeypatch) == 0
    assert "Applied 2 marks" in capsys.readouterr().out
    assert my_marks(sv, ref, who(sv, ref, "Member Bob"), emails[0]) == {"S1-DEGREE": (3, False, ""),
                                                                         "A3-NUTANIX": (None, True, "")}


def test_cli_refusal_exits_3_and_bad_sheet_exits_2(scoring, tmp_path, monkeypatch, capsys):
    sv, ref, emails = scoring
    assert run(sv.db, "Secretary Sam", "export", "-o", str(tmp_path / "s.xlsx"), monkeypatch=monkeypatch) == 3
    assert "secretary does not score" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    write_csv(bad, [[emails[0], "S1-DEGREE", "3", ""], [emails[0], "S2-DEVOPS", "7", ""],
                    ["ghost@x.eu", "S1-DEGREE", "2", ""]])
    assert run(sv.db, "Member Eva", "import", str(bad), monkeypatch=monkeypatch) == 2
    err = capsys.readouterr().err
    assert "row 3: value 7 is outside 0–4" in err and "row 4: unknown candidate ghost@x.eu" in err
    assert my_marks(sv, ref, who(sv, ref, "Member Eva"), emails[0]) == {}
