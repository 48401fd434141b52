"""Text, page count and embedded Europass XML of a PDF, read with pypdfium2 (never raises)."""

from __future__ import annotations

import hashlib

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .europass import parse_europass
from .model import CORRUPT, ENCRYPTED, NO_TEXT_LAYER, ParsedDocument
from .sniff import sniff_kind

_PASSWORD_ERRORS = (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY)


def _attachment_xml(pdf: pdfium.PdfDocument) -> dict | None:
    try:
        count = pdf.count_attachments()
    except Exception:
        return None
    for i in range(count):
        try:
            att = pdf.get_attachment(i)
            data = bytes(att.get_data())
        except Exception:
            continue
        if b"<" in data[:512]:
            parsed = parse_europass(data)
            if parsed is not None:
                return parsed
    return None


def extract_pdf(data: bytes) -> tuple[int | None, list[str], list[str], dict | None]:
    """(pages, page_texts, flags, europass) for PDF bytes."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        flag = ENCRYPTED if getattr(exc, "err_code", None) in _PASSWORD_ERRORS else CORRUPT
        return None, [], [flag], None
    except Exception:
        return None, [], [CORRUPT], None
    texts: list[str] = []
    flags: list[str] = []
    try:
        pages = len(pdf)
        for i in range(pages):
            try:
                page = pdf[i]
                try:
                    tp = page.get_textpage()
                    try:
                        texts.append(tp.get_text_bounded())
                    finally:
                        tp.close()
                finally:
                    page.close()
            except Exception:
                texts.append("")
                if CORRUPT not in flags:
                    flags.append(CORRUPT)
        europass = _attachment_xml(pdf)
    except Exception:
        return None, texts, [CORRUPT], None
    finally:
        pdf.close()
    if (pages == 0 or b"%%EOF" not in data[-2048:]) and CORRUPT not in flags:
        flags.append(CORRUPT)  # no pages, or truncated (pdfium repairs what it can; text is kept)
    elif pages and not any(t.strip() for t in texts):
        flags.append(NO_TEXT_LAYER)
    return pages, texts, flags, europass


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
