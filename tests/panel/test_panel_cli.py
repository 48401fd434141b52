"""The panel commands as a script would call them: exact JSON, refusals exit 3 with one line."""

from __future__ import annotations

import json

from panel_app.cli import main

from .conftest import everyone, give


def run(capsys, monkeypatch, sv, name, password, *argv):
    monkeypatch.setenv("PANEL_PASSWORD", password)
    url = sv.db.engine.url.render_as_string(hide_password=False)
    code = main(["--db", url, "--as", name, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_ranking_consensus_shortlist_outcome(panel, capsys, monkeypatch):
    sv, ref, emails, _actor = panel
    for e, v in zip(emails[:3], (4, 3, 3), strict=True):
        everyone(sv, ref, e, v, {"Member Eva": {"S4-CONTAINERS": 1}} if e == emails[1] else None)
    give(sv, ref, "Member Eva", emails[3], 2)
    give(sv, ref, "Chair Anna", emails[3], 2)
    give(sv, ref, "Member Bob", emails[3], 2, submit=False)

    code, out, err = run(capsys, monkeypatch, sv, "Member Bob", "bob-pass", "ranking", "--json")
    assert code == 3 and err.count("\n") == 1 and "has not submitted 1 assessment" in err
    assert json.loads(out)["kind"] == "Refused"
    code, out, _ = run(capsys, monkeypatch, sv, "Chair Anna", "chair-pass", "shortlist", "freeze", "--yes")
    assert code == 3

    code, out, _ = run(capsys, monkeypatch, sv, "Member Eva", "eva-pass", "ranking", "--stage", "preselection", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["status"] for r in rows] == ["invited", "invited", "invited", "pending"]
    assert rows[1]["candidate"] == emails[2] and rows[2]["divergent"] == ["S4-CONTAINERS"]

    code, _, _ = run(capsys, monkeypatch, sv, "Member Bob", "bob-pass", "scores", "submit", "--all")
    assert code == 0
    code, _, err = run(capsys, monkeypatch, sv, "Chair Anna", "chair-pass", "consensus", "set", "--candidate",
                       emails[1], "--criterion", "S4-CONTAINERS", "--value", "3", "--reason", "")
    assert code == 3 and "justification" in err  # mean 7/3, agreed 3
    code, out, _ = run(capsys, monkeypatch, sv, "Chair Anna", "chair-pass", "consensus", "set", "--candidate",
                       emails[1], "--criterion", "S4-CONTAINERS", "--value", "3", "--reason", "as discussed")
    assert code == 0 and "consensus 3" in out
    code, out, _ = run(capsys, monkeypatch, sv, "Chair Anna", "chair-pass", "shortlist", "freeze", "--yes")
    assert code == 0 and "frozen" in out
    code, _, _ = run(capsys, monkeypatch, sv, "Member Bob", "bob-pass", "shortlist", "sign", "--yes")
    assert code == 0
    code, _, err = run(capsys, monkeypatch, sv, "Member Bob", "bob-pass", "shortlist", "sign", "--yes")
    assert code == 3 and "already signed" in err
    code, out, _ = run(capsys, monkeypatch, sv, "Member Eva", "eva-pass", "shortlist", "--json")
    sl = json.loads(out)
    assert code == 0 and sl["frozen"] and [s["member"] for s in sl["signoffs"]] == ["Member Bob"]
    assert set(sl) >= {"rule", "pass_mark", "best_n", "tie_break", "ties_at_cut", "article29", "invited",
                       "not_invited_counts", "frozen", "frozen_at", "signoffs", "reasons_edited"}
    code, _, err = run(capsys, monkeypatch, sv, "Chair Anna", "chair-pass", "shortlist", "freeze", "--yes")
    assert code == 3 and "needs a reason" in err
    for e, v in zip(emails[:3], (4, 3, 1), strict=True):
        everyone(sv, ref, e, v, stage="interview")
    code, out, _ = run(capsys, monkeypatch, sv, "Chair Anna", "chair-pass", "outcome", "--candidate", emails[1],
                       "--reserve", "--valid-until", "2027-12-31")
    assert code == 0 and "valid until 2027-12-31" in out
    code, _, err = run(capsys, monkeypatch, sv, "Chair Anna", "chair-pass", "outcome", "--candidate", emails[2],
                       "--recommended")
    assert code == 3 and "did not pass the interview" in err
