"""The scoring page on a scan read by OCR: it says the text was read by OCR, with the confidence, and the
keyword hits are drawn on the scanned page where the words are (real Tesseract, real QPdfView, offscreen)."""

from __future__ import annotations

import pytest

from panel_app.intake.ocr import ocr_pdf
from panel_app.services.scoring import OcrReading
from panel_app.ui.scoring.ocr_highlights import matching_boxes
from panel_app.ui.scoring.pdf_pane import PdfPane

from .scans import LATIN, scan_of_text


@pytest.fixture(scope="module")
def scan(engine):
    data = scan_of_text(LATIN, seed=2)
    result = ocr_pdf(data, engine)
    return data, result


def _pane(qtbot, scan):
    data, result = scan
    pane = PdfPane()
    qtbot.addWidget(pane)
    pane.resize(700, 1000)
    pane.show()
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.load("scan.pdf", data, result.text.split("\f"),
                  OcrReading(result.mean_confidence, result.engine, result.word_boxes))
    qtbot.waitUntil(lambda: pane.view.viewport().width() > 0)
    return pane


def _darkness(image, rect) -> float:
    """Share of dark pixels (text) inside `rect` of a viewport grab."""
    r = rect.toAlignedRect().intersected(image.rect())
    dark = total = 0
    for x in range(r.left(), r.right() + 1, 2):
        for y in range(r.top(), r.bottom() + 1, 2):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 110
    return dark / max(total, 1)


def test_a_scan_says_it_was_read_by_ocr_with_its_confidence(qtbot, scan):
    pane = _pane(qtbot, scan)
    assert pane.ocr_note.isVisible()
    confidence = f"{scan[1].mean_confidence:.0f} %"
    assert "read by OCR" in pane.ocr_note.text() and confidence in pane.ocr_note.text()
    pane.load("scan.pdf", scan[0], ["text"])  # a PDF with its own text layer says nothing of OCR
    assert not pane.ocr_note.isVisible()


def test_keyword_hits_are_drawn_on_the_scanned_words(qtbot, scan, tmp_path):
    pane = _pane(qtbot, scan)
    hits = pane.show_criterion("S2-DEVOPS", ["Kubernetes", "Jenkins"])
    assert {h.keyword for h in hits} == {"Kubernetes", "Jenkins"}  # the hit list reads the OCR text
    pane.view.set_keyword("Kubernetes")
    qtbot.waitUntil(lambda: bool(pane.view.highlighted()))
    (rect,) = pane.view.highlighted()[0]
    plain = pane.view.viewport().grab().toImage()
    pane.view.set_keyword("")
    qtbot.wait(50)
    without = pane.view.viewport().grab().toImage()
    pane.view.set_keyword("Kubernetes")
    qtbot.wait(50)
    pane.grab().save(str(tmp_path / "ocr-scoring.png"))
    # the box lies on the printed word: dark strokes inside it on the bare page, and highlight over them
    assert _darkness(without, rect) > 0.08
    inside = plain.pixelColor(int(rect.left()) + 2, int(rect.center().y()))
    assert inside.red() > inside.blue() + 40  # the highlight's yellow
    outside = without.pixelColor(int(rect.left()) + 2, int(rect.center().y()))
    assert outside.red() - outside.blue() < 20  # the grey scan


def test_a_keyword_of_two_words_matches_them_in_order():
    words = [[0, 0, 1, 1, "APPLICATION"], [2, 0, 3, 1, "FORM:"], [0, 2, 1, 3, "form"], [2, 2, 3, 3, "application"]]
    assert [w[4] for w in matching_boxes(words, "application form")] == ["APPLICATION", "FORM:"]
    assert matching_boxes(words, "") == [] and [w[4] for w in matching_boxes(words, "Form")] == ["FORM:", "form"]
