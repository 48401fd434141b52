"""The hostile folder imported as a user would, with `panel-app import` in its own process: every file gets
its outcome in words, nothing reaches stderr, no worker outlives the import (kill -9 included), a re-run
of the same folder finishes."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from panel_app.intake.limits import IntakeLimits
from panel_app.intake.workers import WorkerPool
from tests.intake import hostile
from tests.intake.fixtures import application_pdf, eml_bytes

PY = sys.executable


def cli(url: str, *args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-m", "panel_app.cli", "--db", url, *args], capture_output=True, text=True,
                          timeout=300, **kw)


def processes_mentioning(text: str) -> list[int]:
    out = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    if text.encode() in f.read():
                        with open(f"/proc/{pid}/stat") as st:
                            if st.read().rsplit(")", 1)[1].split()[0] != "Z":
                                out.append(int(pid))
            except OSError:
                continue
    return out


def children_of(pid: int) -> list[int]:
    out = []
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                with open(f"/proc/{p}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        out.append(int(p))
            except (OSError, ValueError):
                continue
    return out


@pytest.fixture
def procedure(tmp_path, template_path):
    url = f"sqlite:///{tmp_path / 'h.sqlite'}"
    assert cli(url, "procedure", "create", "--template", str(template_path)).returncode == 0
    return url


def test_a_hostile_folder_imports_completely_twice_with_nothing_on_stderr(tmp_path, procedure):
    box = tmp_path / "box"
    box.mkdir()
    (box / "inflation.pdf").write_bytes(hostile.inflation_bomb_pdf(400))
    (box / "pagetree.pdf").write_bytes(hostile.page_tree_bomb_pdf(1_000_000))
    (box / "zipbomb.eml").write_bytes(hostile.mail_with([("cv.zip", hostile.zip_bomb(12, 150), "application/zip")],
                                                        from_addr="zip@example.org"))
    (box / "utf8.eml").write_bytes(hostile.raw_utf8_filename_mail())
    (box / "script.pdf").write_bytes(hostile.active_content_pdf("javascript"))
    (box / "notes.txt").write_text("call the candidates back on Monday\n")
    (box / "normal.eml").write_bytes(eml_bytes(from_addr="normal@example.org",
                                               attachments=[("cv.pdf", application_pdf(2), "application/pdf")]))
    (box / "dangling.pdf").symlink_to(tmp_path / "nowhere.pdf")
    os.mkfifo(box / "pipe.eml")

    run = cli(procedure, "import", str(box), "--memory-mb", "256", "--json")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""  # no traceback, no warning: the reasons are in the report
    report = {f["file"]: f for f in json.loads(run.stdout)["files"]}
    assert len(report) == 9
    assert report["inflation.pdf"]["outcome"] == "not_read"
    assert "not read: over the memory limit (256 MB)" in report["inflation.pdf"]["reason"]
    assert "only the first 300 of 1,000,000 pages read" in report["pagetree.pdf"]["reason"]
    assert "pages_limited" in report["pagetree.pdf"]["flags"]
    assert "cv-00.pdf (150 MB)" in report["zipbomb.eml"]["reason"]
    assert report["utf8.eml"]["applications"] == 1 and "corrupt" not in report["utf8.eml"]["flags"]
    assert "archive" in report["utf8.eml"]["flags"]  # the zip is there, named as sent
    assert "active_content" in report["script.pdf"]["flags"] and report["script.pdf"]["applications"] == 1
    assert report["notes.txt"]["outcome"] == "not_application" and report["notes.txt"]["applications"] == 0
    assert report["notes.txt"]["reason"].startswith("not an application: skipped, stored")
    assert report["normal.eml"]["outcome"] == "imported"
    assert report["dangling.pdf"]["outcome"] == "not_imported" and "does not exist" in report["dangling.pdf"]["reason"]
    assert report["pipe.eml"]["reason"] == "pipe.eml: a named pipe, not a file: skipped"
    assert processes_mentioning(str(box)) == []  # no worker left behind

    apps = json.loads(cli(procedure, "applications", "--json").stdout)
    by_source = {a["source"]: a for a in apps}
    assert by_source["notes.txt"]["status"] == "not_application"
    assert by_source["utf8.eml"]["documents"][0]["filename"] == "ФНС_РФ558.zip"
    active = [a["source"] for a in json.loads(cli(procedure, "applications", "--status", "active", "--json").stdout)]
    assert "notes.txt" not in active and "inflation.pdf" in active  # a file not read is still an application

    from panel_app.services import Services
    from panel_app.store import open_database, read_only
    from panel_app.store.applications import blob

    db = open_database(procedure)
    stored = {a.source: a for a in Services.for_db(db).applications.list("DIGIT/COM/2026/1039")}
    assert stored["script.pdf"].error is None  # information, shown by its flag, not a reading problem
    assert "only the first 300 of 1,000,000 pages read" in stored["pagetree.pdf"].error
    assert "not read: over the memory limit (256 MB)" in stored["inflation.pdf"].error
    with read_only(db) as s:
        for name in ("inflation.pdf", "notes.txt", "zipbomb.eml"):
            data = (box / name).read_bytes()
            assert blob(s, hashlib.sha256(data).hexdigest()) == data  # stored byte for byte
    db.dispose()

    again = cli(procedure, "import", str(box), "--memory-mb", "256", "--json")
    assert again.returncode == 0 and again.stderr == ""
    counts = json.loads(again.stdout)["counts"]
    assert counts == {"already_imported": 7, "not_imported": 2}


def test_kill_9_of_the_importer_leaves_no_worker(tmp_path, procedure):
    box = tmp_path / "slow"
    box.mkdir()
    tree = hostile.page_tree_bomb_pdf(1_000_000)
    for k in range(3):  # each takes ~15 s to read in full: the workers are busy when the importer dies
        (box / f"tree{k}.pdf").write_bytes(tree + b"%" + bytes([65 + k]))
    proc = subprocess.Popen([PY, "-m", "panel_app.cli", "--db", procedure, "import", str(box), "--max-pages",
                             "2000000", "--seconds", "120"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(children_of(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = children_of(proc.pid)
    assert len(workers) == 2
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(os.path.exists(f"/proc/{w}") and processes_mentioning(str(box)) for w in workers) \
            and time.monotonic() < deadline:
        time.sleep(0.1)
    assert processes_mentioning(str(box)) == []


def _slow_or_fast(path: str) -> list:
    """A stand-in parser for the pool: 'slow' files sleep until killed."""
    if "slow" in path:
        with open(path + ".pid", "w") as f:
            f.write(str(os.getpid()))
        time.sleep(60)
    return [os.path.basename(path)]


def test_a_worker_killed_mid_file_is_replaced_and_only_that_file_is_not_read(tmp_path):
    paths = [str(tmp_path / n) for n in ("a", "slow", "b", "c", "d")]
    for p in paths:
        open(p, "w").close()
    got = []
    with WorkerPool(_slow_or_fast, workers=2, limits=IntakeLimits(seconds=50)) as pool:
        for outcome in pool.run(paths):
            got.append(outcome)
            if outcome.path.endswith("a"):
                deadline = time.monotonic() + 20
                while not os.path.exists(paths[1] + ".pid") and time.monotonic() < deadline:
                    time.sleep(0.05)
                time.sleep(0.1)
                os.kill(int(open(paths[1] + ".pid").read()), signal.SIGKILL)
        workers = [w.proc.pid for w in pool.workers]
    assert [o.path for o in got] == paths  # in order, every file
    assert got[1].failure == "not read: the reader was stopped (signal SIGKILL)"
    assert [o.messages for o in got if o.failure is None] == [["a"], ["b"], ["c"], ["d"]]
    assert pool.replaced == 1
    assert not any(os.path.exists(f"/proc/{w}/cmdline") and open(f"/proc/{w}/cmdline").read() for w in workers)


def _greedy(path: str) -> list:
    """A stand-in parser that keeps allocating (what a bomb does), slowly enough for a watchdog to see."""
    if "greedy" in path:
        hoard = []
        for _ in range(200):
            hoard.append(bytearray(8 * 1024 * 1024))
            time.sleep(0.01)
    return [os.path.basename(path)]


def test_the_watchdog_path_kills_a_worker_past_the_memory_limit():
    """Where the system enforces no limit (Windows without a job object), the parent's watchdog does."""
    from panel_app.intake.confine import WatchdogGuard, make_guard

    limits = IntakeLimits(memory_mb=100)
    assert type(make_guard(limits, platform="win32")) is WatchdogGuard  # no job object here: the fallback
    with WorkerPool(_greedy, workers=1, limits=limits, guard=WatchdogGuard(limits)) as pool:
        got = list(pool.run(["/x/greedy", "/x/after"]))
    assert got[0].failure == "not read: over the memory limit (100 MB)"
    assert got[1].messages == ["after"] and pool.replaced == 1


