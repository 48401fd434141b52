"""The engine adapter on generated scans in the three scripts, and on hostile input (an image bomb, a broken
file, a cancel in the middle of a page)."""

from __future__ import annotations

import subprocess
import zlib

import pytest

from panel_app.domain.errors import Cancelled
from panel_app.intake.ocr import OcrUnavailable, find_engine, ocr_pdf

from .scans import CYRILLIC, GREEK, LATIN, chars_correct, scan_of_text


@pytest.mark.parametrize("script,text,word", [("latin", LATIN, "Quokkaville"), ("greek", GREEK, "Μυρτιδιώτισσα"),
                                              ("cyrillic", CYRILLIC, "Жеравненска")])
def test_a_scan_is_read_in_each_script(engine, script, text, word):
    result = ocr_pdf(scan_of_text(text), engine)
    assert result.pages_total == 1 and result.error is None
    assert word in result.text
    assert chars_correct(text, result.text) >= 0.95, result.text
    assert result.mean_confidence is not None and result.mean_confidence >= 70


def test_the_wrong_language_pack_reads_badly_so_the_default_has_all_three(engine):
    english_only = find_engine(("eng",))
    assert chars_correct(GREEK, ocr_pdf(scan_of_text(GREEK), english_only).text) < 0.5
    assert {"eng", "ell", "bul"} <= set(engine.languages)


def inflation_bomb(mb: int = 400) -> bytes:
    """A one-page PDF of under 1 MB whose page content inflates to `mb` MB (what a text extractor may have
    survived under its own limits, or not have been asked about)."""
    z = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    content = b"".join(z.compress(chunk) for _ in range(mb)) + z.compress(b"q Q") + z.flush()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"]
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_an_inflation_bomb_costs_at_most_the_render_limit_and_says_so(engine, capfd):
    bomb = inflation_bomb()
    assert len(bomb) < 1_000_000
    result = ocr_pdf(bomb, engine, memory_mb=300)
    assert result.error and "memory limit of 300 MB" in result.error
    assert not result.has_text
    assert "Traceback" not in capfd.readouterr().err  # the worker's traceback goes to the log only


def test_a_broken_file_gets_an_outcome_in_words(engine):
    result = ocr_pdf(b"%PDF-1.4\nthis is not a pdf at all", engine)
    assert result.error == "the scan could not be opened" and result.pages == []


def test_cancel_stops_tesseract_in_the_middle_of_a_page(engine, monkeypatch):
    from panel_app.intake import ocr

    pdf = scan_of_text(LATIN, GREEK, CYRILLIC)
    readers, pages = [], []
    real_popen = subprocess.Popen

    def popen(args, *a, **k):  # the real one, remembered
        proc = real_popen(args, *a, **k)
        if "tsv" in args:
            readers.append(proc)
        return proc

    monkeypatch.setattr(ocr.subprocess, "Popen", popen)
    with pytest.raises(Cancelled):
        ocr_pdf(pdf, engine, progress=lambda _f, m: pages.append(m), cancelled=lambda: bool(readers))
    assert pages == ["page 1 of 3"]  # the other pages were never started
    assert len(readers) == 1 and readers[0].returncode not in (None, 0)  # Tesseract was stopped, not waited for


def test_no_engine_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on PATH
    monkeypatch.delenv("PANEL_TESSERACT", raising=False)
    with pytest.raises(OcrUnavailable, match="apt-get install tesseract-ocr"):
        find_engine()
    monkeypatch.setenv("PANEL_TESSERACT", str(tmp_path / "tesseract.exe"))
    with pytest.raises(OcrUnavailable, match="no text layer"):
        find_engine()


def test_an_engine_without_the_wanted_packs_is_refused(engine):
    with pytest.raises(OcrUnavailable, match="none of the language packs"):
        find_engine(("klingon",))
