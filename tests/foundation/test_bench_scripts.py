"""The benchmark scripts still run against the current services (on tiny inputs; no figure is checked here).

The suite never ran them, so a change of a service's return type broke `bench/concurrency.py` unseen this round
(`'Changed' object is not subscriptable`). Each script is started as a user would start it, in its own process,
and must end with status 0 and print its result line. The figures themselves live in README, measured by hand.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPTS = [
    (["intake.py", "5"], "applications imported in"),
    (["scoring.py", "120"], "ScoringService.set_mark on SQLite"),  # its saves use candidates 100 to 113
    (["bulk_confirm.py", "20"], "bulk confirmation, one transaction"),
    (["startup.py", "5", "--runs=1"], "usable main window"),
    (["ranking_service.py", "100"], "service ranking"),
]


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, str(ROOT / "bench" / args[0]), *args[1:]], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize(("args", "says"), SCRIPTS, ids=[a[0] for a, _ in SCRIPTS])
def test_the_bench_script_runs(args, says):
    done = _run(args)
    assert done.returncode == 0, done.stderr[-2000:]
    assert says in done.stdout


def test_the_load_test_runs_on_postgresql_and_sqlite(pg_url):
    done = _run(["concurrency.py", "--members", "2", "--candidates", "3", "--seconds", "2", "--sqlite-seconds", "1"])
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.count("lost 0, duplicated 0") == 2  # PostgreSQL, then SQLite
    assert done.stdout.count(", intact;") == 2
