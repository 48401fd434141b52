"""The records commands as a script runs them: one line per refusal, exit codes, confirmation by --yes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest


@pytest.fixture
def db(sqlite_db):  # the commands are run on the SQLite file
    return sqlite_db


def _cli(url, *args, password="chair-pass"):
    env = dict(os.environ, PANEL_PASSWORD=password)
    return subprocess.run([sys.executable, "-m", "panel_app.cli", "--db", url, "--as", "Chair Anna", *args],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)


def test_close_hold_and_retention_from_the_command_line(world, tmp_path):
    sv, ref = world
    url = sv.db.url
    r = _cli(url, "close", "--reason", "done", "--yes")
    assert r.returncode == 3 and r.stderr.startswith(f"panel-app: Archive {ref} before closing it")
    assert _cli(url, "archive", "-o", str(tmp_path / "a.panelarchive")).returncode == 0
    r = _cli(url, "close", "--reason", "Recruitment completed")
    assert r.returncode == 3 and "Not confirmed: nothing was changed. Add --yes to confirm." in r.stderr
    r = _cli(url, "close", "--reason", "Recruitment completed", "--yes")
    assert r.returncode == 0 and f"{ref} closed by Chair Anna" in r.stdout
    later = date.today().replace(year=date.today().year + 3).isoformat()
    r = _cli(url, "hold", "set", "--reason", "Ombudsman 1234/2027", "--yes")
    assert r.returncode == 0 and r.stdout.startswith("Set legal hold #1 on the whole procedure")
    r = _cli(url, "retention", "--dry-run", "--as-of", later)
    assert r.returncode == 0
    assert "BLOCKED by legal hold #1 on the procedure (Ombudsman 1234/2027, set by Chair Anna)" in r.stdout
    assert "not recruited: kept 2 year(s) after the procedure closed on" in r.stdout
    r = _cli(url, "retention", "--apply", "--yes", "--as-of", later)
    assert r.returncode == 3
    assert r.stderr.splitlines() == [f"panel-app: The retention run of {ref} is blocked by legal hold #1 on the "
                                     "procedure (Ombudsman 1234/2027, set by Chair Anna): nothing was deleted. Lift "
                                     "the hold (panel-app hold lift ID --reason …) when it ends."]
    assert _cli(url, "hold", "lift", "1", "--reason", "Inquiry closed", "--yes").returncode == 0
    r = _cli(url, "retention", "--apply", "--as-of", later)
    assert r.returncode == 3 and "Not confirmed" in r.stderr
    r = _cli(url, "retention", "--apply", "--yes", "--as-of", later)
    assert r.returncode == 0 and "Deleted: 5 candidate(s)" in r.stdout
    r = _cli(url, "audit", "verify")
    assert r.returncode == 0 and r.stdout.startswith("Audit chain verified")
    r = _cli(url, "grid", "seal", "--yes")
    assert r.returncode == 3 and "a closed procedure is read-only" in r.stderr and "Traceback" not in r.stderr
