"""Queries on decisions and the audit trail."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import AuditEvent, Decision


def decisions_of_kind(s: Session, procedure_id: int, kind: str) -> list[Decision]:
    return list(s.scalars(select(Decision).where(Decision.procedure_id == procedure_id, Decision.kind == kind)
                          .order_by(Decision.decided_at, Decision.id)))


def audit_events(s: Session, procedure_id: int, limit: int = 1000) -> list[AuditEvent]:
    return list(s.scalars(select(AuditEvent).where(AuditEvent.procedure_id == procedure_id)
                          .order_by(AuditEvent.id.desc()).limit(limit)))
