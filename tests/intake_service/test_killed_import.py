"""A real interruption: the import process is killed mid-run; a re-run completes with nothing lost and
nothing doubled (each file is committed whole, and re-imports are idempotent)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing

from panel_app.cli import main
from panel_app.services.synthetic import write_mailbox


def test_kill_mid_import_then_rerun(tmp_path, template_path, capsys):
    box = tmp_path / "box"
    n = 300
    write_mailbox(box, n, seed=5)
    url = f"sqlite:///{tmp_path / 'k.sqlite'}"
    assert main(["--db", url, "procedure", "create", "--template", str(template_path)]) == 0
    proc = subprocess.Popen([sys.executable, "-m", "panel_app.cli", "--db", url, "import", str(box), "--workers", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    db_file = tmp_path / "k.sqlite"
    while time.monotonic() < deadline:  # wait until some files are committed, then kill it hard
        time.sleep(0.05)
        try:  # a count straight from the file: the CLI's own listing takes longer than the import's groups
            with closing(sqlite3.connect(db_file, timeout=1)) as con:
                done = con.execute("SELECT count(*) FROM application").fetchone()[0]
        except sqlite3.Error:
            continue
        if done >= 5 or proc.poll() is not None:
            break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert db_file.exists()
    capsys.readouterr()
    main(["--db", url, "applications", "--json"])
    before = len(json.loads(capsys.readouterr().out))
    assert before < n, "the import finished before it could be killed; make the mailbox larger"
    assert main(["--db", url, "import", str(box), "--workers", "1", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"].get("already_imported", 0) == before
    main(["--db", url, "applications", "--json"])
    apps = json.loads(capsys.readouterr().out)
    assert len(apps) == n
    assert len({a["source"] for a in apps}) == n
