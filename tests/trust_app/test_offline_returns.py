"""Offline returns never overwrite newer marks (issue 14 item 6): the replay of the issue, a second return of the
same package, a return answering an older package, an altered return; each refused with one line and its own
exit code, and the panel's marks left as they were."""

from __future__ import annotations

from panel_app.services import Services
from tests.workstations.test_packages import PASS, chair_import, cli, export_and_open, score_offline


def _bob_mark(url, ref, email, code="S2-DEVOPS"):
    sv = Services.open(url)
    try:
        with sv.db.engine.connect() as con:
            return con.exec_driver_sql(
                "SELECT s.value, a.status FROM score s JOIN member m ON m.id = s.member_id JOIN candidate c ON "
                "c.id = s.candidate_id JOIN criterion k ON k.id = s.criterion_id JOIN assessment a ON "
                "a.member_id = m.id AND a.candidate_id = c.id AND a.stage = s.stage "
                f"WHERE m.name = 'Member Bob' AND c.email = '{email}' AND k.code = '{code}'").one()
    finally:
        sv.db.dispose()


def _reopen_and_correct(url, ref, email, value=4.0):
    sv = Services.open(url)
    try:
        chair = sv.members.sign_in(ref, "Chair Anna", "chair-pass")
        sv.scoring.reopen(ref, chair, "Member Bob", email, "Bob asked to correct S2-DEVOPS")
        bob = sv.members.sign_in(ref, "Member Bob", "bob-pass")
        sv.scoring.set_mark(ref, bob, email, "S2-DEVOPS", value)
    finally:
        sv.db.dispose()


def _submitted_emails(url):
    sv = Services.open(url)
    try:
        with sv.db.engine.connect() as con:
            return sorted(r[0] for r in con.exec_driver_sql(
                "SELECT c.email FROM assessment a JOIN candidate c ON c.id = a.candidate_id JOIN member m ON "
                "m.id = a.member_id WHERE m.name = 'Member Bob' AND a.status = 'submitted'"))
    finally:
        sv.db.dispose()


def test_the_replay_of_an_older_return_is_refused(returned, capsys, monkeypatch, tmp_path):
    url, ref, ret, local = returned
    code, out = chair_import(capsys, monkeypatch, url, ret)
    assert code == 0 and out["merged"] == 3
    email = _submitted_emails(url)[0]
    offline_value = _bob_mark(url, ref, email)[0]
    assert offline_value != 4.0
    _reopen_and_correct(url, ref, email)  # the chair reopens, Bob corrects S2-DEVOPS to 4 (draft)
    assert _bob_mark(url, ref, email) == (4.0, "draft")
    code, out = chair_import(capsys, monkeypatch, url, ret)  # the older .panelret again
    assert code == 26 and "already merged" in out["error"] and "merged once" in out["error"]
    assert _bob_mark(url, ref, email) == (4.0, "draft")  # the newer mark stands
    # a second return of the same package (Bob re-sends from his laptop): named, refused, nothing merged
    again = tmp_path / "again.panelret"
    assert cli(capsys, monkeypatch, "--db", local, "--as", "Member Bob", "package", "return", "-o", str(again),
               password=PASS)[0] == 0
    code, out = chair_import(capsys, monkeypatch, url, again)
    assert code == 26 and email in out["error"] and "merged before" in out["error"]
    assert "and changed since" in out["error"] and "Nothing was merged" in out["error"]
    assert _bob_mark(url, ref, email) == (4.0, "draft")


def test_assessments_changed_since_the_export_are_named(chair_db, capsys, monkeypatch, tmp_path):
    url, ref, emails = chair_db
    sv = Services.open(url)  # before the export, Bob had submitted one candidate online
    bob = sv.members.sign_in(ref, "Member Bob", "bob-pass")
    first = emails[0]
    for c in sv.scoring.sheet(ref, bob, first).marks:
        sv.scoring.set_mark(ref, bob, first, c.criterion, 1.0)
    sv.scoring.submit(ref, bob, first)
    sv.db.dispose()
    local, _ = export_and_open(capsys, monkeypatch, tmp_path, url)
    score_offline(capsys, monkeypatch, local, emails)
    ret = tmp_path / "bob.panelret"
    assert cli(capsys, monkeypatch, "--db", local, "--as", "Member Bob", "package", "return", "-o", str(ret),
               password=PASS)[0] == 0
    _reopen_and_correct(url, ref, first)  # after the export: reopened and re-marked online
    sv = Services.open(url)
    bob = sv.members.sign_in(ref, "Member Bob", "bob-pass")
    sv.scoring.set_mark(ref, bob, emails[1], "S2-DEVOPS", 3.0)  # and another one marked online (draft)
    sv.db.dispose()
    code, out = chair_import(capsys, monkeypatch, url, ret)
    assert code == 26
    assert f"{first} (preselection: reopened since the export)" in out["error"]
    assert f"{emails[1]} (preselection: re-marked in the panel's database since the export)" in out["error"]
    assert emails[2] not in out["error"]
    assert _bob_mark(url, ref, first) == (4.0, "draft") and _submitted_emails(url) == []


def test_a_return_of_an_older_package_is_refused(returned, capsys, monkeypatch, tmp_path):
    url, ref, ret, _ = returned
    newer = tmp_path / "newer.panelpkg"
    assert cli(capsys, monkeypatch, "--db", url, "--as", "Chair Anna", "package", "export", "--member",
               "Member Bob", "-o", str(newer), password="chair-pass")[0] == 0
    code, out = chair_import(capsys, monkeypatch, url, ret)
    assert code == 26 and "a newer one was exported" in out["error"]
    assert _submitted_emails(url) == []


def test_an_altered_return_one_line_and_its_exit_code(returned, capsys, monkeypatch, tmp_path):
    from panel_app.cli import main

    url, ref, ret, _ = returned
    data = bytearray(ret.read_bytes())
    data[len(data) // 2] ^= 0x40
    bad = tmp_path / "bad.panelret"
    bad.write_bytes(bytes(data))
    monkeypatch.setenv("PANEL_PACKAGE_PASSPHRASE", PASS)
    monkeypatch.setenv("PANEL_PASSWORD", "chair-pass")
    code = main(["--db", url, "--as", "Chair Anna", "package", "import", str(bad)])
    err = capsys.readouterr().err
    assert code == 25 and len(err.strip().splitlines()) == 1 and "altered" in err and "Traceback" not in err
    assert _submitted_emails(url) == []
