"""Queries of the records lifecycle (issue 20): the last archive of a procedure, what was written since, the
legal holds and the candidates a hold can name."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text, cast, func, select
from sqlalchemy.orm import Session

from .models import AuditEvent, Candidate, LegalHold


def last_archive(s: Session, procedure_id: int) -> tuple[int, str, datetime] | None:
    """(seq, the event's `after` as stored text, time) of the procedure's latest `archive.written` event."""
    e = AuditEvent
    row = s.execute(select(e.seq, cast(e.after, Text), e.at)
                    .where(e.procedure_id == procedure_id, e.action == "archive.written")
                    .order_by(e.seq.desc()).limit(1)).first()
    return None if row is None else (int(row[0]), row[1], row[2])


def actions_since(s: Session, procedure_id: int, seq: int) -> list[str]:
    e = AuditEvent
    return list(s.scalars(select(e.action).where(e.procedure_id == procedure_id, e.seq > seq).order_by(e.seq)))


def holds(s: Session, procedure_id: int, active_only: bool = False) -> list[LegalHold]:
    stmt = select(LegalHold).where(LegalHold.procedure_id == procedure_id)
    if active_only:
        stmt = stmt.where(LegalHold.lifted_at.is_(None))
    return list(s.scalars(stmt.order_by(LegalHold.id)))


def candidate_by_email(s: Session, procedure_id: int, email: str) -> Candidate | None:
    return s.scalar(select(Candidate).where(Candidate.procedure_id == procedure_id,
                                            func.lower(Candidate.email) == email.strip().lower()))


def emails(s: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(s.execute(select(Candidate.id, Candidate.email).where(Candidate.id.in_(ids))).all())
