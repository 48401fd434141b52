"""Archive: one file with the procedure's own data, its reports, its audit chain and a manifest; verified, and
refused when anything in it was changed."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zipfile

import pytest

from panel_app.services.archive_read import verify


def _rewrite(src, dst, change):
    """Copy the archive, letting `change(name, data)` return new bytes (or None to drop the part)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info.filename, data)
    return dst


@pytest.fixture
def archived(world, chair, tmp_path):
    sv, ref = world
    out = tmp_path / "proc.panelarchive"
    result = sv.archive.write(ref, chair, out).result
    return sv, ref, out, result


def test_archive_holds_only_this_procedure_with_reports_chain_and_manifest(archived, tmp_path):
    sv, ref, out, result = archived
    assert result.reports == ["eligibility", "panel", "sheets", "shortlist"]
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        manifest = json.loads(z.read("manifest.json"))
        db_bytes = z.read("procedure.sqlite")
        for name in manifest["parts"]:
            assert name in names
        assert z.read("reports/panel.pdf").startswith(b"%PDF")
    from panel_app.store.migrate import HEAD

    assert manifest["schema_revision"] == HEAD and manifest["panel_app_version"]
    assert manifest["audit"]["ok"] is True and manifest["audit"]["events"] > 50
    assert "extract" not in manifest["reports"]
    (tmp_path / "a.sqlite").write_bytes(db_bytes)
    con = sqlite3.connect(tmp_path / "a.sqlite")
    assert con.execute("SELECT reference FROM procedure").fetchall() == [(ref,)]
    assert con.execute("SELECT count(*) FROM document_blob").fetchone()[0] > 0
    assert con.execute("SELECT count(*) FROM signin_guard").fetchone()[0] == 0
    con.close()
    check = verify(out)
    assert check.ok, check.problems
    history = [e.action for e in sv.audit.log(ref, sv.members.sign_in(ref, "Chair Anna", "chair-pass"))]
    assert "archive.written" in history


def test_a_changed_report_is_refused_naming_the_part(archived, tmp_path):
    _sv, _ref, out, _ = archived
    bad = _rewrite(out, tmp_path / "bad.panelarchive",
                   lambda n, d: d.replace(b"%PDF", b"%PDF\n% edited", 1) if n == "reports/panel.pdf" else d)
    check = verify(bad)
    assert not check.ok
    assert check.problems[0].startswith("the part reports/panel.pdf does not match the manifest")


def test_a_missing_part_and_a_newer_version_are_refused(archived, tmp_path):
    _sv, _ref, out, _ = archived
    missing = _rewrite(out, tmp_path / "m.panelarchive", lambda n, d: None if n == "audit/chain.json" else d)
    assert verify(missing).problems == ["the part audit/chain.json is missing"]

    def newer(n, d):
        if n != "manifest.json":
            return d
        m = json.loads(d)
        m["schema_revision"] = "0099"
        return json.dumps(m).encode()

    check = verify(_rewrite(out, tmp_path / "n.panelarchive", newer))
    assert check.problems and "written by a newer panel_app (schema 0099" in check.problems[0]
    truncated = tmp_path / "t.panelarchive"
    truncated.write_bytes(out.read_bytes()[:5000])
    assert "not a panel_app archive" in verify(truncated).problems[0]


def test_a_database_edited_and_rehashed_in_the_manifest_is_caught_by_the_chain(archived, tmp_path):
    """Whoever edits a mark in the archived database and fixes the manifest's sha256 is caught by the replay."""
    _sv, _ref, out, _ = archived
    work = tmp_path / "x.sqlite"
    with zipfile.ZipFile(out) as z:
        work.write_bytes(z.read("procedure.sqlite"))
    con = sqlite3.connect(work)
    con.execute("UPDATE score SET value = 0 WHERE id = (SELECT min(id) FROM score)")
    con.commit()
    con.close()
    data = work.read_bytes()

    def swap(n, d):
        if n == "procedure.sqlite":
            return data
        if n == "manifest.json":
            import hashlib

            m = json.loads(d)
            m["parts"]["procedure.sqlite"] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
            return json.dumps(m).encode()
        return d

    check = verify(_rewrite(out, tmp_path / "e.panelarchive", swap))
    assert not check.ok
    assert any(p.startswith("audit chain: state: the mark of") for p in check.problems), check.problems


def test_cli_archive_and_verify(archived, tmp_path):
    _sv, _ref, out, _ = archived
    ok = subprocess.run([sys.executable, "-m", "panel_app.cli", "archive", "verify", str(out)],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "verified" in ok.stdout
    bad = _rewrite(out, tmp_path / "bad.panelarchive", lambda n, d: None if n == "reports/sheets.pdf" else d)
    r = subprocess.run([sys.executable, "-m", "panel_app.cli", "archive", "verify", str(bad)],
                       capture_output=True, text=True)
    assert r.returncode == 25
    assert r.stderr.strip().splitlines() == [
        "panel-app: The archive bad.panelarchive is refused: the part reports/sheets.pdf is missing. Nothing was "
        "opened. Run `panel-app archive verify FILE` for every problem."]
