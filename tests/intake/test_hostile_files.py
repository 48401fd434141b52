"""Hostile files, generated in code, parsed through the confined workers: each gets its outcome in words,
the run finishes, and no worker is left behind."""

from __future__ import annotations

import hashlib
import os

import pytest

from panel_app.intake import parse_files, scan_paths
from panel_app.intake.limits import IntakeLimits
from panel_app.intake.model import ACTIVE_CONTENT, NOT_READ, NOT_UNPACKED, PAGES_LIMITED

from . import hostile
from .fixtures import REF, application_pdf

SMALL = IntakeLimits(memory_mb=256)


def parse(paths, limits=SMALL, workers=2):
    return {os.path.basename(p): msgs for p, msgs in parse_files([str(p) for p in paths], REF, workers=workers,
                                                                  limits=limits)}


def children() -> set[int]:
    me = str(os.getpid())
    out = set()
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open(f"/proc/{pid}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[1] == me and fields[0] != "Z":
                out.add(int(pid))
    return out


@pytest.fixture(scope="module")
def bombs(tmp_path_factory):
    d = tmp_path_factory.mktemp("bombs")
    (d / "inflation.pdf").write_bytes(hostile.inflation_bomb_pdf(400))
    (d / "pagetree.pdf").write_bytes(hostile.page_tree_bomb_pdf(1_000_000))
    (d / "cyclic.pdf").write_bytes(hostile.cyclic_page_tree_pdf())
    (d / "zipbomb.eml").write_bytes(hostile.mail_with([("cv.zip", hostile.zip_bomb(12, 150), "application/zip")],
                                                      from_addr="zip@example.org"))
    (d / "normal.pdf").write_bytes(application_pdf(1))
    return d


def test_the_bombs_each_get_an_outcome_in_words_and_no_worker_is_left(bombs):
    assert os.path.getsize(bombs / "inflation.pdf") < 1_500_000  # ~400 MB once inflated
    before = children()
    got = parse(sorted(bombs.iterdir()))
    assert children() == before  # every worker ended with the run

    (inflated,) = got["inflation.pdf"]
    assert NOT_READ in inflated.flags
    assert "not read: over the memory limit (256 MB)" in inflated.error
    assert inflated.raw == (bombs / "inflation.pdf").read_bytes()  # stored byte for byte
    assert inflated.source_sha256 == hashlib.sha256(inflated.raw).hexdigest()

    (tree,) = got["pagetree.pdf"]
    (doc,) = tree.documents
    assert PAGES_LIMITED in tree.flags and doc.pages == 1_000_000 and len(doc.page_texts) == 300
    assert "only the first 300 of 1,000,000 pages read" in " ".join(tree.notes)

    (cyclic,) = got["cyclic.pdf"]
    assert cyclic.documents and "corrupt" in cyclic.flags  # read as far as it goes, flagged

    (zipped,) = got["zipbomb.eml"]
    assert NOT_UNPACKED in zipped.flags and NOT_READ not in zipped.flags
    words = " ".join(zipped.notes)
    assert "cv-00.pdf (150 MB)" in words and "and 7 more" in words and "kept in the stored original" in words

    (normal,) = got["normal.pdf"]
    assert normal.flags == ["received_time_unknown"] and normal.documents[0].has_text  # the others cost it nothing


def test_a_hang_is_stopped_at_the_time_limit_and_the_next_file_is_read(bombs):
    slow = IntakeLimits(memory_mb=256, seconds=2.5, seconds_per_mb=0, max_pages=1_000_000)  # reading it all: ~15 s
    got = parse([bombs / "pagetree.pdf", bombs / "normal.pdf"], limits=slow, workers=1)
    (tree,) = got["pagetree.pdf"]
    assert NOT_READ in tree.flags and "pagetree.pdf: not read: parsing took over 2.5 s" in tree.error
    assert got["normal.pdf"][0].documents[0].has_text  # read by the replacement worker


@pytest.mark.parametrize("kind, words", [
    ("javascript", "JavaScript"), ("openaction", "an action run when the file is opened"),
    ("launch", "a launch action (starts a program)"), ("executable", "an embedded program (setup.exe)")])
def test_active_content_is_flagged_in_words_and_the_file_still_counts(tmp_path, kind, words):
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(hostile.active_content_pdf(kind))
    (msg,) = parse([path])[path.name]
    assert ACTIVE_CONTENT in msg.flags and NOT_READ not in msg.flags
    (note,) = msg.notes
    assert note.startswith(f"{kind}.pdf: active content: ") and words in note
    assert note.endswith("(information; the application still counts)")
    assert msg.documents[0].has_text


def test_a_plain_pdf_and_a_destination_open_action_are_not_active_content(tmp_path):
    path = tmp_path / "dest.pdf"
    path.write_bytes(hostile.text_pdf(extra_catalog=b" /OpenAction [4 0 R /Fit]"))
    (msg,) = parse([path])[path.name]
    assert ACTIVE_CONTENT not in msg.flags and not msg.notes
    (app,) = parse([tmp_path / "dest.pdf"])["dest.pdf"]
    assert app.documents[0].has_text


def test_a_raw_utf8_attachment_name_is_read(tmp_path, capfd):
    path = tmp_path / "utf8.eml"
    path.write_bytes(hostile.raw_utf8_filename_mail())
    assert 'filename="ФНС_РФ558.zip"'.encode() in path.read_bytes()
    (msg,) = parse([path])[path.name]
    assert [d.filename for d in msg.documents][:2] == ["ФНС_РФ558.zip", "cv.pdf"]
    assert "corrupt" not in msg.flags and msg.error is None
    assert "Traceback" not in capfd.readouterr().err


def test_a_200_mb_mail_costs_the_parts_it_keeps(tmp_path):
    """A 200 MB mail with a 150 MB annex: the application PDF is read, the annex is left packed and
    named, the mail is stored whole; the worker stays within 256 MB beyond its start."""
    path = hostile.big_mail(tmp_path / "big.eml", total_mb=200, part_mb=150)
    assert path.stat().st_size > 200_000_000
    (msg,) = parse([path])[path.name]
    assert NOT_READ not in msg.flags and NOT_UNPACKED in msg.flags
    assert [d.filename for d in msg.documents] == ["application.pdf"] and msg.documents[0].has_text
    assert "annex-0.bin (154 MB)" in " ".join(msg.notes)
    assert len(msg.raw) == path.stat().st_size and msg.source_sha256 == hashlib.sha256(msg.raw).hexdigest()


def test_a_200_mb_mail_of_20_mb_parts_is_read_within_the_limit(tmp_path):
    path = hostile.big_mail(tmp_path / "big.eml", total_mb=200, part_mb=20)
    (msg,) = parse([path], limits=IntakeLimits(memory_mb=512))[path.name]
    assert NOT_READ not in msg.flags
    assert [d.filename for d in msg.documents][:2] == ["application.pdf", "annex-0.bin"]
    assert sum(len(d.content) for d in msg.documents[1:]) == 7 * 20 * 1024 * 1024


def test_dangling_links_loops_and_pipes_are_listed_with_the_reason(tmp_path):
    (tmp_path / "a.eml").write_bytes(b"From: x@y.eu\r\n\r\nhi")
    (tmp_path / "dangling.pdf").symlink_to(tmp_path / "gone.pdf")
    (tmp_path / "loop.eml").symlink_to(tmp_path / "loop.eml")
    os.mkfifo(tmp_path / "pipe.eml")
    scan = scan_paths([tmp_path])
    assert [p.name for p in scan.files] == ["a.eml"]
    why = {p.name: w for p, w in scan.unreadable}
    assert why["dangling.pdf"] == f"a link to {tmp_path / 'gone.pdf'}, which does not exist: nothing to store"
    assert why["loop.eml"] == "a link that leads back to itself: nothing to store"
    assert why["pipe.eml"] == "a named pipe, not a file: skipped"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_a_file_without_read_permission_is_listed(tmp_path):
    p = tmp_path / "secret.eml"
    p.write_bytes(b"From: x@y.eu\r\n\r\nhi")
    p.chmod(0)
    (path, why), = scan_paths([tmp_path]).unreadable
    assert path.name == "secret.eml" and "permission denied" in why


def test_a_parser_bug_is_one_line_naming_the_file_and_the_traceback_goes_to_the_log(monkeypatch, caplog):
    from panel_app.intake import dispatch, mail_eml

    def broken(*_a, **_k):
        raise AttributeError("'Header' object has no attribute 'split'")

    monkeypatch.setattr(mail_eml, "parse_message", broken)
    raw = hostile.raw_utf8_filename_mail()
    (msg,) = dispatch.parse_bytes("ivan.eml", raw, REF)
    assert msg.error.startswith("ivan.eml could not be read (AttributeError: ") and "\n" not in msg.error
    assert "corrupt" in msg.flags and msg.raw == raw  # stored whole, flagged
    (record,) = [r for r in caplog.records if r.name == "panel_app.intake.dispatch"]
    assert record.exc_info is not None and "ivan.eml" in record.getMessage()


def test_the_import_report_names_the_new_outcomes():
    from panel_app.ui.pages.import_dialog import counts_text

    assert counts_text({"imported": 3, "not_read": 1, "not_application": 2, "not_imported": 1}) == (
        "3 imported, 1 stored, not read, 2 not an application (stored), 1 not imported")
