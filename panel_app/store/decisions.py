"""Queries on decisions and the audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Application, AuditEvent, Candidate, Decision


def decisions_of_kind(s: Session, procedure_id: int, kind: str) -> list[Decision]:
    return list(s.scalars(select(Decision).where(Decision.procedure_id == procedure_id, Decision.kind == kind)
                          .order_by(Decision.decided_at, Decision.id)))


def audit_events(s: Session, procedure_id: int, limit: int = 1000) -> list[AuditEvent]:
    return list(s.scalars(select(AuditEvent).where(AuditEvent.procedure_id == procedure_id)
                          .order_by(AuditEvent.id.desc()).limit(limit)))


def log_events(s: Session, procedure_id: int, since: datetime | None = None) -> list[AuditEvent]:
    """A procedure's events in chain order (the history), from `since` on."""
    q = select(AuditEvent).where(AuditEvent.procedure_id == procedure_id)
    if since is not None:
        q = q.where(AuditEvent.at >= since)
    return list(s.scalars(q.order_by(AuditEvent.seq, AuditEvent.id)))


def application_emails(s: Session, procedure_id: int) -> dict[str, str]:
    """application id (as the audit trail writes it) -> candidate e-mail."""
    rows = s.execute(select(Application.id, Candidate.email).join(Candidate, Candidate.id == Application.candidate_id)
                     .where(Application.procedure_id == procedure_id))
    return {str(i): e for i, e in rows}
