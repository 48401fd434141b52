"""Offline packages: export → open on a laptop → declare, score, submit → signed return → import; refusals."""

from __future__ import annotations

import json

import pytest

from panel_app.cli import main
from panel_app.services.edits import CriterionEdit
from tests.workstations.conftest import build_procedure

PASS = "correct horse battery"


def cli(capsys, monkeypatch, *argv: str, password: str | None = None) -> tuple[int, dict]:
    monkeypatch.setenv("PANEL_PACKAGE_PASSPHRASE", PASS)
    if password is not None:
        monkeypatch.setenv("PANEL_PASSWORD", password)
    code = main(["--json", *argv])
    out = capsys.readouterr().out.strip()
    return code, (json.loads(out) if out else {})


@pytest.fixture
def chair_db(tmp_path, template_path):
    from panel_app.services import Services

    url = f"sqlite:///{tmp_path / 'chair.sqlite'}"
    sv = Services.open(url)
    ref, emails = build_procedure(sv, template_path, tmp_path / "box", n_candidates=3)
    sv.db.dispose()
    return url, ref, emails


def export_and_open(capsys, monkeypatch, tmp_path, url) -> tuple[str, dict]:
    pkg, local = tmp_path / "bob.panelpkg", f"sqlite:///{tmp_path / 'local.sqlite'}"
    code, out = cli(capsys, monkeypatch, "--db", url, "--as", "Chair Anna", "package", "export", "--member",
                    "Member Bob", "-o", str(pkg), password="chair-pass")
    assert code == 0 and out["candidates"] == 3
    assert b"Member Bob" not in pkg.read_bytes() and b"%PDF" not in pkg.read_bytes()  # encrypted
    code, opened = cli(capsys, monkeypatch, "--db", local, "package", "open", str(pkg))
    assert code == 0, opened
    return local, opened


def score_offline(capsys, monkeypatch, local, emails, conflict_on=None) -> None:
    as_bob = ("--db", local, "--as", "Member Bob")
    monkeypatch.setenv("PANEL_PASSWORD", PASS)  # on the laptop, Bob signs in with the package's passphrase
    assert cli(capsys, monkeypatch, *as_bob, "declare", "--confidentiality")[0] == 0
    if conflict_on:
        assert cli(capsys, monkeypatch, *as_bob, "declare", "--conflict", conflict_on, "--reason", "my cousin",
                   "--type", "family")[0] == 0
    from panel_app.services import Services

    sv = Services.open(local)
    bob = sv.members.sign_in(sv.procedures.resolve(None), "Member Bob", PASS)
    ref = sv.procedures.resolve(None)
    mine = [c.email for c in sv.scoring.my_candidates(ref, bob)]
    codes = [m.criterion for m in sv.scoring.sheet(ref, bob, mine[0]).marks]
    sv.db.dispose()
    assert cli(capsys, monkeypatch, *as_bob, "scores", "set", "--candidate", mine[0], "--criterion", codes[0],
               "--value", "NA")[0] == 0
    sv = Services.open(local)
    for email in mine:
        for i, code_ in enumerate(codes):
            if email != mine[0] or i:
                sv.scoring.set_mark(ref, bob, email, code_, float(i % 5), na=(i == 0))
    sv.db.dispose()
    assert cli(capsys, monkeypatch, *as_bob, "scores", "submit", "--all")[0] == 0


def chair_marks(url, ref):
    from panel_app.services import Services

    sv = Services.open(url)
    try:
        with sv.db.engine.connect() as con:
            rows = con.exec_driver_sql("SELECT m.name, s.candidate_id, s.criterion_id, s.value, s.na, s.version "
                                       "FROM score s JOIN member m ON m.id = s.member_id ORDER BY 2, 3").fetchall()
            sub = con.exec_driver_sql("SELECT count(*) FROM assessment WHERE status = 'submitted'").scalar()
            key = con.exec_driver_sql("SELECT public_key FROM member WHERE name = 'Member Bob'").scalar()
        return [tuple(r) for r in rows], sub, key
    finally:
        sv.db.dispose()


def test_round_trip_merges_once(chair_db, tmp_path, capsys, monkeypatch):
    url, ref, emails = chair_db
    local, opened = export_and_open(capsys, monkeypatch, tmp_path, url)
    assert opened["reference"] == ref
    assert "BEGIN PUBLIC KEY" in chair_marks(url, ref)[2]  # the chair keeps the member's public key
    score_offline(capsys, monkeypatch, local, emails, conflict_on=emails[2])
    ret = tmp_path / "bob.panelret"
    code, out = cli(capsys, monkeypatch, "--db", local, "--as", "Member Bob", "package", "return", "-o", str(ret),
                    password=PASS)
    assert code == 0 and out["submitted"] == 2
    code, merged = cli(capsys, monkeypatch, "--db", url, "--as", "Chair Anna", "package", "import", str(ret),
                       password="chair-pass")
    assert code == 0 and merged["merged"] == 2 and merged["declarations"] == 1  # the conflict came back too
    rows, submitted, _ = chair_marks(url, ref)
    assert {r[0] for r in rows} == {"Member Bob"} and submitted == 2
    assert len(rows) == 2 * 15 and sum(r[4] for r in rows) == 2  # the N/A stayed N/A, not zero
    code, again = cli(capsys, monkeypatch, "--db", url, "--as", "Chair Anna", "package", "import", str(ret),
                      password="chair-pass")
    assert code == 26 and "already merged" in again["error"]  # a return is merged once
    assert chair_marks(url, ref)[:2] == (rows, submitted)  # nothing changed, not even a version
    code, decl = cli(capsys, monkeypatch, "--db", url, "--as", "Chair Anna", "declare", "--confidentiality",
                     password="chair-pass")
    from panel_app.services import Services

    sv = Services.open(url)
    conflicts = [d for d in sv.scoring.declarations(ref) if d.kind == "conflict"]
    sv.db.dispose()
    assert [d.as_json() for d in conflicts] == [{"member": "Member Bob", "kind": "conflict", "type": "family",
                                                 "candidate": emails[2], "signed_at": conflicts[0].signed_at}]


