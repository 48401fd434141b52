"""From attachments to documents (zips opened, PDFs read) and the message flags they imply."""

from __future__ import annotations

import io
import zipfile

from .model import (
    ARCHIVE,
    CORRUPT,
    DOCUMENT_FLAGS,
    NO_ATTACHMENT,
    NOT_PDF,
    NOT_SINGLE_PDF,
    ParsedDocument,
)
from .pdf_text import make_document
from .sniff import is_pdf

MAX_ARCHIVE_MEMBERS = 200
MAX_MEMBER_BYTES = 200 * 1024 * 1024


def _pdfs_in_zip(doc: ParsedDocument) -> tuple[list[ParsedDocument], bool]:
    """PDF members of a zip (by content) as extra documents; (documents, archive_damaged)."""
    out: list[ParsedDocument] = []
    try:
        with zipfile.ZipFile(io.BytesIO(doc.content)) as zf:
            for info in zf.infolist()[:MAX_ARCHIVE_MEMBERS]:
                if info.is_dir() or info.file_size > MAX_MEMBER_BYTES:
                    continue
                try:
                    data = zf.read(info)
                except Exception:
                    continue
                if is_pdf(data):
                    out.append(make_document(info.filename.rsplit("/", 1)[-1], data, from_archive=doc.filename))
    except Exception:
        return out, True
    return out, False


def build_documents(attachments: list[tuple[str, bytes]]) -> list[ParsedDocument]:
    """Documents for the attachments, followed by PDFs extracted from any zip among them."""
    docs = [make_document(name, data) for name, data in attachments]
    extra: list[ParsedDocument] = []
    for doc in docs:
        if doc.kind == "zip":
            found, damaged = _pdfs_in_zip(doc)
            extra.extend(found)
            if damaged and CORRUPT not in doc.flags:
                doc.flags.append(CORRUPT)
    return docs + extra


def document_flags(docs: list[ParsedDocument]) -> list[str]:
    """Message flags implied by its documents (the document flags are repeated on the message)."""
    flags: list[str] = []

    def add(flag: str) -> None:
        if flag not in flags:
            flags.append(flag)

    top = [d for d in docs if d.from_archive is None]
    if not top:
        add(NO_ATTACHMENT)
        return flags
    if any(d.kind == "zip" for d in top):
        add(ARCHIVE)
    if any(d.kind not in ("pdf", "zip") for d in top) or not any(d.kind == "pdf" for d in docs):
        add(NOT_PDF)
    if sum(1 for d in docs if d.kind == "pdf") > 1:
        add(NOT_SINGLE_PDF)
    for d in docs:
        for f in d.flags:
            if f in DOCUMENT_FLAGS:
                add(f)
    return flags
