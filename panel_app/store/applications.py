"""Queries on applications, candidates and documents."""

from __future__ import annotations

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from .models import Application, Candidate, Document, DocumentBlob


def by_id(s: Session, procedure_id: int, application_id: int) -> Application | None:
    return s.scalar(select(Application).where(Application.procedure_id == procedure_id,
                                              Application.id == application_id)
                    .options(selectinload(Application.documents)))


def candidate_by_email(s: Session, procedure_id: int, email: str) -> Candidate | None:
    return s.scalar(select(Candidate).where(Candidate.procedure_id == procedure_id, Candidate.email == email))


def candidates(s: Session, procedure_id: int) -> list[Candidate]:
    return list(s.scalars(select(Candidate).where(Candidate.procedure_id == procedure_id)))


def of_procedure(s: Session, procedure_id: int) -> list[Application]:
    return list(s.scalars(select(Application).where(Application.procedure_id == procedure_id)))


def of_candidate(s: Session, candidate_id: int) -> list[Application]:
    return list(s.scalars(select(Application).where(Application.candidate_id == candidate_id)
                          .order_by(Application.id)))


def has_blob(s: Session, sha256: str) -> bool:
    return bool(s.scalar(select(exists().where(DocumentBlob.sha256 == sha256))))


def blob(s: Session, sha256: str) -> bytes | None:
    return s.scalar(select(DocumentBlob.content).where(DocumentBlob.sha256 == sha256))


def listing(s: Session, procedure_id: int, *, search: str | None = None,
            application_id: int | None = None) -> list[Application]:
    q = (select(Application).where(Application.procedure_id == procedure_id)
         .options(selectinload(Application.documents)).order_by(Application.id))
    if application_id is not None:
        q = q.where(Application.id == application_id)
    if search:
        like = f"%{search.lower()}%"
        q = q.where(or_(
            Application.id.in_(select(Document.application_id).where(or_(  # the OCR text of scans too
                func.lower(Document.text).like(like), func.lower(Document.ocr_text).like(like)))),
            func.lower(Application.source).like(like), func.lower(Application.sender_email).like(like),
            Application.candidate_id.in_(select(Candidate.id).where(or_(
                func.lower(Candidate.surname).like(like), func.lower(Candidate.first_name).like(like),
                func.lower(Candidate.email).like(like))))))
    return list(s.scalars(q))


def candidate_map(s: Session, procedure_id: int) -> dict[int | None, Candidate]:
    """{candidate id: candidate}; keyed `int | None` so that a row's optional `candidate_id` looks up as it is."""
    return {c.id: c for c in candidates(s, procedure_id)}


def import_index(s: Session, procedure_id: int) -> dict:
    """What an import must know to stay idempotent, read once instead of per message: the procedure's
    source hashes and Message-IDs, its candidates by email (with their number of applications), the
    hashes of its PDF documents, and every stored blob hash."""
    apps = s.execute(select(Application.source_sha256, Application.message_id, Application.candidate_id)
                     .where(Application.procedure_id == procedure_id)).all()
    per_candidate: dict[int, int] = {}
    for _src, _mid, cid in apps:
        if cid is not None:
            per_candidate[cid] = per_candidate.get(cid, 0) + 1
    pdfs = s.scalars(select(Document.blob_sha256).join(Application).where(
        Application.procedure_id == procedure_id, Document.kind == "pdf"))
    return {
        "sources": {src for src, _m, _c in apps},
        "message_ids": {mid for _s, mid, _c in apps if mid},
        "candidates": {email: cid for email, cid in s.execute(
            select(Candidate.email, Candidate.id).where(Candidate.procedure_id == procedure_id))},
        "applications_of": per_candidate,
        "pdf_shas": set(pdfs),
        "blobs": set(s.scalars(select(DocumentBlob.sha256))),
    }
