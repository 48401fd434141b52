"""Text, page count and embedded Europass XML of a PDF, read with pypdfium2 (never raises)."""

from __future__ import annotations

import ctypes
import hashlib

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .europass import parse_europass
from .model import CORRUPT, ENCRYPTED, NO_TEXT_LAYER, ParsedDocument
from .sniff import sniff_kind

_PASSWORD_ERRORS = (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY)


def _attachment_xml(data: bytes) -> dict | None:
    """The first embedded attachment that parses as Europass XML (opened only when the PDF has attachments)."""
    try:
        pdf = pdfium.PdfDocument(data)
    except Exception:
        return None
    try:
        for i in range(pdf.count_attachments()):
            try:
                found = bytes(pdf.get_attachment(i).get_data())
            except Exception:
                continue
            if b"<" in found[:512] and (parsed := parse_europass(found)) is not None:
                return parsed
        return None
    except Exception:
        return None
    finally:
        pdf.close()


def _page_text(page) -> str | None:  # noqa: ANN001 - an FPDF_PAGE
    """The text within the page's bounding box, as pypdfium2's PdfTextPage.get_text_bounded() gives it."""
    textpage = pdfium_c.FPDFText_LoadPage(page)
    if not textpage:
        return None
    try:
        rect = pdfium_c.FS_RECTF()
        if not pdfium_c.FPDF_GetPageBoundingBox(page, rect):
            return None
        box = (textpage, rect.left, rect.top, rect.right, rect.bottom)
        n_chars = pdfium_c.FPDFText_GetBoundedText(*box, None, 0)
        if n_chars <= 0:
            return ""
        buffer = (ctypes.c_ushort * n_chars)()
        pdfium_c.FPDFText_GetBoundedText(*box, buffer, n_chars)
        return bytes(buffer).decode("utf-16-le", errors="ignore")
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)


def extract_pdf(data: bytes) -> tuple[int | None, list[str], list[str], dict | None]:
    """(pages, page_texts, flags, europass) for PDF bytes.

    PDFium's C functions are called directly (pypdfium2.raw), as pypdfium2's helper classes would call them:
    the same text, without a Python object and a finalizer per page (a tenth of the extraction time).
    """
    pdf = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)  # `data` outlives the document
    if not pdf:
        flag = ENCRYPTED if pdfium_c.FPDF_GetLastError() in _PASSWORD_ERRORS else CORRUPT
        return None, [], [flag], None
    texts: list[str] = []
    flags: list[str] = []
    try:
        pages = pdfium_c.FPDF_GetPageCount(pdf)
        for i in range(pages):
            page = pdfium_c.FPDF_LoadPage(pdf, i)
            text = None
            if page:
                try:
                    text = _page_text(page)
                finally:
                    pdfium_c.FPDF_ClosePage(page)
            if text is None:
                text = ""
                if CORRUPT not in flags:
                    flags.append(CORRUPT)
            texts.append(text)
        has_attachments = pdfium_c.FPDFDoc_GetAttachmentCount(pdf) > 0
    finally:
        pdfium_c.FPDF_CloseDocument(pdf)
    europass = _attachment_xml(data) if has_attachments else None
    if (pages <= 0 or b"%%EOF" not in data[-2048:]) and CORRUPT not in flags:
        flags.append(CORRUPT)  # no pages, or truncated (pdfium repairs what it can; text is kept)
    elif pages and not any(t.strip() for t in texts):
        flags.append(NO_TEXT_LAYER)
    return (pages if pages > 0 else None), texts, flags, europass


def make_document(filename: str, content: bytes, from_archive: str | None = None) -> ParsedDocument:
    """A ParsedDocument for any attachment; PDFs are opened and their text extracted."""
    content = bytes(content)
    kind = sniff_kind(content)
    pages, texts, flags, europass = (None, [], [], None)
    if kind == "pdf":
        pages, texts, flags, europass = extract_pdf(content)
    return ParsedDocument(
        filename=filename, content=content, sha256=hashlib.sha256(content).hexdigest(), kind=kind,
        pages=pages, has_text=any(t.strip() for t in texts), page_texts=texts, flags=flags,
        europass=europass, from_archive=from_archive,
    )
