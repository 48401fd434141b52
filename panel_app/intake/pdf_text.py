"""Text, page count and embedded Europass XML of a PDF, read with pypdfium2 (never raises)."""

from __future__ import annotations

import ctypes
import hashlib

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .acroform import FormEnvironment, fill_page
from .active_content import scan_active
from .active_content import words as active_words
from .drawn_boxes import mark_page
from .europass import parse_europass
from .limits import current, pages_read
from .model import ACTIVE_CONTENT, CORRUPT, ENCRYPTED, NO_TEXT_LAYER, PAGES_LIMITED, ParsedDocument
from .sniff import is_photo, sniff_kind

_PASSWORD_ERRORS = (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY)


def _attachments(data: bytes, cap: int) -> list[tuple[str, bytes]]:
    """(name, bytes) of the PDF's embedded files, each read up to `cap` bytes (opened only when it has some)."""
    try:
        pdf = pdfium.PdfDocument(data)
    except MemoryError:  # the worker's limit: reported as such, never as a damaged file
        raise
    except Exception:
        return []
    out: list[tuple[str, bytes]] = []
    try:
        for i in range(min(pdf.count_attachments(), 100)):
            try:
                att = pdf.get_attachment(i)
                out.append((str(att.get_name()), bytes(att.get_data())[:cap]))
            except MemoryError:  # the worker's limit: reported as such, never as a damaged file
                raise
            except Exception:
                continue
        return out
    except Exception:
        return out
    finally:
        pdf.close()


def _europass(attachments: list[tuple[str, bytes]]) -> dict | None:
    """The first embedded file that parses as Europass XML."""
    for _name, found in attachments:
        if b"<" in found[:512] and (parsed := parse_europass(found)) is not None:
            return parsed
    return None


def _page_text(page, textpage) -> str | None:  # an FPDF_PAGE and its FPDF_TEXTPAGE
    """The text within the page's bounding box, as pypdfium2's PdfTextPage.get_text_bounded() gives it."""
    if not textpage:
        return None
    rect = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDF_GetPageBoundingBox(page, rect):
        return None
    return bounded_text(textpage, rect.left, rect.top, rect.right, rect.bottom)


def bounded_text(textpage, left: float, top: float, right: float, bottom: float) -> str:
    """FPDFText_GetBoundedText's text, as its two calls give it: the length, then a copy into a buffer that long.

    PDFium builds the text anew for each call, so it is asked once, into a buffer sized from the page's
    characters (each gives at most two UTF-16 units; a line break takes the place of a character left out).
    The two calls are kept where one could differ: when the copy fills the buffer (it may be cut), and when it
    holds a surrogate (the length counts a character beyond the BMP once, the copy twice: the two-call text
    ends short). Otherwise the copy is the whole text and its length the first call's answer: the same text."""
    box = (textpage, left, top, right, bottom)
    # rounded up to 1,024 units: ctypes builds (and keeps) an array type for each length asked
    size = (2 * max(pdfium_c.FPDFText_CountChars(textpage), 0) + 3 + 1023) // 1024 * 1024
    buffer = (ctypes.c_ushort * size)()
    written = pdfium_c.FPDFText_GetBoundedText(*box, buffer, size)  # its units and a terminating NUL
    if 0 < written < size:
        text = bytes(buffer)[: 2 * (written - 1)].decode("utf-16-le", errors="ignore")
        if len(text) == written - 1:  # no surrogate: one character a unit
            return text
    n_chars = pdfium_c.FPDFText_GetBoundedText(*box, None, 0)
    if n_chars <= 0:
        return ""
    buffer = (ctypes.c_ushort * n_chars)()
    pdfium_c.FPDFText_GetBoundedText(*box, buffer, n_chars)
    return bytes(buffer).decode("utf-16-le", errors="ignore")


def extract_pdf(data: bytes, notes: list[str] | None = None) -> tuple[int | None, list[str], list[str], dict | None]:
    """(pages, page_texts, flags, europass) for PDF bytes; what the flags mean is added to `notes` in words.

    PDFium's C functions are called directly (pypdfium2.raw), as pypdfium2's helper classes would call them:
    the same text, without a Python object and a finalizer per page (a tenth of the extraction time).
    Only the first `max_pages` pages are read (a page tree may point a million times at one page).
    """
    limits = current()
    notes = [] if notes is None else notes
    pdf = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)  # `data` outlives the document
    if not pdf:
        flag = ENCRYPTED if pdfium_c.FPDF_GetLastError() in _PASSWORD_ERRORS else CORRUPT
        return None, [], [flag], None
    texts: list[str] = []
    flags: list[str] = []
    form = FormEnvironment(pdf)  # a fillable form: what was typed and ticked is in its fields, not in the text
    try:
        pages = pdfium_c.FPDF_GetPageCount(pdf)
        for i in range(min(pages, limits.max_pages)):
            page = pdfium_c.FPDF_LoadPage(pdf, i)
            text = None
            if page:
                try:
                    # one text page for the text and the drawn boxes' places in it (PDFium builds it from the page)
                    textpage = pdfium_c.FPDFText_LoadPage(page)
                    try:
                        text = _page_text(page, textpage)
                        if text is not None:  # check boxes a browser drew as paths, with no glyph
                            text = mark_page(page, text, textpage)
                    finally:
                        if textpage:
                            pdfium_c.FPDFText_ClosePage(textpage)
                    if text is not None and form.handle:
                        text = fill_page(form.handle, page, text)
                finally:
                    pdfium_c.FPDF_ClosePage(page)
            if text is None:
                text = ""
                if CORRUPT not in flags:
                    flags.append(CORRUPT)
            texts.append(text)
        has_attachments = pdfium_c.FPDFDoc_GetAttachmentCount(pdf) > 0
        js_actions = pdfium_c.FPDFDoc_GetJavaScriptActionCount(pdf)
    finally:
        form.close()
        pdfium_c.FPDF_CloseDocument(pdf)
    attachments = _attachments(data, limits.part_bytes) if has_attachments else []
    europass = _europass(attachments)
    if (pages <= 0 or b"%%EOF" not in data[-2048:]) and CORRUPT not in flags:
        flags.append(CORRUPT)  # no pages, or truncated (pdfium repairs what it can; text is kept)
    elif pages and not any(t.strip() for t in texts):
        flags.append(NO_TEXT_LAYER)
    if pages > limits.max_pages:
        flags.append(PAGES_LIMITED)
        notes.append(pages_read(limits.max_pages, pages))
    if found := scan_active(data, js_actions, attachments):
        flags.append(ACTIVE_CONTENT)
        notes.append(active_words(found))
    return (pages if pages > 0 else None), texts, flags, europass


def make_document(filename: str, content: bytes, from_archive: str | None = None) -> ParsedDocument:
    """A ParsedDocument for any attachment; PDFs are opened and their text extracted."""
    content = bytes(content)
    kind = sniff_kind(content)
    pages, texts, flags, europass = (None, [], [], None)
    notes: list[str] = []
    if kind == "pdf":
        pages, texts, flags, europass = extract_pdf(content, notes)
    elif is_photo(content):  # a phone photo of a signed form: a scan like any other, read by OCR after the import
        pages, flags = 1, [NO_TEXT_LAYER]
    return ParsedDocument(
        filename=filename, content=content, sha256=hashlib.sha256(content).hexdigest(), kind=kind,
        pages=pages, has_text=any(t.strip() for t in texts), page_texts=texts, flags=flags,
        europass=europass, from_archive=from_archive, notes=notes,
    )
