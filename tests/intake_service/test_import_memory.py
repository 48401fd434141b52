"""The importer's own memory stays in proportion to the largest part it keeps, not to the mail (issue 15).

A 200 MB mail (seven 20 MB annexes and an application) is imported by a separate process, whose peak
resident memory (`ru_maxrss` of that process alone: its parsing workers are not counted) is compared with
its peak just before. The whole mail and its annex are stored byte for byte. Not a timed test.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys

from tests.intake import hostile
from tests.intake.fixtures import application_pdf

PART_MB = 20
IMPORTER = r"""
import json, resource, sys
from panel_app.services import Services
url, template, warm, big = sys.argv[1:5]
sv = Services.open(url)
ref = sv.procedures.create_from_template(template).result.reference
sv.intake.import_paths(ref, [warm], workers=1)          # every module loaded, one group written
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
report = sv.intake.import_paths(ref, [big], workers=1).result
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"before_kb": before, "after_kb": after, "outcomes": [f.outcome for f in report.files]}))
"""


def _blob_sha(db: str, sha: str) -> tuple[str, int]:
    """sha256 and size of a stored blob, read in chunks."""
    con = sqlite3.connect(db)
    try:
        rowid = con.execute("SELECT rowid FROM document_blob WHERE sha256 = ?", (sha,)).fetchone()[0]
        h, size = hashlib.sha256(), 0
        with con.blobopen("document_blob", "content", rowid, readonly=True) as blob:
            while chunk := blob.read(1 << 20):
                h.update(chunk)
                size += len(chunk)
        return h.hexdigest(), size
    finally:
        con.close()


def test_a_200_mb_mail_costs_the_importer_a_fraction_of_its_largest_part(tmp_path, template_path):
    box, warm = tmp_path / "big", tmp_path / "warm"
    box.mkdir()
    warm.mkdir()
    (warm / "one.pdf").write_bytes(application_pdf(3))  # a loose PDF: no Message-ID shared with the mail
    mail = hostile.big_mail(box / "big.eml", total_mb=200, part_mb=PART_MB)
    db = tmp_path / "m.sqlite"
    out = subprocess.run([sys.executable, "-c", IMPORTER, f"sqlite:///{db}", str(template_path), str(warm), str(box)],
                         capture_output=True, text=True, timeout=600, check=True)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["outcomes"] == ["imported_with_flags"] or got["outcomes"] == ["imported"], got
    grown_mb = (got["after_kb"] - got["before_kb"]) / 1024
    # the old importer held the mail, its parts and their copies: 600+ MB more for this mail
    assert grown_mb < 2 * PART_MB, f"the importer grew by {grown_mb:.0f} MB for a mail whose largest part is {PART_MB} MB"
    data_sha = hashlib.sha256(mail.read_bytes()).hexdigest()
    assert _blob_sha(str(db), data_sha) == (data_sha, mail.stat().st_size)  # the whole mail, byte for byte
    con = sqlite3.connect(db)
    annex = con.execute("SELECT blob_sha256 FROM document WHERE filename = 'annex-0.bin'").fetchone()[0]
    con.close()
    sha, size = _blob_sha(str(db), annex)
    assert (sha, size) == (annex, PART_MB * 1024 * 1024)


def test_large_parts_and_files_are_stored_byte_for_byte_on_both_databases(tmp_path, services, template_path,
                                                                         monkeypatch):
    """A 12 MB mail with a 9 MB annex (both over the spool size) and a small one: every blob read back equal,
    on SQLite (streamed) and on PostgreSQL (written alone); the spool is gone afterwards."""
    import os
    import tempfile

    from panel_app.store import read_only
    from panel_app.store.applications import blob
    from tests.intake.fixtures import eml_bytes

    annex, small = os.urandom(9 * 1024 * 1024), application_pdf(3)
    box = tmp_path / "box"
    box.mkdir()
    mail = box / "large.eml"
    mail.write_bytes(eml_bytes(attachments=[("application.pdf", small, "application/pdf"),
                                            ("annex.bin", annex, "application/octet-stream")]))
    ref = services.procedures.create_from_template(template_path).result.reference
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))  # where the import makes its spool
    (outcome,) = services.intake.import_paths(ref, [box], workers=1).result.files
    assert outcome.outcome.startswith("imported"), outcome
    with read_only(services.db) as s:
        for data in (mail.read_bytes(), annex, small):
            assert blob(s, hashlib.sha256(data).hexdigest()) == data
    assert list(temp.iterdir()) == []  # the spooled annex went with the import
