"""The intake's faster paths give what the plain ones gave: PDF text asked of PDFium once instead of twice, the
boundary line after a base64 body found by its first dash, a page folded line by line, a page of few objects looked
at for paths before its words (panel_app/intake/pdf_text.py, base64_bodies.py, drawn_boxes.py)."""

from __future__ import annotations

import ctypes
import io
import random
from pathlib import Path

import pypdfium2.raw as pdfium_c
import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from panel_app.domain.eligibility import fold
from panel_app.intake import base64_bodies, drawn_boxes
from panel_app.intake.pdf_text import bounded_text, extract_pdf

from .fixtures import application_pdf

FORMS = Path(__file__).parents[1] / "eligibility" / "forms"


def _two_calls(textpage, left: float, top: float, right: float, bottom: float) -> str:
    """FPDFText_GetBoundedText as pypdfium2's get_text_bounded() calls it: the length, then the copy."""
    n = pdfium_c.FPDFText_GetBoundedText(textpage, left, top, right, bottom, None, 0)
    if n <= 0:
        return ""
    buffer = (ctypes.c_ushort * n)()
    pdfium_c.FPDFText_GetBoundedText(textpage, left, top, right, bottom, buffer, n)
    return bytes(buffer).decode("utf-16-le", errors="ignore")


def _pages_compared(data: bytes, rnd: random.Random, boxes: int = 4) -> int:
    """bounded_text against the two calls on every page: its bounding box and `boxes` random boxes."""
    pdf = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    assert pdf
    compared = 0
    try:
        for i in range(pdfium_c.FPDF_GetPageCount(pdf)):
            page = pdfium_c.FPDF_LoadPage(pdf, i)
            textpage = pdfium_c.FPDFText_LoadPage(page)
            rect = pdfium_c.FS_RECTF()
            assert pdfium_c.FPDF_GetPageBoundingBox(page, rect)
            todo = [(rect.left, rect.top, rect.right, rect.bottom)]
            for _ in range(boxes):  # parts of the page: line breaks where lines are cut, characters left out
                x0, x1 = sorted(rnd.uniform(-10, 620) for _ in range(2))
                y0, y1 = sorted(rnd.uniform(-10, 850) for _ in range(2))
                todo.append((x0, y1, x1, y0))
            for box in todo:
                assert bounded_text(textpage, *box) == _two_calls(textpage, *box), (i, box)
                compared += 1
            pdfium_c.FPDFText_ClosePage(textpage)
            pdfium_c.FPDF_ClosePage(page)
    finally:
        pdfium_c.FPDF_CloseDocument(pdf)
    return compared


def test_one_call_gives_the_two_calls_text_on_every_form_of_the_corpus():
    rnd = random.Random(7)
    files = sorted(FORMS.glob("*.pdf"))
    assert len(files) > 100
    assert sum(_pages_compared(f.read_bytes(), rnd) for f in files) > 1000
    assert _pages_compared(application_pdf(), rnd)


