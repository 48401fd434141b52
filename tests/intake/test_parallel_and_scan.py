"""parse_many (process pool, input order, progress, cancel) and collect_files."""

from __future__ import annotations

from pathlib import Path

from panel_app.intake import collect_files, parse_many

from .fixtures import REF, eml_bytes, mbox_bytes


def _write_inbox(tmp_path, n: int):
    paths = []
    for k in range(n):
        p = tmp_path / f"{k:03d}.eml"
        p.write_bytes(eml_bytes(from_addr=f"c{k}@example.org"))
        paths.append(p)
    return paths


def test_parse_many_in_two_processes_keeps_input_order_and_reports_progress(tmp_path):
    paths = _write_inbox(tmp_path, 6)
    box = tmp_path / "z.mbox"
    box.write_bytes(mbox_bytes([eml_bytes(from_addr="m1@example.org"), eml_bytes(from_addr="m2@example.org")]))
    seen = []
    out = list(parse_many([*paths, box], REF, workers=2, progress=lambda f, m: seen.append(f)))
    assert [m.sender_email for m in out] == [f"c{k}@example.org" for k in range(6)] + ["m1@example.org",
                                                                                        "m2@example.org"]
    assert seen[-1] == 1.0 and seen == sorted(seen) and len(seen) == 7


def test_parse_many_stops_when_cancelled(tmp_path):
    paths = _write_inbox(tmp_path, 5)
    got = []
    for m in parse_many(paths, REF, workers=2, cancelled=lambda: len(got) >= 2):
        got.append(m)
    assert len(got) == 2


def test_collect_files_recurses_sorted_and_keeps_unknown_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.eml").write_bytes(b"x")
    (tmp_path / "a.msg").write_bytes(b"x")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00")
    files = collect_files([tmp_path, tmp_path / "a.msg"])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == [".DS_Store", "a.msg", "b/2.eml"]
    (msg,) = list(parse_many([files[0]], REF, workers=1))
    assert "not_mail" in msg.flags


def test_the_import_workers_start_without_database_or_qt_code():
    """A spawned worker re-imports the `panel-app` script (panel_app.cli) and loads the parsing and snapshot
    code; none of it may pull SQLAlchemy, Qt or reportlab, or each worker pays ~0.6 s before its first file."""
    import subprocess
    import sys

    code = ("import sys, panel_app.cli, panel_app.intake.parallel, panel_app.domain.eligibility.snapshot; "
            "print(sorted(m for m in ('sqlalchemy', 'PySide6', 'reportlab') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_file_is_listed_once_however_it_is_reached(tmp_path, monkeypatch):
    """scan_paths resolves each folder once (a file that is no link is its folder's real path and its name): the
    same real paths as resolving every file, through links to files, linked folders given, and relative paths."""
    from panel_app.intake.scan import Scan, _resolved, _walk, scan_paths

    (tmp_path / "box" / "sub").mkdir(parents=True)
    (tmp_path / "box" / "a.eml").write_bytes(b"a")
    (tmp_path / "box" / "sub" / "b.eml").write_bytes(b"b")
    (tmp_path / "box" / "sub" / "to-a.eml").symlink_to(tmp_path / "box" / "a.eml")
    (tmp_path / "box" / "sub" / "rel-b.eml").symlink_to("b.eml")
    (tmp_path / "linked").symlink_to(tmp_path / "box")
    monkeypatch.chdir(tmp_path)
    for folder in (tmp_path / "box", Path("box"), Path("linked"), Path("linked/sub"), Path("box/../box")):
        folders: dict = {}
        for f in _walk(folder, Scan()):
            assert _resolved(f, folders) == f.resolve(), f
    found = scan_paths([Path("box"), Path("linked"), tmp_path / "box" / "a.eml", Path("box/sub/to-a.eml")])
    assert sorted(p.resolve().name for p in found.files) == ["a.eml", "b.eml"]
    assert len(found.files) == 2 and not found.unreadable
