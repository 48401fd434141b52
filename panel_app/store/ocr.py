"""Queries of the OCR backlog: the scanned PDFs and the photos (JPEG/PNG) of a procedure not read by OCR yet,
and their documents."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, undefer

from .models import Application, Document

NO_TEXT_LAYER = "no_text_layer"
SCAN_KINDS = ("pdf", "image")  # an image is flagged `no_text_layer` at import only when it is a JPEG or PNG


def _scans(s: Session, procedure_id: int):
    return (select(Document).join(Application, Application.id == Document.application_id)
            .where(Application.procedure_id == procedure_id, Document.kind.in_(SCAN_KINDS), Document.ocr_at.is_(None),
                   Document.has_text.is_(False)).order_by(Document.application_id, Document.position))


def pending(s: Session, procedure_id: int) -> list[Document]:
    """The documents still flagged 'no text layer' and never read by OCR, one per distinct content (the
    same bytes in several applications are read once), in import order."""
    seen: set[str] = set()
    out = []
    for d in s.scalars(_scans(s, procedure_id)):
        if NO_TEXT_LAYER in (d.flags or []) and d.blob_sha256 not in seen:
            seen.add(d.blob_sha256)
            out.append(d)
    return out


def documents_of_blob(s: Session, procedure_id: int, sha256: str) -> list[Document]:
    """The procedure's not-yet-read documents with these bytes, their applications loaded."""
    return [d for d in s.scalars(_scans(s, procedure_id).where(Document.blob_sha256 == sha256)
                                 .options(selectinload(Document.application)))
            if NO_TEXT_LAYER in (d.flags or [])]


def page_texts(app: Application) -> list[str]:
    """Every page of the application's PDFs (the text layer where there is one, else the OCR text), then
the OCR text of its photos."""
    out: list[str] = []
    for d in app.documents:
        if d.kind == "pdf":
            pages = ((d.text or "") if d.has_text else (d.ocr_text or "")).split("\f")
            out.extend(pages + [""] * ((d.pages or 0) - len(pages)))  # page numbers stay those of the PDFs
    out.extend(d.ocr_text for d in app.documents if d.kind == "image" and d.ocr_text)
    return out


def with_texts(s: Session, application_id: int) -> Application | None:
    return s.scalar(select(Application).where(Application.id == application_id).options(
        selectinload(Application.documents).options(undefer(Document.text), undefer(Document.ocr_text))))