def _pdf_with_cmap(shown: bytes, cmap: dict[str, str]) -> bytes:
    """A one-page PDF showing `shown` in Helvetica, its ToUnicode map `cmap` (code -> UTF-16BE hex)."""
    to_unicode = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def 1 begincodespacerange "
                  f"<00> <FF> endcodespacerange {len(cmap)} beginbfchar "
                  + " ".join(f"<{code}> <{to}>" for code, to in cmap.items())
                  + " endbfchar endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    content = b"BT /F1 24 Tf 72 700 Td (" + shown + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>stream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>stream\n%s\nendstream" % (len(to_unicode), to_unicode),
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def test_characters_beyond_the_bmp_read_as_the_two_calls_read_them():
    data = _pdf_with_cmap(b"AB CA", {"41": "D83DDE00", "42": "0042", "43": "0043"})  # A is an emoji
    assert _pages_compared(data, random.Random(1))
    _pages, texts, _flags, _europass = extract_pdf(data)
    assert "\U0001F600" in texts[0]


def test_a_copy_that_fills_its_buffer_is_read_the_two_call_way(monkeypatch):
    data = application_pdf()
    _pages, expected, _flags, _europass = extract_pdf(data)
    monkeypatch.setattr(pdfium_c, "FPDFText_CountChars", lambda textpage: 0)  # a 1,024-unit buffer: too small
    _pages, texts, _flags, _europass = extract_pdf(data)
    assert texts == expected and max(map(len, texts)) > 1024


@given(st.binary(max_size=60).map(lambda b: bytes(b"\n-A\r"[x % 4] for x in b)), st.integers(0, 62))
def test_the_boundary_line_is_the_first_newline_and_two_dashes(raw, start):
    assert base64_bodies._boundary_line(raw, start) == raw.find(b"\n--", start)


@pytest.mark.parametrize("body", [b"QUJD\r\nREVG\r\n", b"QUJD-REVG\r\n", b"QUJD\r\n-REVG\r\n", b"QUJD\n-\n--x"])
def test_a_body_followed_by_its_boundary(body):
    raw = b"Content-Transfer-Encoding: base64\r\n\r\n" + body + b"\r\n--b--\r\n"
    assert base64_bodies._boundary_line(raw, 37) == raw.find(b"\n--", 37)


_PIECES = ["\n", "\r\n", "\r", "e\u0301", "\u0301", "\u0327\u0301", "ß", "ﬁ", "Ｔｉｃｋ", "İ", "Σ", "ς", "Å", "ǅ", "١",
           "Erklärung", "Nom", " ", "x", "\u2028", "\x85"]


@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=16))
def test_a_page_folded_line_by_line_is_the_page_folded(parts):
    text = "".join(parts)
    assert drawn_boxes._fold_lines(text) == fold(text)


def _long_page(boxes: bool) -> bytes:
    """A page of many long lines (its text far longer than 25 characters an object), with drawn boxes or none."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 8)
    c.drawString(50, 800, "Declaration of honour")
    if boxes:
        c.rect(50, 779, 10, 10, stroke=1, fill=0)
        c.drawString(66, 780, "I am physically fit")
        c.rect(50, 761, 10, 10, stroke=1, fill=0)
        c.line(52, 763, 58, 769)
        c.line(52, 769, 58, 763)
        c.drawString(66, 762, "I enjoy my rights as a citizen")
    for row in range(60):
        c.drawString(50, 740 - 11 * row, f"{row:02d} Experience and qualifications of the candidate, in some detail " * 2)
    c.save()
    return buf.getvalue()


def test_a_page_of_few_objects_is_looked_at_for_paths_first_and_its_boxes_still_read():
    data = _long_page(boxes=True)
    _pages, texts, _flags, _europass = extract_pdf(data)
    lines = texts[0].replace("\r\n", "\n").split("\n")
    assert "☐ I am physically fit" in lines and "☒ I enjoy my rights as a citizen" in lines
    pdf = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    page = pdfium_c.FPDF_LoadPage(pdf, 0)
    assert pdfium_c.FPDFPage_CountObjects(page) <= len(texts[0]) // 25  # the paths were looked for first
    pdfium_c.FPDF_ClosePage(page)
    pdfium_c.FPDF_CloseDocument(pdf)


def test_a_page_of_text_objects_only_is_not_searched_for_form_words(monkeypatch):
    data = _long_page(boxes=False)
    _pages, expected, _flags, _europass = extract_pdf(data)

    def not_called(text: str) -> bool:
        raise AssertionError("the words of a page without a path were searched")

    monkeypatch.setattr(drawn_boxes, "reads_as_form", not_called)
    _pages, texts, _flags, _europass = extract_pdf(data)
    assert texts == expected and "Declaration of honour" in texts[0]


def test_boxes_are_placed_the_same_with_the_text_page_of_the_text_or_one_of_their_own():
    data = _long_page(boxes=True)
    _pages, texts, _flags, _europass = extract_pdf(data)  # one text page for the text and the boxes
    pdf = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    page = pdfium_c.FPDF_LoadPage(pdf, 0)
    textpage = pdfium_c.FPDFText_LoadPage(page)
    rect = pdfium_c.FS_RECTF()
    assert pdfium_c.FPDF_GetPageBoundingBox(page, rect)
    plain = bounded_text(textpage, rect.left, rect.top, rect.right, rect.bottom)
    pdfium_c.FPDFText_ClosePage(textpage)
    assert drawn_boxes.mark_page(page, plain) == texts[0] != plain  # mark_page loads a text page of its own
    pdfium_c.FPDF_ClosePage(page)
    pdfium_c.FPDF_CloseDocument(pdf)
