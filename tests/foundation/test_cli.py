"""The `panel-app` command as a script would use it: JSON out, exit codes, one-line reasons."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from panel_app.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'cli.sqlite'}"


def test_create_and_list_json(capsys, url, template_path):
    code, out, _ = run(capsys, "--db", url, "procedure", "create", "--template", str(template_path), "--json")
    assert code == 0 and json.loads(out)["reference"] == "DIGIT/COM/2026/1039"
    code, out, _ = run(capsys, "procedure", "list", "--json", "--db", url)
    assert code == 0
    assert [p["reference"] for p in json.loads(out)] == ["DIGIT/COM/2026/1039"]


def test_grid_json_contract(capsys, url, template_path):
    run(capsys, "--db", url, "procedure", "create", "--template", str(template_path))
    code, out, _ = run(capsys, "--db", url, "grid", "--json")
    g = json.loads(out)
    assert code == 0
    assert g["deadline"] == "2026-06-12T12:00:00+02:00"
    assert g["pass_mark"] == 60.0 and g["best_n"] == 8 and g["tie_break"][0] == "S2-DEVOPS"
    for c in g["criteria"]:
        assert {"code", "group", "stage", "kind", "weight", "scale", "minimum"} <= set(c)
        assert c["stage"] in ("eligibility", "preselection", "interview")
        assert c["kind"] in ("pass_fail", "scored")
        if c["kind"] == "scored":
            assert set(c["scale"]["anchors"]) == {"0", "1", "2", "3", "4"}


def test_members_bootstrap_and_refusals(capsys, url, template_path, monkeypatch):
    run(capsys, "--db", url, "procedure", "create", "--template", str(template_path))
    monkeypatch.setenv("PANEL_PASSWORD", "chair-secret")
    assert run(capsys, "--db", url, "members", "add", "Anna", "--role", "chair")[0] == 0
    code, _, err = run(capsys, "--db", url, "members", "add", "Bob", "--role", "member")
    assert code == 3 and "--as NAME" in err and "Traceback" not in err
    monkeypatch.setenv("PANEL_PASSWORD", "wrong")
    code, _, err = run(capsys, "--db", url, "--as", "Anna", "grid", "seal")
    assert code == 20 and "Wrong password" in err
    monkeypatch.setenv("PANEL_PASSWORD", "chair-secret")
    monkeypatch.setenv("PANEL_NEW_PASSWORD", "bob-secret")
    code, out, _ = run(capsys, "--db", url, "--as", "Anna", "members", "add", "Bob", "--role", "member", "--json")
    assert code == 0 and json.loads(out)["voting"] is True
    code, out, err = run(capsys, "--db", url, "--as", "Anna", "grid", "seal", "--json")
    assert code == 3 and err == "panel-app: Not confirmed: nothing was changed. Add --yes to confirm.\n"
    assert json.loads(out)["kind"] == "Refused"
    code, out, _ = run(capsys, "--db", url, "--as", "Anna", "grid", "--json")
    assert json.loads(out)["sealed"] is False
    code, out, _ = run(capsys, "--db", url, "--as", "Anna", "grid", "seal", "--json", "--yes")
    assert code == 0 and len(json.loads(out)["grid_hash"]) == 64
    code, _, err = run(capsys, "--db", url, "--as", "Anna", "grid", "set", "S3-CICD", "weight=3")
    assert code == 3 and "needs a reason" in err
    code, out, _ = run(capsys, "--db", url, "--as", "Anna", "grid", "set", "S3-CICD", "weight=3",
                       "--reason", "agreed correction", "--json")
    assert code == 0 and json.loads(out)["weight"] == 3


def test_bad_template_exit_code_and_message(capsys, url, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[procedure]\nreference = "X"\ntitle = "t"\ndeadline = "soon"\ntimezone = "Europe/Brussels"\n')
    code, _, err = run(capsys, "--db", url, "procedure", "create", "--template", str(bad))
    assert code == 2 and "procedure.deadline" in err and "line 4" in err


def test_unreachable_db_message(capsys):
    code, _, err = run(capsys, "--db", "postgresql+psycopg://x@127.0.0.1:1/none", "procedure", "list")
    assert code == 2 and "Cannot reach the database" in err


def test_console_script_runs_headless(url, template_path):
    out = subprocess.run([sys.executable, "-m", "panel_app.cli", "--db", url, "procedure", "create",
                          "--template", str(template_path), "--json"], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["deadline"] == "2026-06-12T12:00:00+02:00"
