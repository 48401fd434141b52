"""The import's scratch folder (large parts spooled by its workers): `kill -9` of a real `panel-app import` leaves it
behind, and the next import removes it; a folder whose owner still runs is never touched."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from panel_app.cli import main
from panel_app.intake.scratch import ScratchDir, sweep
from tests.intake import hostile


def _folders(root) -> list[str]:
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_a_scratch_folder_left_by_kill_9_is_removed_by_the_next_import(tmp_path, template_path, monkeypatch, capsys):
    scratch = tmp_path / "scratch"
    box = tmp_path / "box"
    box.mkdir()
    (box / "tree.pdf").write_bytes(hostile.page_tree_bomb_pdf(1_000_000))  # ~15 s to read in full: still running
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    assert main(["--db", url, "procedure", "create", "--template", str(template_path)]) == 0
    env = {**os.environ, "PANEL_SCRATCH_DIR": str(scratch)}
    proc = subprocess.Popen([sys.executable, "-m", "panel_app.cli", "--db", url, "import", str(box), "--max-pages",
                             "2000000", "--seconds", "120", "--workers", "1"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while not _folders(scratch) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # the worker is reading the file
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    left = _folders(scratch)
    assert len(left) == 1 and left[0].startswith(f"intake-{proc.pid}-"), left  # what kill -9 leaves behind
    assert (scratch / left[0] / "owner.lock").exists()

    monkeypatch.setenv("PANEL_SCRATCH_DIR", str(scratch))
    (box / "tree.pdf").unlink()
    (box / "small.pdf").write_bytes(hostile.active_content_pdf("javascript"))
    capsys.readouterr()
    assert main(["--db", url, "import", str(box), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"] == {"imported_with_flags": 1}
    assert _folders(scratch) == []  # the dead run's folder swept, this run's own removed at its end


def test_the_sweep_leaves_a_running_owners_folder_alone(tmp_path):
    root = tmp_path / "scratch"
    mine = ScratchDir("intake", root)
    (mine.path / "part").write_bytes(b"x" * 10)
    other = ScratchDir("ocr", root)  # a second run in the same process: its own lock
    assert sweep(root) == []
    assert sorted(_folders(root)) == sorted([mine.path.name, other.path.name])
    other.cleanup()
    assert _folders(root) == [mine.path.name]
    mine.cleanup()
    assert _folders(root) == []