@pytest.fixture
def returned(chair_db, tmp_path, capsys, monkeypatch):
    url, ref, emails = chair_db
    local, _ = export_and_open(capsys, monkeypatch, tmp_path, url)
    score_offline(capsys, monkeypatch, local, emails)
    ret = tmp_path / "bob.panelret"
    assert cli(capsys, monkeypatch, "--db", local, "--as", "Member Bob", "package", "return", "-o", str(ret),
               password=PASS)[0] == 0
    return url, ref, ret, local


def chair_import(capsys, monkeypatch, url, path) -> tuple[int, dict]:
    return cli(capsys, monkeypatch, "--db", url, "--as", "Chair Anna", "package", "import", str(path),
               password="chair-pass")


def test_a_tampered_file_is_refused(returned, capsys, monkeypatch, tmp_path):
    url, ref, ret, _ = returned
    data = bytearray(ret.read_bytes())
    data[-40] ^= 0x01
    bad = tmp_path / "bad.panelret"
    bad.write_bytes(bytes(data))
    code, err = chair_import(capsys, monkeypatch, url, bad)
    assert code == 25 and "altered" in err["error"]
    assert chair_marks(url, ref)[1] == 0


def _resealed(ret, change) -> bytes:
    """Decrypt with the (known) passphrase, change the signed body, encrypt again: only the signature can tell."""
    from panel_app.services import package_format as fmt

    signed = fmt.unseal(fmt.RETURN_MAGIC, ret.read_bytes(), PASS, "return")
    change(signed)
    return fmt.seal(fmt.RETURN_MAGIC, signed, PASS)


def test_a_forged_mark_fails_the_signature(returned, capsys, monkeypatch, tmp_path):
    url, ref, ret, _ = returned

    def raise_mark(signed):
        signed["body"]["assessments"][0]["marks"][1]["value"] = 4.0

    forged = tmp_path / "forged.panelret"
    forged.write_bytes(_resealed(ret, raise_mark))
    code, err = chair_import(capsys, monkeypatch, url, forged)
    assert code == 25 and "signature" in err["error"]
    assert chair_marks(url, ref)[1] == 0


def test_a_file_from_another_procedure_is_refused(returned, capsys, monkeypatch, tmp_path):
    url, ref, ret, local = returned
    from panel_app.services import Services
    from panel_app.services import package_format as fmt

    sv = Services.open(local)  # re-sign with the member's own key: a genuine file, but for another procedure
    with sv.db.engine.connect() as con:
        key = json.loads(con.exec_driver_sql("SELECT value FROM decision WHERE kind = 'offline_package'").scalar())
    sv.db.dispose()

    def elsewhere(signed):
        signed["body"]["reference"] = "EPSO/AD/999/26"
        signed["signature"] = fmt.sign(signed["body"], key["key"], PASS)

    other = tmp_path / "other.panelret"
    other.write_bytes(_resealed(ret, elsewhere))
    code, err = chair_import(capsys, monkeypatch, url, other)
    assert code == 3 and "belongs to procedure EPSO/AD/999/26" in err["error"]


def test_a_grid_mismatch_is_refused(returned, capsys, monkeypatch):
    url, ref, ret, _ = returned
    from panel_app.services import Services

    sv = Services.open(url)
    chair = sv.members.sign_in(ref, "Chair Anna", "chair-pass")
    crit = next(c for c in sv.grid.grid(ref).criteria if c.code == "S2-DEVOPS")
    sv.grid.update_criterion(ref, "S2-DEVOPS", CriterionEdit(weight=crit.weight + 1), crit.version, chair,
                            reason="typo in the notice")
    sv.db.dispose()
    code, err = chair_import(capsys, monkeypatch, url, ret)
    assert code == 3 and "Grid mismatch" in err["error"]
    assert chair_marks(url, ref)[1] == 0


def test_wrong_passphrase_and_wrong_kind_of_file(returned, capsys, monkeypatch, tmp_path):
    url, ref, ret, _ = returned
    monkeypatch.setenv("PANEL_PASSWORD", "chair-pass")
    code = main(["--json", "--db", url, "--as", "Chair Anna", "package", "import", str(ret), "--passphrase",
                 "not the passphrase"])
    assert code == 25 and "wrong passphrase" in capsys.readouterr().out
    code, err = chair_import(capsys, monkeypatch, url, tmp_path / "bob.panelpkg")
    assert code == 3 and "it is a member package" in err["error"]
