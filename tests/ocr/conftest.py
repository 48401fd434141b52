"""OCR tests: scans generated in code (tests/ocr/scans.py), the real Tesseract, a real database.

`make test` installs Tesseract and the packs (.ci/ensure-ocr.sh). Outside CI the tests that need the engine
skip with the command to install it; with CI=true they must run.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pytest

from panel_app.reports.application_form import ARTICLE29, render_application
from tests.intake.fixtures import DEADLINE_UTC, eml_bytes, profile

from .scans import CYRILLIC, GREEK, scan_of_pdf, scan_of_text


@pytest.fixture(scope="session")
def engine():
    from panel_app.intake.ocr import OcrUnavailable, find_engine

    try:
        return find_engine(("eng", "fra", "deu", "ell", "bul"))
    except OcrUnavailable as e:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Tesseract is required with CI=true: {e}")
        pytest.skip(str(e))


def form_pdf(i: int, nationality: str, mother: str, english: str) -> bytes:
    prof = profile(i, nationalities=[nationality], diploma_years=5, declarations=True, article29=ARTICLE29[0],
                   languages=[(mother, "mother tongue"), ("English", english), ("French", "B2")])
    return render_application(prof, pages_of_cv=1)


def scanned_form(i: int, nationality: str, mother: str, english: str) -> bytes:
    return scan_of_pdf(form_pdf(i, nationality, mother, english), seed=i)


def mail(folder, name: str, sender: str, attachment: bytes, filename: str = "application.pdf") -> None:
    (folder / name).write_bytes(eml_bytes(received=[DEADLINE_UTC - timedelta(days=1)], from_addr=sender,
                                          attachments=[(filename, attachment, "application/pdf")]))


_MAILBOXES: dict[bool, tuple[dict[str, bytes], dict[str, bytes]]] = {}  # full -> (sent, {name: .eml bytes})


def make_mailbox(folder, *, full: bool = True):
    """A scanned eligible form (PL), a scanned form whose text says not eligible (NO), a Greek and a Cyrillic
    scan, and one ordinary PDF with a text layer. Returns {name: attached bytes}. The scans take seconds to make:
    they are made once per run and the same .eml files written into every folder asking for them."""
    folder.mkdir(exist_ok=True)
    if full in _MAILBOXES:
        sent, files = _MAILBOXES[full]
        for name, data in files.items():
            (folder / name).write_bytes(data)
        return dict(sent)
    sent = {"01-scan-pl.eml": scanned_form(7, "PL", "Polish", "C1")}
    if full:
        sent |= {"02-scan-no.eml": scanned_form(8, "NO", "Norwegian", "B2"),
                 "03-greek.eml": scan_of_text(GREEK, seed=3), "04-cyrillic.eml": scan_of_text(CYRILLIC, seed=4),
                 "05-text-layer.eml": form_pdf(9, "FR", "French", "C1")}
    for i, (name, data) in enumerate(sent.items()):
        mail(folder, name, f"candidate{i + 1}@example.eu", data)
    _MAILBOXES[full] = (dict(sent), {name: (folder / name).read_bytes() for name in sent})
    return sent
