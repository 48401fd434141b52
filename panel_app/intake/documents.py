"""From attachments to documents (zips opened, PDFs read) and the message flags they imply."""

from __future__ import annotations

import io
import zipfile

from panel_app.domain.texts import translate

from .limits import current
from .model import (
    ARCHIVE,
    CORRUPT,
    DOCUMENT_FLAGS,
    NO_ATTACHMENT,
    NO_TEXT_LAYER,
    NOT_PDF,
    NOT_SINGLE_PDF,
    NOT_UNPACKED,
    ParsedDocument,
)
from .pdf_text import make_document
from .sniff import is_pdf

_CHUNK = 1024 * 1024


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes | None:
    """A member inflated chunk by chunk, or None once it passes `cap` bytes (whatever its header declares)."""
    out = bytearray()
    with zf.open(info) as f:
        while chunk := f.read(_CHUNK):
            out += chunk
            if len(out) > cap:
                return None
    return bytes(out)


def _pdfs_in_zip(doc: ParsedDocument) -> tuple[list[ParsedDocument], bool]:
    """PDF members of a zip (by content) as extra documents; (documents, archive_damaged).

    The archive is listed before anything is unpacked: a member whose declared size passes the part
    limit, or the archive's unpacked total, is never inflated; one that lies about its size is cut off
    at the limit. What was left packed is noted on the zip's document (it stays in the stored original).
    """
    limits = current()
    out: list[ParsedDocument] = []
    left: list[str] = []
    budget = limits.unpacked_bytes
    try:
        with zipfile.ZipFile(io.BytesIO(doc.content)) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            if len(infos) > limits.max_members:
                left.append(f"{len(infos) - limits.max_members} members beyond the first {limits.max_members}")
            for info in infos[:limits.max_members]:
                name = info.filename.rsplit("/", 1)[-1]
                cap = min(limits.part_bytes, budget)
                if info.file_size > cap:
                    left.append(f"{name} ({_mb(info.file_size)})")
                    continue
                try:
                    data = _read_member(zf, info, cap)
                except Exception:  # one damaged member: the others are still read
                    continue
                if data is None:
                    left.append(f"{name} (over {_mb(cap)} when unpacked)")
                    continue
                budget -= len(data)
                if is_pdf(data):
                    out.append(make_document(name, data, from_archive=doc.filename))
    except Exception:  # not a readable zip
        return out, True
    if left:
        doc.flags.append(NOT_UNPACKED)
        names = ", ".join(left[:5])
        if len(left) > 5:
            names = translate("Errors", "{names} and {count} more").format(names=names, count=len(left) - 5)
        doc.notes.append(translate("Errors", "{file}: not unpacked, over the limit of {part_mb} MB a part and "
                                   "{archive_mb} MB an archive: {names} (kept in the stored original)").format(
            file=doc.filename, part_mb=limits.max_part_mb, archive_mb=limits.max_unpacked_mb, names=names))
    return out, False


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):,.0f} MB"


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
    text_pdf = any(d.kind == "pdf" and d.has_text for d in docs)
    for d in docs:
        for f in d.flags:
            if f == NO_TEXT_LAYER and d.kind == "image" and text_pdf:
                continue  # a photo beside a readable PDF: the application is read; the photo waits for OCR
            if f in DOCUMENT_FLAGS:
                add(f)
    return flags
