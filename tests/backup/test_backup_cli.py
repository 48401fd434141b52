"""`panel-app backup`, `panel-app restore` and `--backup FILE` on the steps with legal weight, as a user runs
them: what is printed, exit codes, one line per refusal and never a traceback."""

from __future__ import annotations

import json

import pytest

from panel_app.cli import main

from .conftest import PASSWORDS, make_procedure


@pytest.fixture
def cli(make_db, template_path, capsys, monkeypatch):
    from panel_app.services import Services

    sv = Services.for_db(make_db())
    ref = make_procedure(sv, template_path)

    def run(name, *argv):
        monkeypatch.setenv("PANEL_PASSWORD", PASSWORDS[name])
        code = main(["--db", sv.db.engine.url.render_as_string(hide_password=False), "--as", name, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return sv, ref, run


def test_backup_then_restore_from_the_command_line(cli, tmp_path, monkeypatch):
    sv, ref, run = cli
    ext = ".sqlite" if sv.db.is_sqlite else ".dump"
    target = tmp_path / f"copy{ext}"
    code, out, err = run("Secretary Sam", "backup", "-o", str(target))
    assert code == 0 and err == "" and out.startswith(f"Backed up to {target} at ") and "sha256 " in out
    code, out, _ = run("Chair Anna", "grid", "seal", "--yes", "--backup", str(tmp_path / f"before-seal{ext}"))
    assert code == 0 and out.splitlines()[0].startswith(f"Backed up to {tmp_path / f'before-seal{ext}'}")
    assert "Grid sealed at" in out.splitlines()[1] and sv.grid.grid(ref).sealed

    code, out, _ = run("Chair Anna", "restore", str(target), "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data["procedures"] == [{"reference": ref, "title": sv.procedures.list()[0].title}]
    assert data["taken_by"] == ("Secretary Sam" if sv.db.is_sqlite else None)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, err = run("Chair Anna", "restore", str(target))  # no --yes: said, not done
    assert code == 3 and "Procedures (1): " in out  # like every confirmed step: exit 3, one line
    assert err == "panel-app: Not confirmed: nothing was changed. Add --yes to confirm.\n"
    assert sv.grid.grid(ref).sealed
    code, out, err = run("Chair Anna", "restore", str(target), "--yes")
    assert code == 0 and err == "" and f"from {target}" in out and f"{ref}: Audit chain verified" in out
    assert not sv.grid.grid(ref).sealed
    code, out, _ = run("Chair Anna", "audit", "log", "--kind", "database")
    assert "Chair Anna restored the database from a backup" in out


def test_refusals_are_one_line(cli, tmp_path):
    sv, ref, run = cli
    (tmp_path / "notes.txt").write_text("not a backup")
    code, out, err = run("Chair Anna", "restore", str(tmp_path / "notes.txt"), "--yes")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith("panel-app: notes.txt is not a panel_app backup") and "Traceback" not in err
    code, _, err = run("Member Bob", "backup", "-o", str(tmp_path / "b"))
    assert code == 3 and "only the chair or secretary may" in err and err.count("\n") == 1
    code, _, err = run("Member Bob", "grid", "seal", "--yes", "--backup", str(tmp_path / "b"))
    assert code == 3 and not sv.grid.grid(ref).sealed  # the backup failed: the step was not done
    code, _, err = run("Chair Anna", "backup", "-o", str(tmp_path / "no-such-folder" / "b"))
    assert code == 2 and "does not exist" in err


@pytest.mark.parametrize("make_db", ["postgres"], indirect=True)
def test_without_pg_dump_the_exact_command_is_given(cli, tmp_path, monkeypatch):
    sv, ref, run = cli
    monkeypatch.setattr("panel_app.store.backup_pg.tool", lambda name: None)
    code, _, err = run("Chair Anna", "backup", "-o", str(tmp_path / "b.dump"))
    name = sv.db.engine.url.database
    assert code == 2 and "pg_dump is not installed on this computer" in err
    assert f"pg_dump --format=custom --file '{tmp_path / 'b.dump'}' 'postgresql://postgres@127.0.0.1:5432/{name}'" \
        in err
    assert not (tmp_path / "b.dump").exists()
    code, out, _ = run("Chair Anna", "audit", "log", "--kind", "database")
    assert code == 0 and out.strip() == "No events."
