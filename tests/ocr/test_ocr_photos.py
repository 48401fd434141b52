"""Phone photos (JPEG/PNG) of signed forms attached to mails: stored as documents, flagged like a scan, read by
OCR after the import (confidence stored, never "not met")."""

from __future__ import annotations

import io
from datetime import timedelta
from types import SimpleNamespace

import pytest
from PIL import Image

from tests.intake.fixtures import DEADLINE_UTC, eml_bytes

from .conftest import form_pdf, scanned_form
from .scans import LATIN, text_page


def phone_photo(kind: str = "JPEG", *, turned: bool = False) -> bytes:
    """A page as a phone takes it: JPEG (or PNG), and with `turned` stored sideways with the EXIF orientation
    that tells a viewer to turn it upright (what phones do)."""
    page = text_page(LATIN, seed=5)
    buf = io.BytesIO()
    if turned:
        exif = Image.Exif()
        exif[0x0112] = 6  # "rotate 90° clockwise to view"
        page.rotate(90, expand=True).save(buf, kind, quality=88, exif=exif)
    else:
        page.save(buf, kind, **({"quality": 88} if kind == "JPEG" else {}))
    return buf.getvalue()


def _mail(folder, name: str, sender: str, attachments: list[tuple[str, bytes, str]]) -> None:
    (folder / name).write_bytes(eml_bytes(received=[DEADLINE_UTC - timedelta(days=1)], from_addr=sender,
                                          attachments=attachments))


@pytest.fixture(scope="module")
def photos(tmp_path_factory, engine):
    from panel_app.domain.paths import DEFAULT_TEMPLATE
    from panel_app.services import Services
    from panel_app.store import open_database

    tmp = tmp_path_factory.mktemp("photos")
    box = tmp / "mailbox"
    box.mkdir()
    sent = {"photo.jpg": phone_photo("JPEG", turned=True), "form.png": phone_photo("PNG")}
    _mail(box, "01-photo.eml", "photo@example.eu", [("IMG_2041.jpg", sent["photo.jpg"], "image/jpeg")])
    _mail(box, "02-pdf-and-photo.eml", "both@example.eu", [("cv.pdf", form_pdf(3, "PL", "Polish", "C1"), "application/pdf"),
                                                            ("signed.png", sent["form.png"], "image/png")])
    _mail(box, "03-scan-no.eml", "no@example.eu", [("scan.jpg", _jpeg_of_scan(), "image/jpeg")])
    db = open_database(f"sqlite:///{tmp / 'panel.sqlite'}")
    sv = Services.for_db(db)
    ref = sv.procedures.create_from_template(DEFAULT_TEMPLATE).result.reference
    sv.intake.import_paths(ref, [box], workers=1)
    before = sv.applications.list(ref)
    backlog = sv.ocr.backlog(ref)
    from panel_app.services.actors import SETUP

    report = sv.ocr.run(ref, SETUP).result
    yield SimpleNamespace(sv=sv, ref=ref, before=before, backlog=backlog, report=report, sent=sent)
    db.dispose()


def _jpeg_of_scan() -> bytes:
    """The form page of a scanned application whose text says "not eligible" (Norwegian), as a JPEG."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(scanned_form(8, "NO", "Norwegian", "B2"))
    try:
        image = doc[1].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=88)
    return buf.getvalue()


def _app(apps, sender):
    return next(a for a in apps if a.sender == sender)


def test_a_photo_is_stored_as_a_document_flagged_like_a_scan(photos):
    a = _app(photos.before, "photo@example.eu")
    (doc,) = a.documents
    assert doc.kind == "image" and doc.filename == "IMG_2041.jpg" and "no_text_layer" in doc.flags
    assert "no_text_layer" in a.flags and doc.ocr_confidence is None
    assert photos.backlog.documents == 3  # the three photos wait for OCR; the PDF with text does not


def test_a_photo_beside_a_readable_pdf_leaves_the_application_readable(photos):
    a = _app(photos.before, "both@example.eu")
    assert "no_text_layer" not in a.flags  # the application itself is read from its PDF
    assert "no_text_layer" in a.documents[1].flags  # the photo still waits for OCR


def test_ocr_reads_the_photo_upright_and_stores_its_confidence(photos):
    assert [d.outcome for d in photos.report.documents] == ["read"] * 3
    a = _app(photos.sv.applications.list(photos.ref), "photo@example.eu")
    (doc,) = a.documents
    assert "ocr_text" in doc.flags and "no_text_layer" not in a.flags and "ocr_text" in a.flags
    assert 60 <= doc.ocr_confidence <= 100 and doc.ocr_engine.startswith("tesseract")
    # the word is only on the two photos (the JPEG stored sideways is read only if turned upright)
    from panel_app.services.actors import SETUP

    found = photos.sv.applications.list(photos.ref, actor=SETUP, search="Quokkaville")
    assert sorted(x.sender for x in found) == ["both@example.eu", "photo@example.eu"]


def test_a_suggestion_from_a_photo_is_never_not_met(photos):
    sv, ref = photos.sv, photos.ref
    app_id = _app(sv.applications.list(ref), "no@example.eu").id
    row = next(r for r in sv.eligibility.matrix(ref) if r.id == app_id)
    checks = {c.criterion: c for c in row.checks}
    assert all(c.suggested != "not_met" for c in checks.values())
    assert checks["E-NATIONALITY"].suggested == "to_verify" and "read by OCR" in checks["E-NATIONALITY"].reason