def _big_or_crash(path: str) -> list:
    """A stand-in parser: 'crash' ends its process as a segfault in PDFium would; any other file gives a result
    of 3 MB, larger than the 1 MB result pipe, so that results wait in the worker's sender behind a full pipe."""
    if path.endswith("crash"):
        time.sleep(0.3)  # the results before it are read by then, and wait in the worker (the parent is away)
        os.kill(os.getpid(), signal.SIGSEGV)
    return [os.path.basename(path), b"x" * (3 * 1024 * 1024)]


def test_results_waiting_in_a_dying_worker_are_read_again_and_only_the_file_it_was_reading_is_blamed():
    """The worker sends its results from a thread while it reads on (intake/result_sender.py). When it dies with
    results still waiting there, those files were read well: they are read again by its replacement, and only
    the file it was reading gets the outcome in words."""
    paths = [f"/x/{n}" for n in ("a", "b", "c", "d", "crash", "e")]
    got = []
    with WorkerPool(_big_or_crash, workers=1, limits=IntakeLimits(seconds=50)) as pool:
        for outcome in pool.run(paths):
            got.append(outcome)
            if outcome.path.endswith("a"):
                time.sleep(1.0)  # the importer busy: b, c and d are read meanwhile, their results wait
    assert [o.path for o in got] == paths  # in order, every file
    assert got[4].failure == "not read: the reader crashed on this file (signal SIGSEGV)"
    assert [o.messages[0] for o in got if o.failure is None] == ["a", "b", "c", "d", "e"]
    assert pool.replaced == 1
