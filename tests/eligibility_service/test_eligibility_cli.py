"""`panel-app eligibility …` as a script or the secretary at a terminal would use it."""

from __future__ import annotations

import json

import pytest

from panel_app.cli import main
from panel_app.services import Services

from .fixtures import write_cases


@pytest.fixture
def url(tmp_path, template_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    sv = Services.open(url)
    ref = sv.procedures.create_from_template(template_path).result.reference
    sv.members.add(ref, "Chair Anna", "chair", password="chair-pass")
    chair = sv.members.sign_in(ref, "Chair Anna", "chair-pass")
    sv.members.add(ref, "Secretary Sam", "secretary", chair, password="sam-pass")
    sv.members.add(ref, "Member Bob", "member", chair, password="bob-pass")
    sv.intake.import_paths(ref, [write_cases(tmp_path / "mail")], chair, workers=1)
    sv.db.dispose()
    monkeypatch.setenv("PANEL_PASSWORD", "sam-pass")
    return url


def run(capsys, url, *argv, who="Secretary Sam"):
    code = main(["--db", url, "--as", who, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_matrix_json_and_text(capsys, url):
    code, out, _ = run(capsys, url, "eligibility", "--json")
    m = json.loads(out)
    assert code == 0 and len(m) == 6
    assert {"id", "candidate", "suggested", "checks", "overall", "excluded", "article29", "warnings"} <= set(m[0])
    code, out, _ = run(capsys, url, "eligibility", "--only-to-verify", "--json")
    assert {r["candidate"]["email"] for r in json.loads(out)} == {"level.unknown@example.eu", "encrypted@example.eu"}
    code, out, _ = run(capsys, url, "eligibility")
    line = next(x for x in out.splitlines() if "non.eu@example.eu" in x)
    assert "not eligible" in line and "E-NATIONALITY ✗ not met*" in line and "E-DIPLOMA" not in line


def test_decide_exclude_readmit_article29(capsys, url):
    code, _, err = run(capsys, url, "eligibility", "decide", "--candidate", "level.unknown@example.eu",
                       "--criterion", "E-LANG-SECOND", "--value", "not_met")
    assert code == 2 and "E-LANG-SECOND" in err and "reason" in err and "Traceback" not in err
    code, out, _ = run(capsys, url, "eligibility", "decide", "--candidate", "level.unknown@example.eu",
                       "--criterion", "E-LANG-SECOND", "--value", "met", "--reason", "Certificate C1", "--json")
    row = json.loads(out)
    assert code == 0 and row["overall"] == "eligible"
    assert next(c for c in row["checks"] if c["criterion"] == "E-LANG-SECOND")["decided_by"] == "Secretary Sam"
    code, out, _ = run(capsys, url, "eligibility", "exclude", "--candidate", "late@example.eu",
                       "--reason", "Late")
    assert code == 0 and "excluded from scoring: Late" in out
    code, out, _ = run(capsys, url, "eligibility", "readmit", "--candidate", "late@example.eu",
                       "--reason", "Deadline extended", "--json")
    assert code == 0 and json.loads(out)["excluded"] is False
    code, out, _ = run(capsys, url, "eligibility", "article29", "--candidate", "eligible@example.eu",
                       "--category", "laureate", "--evidence", "EPSO/AD/400/22 reserve list", "--json")
    assert code == 0 and json.loads(out)["article29"] == "laureate"
    code, out, _ = run(capsys, url, "eligibility", "counts", "--json")
    assert json.loads(out) == {"received": 6, "on_time": 5, "eligible": 2, "not_eligible": 3, "to_verify": 1,
                               "excluded": 0}


def test_refusals_have_exit_codes(capsys, url, monkeypatch):
    monkeypatch.setenv("PANEL_PASSWORD", "bob-pass")
    code, _, err = run(capsys, url, "eligibility", "exclude", "--candidate", "late@example.eu", "--reason", "x",
                       who="Member Bob")
    assert code == 3 and "Member Bob" in err
    monkeypatch.setenv("PANEL_PASSWORD", "sam-pass")
    code, out, _ = run(capsys, url, "eligibility", "exclude", "--candidate", "nobody@example.eu", "--reason", "x",
                       "--json")
    assert code == 4 and "nobody@example.eu" in json.loads(out)["error"]
