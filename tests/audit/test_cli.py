"""`panel-app audit verify` and `audit log` as a user runs them: exit codes, one line per finding, JSON,
the visibility rules of the history, before/after in words, times in the procedure's zone."""

from __future__ import annotations

import json

from panel_app.cli import main
from tests.panel.conftest import give

PASSWORDS = {"Chair Anna": "chair-pass", "Member Bob": "bob-pass", "Member Eva": "eva-pass",
             "Secretary Sam": "sam-pass", "Observer Olga": "olga-pass"}


def run(capsys, monkeypatch, sv, name, *argv):
    monkeypatch.setenv("PANEL_PASSWORD", PASSWORDS[name])
    code = main(["--db", sv.db.engine.url.render_as_string(hide_password=False), "--as", name, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_verify_clean_then_tampered(scored, raw, capsys, monkeypatch):
    sv, ref, emails, _ = scored
    code, out, _ = run(capsys, monkeypatch, sv, "Observer Olga", "audit", "verify")
    assert code == 0 and out.startswith("Audit chain verified: ") and out.count("\n") == 1
    code, _, err = run(capsys, monkeypatch, sv, "Member Bob", "audit", "verify")
    assert code == 3 and "only the chair or secretary or observer" in err and err.count("\n") == 1

    raw("UPDATE member SET role = 'secretary', voting = false WHERE name = 'Member Bob'")
    raw("DELETE FROM audit_event WHERE seq = 12")
    code, out, err = run(capsys, monkeypatch, sv, "Secretary Sam", "audit", "verify")
    lines = out.strip().splitlines()
    assert code == 4 and err == ""
    assert lines[0].startswith("deleted: event #12: expected present, found missing")
    assert "state: member Member Bob: expected role 'member', found 'secretary'" in lines
    code, out, _ = run(capsys, monkeypatch, sv, "Chair Anna", "audit", "verify", "--json")
    data = json.loads(out)
    assert code == 4 and data["ok"] is False and len(data["findings"]) == len(lines)
    assert {"kind", "where", "expected", "found", "line"} <= set(data["findings"][0])

    code, out, err = run(capsys, monkeypatch, sv, "Chair Anna", "shortlist", "freeze", "--yes")
    assert code == 4 and err.count("\n") == 1 and "deleted: event #12" in err and "Traceback" not in err


def test_log_hides_marks_until_own_submission(panel, capsys, monkeypatch):
    sv, ref, emails, actor = panel
    e = emails[0]
    give(sv, ref, "Member Eva", e, 3)
    give(sv, ref, "Member Bob", e, 2, submit=False)

    code, out, _ = run(capsys, monkeypatch, sv, "Member Bob", "audit", "log", "--candidate", e, "--json")
    rows = json.loads(out)
    assert code == 0 and "Member Bob" in {r["actor"] for r in rows} and "Member Eva" not in {r["actor"] for r in rows}
    code, out, _ = run(capsys, monkeypatch, sv, "Chair Anna", "audit", "log", "--candidate", e, "--kind", "score")
    assert code == 0 and out.strip() == "No events."  # the chair sees progress, not marks, before everyone
    code, out, _ = run(capsys, monkeypatch, sv, "Chair Anna", "audit", "log", "--candidate", e)
    assert "Member Eva submitted an assessment" in out and "marked" not in out

    sv.scoring.submit(ref, actor("Member Bob"), e)
    code, out, _ = run(capsys, monkeypatch, sv, "Member Bob", "audit", "log", "--candidate", e, "--member",
                       "Member Eva", "--kind", "score")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 15 and all("Member Eva marked " + e in x for x in lines)
    assert "/ S2-DEVOPS: value 3; na no; comment ''" in out
    assert " Europe/Brussels  Member Eva" in lines[0]

    give(sv, ref, "Chair Anna", e, 4)
    code, out, _ = run(capsys, monkeypatch, sv, "Observer Olga", "audit", "log", "--candidate", e, "--kind",
                       "score", "--json")
    assert code == 0 and {r["actor"] for r in json.loads(out)} == {"Member Eva", "Member Bob", "Chair Anna"}


def test_log_before_after_in_words_and_since(scored, capsys, monkeypatch):
    sv, ref, emails, actor = scored
    chair = actor("Chair Anna")
    sv.members.update(ref, "Member Eva", {"voting": False}, sv.members.list(ref)[2].version, chair)
    code, out, _ = run(capsys, monkeypatch, sv, "Secretary Sam", "audit", "log", "--member", "Member Eva",
                       "--kind", "member")
    assert code == 0
    assert out.strip().splitlines()[-1].endswith("Chair Anna changed a panel member (Member Eva): voting yes → no; "
                                                 "version 1 → 2") or "voting yes → no" in out
    code, out, _ = run(capsys, monkeypatch, sv, "Secretary Sam", "audit", "log", "--since", "2999-01-01")
    assert code == 0 and out.strip() == "No events."
    code, _, err = run(capsys, monkeypatch, sv, "Secretary Sam", "audit", "log", "--since", "yesterday")
    assert code == 2 and "--since 'yesterday' is not a date or time" in err
